//! Signatories named with their offices: "Le ministre du Commerce, X, et
//! le ministre italien des Entreprises, Y, ont signé …" — each office
//! belongs to its own name (the next conjunct's nationality is not the
//! first name's), a portfolio written with a capital before a name ("le
//! ministre des Entreprises Adolfo Urso") is no part of the name, and
//! list lines may put an article before the document ("- un mémorandum
//! d'entente entre …"). Every text is written for these tests.

mod common;
use common::{countries, events, names, of_type, pair};
use depeche_events::{EventType, Role};

const LEAD: &str = "Alger, 12 mars 2025 (APS) - Le président Abdelmadjid Tebboune a reçu mercredi la présidente du Conseil italien Giorgia Meloni.";

/// The signatories (source, target) of the agreements of `text`.
fn signatories(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let ev = events(&format!("{LEAD} {text}\n"));
    of_type(&ev, EventType::Agreement)
        .into_iter()
        .map(|e| (names(e, Role::Source), names(e, Role::Target)))
        .collect()
}

#[test]
fn each_office_stays_with_its_own_name() {
    for text in [
        "Le ministre du Commerce, Tayeb Zitouni, et le ministre italien des Entreprises, Adolfo Urso, ont signé un accord sur les investissements.",
        "Le ministre algérien du Commerce, Tayeb Zitouni, et le ministre italien des Entreprises, Adolfo Urso, ont signé un accord sur les investissements.",
        "Le ministre du Commerce Tayeb Zitouni et le ministre italien des Entreprises Adolfo Urso ont signé un accord sur les investissements.",
        "Le ministre des Finances, Laaziz Faid, et le ministre italien de l'Économie, Giancarlo Giorgetti, ont signé une convention fiscale.",
        "Le ministre de l'Énergie et des Mines, Mohamed Arkab, et le ministre italien de l'Environnement, Gilberto Pichetto Fratin, ont signé un mémorandum d'entente.",
    ] {
        let found = signatories(text);
        let signed = found.iter().any(|(s, t)| s.len() == 1 && t.len() == 1);
        assert!(signed, "{text}: {found:?}");
        let ev = events(&format!("{LEAD} {text}\n"));
        let persons_of_both = of_type(&ev, EventType::Agreement).into_iter().any(|e| {
            countries(e) == pair("DZA", "ITA")
                && e.actors
                    .iter()
                    .all(|a| a.kind == Some(depeche_names::EntityKind::Person))
                && e.actors.iter().any(|a| a.country.as_deref() == Some("DZA"))
                && e.actors.iter().any(|a| a.country.as_deref() == Some("ITA"))
        });
        assert!(persons_of_both, "{text}: {found:?}");
    }
}

#[test]
fn list_lines_may_open_with_an_article() {
    let text = "Alger, 12 mars 2025 (APS) - Le président Abdelmadjid Tebboune et la présidente du Conseil italien Giorgia Meloni ont assisté mercredi à la signature de plusieurs accords :\n- un mémorandum d'entente entre le ministère algérien de l'Énergie et le ministère italien de l'Environnement ;\n- un accord de coopération entre le ministère algérien de la Santé et le ministère italien de la Santé ;\n- l'accord entre l'université d'Alger et l'université de Rome ;\n- une convention entre la ville d'Alger et la ville de Rome.\n";
    let ev = events(text);
    let found = of_type(&ev, EventType::Agreement);
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(found.iter().all(|e| countries(e) == pair("DZA", "ITA")));
}

#[test]
fn lines_naming_no_parties_are_the_signing_itself() {
    let text = "Alger, 12 mars 2025 (APS) - Le président Abdelmadjid Tebboune et la présidente du Conseil italien Giorgia Meloni ont assisté mercredi à la signature de plusieurs accords :\n- un accord sur la pêche ;\n- un programme d'échanges culturels ;\n- un mémorandum sur le tourisme.\n";
    let ev = events(text);
    assert_eq!(of_type(&ev, EventType::Agreement).len(), 1, "{ev:#?}");
}
