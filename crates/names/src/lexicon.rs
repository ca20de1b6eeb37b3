//! Word classes used by detection (`data/lexicon.tsv`).

use crate::fold::fold_words;
use crate::hash::Map;
use crate::mention::EntityKind;
use std::sync::OnceLock;

const LEXICON: &str = include_str!("../data/lexicon.tsv");

/// The word classes of `data/lexicon.tsv`.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Lowercase, accents kept: `Lê` is a name, `Le` is an article. Kept
    /// as bytes: a word lowercased on the stack is looked up as it is,
    /// with no check that its bytes are UTF-8.
    common: Map<Box<[u8]>, ()>,
    /// The rest are folded (detection form).
    particle: Map<String, ()>,
    head: Map<String, EntityKind>,
    link: Map<String, ()>,
    after_place: Map<String, ()>,
    gap: Map<String, ()>,
    article: Map<String, ()>,
}

impl Lexicon {
    fn parse(text: &str) -> Lexicon {
        let mut lex = Lexicon::default();
        let mut header_seen = false;
        for raw in text.lines() {
            let raw = raw.trim_end_matches('\r');
            if raw.trim().is_empty() || raw.starts_with('#') {
                continue;
            }
            if !header_seen {
                header_seen = true;
                continue;
            }
            let mut cols = raw.split('\t');
            let word = cols.next().unwrap_or_default().trim();
            let class = cols.next().unwrap_or_default().trim();
            let folded = fold_words(word);
            match class {
                "common" => {
                    lex.common
                        .insert(word.to_lowercase().into_bytes().into_boxed_slice(), ());
                }
                "particle" => {
                    lex.particle.insert(folded, ());
                }
                "link" => {
                    lex.link.insert(folded, ());
                }
                "gap" => {
                    lex.gap.insert(folded, ());
                }
                "article" => {
                    lex.article.insert(folded, ());
                }
                "after:place" => {
                    lex.after_place.insert(folded, ());
                }
                other => {
                    let kind = match other.strip_prefix("head:") {
                        Some("facility") => EntityKind::Facility,
                        Some("organization") => EntityKind::Organization,
                        Some("place") => EntityKind::Place,
                        // Unknown classes are ignored; a unit test keeps the
                        // embedded file clean.
                        _ => continue,
                    };
                    lex.head.insert(folded, kind);
                }
            }
        }
        lex
    }

    /// The embedded lexicon.
    pub(crate) fn get() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(|| Lexicon::parse(LEXICON))
    }

    /// Whether `word` (as written) is a common word, never part of a name.
    pub(crate) fn is_common(&self, word: &str) -> bool {
        // Most words are short and ASCII: lowercased in place, not in a new
        // string.
        let mut buf = [0u8; 24];
        if let Some(short) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
            short.copy_from_slice(word.as_bytes());
            short.make_ascii_lowercase();
            return self.common.contains_key(&*short);
        }
        // Other short words (`Émirats`, `Président`) are lowercased on the
        // stack too, a character at a time; a capital sigma, whose lowercase
        // depends on its place in the word, is left to `to_lowercase`.
        if word.contains('Σ') {
            return self.common.contains_key(word.to_lowercase().as_bytes());
        }
        let mut wide = [0u8; 64];
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let Some(slot) = wide.get_mut(len..len + c.len_utf8()) else {
                return self.common.contains_key(word.to_lowercase().as_bytes());
            };
            c.encode_utf8(slot);
            len += c.len_utf8();
        }
        wide.get(..len).is_some_and(|l| self.common.contains_key(l))
    }

    pub(crate) fn is_particle(&self, folded: &str) -> bool {
        self.particle.contains_key(folded)
    }

    pub(crate) fn head(&self, folded: &str) -> Option<EntityKind> {
        self.head.get(folded).copied()
    }

    pub(crate) fn is_link(&self, folded: &str) -> bool {
        self.link.contains_key(folded)
    }

    pub(crate) fn is_after_place(&self, folded: &str) -> bool {
        self.after_place.contains_key(folded)
    }

    pub(crate) fn is_article(&self, folded: &str) -> bool {
        self.article.contains_key(folded)
    }

    pub(crate) fn is_gap(&self, folded: &str) -> bool {
        self.gap.contains_key(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_found_whatever_their_case() {
        let lex = Lexicon::get();
        let some: Vec<String> = lex
            .common
            .keys()
            .take(50)
            .filter_map(|w| String::from_utf8(w.to_vec()).ok())
            .collect();
        assert_eq!(some.len(), 50);
        for w in &some {
            for form in [w.to_uppercase(), capitalized(w), w.clone()] {
                assert!(lex.is_common(&form), "{form:?}");
            }
        }
        // Short and long, ASCII and not, a final sigma: the same answer as
        // lowercasing the whole word.
        let long = "É".repeat(40);
        for word in [
            "Président",
            "ÉMIRATS",
            "Ça",
            "ΟΔΟΣ",
            "ΣΟΦΙΑ",
            "İstanbul",
            long.as_str(),
            "",
        ] {
            assert_eq!(
                lex.is_common(word),
                lex.common.contains_key(word.to_lowercase().as_bytes()),
                "{word:?}"
            );
        }
    }

    fn capitalized(w: &str) -> String {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    #[test]
    fn every_line_has_a_known_class() {
        let known = [
            "common",
            "particle",
            "link",
            "gap",
            "article",
            "after:place",
        ];
        for line in LEXICON
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .skip(1)
        {
            let class = line.split('\t').nth(1).unwrap_or_default();
            assert!(
                known.contains(&class) || class.starts_with("head:"),
                "bad class in {line:?}"
            );
        }
    }

    #[test]
    fn common_words_are_accent_sensitive() {
        let lex = Lexicon::get();
        assert!(lex.is_common("Le"));
        assert!(lex.is_common("Lors"));
        assert!(lex.is_common("Août"));
        assert!(!lex.is_common("Lê"));
        assert!(!lex.is_common("Tokaïev"));
        assert_eq!(lex.head("aeroport"), Some(EntityKind::Facility));
        assert!(lex.is_link("internationale"));
    }
}
