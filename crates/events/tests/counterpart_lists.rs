//! Counterparts listed after a colon or with semicolons ("avec ses
//! homologues : A (Russie) ; B (Chine)"), titles holding a portfolio
//! introduced by "pour" ("la Haute Représentante de l'Union européenne pour
//! les Affaires étrangères, X"), and officers of international bodies named
//! in apposition ("X, la présidente de la Commission de l'Union africaine"),
//! who meet for their body, not their country. Every text is written for
//! these tests.

mod common;
use common::{events, has_actor, meeting_countries_with, of_type};
use depeche_events::EventType;

const LEAD: &str = "Genève, 12 mars 2025 (AFP) - ";

fn meetings_with(text: &str, needle: &str) -> Vec<Vec<String>> {
    meeting_countries_with(&format!("{LEAD}{text}\n"), needle)
}

fn pair(a: &str, b: &str) -> Vec<String> {
    let mut v = vec![a.to_string(), b.to_string()];
    v.sort();
    v
}

#[test]
fn a_colon_or_semicolons_list_one_counterpart_each() {
    for text in [
        "Le ministre algérien des Affaires étrangères, Ahmed Attaf, a multiplié les entretiens avec ses homologues : Sergueï Lavrov, ministre russe des Affaires étrangères ; Wang Yi, ministre chinois des Affaires étrangères.",
        "Le ministre algérien des Affaires étrangères, Ahmed Attaf, s'est entretenu avec Sergueï Lavrov, ministre russe des Affaires étrangères ; Wang Yi, ministre chinois des Affaires étrangères.",
        "Le ministre algérien des Affaires étrangères, Ahmed Attaf, a eu des entretiens avec ses pairs : le ministre russe Sergueï Lavrov ; le ministre chinois Wang Yi.",
        "En marge de la conférence, Ahmed Attaf, chef de la diplomatie algérienne, a rencontré : Sergueï Lavrov, de Russie ; Wang Yi, de Chine.",
    ] {
        assert_eq!(meetings_with(text, "Lavrov"), [pair("DZA", "RUS")], "{text}");
        assert_eq!(meetings_with(text, "Wang Yi"), [pair("CHN", "DZA")], "{text}");
    }
}

#[test]
fn a_topic_list_after_a_colon_adds_no_counterpart() {
    let text = "Le ministre algérien Ahmed Attaf s'est entretenu avec le ministre russe Sergueï Lavrov : les deux ministres ont évoqué la sécurité ; l'énergie ; le commerce.";
    let ev = events(&format!("{LEAD}{text}\n"));
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{meetings:#?}");
}

#[test]
fn a_portfolio_after_pour_belongs_to_the_title() {
    for text in [
        "Le ministre marocain Nasser Bourita s'est entretenu avec le ministre délégué pour l'Europe, Benjamin Haddad, puis avec le ministre japonais des Affaires étrangères, Takeshi Iwaya.",
        "Le ministre marocain Nasser Bourita a rencontré le secrétaire d'État pour le Commerce extérieur, Laurent Saint-Martin, ainsi que le ministre japonais des Affaires étrangères, Takeshi Iwaya.",
    ] {
        assert_eq!(meetings_with(text, "Iwaya"), [pair("JPN", "MAR")], "{text}");
    }
}

#[test]
fn officers_of_international_bodies_meet_for_their_body() {
    for (text, needle) in [
        ("Le ministre marocain Nasser Bourita s'est entretenu avec la Haute Représentante de l'Union européenne pour les Affaires étrangères et la politique de sécurité, Kaja Kallas.", "Kallas"),
        ("Le président français Emmanuel Macron s'est entretenu avec Moussa Faki Mahamat, le président de la Commission de l'Union africaine.", "Faki"),
        ("Le président béninois Patrice Talon a rencontré Akinwumi Adesina, président de la Banque africaine de développement.", "Adesina"),
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let meeting = of_type(&ev, EventType::Meeting)
            .into_iter()
            .find(|e| has_actor(e, needle))
            .unwrap_or_else(|| panic!("{text}: no meeting with {needle}: {ev:#?}"));
        let officer = meeting
            .actors
            .iter()
            .find(|a| a.text.contains(needle))
            .unwrap_or_else(|| panic!("{text}: {meeting:#?}"));
        assert_eq!(officer.country, None, "{text}");
    }
    // A leader who chairs a body in turn keeps their country.
    let chair = "Le Premier ministre belge Bart De Wever s'est entretenu avec le président angolais João Lourenço, président en exercice de l'Union africaine.";
    assert_eq!(
        meetings_with(chair, "Lourenço"),
        [pair("AGO", "BEL")],
        "{chair}"
    );
}
