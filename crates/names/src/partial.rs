//! Names given in part: a compound surname (`Sassou Nguesso`, `Díaz-Canel`,
//! `von der Leyen`), a given name and surname without the middle names
//! (`Tedros Ghebreyesus`, `Omar al-Bashir`), a name with more words than
//! the registry's (`Tamim bin Hamad bin Khalifa Al Thani`), and acronyms written with
//! dots (`O.N.U.`).

use crate::key::key_words;
use crate::mention::{EntityKind, Method};
use crate::registry::Registry;
use crate::resolve::Opts;

/// Whether `part` is `whole` with some words left out, the last kept.
fn is_part(part: &[String], whole: &[String]) -> bool {
    if part.len() >= whole.len() || part.last() != whole.last() {
        return false;
    }
    let mut it = whole.iter();
    part.iter().all(|p| it.any(|w| w == p))
}

/// Words that tell two persons apart when added to a name.
const DISTINGUISHING: [&str; 6] = ["jr", "sr", "junior", "ii", "iii", "iv"];

/// Whether `name` is `query` with some words left out — the first kept,
/// and none of the words left out a generation mark (`Donald Trump Jr.` is
/// not `Donald Trump`) or an initial, unless `name` has no initials at all
/// (`John F. Kerry` is John Kerry; `George H. W. Bush` is not `George W.
/// Bush`).
fn is_shortened(name: &[String], query: &[String]) -> bool {
    if name.len() < 2 || name.len() >= query.len() || name.first() != query.first() {
        return false;
    }
    // A middle initial the name lacks is left out (`John F. Kerry`), unless
    // the name has initials of its own (`George W. Bush`).
    let no_initials = name.iter().all(|w| w.chars().count() > 1);
    let mut ni = name.iter().peekable();
    for q in query {
        if ni.peek() == Some(&q) {
            ni.next();
        } else if DISTINGUISHING.contains(&q.as_str())
            || (q.chars().count() < 3 && !(q.chars().count() == 1 && no_initials))
        {
            return false;
        }
    }
    ni.peek().is_none()
}

/// Whether `query` is `name` after more given names: `Matamela Cyril
/// Ramaphosa` for Cyril Ramaphosa. The words before are full words (no
/// initial, generation mark or lineage word such as `bin`).
fn is_prefixed(name: &[String], query: &[String]) -> bool {
    let Some(extra) = query.len().checked_sub(name.len()) else {
        return false;
    };
    name.len() >= 2
        && extra > 0
        && query.get(extra..) == Some(name)
        && query
            .iter()
            .take(extra)
            .all(|w| w.chars().count() >= 3 && !DISTINGUISHING.contains(&w.as_str()) && w != "bin")
}

impl Registry {
    /// The one person whose name is the query with words left out:
    /// `Tamim bin Hamad bin Khalifa Al Thani` for Tamim bin Hamad Al Thani,
    /// `Mohammed bin Salman bin Abdulaziz Al Saud` for Mohammed bin Salman,
    /// `Matamela Cyril Ramaphosa` for Cyril Ramaphosa.
    pub(crate) fn by_whole(&self, words: &[String], o: &Opts) -> Option<u32> {
        if words.len() < 3 {
            return None;
        }
        let mut fits: Vec<u32> = Vec::new();
        for w in words.iter().skip(1) {
            let Some(cands) = self.keys().surnames(w.as_str()) else {
                continue;
            };
            for &c in cands {
                if fits.contains(&c) {
                    continue;
                }
                let fit = self.entity(c).is_some_and(|e| {
                    e.kind == EntityKind::Person
                        && o.kind.is_none_or(|k| k == e.kind)
                        && e.names().any(|n| {
                            let n = key_words(n);
                            is_shortened(&n, words) || is_prefixed(&n, words)
                        })
                });
                if fit {
                    fits.push(c);
                }
            }
        }
        match fits.as_slice() {
            [only] => Some(*only),
            _ => self.one_holder(&fits, o),
        }
    }

    /// The one person (after the hints of `o`) of whom `words` (two or
    /// more, the last being a surname) is a part of a name.
    pub(crate) fn by_part(&self, words: &[String], o: &Opts) -> Option<u32> {
        if words.len() < 2 || words.iter().any(|w| w.chars().count() < 2) {
            return None;
        }
        let cands = self.keys().surnames(words.last()?.as_str())?;
        let fits: Vec<u32> = cands
            .iter()
            .copied()
            .filter(|&c| {
                self.entity(c).is_some_and(|e| {
                    e.kind == EntityKind::Person
                        && o.kind.is_none_or(|k| k == e.kind)
                        && e.names().any(|n| is_part(words, &key_words(n)))
                })
            })
            .collect();
        match fits.as_slice() {
            [only] => Some(*only),
            _ => self.one_holder(&fits, o),
        }
    }

    /// `O.N.U.` → `ONU`: letters each followed by a dot, resolved as the
    /// acronym.
    pub(crate) fn by_dotted(&self, name: &str, o: &Opts) -> Option<(u32, Method)> {
        let t = name.trim();
        let letters: String = t.chars().filter(|c| *c != '.').collect();
        let dotted = t.ends_with('.')
            && letters.chars().count() >= 2
            && t.split('.')
                .filter(|p| !p.is_empty())
                .all(|p| p.chars().count() == 1);
        if !dotted {
            return None;
        }
        let (i, _) = self.resolve_idx(&letters.to_uppercase(), o)?;
        Some((i, Method::Folded))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        key_words(s)
    }

    #[test]
    fn parts_keep_order_and_the_last_word() {
        assert!(is_part(&w("Sassou Nguesso"), &w("Denis Sassou Nguesso")));
        assert!(is_part(
            &w("Tedros Ghebreyesus"),
            &w("Tedros Adhanom Ghebreyesus")
        ));
        assert!(!is_part(
            &w("Tedros Adhanom"),
            &w("Tedros Adhanom Ghebreyesus")
        ));
        assert!(!is_part(&w("Nguesso Sassou"), &w("Denis Sassou Nguesso")));
        assert!(!is_part(
            &w("Denis Sassou Nguesso"),
            &w("Denis Sassou Nguesso")
        ));
    }

    #[test]
    fn shortened_names_keep_the_first_word_and_drop_no_initial() {
        let q = w("Tamim bin Hamad bin Khalifa Al Thani");
        assert!(is_shortened(&w("Tamim bin Hamad Al Thani"), &q));
        assert!(is_shortened(
            &w("Mohammed bin Salman"),
            &w("Mohammed bin Salman bin Abdulaziz Al Saud")
        ));
        assert!(!is_shortened(&w("George W. Bush"), &w("George H. W. Bush")));
        assert!(is_shortened(&w("John Kerry"), &w("John F. Kerry")));
        assert!(is_shortened(&w("Antony Blinken"), &w("Antony J. Blinken")));
        assert!(!is_shortened(
            &w("Antony Blinken"),
            &w("Antony J. K. Blinken Jr.")
        ));
        assert!(!is_shortened(&w("John Kerry"), &w("John Fo Kerry")));
        assert!(!is_shortened(&w("Donald Trump"), &w("Donald Trump Jr.")));
        assert!(
            !is_shortened(&w("Hamad Al Thani"), &q),
            "the first word is kept"
        );
    }

    #[test]
    fn parts_and_dotted_acronyms_resolve() {
        let mut r = Registry::empty();
        r.load_str(
            "id\tkind\tname\tcountry\taliases\n\
             denis-sassou-nguesso\tperson\tDenis Sassou Nguesso\tCOG\n\
             tedros\tperson\tTedros Adhanom Ghebreyesus\tETH\n\
             nguyen-van-an\tperson\tNguyen Van An\tVNM\n\
             nguyen-thi-an\tperson\tNguyen Thi An\tVNM\n\
             org:onu\torganization\tOrganisation des Nations unies\t\tONU|UN\n",
            "t",
        )
        .unwrap();
        let id = |s: &str| r.resolve(s).map(|x| x.entity.id.clone());
        assert_eq!(
            id("Sassou-Nguesso").as_deref(),
            Some("denis-sassou-nguesso")
        );
        assert_eq!(id("Tedros Ghebreyesus").as_deref(), Some("tedros"));
        assert_eq!(id("Nguyen An"), None, "two Nguyen … An");
        assert_eq!(id("O.N.U.").as_deref(), Some("org:onu"));
        assert_eq!(id("U.N.").as_deref(), Some("org:onu"));
        assert_eq!(id("O.N."), None);
        assert_eq!(
            id("Denis Christel Sassou Nguesso").as_deref(),
            Some("denis-sassou-nguesso")
        );
        assert_eq!(id("Nguyen Van Thi An"), None, "two persons fit");
    }
}
