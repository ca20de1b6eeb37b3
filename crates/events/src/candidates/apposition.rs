//! Names and the roles around them: a description right before a name
//! describes it; a role in apposition after an unknown name gives its
//! country.

use crate::analysis::{Cand, CandKind, Sentence, ARTICLES, COMPLEMENT_MARKERS};
use crate::grammar::FRAME_OPENERS;
use depeche_names::{shared, EntityKind, Registry};
use std::sync::Arc;

/// `Ingo Karsten, ambassadeur de l'Allemagne au Cambodge`: a person the
/// registry does not know takes the country of the role in apposition.
pub(super) fn country_from_apposition(sent: &Sentence, cands: &mut [Cand], registry: &Registry) {
    const WINDOW: usize = 8;
    let found: Vec<(usize, Arc<str>)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == CandKind::Named(EntityKind::Person) && c.country.is_none())
        .filter(|(_, c)| sent.is(c.end, &[","]))
        .filter_map(|(k, c)| {
            // "les ambassadeurs du Cambodge, X, de la Suisse, Y": in a list
            // naming the country first, the name's country is the one
            // before it, not the next one.
            if let Some(country) = listed_country_before(sent, cands, c.start) {
                return Some((k, country));
            }
            let from = c.end + 1;
            // "X, et le ministre italien Y": the next conjunct's role.
            if sent.is(from, &["et", "ou", "ainsi"]) {
                return None;
            }
            let to = (from + WINDOW).min(sent.tokens.len());
            // "X, en visite au Vietnam": where a person is, is not whom
            // they represent.
            let stop = (from..to)
                .find(|&i| {
                    sent.is(i, APPOSITION_STOPS)
                        || sent.word(i).starts_with("sejourn")
                        || sent.word(i).starts_with("arrive")
                })
                .unwrap_or(to);
            let by_name = cands
                .iter()
                .find(|o| {
                    o.start >= from
                        && o.end <= stop
                        && matches!(o.kind, CandKind::Named(EntityKind::Country))
                        && !o.demonym
                })
                .and_then(|o| o.country.clone());
            let country = by_name.or_else(|| {
                (from..stop).find_map(|i| {
                    registry
                        .country_of_demonym(sent.word(i))
                        .map(|e| shared(&e.id))
                })
            })?;
            Some((k, country))
        })
        .collect();
    for (k, country) in found {
        if let Some(c) = cands.get_mut(k) {
            c.country = Some(country);
        }
    }
}

/// Words that end a role in apposition: a clause stop, a verb, where
/// the person is rather than whom they represent ("en visite", "de
/// passage"), a relative clause about someone else ("X, que le président
/// tunisien a reçu").
const APPOSITION_STOPS: &[&str] = &[
    ",", ";", "a", "ont", "est", "visite", "passage", "que", "qu",
];

/// The country named right before a person and a comma, after a link
/// word ("du Cambodge, X"): the head of a country-first list item.
fn listed_country_before(sent: &Sentence, cands: &[Cand], start: usize) -> Option<Arc<str>> {
    let comma = start.checked_sub(1).filter(|&i| sent.is(i, &[","]))?;
    let country = cands
        .iter()
        .find(|o| o.end == comma && o.kind == CandKind::Named(EntityKind::Country) && !o.demonym)?;
    let mut i = country.start;
    if i > 0 && sent.is(i - 1, ARTICLES) {
        i -= 1;
    }
    let linked = i
        .checked_sub(1)
        .is_some_and(|p| sent.is(p, COMPLEMENT_MARKERS));
    linked.then(|| country.country.clone()).flatten()
}

/// A description followed in the same noun phrase by a name describes that
/// name: `le président du Sénat Maulen Ashimbayev`, `le président du
/// Mazhilis (Chambre basse) et président du Parti Amanat, Yerlan Koshanov`.
/// The phrase ends at a new determiner-led conjunct or a clause stop.
pub(super) fn drop_descriptions_of_named(sent: &Sentence, cands: &mut Vec<Cand>) {
    const MAX_GAP: usize = 14;
    let mut drop = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        if c.kind != CandKind::Description {
            continue;
        }
        // A group in a complement is part of the title ("ministre des
        // Affaires étrangères et de la Communauté nationale à l'étranger",
        // "le ministre italien des Entreprises, Adolfo Urso").
        let next_actor = cands.iter().skip(k + 1).find(|n| {
            n.start >= c.end
                && !(n.kind == CandKind::Group
                    && (n.complement || sent.is(n.start, &["de", "du", "des", "d"])))
                && matches!(
                    n.kind,
                    CandKind::Named(EntityKind::Person) | CandKind::Description | CandKind::Group
                )
        });
        let Some(next) = next_actor else { continue };
        if next.kind != CandKind::Named(EntityKind::Person) || next.start - c.end > MAX_GAP {
            continue;
        }
        let next_index = cands
            .iter()
            .position(|n| n.span == next.span && n.start == next.start);
        let broken =
            phrase_breaks(sent, c.end, next.start) || subject_after_frame(sent, c.end, next);
        if !broken {
            drop.push((k, next_index));
        }
    }
    for &(k, next) in &drop {
        let (Some(desc), Some(next)) = (cands.get(k).cloned(), next) else {
            continue;
        };
        if let Some(person) = cands.get_mut(next) {
            take_description(person, &desc);
        }
    }
    for (k, _) in drop.into_iter().rev() {
        cands.remove(k);
    }
}

/// The described person takes the description's country and role when
/// the registry does not know them ("le vice-ministre chinois, M. Zhao").
fn take_description(person: &mut Cand, desc: &Cand) {
    if person.country.is_none() {
        person.country = desc.country.clone();
    }
    if person.title.is_none() {
        person.title = desc.role.as_deref().filter(|r| *r != "*").map(shared);
    }
    // "son homologue turc, Hakan Fidan": who "son homologue" means
    // elsewhere in the dispatch.
    if desc.role.as_deref() == Some("*") {
        person.role = Some("*".to_string());
    }
}

/// Words that end a noun phrase before a name: a clause stop, a verb's
/// reflexive, a preposition opening an adjunct, a pronoun.
const PHRASE_BREAKS: &[&str] = &[
    ";", ":", "s", "se", "avec", "par", "pour", "qui", "que", "puis", "il", "elle", "ils", "elles",
    "avant", "apres",
];

/// Modal and motion verbs that open a verb group in the future: "Le
/// président gambien va rencontrer X", "doit recevoir X".
const MODALS: &[&str] = &[
    "va",
    "vont",
    "doit",
    "doivent",
    "devrait",
    "devraient",
    "compte",
    "comptent",
];

/// A verb in the future or the conditional ("rencontrera", "recevront",
/// "signerait"), or a modal opening one: "Le président gambien rencontrera
/// le Premier ministre X" describes no X — the verb stands between.
fn finite_future(sent: &Sentence, i: usize) -> bool {
    let lowercase = sent
        .tokens
        .get(i)
        .is_some_and(|t| !t.capitalized && !t.punct);
    // "le portrait", "un extrait", "pour le compte de": a noun, not a verb.
    let after_determiner = i
        .checked_sub(1)
        .is_some_and(|p| sent.is(p, crate::analysis::DETERMINERS));
    let w = sent.word(i);
    lowercase
        && !after_determiner
        && (sent.is(i, MODALS)
            || (w.len() > 6
                && [
                    "era", "eront", "erait", "eraient", "ira", "iront", "vra", "vront", "dra",
                    "dront", "rait", "ront",
                ]
                .iter()
                .any(|e| w.ends_with(e))))
}

/// Lowercase nouns that continue a ministry's name after "et des": "et
/// des Affaires étrangères", "et des Finances".
const MINISTRY_NOUNS: &[&str] = &["affaires", "finances", "relations"];

/// Words that open a new conjunct after "et", "ainsi" or a comma, a
/// coordinated dative included ("à son homologue et à la première dame",
/// "ainsi qu'à son épouse").
const CONJUNCT_OPENERS: &[&str] = &[
    "le", "la", "les", "l", "des", "son", "sa", "que", "qu", "a", "au", "aux",
];

/// "Lors de sa rencontre avec l'ambassadeur du Vietnam, Hun Manet a
/// salué …": in a sentence opening with a frame, a name after the frame's
/// comma and right before its verb is the main clause's subject, not the
/// description's holder (who would be closed by a second comma).
fn subject_after_frame(sent: &Sentence, from: usize, name: &Cand) -> bool {
    sent.is(0, FRAME_OPENERS)
        && (from..name.start).any(|i| sent.is(i, &[","]))
        && !(0..from).any(|i| sent.is(i, &[","]))
        && sent.is_auxiliary(name.end)
}

/// Whether the tokens `[from, to)` leave the noun phrase: an auxiliary, a
/// break word or a new determiner-led conjunct. `à` folds like the
/// auxiliary `a` but continues a title ("chargé des Marocains résidant à
/// l'étranger").
fn phrase_breaks(sent: &Sentence, from: usize, to: usize) -> bool {
    // "et des Finances", "et des Marocains résidant à l'étranger": a
    // capitalized complement continues the ministry's name.
    let ministry_continues = |det: usize| {
        sent.is(det, &["des"])
            && (sent.tokens.get(det + 1).is_some_and(|t| t.capitalized)
                || sent.is(det + 1, MINISTRY_NOUNS))
    };
    (from..to).any(|i| {
        sent.is_auxiliary(i)
            || finite_future(sent, i)
            || sent.is(i, PHRASE_BREAKS)
            || (sent.is(i, &["et", "ainsi", ","])
                && sent.is(i + 1, CONJUNCT_OPENERS)
                && !ministry_continues(i + 1))
    })
}
