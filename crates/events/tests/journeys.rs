//! Journeys and talks told in the forms an agenda or a travel report uses:
//! "viendra à Berne les 15 et 16 novembre", "s'envolera mercredi pour
//! Achgabat", "a entamé dimanche sa première visite officielle",
//! "va s'entretenir en tête-à-tête avec", "s'entretiendra d'abord avec",
//! asides at a summit ("a multiplié les apartés avec ses pairs, dont X et
//! Y": one meeting each).
//! Every text is written for these tests.

mod common;
use common::{countries, events, of_type, the_event};
use depeche_events::{EventType, Status};

const LEAD: &str = "Accra, 3 mars 2025 (GNA) - ";

/// The one visit of `text`: its countries and status.
fn the_visit(text: &str) -> (Vec<String>, Status) {
    let ev = events(&format!("{LEAD}{text}\n"));
    let visits = of_type(&ev, EventType::Visit);
    match visits.as_slice() {
        [one] => (countries(one), one.status),
        _ => panic!("{text}: expected one visit, found {visits:#?}"),
    }
}

fn pair(a: &str, b: &str) -> Vec<String> {
    let mut v = vec![a.to_string(), b.to_string()];
    v.sort();
    v
}

#[test]
fn journeys_to_come_are_planned_visits() {
    for (text, from, to) in [
        ("Le président français Emmanuel Macron viendra à Berne les 15 et 16 novembre prochains.", "FRA", "CHE"),
        ("Le président russe Vladimir Poutine s'envolera mercredi pour Achgabat, au Turkménistan.", "RUS", "TKM"),
        ("Le président ghanéen John Mahama viendra en Côte d'Ivoire pour une visite d'amitié.", "GHA", "CIV"),
        ("Les présidents ghanéen John Mahama et togolais Faure Gnassingbé s'envoleront jeudi vers le Nigeria.", "GHA", "NGA"),
    ] {
        if from == "GHA" && to == "NGA" {
            // Two travellers: one visit each (coordination), both planned.
            let ev = events(&format!("{LEAD}{text}\n"));
            let visits = of_type(&ev, EventType::Visit);
            assert_eq!(visits.len(), 2, "{text}: {visits:#?}");
            assert!(visits.iter().all(|v| v.status == Status::Planned), "{text}");
            continue;
        }
        assert_eq!(the_visit(text), (pair(from, to), Status::Planned), "{text}");
    }
}

#[test]
fn a_visit_begun_is_ongoing_whatever_its_adjectives() {
    for text in [
        "Le ministre qatari des Affaires étrangères Mohammed ben Abderrahmane Al-Thani a entamé dimanche sa première visite officielle en Libye.",
        "Le ministre qatari des Affaires étrangères Mohammed ben Abderrahmane Al-Thani a entamé une longue visite de travail en Libye.",
        "Le ministre qatari des Affaires étrangères Mohammed ben Abderrahmane Al-Thani est arrivé à Tripoli, entamant sa deuxième visite officielle en Libye.",
    ] {
        assert_eq!(the_visit(text), (pair("QAT", "LBY"), Status::Ongoing), "{text}");
    }
}

#[test]
fn talks_with_words_between_verb_and_avec() {
    for (text, status) in [
        ("Le président russe Vladimir Poutine va s'entretenir en tête-à-tête avec son homologue turkmène Serdar Berdimuhamedow.", Status::Planned),
        ("Le président russe Vladimir Poutine s'entretiendra d'abord avec son homologue turkmène Serdar Berdimuhamedow.", Status::Planned),
        ("Le président russe Vladimir Poutine s'est entretenu en privé avec son homologue turkmène Serdar Berdimuhamedow.", Status::Occurred),
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let m = the_event(&ev, EventType::Meeting, "Berdimuhamedov");
        assert_eq!(countries(m), pair("RUS", "TKM"), "{text}");
        assert_eq!(m.status, status, "{text}");
    }
}

#[test]
fn asides_with_peers_named_after_dont() {
    for text in [
        "Le président français François Hollande a multiplié les apartés avec ses pairs, dont le président sénégalais Macky Sall et le président nigérian Goodluck Jonathan.",
        "Le président français François Hollande s'est entretenu avec plusieurs de ses homologues, dont le président sénégalais Macky Sall et le président nigérian Goodluck Jonathan.",
        "Le président français François Hollande a eu des tête-à-tête avec ses pairs, dont le président sénégalais Macky Sall et le président nigérian Goodluck Jonathan.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        for (peer, country) in [("Macky Sall", "SEN"), ("Goodluck Jonathan", "NGA")] {
            let m = the_event(&ev, EventType::Meeting, peer);
            assert_eq!(countries(m), pair("FRA", country), "{text}");
        }
    }
}

#[test]
fn a_dont_after_other_words_still_ends_the_object() {
    // "dont" after a place names no counterpart.
    let text = "Le président français François Hollande s'est entretenu avec le président sénégalais Macky Sall à Dakar, dont il a salué la vitalité.";
    let ev = events(&format!("{LEAD}{text}\n"));
    assert_eq!(of_type(&ev, EventType::Meeting).len(), 1);
}
