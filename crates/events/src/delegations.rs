//! Who leads a delegation, said in a sentence of its own.
//!
//! "La délégation russe est conduite par Leonid Kalachnikov." After such a
//! sentence, "la délégation russe" that meets or is received is its
//! leader, the person coders name; "elle" that has talks is the leader
//! too.

use crate::analysis::{Cand, CandKind, Sentence};
use depeche_names::EntityKind;
use std::sync::Arc;

/// Participles that name a delegation's leader after "par".
const LED: &[&str] = &[
    "conduite", "conduit", "dirigee", "dirige", "menee", "mene", "presidee", "preside", "emmenee",
    "emmene",
];

/// How many tokens may stand between the group and its participle: ", qui
/// est", "est", "a été".
const LED_REACH: usize = 4;

/// A delegation and the person said to lead it.
#[derive(Debug, Clone)]
pub(crate) struct Led {
    /// The delegation's country, if its phrase names one.
    pub country: Option<Arc<str>>,
    /// The leader.
    pub leader: Cand,
}

/// The delegations the sentences say someone leads.
pub(crate) fn delegation_leaders(sentences: &[Sentence]) -> Vec<Led> {
    let mut out = Vec::new();
    for sent in sentences {
        for g in sent.cands.iter().filter(|c| is_delegation(sent, c)) {
            let Some(led) = (g.end..g.end + LED_REACH).find(|&i| sent.is(i, LED)) else {
                continue;
            };
            if !sent.is(led + 1, &["par"]) {
                continue;
            }
            let leader = sent.cands.iter().find(|c| {
                c.kind == CandKind::Named(EntityKind::Person)
                    && c.start > led + 1
                    && c.start <= led + 6
            });
            if let Some(leader) = leader {
                out.push(Led {
                    country: g.country.clone(),
                    leader: leader.clone(),
                });
            }
        }
    }
    out
}

/// Whether a candidate is a delegation ("la délégation russe").
pub(crate) fn is_delegation(sent: &Sentence, c: &Cand) -> bool {
    c.kind == CandKind::Group && (c.start..c.end).any(|i| sent.word(i).starts_with("delegation"))
}
