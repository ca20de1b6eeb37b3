//! AWARD: a decoration conferred, in the forms agency copy uses — the
//! conferrer as subject with the decorated before or after the order, the
//! decorated as subject of a passive, a rank of an order, "s'est vu
//! remettre", "des mains de", two leaders exchanging decorations (one
//! award each way). Every text is written for these tests.

mod common;
use common::{events, names, of_type};
use depeche_events::{EventType, Role};

const LEAD: &str = "Tachkent, 14 octobre 2024 (UzA) - ";

/// The (conferrer, decorated) names of every AWARD of `text`.
fn awards(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let ev = events(&format!("{LEAD}{text}\n"));
    of_type(&ev, EventType::Award)
        .into_iter()
        .map(|e| (names(e, Role::Source), names(e, Role::Target)))
        .collect()
}

fn assert_one_award(text: &str, conferrer: &str, decorated: &str) {
    let found = awards(text);
    let [(sources, targets)] = found.as_slice() else {
        panic!("{text}: expected one AWARD, found {found:?}");
    };
    assert!(
        sources.iter().any(|s| s.contains(conferrer)),
        "{text}: conferrer {sources:?}"
    );
    assert!(
        targets.iter().any(|t| t.contains(decorated)),
        "{text}: decorated {targets:?}"
    );
}

#[test]
fn the_decorated_may_stand_before_or_after_the_order() {
    for text in [
        "Le président ouzbek Chavkat Mirzioïev a remis au président kazakh Kassym-Jomart Tokaïev l'ordre de l'Amitié.",
        "Le président ouzbek Chavkat Mirzioïev a remis l'ordre de l'Amitié au président kazakh Kassym-Jomart Tokaïev.",
        "Le président ouzbek Chavkat Mirzioïev a conféré au président kazakh Kassym-Jomart Tokaïev la plus haute distinction du pays.",
        "Le président ouzbek Chavkat Mirzioïev a attribué la médaille de la Gloire au président kazakh Kassym-Jomart Tokaïev.",
        "Le président ouzbek Chavkat Mirzioïev a décoré le président kazakh Kassym-Jomart Tokaïev de l'ordre de l'Amitié.",
    ] {
        assert_one_award(text, "Mirziyoyev", "Tokayev");
    }
}

#[test]
fn a_passive_names_the_conferrer_after_par_or_des_mains_de() {
    for text in [
        "Le président kazakh Kassym-Jomart Tokaïev a été décoré de l'ordre de l'Amitié par le président ouzbek Chavkat Mirzioïev.",
        "Le président kazakh Kassym-Jomart Tokaïev a reçu des mains du président ouzbek Chavkat Mirzioïev l'ordre de l'Amitié.",
        "Le président kazakh Kassym-Jomart Tokaïev a reçu l'ordre de l'Amitié des mains du président ouzbek Chavkat Mirzioïev.",
        "Le président kazakh Kassym-Jomart Tokaïev s'est vu remettre l'ordre de l'Amitié par le président ouzbek Chavkat Mirzioïev.",
        "Le président kazakh Kassym-Jomart Tokaïev s'est vu décerner la médaille de la Gloire par le président ouzbek Chavkat Mirzioïev.",
    ] {
        assert_one_award(text, "Mirziyoyev", "Tokayev");
    }
}

#[test]
fn a_rank_of_an_order_is_a_decoration() {
    for text in [
        "Le président kazakh Kassym-Jomart Tokaïev a été élevé à la dignité de grand-croix de l'ordre de l'Amitié par le président ouzbek Chavkat Mirzioïev.",
        "Le président kazakh Kassym-Jomart Tokaïev a été promu au rang de grand officier par le président ouzbek Chavkat Mirzioïev.",
        "Le président kazakh Kassym-Jomart Tokaïev a été fait grand-croix de l'ordre de l'Amitié par le président ouzbek Chavkat Mirzioïev.",
    ] {
        assert_one_award(text, "Mirziyoyev", "Tokayev");
    }
}

#[test]
fn everyone_handed_a_decoration_gets_an_award() {
    let found = awards(
        "Le président ouzbek Chavkat Mirzioïev a décerné l'ordre de l'Amitié au président kazakh \
         Kassym-Jomart Tokaïev et au ministre kazakh des Affaires étrangères Mourat Nourtleou.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    let decorated: Vec<&String> = found.iter().flat_map(|(_, t)| t).collect();
    assert!(decorated.iter().any(|t| t.contains("Tokayev")), "{found:?}");
    assert!(decorated.iter().any(|t| t.contains("Nurtleu")), "{found:?}");
}

#[test]
fn an_order_named_without_a_conferral_is_no_award() {
    for text in [
        "Le président kazakh Kassym-Jomart Tokaïev, titulaire de l'ordre de l'Amitié, a rencontré le président ouzbek Chavkat Mirzioïev.",
        "L'ordre de l'Amitié a été créé en 1994.",
    ] {
        assert!(awards(text).is_empty(), "{text}: {:?}", awards(text));
    }
}

#[test]
fn leaders_exchanging_decorations_decorate_each_other() {
    for text in [
        "Le président ouzbek Chavkat Mirzioïev et le président kazakh Kassym-Jomart Tokaïev ont échangé leurs décorations.",
        "Le président ouzbek Chavkat Mirzioïev et le président kazakh Kassym-Jomart Tokaïev ont ensuite échangé les plus hautes distinctions de leurs pays.",
        "Le président ouzbek Chavkat Mirzioïev et le président kazakh Kassym-Jomart Tokaïev se sont remis mutuellement les plus hautes distinctions de leurs pays.",
        "L'honneur est revenu au président ouzbek Chavkat Mirzioïev et au président kazakh Kassym-Jomart Tokaïev d'échanger les colliers de leurs ordres nationaux.",
        "Le président ouzbek Chavkat Mirzioïev et le président kazakh Kassym-Jomart Tokaïev ont procédé à l'échange des insignes de leurs ordres.",
    ] {
        let found = awards(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        for (giver, receiver) in [("Mirzi", "Tokayev"), ("Tokayev", "Mirzi")] {
            assert!(
                found.iter().any(|(s, t)| s.iter().any(|n| n.contains(giver))
                    && t.iter().any(|n| n.contains(receiver))),
                "{text}: no award from {giver} to {receiver} in {found:?}"
            );
        }
    }
}

#[test]
fn handed_a_letter_is_no_decoration() {
    for text in [
        "L'ambassadeur ouzbek Oybek Usmanov s'est vu remettre une note verbale par le ministère kazakh des Affaires étrangères.",
        "Le président kazakh Kassym-Jomart Tokaïev s'est vu remettre un message du président ouzbek Chavkat Mirzioïev.",
        "Le chargé d'affaires kazakh s'est vu remettre jeudi une lettre de protestation.",
    ] {
        assert!(awards(text).is_empty(), "{text}: {:?}", awards(text));
    }
    for text in [
        "Le président kazakh Kassym-Jomart Tokaïev s'est vu remettre les clés de la ville par le maire de Samarcande.",
        "Le président kazakh Kassym-Jomart Tokaïev s'est vu décerner un doctorat honoris causa par l'Université nationale d'Ouzbékistan.",
    ] {
        assert_one_decorated(text, &["Tokayev"]);
    }
}

#[test]
fn keys_of_a_city_and_honorary_doctorates_are_honours() {
    for text in [
        "Le maire de Samarcande a remis les clés de la ville au président kazakh Kassym-Jomart Tokaïev.",
        "L'Université nationale d'Ouzbékistan a décerné un doctorat honoris causa au président kazakh Kassym-Jomart Tokaïev.",
        "Le président kazakh Kassym-Jomart Tokaïev a reçu les clés de la ville des mains du maire de Samarcande.",
        "Le président kazakh Kassym-Jomart Tokaïev a reçu mardi un doctorat honoris causa de l'Université nationale d'Ouzbékistan.",
        "Le président ouzbek Chavkat Mirzioïev a conféré la citoyenneté d'honneur au ministre kazakh Mourat Nourtleou.",
    ] {
        assert_one_decorated(text, &["Tokayev", "Nurtleu"]);
    }
}

/// One AWARD whose decorated is one of `any_of`.
fn assert_one_decorated(text: &str, any_of: &[&str]) {
    let found = awards(text);
    let [(_, decorated)] = found.as_slice() else {
        panic!("{text}: expected one AWARD, found {found:?}");
    };
    assert!(
        decorated
            .iter()
            .any(|t| any_of.iter().any(|n| t.contains(n))),
        "{text}: decorated {decorated:?}"
    );
}

#[test]
fn raised_to_a_rank_handed_insignia_or_decorated_in_a_relative() {
    for (text, conferrer, decorated) in [
        (
            "Le président Chavkat Mirzioïev a élevé le ministre turc des Affaires étrangères Hakan Fidan à la dignité de grand officier de l'ordre de l'Amitié.",
            "Mirzi",
            "Fidan",
        ),
        (
            "Le président Chavkat Mirzioïev a élevé Hakan Fidan au grade de commandeur de l'ordre El-yurt hurmati.",
            "Mirzi",
            "Fidan",
        ),
        (
            "Le président Chavkat Mirzioïev a élevé l'ambassadeur Hakan Fidan au rang de commandeur de l'ordre de l'Amitié.",
            "Mirzi",
            "Fidan",
        ),
        (
            "Le président Chavkat Mirzioïev a remis à Hakan Fidan les insignes de grand officier de l'ordre de l'Amitié.",
            "Mirzi",
            "Fidan",
        ),
        (
            "Le président Chavkat Mirzioïev a reçu l'ambassadeur turc Hakan Fidan, en fin de mission, qu'il a élevé à la dignité de commandeur de l'ordre de l'Amitié.",
            "Mirzi",
            "Fidan",
        ),
    ] {
        assert_one_award(text, conferrer, decorated);
    }
}

#[test]
fn insignia_to_be_received_are_a_planned_award() {
    let text = "Le ministre turc Hakan Fidan recevra des mains du président Chavkat Mirzioïev les \
                insignes de l'ordre de l'Amitié.";
    let ev = events(&format!("{LEAD}{text}\n"));
    let found = of_type(&ev, EventType::Award);
    let [one] = found.as_slice() else {
        panic!("expected one award, found {found:#?}");
    };
    assert_eq!(one.status, depeche_events::Status::Planned);
    // Being honoured to receive an order tells no award of its own.
    let honoured =
        "L'ambassadeur Hakan Fidan a exprimé son honneur de recevoir l'ordre de l'Amitié.";
    assert!(of_type(&events(&format!("{LEAD}{honoured}\n")), EventType::Award).is_empty());
}
