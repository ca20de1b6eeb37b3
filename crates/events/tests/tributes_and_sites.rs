//! Acts of a visit told in other words: a moment of silence ("s'est
//! recueilli jeudi devant le mausolée", one act with the wreath of the same
//! sentence), a foundation stone laid with a time between ("a posé jeudi la
//! première pierre"), a site visited told by the noun ("a effectué jeudi une
//! visite au siège du PNUE") — while a visit to a city stays a journey.
//! Every text is written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::{EventType, Status};

const LEAD: &str = "Nairobi, 14 mars 2025 (AFP) - Le président ghanéen John Dramani Mahama \
                    effectue depuis mercredi une visite d'État au Kenya. ";

/// (subtype, status) of every ACTIVITY of the lead and `text`.
fn acts(text: &str) -> Vec<(String, Status)> {
    let ev = events(&format!("{LEAD}{text}\n"));
    of_type(&ev, EventType::Activity)
        .iter()
        .map(|e| {
            let subtype = e.subtype.map(|s| s.as_str().to_string());
            (subtype.unwrap_or_default(), e.status)
        })
        .collect()
}

#[test]
fn acts_told_in_other_words() {
    for (text, subtype, status) in [
        ("Le président Mahama s'est recueilli jeudi devant le mausolée de Jomo Kenyatta.", "tribute", Status::Occurred),
        ("Le président Mahama se recueillera vendredi sur la tombe de Jomo Kenyatta.", "tribute", Status::Planned),
        ("Le président Mahama a posé jeudi la première pierre d'une usine de transformation de cacao.", "ceremony", Status::Occurred),
        ("Le président Mahama a effectué jeudi une visite au siège du Programme des Nations unies pour l'environnement.", "site_visit", Status::Occurred),
        ("Le président Mahama effectuera vendredi une visite à l'usine d'assemblage de Thika.", "site_visit", Status::Planned),
    ] {
        let found = acts(text);
        assert!(
            found.iter().any(|(s, st)| s == subtype && *st == status),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_silence_with_a_wreath_is_one_act() {
    let text = "Le président Mahama s'est recueilli jeudi au mémorial des héros, où il a déposé une gerbe de fleurs.";
    let found = acts(text);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_visit_to_a_city_is_no_site_visit() {
    let text = "Le président Mahama a effectué jeudi une visite à Mombasa.";
    let found = acts(text);
    assert!(!found.iter().any(|(s, _)| s == "site_visit"), "{found:?}");
}
