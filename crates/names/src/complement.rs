//! Complements around a titled name: `le porte-parole du Kremlin Dmitri
//! Peskov`, `la présidente de la Commission européenne Ursula von der Leyen`, `le directeur général de l'OMS Tedros Adhanom Ghebreyesus` (the
//! title's complement before the name), `le roi Salmane d'Arabie saoudite`
//! (the country after it).

use crate::fold::fold_words;
use crate::mention::{EntityKind, Method};
use crate::registry::Registry;
use crate::resolve::Opts;

/// Words that open a complement.
const OPENERS: [&str; 5] = ["du", "de", "des", "d", "of"];

/// Articles inside a complement.
const ARTICLES: [&str; 5] = ["la", "le", "l", "les", "the"];

/// A name part resolved, possibly once a complement was set aside.
pub(crate) struct Part<'t> {
    /// The words that name the entity.
    pub name: &'t str,
    pub hit: (u32, Method),
    /// The country of a complement after the name.
    pub country: Option<String>,
}

/// Byte offsets where the words of `text` start.
fn word_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut prev_space = true;
    for (i, c) in text.char_indices() {
        let space = c.is_whitespace() || matches!(c, '\'' | '’' | ',');
        if prev_space && !space {
            out.push(i);
        }
        prev_space = space;
    }
    out
}

fn opener(word: &str) -> bool {
    let w = fold_words(word);
    OPENERS.contains(&w.split(' ').next().unwrap_or(""))
}

impl Registry {
    /// `le chef du Hezbollah Hassan Nasrallah`, `le président de l'APN Zhao
    /// Leji`: after a title, a complement the lexicon does not know (`du
    /// Hezbollah`); the longest run of two or more words ending the text
    /// that resolves to a person is the name.
    pub(crate) fn after_complement<'t>(&self, name: &'t str, o: &Opts) -> Option<Part<'t>> {
        let (first, _) = crate::titled::first_word(name);
        if !(opener(first) || matches!(fold_words(first).as_str(), "au" | "aux")) {
            return None;
        }
        let starts = word_starts(name);
        let person = Opts {
            kind: Some(crate::EntityKind::Person),
            ..o.clone()
        };
        starts.into_iter().skip(1).find_map(|at| {
            let rest = name.get(at..)?.trim();
            if rest.split_whitespace().count() < 2 {
                return None;
            }
            self.resolve_part(rest, &person)
        })
    }

    /// Whether the words before a name are a title's complement: lowercase
    /// words (`européenne`), or an opener and articles followed by a body,
    /// place or country (`du Kremlin`, `de l'OMS`), never a piece of a
    /// person's name (`de la Fed Jerome` before `Powell`).
    fn names_a_body(&self, gap: &str) -> bool {
        let words: Vec<&str> = gap
            .split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | ','))
            .filter(|w| !w.is_empty())
            .collect();
        if words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_lowercase))
        {
            return true;
        }
        let rest: Vec<&str> = words
            .iter()
            .copied()
            .skip_while(|w| opener(w) || ARTICLES.contains(&fold_words(w).as_str()))
            .collect();
        if rest.is_empty() {
            return true;
        }
        let opts = Opts {
            fuzzy: false,
            surname_min: usize::MAX,
            ..Opts::ALL
        };
        self.resolve_idx(&rest.join(" "), &opts)
            .and_then(|(i, _)| self.entity(i))
            .is_some_and(|e| e.kind != EntityKind::Person)
    }

    /// Resolve the name after a title: as it is, else after the title's
    /// complement (`du Kremlin Dmitri Peskov` → a person named by the
    /// longest tail that is one), else without a country complement after it
    /// (`Salmane d'Arabie saoudite`).
    pub(crate) fn resolve_part<'t>(&self, name: &'t str, o: &Opts) -> Option<Part<'t>> {
        if let Some(hit) = self.resolve_idx(name, o) {
            return Some(Part {
                name,
                hit,
                country: None,
            });
        }
        let starts = word_starts(name);
        let person = |hit: &(u32, Method)| {
            self.entity(hit.0)
                .is_some_and(|e| e.kind == EntityKind::Person)
        };
        // `du Kremlin Dmitri Peskov`, `européenne Ursula von der Leyen`.
        let lead = name.split_whitespace().next().unwrap_or("");
        if opener(lead) || lead.chars().next().is_some_and(char::is_lowercase) {
            for &s in starts.iter().skip(1) {
                let tail = name.get(s..)?;
                if !self.names_a_body(name.get(..s)?) {
                    continue;
                }
                if let Some(hit) = self.resolve_idx(tail, o).filter(person) {
                    return Some(Part {
                        name: tail,
                        hit,
                        country: None,
                    });
                }
            }
        }
        for &s in starts.iter().skip(1).rev() {
            let word = name.get(s..)?.split_whitespace().next().unwrap_or("");
            let word = word.split(['\'', '’']).next().unwrap_or("");
            if !opener(word) {
                continue;
            }
            let after = name
                .get(s + word.len()..)?
                .trim_start_matches(['\'', '’', ' ']);
            let country = self
                .resolve_kind(after, EntityKind::Country)
                .filter(|r| matches!(r.method, Method::Exact | Method::Folded))?;
            let head = name.get(..s)?.trim_end();
            let opts = Opts {
                country: country.entity.country.clone(),
                ..o.clone()
            };
            // `le roi Salmane d'Arabie saoudite`: a given name after a royal title.
            let hit = self.resolve_idx(head, &opts).filter(person).or_else(|| {
                self.by_given_name(head, &opts)
                    .map(|i| (i, Method::Translit))
            })?;
            return Some(Part {
                name: head,
                hit,
                country: country.entity.country.clone(),
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_start_after_spaces_and_apostrophes() {
        assert_eq!(word_starts("de l'OMS Tedros"), [0, 3, 5, 9]);
        assert_eq!(word_starts(""), Vec::<usize>::new());
        assert!(opener("d'Arabie"));
        assert!(opener("du"));
        assert!(!opener("Dmitri"));
    }
}
