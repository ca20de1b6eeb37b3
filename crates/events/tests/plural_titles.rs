//! VISIT: several leaders named by one plural title and their countries
//! ("les présidents du Tchad, du Niger et du Mali sont arrivés", "sont
//! attendus vendredi"): one visit per country. Every text is written for
//! these tests.

mod common;
use common::{countries, events, of_type};
use depeche_events::{EventType, Status};

/// The countries of every VISIT of `text`, sorted.
fn visit_countries(text: &str) -> Vec<Vec<String>> {
    let mut found: Vec<Vec<String>> = of_type(&events(text), EventType::Visit)
        .into_iter()
        .map(countries)
        .collect();
    found.sort();
    found
}

fn pairs(visitors: &[&str], host: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = visitors
        .iter()
        .map(|v| {
            let mut p = vec![v.to_string(), host.to_string()];
            p.sort();
            p
        })
        .collect();
    out.sort();
    out
}

const LEAD: &str = "Berne, 14 octobre 2024 (ATS) - ";

#[test]
fn each_country_of_a_plural_title_visits() {
    for (body, visitors) in [
        (
            "Les présidents du Kazakhstan, de l'Ouzbékistan et du Kirghizistan sont arrivés jeudi à Berne.",
            vec!["KAZ", "UZB", "KGZ"],
        ),
        (
            "Les présidents du Kazakhstan et de l'Ouzbékistan sont arrivés à Genève pour le sommet.",
            vec!["KAZ", "UZB"],
        ),
        (
            "Les chefs d'Etat du Ghana, du Togo, du Bénin, du Niger et du Mali sont arrivés mercredi en Suisse.",
            vec!["GHA", "TGO", "BEN", "NER", "MLI"],
        ),
    ] {
        let text = format!("{LEAD}{body}\n");
        assert_eq!(visit_countries(&text), pairs(&visitors, "CHE"), "{body}");
    }
}

#[test]
fn expected_leaders_each_plan_a_visit() {
    for body in [
        "Les chefs d'Etat du Kazakhstan et de l'Ouzbékistan sont attendus vendredi à Berne.",
        "Les présidents du Kazakhstan et de l'Ouzbékistan sont attendus en Suisse la semaine prochaine.",
    ] {
        let text = format!("{LEAD}{body}\n");
        let ev = events(&text);
        let visits = of_type(&ev, EventType::Visit);
        assert_eq!(visits.len(), 2, "{body}: {visits:#?}");
        assert!(visits.iter().all(|v| v.status == Status::Planned), "{body}");
    }
}

#[test]
fn one_country_keeps_one_visit() {
    let text = format!("{LEAD}Les ministres du Kazakhstan sont arrivés jeudi à Berne.\n");
    assert_eq!(visit_countries(&text), pairs(&["KAZ"], "CHE"));
}
