//! Decorations whose order names the conferring state ("la Légion
//! d'honneur", "l'ordre du Ouissam Alaouite", "l'ordre Dostyk") when the
//! text names no conferrer, and several decorated joined as datives ("à son
//! homologue et à la première dame"). Every text is written for these
//! tests.

mod common;
use common::{countries, events, has_actor, of_type, pair};
use depeche_events::EventType;

#[test]
fn the_order_names_the_state_that_confers_it() {
    let lead = "Conakry, 28 novembre 2014 (AGP) - Le président français François Hollande \
                effectue une visite d'État en Guinée. ";
    for text in [
        "Le ministre guinéen Rémy Lamah a été fait chevalier de la Légion d'honneur.",
        "Le ministre Rémy Lamah a été élevé au grade de commandeur de la Légion d'honneur.",
        "Le ministre guinéen de la Santé, Rémy Lamah, a été promu officier de la Légion d'honneur.",
        "Hier, Rémy Lamah a été fait commandeur de la Légion d'honneur.",
        "Le ministre guinéen Rémy Lamah a été élevé à la dignité de grand officier de la Légion d'honneur.",
    ] {
        let ev = events(&format!("{lead}{text}\n"));
        let awards = of_type(&ev, EventType::Award);
        assert_eq!(awards.len(), 1, "{text}: {awards:#?}");
        let award = awards[0];
        assert_eq!(countries(award), pair("FRA", "GIN"), "{text}");
        assert!(
            award
                .actors
                .iter()
                .any(|a| a.role == depeche_events::Role::Source && a.country.as_deref() == Some("FRA")),
            "{text}: {award:#?}"
        );
    }
}

#[test]
fn coordinated_datives_are_each_decorated() {
    let lead = "Tachkent, 12 mai 2024 (UzA) - Le président kazakh Kassym-Jomart Tokaïev est \
                arrivé à Tachkent, où il a été accueilli par le président ouzbek Chavkat \
                Mirzioïev. ";
    for text in [
        "Il a décerné l'ordre Dostyk à son homologue et à la première dame, Ziroatkhon Hochimova.",
        "Il a remis l'ordre Dostyk à son homologue ouzbek et à la première dame, Ziroatkhon Hochimova.",
        "Il a décerné l'ordre Dostyk à Chavkat Mirzioïev et à la première dame, Ziroatkhon Hochimova.",
        "Il a décerné l'ordre Dostyk au président Chavkat Mirzioïev et à son épouse Ziroatkhon Hochimova.",
        "Il a conféré l'ordre Dostyk à son homologue et à la première dame, Ziroatkhon Hochimova.",
        "Il a décerné l'ordre Dostyk à son homologue ainsi qu'à la première dame, Ziroatkhon Hochimova.",
    ] {
        let ev = events(&format!("{lead}{text}\n"));
        let awards = of_type(&ev, EventType::Award);
        let to = |needle: &str| awards.iter().any(|e| has_actor(e, needle) && has_actor(e, "Tokayev"));
        assert!(to("Mirziyoyev"), "{text}: {awards:#?}");
        assert!(to("Hochimova"), "{text}: {awards:#?}");
    }
}
