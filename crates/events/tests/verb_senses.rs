//! Meeting verbs in their other senses: "entretenir" without its reflexive
//! maintains ties ("les liens que l'ANC entretient avec le PCV"), and a
//! verb whose object is a relative "que" after a thing received ("la
//! distinction qu'il a reçue") meets no one named after it. The reflexive
//! and the person received still meet. Every text is written for these
//! tests.

mod common;
use common::{all_names, events, of_type};
use depeche_events::EventType;

const LEAD: &str = "Rabat, 12 mars 2025 (MAP) - Le roi Mohammed VI a présidé lundi le \
                    Conseil des ministres au palais royal. ";

/// The names of the two sides of every MEETING of the lead and `text`.
fn meetings(text: &str) -> Vec<Vec<String>> {
    let ev = events(&format!("{LEAD}{text}\n"));
    of_type(&ev, EventType::Meeting)
        .iter()
        .map(|e| all_names(e))
        .collect()
}

/// Each text has no MEETING.
fn meets_no_one(texts: &[&str]) {
    for text in texts {
        let found = meetings(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

/// Each text has a MEETING with its counterpart on one side.
fn meets(cases: &[(&str, &str)]) {
    for (text, counterpart) in cases {
        let found = meetings(text);
        assert!(
            found
                .iter()
                .any(|names| names.iter().any(|n| n == counterpart)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn entretenir_without_its_reflexive_maintains_ties() {
    meets_no_one(&[
        "Le Maroc entretient des relations étroites avec le Sénégal depuis 1960.",
        "Le ministre a salué les liens fraternels que le Maroc entretient avec la Mauritanie.",
        "Les deux royaumes entretiennent avec l'Espagne une coopération exemplaire.",
        "Le Maroc entretenait alors avec l'Algérie des rapports difficiles.",
        "Le parti entretient depuis des décennies un dialogue régulier avec le Front Polisario.",
    ]);
}

#[test]
fn the_reflexive_and_the_noun_still_meet() {
    meets(&[
        (
            "Le roi Mohammed VI s'entretient mardi avec le président sénégalais Bassirou Diomaye Faye.",
            "Bassirou Diomaye Faye",
        ),
        (
            "Le chef du gouvernement Aziz Akhannouch et le président mauritanien Mohamed Ould Ghazouani s'entretiennent depuis ce matin avec les chefs d'entreprise.",
            "Mohamed Ould Ghazouani",
        ),
        (
            "Lors de son entretien avec le président sénégalais Bassirou Diomaye Faye, le roi Mohammed VI a salué les progrès accomplis.",
            "Bassirou Diomaye Faye",
        ),
    ]);
}

#[test]
fn a_thing_received_in_a_relative_meets_no_one() {
    meets_no_one(&[
        "Le diplomate s'est dit honoré de la distinction qu'il a reçue, en exprimant sa gratitude au roi Mohammed VI.",
        "Il a évoqué le message que le président a reçu mardi du roi Mohammed VI.",
        "L'ambassadeur a salué l'accueil chaleureux qu'il a reçu, en remerciant le roi Mohammed VI.",
        "Le ministre a rappelé le soutien constant que son pays a reçu du roi Mohammed VI.",
        "Elle a montré la médaille qu'elle avait reçue des mains du roi Mohammed VI.",
    ]);
}

#[test]
fn a_person_received_still_meets() {
    meets(&[
        (
            "Le roi a déclaré qu'il a reçu mardi le ministre malien des Affaires étrangères Abdoulaye Diop.",
            "Abdoulaye Diop",
        ),
        (
            "L'ambassadeur du Mali, Mohamed Traoré, qu'il a reçu mardi, a transmis un message.",
            "Mohamed Traoré",
        ),
        (
            "Le roi Mohammed VI a reçu mardi le ministre malien des Affaires étrangères Abdoulaye Diop.",
            "Abdoulaye Diop",
        ),
        (
            "Le communiqué précise que le roi Mohammed VI a reçu lundi le ministre malien Abdoulaye Diop.",
            "Abdoulaye Diop",
        ),
        (
            "Le cabinet royal indique que le roi a reçu lundi le ministre malien Abdoulaye Diop.",
            "Abdoulaye Diop",
        ),
    ]);
}
