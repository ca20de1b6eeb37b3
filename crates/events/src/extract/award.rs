//! Awards: who confers when the text names only the decorated.

use super::trigger::{Draft, TriggerContext};
use crate::analysis::Sentence;
use crate::discourse::country_actor;
use crate::model::Role;
use crate::placing::other_country;
use crate::subtype::Subtype;
use depeche_names::shared;
use std::sync::Arc;

/// Shapes an award. With no conferrer named, a decoration comes from the
/// other side of the dispatch's pair than the decorated ("du côté guinéen,
/// trois ministres ont été décorés" are decorated by the visitors), else
/// from the host. `None` without both sides.
pub(crate) fn shape_award(cx: &TriggerContext<'_, '_>, draft: &mut Draft) -> Option<()> {
    if draft.subtype == Subtype::Exchange {
        split_both_sides(draft);
    }
    // "le roi Abdallah a remis au prince l'ordre de la Renaissance": a
    // conferrer nothing else places is of the state the order names.
    let state = conferring_state(cx.sent, cx.raw.args.clause_start);
    if let Some(s) = &state {
        for a in draft.sources.iter_mut().filter(|a| a.country.is_none()) {
            a.country = Some(shared(s));
        }
    }
    if draft.sources.is_empty() {
        let d = &*cx.discourse;
        // "a été fait chevalier de la Légion d'honneur": the order names
        // its state, and whom it decorates at a visit is of the other side.
        let side = decorated_side(cx, draft).or_else(|| {
            let s = state.as_deref()?;
            other_country(d, Some(s)).filter(|o| &**o != s)
        });
        if let Some(side) = &side {
            for t in draft.targets.iter_mut().filter(|t| t.country.is_none()) {
                t.country = Some(side.clone());
            }
        }
        let conferrer = state
            .or_else(|| {
                side.and_then(|s| other_country(d, Some(&s)).filter(|o| *o != s))
                    .map(|c| c.to_string())
            })
            .or_else(|| d.host().map(str::to_string));
        draft
            .sources
            .extend(conferrer.map(|c| country_actor(&c, Role::Source)));
    }
    (!draft.targets.is_empty() && !draft.sources.is_empty()).then_some(())
}

/// "Les deux présidents ont échangé leurs décorations": one side named
/// for both stands for the two of them, each decorating the other — the
/// first the second in the reading where they confer, the second the first
/// in the reading where they are decorated.
fn split_both_sides(draft: &mut Draft) {
    if draft.targets.is_empty() && draft.sources.len() == 2 {
        draft.targets.extend(draft.sources.pop());
    } else if draft.sources.is_empty() && draft.targets.len() == 2 {
        draft.sources.extend(draft.targets.pop());
    }
}

/// The state an order of `data/orders.tsv` named in the clause starting at
/// `clause_start` belongs to.
fn conferring_state(sent: &Sentence, clause_start: usize) -> Option<String> {
    let orders = &crate::analysis::lexicons().orders;
    if !orders.may_occur(sent) {
        return None;
    }
    (clause_start..sent.tokens.len())
        .find_map(|i| orders.first_at(sent, i).map(|(_, country)| country.clone()))
}

/// The country of the decorated: a decorated person's own, else the
/// nationality the clause gives them ("membres de la délégation
/// kazakhe", "côté ouzbek").
fn decorated_side(cx: &TriggerContext<'_, '_>, draft: &Draft) -> Option<Arc<str>> {
    draft
        .targets
        .iter()
        .find_map(|t| t.country.clone())
        .or_else(|| nationality_before(cx.sent, cx.raw.m.start, cx.raw.args.clause_start))
}

/// The last nationality adjective between the clause's start and token
/// `before`.
fn nationality_before(sent: &Sentence, before: usize, clause_start: usize) -> Option<Arc<str>> {
    sent.cands
        .iter()
        .filter(|c| c.demonym && c.start >= clause_start && c.end <= before)
        .max_by_key(|c| c.end)
        .and_then(|c| c.country.clone())
}
