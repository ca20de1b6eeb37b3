//! Guests named as present at a ceremony: "a prêté serment en présence
//! des présidents sud-africain X et zimbabwéen Y", "les obsèques se sont
//! déroulées en présence du roi X et du président Y". Each foreign guest
//! attended: an ACTIVITY of their own, at the ceremony's place. Guests of
//! the ceremony's own country and the witnesses of a signing are none.
//! Every text is written for these tests.

mod common;
use common::{activities_of, countries};

/// The sources of the activities, each with its countries.
fn attended(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    activities_of(&format!("Maputo, 15 janvier 2025 (AIM) - {text}\n"))
        .iter()
        .map(|e| {
            let who = e.actors.iter().map(|a| a.text.clone()).collect();
            (who, countries(e))
        })
        .collect()
}

fn one_each(text: &str, guests: &[(&str, &str)]) {
    let found = attended(text);
    for (name, country) in guests {
        let alone = found.iter().any(|(who, cs)| {
            who.len() == 1
                && who.iter().all(|w| w.contains(name))
                && cs.contains(&country.to_string())
                && cs.contains(&"MOZ".to_string())
        });
        assert!(alone, "{text}: {name} not alone in {found:?}");
    }
}

#[test]
fn each_guest_named_with_a_nationality_attended() {
    one_each(
        "Daniel Chapo a prêté serment mercredi comme président du Mozambique, en présence des présidents sud-africain Cyril Ramaphosa, zimbabwéen Emmerson Mnangagwa et botswanais Duma Boko.",
        &[("Ramaphosa", "ZAF"), ("Mnangagwa", "ZWE"), ("Boko", "BWA")],
    );
    one_each(
        "La cérémonie d'investiture s'est déroulée au stade de Maputo en présence du président rwandais Paul Kagame et du Premier ministre portugais Luis Montenegro.",
        &[("Kagame", "RWA"), ("Montenegro", "PRT")],
    );
}

#[test]
fn guests_in_other_words_and_lists() {
    for (text, guests) in [
        (
            "Les obsèques nationales de l'ancien président se sont tenues jeudi en présence de Cyril Ramaphosa.",
            vec![("Ramaphosa", "ZAF")],
        ),
        (
            "Le défilé de la fête de l'indépendance a eu lieu en présence de plusieurs chefs d'État, dont Paul Kagame, Cyril Ramaphosa et Hakainde Hichilema.",
            vec![("Kagame", "RWA"), ("Ramaphosa", "ZAF"), ("Hichilema", "ZMB")],
        ),
        (
            "En présence du président angolais João Lourenço, le nouveau chef de l'État a été investi samedi.",
            vec![("Lourenço", "AGO")],
        ),
        (
            "L'inauguration du nouveau pont s'est faite en présence du président malawite Lazarus Chakwera et du président zambien Hakainde Hichilema.",
            vec![("Chakwera", "MWI"), ("Hichilema", "ZMB")],
        ),
    ] {
        one_each(text, &guests);
    }
}

#[test]
fn guests_of_the_ceremonys_own_country_attend_at_home() {
    let found = attended(
        "Daniel Chapo a prêté serment mercredi en présence du président sortant Filipe Nyusi et du président sud-africain Cyril Ramaphosa.",
    );
    assert!(
        found
            .iter()
            .all(|(who, _)| who.iter().all(|w| !w.contains("Nyusi"))),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(who, _)| who.iter().any(|w| w.contains("Ramaphosa"))),
        "{found:?}"
    );
}

#[test]
fn witnesses_of_a_signing_or_of_talks_are_no_guests() {
    for text in [
        "Les deux accords ont été signés en présence des présidents Cyril Ramaphosa et Daniel Chapo.",
        "La cérémonie de signature s'est déroulée en présence du président sud-africain Cyril Ramaphosa.",
        "Le ministre Maria Manuela Lucas a reçu son homologue zambien en présence de l'ambassadeur Cyril Ramaphosa.",
    ] {
        let found = attended(text);
        assert!(
            found.iter().all(|(who, _)| who.iter().all(|w| !w.contains("Ramaphosa"))),
            "{text}: {found:?}"
        );
    }
}
