//! AWARD precision: those who watch a decoration ceremony ("ont assisté à
//! la cérémonie de remise des ordres", "en présence du Premier ministre")
//! neither confer nor receive anything. Every text is written for these
//! tests.

mod common;
use common::{award_pairs, has_award};

const LEAD: &str = "Rabat, 12 mars 2024 (MAP) - Le président sénégalais Bassirou Diomaye Faye \
                    effectue une visite d'État au Maroc. ";

#[test]
fn the_audience_of_a_ceremony_is_no_party_to_an_award() {
    for text in [
        "Le Premier ministre Aziz Akhannouch et de nombreux ministres ont assisté à la cérémonie de remise des ordres.",
        "Le chef du gouvernement Aziz Akhannouch a assisté à la cérémonie de remise des décorations.",
        "Aziz Akhannouch, Nasser Bourita et plusieurs ambassadeurs étaient présents lors de la remise des distinctions.",
        "La cérémonie de remise des médailles s'est déroulée en présence du Premier ministre Aziz Akhannouch.",
        "Le Premier ministre Aziz Akhannouch participera à la cérémonie de remise du Ouissam Alaouite.",
    ] {
        let found = award_pairs(&format!("{LEAD}{text}\n"));
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

#[test]
fn the_one_decorated_before_an_audience_still_is() {
    for text in [
        "Le roi Mohammed VI a décoré le président Bassirou Diomaye Faye du Ouissam Alaouite, en présence du Premier ministre Aziz Akhannouch.",
        "En présence d'Aziz Akhannouch, le président Bassirou Diomaye Faye a été décoré du Ouissam Alaouite par le roi Mohammed VI.",
        "Le président Bassirou Diomaye Faye a reçu des mains du roi Mohammed VI le Ouissam Alaouite, devant Aziz Akhannouch et Nasser Bourita.",
        "Aziz Akhannouch a assisté à la cérémonie. Le roi Mohammed VI y a décerné le Ouissam Alaouite au président Bassirou Diomaye Faye.",
        "Devant de nombreux ministres, le roi Mohammed VI a remis le grand collier du Ouissam Alaouite au président Bassirou Diomaye Faye.",
    ] {
        let found = award_pairs(&format!("{LEAD}{text}\n"));
        assert!(has_award(&found, "Mohammed VI", "Faye"), "{text}: {found:?}");
        assert!(!has_award(&found, "Akhannouch", "Faye"), "{text}: {found:?}");
        assert!(!has_award(&found, "Mohammed VI", "Akhannouch"), "{text}: {found:?}");
    }
}

#[test]
fn the_conferrer_after_a_relative_pronoun_is_no_complement() {
    for text in [
        "Aziz Akhannouch a assisté à la cérémonie au cours de laquelle le roi Mohammed VI a décerné le Ouissam Alaouite au président Bassirou Diomaye Faye.",
        "Aziz Akhannouch était présent au dîner lors duquel le roi Mohammed VI a remis le grand collier du Ouissam Alaouite au président Bassirou Diomaye Faye.",
        "Aziz Akhannouch a assisté à une réception pendant laquelle le roi Mohammed VI a décoré le président Bassirou Diomaye Faye du Ouissam Alaouite.",
        "Aziz Akhannouch a pris part à l'audience à l'issue de laquelle le roi Mohammed VI a remis le Ouissam Alaouite au président Bassirou Diomaye Faye.",
        "Nasser Bourita a assisté aux entretiens au terme desquels le roi Mohammed VI a décerné le Ouissam Alaouite à son hôte.",
    ] {
        let found = award_pairs(&format!("{LEAD}{text}\n"));
        assert!(has_award(&found, "Mohammed VI", "Faye"), "{text}: {found:?}");
        assert!(!has_award(&found, "Akhannouch", "Faye"), "{text}: {found:?}");
        assert!(!has_award(&found, "Bourita", "Faye"), "{text}: {found:?}");
    }
}
