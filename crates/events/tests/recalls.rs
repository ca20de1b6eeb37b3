//! An earlier event recalled by "remonte à [année], quand / lorsque …": the
//! year dates what the clause tells, which is background to the news, and
//! a monarch named with a regnal number ("Albert II") is no holder of a
//! surname spelt like the first name. Every text is written for these
//! tests.

mod common;
use common::{events, of_type};
use depeche_events::EventType;

const LEAD: &str = "Paris, 14 octobre 2024 (AFP) - Le roi des Belges Philippe a entamé lundi \
                    une visite d'État en France. ";

#[test]
fn what_a_recall_goes_back_to_is_background_of_that_year() {
    for (text, year) in [
        ("La dernière visite d'État d'un souverain belge remonte à 2003, quand le roi Albert II avait été accueilli par Jacques Chirac.", "2003"),
        ("Leur précédente rencontre remonte à 2019, lorsque Philippe avait reçu Emmanuel Macron à Bruxelles.", "2019"),
        ("La dernière visite d'un président français en Belgique remontait à 2018, quand Emmanuel Macron avait été reçu par le roi Philippe.", "2018"),
        ("Le dernier accord signé entre les deux pays remonte à 2011, lorsque les deux gouvernements avaient signé une convention fiscale.", "2011"),
        ("Leur dernier entretien remonte à 2021, quand le roi Philippe s'était entretenu avec Emmanuel Macron à Paris.", "2021"),
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let recalled: Vec<_> = ev
            .iter()
            .filter(|e| e.kind != EventType::Visit || e.date.value.as_deref() == Some(year))
            .filter(|e| e.date.text.as_deref().is_some_and(|t| t.contains(year)))
            .collect();
        assert!(!recalled.is_empty(), "{text}: {ev:#?}");
        for e in recalled {
            assert!(e.background, "{text}: {e:#?}");
            assert_eq!(e.date.value.as_deref(), Some(year), "{text}");
        }
    }
}

#[test]
fn a_regnal_number_keeps_the_monarch_apart_from_a_namesake() {
    let text = "La dernière visite d'État d'un souverain belge remonte à 2003, quand Albert II et \
                son épouse Paola avaient été accueillis par Jacques Chirac.";
    let ev = events(&format!("{LEAD}{text}\n"));
    let recalled = ev
        .iter()
        .filter(|e| e.background && e.kind == EventType::Meeting)
        .count();
    assert_eq!(recalled, 1, "{ev:#?}");
    assert!(of_type(&ev, EventType::Meeting).is_empty(), "{ev:#?}");
    for e in ev.iter().filter(|e| e.background) {
        for a in &e.actors {
            assert_ne!(a.country.as_deref(), Some("PHL"), "{a:?}");
        }
    }
}
