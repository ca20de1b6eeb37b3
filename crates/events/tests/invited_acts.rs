//! The act an invitation asks for is no act of its own: "une invitation à
//! prendre part au sommet", "a été invité à assister aux célébrations",
//! "convié à participer au forum" give no ACTIVITY, while "participera au
//! forum" told for itself is a planned one. Every text is written for
//! these tests.

mod common;
use common::activities_of;

fn activities(text: &str) -> usize {
    activities_of(&format!(
        "Dakar, 10 juin 2025 (APS) - Le président Bassirou Diomaye Faye a reçu le ministre marocain Nasser Bourita. {text}\n"
    ))
    .len()
}

#[test]
fn the_act_an_invitation_asks_for_is_none() {
    for text in [
        "Le message contient une invitation à prendre part au sommet d'Abidjan.",
        "Le président Faye a été invité à assister aux célébrations de l'indépendance du Maroc.",
        "Le roi a convié le président à participer au forum de Dakhla.",
        "Nasser Bourita a transmis une invitation à participer à la conférence de Rabat.",
        "Le président Faye a accepté l'invitation à prendre part au forum de Tanger.",
        "Les ministres sénégalais sont invités à assister à l'inauguration du port de Tanger.",
    ] {
        assert_eq!(activities(text), 0, "{text}");
    }
}

#[test]
fn an_act_told_for_itself_stays() {
    for text in [
        "Le ministre ivoirien Kacou Adom participera au forum de Dakar.",
        "Le ministre ivoirien Kacou Adom a assisté au défilé de la fête nationale à Dakar.",
    ] {
        assert_eq!(activities(text), 1, "{text}");
    }
}
