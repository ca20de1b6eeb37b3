//! A press point that follows talks is both parties' act.
//!
//! "Les deux présidents auront un entretien en tête-à-tête suivi d'un point
//! presse", "le tête-à-tête sera suivi d'une conférence de presse": coders
//! give the press point both leaders of the talks as its source, as they
//! do a joint press conference.

use crate::analysis::{Sentence, SentenceIndex};
use crate::discourse::identity;
use crate::model::{Actor, Event, EventType, Role};
use crate::subtype::Subtype;
use depeche_names::EntityKind;

/// How far before a press trigger "suivi(e)(s)" may stand: "suivi d'un
/// point presse", "suivie, en fin de matinée, d'une conférence de presse".
const FOLLOWED_REACH: usize = 12;

/// Give each press activity that follows talks told in its sentence the
/// people of those talks as its sources.
pub(crate) fn share_press_points(events: &mut [Event], sentences: &[Sentence]) {
    let index = SentenceIndex::new(sentences);
    let talks: Vec<(usize, Vec<Actor>)> = events
        .iter()
        .filter(|e| e.kind == EventType::Meeting && !e.background)
        .filter_map(|e| Some((index.of(e)?, e.actors.clone())))
        .collect();
    for e in events.iter_mut() {
        if e.kind != EventType::Activity || e.subtype != Some(Subtype::Press) || e.background {
            continue;
        }
        let Some(si) = index.of(e) else {
            continue;
        };
        let Some(sent) = sentences.get(si) else {
            continue;
        };
        if !follows_talks(sent) {
            continue;
        }
        let Some((_, people)) = talks.iter().find(|(s, _)| *s == si) else {
            continue;
        };
        for person in people.iter().filter(|a| a.kind == Some(EntityKind::Person)) {
            let known = e.actors.iter().any(|a| identity(a) == identity(person));
            if !known {
                e.actors.push(Actor {
                    role: Role::Source,
                    ..person.clone()
                });
            }
        }
    }
}

/// Whether the sentence has a press word shortly after "suivi(e)(s)": the
/// evidence of an event is its whole sentence, so any will do.
fn follows_talks(sent: &Sentence) -> bool {
    (0..sent.tokens.len()).any(|i| {
        sent.word(i).starts_with("suivi")
            && (i + 1..(i + FOLLOWED_REACH).min(sent.tokens.len())).any(|k| sent.is(k, &["presse"]))
    })
}
