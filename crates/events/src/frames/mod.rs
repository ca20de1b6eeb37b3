//! Argument attachment: who is the source and who the targets of a trigger,
//! from the clause around it.
//!
//! French diplomatic prose is overwhelmingly subject–verb–object: the actor
//! closest before the verb is its subject, the actors after it (split on
//! commas, `et`, `ainsi que`) are its objects until the clause ends or the
//! next trigger starts. Coordinated verbs (`s'est entretenu avec A et a
//! rencontré B`) share their subject; passives (`a été reçu par`) swap roles.

mod aside;
mod award;
mod exchange;
mod invitation;
mod journey;
mod places;
mod presence;
mod subject;

pub(crate) use journey::country_right_after;

use crate::analysis::{Cand, CandKind, Sentence};
use crate::grammar::DATIVES;
use crate::lexicon::{Frame, TriggerMatch};
use depeche_names::EntityKind;

/// Words that end an object list: purpose, time and relative clauses.
const OBJECT_STOPS: &[&str] = &[
    ";", ":", "pour", "afin", "lors", "cours", "duquel", "ou", "dont", "sur", "durant", "pendant",
    "apres", "avant", "qui", "tandis", "alors", "mais", "car", "lequel", "laquelle", "lesquels",
    "auquel", "porteur", "porteuse",
];

/// Words that end a clause when looking left for a subject.
const CLAUSE_STARTS: &[&str] = &[
    ";", ":", "que", "qu", "lorsque", "quand", "tandis", "mais", "car",
];

/// The raw arguments of one trigger.
#[derive(Debug, Clone, Default)]
pub(crate) struct Args {
    pub sources: Vec<Cand>,
    pub targets: Vec<Cand>,
    /// Destinations of a visit (countries or places).
    pub destinations: Vec<Cand>,
    /// The clause's first token, for status reading.
    pub clause_start: usize,
}

/// The dash that closes a dateline ("DAKAR, 3 mars (APS) -"): what follows
/// opens the body's first sentence.
const DATELINE_DASHES: &[&str] = &["-", "–", "—"];

/// Index of the first token of the clause holding token `at`.
pub(crate) fn clause_start(sent: &Sentence, at: usize) -> usize {
    (0..at)
        .rev()
        .find(|&i| sent.is(i, CLAUSE_STARTS) && !crate::grammar::joins_a_list(sent, i))
        .map_or(0, |i| i + 1)
}

/// End (exclusive) of the object region after token `from`: a stop word or
/// a new finite verb (`et les deux hommes ont évoqué…`).
fn object_end(sent: &Sentence, from: usize, next_trigger: usize) -> usize {
    let n = sent.tokens.len().min(next_trigger);
    let mut i = from;
    while i < n {
        if let Some(close) = aside::aside_close(sent, i, n) {
            i = close + 1;
            continue;
        }
        let stop = (sent.is(i, OBJECT_STOPS)
            && !names_members(sent, i)
            && !opens_list_item(sent, i)
            && !names_a_portfolio(sent, i))
            || sent.is_auxiliary(i)
            || aside::names_companions(sent, i);
        if stop {
            return i;
        }
        i += 1;
    }
    n
}

/// How far after a colon or semicolon a list item's name may start: "; le
/// Premier ministre éthiopien, X" puts a title of up to six words first.
const LIST_ITEM_REACH: usize = 8;

/// Whether the colon or semicolon at token `i` opens one more person of a
/// list ("avec ses pairs : X, président de A ; Y, Premier ministre de B"):
/// a named person follows before any verb.
fn opens_list_item(sent: &Sentence, i: usize) -> bool {
    if !sent.is(i, &[":", ";"]) {
        return false;
    }
    let reach = (i + 1 + LIST_ITEM_REACH).min(sent.tokens.len());
    let Some(name) = sent
        .cands
        .iter()
        .filter(|c| c.start > i && c.start < reach)
        .filter(|c| c.kind == CandKind::Named(EntityKind::Person))
        .min_by_key(|c| c.start)
    else {
        return false;
    };
    !(i + 1..name.start).any(|k| sent.is_auxiliary(k) || sent.is(k, &[":", ";"]))
}

/// Whether the "pour" at token `i` names a portfolio in a title ("la
/// Haute Représentante pour les Affaires étrangères", "le ministre délégué
/// pour l'Europe") rather than a purpose ("pour renforcer").
fn names_a_portfolio(sent: &Sentence, i: usize) -> bool {
    if !sent.is(i, &["pour"]) {
        return false;
    }
    let mut k = i + 1;
    if sent.is(k, &["le", "la", "l", "les"]) {
        k += 1;
    }
    sent.tokens
        .get(k)
        .is_some_and(|t| t.capitalized && !t.punct)
}

/// Plural nouns of peers that a "dont" list names one by one.
const PEER_GROUPS: &[&str] = &[
    "pairs",
    "homologues",
    "dirigeants",
    "responsables",
    "invites",
    "participants",
];

/// Whether the "dont" at token `i` names members of the group just before
/// it ("avec ses pairs, dont le président X et le président Y"): the list
/// is still the object.
fn names_members(sent: &Sentence, i: usize) -> bool {
    sent.is(i, &["dont"]) && i >= 2 && sent.is(i - 1, &[","]) && ends_peer_group(sent, i - 2)
}

/// Whether token `last` ends a plural noun of peers: "pairs", or "chefs
/// d'État", "chefs de gouvernement", "chefs de la diplomatie".
fn ends_peer_group(sent: &Sentence, last: usize) -> bool {
    if sent.is(last, PEER_GROUPS) {
        return true;
    }
    let office = ["etat", "gouvernement", "diplomatie", "delegation"];
    sent.is(last, &office) && (last.saturating_sub(3)..last).any(|k| sent.is(k, &["chefs"]))
}

fn is_counterpart(sent: &Sentence, c: &Cand) -> bool {
    // A body is met when it is the object itself ("avec l'Association",
    // "a reçu la délégation"), not a place ("au Mäjılıs").
    let body_ok = c.kind != CandKind::Named(EntityKind::Organization)
        || c.start
            .checked_sub(1)
            .is_some_and(|p| sent.is(p, &["le", "la", "l", "les", "avec", ","]));
    body_ok
        && !c.complement
        && !c.demonym
        && matches!(
            c.kind,
            CandKind::Named(EntityKind::Person | EntityKind::Organization)
                | CandKind::Description
                | CandKind::Group
        )
}

/// Counterparts after token `from` up to the end of the object region.
fn objects(sent: &Sentence, from: usize, next_trigger: usize) -> Vec<Cand> {
    let end = object_end(sent, from, next_trigger);
    let mut out: Vec<Cand> = Vec::new();
    for c in sent
        .cands
        .iter()
        .filter(|c| c.start >= from && c.end <= end && is_counterpart(sent, c))
        .filter(|c| !aside::inside_aside(sent, from, c) && !aside::restates_names(sent, c))
    {
        let c = led_by(sent, c).unwrap_or(c);
        if !out.iter().any(|o| o.span == c.span) {
            out.push(c.clone());
        }
    }
    out
}

/// How far back from a name its dative may stand: "au ministre kazakh des
/// Affaires étrangères Mourat Nourtleou" puts six words of title between.
const DATIVE_REACH: usize = 8;

/// Whether `c` is the one handed something: "à", "au" or "aux" opens its
/// noun phrase (title words may stand between), with no other actor in
/// between.
fn handed_to(sent: &Sentence, c: &Cand) -> bool {
    let from = c.start.saturating_sub(DATIVE_REACH);
    for i in (from..c.start).rev() {
        if sent.is(i, DATIVES) {
            return true;
        }
        let other_actor = sent
            .cands
            .iter()
            .any(|o| o.end == i + 1 && !o.demonym && o.is_person_like());
        if other_actor || sent.is(i, &[";", ":", "par", "de", "du", "des"]) && i + 1 == c.start {
            return false;
        }
    }
    false
}

/// The object pronoun `lui` right before a trigger ("Il lui a transmis",
/// "lui a décerné"), an adverb allowed between.
fn lui_before<'s>(sent: &'s Sentence, m: &TriggerMatch<'_>) -> Option<&'s Cand> {
    sent.cands.iter().find(|c| {
        c.kind == CandKind::Pronoun
            && sent.is(c.start, &["lui"])
            && (c.end == m.start || c.end + 1 == m.start)
    })
}

/// How far into a group phrase "menée par" may stand: "une délégation
/// parlementaire menée par" puts the group's noun and an adjective first,
/// "une délégation du Parti communiste chinois conduite par" its body.
const LED_BY_REACH: usize = 9;

/// "une délégation menée par le chef du groupe d'amitié, Samil Ayrim": the
/// one who leads a group named as a counterpart stands for it.
fn led_by<'s>(sent: &'s Sentence, group: &Cand) -> Option<&'s Cand> {
    if group.kind != CandKind::Group {
        return None;
    }
    let par = (group.start..group.end.min(group.start + LED_BY_REACH)).find(|&i| {
        sent.is(i, &["par"])
            && i > 0
            && sent.is(
                i - 1,
                &[
                    "menee", "mene", "conduite", "conduit", "dirigee", "dirige", "emmenee",
                ],
            )
    })?;
    // The leader is the first person named after "par", inside the group
    // phrase or in apposition right after it; else the leader's title
    // ("le chef du groupe d'amitié"), for the discourse to resolve.
    let after_par = |c: &&Cand| c.start > par && c.start <= group.end + 1;
    sent.cands
        .iter()
        .filter(after_par)
        .find(|c| c.kind == CandKind::Named(EntityKind::Person))
        .or_else(|| {
            sent.cands
                .iter()
                .filter(after_par)
                .find(|c| c.kind == CandKind::Description)
        })
}

/// One trigger where arguments are looked for: its sentence, the match,
/// where the next trigger starts and the previous trigger with its subject.
pub(crate) struct Site<'a, 'l> {
    sent: &'a Sentence,
    m: &'a TriggerMatch<'l>,
    next_trigger: usize,
    previous: Option<(usize, &'a Cand)>,
}

impl Site<'_, '_> {
    /// End (exclusive) of what this trigger may take: the sentence or the
    /// next trigger.
    fn limit(&self) -> usize {
        self.sent.tokens.len().min(self.next_trigger)
    }
}

/// The arguments of trigger `m` in `sent`.
pub(crate) fn attach(
    sent: &Sentence,
    m: &TriggerMatch<'_>,
    next_trigger: usize,
    previous: Option<(usize, &Cand)>,
) -> Args {
    let site = Site {
        sent,
        m,
        next_trigger,
        previous,
    };
    let mut args = Args {
        clause_start: clause_start(sent, m.start),
        ..Args::default()
    };
    match m.trigger.frame {
        Frame::SubjObj | Frame::SubjAvec => exchange::subject_object(&site, &mut args),
        Frame::Passive => exchange::passive(&site, &mut args),
        Frame::Pair => exchange::pair(&site, &mut args),
        Frame::SubjDest => journey::subject_destination(&site, &mut args),
        Frame::VisitNoun => journey::visit_noun(&site, &mut args),
        Frame::SubjOnly => journey::subject_only(&site, &mut args),
        Frame::Visitor => {}
        Frame::Guests => presence::guests(&site, &mut args),
        Frame::Conveyed => invitation::conveyed(&site, &mut args),
        Frame::Invite => invitation::invite(&site, &mut args),
        Frame::InvitedBy | Frame::AcceptInvite => invitation::invited_by(&site, &mut args),
        Frame::Award => award::award(&site, &mut args),
        Frame::AwardPassive => award::award_passive(&site, &mut args),
    }
    // A segment keeps every trigger's arguments until its events are built,
    // and a vector's first allocation holds four candidates where one or
    // two are the rule: on a long segment the spare room outweighed the
    // text.
    args.sources.shrink_to_fit();
    args.targets.shrink_to_fit();
    args.destinations.shrink_to_fit();
    args
}

/// People and groups who may receive what a trigger gives (a decoration,
/// an invitation): from the word after the trigger's first up to the end
/// of its objects, or `reach` tokens past it when that is further. "a
/// remis au président X l'ordre": the one handed the decoration may stand
/// between the verb and the decoration.
fn recipients<'s>(site: &Site<'s, '_>, reach: usize) -> Vec<&'s Cand> {
    let (sent, m) = (site.sent, site.m);
    let end = object_end(sent, m.end, site.next_trigger).max((m.end + reach).min(site.limit()));
    let from = m.start + 1;
    sent.cands
        .iter()
        .filter(|c| c.start >= from && c.end <= end && !c.demonym)
        .filter(|c| c.is_person_like() || c.kind == CandKind::Group)
        // "l'Ordre de Sahametrei, classe Moha Sena": a class, not a person.
        .filter(|c| !(c.start >= 1 && sent.is(c.start - 1, &["classe"])))
        .collect()
}

/// The chosen recipients, else the one `lui` stands for ("le président lui
/// a décerné la médaille").
fn targets_or_lui(site: &Site<'_, '_>, chosen: Vec<&Cand>) -> Vec<Cand> {
    if chosen.is_empty() {
        lui_before(site.sent, site.m).cloned().into_iter().collect()
    } else {
        chosen.into_iter().cloned().collect()
    }
}
