//! Frames of invitations: who invites and who is invited (`a invité X à`,
//! `à l'invitation de X`, `a transmis au Premier ministre l'invitation du
//! président X`).

use super::subject::{agent, possessor, subject};
use super::{lui_before, recipients, targets_or_lui, Args, Site};
use crate::analysis::{Cand, CandKind, COMPLEMENT_MARKERS};
use crate::grammar::DATIVES;
use crate::tokens::fold_word;

/// How far after "l'invitation de" the inviter's name may end: a title
/// ("du président de la République") comes first.
const INVITER_REACH: usize = 8;

/// How far after an invitation the inviter follows at once ("l'invitation
/// de X", "du président X").
const INVITED_BY_REACH: usize = 6;

/// How far an invitation's object may reach past the trigger: the guest
/// comes soon after "a invité" ("a invité son homologue X à …").
pub(crate) const INVITE_REACH: usize = 12;

/// How far back from a name "à"/"au" may stand when an invitation is
/// handed to someone: "au président Emmanuel Macron".
const HANDED_REACH: usize = 4;

/// "a invité X à effectuer": the subject invites the first person after
/// the verb (the invitee sits inside the pattern).
pub(crate) fn invite(site: &Site<'_, '_>, args: &mut Args) {
    let chosen: Vec<&Cand> = recipients(site, INVITE_REACH)
        .first()
        .copied()
        .into_iter()
        .collect();
    // "a invité les entreprises kazakhes à investir": a call to business,
    // no guest of a visit, so no inviter either.
    if chosen.iter().any(|c| is_business(c)) {
        return;
    }
    args.sources.extend(site.default_subject());
    args.targets = targets_or_lui(site, chosen);
}

/// Nouns of businesses and investors, whom a leader "invites" to invest.
const BUSINESS_NOUNS: &[&str] = &[
    "entreprises",
    "investisseurs",
    "affaires",
    "societes",
    "hommes",
    "operateurs",
    "industriels",
    "entrepreneurs",
    "compagnies",
    "firmes",
];

/// Whether a group is businesses or investors ("les entreprises
/// kazakhes", "les hommes d'affaires").
fn is_business(c: &Cand) -> bool {
    c.kind == CandKind::Group
        && c.text
            .split(|ch: char| !ch.is_alphanumeric())
            .take(3)
            .any(|w| BUSINESS_NOUNS.contains(&fold_word(w).as_str()))
}

/// "a transmis au Premier ministre l'invitation du président X": X
/// invites; the one it is handed to ("à"/"au") is invited.
pub(crate) fn conveyed(site: &Site<'_, '_>, args: &mut Args) {
    let (sent, m) = (site.sent, site.m);
    let end = site.limit();
    let person_after = |from: usize, to: usize| {
        sent.cands
            .iter()
            .find(|c| c.start >= from && c.end <= to && c.is_person_like())
            .cloned()
    };
    // "l'invitation du président X": X invites. With no inviter named
    // after the invitation ("X a adressé à Y une invitation à …"), the
    // subject invites.
    let named_inviter = sent
        .is(m.end, COMPLEMENT_MARKERS)
        .then(|| person_after(m.end, (m.end + INVITER_REACH).min(end)))
        .flatten();
    // "a chargé l'ambassadeur de transmettre son invitation": the
    // possessor is the sentence's subject, not the messenger.
    let owner = sent
        .is(m.end.saturating_sub(2), &["son", "sa", "leur"])
        .then(|| possessor(sent, m.start))
        .flatten();
    // "a remis à Y une invitation adressée par le président X au roi Z":
    // the messenger hands over what X addressed to Z.
    let addressed = (m.end..(m.end + ADDRESSED_REACH).min(end))
        .find(|&i| sent.is(i, &["adressee", "envoyee", "lancee"]) && sent.is(i + 1, &["par"]));
    if let Some(inviter) = addressed.and_then(|i| person_after(i + 2, end)) {
        let invitee = sent.cands.iter().find(|c| {
            c.start >= inviter.end
                && c.end <= end
                && c.is_person_like()
                && (c.start.saturating_sub(4)..=c.start).any(|k| sent.is(k, &["a", "au", "aux"]))
        });
        if let Some(invitee) = invitee {
            args.sources.push(inviter);
            args.targets.push(invitee.clone());
            return;
        }
    }
    args.sources.extend(
        named_inviter
            .or(owner)
            .or_else(|| message_author(site))
            .or_else(|| site.default_subject()),
    );
    args.targets.extend(invitee_handed(site, args).cloned());
}

/// Words naming a messenger by what they carry: "porteur d'un message du
/// président X", "émissaire du roi X".
const MESSENGER_NOUNS: &[&str] = &["porteur", "porteuse", "emissaire", "envoye", "envoyee"];

/// How far after a messenger's noun the author of the message is named.
const AUTHOR_REACH: usize = 8;

/// "X, porteur d'un message du président Y, a remis au chef de l'État une
/// invitation": the invitation is the message's, Y's. The messenger's
/// apposition stands before the verb, often past the clause's start.
fn message_author(site: &Site<'_, '_>) -> Option<Cand> {
    let (sent, m) = (site.sent, site.m);
    let noun = (0..m.start).find(|&i| sent.is(i, MESSENGER_NOUNS))?;
    let reach = (noun + AUTHOR_REACH).min(m.start);
    sent.cands
        .iter()
        .find(|c| c.start > noun && c.end <= reach && c.complement && c.is_person_like())
        .cloned()
}

/// How far after "invitation" its "adressée par" may stand.
const ADDRESSED_REACH: usize = 3;

/// The one an invitation is handed to: inside the trigger ("a transmis au
/// président X l'invitation"), after it, or `lui` before it ("Il lui a
/// transmis l'invitation de X").
fn invitee_handed<'s>(site: &Site<'s, '_>, args: &Args) -> Option<&'s Cand> {
    let (sent, m) = (site.sent, site.m);
    let end = site.limit();
    // "au président Emmanuel Macron": a title may stand between.
    let handed_to = |c: &Cand| {
        sent.is(c.start, &["au", "aux"])
            || (c.start.saturating_sub(HANDED_REACH)..c.start).any(|i| sent.is(i, DATIVES))
    };
    let before = sent
        .cands
        .iter()
        .find(|c| c.start > m.start && c.end <= m.end && c.is_person_like() && handed_to(c));
    let after = sent.cands.iter().find(|c| {
        c.start >= m.end
            && c.end <= end
            && c.is_person_like()
            && handed_to(c)
            && Some(c.span) != args.sources.first().map(|s| s.span)
    });
    before.or(after).or(lui_before(sent, m))
}

/// "à l'invitation du président X", "a accepté l'invitation de X": X
/// invites the clause's subject (the visitor).
pub(crate) fn invited_by(site: &Site<'_, '_>, args: &mut Args) {
    let (sent, m) = (site.sent, site.m);
    let end = site.limit().min(m.end + INVITED_BY_REACH);
    // "l'invitation du président X": the inviter is a complement.
    let inviter = sent
        .cands
        .iter()
        .find(|c| c.start >= m.end && c.end <= end && agent(c))
        // "a reçu un message du président X l'invitant à": the message's
        // author, inside the pattern.
        .or_else(|| {
            sent.cands
                .iter()
                .find(|c| c.start > m.start && c.end <= m.end && c.is_person_like())
        });
    args.sources.extend(inviter.cloned());
    let invitee = subject(sent, m.start, site.previous).or_else(|| possessor(sent, m.start));
    args.targets.extend(invitee);
}
