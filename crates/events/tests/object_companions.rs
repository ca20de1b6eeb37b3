//! Companions named after the one met (", entouré de …", ", accompagné
//! de …") go along with a side: they end the list of counterparts and are
//! not met themselves. Every text is written for these tests.

mod common;
use common::{events, has_actor, of_type};
use depeche_events::EventType;

const LEAD: &str = "Dakar, 3 mars 2025 (APS) - ";

/// The number of meetings of `text` and whether one names `needle`.
fn meetings(text: &str, needle: &str) -> (usize, bool) {
    let ev = events(&format!("{LEAD}{text}\n"));
    let m = of_type(&ev, EventType::Meeting);
    let with = m.iter().any(|e| has_actor(e, needle));
    (m.len(), with)
}

/// `text` has one meeting, and it names `needle`: the companions are not
/// counted as counterparts.
fn assert_one_meeting_with(text: &str, needle: &str) {
    let (count, with) = meetings(text, needle);
    assert!(with, "{text}: no meeting with {needle}");
    assert_eq!(count, 1, "{text}: companions counted as counterparts");
}

#[test]
fn companions_around_the_host_are_not_met() {
    for text in [
        "Le Premier ministre sénégalais a accueilli le président ghanéen John Mahama à l'aéroport, entouré de plusieurs membres du gouvernement et de l'ambassadeur du Sénégal au Ghana.",
        "Le Premier ministre sénégalais a accueilli lundi le président ghanéen John Mahama, entouré du directeur de cabinet, du gouverneur de Dakar et de la présidente du Conseil régional.",
        "Le président sénégalais Bassirou Diomaye Faye a reçu jeudi le président ghanéen John Mahama, entouré de ses ministres.",
    ] {
        assert_one_meeting_with(text, "Mahama");
    }
}

#[test]
fn companions_of_the_guest_are_not_met() {
    for text in [
        "Le président béninois Patrice Talon a reçu mardi le ministre français Jean-Noël Barrot, accompagné de l'ambassadeur de France au Bénin.",
        "Le président béninois Patrice Talon a reçu le ministre français Jean-Noël Barrot, accompagné de l'ambassadeur de France et du directeur de l'Agence française de développement.",
        "Patrice Talon a reçu Jean-Noël Barrot, accompagné d'une délégation d'hommes d'affaires.",
    ] {
        assert_one_meeting_with(text, "Barrot");
    }
}

#[test]
fn a_named_companion_is_not_a_second_counterpart() {
    let text = "Le président béninois Patrice Talon a reçu la ministre française Catherine Colonna, accompagnée de son collègue Franck Riester.";
    assert_one_meeting_with(text, "Colonna");
    assert!(!meetings(text, "Riester").1, "{text}");
}

#[test]
fn a_list_before_the_companions_is_kept_whole() {
    let text = "Le président béninois Patrice Talon a reçu le ministre français Jean-Noël Barrot, le ministre allemand Johann Wadephul et la ministre belge Hadja Lahbib, accompagnés de leurs ambassadeurs.";
    for name in ["Barrot", "Wadephul", "Lahbib"] {
        assert!(meetings(text, name).1, "{text}: no meeting with {name}");
    }
    assert_eq!(meetings(text, "Barrot").0, 3, "{text}");
}

#[test]
fn accompanied_without_a_comma_is_not_cut() {
    // No comma: the participle belongs to the subject's own clause and
    // the counterpart after "avec" is still met.
    let text = "Le président béninois Patrice Talon, accompagné de son ministre des Affaires étrangères, s'est entretenu avec le président togolais Faure Gnassingbé.";
    assert_one_meeting_with(text, "Gnassingbé");
}
