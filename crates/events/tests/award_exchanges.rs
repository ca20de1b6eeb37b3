//! AWARD both ways: two leaders decorating each other ("se sont
//! mutuellement décorés", "se sont remis leurs plus hautes distinctions",
//! "l'honneur est revenu aux deux chefs d'État d'échanger les colliers") and
//! a decoration given back ("Y lui a remis en retour l'ordre"). Every text
//! is written for these tests.

mod common;
use common::{award_pairs, has_award, AwardPair};

const LEAD: &str = "Rabat, 12 mars 2024 (MAP) - Le président sénégalais Bassirou Diomaye Faye \
                    effectue une visite d'État au Maroc. ";

fn awards(text: &str) -> Vec<AwardPair> {
    award_pairs(&format!("{LEAD}{text}\n"))
}

#[test]
fn two_named_leaders_decorate_each_other() {
    for text in [
        "Le roi Mohammed VI et le président Bassirou Diomaye Faye se sont mutuellement décorés.",
        "Mohammed VI et Bassirou Diomaye Faye se sont remis leurs plus hautes distinctions.",
        "Mercredi, le roi Mohammed VI et le président Bassirou Diomaye Faye se sont réciproquement décorés au palais royal.",
        "Le roi Mohammed VI et le président Bassirou Diomaye Faye se sont conférés les colliers de leurs ordres nationaux.",
        "Le roi Mohammed VI et le président Bassirou Diomaye Faye ont échangé leurs décorations.",
    ] {
        let found = awards(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert!(has_award(&found, "Mohammed VI", "Faye"), "{text}: {found:?}");
        assert!(has_award(&found, "Faye", "Mohammed VI"), "{text}: {found:?}");
    }
}

#[test]
fn the_two_sides_an_exchange_falls_to() {
    for text in [
        "L'honneur est revenu aux deux chefs d'État d'échanger leurs colliers.",
        "D'abord, l'honneur est revenu aux deux chefs d'État d'échanger les colliers de grand-croix de l'ordre national du Lion et du Ouissam Alaouite.",
        "Les deux chefs d'État ont tenu à échanger leurs colliers.",
        "Les deux chefs d'État ont procédé à l'échange des colliers.",
        "Il revenait aux deux chefs d'État d'échanger leurs décorations.",
    ] {
        let found = awards(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert!(has_award(&found, "MAR", "SEN"), "{text}: {found:?}");
        assert!(has_award(&found, "SEN", "MAR"), "{text}: {found:?}");
    }
}

#[test]
fn a_decoration_given_back() {
    for text in [
        "Le roi Mohammed VI a remis à son hôte le grand collier du Ouissam Alaouite, et le président Bassirou Diomaye Faye lui a remis en retour l'ordre national du Lion.",
        "Le roi Mohammed VI a remis au président Bassirou Diomaye Faye le grand collier du Ouissam Alaouite. Bassirou Diomaye Faye lui a remis à son tour l'ordre national du Lion.",
        "Le roi Mohammed VI a décerné le Ouissam Alaouite à Bassirou Diomaye Faye ; le président sénégalais lui a décerné en retour l'ordre national du Lion.",
        "Le roi Mohammed VI a remis à Bassirou Diomaye Faye la grand-croix du Ouissam Alaouite, puis le président Faye lui a remis l'ordre national du Lion.",
        "Mercredi, Mohammed VI a remis le grand collier du Ouissam Alaouite à son hôte, et Bassirou Diomaye Faye lui a conféré en retour la grand-croix de l'ordre national du Lion.",
    ] {
        let found = awards(text);
        assert!(has_award(&found, "Mohammed VI", "Faye"), "{text}: {found:?}");
        assert!(has_award(&found, "Faye", "Mohammed VI"), "{text}: {found:?}");
        assert!(!has_award(&found, "Faye", "Faye"), "{text}: {found:?}");
    }
}
