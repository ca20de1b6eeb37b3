//! An activity that names no country at all, in its actors or its place,
//! is no act of any state's diplomacy: an unnamed crowd of delegates
//! speaking, a person of unstated country reviewing a guard. Every text is
//! written for these tests in the agencies' style.

mod common;
use common::activities_of;
use depeche_events::Event;

/// The activities of `body` after a dateline naming no country's news.
fn activities(body: &str) -> Vec<Event> {
    activities_of(&format!("Genève, 13 octobre (ATS) - {body}\n"))
}

#[test]
fn an_activity_naming_no_country_is_left_out() {
    for body in [
        "Ensuite, d'autres chefs d'Etat ainsi que des chefs de délégation ont pris la parole.",
        "Des représentants d'organisations de la société civile ont également pris la parole.",
        "L'ambassadeur Ilse Brandtner a passé en revue la garde d'honneur avant la cérémonie.",
        "Des chefs d'entreprise ont assisté au dîner offert au palais.",
        "Des membres des délégations ont pris part à la cérémonie de clôture.",
    ] {
        let found = activities(body);
        assert!(found.is_empty(), "{body}: {found:#?}");
    }
}

#[test]
fn an_activity_with_a_country_in_its_actors_or_place_stays() {
    for body in [
        "Le président ghanéen John Mahama a pris la parole devant l'assemblée.",
        "Des chefs de délégation africains ont pris la parole à Accra.",
        "L'ambassadeur de France, Ilse Brandtner, a passé en revue la garde d'honneur.",
        "La délégation kényane a assisté à la cérémonie de clôture.",
        "Le Premier ministre malien prendra la parole lors de la séance de clôture.",
    ] {
        let found = activities(body);
        assert_eq!(found.len(), 1, "{body}: {found:#?}");
    }
}
