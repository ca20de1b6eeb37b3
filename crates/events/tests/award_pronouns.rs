//! AWARD: "il" after a passive decoration is the decorated, not the
//! conferrer ("X a été décoré par Y et, à la même occasion, il a décerné
//! l'ordre à son homologue"): the subject of a passive is who the story
//! follows. Every text is written for these tests.

mod common;
use common::{award_pairs, has_award, AwardPair};

const LEAD: &str = "Tachkent, 14 octobre 2024 (UzA) - ";

/// (conferrers, decorated) of every AWARD of `text` after the lead.
fn awards(text: &str) -> Vec<AwardPair> {
    award_pairs(&format!("{LEAD}{text}\n"))
}

#[test]
fn il_after_a_passive_decoration_is_the_decorated() {
    for text in [
        "Le président kazakh Kassym-Jomart Tokaïev a été décoré de l'ordre de l'Amitié par le président ouzbek Chavkat Mirzioïev et, à la même occasion, il a décerné l'ordre Dostyk à son homologue.",
        "Le président kazakh Kassym-Jomart Tokaïev a été décoré de l'ordre de l'Amitié par le président ouzbek Chavkat Mirzioïev. Il a ensuite décerné l'ordre Dostyk à son homologue.",
        "Le président kazakh Kassym-Jomart Tokaïev a été fait grand-croix de l'ordre de l'Amitié par le président ouzbek Chavkat Mirzioïev ; il lui a remis en retour l'ordre Dostyk.",
        "Le président kazakh Kassym-Jomart Tokaïev s'est vu remettre l'ordre de l'Amitié par le président ouzbek Chavkat Mirzioïev, puis il a remis l'ordre Dostyk à son hôte.",
        "Le président kazakh Kassym-Jomart Tokaïev a reçu des mains du président ouzbek Chavkat Mirzioïev l'ordre de l'Amitié. Il a également décoré son homologue de l'ordre Dostyk.",
    ] {
        let found = awards(text);
        assert!(has_award(&found, "Mirzi", "Tokayev"), "{text}: {found:?}");
        assert!(has_award(&found, "Tokayev", "Mirzi"), "{text}: {found:?}");
        assert!(!has_award(&found, "Mirzi", "Mirzi"), "{text}: {found:?}");
    }
}

#[test]
fn il_after_an_active_decoration_stays_the_conferrer() {
    let found = awards(
        "Le président ouzbek Chavkat Mirzioïev a reçu le président kazakh Kassym-Jomart Tokaïev. Il lui a décerné l'ordre de l'Amitié.",
    );
    assert!(has_award(&found, "Mirzi", "Tokayev"), "{found:?}");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn each_one_handed_the_order_after_il_is_decorated() {
    for text in [
        "Le président kazakh Kassym-Jomart Tokaïev a été décoré par le président ouzbek Chavkat Mirzioïev. Il a décerné l'ordre Dostyk à son homologue et à la première dame, Ziroatkhon Hochimova.",
        "Le président kazakh Kassym-Jomart Tokaïev a été décoré par le président ouzbek Chavkat Mirzioïev et il a remis l'ordre Dostyk à son homologue et à son épouse, Ziroatkhon Hochimova.",
    ] {
        let found = awards(text);
        assert!(has_award(&found, "Tokayev", "Mirzi"), "{text}: {found:?}");
        assert!(has_award(&found, "Tokayev", "Hochimova"), "{text}: {found:?}");
    }
}
