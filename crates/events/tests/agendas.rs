//! Agendas and programmes: every item a programme lists is one planned
//! event of its own type, whatever the tense or the verb that announces it.
//! Every text is written for these tests in the agencies' style.

mod common;
use common::{events, has_actor, of_type, the_event};
use depeche_events::{EventType, Status};

const LEAD: &str = "Abidjan, 10 mars 2025 (AIP) - Le président ghanéen John Mahama est arrivé \
                    lundi à Abidjan pour une visite d'État de trois jours.\n\n";

fn planned_of(text: &str, kind: EventType) -> usize {
    let ev = events(&format!("{LEAD}{text}\n"));
    of_type(&ev, kind)
        .into_iter()
        .filter(|e| e.status == Status::Planned && has_actor(e, "Mahama"))
        .count()
}

#[test]
fn future_and_modal_meetings_are_planned() {
    for text in [
        "Mardi, il rencontrera le Premier ministre Robert Beugré Mambé.",
        "Selon le programme, il doit rencontrer mardi le Premier ministre Robert Beugré Mambé.",
        "Il aura également un entretien avec le Premier ministre Robert Beugré Mambé.",
        "Le président Mahama s'entretiendra mardi avec le Premier ministre Robert Beugré Mambé.",
        "Il va s'entretenir avec le Premier ministre Robert Beugré Mambé.",
        "Il travaillera ensuite avec le Premier ministre Robert Beugré Mambé.",
    ] {
        assert_eq!(planned_of(text, EventType::Meeting), 1, "{text}");
    }
}

#[test]
fn site_visits_and_tributes_on_the_programme_are_planned_activities() {
    for text in [
        "Il visitera une usine de transformation de cacao.",
        "Le président ghanéen devrait visiter plusieurs sites industriels.",
        "Il va rendre hommage aux victimes de la guerre.",
        "Il rendra hommage aux anciens combattants au monument de la Paix.",
        "Il assistera à un forum économique ivoiro-ghanéen.",
    ] {
        assert_eq!(planned_of(text, EventType::Activity), 1, "{text}");
    }
}

#[test]
fn one_planned_event_per_item_of_a_programme_sentence() {
    let text = "Selon le programme, il doit rencontrer mardi le Premier ministre Robert Beugré \
                Mambé, puis il visitera une usine de cacao et assistera à un dîner officiel.";
    let ev = events(&format!("{LEAD}{text}\n"));
    let meeting = the_event(&ev, EventType::Meeting, "Mambé");
    assert_eq!(meeting.status, Status::Planned);
    let activities: Vec<_> = of_type(&ev, EventType::Activity)
        .into_iter()
        .filter(|e| e.status == Status::Planned)
        .collect();
    assert!(activities.len() >= 2, "{activities:#?}");
}

#[test]
fn the_past_of_the_same_verbs_is_occurred() {
    for (text, kind) in [
        (
            "Mardi, il a rencontré le Premier ministre Robert Beugré Mambé.",
            EventType::Meeting,
        ),
        (
            "Il a visité une usine de transformation de cacao.",
            EventType::Activity,
        ),
        (
            "Il a rendu hommage aux victimes de la guerre.",
            EventType::Activity,
        ),
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let found = of_type(&ev, kind)
            .into_iter()
            .filter(|e| e.status == Status::Occurred && has_actor(e, "Mahama"))
            .count();
        assert_eq!(found, 1, "{text}: {ev:#?}");
    }
}

#[test]
fn signings_to_come_in_the_passive_are_planned_agreements() {
    for text in [
        "Plusieurs accords de coopération seront signés à l'issue des entretiens entre le président Mahama et le président ivoirien Alassane Ouattara.",
        "Un mémorandum d'entente devrait être signé entre le président Mahama et le président ivoirien Alassane Ouattara.",
        "Trois conventions doivent être signées mardi en présence du président Mahama et du président ivoirien Alassane Ouattara.",
        "Selon le programme, des accords seraient signés par le président Mahama et le président ivoirien Alassane Ouattara.",
        "Un accord de libre circulation sera signé par le président Mahama et le président ivoirien Alassane Ouattara.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let planned: Vec<_> = of_type(&ev, EventType::Agreement)
            .into_iter()
            .filter(|e| e.status == Status::Planned)
            .collect();
        assert_eq!(planned.len(), 1, "{text}: {planned:#?}");
    }
}

#[test]
fn bilateral_meetings_and_courtesy_calls_on_the_programme_are_planned() {
    for text in [
        "Le président Mahama doit tenir plusieurs réunions bilatérales, dont celle de mardi avec le Premier ministre Robert Beugré Mambé.",
        "Il aura une réunion bilatérale mardi avec le Premier ministre Robert Beugré Mambé.",
        "Une visite de courtoisie auprès du Premier ministre Robert Beugré Mambé est également prévue pour le président Mahama.",
        "Le président Mahama va avoir une rencontre bilatérale avec le Premier ministre Robert Beugré Mambé.",
        "Le président Mahama devrait avoir mercredi des réunions bilatérales avec le Premier ministre Robert Beugré Mambé.",
    ] {
        assert_eq!(planned_of(text, EventType::Meeting), 1, "{text}");
    }
}

#[test]
fn what_comes_avant_de_shares_the_tense_of_the_verb_it_follows() {
    for text in [
        "Au cours de son séjour, le président Mahama sera reçu par le président Alassane Ouattara, chef de l'État de la République de Côte d'Ivoire, avant d'effectuer une visite de courtoisie au Premier ministre Robert Beugré Mambé.",
        "Le président Mahama sera reçu mardi par le président Alassane Ouattara, au palais présidentiel du Plateau à Abidjan, avant d'avoir une séance de travail avec le Premier ministre Robert Beugré Mambé.",
        "Le président Mahama devrait être reçu par le président Alassane Ouattara, en présence des ministres des deux pays, avant de s'entretenir avec le Premier ministre Robert Beugré Mambé.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let with_mambe: Vec<_> = of_type(&ev, EventType::Meeting)
            .into_iter()
            .filter(|e| has_actor(e, "Mambé"))
            .collect();
        assert!(
            !with_mambe.is_empty() && with_mambe.iter().all(|e| e.status == Status::Planned),
            "{text}: {with_mambe:#?}"
        );
    }
    let past = "Le président Mahama a été reçu par le président Alassane Ouattara, chef de l'État de la République de Côte d'Ivoire, avant d'effectuer une visite de courtoisie au Premier ministre Robert Beugré Mambé.";
    let ev = events(&format!("{LEAD}{past}\n"));
    assert!(
        of_type(&ev, EventType::Meeting)
            .iter()
            .filter(|e| has_actor(e, "Mambé"))
            .all(|e| e.status == Status::Occurred),
        "{past}"
    );
}
