//! Who acts: the subject of a trigger, looked for before it in its clause,
//! after it when it opens the sentence, or as the possessor of "sa visite".

use super::{clause_start, led_by, Site, DATELINE_DASHES};
use crate::analysis::{Cand, CandKind, Sentence};
use crate::coordination::principal_of_consort;
use crate::grammar::{FRAME_OPENERS, POSSESSIVES};
use depeche_names::EntityKind;

/// How far into the sentence a trigger may sit and still belong to a frame
/// opening it ("Au cours de sa visite", "Lors des entretiens"): further on
/// it has a subject of its own.
const FRAME_OPENER_REACH: usize = 6;

/// Whether `c` may be the subject of a verb.
pub(crate) fn is_subject(c: &Cand) -> bool {
    !c.complement
        && !c.demonym
        && matches!(
            c.kind,
            CandKind::Named(EntityKind::Person | EntityKind::Organization | EntityKind::Country)
                | CandKind::Description
                | CandKind::Group
                | CandKind::Pronoun
                | CandKind::BothParties
        )
}

/// A person who acts from a complement: "des mains du président X",
/// "l'invitation du président X"; or any actor that can be a subject.
pub(crate) fn agent(c: &Cand) -> bool {
    is_subject(c) || (c.complement && c.is_person_like())
}

/// The sentence's first named actor before token `before`: the possessor
/// of "sa visite", "son invitation".
pub(crate) fn possessor(sent: &Sentence, before: usize) -> Option<Cand> {
    sent.cands
        .iter()
        .find(|c| c.end <= before && c.is_person_like() && !c.complement)
        .cloned()
}

/// The person named last before token `start`.
fn nearest_person(sent: &Sentence, start: usize) -> Option<Cand> {
    sent.cands
        .iter()
        .filter(|c| c.end <= start && c.is_person_like() && !c.complement)
        .max_by_key(|c| c.end)
        .cloned()
}

impl Site<'_, '_> {
    /// The subject of the trigger as most frames read it.
    pub(crate) fn default_subject(&self) -> Option<Cand> {
        let (sent, m) = (self.sent, self.m);
        // "X, en visite au Y", "X, qui effectue une visite", "X, qui est en
        // Chine": the nearest person is the subject, whatever verb came
        // before.
        let appositive = sent.is(m.start, &["en", "entamant", "qui"])
            || m.start
                .checked_sub(1)
                .is_some_and(|p| sent.is(p, &["qui", "en"]));
        if appositive || apposed_participle(sent, m.start) {
            return nearest_person(sent, m.start);
        }
        // "sa visite", "leur rencontre": the possessor is the sentence's subject.
        if sent.is(m.start, POSSESSIVES) {
            return possessor(sent, m.start).or_else(|| subject(sent, m.start, self.previous));
        }
        // "la délégation conduite par le président X est arrivée": the
        // leader stands for the group, as subject as well as object.
        subject(sent, m.start, self.previous)
            .or_else(|| fronted_subject(sent, m.start, &[]))
            .map(|c| led_by(sent, &c).cloned().unwrap_or(c))
    }
}

/// "a reçu la Première dame des États-Unis, X, arrivée en Égypte": a
/// participle set off by a comma right after a person is that person's, not
/// the clause's subject's.
fn apposed_participle(sent: &Sentence, start: usize) -> bool {
    let Some(comma) = start.checked_sub(1) else {
        return false;
    };
    sent.is(comma, &[","])
        && sent.written_participle(start)
        && sent
            .cands
            .iter()
            .any(|c| c.end == comma && c.is_person_like() && !c.complement)
}

/// The subject of a trigger starting at `start`: the nearest actor before
/// it in its clause. `previous` is the last trigger of the same sentence
/// and its subject: when the nearest actor is one of that trigger's
/// objects, the verbs are coordinated and share the subject.
pub(crate) fn subject(
    sent: &Sentence,
    start: usize,
    previous: Option<(usize, &Cand)>,
) -> Option<Cand> {
    let from = clause_start(sent, start);
    let before: Vec<&Cand> = sent
        .cands
        .iter()
        .filter(|c| c.end <= start && c.start >= from && is_subject(c))
        .collect();
    // The nearest person; a country or body only when no person is in the
    // clause ("Le Vietnam et le Laos ont signé").
    let nearest = before
        .iter()
        .filter(|c| c.is_person_like() || c.kind == CandKind::Group)
        .max_by_key(|c| c.end)
        .or_else(|| before.iter().max_by_key(|c| c.end))
        .copied();
    let nearest = nearest
        .map(|c| named_subject_of_pronoun(sent, c))
        .map(|c| leader_of_delegation(&before, sent, c))
        .map(|c| principal_of_consort(sent, c, from));
    // A subject right before its verb starts a new clause; one further
    // back, past an earlier verb, is that verb's object.
    let coordinated = sent.is(start, &[",", "et", "puis"]);
    let adjacent = |c: &Cand| {
        !coordinated
            && (start == c.end
                || (start == c.end + 1 && !sent.is(c.end, &[",", "et", "puis", "ainsi"])))
    };
    match (nearest, previous) {
        (Some(c), Some((prev_start, prev_subject))) if c.start > prev_start && !adjacent(c) => {
            Some(prev_subject.clone())
        }
        (None, Some((_, prev_subject))) => Some(prev_subject.clone()),
        (c, _) => c.cloned(),
    }
}

/// "X a affirmé depuis Bamako, où il est en visite, que …": a pronoun in a
/// clause of the sentence stands for the sentence's named subject.
fn named_subject_of_pronoun<'s>(sent: &'s Sentence, c: &'s Cand) -> &'s Cand {
    let pronoun = c.kind == CandKind::Pronoun && sent.is(c.start, &["il", "elle"]);
    let named_subject = pronoun
        .then(|| {
            sent.cands.iter().find(|p| {
                p.end <= c.start
                    && !p.complement
                    && !p.demonym
                    && p.kind == CandKind::Named(EntityKind::Person)
            })
        })
        .flatten();
    named_subject.unwrap_or(c)
}

/// "le Premier ministre X et la délégation vietnamienne sont arrivés": the
/// delegation accompanies the leader, who is the subject.
fn leader_of_delegation<'s>(before: &[&'s Cand], sent: &Sentence, c: &'s Cand) -> &'s Cand {
    let leader = (c.kind == CandKind::Group && c.start >= 1 && sent.is(c.start - 1, &["et"]))
        .then(|| {
            before
                .iter()
                .find(|p| p.end + 1 == c.start && p.kind == CandKind::Named(EntityKind::Person))
        })
        .flatten();
    leader.copied().unwrap_or(c)
}

/// Whether a trigger at `start` opens the sentence (after the dateline's
/// dash) or sits in a frame opening it ("Lors de sa rencontre avec").
fn in_fronted_frame(sent: &Sentence, start: usize) -> bool {
    let opens_sentence = start == 0 || sent.is(start - 1, DATELINE_DASHES);
    opens_sentence || (sent.is(0, FRAME_OPENERS) && start <= FRAME_OPENER_REACH)
}

/// Words that start a main verb right after its subject: an auxiliary, a
/// reflexive pronoun before one, a modal.
const VERB_OPENERS: &[&str] = &["doit", "doivent", "devrait", "devraient", "va", "vont"];

/// In a frame opening the sentence ("Lors de sa rencontre avec X, le
/// ministre Y a évoqué …", "Au cours de ses entretiens avec son homologue,
/// Z, le président Y a salué …"), the main clause's subject: the actor
/// right before the first verb after the trigger. With it, the token where
/// the frame's objects end: the last comma before that subject.
pub(crate) fn main_clause_subject(
    sent: &Sentence,
    start: usize,
    end: usize,
) -> Option<(Cand, usize)> {
    if !in_fronted_frame(sent, start) {
        return None;
    }
    let starts_verb = |i: usize| {
        sent.is_auxiliary(i)
            || sent.is(i, VERB_OPENERS)
            || (sent.is(i, &["s", "se"]) && sent.is_auxiliary(i + 1))
    };
    let verb = (end..sent.tokens.len()).find(|&i| starts_verb(i))?;
    let subject = sent
        .cands
        .iter()
        .filter(|c| c.start >= end && c.end <= verb && is_subject(c))
        .filter(|c| c.kind != CandKind::Named(EntityKind::Country))
        .max_by_key(|c| c.end)
        .filter(|c| c.end == verb)?;
    let comma = (end..subject.start).rev().find(|&i| sent.is(i, &[","]))?;
    Some((subject.clone(), comma))
}

/// A noun trigger opening the sentence has its subject after it: "Lors des
/// rencontres avec X, les dirigeants vietnamiens ont souligné…".
/// A participle opening the sentence (after the dateline's dash) does too:
/// "Arrivé mardi à Alger, le Premier ministre …".
pub(crate) fn fronted_subject(sent: &Sentence, start: usize, objects: &[Cand]) -> Option<Cand> {
    if !in_fronted_frame(sent, start) {
        return None;
    }
    let after = objects.iter().map(|c| c.end).max().unwrap_or(start);
    let comma = (after..sent.tokens.len()).find(|&i| sent.is(i, &[","]))?;
    sent.cands
        .iter()
        .find(|c| {
            c.start > comma && is_subject(c) && c.kind != CandKind::Named(EntityKind::Country)
        })
        .cloned()
}
