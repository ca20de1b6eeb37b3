//! Folding names for comparison: case, diacritics and Vietnamese tones go,
//! punctuation and hyphens separate words. This is the comparison the scoring
//! rules (docs/EVALUATION.md) ask of the scorer — deliberately simpler than the registry's
//! normalization keys, which also merge transliterations.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Letters that do not decompose into a base letter and a mark.
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ı' => "i",
        'ł' | 'Ł' => "l",
        'ø' | 'Ø' => "o",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'þ' | 'Þ' => "th",
        _ => return None,
    })
}

/// The folded words of `name`: lower case, no diacritics, split on anything
/// that is not a letter or digit.
///
/// `words("Kassym-Jomart Tokaïev") == ["kassym", "jomart", "tokaiev"]`
pub fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in name.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        if let Some(s) = base_letter(c) {
            cur.push_str(s);
        } else if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The folded words joined by single spaces.
pub fn folded(name: &str) -> String {
    words(name).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_tones() {
        assert_eq!(folded("Nguyễn Xuân Thắng"), "nguyen xuan thang");
        assert_eq!(folded("Nguyên Xuân Thang"), "nguyen xuan thang");
        assert_eq!(folded("ĐỖ Mười"), "do muoi");
        assert_eq!(folded("Mäjılıs"), "majilis");
        assert_eq!(folded("Kassym-Jomart  Tokaïev"), "kassym jomart tokaiev");
        assert_eq!(folded("l’aéroport"), "l aeroport");
        assert_eq!(folded("  "), "");
    }

    #[test]
    fn keeps_different_letters_apart() {
        assert_ne!(folded("Tokaïev"), folded("Tokayev"));
        assert_ne!(folded("Phúc"), folded("Thắng"));
    }
}
