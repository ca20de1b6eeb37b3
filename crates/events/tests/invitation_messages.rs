//! Invitations carried by a message: "a reçu un message du président X
//! l'invitant à …" (X invites the one who received it), "Y, porteur d'un
//! message du président X, a remis au président Z une invitation …" (X
//! invites Z, not the messenger Y). Every text is written for these tests.

mod common;
use common::{events, names, of_type};
use depeche_events::{EventType, Role};

/// (inviters, invitees) of the invitations of `text`.
fn invitations(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let ev = events(&format!("Dakar, 10 juin 2025 (APS) - {text}\n"));
    of_type(&ev, EventType::Invitation)
        .into_iter()
        .map(|e| (names(e, Role::Source), names(e, Role::Target)))
        .collect()
}

fn invites(text: &str, inviter: &str, invitee: &str) {
    let found = invitations(text);
    let ok = found.iter().any(|(s, t)| {
        s.iter().any(|n| n.contains(inviter)) && t.iter().any(|n| n.contains(invitee))
    });
    assert!(ok, "{text}: {found:?}");
}

#[test]
fn a_message_inviting_its_receiver() {
    for text in [
        "Le président Bassirou Diomaye Faye a reçu mardi un message du président ivoirien Alassane Ouattara l'invitant à prendre part au sommet d'Abidjan.",
        "Le président Bassirou Diomaye Faye a reçu une lettre du président Alassane Ouattara l'invitant à effectuer une visite d'État en Côte d'Ivoire.",
        "Bassirou Diomaye Faye a reçu lundi un courrier de son homologue ivoirien Alassane Ouattara l'invitant au sommet de la CEDEAO.",
        "Le chef de l'État sénégalais Bassirou Diomaye Faye avait reçu le message du président Alassane Ouattara l'invitant à Abidjan.",
        "Selon un communiqué, le président Bassirou Diomaye Faye a reçu jeudi à Dakar une missive du président Alassane Ouattara l'invitant à la conférence d'Abidjan.",
    ] {
        invites(text, "Ouattara", "Faye");
    }
}

#[test]
fn a_messenger_hands_over_the_author_s_invitation() {
    for text in [
        "Le ministre ghanéen des Affaires étrangères, Samuel Okudzeto Ablakwa, porteur d'un message du président John Mahama, a remis au président Bassirou Diomaye Faye une invitation à effectuer une visite officielle au Ghana.",
        "Samuel Okudzeto Ablakwa, émissaire du président John Mahama, a transmis au président Bassirou Diomaye Faye une invitation à se rendre à Accra.",
        "Porteur d'un message du président John Mahama, le ministre Samuel Okudzeto Ablakwa a remis au président Bassirou Diomaye Faye une invitation au sommet d'Accra.",
    ] {
        invites(text, "Mahama", "Faye");
        let found = invitations(text);
        assert!(
            found
                .iter()
                .all(|(s, _)| s.iter().all(|n| !n.contains("Ablakwa"))),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_message_inviting_no_one_is_no_invitation() {
    let found = invitations(
        "Le président Bassirou Diomaye Faye a reçu un message du président Alassane Ouattara le félicitant pour sa victoire.",
    );
    assert!(found.is_empty(), "{found:?}");
}
