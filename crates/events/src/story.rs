//! Dates carried across the sentences of one story.
//!
//! Dispatches date an exchange once and report what happened there in the
//! following sentences: "X a reçu le 25 décembre l'ambassadeur … À cette
//! occasion, X lui a remis l'Ordre …". Coders date the decoration on the
//! 25th, not on the dispatch's day: a sentence opening with a story link
//! (`data/story_links.tsv`: "à cette occasion", "lors de l'entretien" …)
//! takes the date of the last event stated with a date before it.
//!
//! A dispatch date without a day is not refined from a single day the story
//! mentions: that day is as often the last day of a visit as the day of the
//! news.

use crate::analysis::{data_rows, Sentence};
use crate::model::{Event, EventDate, EventType, Location, Status};
use depeche_parse::Span;
use std::collections::HashMap;

fn story_links() -> &'static Vec<Vec<String>> {
    static L: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        data_rows(include_str!("../data/story_links.tsv"))
            .map(|(phrase, _)| phrase.split_whitespace().map(str::to_string).collect())
            .collect()
    })
}

/// Whether `sent` opens with a story link, possibly after a short lead-in
/// ending with a colon ("Autre première : durant la même matinée, …").
fn opens_with_link(sent: &Sentence) -> bool {
    let after_colon = (0..5).find(|&i| sent.is(i, &[":"])).map(|i| i + 1);
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

/// Give undated events of the dispatch's news the date their story states,
/// and the place of the exchange they refer to when they name none.
pub(crate) fn carry_story_dates(events: &mut [Event], sentences: &[Sentence]) {
    let index: HashMap<Span, usize> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| (s.span, i))
        .collect();
    let mut last_stated: Option<(EventDate, Option<Location>)> = None;
    for e in events.iter_mut() {
        let sentence = e
            .evidence
            .first()
            .and_then(|ev| index.get(&ev.span))
            .and_then(|&i| sentences.get(i));
        if undated_news(e) {
            if let Some((date, place)) = last_stated
                .as_ref()
                .filter(|_| sentence.is_some_and(opens_with_link))
            {
                e.date = date.clone();
                if e.location.is_none() {
                    e.location = place.clone();
                }
            }
        } else if !e.background
            && e.kind != EventType::Visit
            && e.date.text.is_some()
            && e.date.value.as_deref().is_some_and(|v| !v.contains('/'))
        {
            // A visit's span of days is not the day of an exchange.
            last_stated = Some((e.date.clone(), e.location.clone()));
        }
    }
}
