//! An invitation told in the passive whatever follows the agent: "a été
//! invité par X au sommet de Lomé", "à prendre part à", "à effectuer une
//! visite" — X invites; and "convier" with a visit or a part to take. Every
//! text is written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::{EventType, Role};

const DATELINE: &str = "Lomé, 12 mars 2025 (ATOP) - ";

/// (inviter, invited) of every INVITATION of `text` after the dateline.
fn invitations(text: &str) -> Vec<(String, String)> {
    let ev = events(&format!("{DATELINE}{text}\n"));
    let side = |e: &depeche_events::Event, role: Role| {
        e.actors
            .iter()
            .find(|a| a.role == role)
            .map(|a| a.text.clone())
            .unwrap_or_default()
    };
    of_type(&ev, EventType::Invitation)
        .iter()
        .map(|e| (side(e, Role::Source), side(e, Role::Target)))
        .collect()
}

#[test]
fn the_agent_of_a_passive_invitation_invites() {
    for text in [
        "Le président Mahama a été invité par Faure Gnassingbé au sommet de Lomé.",
        "Le président Mahama a été invité par Faure Gnassingbé à prendre part au sommet de Lomé.",
        "Le président Mahama a été invité par Faure Gnassingbé à effectuer une visite au Togo.",
        "Le président Mahama a également été invité par Faure Gnassingbé aux festivités du 27 avril.",
        "Le président John Mahama avait été invité par Faure Gnassingbé en 2024 à visiter le Togo.",
    ] {
        let found = invitations(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let (inviter, invited) = &found[0];
        assert!(inviter.contains("Gnassingbé"), "{text}: {found:?}");
        assert!(invited.contains("Mahama"), "{text}: {found:?}");
    }
}

#[test]
fn convier_with_a_visit_or_a_part_to_take() {
    for text in [
        "Le président Faure Gnassingbé a convié son homologue ghanéen John Mahama à effectuer une visite au Togo.",
        "Faure Gnassingbé a convié le président John Mahama à prendre part au sommet de Lomé.",
        "Le président Faure Gnassingbé a convié John Mahama à participer au forum économique.",
        "Faure Gnassingbé a également convié le président John Mahama à visiter le port de Lomé.",
        "Le chef de l'État Faure Gnassingbé a convié le président John Mahama à venir à Lomé.",
    ] {
        let found = invitations(text);
        assert!(
            found.iter().any(|(s, t)| s.contains("Gnassingbé") && t.contains("Mahama")),
            "{text}: {found:?}"
        );
    }
}
