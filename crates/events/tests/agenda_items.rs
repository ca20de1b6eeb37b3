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
