//! A plan for a part of the day ("il rencontrera en fin de journée son
//! homologue", "doit dîner dans la soirée avec") is on the day its story
//! states, else on the dispatch's day; a dispatch date without a day dates
//! no such plan. Every text is written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::{EventType, Status};

/// The date of the one planned meeting of `text`.
fn planned_meeting_date(text: &str) -> Option<String> {
    let ev = events(text);
    let plans: Vec<_> = of_type(&ev, EventType::Meeting)
        .into_iter()
        .filter(|e| e.status == Status::Planned)
        .collect();
    match plans.as_slice() {
        [one] => one.date.value.clone(),
        _ => panic!("{text}: expected one planned meeting, found {plans:#?}"),
    }
}

#[test]
fn a_plan_later_in_the_day_takes_the_dispatch_day() {
    for text in [
        "Abidjan, 11 mars 2025 (AIP) - Le président béninois Patrice Talon est arrivé à Abidjan pour une courte visite. Il rencontrera en fin de journée son homologue ivoirien, Alassane Ouattara.\n",
        "Abidjan, 11 mars 2025 (AIP) - Le président béninois Patrice Talon doit s'entretenir en fin d'après-midi avec le président ivoirien Alassane Ouattara.\n",
        "Abidjan, 11 mars 2025 (AIP) - Le président béninois Patrice Talon s'entretiendra dans la soirée avec le président ivoirien Alassane Ouattara.\n",
        "Abidjan, 11 mars 2025 (AIP) - Le président béninois Patrice Talon va rencontrer dans l'après-midi le président ivoirien Alassane Ouattara.\n",
        "Abidjan, 11 mars 2025 (AIP) - Le président béninois Patrice Talon aura en début de soirée un entretien avec le président ivoirien Alassane Ouattara.\n",
    ] {
        assert_eq!(planned_meeting_date(text).as_deref(), Some("2025-03-11"), "{text}");
    }
}

#[test]
fn a_plan_later_in_a_stated_day_takes_that_day() {
    let text = "Dakar, 10 juin 2025 (APS) - Le président gambien Adama Barrow a été reçu mercredi 11 juin par le président Bassirou Diomaye Faye. Il s'entretiendra dans la soirée avec le Premier ministre Ousmane Sonko.\n";
    assert_eq!(
        planned_meeting_date(text).as_deref(),
        Some("2025-06-11"),
        "{text}"
    );
}

#[test]
fn a_dispatch_without_a_day_dates_no_part_of_the_day() {
    let text = " date 2025-03 Le président béninois Patrice Talon rencontrera en fin de journée le président ivoirien Alassane Ouattara à Abidjan.\n";
    assert_eq!(planned_meeting_date(text), None, "{text}");
}

#[test]
fn a_bare_weekday_takes_the_date_the_text_writes_with_it() {
    for text in [
        "JAKARTA - Le vice-président chinois Han Zheng est arrivé samedi soir en Indonésie pour une visite officielle. Han Zheng a été cité samedi 19 octobre par l'agence ANTARA.\n",
        "JAKARTA - Le vice-président chinois Han Zheng est arrivé samedi en Indonésie pour une visite officielle. L'investiture aura lieu dimanche 20 octobre, a indiqué samedi 19 octobre le ministère.\n",
    ] {
        let ev = events(text);
        let visits = of_type(&ev, EventType::Visit);
        assert!(
            visits.iter().any(|v| v.date.value.as_deref() == Some("--10-19")),
            "{text}: {visits:#?}"
        );
    }
    // Two dates written with one weekday: the bare weekday stays undated.
    let two = "JAKARTA - Le vice-président chinois Han Zheng est arrivé samedi en Indonésie pour une visite officielle, annoncée samedi 12 octobre et confirmée samedi 19 octobre.\n";
    let ev = events(two);
    assert!(
        of_type(&ev, EventType::Visit)
            .iter()
            .all(|v| v.date.text.as_deref() != Some("samedi") || v.date.value.is_none()),
        "{two}"
    );
}

#[test]
fn decorations_at_a_dated_ceremony_take_its_day() {
    for text in [
        " date 2025-07 Une cérémonie a eu lieu le 18 juillet à Hanoï pour remettre l'Ordre national de l'Or du Laos à plusieurs dirigeants vietnamiens.\n\nAu nom de l'État lao, le vice-président Bounthong Chitmany a remis l'Ordre national de l'Or au Premier ministre Pham Minh Chinh.\n",
        " date 2025-07 Une cérémonie s'est tenue le 18 juillet à Hanoï en l'honneur de l'amitié lao-vietnamienne.\n\nLe vice-président Bounthong Chitmany a décerné l'Ordre de l'Amitié au Premier ministre Pham Minh Chinh.\n",
        " date 2025-07 La cérémonie de remise des décorations s'est déroulée le 18 juillet au palais présidentiel.\n\nLe vice-président lao Bounthong Chitmany a remis l'Ordre Issara au Premier ministre vietnamien Pham Minh Chinh.\n",
    ] {
        let ev = events(text);
        let awards = of_type(&ev, EventType::Award);
        assert!(!awards.is_empty(), "{text}: no award");
        assert!(
            awards
                .iter()
                .all(|a| a.date.value.as_deref() == Some("2025-07-18")),
            "{text}: {awards:#?}"
        );
    }
    // A ceremony held later than the award told before it does not date it.
    let before = " date 2025-07 Le vice-président lao Bounthong Chitmany a remis l'Ordre Issara au Premier ministre vietnamien Pham Minh Chinh.\n\nUne cérémonie aura lieu le 25 juillet pour les autres lauréats.\n";
    let ev = events(before);
    assert!(
        of_type(&ev, EventType::Award)
            .iter()
            .all(|a| a.date.value.as_deref() != Some("2025-07-25")),
        "{before}"
    );
}
