//! The day of a ceremony, carried to what happens at it.
//!
//! "Une cérémonie a eu lieu le 18 juillet à Hanoï pour remettre l'Ordre de
//! l'Or à plusieurs dirigeants … Au nom de l'État lao, X a remis l'Ordre au
//! Premier ministre …": the decorations of the story are handed over at the
//! ceremony, on its day, though their own sentences name no day. A dispatch
//! dated by its month only would otherwise date them by the month.

use crate::analysis::{Sentence, SentenceIndex};
use crate::model::{Event, EventDate, EventType};
use depeche_parse::date::{resolve, DateExpr};
use depeche_parse::DateValue;

/// Participles and nouns that say a ceremony took place: "a eu lieu",
/// "s'est tenue", "s'est déroulée", "a été organisée".
const TOOK_PLACE: &[&str] = &["lieu", "tenue", "deroulee", "organisee"];

/// Give the undated awards and ceremony acts told after a dated ceremony
/// that ceremony's day.
pub(crate) fn carry_ceremony_day(
    events: &mut [Event],
    sentences: &[Sentence],
    dispatch: Option<&DateValue>,
) {
    let Some((at, day)) = sentences
        .iter()
        .enumerate()
        .find_map(|(i, s)| ceremony_day(s, dispatch).map(|d| (i, d)))
    else {
        return;
    };
    let index = SentenceIndex::new(sentences);
    for e in events.iter_mut() {
        if e.background || e.date.text.is_some() {
            continue;
        }
        let Some(i) = index.of(e) else {
            continue;
        };
        let at_ceremony =
            e.kind == EventType::Award || sentences.get(i).is_some_and(names_ceremony);
        if i >= at && at_ceremony {
            e.date = day.clone();
        }
    }
}

/// Whether the sentence speaks of a ceremony; most do not, which one
/// search of its folded text tells.
fn names_ceremony(sent: &Sentence) -> bool {
    sent.tokens.may_hold("ceremonie") && (0..sent.tokens.len()).any(|i| sent.is(i, &["ceremonie"]))
}

/// The day a sentence says a ceremony took place on.
fn ceremony_day(sent: &Sentence, dispatch: Option<&DateValue>) -> Option<EventDate> {
    let n = sent.tokens.len();
    let ceremony = names_ceremony(sent);
    let took_place = (0..n).any(|i| sent.is(i, TOOK_PLACE));
    if !(ceremony && took_place) {
        return None;
    }
    sent.dates().iter().find_map(|d| {
        let DateExpr::Absolute(DateValue::Single(p)) = &d.expr else {
            return None;
        };
        p.day?;
        let value = resolve(&d.expr, dispatch, false)?;
        Some(EventDate {
            value: Some(value.to_string()),
            text: Some(d.text.clone()),
        })
    })
}

/// Give the awards that no text dates the day of the segment's visit when
/// that visit took one day: the decorations of "la visite du président,
/// vendredi 28 novembre, à Conakry" were handed over on that day.
pub(crate) fn carry_visit_day(events: &mut [Event]) {
    let mut days: Vec<&EventDate> = events
        .iter()
        .filter(|e| e.kind == EventType::Visit && !e.background)
        .filter(|e| e.date.value.as_deref().is_some_and(is_one_day))
        .map(|e| &e.date)
        .collect();
    days.dedup_by(|a, b| a.value == b.value);
    let [day] = days.as_slice() else {
        return;
    };
    let day = (*day).clone();
    for e in events.iter_mut() {
        if e.kind == EventType::Award && !e.background && e.date.value.is_none() {
            e.date = day.clone();
        }
    }
}

/// Whether a date value names one day: "2014-11-28", "--11-28", not a
/// month ("2014-11") nor a range ("--11-27/--11-28").
fn is_one_day(value: &str) -> bool {
    if value.contains('/') {
        return false;
    }
    let dashes = value.trim_start_matches('-').matches('-').count();
    if value.starts_with("--") {
        dashes == 1
    } else {
        dashes == 2
    }
}
