//! Every person of the seed gold is detected in its seed dispatch and
//! resolved to the right registry entity; the airport named after
//! Nazarbayev in seed 000 is a facility, not the man.

use depeche_names::{EntityKind, Mention, Method, Registry};
use std::path::PathBuf;

fn seed(prefix: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/seeds");
    let entry = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"));
    std::fs::read_to_string(entry.path()).expect("seed is UTF-8")
}

fn check_spans(text: &str, mentions: &[Mention]) {
    for m in mentions {
        assert_eq!(m.span.slice(text), Some(m.text.as_str()), "{m:?}");
    }
    for pair in mentions.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "{pair:?}");
    }
}

/// (seed, name as printed in the seed, entity id)
const PERSONS: &[(&str, &str, &str)] = &[
    ("000", "Tô Lâm", "to-lam"),
    ("000", "Ilham Aliyev", "ilham-aliyev"),
    ("000", "Olzhas Bektenov", "olzhas-bektenov"),
    ("000", "Kassym-Jomart Tokaïev", "kassym-jomart-tokayev"),
    ("000", "Maulen Ashimbayev", "maulen-ashimbayev"),
    ("000", "Yerlan Koshanov", "yerlan-koshanov"),
    ("001", "Nguyên Xuân Thang", "nguyen-xuan-thang"),
    ("001", "Kassym-Jomart Tokaïev", "kassym-jomart-tokayev"),
    ("001", "Karin Erlan", "erlan-karin"),
    ("001", "Karibek Daulet", "daulet-karibek"),
    ("001", "Hô Chi Minh", "ho-chi-minh"),
    ("002", "Lê Thi Thu Hang", "le-thi-thu-hang"),
    ("002", "A. Bakayev", "alibek-bakayev"),
    ("002", "A. Kuspan", "aigul-kuspan"),
    ("003", "Nguyen Phu Trong", "nguyen-phu-trong"),
    ("003", "Nguyen Sinh Hung", "nguyen-sinh-hung"),
    ("003", "Nursultan Nazarbayev", "nursultan-nazarbayev"),
    ("003", "Tran Cam Tu", "tran-cam-tu"),
    ("004", "Tô Lâm", "to-lam"),
    ("004", "Alexandre Loukachenko", "alexander-lukashenko"),
    ("004", "Alexandre Tourtchine", "alexander-turchin"),
];

#[test]
fn every_seed_person_is_found_and_resolved() {
    let registry = Registry::embedded();
    let mut failures = Vec::new();
    for &(file, name, id) in PERSONS {
        let text = seed(file);
        let mentions = registry.detect(&text);
        check_spans(&text, &mentions);
        let hit = mentions.iter().find(|m| m.text == name);
        match hit {
            Some(m) if m.entity.as_deref() == Some(id) && m.kind == EntityKind::Person => {
                println!(
                    "{file} {name:<24} → {id:<24} {:?} title {:?}",
                    m.method, m.title
                );
            }
            other => failures.push(format!("{file} {name}: {other:?}")),
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn methods_and_titles_on_the_seeds() {
    let registry = Registry::embedded();
    let find = |file: &str, name: &str| -> Mention {
        let text = seed(file);
        registry
            .detect(&text)
            .into_iter()
            .find(|m| m.text == name)
            .unwrap_or_else(|| panic!("{name} not found in {file}"))
    };
    let karin = find("001", "Karin Erlan");
    assert_eq!(karin.method, Method::Reordered);
    assert_eq!(karin.title.as_deref(), Some("conseiller d'état"));
    let bakayev = find("002", "A. Bakayev");
    assert_eq!(bakayev.method, Method::Initial);
    assert_eq!(bakayev.title.as_deref(), Some("homologue"));
    let tokayev = find("000", "Kassym-Jomart Tokaïev");
    assert_eq!(tokayev.title.as_deref(), Some("président"));
    assert_eq!(tokayev.country.as_deref(), Some("KAZ"));
    let glued = find("003", "NursultanNazarbayev");
    assert_eq!(glued.method, Method::Joined);
    assert_eq!(glued.entity.as_deref(), Some("nursultan-nazarbayev"));
    assert_eq!(*glued.key, depeche_names::key("Nursultan Nazarbayev"));
    let typo = find("003", "Kazakhtan");
    assert_eq!(
        (typo.method, typo.entity.as_deref()),
        (Method::Fuzzy, Some("KAZ"))
    );
    let party = find("001", "Armanat");
    assert_eq!(
        (party.method, party.entity.as_deref()),
        (Method::Fuzzy, Some("org:amanat"))
    );
    let alone = find("004", "Loukachenko");
    assert_eq!(alone.entity.as_deref(), Some("alexander-lukashenko"));
    let demonym = find("000", "vietnamienne");
    assert_eq!(
        (demonym.method, demonym.entity.as_deref()),
        (Method::Demonym, Some("VNM"))
    );
}

#[test]
fn the_airport_in_seed_000_is_a_facility() {
    let text = seed("000");
    let mentions = Registry::embedded().detect(&text);
    let at = text
        .find("Noursoultan-Nazarbaïev")
        .expect("airport in seed");
    let covering: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.span.start <= at && at < m.span.end)
        .collect();
    assert_eq!(covering.len(), 1, "{covering:?}");
    assert_eq!(covering[0].kind, EntityKind::Facility);
    assert!(
        covering[0].text.starts_with("aéroport"),
        "{:?}",
        covering[0]
    );
    assert_eq!(covering[0].country.as_deref(), Some("KAZ"));
    assert!(!mentions
        .iter()
        .any(|m| m.entity.as_deref() == Some("nursultan-nazarbayev")));
}

#[test]
fn the_academy_and_the_city_are_not_the_man() {
    let text = seed("001");
    let mentions = Registry::embedded().detect(&text);
    let academy: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.text.starts_with("Académie nationale de politique"))
        .collect();
    assert_eq!(academy.len(), 2);
    assert!(academy.iter().all(|m| m.kind == EntityKind::Organization));
    let persons = mentions
        .iter()
        .filter(|m| m.entity.as_deref() == Some("ho-chi-minh"))
        .count();
    assert_eq!(persons, 1, "only `la visite du Président Hô Chi Minh`");
}
