//! AWARD dates: a decoration that its own sentence leaves undated was
//! handed over during the visit the dispatch tells; when that visit took
//! one stated day, the decoration takes it. A visit over several days
//! gives no day, and a decoration dated by its own text keeps its date.
//! Every text is written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::EventType;

const ONE_DAY: &str = "Tachkent (UzA) - La visite du président kazakh Kassym-Jomart Tokaïev, \
                       jeudi 10 octobre, en Ouzbékistan a été marquée par plusieurs décorations. ";

/// The date values of every AWARD of `text`.
fn award_dates(text: &str) -> Vec<Option<String>> {
    of_type(&events(text), EventType::Award)
        .into_iter()
        .map(|e| e.date.value.clone())
        .collect()
}

#[test]
fn decorations_take_the_day_of_a_one_day_visit() {
    for body in [
        "Trois ministres kazakhs ont été décorés : Mourat Nourtleou, Serik Joumanganine et Aïdar Arifkhanov.",
        "Le président ouzbek Chavkat Mirzioïev a remis l'ordre de l'Amitié au ministre kazakh Mourat Nourtleou.",
        "Le ministre kazakh Mourat Nourtleou a été fait commandeur de l'ordre de l'Amitié.",
        "Le ministre kazakh Mourat Nourtleou s'est vu remettre la médaille de la Gloire par le président ouzbek Chavkat Mirzioïev.",
    ] {
        let dates = award_dates(&format!("{ONE_DAY}{body}\n"));
        assert!(!dates.is_empty(), "{body}: no award");
        assert!(
            dates.iter().all(|d| d.as_deref() == Some("--10-10")),
            "{body}: {dates:?}"
        );
    }
}

#[test]
fn a_visit_of_several_days_gives_no_day() {
    let dates = award_dates(
        "Tachkent (UzA) - Le président kazakh Kassym-Jomart Tokaïev a effectué du 9 au 11 octobre une visite d'Etat en Ouzbékistan. \
         Le président ouzbek Chavkat Mirzioïev a remis l'ordre de l'Amitié au ministre kazakh Mourat Nourtleou.\n",
    );
    assert_eq!(dates, [None], "{dates:?}");
}

#[test]
fn a_decoration_dated_by_its_own_text_keeps_its_date() {
    let dates = award_dates(&format!(
        "{ONE_DAY}Le 12 octobre, le président ouzbek Chavkat Mirzioïev a remis l'ordre de l'Amitié au ministre kazakh Mourat Nourtleou.\n"
    ));
    assert_eq!(dates, [Some("--10-12".to_string())], "{dates:?}");
}
