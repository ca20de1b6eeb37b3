//! Whether a predicted event names the gold event's persons
//! (docs/EVALUATION.md):
//! names compared after folding case and diacritics, word order free, and a
//! surname alone matches.

use super::gold::GoldPerson;
use crate::fold;

/// Whether the predicted name `predicted` names the person spelled `gold`.
///
/// The same words in any order match (`Karin Erlan` = `Erlan Karin`), and so
/// does a single word equal to the last word of `gold` — the surname in the
/// usual order; inverted spellings are covered by the gold aliases.
pub fn name_matches(predicted: &str, gold: &str) -> bool {
    let mut p = fold::words(predicted);
    let mut g = fold::words(gold);
    if p.is_empty() || g.is_empty() {
        return false;
    }
    if let [single] = p.as_slice() {
        if g.last() == Some(single) {
            return true;
        }
    }
    p.sort_unstable();
    g.sort_unstable();
    p == g
}

/// Whether every gold person is named by one of the predicted names (actor
/// texts and canonical names, any role).
pub fn persons_agree<'a>(
    predicted_names: impl Iterator<Item = &'a str> + Clone,
    gold_persons: &[&GoldPerson],
) -> bool {
    gold_persons.iter().all(|person| {
        predicted_names
            .clone()
            .any(|name| person.spellings().any(|g| name_matches(name, g)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, aliases: &[&str]) -> GoldPerson {
        GoldPerson {
            name: name.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn folding_order_and_surname() {
        assert!(name_matches("Nguyễn Xuân Thắng", "Nguyên Xuân Thang"));
        assert!(name_matches(
            "KASSYM-JOMART TOKAÏEV",
            "Kassym-Jomart Tokaïev"
        ));
        assert!(name_matches("Erlan Karin", "Karin Erlan"));
        assert!(name_matches("Tokaïev", "Kassym-Jomart Tokaïev"));
        assert!(name_matches("Lâm", "Tô Lâm"));
        // A given name alone is not a surname.
        assert!(!name_matches("Kassym", "Kassym-Jomart Tokaïev"));
        // Folding is case and diacritics only, not transliteration.
        assert!(!name_matches("Tokayev", "Kassym-Jomart Tokaïev"));
        // Different people stay apart.
        assert!(!name_matches("Nguyễn Xuân Phúc", "Nguyễn Xuân Thắng"));
        assert!(!name_matches("Heydar Aliyev", "Ilham Aliyev"));
        assert!(!name_matches("Ilham", "Ilham Aliyev"));
        assert!(!name_matches("", "Ilham Aliyev"));
        // More words than the gold name is another person.
        assert!(!name_matches("Nguyen Van Thang", "Thang"));
    }

    #[test]
    fn every_gold_person_must_be_named() {
        let tokayev = person("Kassym-Jomart Tokaïev", &["Kassym-Jomart Tokayev"]);
        let lam = person("Tô Lâm", &["To Lam"]);
        let gold = [&tokayev, &lam];
        let names = ["To Lam", "Kassym-Jomart Tokayev", "Kazakhstan"];
        assert!(persons_agree(names.iter().copied(), &gold));
        let names = ["To Lam", "Kazakhstan"];
        assert!(!persons_agree(names.iter().copied(), &gold));
        // Surname alone, through the alias spelling.
        let names = ["Tokayev", "Lâm"];
        assert!(persons_agree(names.iter().copied(), &gold));
        // No gold person: nothing to get wrong.
        assert!(persons_agree(std::iter::empty(), &[]));
    }
}
