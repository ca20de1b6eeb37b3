//! Several people in one subject: "les présidents nigérien X et camerounais
//! Y sont arrivés", a list of leaders expected or present, decorated
//! together. Each named person gets an event of their own; a companion
//! ("accompagné de", "avec") does not. Every text is written for these
//! tests.

mod common;
use common::{events, names, of_type};
use depeche_events::{EventType, Role};

const LEAD: &str = "Dakar, 3 mars 2025 (APS) - ";

/// The sources of every event of type `ty` in `text`, one list per event.
fn sources_of(text: &str, ty: EventType) -> Vec<Vec<String>> {
    let ev = events(&format!("{LEAD}{text}\n"));
    of_type(&ev, ty)
        .into_iter()
        .map(|e| names(e, Role::Source))
        .collect()
}

fn assert_each_has_a_visit(text: &str, people: &[&str]) {
    let found = sources_of(text, EventType::Visit);
    for person in people {
        assert!(
            found
                .iter()
                .any(|s| s.len() == 1 && s.iter().any(|n| n.contains(person))),
            "{text}: no VISIT of {person} alone in {found:?}"
        );
    }
    assert_eq!(found.len(), people.len(), "{text}: {found:?}");
}

#[test]
fn leaders_arriving_together_each_visit() {
    for text in [
        "Les présidents nigérien Mohamed Bazoum et tchadien Mahamat Idriss Déby sont arrivés lundi à Dakar pour le sommet.",
        "Le président nigérien Mohamed Bazoum et le président tchadien Mahamat Idriss Déby sont arrivés lundi à Dakar.",
        "Le président nigérien Mohamed Bazoum, le président tchadien Mahamat Idriss Déby et le président ghanéen Nana Akufo-Addo sont arrivés lundi à Dakar.",
    ] {
        let people: &[&str] = if text.contains("Akufo") {
            &["Bazoum", "Déby", "Akufo-Addo"]
        } else {
            &["Bazoum", "Déby"]
        };
        assert_each_has_a_visit(text, people);
    }
}

#[test]
fn leaders_present_or_expected_together_each_visit() {
    for text in [
        "Le président nigérien Mohamed Bazoum et le président tchadien Mahamat Idriss Déby se trouvent à Dakar depuis dimanche.",
        "Le président nigérien Mohamed Bazoum et le président tchadien Mahamat Idriss Déby sont attendus mardi à Dakar.",
    ] {
        assert_each_has_a_visit(text, &["Bazoum", "Déby"]);
    }
}

#[test]
fn a_companion_is_no_co_visitor() {
    let text = "Le président nigérien Mohamed Bazoum, accompagné de son ministre des Affaires étrangères Hassoumi Massoudou, est arrivé lundi à Dakar.";
    let found = sources_of(text, EventType::Visit);
    assert!(
        found
            .iter()
            .all(|s| !s.iter().any(|n| n.contains("Massoudou"))),
        "{text}: the companion got a visit of his own: {found:?}"
    );
    assert!(
        found.iter().any(|s| s.iter().any(|n| n.contains("Bazoum"))),
        "{text}: {found:?}"
    );
}

#[test]
fn people_decorated_together_each_get_an_award() {
    let text = "Le président nigérien Mohamed Bazoum et le président tchadien Mahamat Idriss Déby ont été décorés de l'ordre national du Lion par le président sénégalais Macky Sall.";
    let ev = events(&format!("{LEAD}{text}\n"));
    let awards = of_type(&ev, EventType::Award);
    let decorated: Vec<Vec<String>> = awards.iter().map(|e| names(e, Role::Target)).collect();
    for person in ["Bazoum", "Déby"] {
        assert!(
            decorated
                .iter()
                .any(|t| t.len() == 1 && t.iter().any(|n| n.contains(person))),
            "{text}: no AWARD to {person} alone in {decorated:?}"
        );
    }
    for award in awards {
        assert!(
            names(award, Role::Source)
                .iter()
                .any(|n| n.contains("Sall")),
            "{text}: conferrer of {award:?}"
        );
    }
}

#[test]
fn ainsi_que_joins_a_list_of_travellers() {
    for (text, n) in [
        ("Les chefs d'État nigérien Mohamed Bazoum, burkinabè Roch Marc Christian Kaboré, camerounais Paul Biya, ainsi que les Premiers ministres belge Charles Michel et ivoirien Patrick Achi sont arrivés jeudi à Dakar.", 5),
        ("Les présidents nigérien Mohamed Bazoum et camerounais Paul Biya, ainsi que le Premier ministre belge Charles Michel sont arrivés jeudi à Dakar.", 3),
        ("Le président ghanéen John Mahama ainsi que le président togolais Faure Gnassingbé sont arrivés jeudi à Dakar.", 2),
        ("Le président ghanéen John Mahama, le président togolais Faure Gnassingbé ainsi que le Premier ministre belge Charles Michel se rendront vendredi à Dakar.", 3),
    ] {
        let ev = events(&format!("Dakar, 28 novembre 2025 (APS) - {text}\n"));
        let visits = of_type(&ev, EventType::Visit);
        assert_eq!(visits.len(), n, "{text}: {visits:#?}");
    }
}
