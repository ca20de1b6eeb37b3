//! An envoy summoned by the ministry of the state he is posted to: one
//! MEETING, the summoning state (its ministry or minister) as source, the
//! envoy with the country he serves as target. Only envoys are summoned:
//! a council or a meeting convened is no meeting with a foreign side.
//! Every text is written for these tests.

mod common;
use common::{countries, events, has_actor, of_type, only_meeting};
use depeche_events::{Event, EventType, Subtype};

/// The one meeting of `text`, a summons whose countries are `want`.
fn the_summons(text: &str, want: &[&str]) -> Event {
    let (m, ev) = only_meeting(text);
    assert_eq!(m.subtype, Some(Subtype::Summons), "{m:#?}");
    assert_eq!(countries(&m), want, "{m:#?}");
    assert!(of_type(&ev, EventType::Agreement).is_empty(), "{ev:#?}");
    m
}

#[test]
fn an_envoy_summoned_by_the_ministry() {
    let named = "Ouagadougou, 2 mai 2024 (AIB) - Le chargé d'affaires de l'ambassade de France au \
                 Burkina Faso, Jean Dupont, a été convoqué jeudi soir par le ministère des \
                 Affaires étrangères.\n";
    let m = the_summons(named, &["BFA", "FRA"]);
    assert!(has_actor(&m, "Jean Dupont"), "{m:#?}");
    let unnamed =
        "Ouagadougou, 2 mai 2024 (AIB) - L'ambassadeur de France a été convoqué jeudi par \
                   le ministère des Affaires étrangères.\n";
    the_summons(unnamed, &["BFA", "FRA"]);
}

#[test]
fn an_envoy_summoned_to_the_ministry() {
    let text = "Alger, 2 mai 2024 (APS) - L'ambassadeur de France en Algérie a été convoqué jeudi \
                au ministère des Affaires étrangères.\n";
    the_summons(text, &["DZA", "FRA"]);
    let plural = "Alger, 2 mai 2024 (APS) - Les ambassadeurs d'Espagne et de France ont été \
                  convoqués jeudi au ministère des Affaires étrangères.\n";
    let ev = events(plural);
    let summoned = of_type(&ev, EventType::Meeting);
    assert!(!summoned.is_empty(), "{ev:#?}");
    assert!(
        summoned.iter().all(|e| e.subtype == Some(Subtype::Summons)
            && e.actors.iter().any(|a| a.country.as_deref() == Some("DZA"))),
        "{ev:#?}"
    );
}

#[test]
fn a_minister_summons_an_envoy() {
    let named = "Alger, 2 mai 2024 (APS) - Le ministre des Affaires étrangères, Ahmed Attaf, a \
                 convoqué jeudi l'ambassadeur d'Espagne, Fernando Moran.\n";
    let m = the_summons(named, &["DZA", "ESP"]);
    assert!(
        has_actor(&m, "Attaf") && has_actor(&m, "Fernando Moran"),
        "{m:#?}"
    );
    let country = "Moscou, 2 mai 2024 (TASS) - La Russie a convoqué jeudi l'ambassadeur du \
                   Royaume-Uni pour protester contre de nouvelles sanctions.\n";
    the_summons(country, &["GBR", "RUS"]);
}

#[test]
fn a_council_convened_is_no_summons() {
    let text = "Alger, 2 mai 2024 (APS) - Le président Abdelmadjid Tebboune a convoqué jeudi le \
                Haut Conseil de sécurité.\n";
    let ev = events(text);
    assert!(of_type(&ev, EventType::Meeting).is_empty(), "{ev:#?}");
}
