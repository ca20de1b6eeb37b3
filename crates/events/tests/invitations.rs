//! Invitations in the forms copy uses: invited in the passive ("a été
//! invité par X à effectuer"), an invitation received ("a reçu une
//! invitation du président X"), accepted with words between ("a accepté
//! avec plaisir l'invitation du président X"), addressed or renewed by its
//! author ("a adressé au président Y une invitation", "a réitéré son
//! invitation au président Y"), carried by a messenger ("a transmis au
//! président Y l'invitation du président X"), or to a place or a meeting
//! ("a invité son homologue au sommet"). The inviter is the source, the
//! invited the target. Every text is written for these tests.

mod common;
use common::{events, names, of_type};
use depeche_events::{EventType, Role};

const LEAD: &str = "Accra, 3 mars 2025 (GNA) - ";

/// Asserts one invitation in `text`, from the Ghanaian to the Togolese
/// president.
fn assert_invited(text: &str) {
    let ev = events(&format!("{LEAD}{text}\n"));
    let found = of_type(&ev, EventType::Invitation);
    let [one] = found.as_slice() else {
        panic!("{text}: expected one invitation, found {found:#?}");
    };
    let sources = names(one, Role::Source);
    let targets = names(one, Role::Target);
    assert!(
        sources.iter().any(|n| n.contains("Mahama"))
            && targets.iter().any(|n| n.contains("Gnassingbé")),
        "{text}: {sources:?} -> {targets:?}"
    );
}

#[test]
fn the_invited_as_subject() {
    for text in [
        "Le président togolais Faure Gnassingbé a été invité par le président ghanéen John Mahama à effectuer une visite au Ghana.",
        "Le président togolais Faure Gnassingbé a été invité mardi par le président ghanéen John Mahama.",
        "Le président togolais Faure Gnassingbé a reçu une invitation du président ghanéen John Mahama à se rendre au Ghana.",
        "Le président togolais Faure Gnassingbé a accepté avec plaisir l'invitation du président ghanéen John Mahama à se rendre au Ghana.",
        "Le président togolais Faure Gnassingbé est arrivé lundi à Accra à l'invitation du président ghanéen John Mahama.",
    ] {
        assert_invited(text);
    }
}

#[test]
fn the_inviter_as_subject() {
    for text in [
        "Le président ghanéen John Mahama a adressé au président togolais Faure Gnassingbé une invitation à effectuer une visite au Ghana.",
        "Le président ghanéen John Mahama a réitéré son invitation au président togolais Faure Gnassingbé à se rendre au Ghana.",
        "Le président ghanéen John Mahama a transmis une invitation au président togolais Faure Gnassingbé pour une visite d'État au Ghana.",
        "Le président ghanéen John Mahama a invité son homologue togolais Faure Gnassingbé à Accra l'an prochain.",
        "Le président ghanéen John Mahama a invité son homologue togolais Faure Gnassingbé au sommet de la CEDEAO.",
    ] {
        assert_invited(text);
    }
}

#[test]
fn a_messenger_is_not_the_inviter() {
    for text in [
        "L'ambassadeur ghanéen Kwame Mensah a transmis au président togolais Faure Gnassingbé l'invitation du président ghanéen John Mahama.",
        "Le président ghanéen John Mahama a chargé son ministre des Affaires étrangères de transmettre au président togolais Faure Gnassingbé son invitation à venir au Ghana.",
    ] {
        assert_invited(text);
    }
}

#[test]
fn an_invitation_addressed_by_one_and_carried_by_another() {
    for text in [
        "L'ambassadeur ghanéen Kwame Asante a remis au ministre togolais Robert Dussey une invitation adressée par le président ghanéen John Mahama au président togolais Faure Gnassingbé.",
        "Le ministre ghanéen Samuel Ablakwa a transmis au ministre togolais Robert Dussey une invitation adressée par le président John Mahama au président Faure Gnassingbé à effectuer une visite d'État au Ghana.",
        "L'envoyé spécial Kwame Asante a remis à Robert Dussey une invitation envoyée par le président ghanéen John Mahama au président togolais Faure Gnassingbé pour le sommet d'Accra.",
        "Le ministre Samuel Ablakwa a remis lundi au ministre Robert Dussey une invitation adressée par John Mahama au président Faure Gnassingbé.",
        "Samuel Ablakwa a transmis à Robert Dussey une invitation lancée par le président ghanéen John Mahama au président togolais Faure Gnassingbé.",
    ] {
        assert_invited(text);
    }
}
