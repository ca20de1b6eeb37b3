//! Receptions told in the passive: "X a été reçu mardi par Y", "est reçu
//! ce lundi au palais par", "a également été accueilli par". The host is
//! the source, the guest the target, whatever place and time stand between
//! "reçu" and "par"; a verb coordinated after the passive keeps its subject, the
//! guest. Every text is written for these tests.

mod common;
use common::{events, names, of_type, the_event};
use depeche_events::{EventType, Role, Status};

const LEAD: &str = "Accra, 3 mars 2025 (GNA) - ";

fn assert_received(text: &str, host: &str, guest: &str, status: Status) {
    let ev = events(&format!("{LEAD}{text}\n"));
    let meeting = the_event(&ev, EventType::Meeting, guest);
    let sources = names(meeting, Role::Source);
    let targets = names(meeting, Role::Target);
    assert!(
        sources.iter().any(|n| n.contains(host)),
        "{text}: host {host} not the source: {sources:?} -> {targets:?}"
    );
    assert!(
        targets.iter().any(|n| n.contains(guest)),
        "{text}: guest {guest} not the target: {sources:?} -> {targets:?}"
    );
    assert_eq!(meeting.status, status, "{text}");
}

#[test]
fn the_one_received_is_the_target_wherever_par_stands() {
    for text in [
        "Le président togolais Faure Gnassingbé a été reçu mardi par le président ghanéen John Mahama.",
        "Le président togolais Faure Gnassingbé a également été reçu par le président ghanéen John Mahama.",
        "Le président togolais Faure Gnassingbé a été reçu en audience au palais de Jubilee House par le président ghanéen John Mahama.",
        "Le président togolais Faure Gnassingbé a été accueilli mardi soir par le président ghanéen John Mahama.",
    ] {
        assert_received(text, "Mahama", "Gnassingbé", Status::Occurred);
    }
}

#[test]
fn a_passive_in_the_present_or_future_keeps_its_tense() {
    assert_received(
        "Le président togolais Faure Gnassingbé est reçu ce mardi au palais de Jubilee House par le président ghanéen John Mahama.",
        "Mahama",
        "Gnassingbé",
        Status::Occurred,
    );
    assert_received(
        "Le président togolais Faure Gnassingbé sera reçu jeudi au palais de Jubilee House par le président ghanéen John Mahama.",
        "Mahama",
        "Gnassingbé",
        Status::Planned,
    );
}

#[test]
fn a_verb_after_the_passive_keeps_the_guest_as_subject() {
    let text = "Le président togolais Faure Gnassingbé a été reçu mardi par le roi ashanti Otumfuo Osei Tutu II, et a eu des entretiens avec le président ghanéen John Mahama.";
    let ev = events(&format!("{LEAD}{text}\n"));
    let talks: Vec<_> = of_type(&ev, EventType::Meeting)
        .into_iter()
        .filter(|e| names(e, Role::Target).iter().any(|n| n.contains("Mahama")))
        .collect();
    assert_eq!(talks.len(), 1, "{talks:#?}");
    assert!(
        names(talks[0], Role::Source)
            .iter()
            .any(|n| n.contains("Gnassingbé")),
        "{talks:#?}"
    );
}

#[test]
fn a_reception_framing_a_statement_is_a_meeting() {
    for text in [
        "C'est ce qu'a affirmé le président ghanéen John Mahama en recevant mardi le président togolais Faure Gnassingbé.",
        "Le président ghanéen John Mahama l'a souligné en recevant le président togolais Faure Gnassingbé à Jubilee House.",
        "Le président ghanéen John Mahama a salué la qualité des relations bilatérales en accueillant le président togolais Faure Gnassingbé.",
    ] {
        assert_received(text, "Mahama", "Gnassingbé", Status::Occurred);
    }
}
