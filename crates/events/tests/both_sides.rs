//! "Les deux chefs d'État", "les deux ministres", "les deux dirigeants":
//! a plural office after "les deux" is each side's person the dispatch
//! has named with that office; "les deux pays", or an office the dispatch
//! names for one side only, stays the two countries. A joint declaration a
//! headline announces between two capitals is the one the body has the two
//! leaders sign. Every text is written for these tests.

mod common;
use common::{countries, events, names, of_type, pair};
use depeche_events::{EventType, Role};

/// The signatories (source then target names) of the one agreement.
fn signatories(text: &str) -> Vec<String> {
    let ev = events(text);
    let found = of_type(&ev, EventType::Agreement);
    let [one] = found.as_slice() else {
        panic!("{text}: expected one agreement, found {found:#?}");
    };
    let mut all = names(one, Role::Source);
    all.extend(names(one, Role::Target));
    all
}

#[test]
fn a_plural_office_is_each_sides_person_of_that_office() {
    for (text, a, b) in [
        (
            "Brazzaville, 6 mai 2026 (ACI) - Le président angolais João Lourenço s'est entretenu mardi avec son homologue Denis Sassou Nguesso. Les deux chefs d'État ont ensuite signé un communiqué conjoint.\n",
            "Lourenço",
            "Sassou",
        ),
        (
            "Pékin, 3 mars 2025 (Xinhua) - Le ministre algérien des Affaires étrangères Ahmed Attaf a rencontré lundi son homologue chinois Wang Yi. Les deux ministres ont signé un mémorandum d'entente sur la formation des diplomates.\n",
            "Attaf",
            "Wang",
        ),
        (
            "Tachkent, 26 février 2025 (UzA) - Le Premier ministre pakistanais Shehbaz Sharif a été reçu par le Premier ministre ouzbek Abdulla Aripov. Les deux chefs de gouvernement ont signé une feuille de route pour le commerce.\n",
            "Sharif",
            "Aripov",
        ),
        (
            "Astana, 17 juin 2025 (Kazinform) - Le président Kassym-Jomart Tokaïev a reçu mardi le président chinois Xi Jinping, et les deux dirigeants ont adopté une déclaration conjointe.\n",
            "Kassym-Jomart",
            "Xi",
        ),
        (
            "Rabat, 12 février 2025 (MAP) - Le ministre Nasser Bourita a reçu mercredi la ministre sénégalaise des Affaires étrangères Yassine Fall. Les deux chefs de la diplomatie ont signé un programme de consultations politiques.\n",
            "Bourita",
            "Fall",
        ),
    ] {
        let people = signatories(text);
        assert_eq!(people.len(), 2, "{text}: {people:?}");
        assert!(
            people.iter().any(|p| p.contains(a)) && people.iter().any(|p| p.contains(b)),
            "{text}: {people:?}"
        );
    }
}

#[test]
fn the_two_countries_or_an_office_named_for_one_side_only_stay_countries() {
    for text in [
        "Rabat, 12 février 2025 (MAP) - Le roi Mohammed VI a reçu mercredi le président sénégalais Bassirou Diomaye Faye. Les deux pays ont signé un accord sur la pêche.\n",
        // No minister is named for either side: "les deux ministres" is not
        // the two presidents.
        "Rabat, 12 février 2025 (MAP) - Le roi Mohammed VI a reçu mercredi le président sénégalais Bassirou Diomaye Faye. Les deux ministres ont signé un accord sur la pêche.\n",
    ] {
        let ev = events(text);
        let found = of_type(&ev, EventType::Agreement);
        let [one] = found.as_slice() else {
            panic!("{text}: expected one agreement, found {found:#?}");
        };
        assert!(
            one.actors
                .iter()
                .all(|a| a.kind == Some(depeche_names::EntityKind::Country)),
            "{text}: {:?}",
            one.actors
        );
        assert_eq!(countries(one), pair("MAR", "SEN"), "{text}");
    }
}

#[test]
fn a_headline_declaration_is_the_one_the_leaders_sign() {
    let text = "Brazzaville et Luanda signent un communiqué conjoint\n\nBrazzaville, 6 mai 2026 (ACI) - Le président angolais João Lourenço s'est entretenu mardi avec son homologue Denis Sassou Nguesso. Les deux chefs d'État ont ensuite signé un communiqué conjoint.\n";
    let people = signatories(text);
    assert_eq!(people.len(), 2, "{people:?}");
}
