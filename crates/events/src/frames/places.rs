//! Where a journey goes: the countries and places after a trigger, inside
//! it, or before the relative "où".

use super::OBJECT_STOPS;
use crate::analysis::{Cand, CandKind, Sentence};
use depeche_names::EntityKind;

/// Verbs of a relative clause that only says where a journey goes: "une
/// tournée qui le mènera au Ghana", "qui l'a conduit en Inde".
const LEADING_VERBS: &[&str] = &[
    "menera",
    "meneront",
    "mene",
    "menee",
    "menes",
    "conduira",
    "conduiront",
    "conduit",
    "conduite",
    "conduits",
    "amenera",
    "ameneront",
    "amene",
    "emmenera",
    "emmene",
];

/// How far after "qui" a leading verb may stand: an object pronoun and an
/// auxiliary come between ("qui l'a conduit").
const LEADING_VERB_REACH: usize = 5;

/// How far back from a trigger the relative "où" may stand: "où il est en
/// visite" puts a pronoun and a verb between.
const OU_REACH: usize = 4;

/// Words that introduce a destination right before its name.
const DESTINATION_MARKERS: &[&str] = &["a", "au", "aux", "en", "l", "dans", "vers", "pour", "est"];

fn is_place(c: &Cand) -> bool {
    matches!(
        c.kind,
        CandKind::Named(EntityKind::Country | EntityKind::Place)
    )
}

/// "depuis Bamako, où il est en visite": the place the relative `où`
/// refers to.
pub(crate) fn place_before_ou(sent: &Sentence, start: usize) -> Vec<Cand> {
    let Some(ou) = (start.saturating_sub(OU_REACH)..start)
        .rev()
        .find(|&i| sent.is(i, &["ou"]))
    else {
        return Vec::new();
    };
    sent.cands
        .iter()
        .filter(|c| c.end + 2 >= ou && c.end <= ou && is_place(c))
        .cloned()
        .collect()
}

/// The country or place named at token `at`.
pub(crate) fn place_at(sent: &Sentence, at: usize) -> Option<Cand> {
    sent.cands
        .iter()
        .find(|c| c.start == at && is_place(c))
        .cloned()
}

/// Whether the "qui" at token `i` opens a clause saying where the journey
/// leads: its places are still the destinations.
fn leads_on(sent: &Sentence, i: usize) -> bool {
    sent.is(i, &["qui"])
        && (i + 1..(i + LEADING_VERB_REACH).min(sent.tokens.len()))
            .any(|j| sent.is(j, LEADING_VERBS))
}

/// The places named as destinations from token `from` to the end of the
/// clause or the next trigger.
pub(crate) fn places_after(sent: &Sentence, from: usize, next_trigger: usize) -> Vec<Cand> {
    // "La prochaine destination … est l'Azerbaïdjan": a verb may come first.
    let n = sent.tokens.len().min(next_trigger);
    // "a affirmé depuis Bamako, où il est en visite, que l'Algérie …": a
    // completive clause says something else (a relative one, "la visite
    // qu'il effectue en Turquie", does not).
    let end = (from..n)
        .find(|&i| {
            (sent.is(i, OBJECT_STOPS)
                && !leads_on(sent, i)
                && !crate::tokens::is_clock_colon(&sent.tokens, i))
                || (sent.is(i, &["que", "qu"]) && i > 0 && sent.is(i - 1, &[","]))
        })
        .unwrap_or(n);
    sent.cands
        .iter()
        .filter(|c| c.start >= from && c.end <= end)
        .filter(|c| is_place(c))
        .filter(|c| introduced_as_destination(sent, c.start))
        .cloned()
        .collect()
}

/// Nouns of the place of an arrival named after its city: "à l'aéroport
/// international de Tripoli".
const ARRIVAL_VENUES: &[&str] = &["aeroport", "aerodrome", "aerogare"];

/// How far back from a city's "de" its arrival venue may stand: an
/// adjective may come between ("l'aéroport international de").
const VENUE_REACH: usize = 3;

/// Whether the name at token `start` is the city of an arrival venue:
/// "est arrivé à l'aéroport international de Berne".
fn city_of_a_venue(sent: &Sentence, start: usize) -> bool {
    start > 1
        && sent.is(start - 1, &["de", "d"])
        && (start.saturating_sub(1 + VENUE_REACH)..start - 1).any(|k| sent.is(k, ARRIVAL_VENUES))
}

/// Whether the name at token `start` is introduced as a destination: "au
/// Mali", "à destination de Rabat", "s'envolera vers le Nigeria".
fn introduced_as_destination(sent: &Sentence, start: usize) -> bool {
    start > 0
        && (sent.is(start - 1, DESTINATION_MARKERS)
            || city_of_a_venue(sent, start)
            || (start > 1 && sent.is(start - 1, &["de"]) && sent.is(start - 2, &["destination"]))
            || (start > 1
                && sent.is(start - 1, &["le", "la", "les"])
                && sent.is(start - 2, &["vers"]))
            || capital_by_demonym(sent, start))
}

/// "dans la capitale salomonaise", "à la capitale ivoirienne": the capital
/// named by its country's demonym is a destination in that country.
fn capital_by_demonym(sent: &Sentence, start: usize) -> bool {
    let demonym = sent.cands.iter().any(|c| c.start == start && c.demonym);
    demonym
        && start > 2
        && sent.is(start - 1, &["capitale"])
        && sent.is(start - 2, &["la", "l"])
        && sent.is(start - 3, &["a", "dans", "vers", "pour"])
}
