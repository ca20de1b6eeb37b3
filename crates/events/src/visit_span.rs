//! How many days a visit lasts.
//!
//! A visit is often dated by one day only — its arrival or its end — while
//! the dispatch says how long it lasts: "est arrivé mercredi pour une
//! visite de trois jours", "a achevé vendredi une visite d'État de deux
//! jours", "Mardi, deuxième et dernier jour de sa visite", "au cours de
//! cette visite du 19 au 23 octobre". Coders date such a visit by its whole
//! span, so the day becomes a range once the text fixes both ends.
//!
//! Only what the text states is used: a length with a day that is clearly
//! the first (an arrival, a start) or the last (an end), a last day named
//! as such, or a range the text gives the visit in another sentence. A
//! return home ("est rentré samedi après sa visite") is neither end.

use crate::analysis::{Sentence, SentenceIndex};
use crate::day::Day;
use crate::model::{Event, EventType, Status};
use depeche_parse::date::{DateExpr, Relative};
use depeche_parse::{DateValue, Span};

/// Nouns a length in days can follow: "une visite de trois jours".
const STAY_NOUNS: &[&str] = &[
    "visite",
    "sejour",
    "tournee",
    "voyage",
    "deplacement",
    "mission",
];

/// Number words of a visit's length; longer stays are rare and written in
/// digits.
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("deux", 2),
    ("trois", 3),
    ("quatre", 4),
    ("cinq", 5),
    ("six", 6),
    ("sept", 7),
    ("huit", 8),
    ("neuf", 9),
    ("dix", 10),
];

/// Longest stay read as one visit: anything longer is a posting or a
/// programme, not a visit's span.
const MAX_DAYS: u32 = 15;

/// How far after a stay noun its length may stand: "une visite officielle
/// d'État de trois jours" puts five words between them.
const LENGTH_WINDOW: usize = 7;

/// Word stems that make a visit's day its first: an arrival or a start.
const START_STEMS: &[&str] = &["arriv", "entam", "debut", "commenc", "depuis"];

/// Word stems that make a visit's day its last: an end or a departure from
/// the host.
const END_STEMS: &[&str] = &["achev", "termin", "clotur", "conclu", "quitt", "terme"];

/// Give visits dated by one day the span the text states for them; a
/// visit whose stated length still runs on the dispatch's day is under
/// way, and keeps its first day until its end is told.
pub(crate) fn extend_visit_spans(
    events: &mut [Event],
    sentences: &[Sentence],
    dispatch: Option<&DateValue>,
) {
    let today = Day::of_dispatch(dispatch);
    let index = SentenceIndex::new(sentences);
    // Sentences that do not report a visit speak of the one visit the
    // dispatch's news is about, if there is one.
    let news_visits = events
        .iter()
        .filter(|e| e.kind == EventType::Visit && !e.background)
        .filter(|e| e.status != Status::Planned)
        .count();
    for e in events.iter_mut() {
        if e.kind != EventType::Visit || e.background {
            continue;
        }
        let mut told: Vec<&Sentence> = e
            .evidence
            .iter()
            .filter_map(|ev| index.get(&ev.span))
            .filter_map(|i| sentences.get(i))
            .collect();
        if news_visits == 1 && e.status != Status::Planned {
            told.extend(sentences.iter());
        }
        match span_of(e, &told, today.as_ref()) {
            Some(Extent::Range(value)) => e.date.value = Some(value),
            Some(Extent::UnderWay) => e.status = Status::Ongoing,
            Some(Extent::Over(value)) => {
                e.date.value = Some(value);
                e.status = Status::Occurred;
            }
            None => {}
        }
    }
}

/// "X a reçu mardi 20 mai Y, en visite au Vietnam du 17 au 22 mai": with
/// no dispatch day to compare a visit's range with, an exchange the same
/// sentence dates inside the range shows the visit under way when it was
/// reported (a dispatch day does the same in `placing.rs`).
pub(crate) fn under_way_at_its_exchanges(events: &mut [Event], dispatch_has_day: bool) {
    if dispatch_has_day {
        return;
    }
    let exchanges: Vec<(Span, Day)> = events
        .iter()
        .filter(|e| e.kind != EventType::Visit && !e.background && e.date.text.is_some())
        .filter_map(|e| {
            let day = Day::parse(e.date.value.as_deref()?)?;
            Some((e.evidence.first()?.span, day))
        })
        .collect();
    for e in events.iter_mut() {
        if e.kind != EventType::Visit || e.background || e.status != Status::Occurred {
            continue;
        }
        let Some((from, to)) = e.date.value.as_deref().and_then(|v| v.split_once('/')) else {
            continue;
        };
        let (Some(from), Some(to)) = (Day::parse(from), Day::parse(to)) else {
            continue;
        };
        let told_in = |span: &Span| e.evidence.iter().any(|ev| ev.span == *span);
        let during = exchanges.iter().any(|(span, day)| {
            told_in(span) && from.ordinal() <= day.ordinal() && day.ordinal() <= to.ordinal()
        });
        if during {
            e.status = Status::Ongoing;
        }
    }
}

/// What the text says of a visit's extent beyond its one day.
#[derive(Debug, PartialEq, Eq)]
enum Extent {
    /// The whole span, as an ISO interval.
    Range(String),
    /// "Arrivé lundi pour une visite de trois jours" in a dispatch of
    /// Tuesday: the visit runs on the dispatch's day.
    UnderWay,
    /// "a entamé le 8 avril une visite de quatre jours" in a dispatch of
    /// the 20th: a visit begun whose stated length ended before the
    /// dispatch's day is over, and spans its days.
    Over(String),
}

/// The range a visit's day extends to, from the sentences that tell of it
/// (its own first), or that it is still under way on `today`.
fn span_of(e: &Event, told: &[&Sentence], today: Option<&Day>) -> Option<Extent> {
    let value = e.date.value.as_deref()?;
    if value.contains('/') {
        return None;
    }
    let day = Day::parse(value)?;
    if let Some(range) = told.iter().find_map(|s| stated_range(s, &day)) {
        return Some(Extent::Range(range));
    }
    // Only a day a sentence of the visit states is a start or an end.
    let text = e.date.text.as_deref()?;
    let dated = told
        .iter()
        .find(|s| s.dates().iter().any(|d| d.text == text))?;
    // "a quitté Phnom Penh ce matin pour le sommet de Manille jusqu'au 30
    // avril": the visit lasts until the day "jusqu'à" names.
    if let Some(last) = told.iter().find_map(|s| until_day(s, &day)) {
        return Some(Extent::Range(format!("{value}/{last}")));
    }
    if let Some(last) = told.iter().find_map(|s| named_last_day(s, &day)) {
        return (anchor(dated) == Anchor::Start).then(|| Extent::Range(format!("{value}/{last}")));
    }
    if !matches!(e.status, Status::Occurred | Status::Ongoing) {
        return None;
    }
    let length = told.iter().find_map(|s| stay_length(s))?;
    match anchor(dated) {
        Anchor::Start => {
            let last = day.shift(i64::from(length) - 1)?;
            let same_year = |t: &&Day| t.year == day.year;
            match today.filter(same_year).map(|t| t.ordinal()) {
                // Under way, the visit is dated by its first day until its
                // end is told.
                Some(t) if day.ordinal() <= t && t <= last.ordinal() => Some(Extent::UnderWay),
                Some(t) if t > last.ordinal() => Some(Extent::Over(format!("{value}/{last}"))),
                _ if e.status == Status::Ongoing => None,
                _ => Some(Extent::Range(format!("{value}/{last}"))),
            }
        }
        Anchor::End if e.status == Status::Occurred => Some(Extent::Range(format!(
            "{}/{value}",
            day.shift(1 - i64::from(length))?
        ))),
        Anchor::End | Anchor::Unknown => None,
    }
}

/// What a visit's stated day is in its sentence.
#[derive(Debug, PartialEq, Eq)]
enum Anchor {
    Start,
    End,
    Unknown,
}

fn anchor(sent: &Sentence) -> Anchor {
    let has = |stems: &[&str]| {
        (0..sent.tokens.len()).any(|i| {
            let w = sent.word(i);
            stems.iter().any(|s| w.starts_with(s))
        })
    };
    match (has(START_STEMS), has(END_STEMS)) {
        (true, false) => Anchor::Start,
        (false, true) => Anchor::End,
        _ => Anchor::Unknown,
    }
}

/// The number of days of a number word or digits.
fn days_of(word: &str) -> Option<u32> {
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, n)| *n)
        .or_else(|| word.parse().ok())
        .filter(|n| (2..=MAX_DAYS).contains(n))
}

/// "une visite (officielle) de trois jours", "un séjour de 4 jours", "trois
/// jours de visite".
fn stay_length(sent: &Sentence) -> Option<u32> {
    let n = sent.tokens.len();
    (0..n).find_map(|i| {
        if sent.is(i, STAY_NOUNS) {
            (i + 1..(i + LENGTH_WINDOW).min(n)).find_map(|j| {
                let stop = sent.tokens.get(j).is_some_and(|t| t.punct);
                if stop {
                    return Some(None);
                }
                (sent.is(j, &["de"]) && sent.is(j + 2, &["jours", "journees"]))
                    .then(|| days_of(sent.word(j + 1)))
                    .flatten()
                    .map(|n| (!several_destinations(sent, j + 3)).then_some(n))
            })?
        } else if sent.is(i + 1, &["jours"])
            && sent.is(i + 2, &["de"])
            && sent.is(i + 3, STAY_NOUNS)
        {
            days_of(sent.word(i))
        } else {
            None
        }
    })
}

/// "une visite de six jours aux États-Unis et en Égypte": a length shared
/// by the legs of a journey is no one leg's.
fn several_destinations(sent: &Sentence, from: usize) -> bool {
    (from..sent.tokens.len())
        .take_while(|&i| !sent.tokens.get(i).is_some_and(|t| t.punct))
        .any(|i| sent.is(i, &["et", "puis"]) && sent.is(i + 1, &["en", "au", "aux", "a"]))
}

/// The day after "jusqu'au" / "jusqu'à" in a visit's sentence, when it
/// falls after `first`.
fn until_day(sent: &Sentence, first: &Day) -> Option<String> {
    // Date expressions are found on first use: a sentence without
    // "jusqu'" need not find them.
    if !(0..sent.tokens.len()).any(|i| sent.is(i, &["jusqu"])) {
        return None;
    }
    sent.dates().iter().find_map(|d| {
        let until = (d.tok.saturating_sub(2)..d.tok).any(|i| sent.is(i, &["jusqu"]));
        let DateExpr::Absolute(DateValue::Single(p)) = &d.expr else {
            return None;
        };
        let end = Day::from_partial(p, first)?;
        let days = end.ordinal() - first.ordinal();
        (until && days > 0 && days < i64::from(MAX_DAYS)).then(|| end.to_string())
    })
}

/// "Mardi, deuxième et dernier jour de sa visite": the day named as the
/// visit's last, when it falls after `first`.
fn named_last_day(sent: &Sentence, first: &Day) -> Option<String> {
    let at = (1..sent.tokens.len()).find(|&i| {
        sent.is(i, &["dernier"])
            && sent.is(i + 1, &["jour"])
            && sent.is(i + 2, &["de", "du"])
            && (i + 3..i + 5).any(|k| sent.is(k, STAY_NOUNS))
    })?;
    let date = sent
        .dates()
        .iter()
        .filter(|d| d.tok < at)
        .max_by_key(|d| d.tok)?;
    let value = match &date.expr {
        DateExpr::Absolute(DateValue::Single(d)) => Day::from_partial(d, first)?,
        DateExpr::Relative(Relative::Weekday(w)) => first.next_weekday(*w)?,
        _ => return None,
    };
    (value.ordinal() > first.ordinal() && value.ordinal() - first.ordinal() < MAX_DAYS as i64)
        .then(|| value.to_string())
}

/// "au cours de cette visite du 19 au 23 octobre": a range the text gives a
/// visit, when it holds the visit's day or ends within a week before it (a
/// visit told once it is over).
fn stated_range(sent: &Sentence, day: &Day) -> Option<String> {
    if !(0..sent.tokens.len()).any(|i| sent.is(i, STAY_NOUNS)) {
        return None;
    }
    sent.dates().iter().find_map(|d| {
        let DateExpr::Absolute(DateValue::Range(a, b)) = &d.expr else {
            return None;
        };
        let names_visit = (d.tok.saturating_sub(4)..d.tok).any(|i| {
            sent.is(i, STAY_NOUNS)
                && i.checked_sub(1)
                    .is_some_and(|p| sent.is(p, &["cette", "sa", "son", "la", "le"]))
        });
        if !names_visit {
            return None;
        }
        let (a, b) = (Day::from_partial(a, day)?, Day::from_partial(b, day)?);
        let before = day.ordinal() - b.ordinal();
        let holds = a.ordinal() <= day.ordinal() && day.ordinal() <= b.ordinal();
        (holds || (0..=7).contains(&before)).then(|| format!("{a}/{b}"))
    })
}
