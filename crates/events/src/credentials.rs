//! Presentation of credentials: one MEETING between the head of state who
//! receives them and each ambassador who presents them.
//!
//! Dispatches report the ceremony once ("a reçu les lettres de créance de
//! quatre nouveaux ambassadeurs") and list the ambassadors elsewhere ("X,
//! ambassadeur du Japon, Y, ambassadeur de Suède …" or "des diplomates du
//! Kazakhstan, de Chine, de Serbie …"). Event coders want one dyad per
//! ambassador, so the ceremony is spread over the list.

use crate::analysis::{Cand, CandKind, Sentence, SentenceIndex};
use crate::coding::{cameo, plover};
use crate::discourse::{actor_of, country_actor, identity, Discourse};
use crate::envoys::{
    names_an_envoy, names_credentials, paired_with_a_sender, people_listed, speaks_of_envoys,
    tells_farewell, Listed,
};
use crate::model::{Actor, Event, EventType, Evidence, Location, Role, Status};
use crate::subtype::Subtype;
use depeche_names::shared;
use depeche_names::EntityKind;

const SUBTYPE: Subtype = Subtype::Credentials;

/// Replace the ceremony's events by one per ambassador, when the segment
/// names them (by person or by country). `dateline_host` is the country of
/// the dateline's place: the receiving state when the head of state is
/// named only by office ("le chef de l'Etat").
pub(crate) fn spread(
    events: &mut Vec<Event>,
    sentences: &[Sentence],
    d: &Discourse,
    dateline_host: Option<&str>,
) {
    let index = SentenceIndex::new(sentences);
    // "a reçu les nouveaux ambassadeurs …, venus lui présenter leurs
    // lettres de créance": a reception may tell the ceremony.
    let told_at_ceremony = |e: &Event| {
        e.kind == EventType::Meeting
            && index
                .of(e)
                .and_then(|i| sentences.get(i))
                .is_some_and(|s| names_credentials(s) && !tells_farewell(s))
    };
    let Some(mut ceremony) = ceremony_of(events, &told_at_ceremony) else {
        return;
    };
    // The title announces the ceremony; the body dates it.
    if let Some(dated) = events
        .iter()
        .filter(|e| e.subtype == Some(SUBTYPE))
        .find(|e| e.date.text.is_some())
    {
        ceremony.date = dated.date.clone();
    }
    let Some((receiver, host, envoys)) =
        receiver_and_envoys(&ceremony, sentences, d, dateline_host)
    else {
        return;
    };
    let told = |e: &Event| {
        e.subtype == Some(SUBTYPE) || told_at_ceremony(e) && only_these(e, &receiver, &envoys)
    };
    // The meetings stand where the ceremony was told: a later exchange with
    // the same envoy ("Ensuite, le président s'est entretenu avec
    // l'ambassadeur") is then folded into the ceremony, not the reverse.
    let at = events.iter().position(told).unwrap_or(events.len());
    events.retain(|e| !told(e));
    let at = at.min(events.len());
    let meetings = envoys
        .into_iter()
        .map(|(envoy, sent)| meeting(&ceremony, &receiver, envoy, &host, sent));
    events.splice(at..at, meetings);
}

/// The event that tells the ceremony: a presentation of credentials told
/// as done, else any, else a meeting told at the ceremony.
fn ceremony_of(events: &[Event], told_at_ceremony: &impl Fn(&Event) -> bool) -> Option<Event> {
    let ceremonies = || events.iter().filter(|e| e.subtype == Some(SUBTYPE));
    ceremonies()
        .find(|e| e.status == Status::Occurred)
        .or_else(|| ceremonies().next())
        .or_else(|| events.iter().find(|e| told_at_ceremony(e)))
        .cloned()
}

/// The head of state who receives the envoys, their country and the
/// envoys. "Les ambassadeurs … ont présenté leurs lettres de créance au
/// président X": the ceremony's subject may be an envoy; the receiver is
/// the person of the ceremony who is not among the envoys it lists. The
/// frame may have taken two envoys for the ceremony's sides; the people
/// its sentences name are then the receivers to try, and last the head of
/// state named only by office.
fn receiver_and_envoys<'s>(
    ceremony: &Event,
    sentences: &'s [Sentence],
    d: &Discourse,
    dateline_host: Option<&str>,
) -> Option<(Actor, String, Vec<Listed<'s>>)> {
    let at_ceremony = || {
        sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| names_credentials(s) && !tells_farewell(s))
    };
    let named = at_ceremony()
        .flat_map(|(_, s)| s.cands.iter())
        .filter(|c| c.kind == CandKind::Named(EntityKind::Person))
        .map(|c| actor_of(c, Role::Source));
    let by_office = at_ceremony()
        .flat_map(|(si, s)| s.cands.iter().map(move |c| (si, c)))
        .filter(|(_, c)| c.kind == CandKind::Description)
        .flat_map(|(si, c)| d.resolve(c, si, Role::Source))
        .map(|mut a| {
            a.country = a.country.or_else(|| dateline_host.map(shared));
            a
        });
    let candidates = ceremony
        .actors
        .iter()
        .filter(|a| a.kind == Some(EntityKind::Person) && a.key.is_some())
        .cloned()
        .chain(d.main_actor())
        .chain(named)
        .chain(by_office)
        .filter(|a| !is_envoy(a));
    for receiver in candidates {
        let Some(host) = receiver.country.as_deref().map(str::to_string) else {
            continue;
        };
        let (envoys, paired) = envoys_of(ceremony, sentences, &host);
        let listed = receiver.key.is_some()
            && (envoys.iter().any(|(a, _)| a.key == receiver.key)
                || paired_with_a_sender(sentences, receiver.key.as_deref()));
        // One envoy paired with a state is enough; countries alone must
        // be a list.
        let needed = if paired { 1 } else { 2 };
        if envoys.len() >= needed && !listed {
            return Some((receiver, host, envoys));
        }
    }
    None
}

/// Whether an actor is titled or described as an envoy.
fn is_envoy(a: &Actor) -> bool {
    a.title.as_deref().is_some_and(names_an_envoy) || names_an_envoy(&a.text)
}

/// Whether every actor of `e` is the receiver or one of the envoys (by
/// name, or by country for an envoy named by country only).
fn only_these(e: &Event, receiver: &Actor, envoys: &[Listed]) -> bool {
    let receiver = identity(receiver);
    e.actors.iter().all(|a| {
        identity(a) == receiver
            || envoys.iter().any(|(v, _)| {
                (a.key.is_some() && a.key == v.key)
                    || (a.key.is_none() && a.country.is_some() && a.country == v.country)
            })
    })
}

/// The meeting of `receiver` with one envoy at the ceremony.
fn meeting(ceremony: &Event, receiver: &Actor, envoy: Actor, host: &str, sent: &Sentence) -> Event {
    let mut source = receiver.clone();
    source.role = Role::Source;
    Event {
        kind: EventType::Meeting,
        subtype: Some(SUBTYPE),
        status: ceremony.status,
        background: ceremony.background,
        cameo: cameo(EventType::Meeting, SUBTYPE).map(str::to_string),
        plover: plover(EventType::Meeting, SUBTYPE, ceremony.status),
        actors: vec![source, envoy],
        location: Some(Location {
            text: host.to_string(),
            entity: Some(shared(host)),
            country: Some(shared(host)),
        }),
        date: ceremony.date.clone(),
        evidence: vec![Evidence {
            text: sent.original().to_string(),
            span: sent.span,
        }],
        rule: "meeting.credentials_of_each_ambassador".to_string(),
    }
}

/// The ambassadors a dispatch lists for a ceremony held by someone of
/// `host`, and whether they are people paired with the state they serve:
/// people listed with their states, else people titled as ambassadors,
/// else the foreign countries themselves.
fn envoys_of<'s>(
    ceremony: &Event,
    sentences: &'s [Sentence],
    host: &str,
) -> (Vec<Listed<'s>>, bool) {
    let listed = people_listed(sentences, host);
    if !listed.is_empty() {
        return (listed, true);
    }
    let mut envoys: Vec<Listed> = Vec::new();
    for sent in sentences {
        for c in &sent.cands {
            let is_envoy = c.kind == CandKind::Named(EntityKind::Person)
                && c.title.as_deref().is_some_and(|t| t.contains("ambassad"))
                && c.country.as_deref().is_some_and(|country| country != host);
            if is_envoy
                && !envoys
                    .iter()
                    .any(|(a, _)| a.key.as_deref() == Some(&*c.key))
            {
                envoys.push((actor_of(c, Role::Target), sent));
            }
        }
    }
    if envoys.len() < 2 {
        let listed = countries_listed(ceremony, sentences, host);
        if listed.len() > envoys.len() {
            envoys = listed;
        }
    }
    (envoys, false)
}

/// The country a candidate names, when it is named (not a demonym) and is
/// not the host's.
fn foreign_country<'c>(c: &'c Cand, host: &str) -> Option<&'c str> {
    let country = c.country.as_deref()?;
    (c.kind == CandKind::Named(EntityKind::Country) && !c.demonym && country != host)
        .then_some(country)
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
                    .as_deref()
                    .map(str::to_string)
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
                Some((t.text.clone(), t.country.as_deref()?.to_string()))
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
