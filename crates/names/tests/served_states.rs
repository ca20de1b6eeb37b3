//! A person who held an office for another state than their registry
//! country (Deng Alor, Sudan's foreign minister and later South Sudan's)
//! is of the state the title names; a title naming a state the person never
//! served changes nothing. Sentences written for the project.

use depeche_names::Registry;

/// The country of the mention of `name` in `text`.
fn country_of(text: &str, name: &str) -> Option<String> {
    let found = Registry::embedded().detect(text);
    let m = found.iter().find(|m| m.text.starts_with(name));
    assert!(m.is_some(), "no mention {name:?} in {text:?}: {found:#?}");
    m.and_then(|m| m.country.as_deref().map(str::to_string))
}

#[test]
fn the_title_names_the_state_the_person_served() {
    for (text, country) in [
        ("Il a reçu le ministre des Affaires étrangères du Soudan du Sud, Deng Alor, à Rabat.", "SSD"),
        ("Le ministre des Affaires étrangères du Soudan du Sud Deng Alor Kuol est arrivé à Addis-Abeba.", "SSD"),
        ("Le ministre des Affaires étrangères du Soudan, Deng Alor, a reçu l'envoyé américain.", "SDN"),
        ("Deng Alor a pris la parole devant l'Assemblée.", "SDN"),
    ] {
        assert_eq!(country_of(text, "Deng Alor").as_deref(), Some(country), "{text}");
    }
}

#[test]
fn a_state_the_person_never_served_changes_nothing() {
    let text = "Le président sénégalais Emmanuel Macron a été reçu à Dakar.";
    assert_eq!(country_of(text, "Emmanuel Macron").as_deref(), Some("FRA"));
}
