//! Presentation of credentials: one MEETING between the head of state who
//! receives them and each ambassador who presents them.
//!
//! Dispatches report the ceremony once ("a reçu les lettres de créance de
//! quatre nouveaux ambassadeurs") and list the ambassadors elsewhere ("X,
//! ambassadeur du Japon, Y, ambassadeur de Suède …" or "des diplomates du
//! Kazakhstan, de Chine, de Serbie …"). Event coders want one dyad per
//! ambassador, so the ceremony is spread over the list.

use crate::analysis::{Cand, CandKind, Sentence};
use crate::coding::{cameo, plover};
use crate::discourse::{actor_of, country_actor, Discourse};
use crate::model::{Actor, Event, EventType, Evidence, Location, Role};
use depeche_names::EntityKind;

const SUBTYPE: &str = "credentials";

/// Replace the ceremony's events by one per ambassador, when the segment
/// names them (by person or by country).
pub(crate) fn spread(events: &mut Vec<Event>, sentences: &[Sentence], d: &Discourse) {
    // The title announces the ceremony; the body dates it.
    let ceremonies = || {
        events
            .iter()
            .filter(|e| e.subtype.as_deref() == Some(SUBTYPE))
    };
    let Some(mut ceremony) = ceremonies().next().cloned() else {
        return;
    };
    if let Some(dated) = ceremonies().find(|e| e.date.text.is_some()) {
        ceremony.date = dated.date.clone();
    }
    let receiver = ceremony
        .actors
        .iter()
        .find(|a| a.role == Role::Source && a.kind == Some(EntityKind::Person))
        .cloned()
        .or_else(|| d.main_actor());
    let Some(receiver) = receiver else { return };
    let Some(host) = receiver.country.clone() else {
        return;
    };
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
        let listed = people_listed(sentences, &host);
        if listed.len() > envoys.len() {
            envoys = listed;
        }
    }
    if envoys.len() < 2 {
        let listed = countries_listed(&ceremony, sentences, &host);
        if listed.len() > envoys.len() {
            envoys = listed;
        }
    }
    if envoys.len() < 2 {
        return;
    }
    events.retain(|e| e.subtype.as_deref() != Some(SUBTYPE));
    for (envoy, sent) in envoys {
        let mut source = receiver.clone();
        source.role = Role::Source;
        events.push(Event {
            kind: EventType::Meeting,
            subtype: Some(SUBTYPE.to_string()),
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
const ARTICLES: &[&str] = &["la", "le", "l", "les"];

/// "Il s'agit de X de l'Allemagne, Y du Japon et Z de la Palestine" or "Ont
/// été accrédités X pour l'Iran, Y pour l'Italie": a sentence that pairs at
/// least two people with foreign countries lists the ambassadors even when
/// no title says so.
fn people_listed<'s>(sentences: &'s [Sentence], host: &str) -> Vec<(Actor, &'s Sentence)> {
    for sent in sentences {
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
            let link = i - 1;
            let Some(person) = sent
                .cands
                .iter()
                .find(|p| p.end == link && p.kind == CandKind::Named(EntityKind::Person))
            else {
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
        if pairs.len() >= 2 {
            return pairs;
        }
    }
    Vec::new()
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
        if !sent.tokens.iter().any(|t| {
            matches!(
                t.folded.as_str(),
                "ambassadeurs" | "diplomates" | "ambassadeur" | "creance"
            )
        }) {
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
            .filter(|e| e.subtype.as_deref() == Some("credentials"))
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
