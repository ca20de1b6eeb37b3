//! Items of a visitor's programme told in the future: each is a planned
//! event of its own type. Every text is written for these tests.

mod common;
use common::{events, names, of_type};
use depeche_events::{EventType, Role, Status};

/// The planned activities of `text` and their sources.
fn planned_activities(text: &str) -> Vec<Vec<String>> {
    let ev = events(text);
    of_type(&ev, EventType::Activity)
        .into_iter()
        .filter(|e| e.status == Status::Planned)
        .map(|e| names(e, Role::Source))
        .collect()
}

#[test]
fn a_wreath_to_come_is_a_planned_activity() {
    for text in [
        "Le président brésilien Lula déposera une gerbe au monument des Découvertes à Lisbonne.\n",
        "Les présidents Emmanuel Macron et Félix Tshisekedi déposeront des fleurs au mémorial de Kinshasa.\n",
        "Le Premier ministre Pham Minh Chinh déposera ensuite, en fin de matinée, une couronne au monument aux morts de Vientiane.\n",
        "Selon le programme, le président polonais Andrzej Duda déposerait une gerbe sur la tombe du Soldat inconnu à Paris.\n",
        "Le président kényan William Ruto déposera samedi une gerbe de fleurs au mausolée de Jomo Kenyatta.\n",
    ] {
        let found = planned_activities(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
    }
}

/// The statuses of the activities of `text`, in the text's order.
fn activity_statuses(text: &str) -> Vec<Status> {
    let ev = events(text);
    of_type(&ev, EventType::Activity)
        .into_iter()
        .map(|e| e.status)
        .collect()
}

#[test]
fn the_items_of_a_fronted_apres_take_the_tense_of_the_main_verb() {
    for (text, items) in [
        (
            "Après une conférence de presse conjointe, un déjeuner officiel et une allocution devant les étudiants de l'université, le président français Emmanuel Macron s'envolera pour Almaty.\n",
            2,
        ),
        (
            "Après la cérémonie d'accueil, le président kényan William Ruto s'entretiendra avec le président Emmanuel Macron.\n",
            1,
        ),
        (
            "Avant une allocution devant le Parlement, le président kényan William Ruto déposera une gerbe au mausolée de Jomo Kenyatta.\n",
            2,
        ),
        (
            "Après un point de presse, le Premier ministre indien Narendra Modi quittera Tokyo dans la soirée.\n",
            1,
        ),
        (
            "Après la revue des troupes et une allocution devant l'Assemblée nationale, la présidente Droupadi Murmu se rendra au musée national.\n",
            2,
        ),
    ] {
        let statuses = activity_statuses(text);
        let planned = statuses.iter().filter(|s| **s == Status::Planned).count();
        assert!(planned >= items, "{text}: {statuses:?}");
        assert!(
            statuses.iter().all(|s| *s == Status::Planned),
            "{text}: {statuses:?}"
        );
    }
}

#[test]
fn the_items_of_a_fronted_apres_stay_past_with_a_past_main_verb() {
    for text in [
        "Après une conférence de presse conjointe, un déjeuner officiel et une allocution devant les étudiants de l'université, le président français Emmanuel Macron s'est envolé pour Almaty.\n",
        "Après la cérémonie d'accueil, le président kényan William Ruto s'est entretenu avec le président Emmanuel Macron.\n",
        "Avant une allocution devant le Parlement, le président kényan William Ruto a déposé une gerbe au mausolée de Jomo Kenyatta.\n",
        "Après un point de presse, le Premier ministre indien Narendra Modi a quitté Tokyo dans la soirée.\n",
        "Après la revue des troupes et une allocution devant l'Assemblée nationale, la présidente Droupadi Murmu s'est rendue au musée national.\n",
    ] {
        let statuses = activity_statuses(text);
        assert!(!statuses.is_empty(), "{text}");
        assert!(
            statuses.iter().all(|s| *s == Status::Occurred),
            "{text}: {statuses:?}"
        );
    }
}

/// The statuses of the meetings and activities of `text`.
fn exchange_and_act_statuses(text: &str) -> Vec<Status> {
    let ev = events(text);
    let mut found: Vec<Status> = of_type(&ev, EventType::Meeting)
        .into_iter()
        .map(|e| e.status)
        .collect();
    found.extend(activity_statuses(text));
    found
}

#[test]
fn the_items_of_an_agenda_heading_are_planned() {
    for (text, items) in [
        (
            "Au programme : une conférence de presse conjointe avec le président Kassym-Jomart Tokaïev.\n",
            1,
        ),
        (
            "Au programme de la visite du président français Emmanuel Macron au Kazakhstan : un entretien avec le président Kassym-Jomart Tokaïev, une conférence de presse et un dîner d'État.\n",
            3,
        ),
        (
            "Selon le programme, le président français Emmanuel Macron assiste au forum économique et s'entretient avec le président Kassym-Jomart Tokaïev.\n",
            2,
        ),
        (
            "Au menu de la visite du président kényan William Ruto : un entretien avec le président Emmanuel Macron.\n",
            1,
        ),
        (
            "Astana, 5 novembre 2024 (Kazinform) - Selon l'agenda officiel, le président Emmanuel Macron s'entretient dans la matinée avec le président Kassym-Jomart Tokaïev.\n",
            1,
        ),
    ] {
        let statuses = exchange_and_act_statuses(text);
        assert!(statuses.len() >= items, "{text}: {statuses:?}");
        assert!(
            statuses.iter().all(|s| *s == Status::Planned),
            "{text}: {statuses:?}"
        );
    }
}

#[test]
fn a_programme_told_in_the_past_or_mid_sentence_plans_nothing() {
    for text in [
        // "programme" names a cooperation programme, not the agenda.
        "Le président Emmanuel Macron s'est entretenu avec le président Kassym-Jomart Tokaïev du programme de coopération nucléaire.\n",
        "Les deux présidents ont signé un programme de coopération, puis le président Emmanuel Macron s'est entretenu avec le président Kassym-Jomart Tokaïev.\n",
        "Le président Emmanuel Macron, dont le programme était chargé, s'est entretenu avec le président Kassym-Jomart Tokaïev.\n",
        "Hors programme, le président Emmanuel Macron s'est entretenu avec le président Kassym-Jomart Tokaïev.\n",
        "Le président Emmanuel Macron a présenté au menu d'État un entretien avec le président Kassym-Jomart Tokaïev qui a eu lieu hier.\n",
    ] {
        let statuses = exchange_and_act_statuses(text);
        assert!(!statuses.is_empty(), "{text}");
        assert!(
            statuses.iter().all(|s| *s == Status::Occurred),
            "{text}: {statuses:?}"
        );
    }
}
