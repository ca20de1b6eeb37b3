//! AWARD of honours that are no national order — prizes, honorary
//! doctorates, honorary citizenship — conferred by a person, a party or a
//! university; and a conferrer nothing else places, who is of the state
//! the order names. Every text is written for these tests.

mod common;
use common::{countries, events, has_actor, of_type, pair};
use depeche_events::{EventType, Role};

const LEAD: &str = "Rabat, 12 mars 2024 (MAP) - Le président sénégalais Bassirou Diomaye Faye \
                    effectue une visite d'État au Maroc. ";

/// The one AWARD of `text` after the lead, checked to decorate `receiver`
/// and to come from a conferrer of `giver_country`.
fn one_award(text: &str, giver_country: &str, receiver: &str) {
    let ev = events(&format!("{LEAD}{text}\n"));
    let awards = of_type(&ev, EventType::Award);
    assert_eq!(awards.len(), 1, "{text}: {awards:#?}");
    let award = awards[0];
    let source_country = award
        .actors
        .iter()
        .find(|a| a.role == Role::Source)
        .and_then(|a| a.country.as_deref());
    assert_eq!(source_country, Some(giver_country), "{text}: {award:#?}");
    let decorated = award
        .actors
        .iter()
        .any(|a| a.role == Role::Target && has_actor(award, receiver));
    assert!(decorated, "{text}: {award:#?}");
}

#[test]
fn prizes_and_honorary_titles() {
    for (text, giver) in [
        ("Une délégation du Parti communiste de la Fédération de Russie a remis le prix Lénine au président Bassirou Diomaye Faye.", "RUS"),
        ("L'université Mohammed V de Rabat a décerné un doctorat honoris causa au président Bassirou Diomaye Faye.", "MAR"),
        ("Bassirou Diomaye Faye a été fait docteur honoris causa de l'université Mohammed V de Rabat.", "MAR"),
        ("Le président Bassirou Diomaye Faye a été nommé citoyen d'honneur de la ville de Rabat.", "MAR"),
        ("Le président Bassirou Diomaye Faye a reçu le prix Hassan II pour l'environnement des mains du prince Moulay Rachid.", "MAR"),
        ("Jeudi, Bassirou Diomaye Faye a été proclamé docteur honoris causa par l'université Mohammed V.", "MAR"),
    ] {
        one_award(text, giver, "Faye");
    }
}

#[test]
fn a_conferrer_no_one_places_is_of_the_order_s_state() {
    let lead = "Dakar, 5 mai 2025 (APS) - Le ministre sénégalais de la Santé, Cheikh Niang, \
                a reçu une délégation marocaine. ";
    for text in [
        "Le grand chancelier Jean Dupuis a remis la Légion d'honneur au ministre Cheikh Niang.",
        "Mardi, le grand chancelier Jean Dupuis a remis à Cheikh Niang les insignes de commandeur de la Légion d'honneur.",
        "Le général Jean Dupuis a décerné à Cheikh Niang la croix de chevalier de la Légion d'honneur.",
        "Jean Dupuis a conféré au ministre Cheikh Niang la Légion d'honneur lors d'une cérémonie à l'ambassade.",
        "Le grand chancelier, Jean Dupuis, a remis mercredi la Légion d'honneur à Cheikh Niang.",
    ] {
        let ev = events(&format!("{lead}{text}\n"));
        let awards = of_type(&ev, EventType::Award);
        assert_eq!(awards.len(), 1, "{text}: {awards:#?}");
        assert!(has_actor(awards[0], "Dupuis"), "{text}: {awards:#?}");
        assert_eq!(countries(awards[0]), pair("FRA", "SEN"), "{text}: {awards:#?}");
    }
}
