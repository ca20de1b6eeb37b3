//! Agreements told by other verbs than "signer": a text initialled
//! ("ont paraphé jeudi un accord", "a été paraphé", "parapheront"), and
//! instruments of ratification exchanged with a time before them ("ont
//! échangé jeudi les instruments de ratification"). A group led by a person
//! named after its body ("une délégation du Parti communiste chinois
//! conduite par X") is that person, met once. Every text is written for
//! these tests.

mod common;
use common::{events, of_type, sides};
use depeche_events::{EventType, Status};

const LEAD: &str = "Hanoï, 14 mars 2025 (VNA) - Le ministre cambodgien des Affaires étrangères \
                    Prak Sokhonn effectue une visite officielle au Vietnam. ";

#[test]
fn initialled_and_ratified_texts_are_agreements() {
    for (text, status) in [
        ("Le Vietnam et le Cambodge ont paraphé jeudi un accord sur la démarcation de la frontière.", Status::Occurred),
        ("Un accord sur la démarcation de la frontière a été paraphé jeudi par les deux ministres.", Status::Occurred),
        ("Les ministres Bui Thanh Son et Prak Sokhonn ont paraphé le protocole additionnel.", Status::Occurred),
        ("Les deux pays parapheront vendredi le texte de l'accord commercial.", Status::Planned),
        ("Les ministres Bui Thanh Son et Prak Sokhonn ont échangé jeudi les instruments de ratification du traité d'extradition.", Status::Occurred),
        ("Les deux ministres ont échangé ce matin les instruments de ratification de la convention consulaire.", Status::Occurred),
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let found: Vec<Status> = of_type(&ev, EventType::Agreement)
            .iter()
            .map(|e| e.status)
            .collect();
        assert!(found.contains(&status), "{text}: {found:?}");
    }
}

#[test]
fn a_delegation_led_by_someone_named_after_its_body_is_met_once() {
    let text = "Hanoï, 14 mars 2025 (VNA) - Le secrétaire général To Lam a reçu jeudi à Hanoï une délégation du Parti communiste chinois conduite par Li Shulei.\n";
    let found = sides(text, EventType::Meeting);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found
            .iter()
            .all(|(_, t)| t.iter().any(|n| n == "Li Shulei")),
        "{found:?}"
    );
}
