//! Telling titles, prose and page chrome apart.

use crate::text::{is_blank, is_closer, is_terminal, word_count};

/// Whether a unit reads as body prose: it ends a sentence, or is long.
pub(crate) fn is_prose(text: &str) -> bool {
    let core = text.trim_end_matches(|c: char| is_closer(c) || c.is_whitespace());
    core.chars().next_back().is_some_and(is_terminal) || words_at_least(text, 25)
}

/// Whether `text` has at least `n` words (stops counting there).
fn words_at_least(text: &str, n: usize) -> bool {
    text.split(is_blank)
        .filter(|w| w.chars().any(char::is_alphabetic))
        .take(n)
        .count()
        >= n
}

/// Whether a unit can be a title: four to forty words, starting with a
/// capital, a digit or a quote, and not ending a sentence.
pub(crate) fn is_title_like(text: &str) -> bool {
    if text.len() > 400 {
        return false;
    }
    let words = word_count(text);
    let first = text.chars().next();
    let last = text.chars().next_back();
    (4..=40).contains(&words)
        && first.is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '«' | '"' | '\u{201c}')
        })
        && !last.is_some_and(|c| is_terminal(c) || matches!(c, ',' | ';' | ':'))
        && !text.starts_with(">>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_prose() {
        assert!(is_title_like(
            "Le secrétaire général Tô Lâm termine avec succès sa visite d'État en Biélorussie"
        ));
        assert!(is_title_like(
            "Loukachenko: « Je sais avec certitude qu’il n’y a pas de distance »"
        ));
        assert!(!is_title_like("Menu"));
        assert!(!is_title_like("Accueil next Nation"));
        assert!(!is_title_like("Le président a reçu les ambassadeurs."));
        assert!(is_prose("Le président a reçu les ambassadeurs."));
        assert!(is_prose("Il a dit « oui. »"));
        assert!(!is_prose("Coopération mutuellement bénéfique"));
    }
}
