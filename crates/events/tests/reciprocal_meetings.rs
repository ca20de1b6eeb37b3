//! Two sides meeting each other with no "avec": "les deux chefs d'État se
//! sont entretenus en tête-à-tête", "X et Y ont eu un entretien", "les deux
//! présidents auront un entretien", "Après un tête-à-tête au palais, les
//! deux présidents …", "se sont retrouvés pour un entretien en
//! tête-à-tête". One MEETING between the two, with the tense of its verb.
//! Every text is written for these tests.

mod common;
use common::{countries, events, of_type, pair};
use depeche_events::{EventType, Status};

const LEAD: &str = "Banjul, 14 octobre 2025 (APS) - Le président sénégalais Bassirou Diomaye Faye \
                    effectue une visite en Gambie. Son homologue Adama Barrow a salué sa venue. ";

/// The status of the one meeting of the lead followed by `text`, checked
/// to be between the two presidents.
fn the_meeting(text: &str) -> Status {
    let ev = events(&format!("{LEAD}{text}\n"));
    let found = of_type(&ev, EventType::Meeting);
    let [one] = found.as_slice() else {
        panic!("{text}: expected one meeting, found {found:#?}");
    };
    assert_eq!(countries(one), pair("GMB", "SEN"), "{text}");
    let people = one
        .actors
        .iter()
        .filter(|a| a.kind == Some(depeche_names::EntityKind::Person))
        .count();
    assert_eq!(people, 2, "{text}: {:?}", one.actors);
    one.status
}

#[test]
fn a_plural_subject_meets_itself_in_the_past() {
    for text in [
        "Les deux dirigeants se sont entretenus en tête-à-tête, puis en format élargi.",
        "Les deux chefs d'État ont eu un entretien en tête-à-tête au palais présidentiel.",
        "Bassirou Diomaye Faye et Adama Barrow ont eu des entretiens à la State House.",
        "Le président Faye et son homologue Barrow se sont entretenus mardi au palais.",
        "Après un tête-à-tête au palais, les deux présidents ont assisté à la signature de plusieurs accords.",
        "Lors de leur tête-à-tête, les deux chefs d'État ont évoqué la sécurité dans la région.",
        "Les deux chefs d'État se sont ensuite retrouvés au palais pour un entretien en tête-à-tête.",
    ] {
        assert_eq!(the_meeting(text), Status::Occurred, "{text}");
    }
}

#[test]
fn a_plural_subject_meets_itself_in_the_future() {
    for text in [
        "Les deux présidents auront un entretien en tête-à-tête mercredi.",
        "Les deux chefs d'État auront des entretiens au palais mercredi matin.",
    ] {
        assert_eq!(the_meeting(text), Status::Planned, "{text}");
    }
}

#[test]
fn with_avec_the_counterpart_is_who_follows() {
    let text = "Le président Barrow a eu un entretien en tête-à-tête au palais avec le ministre \
                sénégalais des Affaires étrangères Yassine Fall.";
    let ev = events(&format!("{LEAD}{text}\n"));
    let found = of_type(&ev, EventType::Meeting);
    assert!(
        found
            .iter()
            .any(|m| m.actors.iter().any(|a| a.text.contains("Fall"))),
        "{found:#?}"
    );
}
