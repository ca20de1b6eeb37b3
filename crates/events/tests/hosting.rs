//! A visitor's acts told without a place happen in the host country: "il a
//! déposé une gerbe", "il a pris part à la réunion plénière". With no visit
//! told, the dateline's place is where the news is. A host's own acts at
//! home, and acts whose place the text names, stay as told. Every text is
//! written for these tests.

mod common;
use common::{countries, events, has_actor, of_type, pair};
use depeche_events::EventType;

/// The countries of the activities of `text` whose actor is `needle`.
fn activities_of(text: &str, needle: &str) -> Vec<Vec<String>> {
    let ev = events(text);
    of_type(&ev, EventType::Activity)
        .into_iter()
        .filter(|e| has_actor(e, needle))
        .map(countries)
        .collect()
}

#[test]
fn a_visitors_act_without_a_place_is_in_the_host_country() {
    for text in [
        "Dakar, 3 mars 2025 (APS) - Le président ghanéen John Mahama est arrivé lundi à Dakar pour une visite d'État au Sénégal. Il a déposé une gerbe de fleurs au monument de la Renaissance.\n",
        "Dakar, 3 mars 2025 (APS) - Le président ghanéen John Mahama effectue une visite de travail au Sénégal. Le président Mahama a prononcé un discours devant les députés.\n",
        "Dakar, 3 mars 2025 (APS) - Le président ghanéen John Mahama est en visite au Sénégal. Il a ensuite visité une usine de transformation de noix de cajou.\n",
    ] {
        let found = activities_of(text, "Mahama");
        assert!(!found.is_empty(), "{text}: no activity");
        assert!(found.iter().all(|c| c == &pair("GHA", "SEN")), "{text}: {found:?}");
    }
}

#[test]
fn with_no_visit_the_datelines_place_is_where_the_news_is() {
    for text in [
        "Astana, 13 octobre 2025 (Kazinform) - Le président azerbaïdjanais Ilham Aliyev a pris part à la réunion plénière du sommet.\n",
        "Astana, 13 octobre 2025 (Kazinform) - Le président azerbaïdjanais Ilham Aliyev a prononcé un discours lors de la séance plénière du sommet.\n",
    ] {
        assert_eq!(activities_of(text, "Aliyev"), [pair("AZE", "KAZ")], "{text}");
    }
}

#[test]
fn a_hosts_act_at_home_names_no_other_country() {
    let text = "Dakar, 3 mars 2025 (APS) - Le président ghanéen John Mahama est arrivé lundi à Dakar pour une visite d'État au Sénégal. Le président sénégalais Bassirou Diomaye Faye a prononcé un discours devant les députés.\n";
    for c in activities_of(text, "Faye") {
        assert_eq!(c, ["SEN"], "{text}");
    }
}
