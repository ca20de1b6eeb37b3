//! Frames of decorations: who confers and who is decorated (`a décerné à X
//! l'Ordre`, `a été fait commandeur par X`).

use super::subject::agent;
use super::{handed_to, recipients, targets_or_lui, Args, Site};
use crate::analysis::{Cand, CandKind, Sentence};
use crate::honours::names_honour;
use depeche_names::EntityKind;

/// Words before the conferrer of a passive decoration: "par", "des mains
/// de", "de la part de".
const CONFERRER_MARKERS: &[&str] = &["par", "mains", "part"];

/// How far a decoration's object may reach past the trigger: "a remis
/// l'Ordre … pour reconnaître les contributions de l'ambassadeur X" names
/// the decorated late in the sentence.
const AWARD_REACH: usize = 24;

/// "a décerné l'ordre à son homologue": the subject confers; everyone
/// handed the decoration is decorated, one event each.
pub(crate) fn award(site: &Site<'_, '_>, args: &mut Args) {
    let (sent, m) = (site.sent, site.m);
    args.sources.extend(site.default_subject());
    let candidates = recipients(site, AWARD_REACH);
    // "a remis l'Ordre … classe Moha Sena à M. X": the one handed the
    // decoration ("à", "au") beats a name inside the order's.
    let handed_all: Vec<&Cand> = candidates
        .iter()
        .filter(|c| handed_to(sent, c))
        .copied()
        .collect();
    let chosen = if handed_all.is_empty() {
        let known =
            |c: &&&Cand| c.entity.is_some() || c.kind != CandKind::Named(EntityKind::Person);
        let after = |c: &&&Cand| c.start >= m.end;
        candidates
            .iter()
            .filter(after)
            .find(known)
            .or_else(|| candidates.iter().find(after))
            .copied()
            .into_iter()
            .collect()
    } else {
        handed_all
    };
    args.targets = targets_or_lui(site, chosen);
    if args.targets.is_empty() {
        args.targets
            .extend(relative_antecedent(sent, m.start).cloned());
    }
}

/// "l'ambassadeur Park Min-seok, en fin de mission, qu'il a élevé à la
/// dignité de Commandeur": the decorated is the relative's antecedent, the
/// nearest person before "qu'il".
fn relative_antecedent(sent: &Sentence, start: usize) -> Option<&Cand> {
    let mut q = start.checked_sub(1)?;
    if sent.is(q, &["il", "elle", "ils", "elles"]) {
        q = q.checked_sub(1)?;
    }
    if !sent.is(q, &["qu", "que"]) {
        return None;
    }
    sent.cands
        .iter()
        .filter(|c| c.end <= q && c.is_person_like() && !c.complement)
        .filter(|c| c.kind != CandKind::Pronoun)
        .max_by_key(|c| c.end)
}

/// "a été fait commandeur par le président X", "des mains du président X",
/// "de la part du roi"; else the state named in the order ("l'Ordre de la
/// Liberté du Laos") confers.
pub(crate) fn award_passive(site: &Site<'_, '_>, args: &mut Args) {
    let (sent, m) = (site.sent, site.m);
    if hands_over_no_honour(site) {
        return;
    }
    let subject = site.default_subject();
    let listed = listed_decorated(site, subject.as_ref());
    if listed.is_empty() {
        args.targets.extend(subject);
    } else {
        args.targets.extend(listed.into_iter().cloned());
    }
    let end = site.limit();
    let by = (m.start..end).find(|&i| sent.is(i, CONFERRER_MARKERS));
    let source = by
        .and_then(|b| {
            sent.cands
                .iter()
                .find(|c| c.start > b && c.end <= end && agent(c))
        })
        .or_else(|| {
            sent.cands.iter().find(|c| {
                c.start >= m.start
                    && c.end <= end
                    && !c.demonym
                    && matches!(c.kind, CandKind::Named(EntityKind::Country))
            })
        });
    args.sources.extend(source.cloned());
}

/// Words that open the list of the decorated after a passive: "ont été
/// décorés : X, Y", "ont été décorés, dont X et Y".
const LIST_OPENERS: &[&str] = &[":", "dont"];

/// "Plusieurs membres de la délégation ont été décorés, dont X et Y",
/// "Ont été faits commandeurs : X, Y et Z": when the subject names nobody,
/// the persons listed after the trigger are the decorated — up to the
/// conferrer ("par", "des mains de") or a new verb.
fn listed_decorated<'s>(site: &Site<'s, '_>, subject: Option<&Cand>) -> Vec<&'s Cand> {
    let (sent, m) = (site.sent, site.m);
    let named = |c: &Cand| c.kind == CandKind::Named(EntityKind::Person);
    // A subject after the verb ("Ont été décorés : X, Y") is the list's
    // first name, not a subject of its own.
    if subject.is_some_and(|c| named(c) && c.end <= m.start) {
        return Vec::new();
    }
    let end = site.limit();
    let Some(opener) = (m.end..end).find(|&i| sent.is(i, LIST_OPENERS)) else {
        return Vec::new();
    };
    let stop = (opener + 1..end)
        .find(|&i| sent.is(i, CONFERRER_MARKERS) || sent.is_auxiliary(i))
        .unwrap_or(end);
    sent.cands
        .iter()
        .filter(|c| c.start > opener && c.end <= stop && named(c) && !c.complement)
        .collect()
}

/// Verbs of "s'est vu remettre" that hand over anything, a decoration or
/// a letter.
const HANDING_VERBS: &[&str] = &["remettre", "decerner", "conferer", "attribuer"];

/// "X s'est vu remettre une note verbale": handed something that names
/// no honour before the clause ends, so no decoration.
fn hands_over_no_honour(site: &Site<'_, '_>) -> bool {
    let (sent, m) = (site.sent, site.m);
    let hands = (m.start..m.end).any(|i| sent.is(i, HANDING_VERBS));
    hands && !(m.end..site.limit()).any(|i| names_honour(sent, i))
}
