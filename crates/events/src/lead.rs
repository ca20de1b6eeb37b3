//! The lead frames the story: "Le ministre Nasser Bourita a tenu, ce mardi
//! 25 septembre à New York, une série de rencontres bilatérales" sets the
//! day and the place of every exchange of the same people the following
//! sentences list without repeating them.
//!
//! Only what the dispatch does not say otherwise is filled: an event keeps
//! its own place, a date stated in its sentence, and the dispatch's own date
//! (the lead's day only dates a dispatch that has none). Phone calls,
//! invitations and visits take no place from it; plans and background
//! events are not framed by the lead.

use crate::analysis::{CandKind, Sentence};
use crate::discourse::identity;
use crate::frames::Args;
use crate::model::{Event, EventDate, EventType, Location, Status};
use crate::placing::explicit_location;
use crate::subtype::Subtype;
use depeche_names::EntityKind;
use depeche_parse::date::{resolve, DateExpr};
use depeche_parse::DateValue;

/// How far into the segment the lead may stand: the title and up to two
/// lines of page chrome or standfirst before it.
const LEAD_WINDOW: usize = 4;

/// The lead's people, day and place.
struct Lead {
    sentence: usize,
    people: Vec<String>,
    date: Option<EventDate>,
    place: Option<Location>,
}

/// The first sentence near the top that names a person together with a day
/// or a place.
fn find_lead(sentences: &[Sentence], dispatch: Option<&DateValue>) -> Option<Lead> {
    sentences
        .iter()
        .enumerate()
        .take(LEAD_WINDOW)
        .find_map(|(i, sent)| {
            let people: Vec<String> = sent
                .cands
                .iter()
                .filter(|c| c.kind == CandKind::Named(EntityKind::Person) && !c.complement)
                .map(|c| c.entity.as_deref().unwrap_or(&c.key).to_string())
                .collect();
            if people.is_empty() {
                return None;
            }
            let date = day_of(sent, dispatch);
            let place = place_of(sent);
            (date.is_some() || place.is_some()).then_some(Lead {
                sentence: i,
                people,
                date,
                place,
            })
        })
}

/// The one day the sentence states, resolved against the dispatch date.
fn day_of(sent: &Sentence, dispatch: Option<&DateValue>) -> Option<EventDate> {
    let d = sent
        .dates()
        .iter()
        .find(|d| matches!(d.expr, DateExpr::Absolute(DateValue::Single(_))))?;
    let value = resolve(&d.expr, dispatch, false)?;
    Some(EventDate {
        value: Some(value.to_string()),
        text: Some(d.text.clone()),
    })
}

/// The place the sentence says things happen at ("à New York"), read as
/// for any event of the sentence.
fn place_of(sent: &Sentence) -> Option<Location> {
    explicit_location(sent, &Args::default())
}

/// Whether the lead frames `e`: the dispatch's news, told after the lead,
/// by or with one of the lead's people.
fn framed(e: &Event, lead: &Lead, sentence_of: impl Fn(&Event) -> Option<usize>) -> bool {
    !e.background
        && matches!(e.status, Status::Occurred | Status::Ongoing)
        && sentence_of(e).is_some_and(|i| i > lead.sentence)
        && e.actors.iter().any(|a| {
            let id = identity(a);
            lead.people.iter().any(|p| *p == *id)
        })
}

/// Nouns of a gathering whose venue frames the story: "Le sommet du G20
/// se déroule à Osaka", "La conférence s'ouvre à Genève".
const GATHERINGS: &[&str] = &[
    "sommet",
    "conference",
    "forum",
    "assemblee",
    "reunion",
    "session",
    "congres",
];

/// Verbs of a gathering under way: the dispatch is written from it.
const UNDER_WAY: &[&str] = &[
    "deroule", "tient", "ouvre", "ouvert", "ouverte", "poursuit", "lieu",
];

/// "Le sommet du G20 se déroule aujourd'hui à Osaka, au Japon": near the
/// top, a gathering under way at a named place, told before any event.
/// The place where the meetings on its sidelines happen.
fn find_venue(sentences: &[Sentence]) -> Option<(usize, Location)> {
    sentences
        .iter()
        .enumerate()
        .take(LEAD_WINDOW)
        .find_map(|(i, sent)| {
            let n = sent.tokens.len();
            let gathering = (0..n.min(4)).any(|k| sent.is(k, GATHERINGS));
            // "se déroule", "s'est ouvert", "a lieu".
            let under_way = (1..n).any(|k| {
                let reflexive = sent.is(k - 1, &["se", "s"])
                    || (k > 1 && sent.is(k - 1, &["est"]) && sent.is(k - 2, &["s"]));
                sent.is(k, UNDER_WAY) && (reflexive || sent.is(k - 1, &["a"]))
            });
            if !(gathering && under_way) {
                return None;
            }
            place_of(sent).map(|p| (i, p))
        })
}

/// Give the events told after a venue lead, with no place of their own,
/// the venue: meetings and activities on the gathering's sidelines, done or
/// planned. Visits, invitations, phone calls and background events keep
/// none.
fn carry_venue(events: &mut [Event], sentences: &[Sentence]) {
    let Some((at, venue)) = find_venue(sentences) else {
        return;
    };
    let index = crate::analysis::SentenceIndex::new(sentences);
    for e in events.iter_mut() {
        let sidelines = matches!(e.kind, EventType::Meeting | EventType::Activity)
            && !e.background
            && e.subtype != Some(Subtype::Phone)
            && e.location.is_none();
        if sidelines && index.of(e).is_some_and(|i| i > at) {
            e.location = Some(venue.clone());
        }
    }
}

/// Give the events the lead frames its place, and its day when the
/// dispatch has no date.
pub(crate) fn carry_lead_frame(
    events: &mut [Event],
    sentences: &[Sentence],
    dispatch: Option<&DateValue>,
) {
    let Some(lead) = find_lead(sentences, dispatch) else {
        carry_venue(events, sentences);
        return;
    };
    // One look-up per event keeps a long text linear.
    let index = crate::analysis::SentenceIndex::new(sentences);
    let sentence_of = |e: &Event| index.of(e);
    for e in events.iter_mut() {
        if !framed(e, &lead, sentence_of) {
            continue;
        }
        // An invitation's place would be the invited visit's; a visit has
        // its destination.
        let placed = !matches!(e.kind, EventType::Invitation | EventType::Visit);
        if placed && e.location.is_none() && e.subtype != Some(Subtype::Phone) {
            e.location = lead.place.clone();
        }
        if dispatch.is_none() && e.date.text.is_none() {
            if let Some(date) = &lead.date {
                e.date = date.clone();
            }
        }
    }
}
