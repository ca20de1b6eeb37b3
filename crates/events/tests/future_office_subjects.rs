//! An office as the subject of a verb in the future or after a modal ("Le
//! président sénégalais recevra jeudi le Premier ministre X", "va
//! rencontrer", "doit recevoir"): the office acts, and the name after the
//! verb is the other side — the verb stands between, so the office does not
//! describe that name. Every text is written for these tests.

mod common;
use common::{names_both, sides};
use depeche_events::EventType;

const DATELINE: &str = "Dakar, 14 mars 2025 (APS) - ";

/// (sources, targets) of every MEETING of `text` after the dateline.
fn meetings(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    sides(&format!("{DATELINE}{text}\n"), EventType::Meeting)
}

#[test]
fn the_office_meets_the_name_after_the_verb() {
    for (text, office, other) in [
        (
            "Le président sénégalais recevra jeudi le Premier ministre gambien Mamadou Tangara.",
            "Le président sénégalais",
            "Mamadou Tangara",
        ),
        (
            "Le président gambien rencontrera vendredi le Premier ministre Ousmane Sonko.",
            "Le président gambien",
            "Ousmane Sonko",
        ),
        (
            "Le président gambien va rencontrer vendredi le Premier ministre Ousmane Sonko.",
            "Le président gambien",
            "Ousmane Sonko",
        ),
        (
            "Le Premier ministre malien recevra jeudi la ministre sénégalaise Yassine Fall.",
            "Le Premier ministre malien",
            "Yassine Fall",
        ),
        (
            "Le chef de l'État ivoirien s'entretiendra demain avec le président Bassirou Diomaye Faye.",
            "Le chef de l'État ivoirien",
            "Bassirou Diomaye Faye",
        ),
    ] {
        let found = meetings(text);
        assert!(names_both(&found, office, other), "{text}: {found:?}");
    }
}

#[test]
fn a_description_right_before_its_name_still_describes_it() {
    // No verb between: the office is the name's title, one actor.
    let text = "Le président sénégalais Bassirou Diomaye Faye recevra jeudi le Premier ministre gambien Mamadou Tangara.";
    let found = meetings(text);
    assert!(
        found
            .iter()
            .any(|(s, t)| s.iter().any(|n| n == "Bassirou Diomaye Faye")
                && t.iter().any(|n| n == "Mamadou Tangara")),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .flat_map(|(s, t)| s.iter().chain(t))
            .any(|n| n.starts_with("Le président")),
        "{found:?}"
    );
}
