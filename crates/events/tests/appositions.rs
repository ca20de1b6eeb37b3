//! Whom a person represents, from the words after their name: "X,
//! ambassadeur de l'Allemagne" is German, but "X, en visite au Vietnam",
//! "X, de passage à Hanoï" or "X, arrivé lundi au Sénégal" says where they
//! are, not whom they represent; in a list naming the country first ("les
//! ambassadeurs du Brésil, X, de la Suède, Y"), each name takes the country
//! before it. Every text is written for these tests.

mod common;
use common::{countries, events, has_actor, of_type};
use depeche_events::{EventType, Status};

/// The countries of each meeting naming `needle`.
fn meetings_with(text: &str, needle: &str) -> Vec<Vec<String>> {
    common::meeting_countries_with(text, needle)
}

fn pair(a: &str, b: &str) -> Vec<String> {
    let mut v = vec![a.to_string(), b.to_string()];
    v.sort();
    v
}

#[test]
fn where_a_visitor_is_is_not_whom_they_represent() {
    for text in [
        "Hanoï, 20 mai 2025 (VNA) - Le président Luong Cuong a reçu mardi le ministre Jean Mbala, du Gabon, en visite de travail au Vietnam.\n",
        "Hanoï, 20 mai 2025 (VNA) - Le président Luong Cuong a reçu mardi le ministre Jean Mbala du Gabon, de passage au Vietnam.\n",
        "Hanoï, 20 mai 2025 (VNA) - Le président Luong Cuong a reçu mardi Jean Mbala, ministre gabonais, arrivé lundi au Vietnam.\n",
    ] {
        let found = meetings_with(text, "Mbala");
        assert_eq!(found, [pair("GAB", "VNM")], "{text}");
    }
    let unknown = "Hanoï, 20 mai 2025 (VNA) - Le président Luong Cuong a reçu mardi Jean Mbala, en visite de travail au Vietnam.\n";
    let ev = events(unknown);
    let mbala: Vec<_> = ev
        .iter()
        .flat_map(|e| &e.actors)
        .filter(|a| a.text.contains("Mbala"))
        .collect();
    assert!(!mbala.is_empty(), "{unknown}: {ev:#?}");
    assert!(
        mbala.iter().all(|a| a.country.as_deref() != Some("VNM")),
        "{unknown}: {mbala:#?}"
    );
}

#[test]
fn a_visit_told_in_apposition_is_under_way_at_the_exchange() {
    for text in [
        "Le président Tô Lâm a reçu mardi 20 mai à Hanoï la vice-présidente du parti Frelimo du Mozambique, Ana Rita Sithole, en visite de travail au Vietnam du 17 au 22 mai.\n",
        "Hanoï, 20 mai 2025 (VNA) - Le président Tô Lâm a reçu mardi à Hanoï la vice-présidente du parti Frelimo du Mozambique, Ana Rita Sithole, en visite de travail au Vietnam du 17 au 22 mai.\n",
    ] {
        let ev = events(text);
        let visits = of_type(&ev, EventType::Visit);
        assert!(
            visits
                .iter()
                .any(|v| v.status == Status::Ongoing && countries(v) == pair("MOZ", "VNM")),
            "{text}: {visits:#?}"
        );
        assert!(
            of_type(&ev, EventType::Meeting)
                .iter()
                .any(|m| has_actor(m, "Sithole") && countries(m) == pair("MOZ", "VNM")),
            "{text}"
        );
    }
}

#[test]
fn a_country_first_list_pairs_each_name_with_the_country_before_it() {
    let text = "Hanoï, 26 février 2025 (VNA) - Le président Luong Cuong a reçu mercredi à Hanoï les nouveaux ambassadeurs du Brésil, Marco Farani, de la Suède, Johan Ndisi, et du Qatar, Mohammed Al-Hajri, venus lui présenter leurs lettres de créance.\n";
    for (name, country) in [("Farani", "BRA"), ("Ndisi", "SWE"), ("Hajri", "QAT")] {
        assert_eq!(
            meetings_with(text, name),
            [pair(country, "VNM")],
            "{name} in {text}"
        );
    }
}
