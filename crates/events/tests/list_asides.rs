//! Asides inside a list of counterparts: a parenthesis that says
//! something of one counterpart ("(avec lequel il a parlé du climat)")
//! does not end the list, and a title in apposition ("X, le secrétaire
//! général de l'ONU"; "X, Y et Z, les présidents ghanéen, kényan et
//! togolais") restates the names rather than adding a counterpart. Every
//! text is written for these tests.

mod common;
use common::{events, has_actor, names, of_type};
use depeche_events::{EventType, Role};

const LEAD: &str = "Nairobi, 4 juin 2025 (AFP) - ";

/// The counterparts met, one per meeting, in text order.
fn met(text: &str) -> Vec<String> {
    let ev = events(&format!("{LEAD}{text}\n"));
    of_type(&ev, EventType::Meeting)
        .into_iter()
        .map(|e| names(e, Role::Target).join(" + "))
        .collect()
}

fn meets(text: &str, needle: &str) -> bool {
    let ev = events(&format!("{LEAD}{text}\n"));
    of_type(&ev, EventType::Meeting)
        .into_iter()
        .any(|e| has_actor(e, needle))
}

#[test]
fn a_parenthesis_with_a_clause_does_not_end_the_list() {
    for text in [
        "Le président brésilien Lula a multiplié les apartés avec ses pairs : Cyril Ramaphosa, le président sud-africain (avec lequel il a évoqué le climat) ; William Ruto, le président kényan ; Paul Kagame, le président rwandais.",
        "Le président brésilien Lula s'est entretenu avec Cyril Ramaphosa (qui présidait la séance), avec William Ruto et avec Paul Kagame.",
        "Le président brésilien Lula a eu des apartés avec ses homologues : Cyril Ramaphosa ; William Ruto (dont le pays accueillera le prochain sommet) ; Paul Kagame.",
        "Mardi, Lula a rencontré Cyril Ramaphosa (avec qui il avait déjà échangé la veille), William Ruto et Paul Kagame.",
    ] {
        for name in ["Ramaphosa", "Ruto", "Kagame"] {
            assert!(meets(text, name), "{text}: no meeting with {name}: {:?}", met(text));
        }
    }
}

#[test]
fn a_person_named_inside_the_aside_is_not_met() {
    let text = "Le président brésilien Lula s'est entretenu avec William Ruto (qui venait de recevoir Paul Kagame), puis avec Cyril Ramaphosa.";
    assert!(meets(text, "Ruto"), "{:?}", met(text));
    assert!(meets(text, "Ramaphosa"), "{:?}", met(text));
    assert!(!meets(text, "Kagame"), "{:?}", met(text));
}

#[test]
fn a_country_in_parentheses_still_ends_nothing() {
    let text =
        "Le président brésilien Lula a rencontré William Ruto (Kenya) et Paul Kagame (Rwanda).";
    assert_eq!(met(text).len(), 2, "{:?}", met(text));
}

#[test]
fn a_plural_title_after_listed_names_adds_no_counterpart() {
    for (text, count) in [
        ("Le président brésilien Lula a eu des apartés avec William Ruto et Paul Kagame, les présidents kényan et rwandais.", 2),
        ("Le président brésilien Lula a multiplié les apartés avec ses pairs : Cyril Ramaphosa ; William Ruto, Paul Kagame et Faure Gnassingbé, les présidents kényan, rwandais et togolais.", 4),
        ("Lula s'est entretenu avec Paul Kagame, Faure Gnassingbé, William Ruto, John Mahama et Bola Tinubu, les chefs d'État rwandais, togolais, kényan, ghanéen et nigérian.", 5),
    ] {
        let m = met(text);
        assert_eq!(m.len(), count, "{text}: {m:?}");
        assert!(m.iter().all(|t| !t.starts_with("les ")), "{text}: {m:?}");
    }
}

#[test]
fn a_title_in_apposition_after_a_name_is_the_same_person() {
    for text in [
        "Le président brésilien Lula s'est entretenu avec António Guterres, le secrétaire général de l'ONU.",
        "Lula a eu un aparté avec Moussa Faki Mahamat, le président de la Commission de l'Union africaine, et avec William Ruto.",
    ] {
        let m = met(text);
        assert!(
            m.iter().all(|t| !t.starts_with("le ")),
            "{text}: a title met apart from its name: {m:?}"
        );
    }
}
