//! A counterpart named after a role with its own complement ("le chef du
//! gouvernement Aziz Akhannouch", "le chef de la diplomatie Nasser
//! Bourita") is the counterpart, not a complement of the role; a role in a
//! complement ("le conseiller du chef du gouvernement X") keeps its name
//! out of the exchange. Every text is written for these tests.

mod common;
use common::meeting_countries_with;

const LEAD: &str = "Rabat, 18 mars 2025 (MAP) - ";

fn meetings_with(text: &str, needle: &str) -> Vec<Vec<String>> {
    meeting_countries_with(&format!("{LEAD}{text}\n"), needle)
}

#[test]
fn a_name_after_a_role_with_a_complement_is_the_counterpart() {
    for (text, needle, country) in [
        ("Le président Emmanuel Macron s'est entretenu avec le chef du gouvernement Aziz Akhannouch.", "Akhannouch", "MAR"),
        ("Le président Emmanuel Macron s'est entretenu avec le chef de la diplomatie Nasser Bourita.", "Bourita", "MAR"),
        ("Le président Emmanuel Macron a rencontré le chef de l'État Bassirou Diomaye Faye.", "Faye", "SEN"),
        ("Le président Emmanuel Macron a reçu le chef du gouvernement Aziz Akhannouch à l'Élysée.", "Akhannouch", "MAR"),
        ("Le président Emmanuel Macron a eu un entretien avec le chef de la diplomatie marocaine Nasser Bourita.", "Bourita", "MAR"),
    ] {
        let found = meetings_with(text, needle);
        let want = vec![country.to_string(), "FRA".to_string()];
        let mut want = want;
        want.sort();
        assert_eq!(found, [want], "{text}");
    }
}

#[test]
fn a_role_in_a_complement_keeps_its_name_out() {
    let text = "Le président Emmanuel Macron a reçu le conseiller du chef du gouvernement Aziz Akhannouch.";
    assert!(meetings_with(text, "Akhannouch").is_empty(), "{text}");
}

#[test]
fn a_bare_title_as_subject_is_the_visitor_the_dispatch_follows() {
    let lead = "Ottawa, 16 juin 2025 (Belga) - Le chef du gouvernement belge, Bart De Wever, est arrivé mercredi à Montréal pour une visite de trois jours au Canada.\n\n";
    for text in [
        "Le Premier ministre a passé la journée de vendredi à Ottawa pour s'entretenir avec Mark Carney.",
        "Vendredi, le Premier ministre s'est entretenu avec Mark Carney à Ottawa.",
        "Le chef du gouvernement a ensuite rencontré Mark Carney.",
        "Le Premier ministre a eu un entretien avec Mark Carney.",
        "Jeudi, le Premier ministre a été reçu par Mark Carney.",
    ] {
        let ev = common::events(&format!("{lead}{text}\n"));
        let meeting = common::of_type(&ev, depeche_events::EventType::Meeting)
            .into_iter()
            .find(|e| common::has_actor(e, "Carney"))
            .unwrap_or_else(|| panic!("{text}: no meeting with Carney: {ev:#?}"));
        assert!(
            common::has_actor(meeting, "De Wever"),
            "{text}: {:?}",
            common::all_names(meeting)
        );
    }
}
