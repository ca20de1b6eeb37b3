//! AGREEMENT: documents told one by one, each "signé par" its two
//! signatories ("Le premier accord a été signé par le ministre X et son
//! homologue Y. Le deuxième … par Z et W"): one agreement per pair of
//! signatories. Every text is written for these tests.

mod common;
use common::{all_names, events, of_type};
use depeche_events::EventType;

const LEAD: &str = "Tachkent, 14 octobre 2024 (UzA) - Le président kazakh Kassym-Jomart \
                    Tokaïev a effectué une visite d'Etat en Ouzbékistan. ";

/// The actors' names of every AGREEMENT of `text`.
fn agreements(text: &str) -> Vec<Vec<String>> {
    of_type(&events(&format!("{LEAD}{text}\n")), EventType::Agreement)
        .into_iter()
        .map(all_names)
        .collect()
}

fn signed_by(found: &[Vec<String>], a: &str, b: &str) -> bool {
    found
        .iter()
        .any(|n| n.iter().any(|x| x.contains(a)) && n.iter().any(|x| x.contains(b)))
}

#[test]
fn a_passive_signing_names_its_two_signatories_after_par() {
    for text in [
        "Un mémorandum sur le transport a été signé par Mourat Nourtleou et Bakhtiyor Saidov.",
        "Le premier accord, portant sur les consultations politiques, a été signé par le ministre kazakh des Affaires étrangères, Mourat Nourtleou, et son homologue ouzbek, Bakhtiyor Saidov.",
        "L'accord sur les visas avait été signé mardi par Mourat Nourtleou et le ministre ouzbek des Affaires étrangères Bakhtiyor Saidov.",
        "Les protocoles ont été signés par Mourat Nourtleou, pour la partie kazakhe, et Bakhtiyor Saidov, pour la partie ouzbèke.",
    ] {
        let found = agreements(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(signed_by(&found, "Nurtleu", "Saidov"), "{text}: {found:?}");
    }
}

#[test]
fn documents_signed_by_different_pairs_are_different_agreements() {
    let found = agreements(
        "Le premier accord a été signé par Mourat Nourtleou et Bakhtiyor Saidov. \
         Le deuxième accord, qui a trait à l'énergie, a été signé par le Premier ministre kazakh Olzhas Bektenov et le Premier ministre ouzbek Abdoulla Aripov.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(signed_by(&found, "Nurtleu", "Saidov"), "{found:?}");
    assert!(signed_by(&found, "Bektenov", "Aripov"), "{found:?}");
}
