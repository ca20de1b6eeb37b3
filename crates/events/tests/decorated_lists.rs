//! AWARD: the decorated named in a list after a passive whose subject is a
//! group or missing ("plusieurs membres de la délégation ont été décorés,
//! dont X et Y", "trois ministres ont été faits commandeurs : X, Y et Z",
//! "Ont été décorés : X et Y"). Each listed person is decorated; with no
//! conferrer named, the other side of the visit confers. Every text is
//! written for these tests.

mod common;
use common::{countries, events, names, of_type};
use depeche_events::{EventType, Role};

const LEAD: &str = "Tachkent, 14 octobre 2024 (UzA) - Le président kazakh Kassym-Jomart \
                    Tokaïev a effectué une visite d'Etat en Ouzbékistan. ";

/// The decorated of every AWARD of `text`, each with the event's countries.
fn decorated(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let ev = events(&format!("{LEAD}{text}\n"));
    of_type(&ev, EventType::Award)
        .into_iter()
        .map(|e| (names(e, Role::Target), countries(e)))
        .collect()
}

fn assert_decorated(text: &str, expected: &[&str]) {
    let found = decorated(text);
    assert_eq!(found.len(), expected.len(), "{text}: {found:?}");
    for name in expected {
        assert!(
            found
                .iter()
                .any(|(t, _)| t.iter().any(|n| n.contains(name))),
            "{text}: {name} not decorated in {found:?}"
        );
    }
    for (_, c) in &found {
        assert_eq!(c, &["KAZ", "UZB"], "{text}: countries {found:?}");
    }
}

#[test]
fn a_group_subject_decorates_the_members_named_after_dont() {
    for text in [
        "Plusieurs membres de la délégation kazakhe ont été décorés, dont le ministre des Affaires étrangères Mourat Nourtleou et le vice-Premier ministre Serik Joumanganine.",
        "Une dizaine de membres de la délégation kazakhe ont aussi été décorés, dont le chef de la diplomatie, Mourat Nourtleou, et le vice-Premier ministre, Serik Joumanganine (grand officier de l'ordre de l'Amitié).",
        "Côté kazakh, plusieurs responsables avaient été décorés de l'ordre de l'Amitié, dont Mourat Nourtleou et Serik Joumanganine.",
    ] {
        assert_decorated(text, &["Nurtleu", "Joumanganine"]);
    }
}

#[test]
fn a_colon_opens_the_list_of_the_decorated() {
    for text in [
        "Trois ministres kazakhs ont été décorés de l'ordre de l'Amitié : Mourat Nourtleou, Serik Joumanganine et Aïdar Arifkhanov.",
        "Trois ministres kazakhs ont été faits commandeurs de l'ordre de l'Amitié : le ministre des Affaires étrangères, Mourat Nourtleou, le vice-Premier ministre, Serik Joumanganine, ainsi que le ministre de l'Ecologie, Aïdar Arifkhanov.",
        "Ont été décorés : le ministre Mourat Nourtleou, le vice-Premier ministre Serik Joumanganine et le ministre Aïdar Arifkhanov.",
    ] {
        assert_decorated(text, &["Nurtleu", "Joumanganine", "Arifkhanov"]);
    }
}

#[test]
fn a_list_of_one_or_five_is_read_alike() {
    assert_decorated(
        "Un seul membre de la délégation kazakhe a été décoré : le ministre des Affaires étrangères Mourat Nourtleou.",
        &["Nurtleu"],
    );
    assert_decorated(
        "Cinq membres de la délégation kazakhe ont été élevés au rang de commandeur de l'ordre de l'Amitié : Mourat Nourtleou, Serik Joumanganine, Aïdar Arifkhanov, Roman Sklyar et Jeksen Imachev.",
        &["Nurtleu", "Joumanganine", "Arifkhanov", "Sklyar", "Imachev"],
    );
}

#[test]
fn the_decorated_of_the_host_side_are_decorated_by_the_visitors() {
    let ev = events(&format!(
        "{LEAD}Du côté ouzbek, deux ministres ont été faits chevaliers de l'ordre du Kazakhstan : Bakhtiyor Saidov et Abdoulla Aripov.\n"
    ));
    let awards = of_type(&ev, EventType::Award);
    assert_eq!(awards.len(), 2, "{awards:#?}");
    for e in awards {
        let givers: Vec<String> = e
            .actors
            .iter()
            .filter(|a| a.role == Role::Source)
            .filter_map(|a| a.country.as_deref().map(str::to_string))
            .collect();
        assert_eq!(givers, ["KAZ"], "{e:#?}");
    }
}

#[test]
fn a_named_subject_keeps_its_list_and_its_conferrer() {
    let found = decorated(
        "Mourat Nourtleou a été fait grand officier de l'ordre de l'Amitié par le président ouzbek Chavkat Mirzioïev, lors d'une cérémonie en présence de Serik Joumanganine.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.iter().any(|n| n.contains("Nurtleu")),
        "{found:?}"
    );
}

#[test]
fn a_decorated_group_with_nobody_named_is_no_award_of_a_bystander() {
    for text in [
        "Plusieurs membres de la délégation kazakhe ont été décorés lors de la cérémonie présidée par Chavkat Mirzioïev.",
        "Des documents ont été remis : le ministre Mourat Nourtleou a pris la parole.",
    ] {
        let found = decorated(text);
        assert!(
            found
                .iter()
                .all(|(t, _)| !t.iter().any(|n| n.contains("Mirzi") || n.contains("Nurtleu"))),
            "{text}: {found:?}"
        );
    }
}
