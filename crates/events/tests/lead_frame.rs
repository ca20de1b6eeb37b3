//! The lead frames the story: exchanges listed after a lead that gives the
//! day and the place ("en marge de l'Assemblée générale, à New York") took
//! place there and then. Every text is written for these tests in the
//! agencies' style.

mod common;
use common::{countries, events, of_type, the_event};
use depeche_events::EventType;

const SERIES: &str = "Rencontres en marge de l'Assemblée générale\n\nLe ministre sénégalais des \
                      Affaires étrangères, Yassine Fall, a tenu, ce mercredi 24 septembre à New \
                      York, une série d'entretiens en marge de l'Assemblée générale des Nations \
                      unies.\n\nYassine Fall s'est entretenue avec son homologue japonais, \
                      Takeshi Iwaya.\n\nElle a également rencontré la ministre canadienne des \
                      Affaires étrangères, Mélanie Joly.\n";

#[test]
fn exchanges_after_the_lead_take_its_place() {
    let ev = events(SERIES);
    for who in ["Iwaya", "Joly"] {
        let m = the_event(&ev, EventType::Meeting, who);
        assert!(countries(m).contains(&"USA".to_string()), "{m:#?}");
    }
}

#[test]
fn an_undated_dispatch_takes_the_leads_day() {
    let ev = events(SERIES);
    let m = the_event(&ev, EventType::Meeting, "Iwaya");
    assert_eq!(m.date.value.as_deref(), Some("--09-24"));
}

#[test]
fn a_dated_dispatch_keeps_its_own_date() {
    let text = SERIES.replace(
        "Le ministre sénégalais",
        "New York, 25 septembre 2025 (APS) - Le ministre sénégalais",
    );
    let ev = events(&text);
    let m = the_event(&ev, EventType::Meeting, "Joly");
    assert_eq!(m.date.value.as_deref(), Some("2025-09-25"));
}

#[test]
fn an_event_with_its_own_place_keeps_it() {
    let text = format!(
        "{SERIES}\nLe lendemain, à Washington, elle a rencontré le secrétaire d'État Marco \
         Rubio.\n"
    );
    let ev = events(&text);
    let m = the_event(&ev, EventType::Meeting, "Rubio");
    assert_eq!(
        m.location.as_ref().and_then(|l| l.country.as_deref()),
        Some("USA")
    );
    assert!(m
        .location
        .as_ref()
        .is_some_and(|l| l.text.contains("Washington")));
}

#[test]
fn a_phone_call_has_no_place_from_the_lead() {
    let text = format!(
        "{SERIES}\nElle s'est par ailleurs entretenue au téléphone avec son homologue gambien, \
         Mamadou Tangara.\n"
    );
    let ev = events(&text);
    let call = of_type(&ev, EventType::Meeting)
        .into_iter()
        .find(|e| e.subtype == Some(depeche_events::Subtype::Phone))
        .cloned();
    let call = call.unwrap_or_else(|| panic!("a phone call: {ev:#?}"));
    assert!(call.location.is_none(), "{call:#?}");
}
