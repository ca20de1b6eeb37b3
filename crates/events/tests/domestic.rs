//! An exchange between people of one country is not diplomacy: a leader
//! receiving, inviting or decorating a compatriot yields no event, while
//! the same sentence with a foreign counterpart does. Every text is
//! written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::EventType;

const LEAD: &str = "Accra, 3 mars 2025 (GNA) - ";

fn count(text: &str, kind: EventType) -> usize {
    of_type(&events(&format!("{LEAD}{text}\n")), kind).len()
}

#[test]
fn compatriots_make_no_exchange() {
    for (text, kind) in [
        ("Le président ghanéen John Mahama a reçu mardi le ministre ghanéen des Finances.", EventType::Meeting),
        ("Le président ghanéen John Mahama s'est entretenu avec le vice-président ghanéen.", EventType::Meeting),
        ("Le président ghanéen John Mahama a invité le Premier ministre ghanéen à participer au sommet.", EventType::Invitation),
    ] {
        assert_eq!(count(text, kind), 0, "{text}");
    }
}

#[test]
fn a_foreign_counterpart_makes_one() {
    for (text, kind) in [
        ("Le président ghanéen John Mahama a reçu mardi le ministre togolais des Finances.", EventType::Meeting),
        ("Le président ghanéen John Mahama s'est entretenu avec le vice-président togolais.", EventType::Meeting),
        ("Le président ghanéen John Mahama a invité le Premier ministre togolais à participer au sommet.", EventType::Invitation),
    ] {
        assert_eq!(count(text, kind), 1, "{text}");
    }
}
