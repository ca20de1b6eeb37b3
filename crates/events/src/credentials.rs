//! Presentation of credentials: one MEETING between the head of state who
//! receives them and each ambassador who presents them.
//!
//! Dispatches report the ceremony once ("a reçu les lettres de créance de
//! quatre nouveaux ambassadeurs") and list the ambassadors elsewhere ("X,
//! ambassadeur du Japon, Y, ambassadeur de Suède …" or "des diplomates du
//! Kazakhstan, de Chine, de Serbie …"). Event coders want one dyad per
//! ambassador, so the ceremony is spread over the list.

use crate::analysis::{Cand, CandKind, Sentence, ARTICLES};
use crate::coding::{cameo, plover};
use crate::discourse::{actor_of, country_actor, Discourse};
use crate::model::{Actor, Event, EventType, Evidence, Location, Role};
use crate::subtype::Subtype;
use depeche_names::EntityKind;

const SUBTYPE: Subtype = Subtype::Credentials;

/// Replace the ceremony's events by one per ambassador, when the segment
/// names them (by person or by country).
pub(crate) fn spread(events: &mut Vec<Event>, sentences: &[Sentence], d: &Discourse) {
    // The title announces the ceremony; the body dates it.
    let ceremonies = || events.iter().filter(|e| e.subtype == Some(SUBTYPE));
    let Some(mut ceremony) = ceremonies().next().cloned() else {
        return;
    };
    if let Some(dated) = ceremonies().find(|e| e.date.text.is_some()) {
        ceremony.date = dated.date.clone();
    }
    // "Les ambassadeurs … ont présenté leurs lettres de créance au président
    // X": the ceremony's subject may be an envoy; the receiver is the person
    // of the ceremony who is not among the envoys it lists.
    // The frame may have taken two envoys for the ceremony's sides; the
    // people its sentences name are then the receivers to try.
    let named_in_ceremony = sentences
        .iter()
        .filter(|s| ceremony.evidence.iter().any(|ev| ev.span == s.span))
        .flat_map(|s| s.cands.iter())
        .filter(|c| c.kind == CandKind::Named(EntityKind::Person))
        .map(|c| actor_of(c, Role::Source));
    let people: Vec<Actor> = ceremony
        .actors
        .iter()
        .filter(|a| a.kind == Some(EntityKind::Person))
        .cloned()
        .chain(d.main_actor())
        .chain(named_in_ceremony)
        .collect();
    let mut found = None;
    for receiver in people {
        let Some(host) = receiver.country.clone() else {
            continue;
        };
        let envoys = envoys_of(&ceremony, sentences, &host);
        let receiver_listed = receiver.key.is_some()
            && (envoys.iter().any(|(a, _)| a.key == receiver.key)
                || paired_with_a_country(sentences, receiver.key.as_deref()));
        if envoys.len() >= 2 && !receiver_listed {
            found = Some((receiver, host, envoys));
            break;
        }
    }
    let Some((receiver, host, envoys)) = found else {
        return;
    };
    events.retain(|e| e.subtype != Some(SUBTYPE));
    for (envoy, sent) in envoys {
        let mut source = receiver.clone();
        source.role = Role::Source;
        events.push(Event {
            kind: EventType::Meeting,
            subtype: Some(SUBTYPE),
            status: ceremony.status,
            background: ceremony.background,
            cameo: cameo(EventType::Meeting, SUBTYPE).map(str::to_string),
            plover: plover(EventType::Meeting, SUBTYPE, ceremony.status),
            actors: vec![source, envoy],
            location: Some(Location {
                text: host.clone(),
                entity: Some(host.clone()),
                country: Some(host.clone()),
            }),
            date: ceremony.date.clone(),
            evidence: vec![Evidence {
                text: sent.original.clone(),
                span: sent.span,
            }],
            rule: "meeting.credentials_of_each_ambassador".to_string(),
        });
    }
}

/// The ambassadors a dispatch lists for a ceremony held by someone of
/// `host`: people titled as ambassadors, else people paired with foreign
/// countries, else the foreign countries themselves.
fn envoys_of<'s>(
    ceremony: &Event,
    sentences: &'s [Sentence],
    host: &str,
) -> Vec<(Actor, &'s Sentence)> {
    let mut envoys: Vec<(Actor, &Sentence)> = Vec::new();
    for sent in sentences {
        for c in &sent.cands {
            let is_envoy = c.kind == CandKind::Named(EntityKind::Person)
                && c.title.as_deref().is_some_and(|t| t.contains("ambassad"))
                && c.country.as_deref().is_some_and(|country| country != host);
            if is_envoy
                && !envoys
                    .iter()
                    .any(|(a, _)| a.key.as_deref() == Some(c.key.as_str()))
            {
                envoys.push((actor_of(c, Role::Target), sent));
            }
        }
    }
    // One ambassador titled as such may be another story of the dispatch
    // (a farewell audience): a list naming more wins.
    if envoys.len() < 2 {
        let listed = people_listed(sentences, host);
        if listed.len() > envoys.len() {
            envoys = listed;
        }
    }
    if envoys.len() < 2 {
        let listed = countries_listed(ceremony, sentences, host);
        if listed.len() > envoys.len() {
            envoys = listed;
        }
    }
    envoys
}

/// The country a candidate names, when it is named (not a demonym) and is
/// not the host's.
fn foreign_country<'c>(c: &'c Cand, host: &str) -> Option<&'c str> {
    let country = c.country.as_deref()?;
    (c.kind == CandKind::Named(EntityKind::Country) && !c.demonym && country != host)
        .then_some(country)
}

/// Words that tie a listed diplomat to the country they represent:
/// "X de l'Allemagne", "Y du Japon", "Z pour la Suède".
const ENVOY_LINKS: &[&str] = &["de", "du", "des", "d", "pour"];

/// "Il s'agit de X de l'Allemagne, Y du Japon et Z de la Palestine" or "Ont
/// été accrédités X pour l'Iran, Y pour l'Italie": a sentence that pairs at
/// least two people with foreign countries lists the ambassadors even when
/// no title says so. Lists come in two orders — the person before the
/// country ("X du Japon, Y de la Suède") or the country first ("les
/// ambassadeurs du Japon, X, de la Suède, Y"); reading one order as the
/// other shifts every name onto the next country, so each sentence is read
/// both ways and the reading that pairs more people wins.
///
/// The first such sentence is the list; a later one is a second list (two
/// ceremonies told in one dispatch) only when it speaks of envoys itself.
fn people_listed<'s>(sentences: &'s [Sentence], host: &str) -> Vec<(Actor, &'s Sentence)> {
    let mut out: Vec<(Actor, &Sentence)> = Vec::new();
    for sent in sentences {
        let person_first = pairs_in(sent, host, ListOrder::PersonFirst);
        let country_first = pairs_in(sent, host, ListOrder::CountryFirst);
        let pairs = if country_first.len() > person_first.len() {
            country_first
        } else {
            person_first
        };
        if pairs.len() < 2 || (!out.is_empty() && !speaks_of_envoys(sent)) {
            continue;
        }
        for (envoy, s) in pairs {
            if !out.iter().any(|(a, _)| a.key == envoy.key) {
                out.push((envoy, s));
            }
        }
    }
    out
}

/// Whether any sentence lists the person with key `key` with a country, in
/// either list order: such a person is an envoy, never the one who receives
/// them (whatever country the list gives them: no host is left out).
fn paired_with_a_country(sentences: &[Sentence], key: Option<&str>) -> bool {
    sentences.iter().any(|sent| {
        [ListOrder::PersonFirst, ListOrder::CountryFirst]
            .into_iter()
            .flat_map(|order| pairs_in(sent, "", order))
            .any(|(a, _)| a.key.as_deref() == key)
    })
}

/// Whether a sentence names ambassadors or their credentials.
fn speaks_of_envoys(sent: &Sentence) -> bool {
    sent.tokens
        .words()
        .any(|w| w.starts_with("ambassad") || w.starts_with("diplomate") || w == "creance")
}

/// The two orders in which a list pairs ambassadors with their countries.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ListOrder {
    /// "X du Japon, Y de la Suède"
    PersonFirst,
    /// "du Japon, S.E. X, de la Suède, Mme Y"
    CountryFirst,
}

/// Honorifics that may stand between a listed country's comma and its
/// ambassador's name ("du Japon, S.E. Kenji Sato", "de la Norvège, Mme …").
const HONORIFICS: &[&str] = &[
    "s",
    "e",
    ".",
    "se",
    "son",
    "excellence",
    "m",
    "mme",
    "mlle",
    "madame",
    "monsieur",
];

/// How many honorific tokens may stand between the comma and the name:
/// "Son Excellence Madame" is the longest form in use.
const MAX_HONORIFIC_TOKENS: usize = 4;

fn pairs_in<'s>(sent: &'s Sentence, host: &str, order: ListOrder) -> Vec<(Actor, &'s Sentence)> {
    let mut pairs: Vec<(Actor, &Sentence)> = Vec::new();
    for c in &sent.cands {
        let Some(country) = foreign_country(c, host) else {
            continue;
        };
        // Walk back over the article and the link word.
        let mut i = c.start;
        if i > 0 && sent.is(i - 1, ARTICLES) {
            i -= 1;
        }
        if i == 0 || !sent.is(i - 1, ENVOY_LINKS) {
            continue;
        }
        let person = match order {
            ListOrder::PersonFirst => {
                let link = i - 1;
                sent.cands
                    .iter()
                    .find(|p| p.end == link && p.kind == CandKind::Named(EntityKind::Person))
            }
            ListOrder::CountryFirst => person_after_comma(sent, c.end),
        };
        let Some(person) = person else {
            continue;
        };
        if pairs
            .iter()
            .any(|(a, _)| a.key.as_deref() == Some(person.key.as_str()))
        {
            continue;
        }
        let mut envoy = actor_of(person, Role::Target);
        envoy.country = Some(country.to_string());
        pairs.push((envoy, sent));
    }
    pairs
}

/// The person named right after `end`, a comma and optional honorifics.
fn person_after_comma(sent: &Sentence, end: usize) -> Option<&Cand> {
    if !sent.is(end, &[","]) {
        return None;
    }
    let mut k = end + 1;
    let limit = k + MAX_HONORIFIC_TOKENS;
    loop {
        if let Some(p) = sent
            .cands
            .iter()
            .find(|p| p.start == k && p.kind == CandKind::Named(EntityKind::Person))
        {
            return Some(p);
        }
        if k >= limit || !sent.is(k, HONORIFICS) {
            return None;
        }
        k += 1;
    }
}

/// "des diplomates du Kazakhstan, de Chine, de Serbie …": the countries
/// named in the ceremony's sentence and the next, each as a group actor.
fn countries_listed<'s>(
    ceremony: &Event,
    sentences: &'s [Sentence],
    host: &str,
) -> Vec<(Actor, &'s Sentence)> {
    let Some(first) = ceremony
        .evidence
        .iter()
        .filter_map(|ev| sentences.iter().position(|s| s.span == ev.span))
        .min()
    else {
        return Vec::new();
    };
    let mut out: Vec<(Actor, &Sentence)> = Vec::new();
    for sent in sentences.iter().skip(first).take(2) {
        if !speaks_of_envoys(sent) {
            continue;
        }
        for c in &sent.cands {
            let Some(country) = foreign_country(c, host) else {
                continue;
            };
            if out
                .iter()
                .any(|(a, _)| a.country.as_deref() == Some(country))
            {
                continue;
            }
            let mut envoy = country_actor(country, Role::Target);
            envoy.kind = None;
            envoy.entity = None;
            envoy.group = true;
            envoy.text = format!("ambassadeur ({})", c.text);
            out.push((envoy, sent));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{EventType, Extractor};
    use depeche_names::Registry;

    #[test]
    fn each_ambassador_named_gets_a_meeting() {
        let text = "Abidjan, 5 mars (AIP) - Le président Alassane Ouattara a reçu mercredi les \
                    lettres de créance de trois nouveaux ambassadeurs.\n\nIl s'agit de Kenji \
                    Sato, ambassadeur du Japon, de Lena Berg, ambassadrice de Suède, et de Paolo \
                    Rossi, ambassadeur d'Italie.\n";
        let segments = Extractor::new(Registry::embedded())
            .extract(text)
            .unwrap_or_default();
        let meetings: Vec<_> = segments
            .iter()
            .flat_map(|s| &s.events)
            .filter(|e| e.kind == EventType::Meeting)
            .collect();
        let mut countries: Vec<_> = meetings
            .iter()
            .filter_map(|e| {
                e.actors
                    .iter()
                    .find(|a| a.role == crate::Role::Target)?
                    .country
                    .clone()
            })
            .collect();
        countries.sort();
        assert_eq!(countries, ["ITA", "JPN", "SWE"], "{meetings:#?}");
    }

    fn envoys(text: &str) -> Vec<(String, String)> {
        let segments = Extractor::new(Registry::embedded())
            .extract(text)
            .unwrap_or_default();
        let mut out: Vec<(String, String)> = segments
            .iter()
            .flat_map(|s| &s.events)
            .filter(|e| e.subtype == Some(crate::Subtype::Credentials))
            .filter_map(|e| {
                let t = e.actors.iter().find(|a| a.role == crate::Role::Target)?;
                Some((t.text.clone(), t.country.clone()?))
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn people_paired_with_countries_are_the_ambassadors() {
        let listed_with_de = "Dakar, 4 avril (APS) - Le président Bassirou Diomaye Faye a reçu \
                              jeudi les lettres de créance de trois nouveaux ambassadeurs.\n\n\
                              Il s'agit de Kenji Sato du Japon, de Lena Berg de la Suède et de \
                              Paolo Rossi de l'Italie.\n";
        assert_eq!(
            envoys(listed_with_de),
            [
                ("Kenji Sato".to_string(), "JPN".to_string()),
                ("Lena Berg".to_string(), "SWE".to_string()),
                ("Paolo Rossi".to_string(), "ITA".to_string()),
            ]
        );
        let listed_with_pour = "Dakar, 4 avril (APS) - Le président Bassirou Diomaye Faye a \
                                reçu jeudi les lettres de créance de deux ambassadeurs.\n\n\
                                Ont été accrédités Kenji Sato pour le Japon et Lena Berg pour \
                                la Suède.\n";
        assert_eq!(
            envoys(listed_with_pour),
            [
                ("Kenji Sato".to_string(), "JPN".to_string()),
                ("Lena Berg".to_string(), "SWE".to_string()),
            ]
        );
    }

    #[test]
    fn countries_listed_stand_for_their_ambassadors() {
        let text = "Minsk, 2 juin (BelTA) - Le président Alexandre Loukachenko a reçu les lettres \
                    de créance des ambassadeurs du Kazakhstan, de Chine et de Serbie.\n";
        let segments = Extractor::new(Registry::embedded())
            .extract(text)
            .unwrap_or_default();
        let n = segments
            .iter()
            .flat_map(|s| &s.events)
            .filter(|e| e.kind == EventType::Meeting)
            .count();
        assert_eq!(n, 3);
    }
}
