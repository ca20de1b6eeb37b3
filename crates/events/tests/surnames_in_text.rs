//! A surname alone stands for the person the dispatch named with it, not
//! for the registry's best-known bearer: "Mme Biden" after "Jill Biden" is
//! Jill Biden, "Mme Blair" after "Cherie Blair" is Cherie Blair. A titled
//! name resolves its own way ("le sultan Ibrahim" after "Anwar Ibrahim"),
//! and the registry's bearer named in full stays himself. Every text is
//! written for these tests.

mod common;
use common::{all_names, events, of_type};
use depeche_events::EventType;

/// Every name of every MEETING and ACTIVITY of `text`.
fn named(text: &str) -> Vec<String> {
    let ev = events(text);
    let mut out = Vec::new();
    for kind in [EventType::Meeting, EventType::Activity] {
        out.extend(of_type(&ev, kind).iter().flat_map(|e| all_names(e)));
    }
    out
}

#[test]
fn a_surname_alone_is_the_bearer_the_dispatch_named() {
    for (text, meant, not) in [
        (
            "Nairobi, 12 mars 2024 (AFP) - La Première dame américaine Jill Biden est arrivée lundi au Kenya. Mme Biden a été reçue mardi par le président William Ruto au palais présidentiel.",
            "Jill Biden",
            "Joe Biden",
        ),
        (
            "Accra, 12 mars 2024 (AFP) - L'avocate britannique Cherie Blair est arrivée lundi à Accra. Mme Blair a rencontré mardi le président ghanéen Nana Akufo-Addo.",
            "Cherie Blair",
            "Tony Blair",
        ),
        (
            "Le Caire, 6 octobre 2018 (AFP) - Melania Trump est arrivée samedi en Egypte. Mme Trump a été accueillie par la ministre du Tourisme Rania Al-Mashat au pied des pyramides.",
            "Melania Trump",
            "Donald Trump",
        ),
    ] {
        let found = named(text);
        assert!(found.iter().any(|n| n == meant), "{text}: {found:?}");
        assert!(!found.iter().any(|n| n == not), "{text}: {found:?}");
    }
}

#[test]
fn a_titled_name_resolves_its_own_way() {
    let text = "Kuala Lumpur, 16 avril 2025 (Xinhua) - Le Premier ministre Anwar Ibrahim a accueilli mercredi le président chinois Xi Jinping. Le président Xi s'est ensuite entretenu avec le sultan Ibrahim au palais national.";
    let found = named(text);
    assert!(
        found.iter().any(|n| n.contains("Ibrahim Iskandar")),
        "{found:?}"
    );
}

#[test]
fn the_registrys_bearer_named_in_the_dispatch_keeps_the_surname() {
    let text = "Riyad, 12 mars 2025 (SPA) - Le président américain Donald Trump et son épouse Melania Trump sont arrivés lundi à Riyad. Trump a rencontré mardi le prince héritier Mohammed ben Salmane.";
    let found = named(text);
    assert!(found.iter().any(|n| n == "Donald Trump"), "{found:?}");
    assert!(!found.iter().any(|n| n == "Melania Trump"), "{found:?}");
}

#[test]
fn the_registrys_bearer_named_in_full_stays_himself() {
    let text = "Nairobi, 12 mars 2024 (AFP) - Le président américain Joe Biden est arrivé lundi au Kenya. M. Biden a rencontré mardi le président William Ruto au palais présidentiel.";
    let found = named(text);
    assert!(found.iter().any(|n| n == "Joe Biden"), "{found:?}");
}
