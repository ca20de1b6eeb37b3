//! ACTIVITY: ceremonies a visitor is given, tributes, trees, press
//! conferences, forums, site visits — each an ACTIVITY of the visitor (both
//! leaders for joint acts). Every text is written for these tests in the
//! agencies' style.

mod common;
use common::{activities_of, has_actor};
use depeche_events::{Event, Status};

const LEAD: &str = "Hanoï, 6 mai (VNA) - Le président kényan William Ruto est arrivé lundi à \
                    Hanoï pour une visite d'État.\n\n";

fn activities(text: &str) -> Vec<Event> {
    activities_of(&format!("{LEAD}{text}\n"))
}

#[test]
fn welcome_ceremonies_are_the_visitors_activity() {
    for text in [
        "Une cérémonie d'accueil officielle a été organisée au palais présidentiel.",
        "Il a été accueilli avec les honneurs militaires au palais présidentiel.",
        "Vingt et un coups de canon ont salué son arrivée.",
        "Une garde d'honneur l'attendait au pied de la passerelle.",
    ] {
        let acts = activities(text);
        assert_eq!(acts.len(), 1, "{text}: {acts:#?}");
        assert!(has_actor(&acts[0], "Ruto"), "{text}: {acts:#?}");
    }
}

#[test]
fn tributes_and_wreaths_are_activities() {
    for text in [
        "Le président Ruto a déposé une gerbe au monument aux héros.",
        "Il a rendu hommage aux héros au monument national.",
        "Le président kényan rendra hommage aux héros mercredi.",
    ] {
        let acts = activities(text);
        assert_eq!(acts.len(), 1, "{text}: {acts:#?}");
        assert!(has_actor(&acts[0], "Ruto"), "{text}");
    }
}

#[test]
fn planting_a_tree_is_an_activity_in_any_tense() {
    for (text, status) in [
        (
            "Le président Ruto a planté un arbre dans le jardin du palais.",
            Status::Occurred,
        ),
        (
            "Le président Ruto plantera un arbre de l'amitié mercredi.",
            Status::Planned,
        ),
    ] {
        let acts = activities(text);
        assert_eq!(acts.len(), 1, "{text}: {acts:#?}");
        assert_eq!(acts[0].status, status, "{text}");
    }
}

#[test]
fn a_joint_press_conference_is_one_activity() {
    for text in [
        "Les deux présidents ont ensuite tenu une conférence de presse conjointe.",
        "Les deux présidents ont fait une déclaration à la presse.",
        "Les deux dirigeants ont tenu un point de presse à l'issue des entretiens.",
    ] {
        let acts = activities(text);
        assert_eq!(acts.len(), 1, "{text}: {acts:#?}");
    }
}

#[test]
fn forums_and_site_visits_are_separate_activities() {
    let acts = activities(
        "Le président kényan a également pris part au forum d'affaires et a visité une usine \
         de textile.",
    );
    assert_eq!(acts.len(), 2, "{acts:#?}");
}

#[test]
fn a_joint_press_conference_is_one_activity_of_both_leaders() {
    for text in [
        "Le président kényan William Ruto et le président vietnamien Lương Cường ont tenu une conférence de presse conjointe.",
        "Lors d'une conférence conjointe avec le président vietnamien Lương Cường, le président kényan William Ruto a salué les liens entre les deux pays.",
        "Le président kényan William Ruto et le président vietnamien Lương Cường ont ensuite animé un point de presse commun.",
    ] {
        let found = activities(text);
        let [press] = found.as_slice() else {
            panic!("{text}: expected one activity, found {found:#?}");
        };
        assert!(
            has_actor(press, "Ruto") && has_actor(press, "Lương Cường"),
            "{text}: {press:#?}"
        );
    }
}

#[test]
fn a_press_conference_of_one_leader_is_his_alone() {
    let found = activities(
        "Le président kényan William Ruto a tenu une conférence de presse à l'ambassade.",
    );
    let [press] = found.as_slice() else {
        panic!("expected one activity, found {found:#?}");
    };
    assert!(
        has_actor(press, "Ruto") && press.actors.len() == 1,
        "{press:#?}"
    );
}
