//! Agreements that are not a signature: relations raised to a partnership
//! ("ont décidé de porter leurs relations au niveau d'un partenariat
//! stratégique", "ont hissé les relations au rang de") and agreements
//! concluded ("ont conclu un accord", "un mémorandum"). One AGREEMENT
//! between the two countries. Every text is written for these tests.

mod common;
use common::{countries, events, of_type};
use depeche_events::EventType;

const LEAD: &str = "Accra, 3 mars 2025 (GNA) - ";

fn assert_one_agreement(text: &str) {
    let ev = events(&format!("{LEAD}{text}\n"));
    let found = of_type(&ev, EventType::Agreement);
    let [one] = found.as_slice() else {
        panic!("{text}: expected one agreement, found {found:#?}");
    };
    assert_eq!(
        countries(one),
        vec!["GHA".to_string(), "TGO".to_string()],
        "{text}"
    );
}

#[test]
fn relations_raised_to_a_partnership() {
    for text in [
        "Le Ghana et le Togo ont décidé de porter leurs relations au niveau d'un partenariat stratégique global.",
        "Le Ghana et le Togo ont hissé leurs relations au rang de partenariat stratégique.",
        "Le Ghana et le Togo ont élevé les relations bilatérales au niveau d'un partenariat de coopération intégrale.",
        "Le Ghana et le Togo ont établi un partenariat stratégique.",
    ] {
        assert_one_agreement(text);
    }
}

#[test]
fn agreements_concluded() {
    for text in [
        "Le Ghana et le Togo ont conclu un accord sur la libre circulation.",
        "Le président ghanéen John Mahama et son homologue togolais Faure Gnassingbé ont conclu mardi un mémorandum d'entente sur l'énergie.",
        "Le Ghana et le Togo avaient conclu la veille une convention sur la double imposition.",
    ] {
        assert_one_agreement(text);
    }
}

#[test]
fn an_upgrade_told_as_a_noun() {
    for text in [
        "Les présidents ghanéen et togolais ont annoncé l'élévation des relations Ghana-Togo au rang de partenariat stratégique intégral.",
        "Le Ghana et le Togo ont salué le rehaussement de leurs relations au niveau d'un partenariat stratégique.",
        "Le communiqué commun du Ghana et du Togo consacre le passage des relations bilatérales au rang de partenariat global.",
        "Le Ghana et le Togo ont décidé le relèvement de leurs relations au niveau d'un partenariat de coopération renforcée.",
        "Accra et Lomé ont acté l'élévation de leurs relations diplomatiques à un partenariat stratégique.",
    ] {
        assert_one_agreement(text);
    }
}

#[test]
fn documents_concluded_in_the_passive() {
    for text in [
        "Une quinzaine d'accords ont été conclus entre le Ghana et le Togo.",
        "Entre le Ghana et le Togo, trois mémorandums d'entente ont été conclus mardi.",
        "Plusieurs instruments de coopération ont été conclus entre le Ghana et le Togo.",
        "Un protocole sur la pêche a été conclu entre le Ghana et le Togo.",
        "Deux conventions fiscales ont été conclues entre le Ghana et le Togo.",
    ] {
        assert_one_agreement(text);
    }
}

#[test]
fn a_declaration_adopted_then_documents_signed_are_two_agreements() {
    for text in [
        "Les présidents du Ghana et du Togo ont adopté une déclaration commune et assisté à la signature de trois mémorandums d'entente.",
        "Le Ghana et le Togo ont adopté une déclaration conjointe puis assisté à la signature de deux accords sur l'énergie et la santé.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        assert_eq!(of_type(&ev, EventType::Agreement).len(), 2, "{text}: {ev:#?}");
    }
}
