//! Dates carried across the sentences of one story.
//!
//! Dispatches date an exchange once and report what happened there in the
//! following sentences: "X a reçu le 25 décembre l'ambassadeur … À cette
//! occasion, X lui a remis l'Ordre …". Coders date the decoration on the
//! 25th, not on the dispatch's day: a sentence opening with a story link
//! (`data/story_links.tsv`: "à cette occasion", "lors de l'entretien" …)
//! takes the date of the last event stated with a date before it.
//!
//! Within a paragraph, a sentence that dates nothing itself goes on with the
//! day an event of the sentence before was dated ("Le 25 juin, les deux
//! présidents ont assisté à la signature … X et Y ont signé …"), unless it
//! moves to another day ("le lendemain").
//!
//! A dispatch date without a day is not refined from a single day the story
//! mentions: that day is as often the last day of a visit as the day of the
//! news.

use crate::analysis::{Sentence, SentenceIndex};
use crate::data::{self, DataError};
use crate::model::{Event, EventDate, EventType, Location, Status};
use depeche_parse::DateValue;
use rustc_hash::FxHashMap;

/// How a phrase of `data/story_links.tsv` ties a sentence to its story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Link {
    /// "à cette occasion": the event of the sentence before.
    SameEvent,
    /// "le même jour": the day of the sentence before.
    SameDay,
    /// "en fin de journée": a part of the story's day.
    DayPart,
}

/// The phrases of `data/story_links.tsv`, as folded words, with their link;
/// an unknown link is an error.
pub(crate) fn read_links() -> Result<Vec<(Vec<String>, Link)>, DataError> {
    let rows = data::STORY_LINKS.pairs_with(|link| match link {
        "same_event" => Some(Link::SameEvent),
        "same_day" => Some(Link::SameDay),
        "day_part" => Some(Link::DayPart),
        _ => None,
    })?;
    Ok(rows
        .into_iter()
        .map(|(phrase, link)| {
            (
                phrase.split_whitespace().map(str::to_string).collect(),
                link,
            )
        })
        .collect())
}

/// Every story link phrase, whatever its link.
pub(crate) fn story_links() -> &'static Vec<Vec<String>> {
    static L: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        read_links()
            .unwrap_or_default()
            .into_iter()
            .map(|(phrase, _)| phrase)
            .collect()
    })
}

/// Phrases naming a part of the story's day (`day_part` rows).
pub(crate) fn day_parts() -> &'static Vec<Vec<String>> {
    static L: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        read_links()
            .unwrap_or_default()
            .into_iter()
            .filter(|(_, link)| *link == Link::DayPart)
            .map(|(phrase, _)| phrase)
            .collect()
    })
}

/// Whether `sent` names a part of the day anywhere: "il rencontrera en fin
/// de journée son homologue".
fn names_day_part(sent: &Sentence) -> bool {
    // Only the phrases whose first word the sentence holds are tried.
    let held: Vec<&Vec<String>> = day_parts()
        .iter()
        .filter(|p| p.first().is_some_and(|w| sent.tokens.may_hold(w)))
        .collect();
    !held.is_empty()
        && (0..sent.tokens.len()).any(|from| {
            held.iter().any(|phrase| {
                phrase
                    .iter()
                    .enumerate()
                    .all(|(i, w)| sent.word(from + i) == w.as_str())
            })
        })
}

/// How long a lead-in before a colon may be: "Autre première :" is two
/// words; a longer stretch is a sentence of its own.
const LEAD_IN_REACH: usize = 5;

/// Whether `sent` opens with a story link, possibly after a short lead-in
/// ending with a colon ("Autre première : durant la même matinée, …").
fn opens_with_link(sent: &Sentence) -> bool {
    let after_colon = (0..LEAD_IN_REACH)
        .find(|&i| sent.is(i, &[":"]))
        .map(|i| i + 1);
    [Some(0), after_colon].into_iter().flatten().any(|from| {
        story_links().iter().any(|phrase| {
            phrase
                .iter()
                .enumerate()
                .all(|(i, w)| sent.word(from + i) == w.as_str())
        })
    })
}

/// Whether the event is the dispatch's own news and its date was not read
/// from its sentence.
fn undated_news(e: &Event) -> bool {
    !e.background && matches!(e.status, Status::Occurred | Status::Ongoing) && e.date.text.is_none()
}

/// Whether the event is planned and its sentence gave it no date.
fn undated_plan(e: &Event) -> bool {
    !e.background && e.status == Status::Planned && e.date.text.is_none()
}

/// Whether only blanks on one line separate two sentences: the same
/// paragraph.
fn same_paragraph(input: &str, before: &Sentence, after: &Sentence) -> bool {
    input
        .get(before.span.end..after.span.start)
        .is_some_and(|gap| !gap.contains('\n'))
}

/// Give undated events of the dispatch's news the date their story states,
/// and the place of the exchange they refer to when they name none.
pub(crate) fn carry_story_dates(
    events: &mut [Event],
    sentences: &[Sentence],
    input: &str,
    dispatch: Option<&DateValue>,
) {
    // Only a dispatch date with a day dates a part of the day.
    let dispatch_day = dispatch.filter(|d| matches!(d, DateValue::Single(p) if p.day.is_some()));
    let index = SentenceIndex::new(sentences);
    let sentence_of = |e: &Event| index.of(e);
    let mut dated_by_sentence = stated_days(events, &index);
    let mut last_stated: Option<(EventDate, Option<Location>)> = None;
    // The last single day stated for any event, a visit's arrival too.
    let mut story_day: Option<EventDate> = None;
    let mut last_planned: Option<(EventDate, Option<Location>)> = None;
    for e in events.iter_mut() {
        let at = sentence_of(e);
        let sentence = at.and_then(|i| sentences.get(i));
        let linked = sentence.is_some_and(opens_with_link);
        let paragraph_day = paragraph_day(at, sentences, input, &dated_by_sentence);
        if let Some(date) = sentence.and_then(|s| shifted_day(e, s, last_stated.as_ref())) {
            e.date = date;
            continue;
        }
        // "Il rencontrera en fin de journée son homologue": a plan for a part
        // of the day is on the day its story states, else the dispatch's.
        // News without a date of its own already has the dispatch's day.
        if undated_plan(e) && sentence.is_some_and(names_day_part) {
            let day = day_part_date(at, &dated_by_sentence, dispatch_day, story_day.as_ref());
            if let Some(day) = day {
                e.date = day;
                continue;
            }
        }
        if stated_day(e) {
            story_day = Some(e.date.clone());
        }
        // "Ce samedi, X accueillera Y … En marge de cette rencontre, il sera
        // procédé à la signature": a plan linked to a planned exchange
        // shares its day.
        if undated_plan(e) && linked {
            if let Some((date, _)) = last_planned.as_ref() {
                e.date = date.clone();
                continue;
            }
        }
        if undated_news(e) {
            if let Some((date, place)) = last_stated.as_ref().filter(|_| linked) {
                e.date = date.clone();
                if e.location.is_none() {
                    e.location = place.clone();
                }
            } else if let Some(day) = paragraph_day {
                // The day goes on through the paragraph.
                if let Some(i) = at {
                    dated_by_sentence.entry(i).or_insert_with(|| day.clone());
                }
                e.date = day;
            }
        } else if stated_day(e) && e.kind != EventType::Visit {
            // A visit's span of days is not the day of an exchange.
            if e.status == Status::Planned {
                last_planned = Some((e.date.clone(), e.location.clone()));
            } else {
                last_stated = Some((e.date.clone(), e.location.clone()));
            }
        }
    }
}

/// The day an event of each sentence was stated to happen on.
fn stated_days(events: &[Event], index: &SentenceIndex) -> FxHashMap<usize, EventDate> {
    let mut dated_by_sentence: FxHashMap<usize, EventDate> = FxHashMap::default();
    for e in events.iter().filter(|e| stated_day(e)) {
        if let Some(i) = index.of(e) {
            dated_by_sentence.entry(i).or_insert_with(|| e.date.clone());
        }
    }
    dated_by_sentence
}

/// The day of a plan for a part of the day in sentence `at`: a day stated
/// in its sentence or the one before, else the dispatch's day, else the
/// last day the story stated.
fn day_part_date(
    at: Option<usize>,
    dated_by_sentence: &FxHashMap<usize, EventDate>,
    dispatch_day: Option<&DateValue>,
    story_day: Option<&EventDate>,
) -> Option<EventDate> {
    let near = at.and_then(|i| {
        let before = i.checked_sub(1).and_then(|p| dated_by_sentence.get(&p));
        dated_by_sentence.get(&i).or(before).cloned()
    });
    let today = dispatch_day.map(|d| EventDate {
        value: Some(d.to_string()),
        text: None,
    });
    near.or(today).or_else(|| story_day.cloned())
}

/// "Le 25 juin, les deux présidents ont assisté à la signature … X et Y
/// ont signé …": the next sentence of the paragraph, dating nothing
/// itself, goes on with the day an event of the one before was dated.
fn paragraph_day(
    at: Option<usize>,
    sentences: &[Sentence],
    input: &str,
    dated_by_sentence: &FxHashMap<usize, EventDate>,
) -> Option<EventDate> {
    let sentence = at.and_then(|i| sentences.get(i))?;
    let p = at?.checked_sub(1)?;
    let prev = sentences.get(p)?;
    let continues =
        sentence.dates().is_empty() && !moves_on(sentence) && same_paragraph(input, prev, sentence);
    continues
        .then(|| dated_by_sentence.get(&p).cloned())
        .flatten()
}

/// "La veille", "le lendemain": the day before or after the last stated
/// day, else the dispatch's day the event inherited.
fn shifted_day(
    e: &Event,
    sentence: &Sentence,
    last_stated: Option<&(EventDate, Option<Location>)>,
) -> Option<EventDate> {
    let shift = day_shift(sentence).filter(|_| undated_news(e))?;
    let base = last_stated
        .and_then(|(d, _)| d.value.clone())
        .or_else(|| e.date.value.clone());
    let value = shift_day(base.as_deref()?, shift.days)?;
    Some(EventDate {
        value: Some(value),
        text: Some(shift.text.to_string()),
    })
}

/// A move of whole days a sentence states relative to its story.
struct DayShift {
    days: i64,
    text: &'static str,
}

/// "la veille" (the day before) or "le lendemain" (the day after) in the
/// sentence.
fn day_shift(sent: &Sentence) -> Option<DayShift> {
    // Most sentences hold neither word: one search of their text tells.
    if !sent.tokens.may_hold("veille") && !sent.tokens.may_hold("lendemain") {
        return None;
    }
    (1..sent.tokens.len()).find_map(|i| {
        if sent.is(i, &["veille"]) && sent.is(i - 1, &["la"]) {
            Some(DayShift {
                days: -1,
                text: "la veille",
            })
        } else if sent.is(i, &["lendemain"]) && sent.is(i - 1, &["le"]) {
            Some(DayShift {
                days: 1,
                text: "le lendemain",
            })
        } else {
            None
        }
    })
}

/// `YYYY-MM-DD` moved by `days`; other precisions, and a day without its
/// year, cannot move by a day.
fn shift_day(value: &str, days: i64) -> Option<String> {
    let day = crate::day::Day::parse(value).filter(|d| d.year.is_some())?;
    Some(day.shift(days)?.to_string())
}

/// "Le lendemain", "la veille": a sentence that moves to another day.
fn moves_on(sent: &Sentence) -> bool {
    const WORDS: [&str; 3] = ["lendemain", "veille", "auparavant"];
    WORDS.iter().any(|w| sent.tokens.may_hold(w))
        && (0..sent.tokens.len()).any(|i| sent.is(i, &WORDS))
}

/// Whether the event's own sentence dates it to one day.
fn stated_day(e: &Event) -> bool {
    !e.background
        && e.date.text.is_some()
        && e.date.value.as_deref().is_some_and(|v| !v.contains('/'))
}
