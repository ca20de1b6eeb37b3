//! Names of armed groups, places and titles that French copy writes in
//! several ways, on the embedded registry: spellings and sentences written
//! for the project.

use depeche_names::{EntityKind, Registry};

/// The entity `text` looks up to, with its kind and country.
fn found(text: &str) -> Option<(String, EntityKind, Option<String>)> {
    Registry::embedded()
        .look_up(text)
        .resolution
        .map(|r| (r.entity.id.clone(), r.entity.kind, r.entity.country.clone()))
}

/// Every spelling looks up to the entity `want`.
fn all_to(spellings: &[&str], want: &str) {
    for text in spellings {
        let got = found(text).map(|(id, _, _)| id);
        assert_eq!(got.as_deref(), Some(want), "{text}");
    }
}

/// The entities detected in `text`, in order, as `(surface, id)`.
fn detected(text: &str) -> Vec<(String, String)> {
    Registry::embedded()
        .detect(text)
        .into_iter()
        .filter_map(|m| m.entity.map(|e| (m.text, e.to_string())))
        .collect()
}

fn has(found: &[(String, String)], surface: &str, id: &str) -> bool {
    found.iter().any(|(s, e)| s == surface && e == id)
}

#[test]
fn the_islamic_state_under_its_french_arabic_and_english_names() {
    all_to(
        &[
            "État islamique",
            "Etat islamique",
            "groupe État islamique",
            "Daech",
            "Daesh",
            "EI",
            "EIIL",
            "ISIS",
            "ISIL",
            "Islamic State",
        ],
        "org:islamic-state",
    );
    let found = detected("Les deux ministres ont évoqué la lutte contre Daech en Syrie.");
    assert!(has(&found, "Daech", "org:islamic-state"), "{found:?}");
}

#[test]
fn the_acronym_ei_is_case_sensitive() {
    // `ei` in lowercase is no acronym and names nothing.
    assert_ne!(
        found("ei").map(|(id, _, _)| id).as_deref(),
        Some("org:islamic-state")
    );
}

#[test]
fn hezbollah_taliban_and_the_rapid_support_forces() {
    all_to(&["Hezbollah", "Hizbollah", "Hizballah"], "org:hezbollah");
    all_to(&["talibans", "Talibans", "Taliban"], "org:taliban");
    all_to(
        &["Forces de soutien rapide", "FSR", "Rapid Support Forces"],
        "org:rapid-support-forces",
    );
    // French copy writes `RSF` for the press-freedom body, `FSR` for the
    // Sudanese force.
    all_to(&["RSF", "Reporters sans frontières"], "org:rsf");
    for (id, country) in [
        ("org:hezbollah", "LBN"),
        ("org:taliban", "AFG"),
        ("org:rapid-support-forces", "SDN"),
    ] {
        let e = Registry::embedded()
            .get(id)
            .map(|e| e.country.as_deref().map(str::to_string));
        assert_eq!(e, Some(Some(country.to_string())), "{id}");
    }
    let found = detected(
        "Le ministre a condamné les attaques des Forces de soutien rapide au Darfour et reçu un émissaire des talibans.",
    );
    assert!(
        has(
            &found,
            "Forces de soutien rapide",
            "org:rapid-support-forces"
        ),
        "{found:?}"
    );
    assert!(has(&found, "talibans", "org:taliban"), "{found:?}");
}

#[test]
fn britain_and_people_s_china_are_their_countries() {
    all_to(&["Britain", "Grande-Bretagne", "Great Britain"], "GBR");
    all_to(&["Chine populaire", "République populaire de Chine"], "CHN");
    let found = detected("La Chine populaire et la Grande-Bretagne ont signé un accord.");
    assert!(has(&found, "Chine populaire", "CHN"), "{found:?}");
    assert!(has(&found, "Grande-Bretagne", "GBR"), "{found:?}");
}

#[test]
fn the_holy_see_and_vatican_city() {
    all_to(
        &["Saint-Siège", "Saint Siège", "Vatican", "Holy See"],
        "VAT",
    );
    let (_, kind, country) = found("Cité du Vatican").unwrap_or_else(|| panic!("Cité du Vatican"));
    assert_eq!(kind, EntityKind::Place);
    assert_eq!(country.as_deref(), Some("VAT"));
}

#[test]
fn al_quds_is_jerusalem_and_the_quds_force_is_not() {
    let jerusalem = found("Jérusalem").map(|(id, _, _)| id);
    assert!(jerusalem.is_some());
    for text in ["al-Quds", "Al-Quds", "Al-Qods", "al-Qods"] {
        assert_eq!(found(text).map(|(id, _, _)| id), jerusalem, "{text}");
    }
    let found = detected("Le commandant de la Force al-Qods s'est rendu à Bagdad.");
    assert!(has(&found, "Force al-Qods", "org:quds-force"), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s == "al-Qods"), "{found:?}");
}

/// Each text's title has the role, and its name is the entity: `(text,
/// role, id)`.
fn titled(cases: &[(&str, &str, &str)]) {
    for &(text, role, id) in cases {
        let l = Registry::embedded().look_up(text);
        assert_eq!(l.title.as_deref(), Some(role), "{text}");
        let got = l.resolution.map(|r| r.entity.id.clone());
        assert_eq!(got.as_deref(), Some(id), "{text}");
    }
}

#[test]
fn captains_regent_of_san_marino() {
    let regent = "capitaine-régent";
    titled(&[
        ("le capitaine-régent Lorenzo Bugli", regent, "lorenzo-bugli"),
        (
            "la capitaine-régente Denise Bronzetti",
            regent,
            "denise-bronzetti",
        ),
        ("le capitaine régent Lorenzo Bugli", regent, "lorenzo-bugli"),
        ("Captain Regent Lorenzo Bugli", regent, "lorenzo-bugli"),
        // A captain who is not a regent keeps the military rank.
        ("le capitaine Ibrahim Traoré", "capitaine", "ibrahim-traore"),
    ]);
}

#[test]
fn the_polisario_front_and_the_anc() {
    all_to(
        &["Front Polisario", "Polisario", "Polisario Front"],
        "org:polisario",
    );
    all_to(
        &[
            "ANC",
            "Congrès national africain",
            "African National Congress",
        ],
        "org:anc",
    );
    let found =
        detected("Le secrétaire général de l'ANC a reçu une délégation du Front Polisario.");
    assert!(has(&found, "ANC", "org:anc"), "{found:?}");
    assert!(has(&found, "Front Polisario", "org:polisario"), "{found:?}");
}

#[test]
fn presidents_of_a_national_council_and_of_a_legislative_assembly_head_a_parliament() {
    let chair = "président du parlement";
    titled(&[
        (
            "la présidente du Conseil national Maja Riniker",
            chair,
            "maja-riniker",
        ),
        (
            "le président de l'Assemblée législative Papali'i Li'o Taeu Masipau",
            chair,
            "papalii-lio-taeu-masipau",
        ),
        // The council of ministers stays the head of government's.
        (
            "le président du Conseil Giorgia Meloni",
            "premier ministre",
            "giorgia-meloni",
        ),
    ]);
}
