//! A meeting told in a frame opening the sentence ("Lors de sa rencontre
//! avec X, Y a salué …", "Après un tête-à-tête avec X, Y a quitté …"): the
//! main clause's subject meets the frame's counterpart; the name after the
//! frame's comma is that subject, not the counterpart's name. Every text
//! is written for these tests in the agencies' style.

mod common;
use common::{events, names, of_type, the_event};
use depeche_events::{EventType, Role, Status};

const DATELINE: &str = "Dakar, 12 mars 2025 (APS) -";

/// The one meeting of a one-sentence dispatch: its source, its targets
/// and its status.
fn meeting(body: &str) -> (Vec<String>, Vec<String>, Status) {
    let ev = events(&format!("{DATELINE} {body}\n"));
    let found = of_type(&ev, EventType::Meeting);
    match found.as_slice() {
        [one] => (
            names(one, Role::Source),
            names(one, Role::Target),
            one.status,
        ),
        _ => panic!("expected one meeting in {body:?}, found {found:#?}"),
    }
}

#[test]
fn the_main_subject_meets_the_frames_counterpart() {
    for opener in [
        "Lors de sa rencontre avec",
        "À l'issue de sa rencontre avec",
        "Au cours de ses entretiens avec",
        "Durant ses entretiens avec",
        "Pendant sa rencontre avec",
        "Après un tête-à-tête avec",
    ] {
        let body = format!(
            "{opener} le Premier ministre Ousmane Sonko, le ministre gambien des Affaires \
             étrangères Mamadou Tangara a salué la qualité de la coopération."
        );
        let (source, target, status) = meeting(&body);
        assert_eq!(source, ["Mamadou Tangara"], "{body}");
        assert_eq!(target, ["Ousmane Sonko"], "{body}");
        assert_eq!(status, Status::Occurred, "{body}");
    }
}

#[test]
fn a_reflexive_or_modal_main_verb_closes_the_frame_too() {
    for verb in [
        "s'est félicité de la coopération",
        "a évoqué la sécurité",
        "a annoncé un sommet",
        "doit regagner Banjul",
        "a salué les relations",
    ] {
        let body = format!(
            "Lors de sa rencontre avec le président Bassirou Diomaye Faye, le ministre \
             gambien Mamadou Tangara {verb}."
        );
        let (source, target, _) = meeting(&body);
        assert_eq!(source, ["Mamadou Tangara"], "{body}");
        assert_eq!(target, ["Bassirou Diomaye Faye"], "{body}");
    }
}

#[test]
fn a_counterpart_named_by_office_stays_the_counterpart() {
    for (office, country) in [
        ("l'ambassadeur de Chine", "CHN"),
        ("l'ambassadeur du Japon", "JPN"),
        ("le ministre malien de la Défense", "MLI"),
        ("le président de la Commission de la CEDEAO", ""),
        ("son homologue ivoirien", "CIV"),
    ] {
        let body = format!(
            "Lors de sa rencontre avec {office}, le Premier ministre Ousmane Sonko a salué \
             les relations."
        );
        let ev = events(&format!("{DATELINE} {body}\n"));
        let e = the_event(&ev, EventType::Meeting, "Sonko");
        assert_eq!(names(e, Role::Source), ["Ousmane Sonko"], "{body}");
        let target = e.actors.iter().find(|a| a.role == Role::Target);
        let target = target.unwrap_or_else(|| panic!("no counterpart in {body}: {e:#?}"));
        assert_ne!(target.text, "Ousmane Sonko", "{body}");
        if !country.is_empty() {
            assert_eq!(target.country.as_deref(), Some(country), "{body}");
        }
    }
}

#[test]
fn a_name_in_apposition_to_the_counterpart_stays_in_the_frame() {
    for body in [
        "Au cours de ses entretiens avec son homologue gambien, Adama Barrow, le président \
         Bassirou Diomaye Faye a salué la qualité des relations.",
        "Lors de sa rencontre avec le chef de la diplomatie gambienne, Mamadou Tangara, le \
         Premier ministre Ousmane Sonko a évoqué la pêche.",
        "Durant ses entretiens avec le président de la Gambie, M. Adama Barrow, le président \
         Bassirou Diomaye Faye a évoqué la Transgambienne.",
    ] {
        let (source, target, _) = meeting(body);
        assert_eq!(source.len(), 1, "{body}");
        assert_eq!(target.len(), 1, "{body}");
        assert_ne!(source, target, "{body}");
        assert!(
            ["Adama Barrow", "Mamadou Tangara"].contains(&target[0].as_str()),
            "{body}: {target:?}"
        );
    }
}

#[test]
fn a_name_ending_like_a_future_is_not_a_plan() {
    // "Tangara" ends in "-ra"; it is a name, not "rencontrera".
    let (_, _, status) = meeting(
        "À l'issue de sa rencontre avec le Premier ministre Ousmane Sonko, le ministre \
         gambien Mamadou Tangara a quitté Dakar.",
    );
    assert_eq!(status, Status::Occurred);
}
