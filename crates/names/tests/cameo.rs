//! CAMEO actor dictionaries loaded into a registry: persons with their
//! countries and dated roles, variants, country names, organizations, and
//! errors naming file and line.

use depeche_names::cameo::{parse_actors, CameoError};
use depeche_names::{EntityKind, Registry};
use std::path::PathBuf;

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn loaded() -> Registry {
    let mut r = Registry::embedded().clone();
    let summary = r
        .load_actors_file(&data("small.actors.txt"))
        .expect("the small dictionary loads");
    assert_eq!(summary.entries, 9);
    assert_eq!(summary.countries, 1);
    assert_eq!(summary.persons, 5);
    assert_eq!(summary.organizations, 3);
    r
}

#[test]
fn persons_get_country_variants_and_dated_roles() {
    let r = loaded();
    for name in [
        "Karima Benali Zerrouk",
        "KARIMA BENALI ZERROUK",
        "K. Zerrouk",
        "Zerrouk",
        "le président algérien Zerrouk",
    ] {
        let got = r.resolve(name).unwrap_or_else(|| panic!("{name}"));
        assert_eq!(got.entity.kind, EntityKind::Person, "{name}");
        assert_eq!(got.entity.country.as_deref(), Some("DZA"), "{name}");
        assert_eq!(
            got.entity.roles,
            ["ELI (1970-1999)", "GOV (2000-)"],
            "{name}"
        );
    }
    let k = r.resolve("Ousmane Diallo Keita").expect("father");
    assert_eq!(k.entity.roles, ["GOV (2005-2010)", "MIL (2011-2015)"]);
    let jr = r.resolve("Ousmane Diallo Keita Jr").expect("son");
    assert_ne!(jr.entity.id, k.entity.id, "father and son stay apart");
    assert_eq!(jr.entity.roles, ["GOV (2016-)"]);
}

#[test]
fn countries_gain_aliases_and_bodies_are_organizations() {
    let r = loaded();
    let dz = r
        .resolve("People's Democratic Republic Of Algeria")
        .expect("alias");
    assert_eq!(dz.entity.id, "DZA");
    let nfc = r.resolve("NFC").expect("acronym kept in capitals");
    assert_eq!(nfc.entity.kind, EntityKind::Organization);
    assert_eq!(nfc.entity.country, None);
    let fama = r.resolve("Malian Armed Forces").expect("body");
    assert_eq!(fama.entity.country.as_deref(), Some("MLI"));
    assert_eq!(fama.entity.roles, ["MIL"]);
}

#[test]
fn a_person_the_registry_has_is_completed_not_doubled() {
    let mut r = Registry::embedded().clone();
    let before = r.entities().len();
    let s = r
        .load_actors_str(
            "ABDELAZIZ_BOUTEFLIKA_\n+ABDULAZIZ_BOUTEFLIKA_\n\t[DZAGOV >990427]\n",
            "dz.actors",
        )
        .expect("loads");
    assert_eq!((s.persons, s.completed), (0, 1));
    assert_eq!(r.entities().len(), before);
    let b = r.resolve("Abdulaziz Bouteflika").expect("variant");
    assert_eq!(b.entity.id, "abdelaziz-bouteflika");
    assert!(b.entity.roles.contains(&"GOV (1999-)".to_string()));
}

#[test]
fn agents_become_title_nouns() {
    let mut r = Registry::embedded().clone();
    let s = r
        .load_actors_str(
            "!PERSON! = MAN, MEN\nFISHER!PERSON! [~AGR]\nHARBOUR_MASTER {HARBOUR_MASTERS} [~GOV]\n",
            "agents",
        )
        .expect("loads");
    assert_eq!(s.agents, 2);
    let l = r.look_up("Harbour Master Abdelmadjid Tebboune");
    assert_eq!(l.title.as_deref(), Some("harbour master"));
    assert_eq!(
        l.resolution.map(|x| x.entity.id.clone()).as_deref(),
        Some("abdelmadjid-tebboune")
    );
    assert!(r.titles().lookup("fishermen").is_some_and(|t| !t.person));
}

#[test]
fn malformed_dictionaries_name_file_line_and_column() {
    let err = parse_actors("GOOD_ [DZA]\nBAD_ [DZAGOV 990101\n", "x.actors").unwrap_err();
    assert!(
        matches!(
            err,
            CameoError::Malformed {
                line: 2,
                column: 6,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().starts_with("x.actors:2:6: "), "{err}");
    let mut r = Registry::embedded().clone();
    let before = r.entities().len();
    assert!(r.load_actors_str("A_B_ [DZAGOV]\n+\t[", "y").is_err());
    assert_eq!(r.entities().len(), before, "nothing added on error");
    let missing = r.load_actors_file(&data("no-such.actors")).unwrap_err();
    assert!(matches!(missing, CameoError::Io { .. }));
}
