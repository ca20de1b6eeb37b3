//! Monarchs named by their given name in running text (`le roi Charles`,
//! `l'émir Tamim`): the title's holders go by it, and the text's year picks
//! among several who did. Sentences written for the project.

use depeche_names::Registry;

/// The entity of the mention that starts with `name` in `text` of `year`.
fn entity_of(text: &str, name: &str, year: Option<i32>) -> Option<String> {
    let found = Registry::embedded().detect_in_year(text, year);
    let m = found.iter().find(|m| m.text.starts_with(name));
    assert!(m.is_some(), "no mention {name:?} in {text:?}: {found:#?}");
    m.and_then(|m| m.entity.as_deref().map(str::to_string))
}

#[test]
fn a_king_by_his_given_name_is_the_one_who_reigns_in_the_texts_year() {
    let text = "Le prince héritier a rencontré mercredi le roi Abdallah au palais royal d'Amman.";
    assert_eq!(
        entity_of(text, "Abdallah", Some(2022)).as_deref(),
        Some("abdullah-ii")
    );
    // Two kings named Abdallah reigned in 2010: no guess.
    assert_eq!(entity_of(text, "Abdallah", Some(2010)), None);
    // Without a year, the one reigning now.
    assert_eq!(
        entity_of(text, "Abdallah", None).as_deref(),
        Some("abdullah-ii")
    );
}

#[test]
fn the_given_name_beats_a_surname_of_someone_who_never_reigned() {
    // Errol Charles and Abdelwahab Abdallah are in the registry by surname.
    let charles = "Le Premier ministre a été reçu lundi par le roi Charles à Buckingham.";
    assert_eq!(
        entity_of(charles, "Charles", Some(2024)).as_deref(),
        Some("charles-iii")
    );
    let abdallah = "Le ministre a remis mardi au roi Abdallah un message de son président.";
    assert_ne!(
        entity_of(abdallah, "Abdallah", Some(2012)).as_deref(),
        Some("abdelwahab-abdallah")
    );
}

#[test]
fn a_name_that_opens_another_monarchs_alias_only_gives_way_to_the_own_name() {
    // `Philippe VI` is an alias of Felipe VI; Philippe is the Belgian king's own name.
    let text =
        "Les souverains se sont retrouvés à Bruxelles, où le roi Philippe a offert un dîner.";
    assert_eq!(
        entity_of(text, "Philippe", Some(2024)).as_deref(),
        Some("philippe-of-belgium")
    );
    let felipe = "À Madrid, le roi Felipe a accueilli jeudi le président angolais.";
    assert_eq!(
        entity_of(felipe, "Felipe", Some(2024)).as_deref(),
        Some("felipe-vi")
    );
}

#[test]
fn emirs_sultans_and_kings_of_other_years() {
    let cases = [
        (
            "L'émir Tamim a reçu dimanche à Doha le ministre turc.",
            "Tamim",
            2023,
            "tamim-bin-hamad-al-thani",
        ),
        (
            "Le sultan Haitham a reçu le message à Mascate.",
            "Haitham",
            2023,
            "haitham-bin-tariq",
        ),
        (
            "Le sultan Qabous a reçu le message à Mascate.",
            "Qabous",
            2015,
            "qaboos-bin-said",
        ),
        (
            "Le roi Salmane a présidé la séance du Conseil des ministres.",
            "Salmane",
            2020,
            "salman-bin-abdulaziz",
        ),
    ];
    for (text, name, year, id) in cases {
        assert_eq!(
            entity_of(text, name, Some(year)).as_deref(),
            Some(id),
            "{text}"
        );
    }
}

#[test]
fn a_given_name_after_a_title_of_no_monarch_is_no_monarch() {
    // A president is named by his surname: `le président Emmanuel` is no Macron.
    let text = "Le président Emmanuel a salué la délégation.";
    assert_eq!(entity_of(text, "Emmanuel", Some(2024)), None);
}
