//! Resolving one name to a registry entity, and how it was done.

use crate::entity::Entity;
use crate::fold::{fold, fold_words};
use crate::fuzzy::FuzzyIndex;
use crate::index::{kind_rank, Target};
use crate::key::key_words;
use crate::mention::{EntityKind, Method};
use crate::registry::Registry;

/// A name resolved to an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolution<'r> {
    /// The entity.
    pub entity: &'r Entity,
    /// How the name was matched to it.
    pub method: Method,
}

impl Resolution<'_> {
    /// The entity's id.
    pub fn id(&self) -> &str {
        &self.entity.id
    }
}

/// What resolution may try.
#[derive(Debug, Clone)]
pub(crate) struct Opts {
    /// Only entities of this kind.
    pub kind: Option<EntityKind>,
    /// Shortest surname (letters) resolved alone.
    pub surname_min: usize,
    /// Try near-miss spellings.
    pub fuzzy: bool,
    /// Try demonyms.
    pub demonym: bool,
    /// The country a title gives (`le président algérien`): among several
    /// persons sharing a name, the one of this country.
    pub country: Option<String>,
    /// The year of the dispatch: among several persons sharing a name, the
    /// one plausible or in office then.
    pub year: Option<i32>,
    /// The role a title gives (`président`): among several persons sharing
    /// a name, the one who held it.
    pub role: Option<String>,
    /// Without a year, a name given on its own is read as of now: among
    /// several persons sharing it, the one in office now when every other
    /// one has left office. Detection in running text, whose dispatch may
    /// be old, does not assume it.
    pub current: bool,
    /// Try the forms of [`by_form`](Registry::by_form) (`le Kremlin`,
    /// `République sud-africaine`) when nothing else matches. Detection,
    /// which sees articles and nouns as words of their own, does not.
    pub forms: bool,
}

impl Opts {
    pub(crate) const ALL: Opts = Opts {
        kind: None,
        surname_min: 4,
        fuzzy: true,
        demonym: true,
        country: None,
        year: None,
        role: None,
        current: true,
        forms: true,
    };
}

/// Split words glued at a lowercase-to-uppercase change: `NursultanNazarbayev`.
fn split_camel(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len() + 4);
    let mut prev_lower = false;
    let mut split = false;
    for c in name.chars() {
        if c.is_uppercase() && prev_lower {
            out.push(' ');
            split = true;
        }
        prev_lower = c.is_lowercase();
        out.push(c);
    }
    split.then_some(out)
}

impl Registry {
    /// The near-miss index, built on first use.
    pub(crate) fn fuzzy(&self) -> &FuzzyIndex {
        self.index
            .fuzzy
            .get_or_init(|| FuzzyIndex::build(&self.index))
    }

    /// Resolve a name (person, country, place, organization, facility) to
    /// a registry entity.
    ///
    /// Tried in order: the name or an alias as written (`exact`) or after
    /// folding (`folded`); equal keys (`translit`, or `reordered` when the
    /// words come in another order); glued words split (`joined`); initials
    /// (`A. Bakayev` → Alibek Bakayev, `initial`); a surname alone when one
    /// registry person has it; patronymics left out (`Sergueï Viktorovitch
    /// Lavrov`, `Ilham Heydər oğlu Əliyev`); one edit away for names of 7 letters or more
    /// when only one entity is that close (`fuzzy`); a demonym (`demonym`).
    ///
    /// ```
    /// use depeche_names::{Method, Registry};
    /// let r = Registry::embedded();
    /// assert_eq!(r.resolve("Tô Lâm").unwrap().method, Method::Exact);
    /// assert_eq!(r.resolve("Karin Erlan").unwrap().entity.id, "erlan-karin");
    /// assert_eq!(r.resolve("Karin Erlan").unwrap().method, Method::Reordered);
    /// assert_eq!(r.resolve("Kazakhtan").unwrap().method, Method::Fuzzy);
    /// assert!(r.resolve("Jean Dupont").is_none());
    /// ```
    pub fn resolve(&self, name: &str) -> Option<Resolution<'_>> {
        self.resolve_opts(name, &Opts::ALL)
    }

    /// Like [`resolve`](Self::resolve), only among entities of `kind`.
    pub fn resolve_kind(&self, name: &str, kind: EntityKind) -> Option<Resolution<'_>> {
        self.resolve_opts(
            name,
            &Opts {
                kind: Some(kind),
                ..Opts::ALL
            },
        )
    }

    pub(crate) fn resolve_opts(&self, name: &str, o: &Opts) -> Option<Resolution<'_>> {
        let (i, method) = self
            .resolve_idx(name, o)
            .or_else(|| self.resolve_titled(name, o))?;
        Some(Resolution {
            entity: self.entity(i)?,
            method,
        })
    }

    pub(crate) fn kind_ok(&self, i: u32, o: &Opts) -> bool {
        o.kind
            .is_none_or(|k| self.entity(i).is_some_and(|e| e.kind == k))
    }

    /// The best of several candidates, or `None` when two persons tie.
    fn pick(&self, cands: impl Iterator<Item = Target>, o: &Opts) -> Option<u32> {
        let mut best: Option<(bool, u8, u32)> = None;
        let mut tie = false;
        let cands: Vec<Target> = cands.filter(|t| self.kind_ok(t.entity, o)).collect();
        for t in cands.iter().copied() {
            let Some(e) = self.entity(t.entity) else {
                continue;
            };
            let rank = (!t.canonical, kind_rank(e.kind), t.entity);
            match best {
                None => best = Some(rank),
                Some(b) if (rank.0, rank.1) < (b.0, b.1) => {
                    best = Some(rank);
                    tie = false;
                }
                Some(b) if (rank.0, rank.1) == (b.0, b.1) && rank.2 != b.2 => {
                    tie = e.kind == EntityKind::Person;
                }
                Some(_) => {}
            }
        }
        if tie {
            let b = best?;
            let tied: Vec<u32> = cands
                .iter()
                .filter(|t| {
                    t.canonical != b.0
                        && self.entity(t.entity).map(|e| kind_rank(e.kind)) == Some(b.1)
                })
                .map(|t| t.entity)
                .collect();
            return self.one_holder(&tied, o);
        }
        best.map(|b| b.2)
    }

    pub(crate) fn resolve_idx(&self, name: &str, o: &Opts) -> Option<(u32, Method)> {
        let folded = fold_words(name);
        if folded.is_empty() {
            return None;
        }
        if let Some(hit) = self.by_names(name, &folded, o) {
            return Some(hit);
        }
        let acronym_only = self
            .index
            .by_fold
            .get(folded.as_str())
            .and_then(|&p| self.index.pattern(p))
            .is_some_and(|p| p.acronym);
        if acronym_only && !name.chars().any(char::is_uppercase) {
            // `an` is a word, `AN` the acronym: no looser match either.
            return None;
        }
        let words = key_words(name);
        if let Some(hit) = self.by_key(&words, o) {
            return Some(hit);
        }
        if let Some(bare) = crate::patronymic::without_patronymic(name) {
            if let Some((i, method)) = self.resolve_idx(&bare, o) {
                let method = if method == Method::Exact || method == Method::Folded {
                    Method::Translit
                } else {
                    method
                };
                return Some((i, method));
            }
        }
        if !folded.contains(' ') {
            if let Some(split) = split_camel(name) {
                let f = fold_words(&split);
                let hit = self
                    .by_names(&split, &f, o)
                    .or_else(|| self.by_key(&key_words(&split), o));
                if let Some((i, _)) = hit {
                    return Some((i, Method::Joined));
                }
            }
        }
        if let Some(i) = self.by_initials(&words, o) {
            return Some((i, Method::Initial));
        }
        if let Some(hit) = self.by_surname(name, &words, o) {
            return Some(hit);
        }
        if let Some(i) = self.by_given_variant(&words, o) {
            return Some((i, Method::Translit));
        }
        if let Some(i) = self.by_part(&words, o) {
            return Some((i, Method::Translit));
        }
        if let Some(i) = self.by_whole(&words, o) {
            return Some((i, Method::Translit));
        }
        if let Some(hit) = self.by_dotted(name, o) {
            return Some(hit);
        }
        // `George H. W. Bush` is not a misspelling of `George W. Bush`:
        // names with initials are matched by their initials only.
        let initials = words.len() > 1 && words.iter().any(|w| w.chars().count() == 1);
        if o.fuzzy && !initials {
            let fx = self.fuzzy();
            if let Some(i) = fx.lookup(&folded).filter(|&i| self.kind_ok(i, o)) {
                return Some((i, Method::Fuzzy));
            }
        }
        if o.demonym && o.kind.is_none_or(|k| k == EntityKind::Country) {
            if let Some(&i) = self.index.demonyms.get(&folded) {
                return Some((i, Method::Demonym));
            }
        }
        if o.forms {
            return self.by_form(name, o);
        }
        None
    }

    fn by_names(&self, name: &str, folded: &str, o: &Opts) -> Option<(u32, Method)> {
        let p = self.index.pattern(*self.index.by_fold.get(folded)?)?;
        if p.acronym && !name.chars().any(char::is_uppercase) {
            return None;
        }
        let i = self.pick(p.targets.iter().copied(), o)?;
        let e = self.entity(i)?;
        let trimmed = name.trim();
        let method = if e.names().any(|n| n == trimmed) {
            Method::Exact
        } else {
            Method::Folded
        };
        Some((i, method))
    }

    fn by_key(&self, words: &[String], o: &Opts) -> Option<(u32, Method)> {
        let mut sorted = words.to_vec();
        sorted.sort_unstable();
        let same_key = |n: &str| {
            let mut a = key_words(n);
            a.sort_unstable();
            let mut b = crate::key::word_forms(
                fold_words(n).split(' ').filter(|w| !w.is_empty()),
                crate::translit::Translit::embedded_word,
            );
            b.sort_unstable();
            let short = crate::key::without_family(n).map(|mut w| {
                w.sort_unstable();
                w
            });
            a == sorted || b == sorted || short.as_ref() == Some(&sorted)
        };
        let cands = self.keys().by_key(crate::index::key_hash(words))?;
        // Keys are looked up by hash: keep the entities whose key it is.
        let cands: Vec<u32> = cands
            .iter()
            .copied()
            .filter(|&i| self.entity(i).is_some_and(|e| e.names().any(same_key)))
            .collect();
        let targets = cands.iter().map(|&entity| {
            let canonical = self
                .entity(entity)
                .is_some_and(|e| key_words(&e.name) == words);
            Target { entity, canonical }
        });
        let i = self.pick(targets, o)?;
        let e = self.entity(i)?;
        let in_order = e.names().any(|n| {
            key_words(n) == words || crate::key::without_family(n).as_deref() == Some(words)
        });
        // `Abdullah II bin Hussein` is not `Hussein bin Abdullah II`: the
        // words around `bin` name a son and his father, in that order.
        if !in_order && words.iter().any(|w| w == "bin") {
            let son = |ws: &[String]| {
                let at = ws.iter().position(|w| w == "bin")?;
                ws.get(at.checked_sub(1)?).cloned()
            };
            if !e.names().any(|n| son(&key_words(n)) == son(words)) {
                return None;
            }
        }
        Some((
            i,
            if in_order {
                Method::Translit
            } else {
                Method::Reordered
            },
        ))
    }

    fn by_surname(&self, name: &str, words: &[String], o: &Opts) -> Option<(u32, Method)> {
        let [word] = words else { return None };
        // Letters as written: `Biya` and `Kiir` are long enough, though
        // their keys (`bia`, `kir`) are not.
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        if letters.max(word.chars().count()) < o.surname_min {
            return None;
        }
        let holders = self.keys().surnames(word.as_str())?;
        // `Zayed` ends `Mohammed bin Zayed` as a father's name, not a
        // surname: only names where it is not after `bin` count. Since the
        // key brings `Zayed` and `Saïed` together, once a father's name is
        // set aside the surname must be the one written (`Saïed`, not
        // `Zayed`, for Kaïs Saïed).
        let ends = |n: &str, after_bin: bool| {
            let w = key_words(n);
            w.last() == Some(word)
                && w.len() >= 2
                && w.get(w.len() - 2).is_some_and(|b| b == "bin") == after_bin
        };
        let surname =
            |e: &Entity| !e.names().any(|n| ends(n, true)) || e.names().any(|n| ends(n, false));
        let all = holders.len();
        let mut holders: Vec<u32> = holders
            .iter()
            .copied()
            .filter(|&i| self.entity(i).is_some_and(surname))
            .collect();
        if holders.len() < all {
            let written = fold(name.trim());
            holders.retain(|&i| {
                self.entity(i).is_some_and(|e| {
                    e.names().any(|n| {
                        n.split_whitespace()
                            .last()
                            .is_some_and(|l| fold(l) == written)
                    })
                })
            });
        }
        // `Chávez` is Hugo Chávez, not Rodrigo Chaves: among holders met
        // through transliteration, those whose name has the word as written.
        if holders.len() > 1 {
            let written = fold(name.trim());
            let as_written: Vec<u32> = holders
                .iter()
                .copied()
                .filter(|&i| {
                    self.entity(i).is_some_and(|e| {
                        e.names().any(|n| {
                            n.split(|c: char| c.is_whitespace() || c == '-')
                                .any(|w| fold(w) == written)
                        })
                    })
                })
                .collect();
            if !as_written.is_empty() && as_written.len() < holders.len() {
                // Narrowed by spelling alone, a title must still fit:
                // `le roi Philippe` is not Prime Minister Philippe.
                let role = o.role.as_deref().map(fold_words);
                let fits = |i: &u32| {
                    role.as_ref().is_none_or(|role| {
                        self.entity(*i).is_some_and(|e| {
                            e.roles
                                .iter()
                                .any(|r| fold_words(r).starts_with(role.as_str()))
                        })
                    })
                };
                holders = as_written.into_iter().filter(fits).collect();
                if holders.is_empty() {
                    return None;
                }
            }
        }
        let only = match holders.as_slice() {
            [only] if o.country.is_none() && o.year.is_none() => *only,
            _ => self.one_holder(&holders, o)?,
        };
        if !self.kind_ok(only, o) {
            return None;
        }
        Some((only, self.surname_method(only, name)))
    }

    /// How a surname alone matches a person: as written, folded, or by
    /// transliteration.
    pub(crate) fn surname_method(&self, entity: u32, name: &str) -> Method {
        let Some(e) = self.entity(entity) else {
            return Method::Translit;
        };
        let trimmed = name.trim();
        let folded = fold(trimmed);
        let mut method = Method::Translit;
        for n in e.names() {
            for w in n.split(|c: char| c.is_whitespace() || c == '-') {
                if w == trimmed {
                    return Method::Exact;
                }
                if fold(w) == folded {
                    method = Method::Folded;
                }
            }
        }
        method
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> Registry {
        let mut r = Registry::empty();
        r.load_str(
            "id\tkind\tname\tcountry\taliases\tdemonyms\n\
             KAZ\tcountry\tKazakhstan\tKAZ\tQazaqstan\tkazakh|kazakhe\n\
             NER\tcountry\tNiger\tNER\t\tnigérien\n\
             NGA\tcountry\tNigeria\tNGA\tNigéria\tnigérian\n\
             alibek-bakayev\tperson\tAlibek Bakayev\tKAZ\n\
             erlan-karin\tperson\tErlan Karin\tKAZ\n\
             ilham-aliyev\tperson\tIlham Aliyev\tAZE\tIlham Aliev\n\
             heydar-aliyev\tperson\tHeydar Aliyev\tAZE\n\
             nursultan-nazarbayev\tperson\tNursultan Nazarbayev\tKAZ\tNoursoultan Nazarbaïev\n\
             org:an\torganization\tAssemblée nationale\tVNM\tAN\n",
            "t",
        )
        .unwrap();
        r
    }

    fn res(r: &Registry, name: &str) -> Option<(String, Method)> {
        r.resolve(name).map(|x| (x.entity.id.clone(), x.method))
    }

    #[test]
    fn methods() {
        let r = registry();
        let id = |s: &str| s.to_string();
        assert_eq!(res(&r, "Kazakhstan"), Some((id("KAZ"), Method::Exact)));
        assert_eq!(res(&r, "KAZAKHSTAN"), Some((id("KAZ"), Method::Folded)));
        assert_eq!(
            res(&r, "Karin Erlan"),
            Some((id("erlan-karin"), Method::Reordered))
        );
        assert_eq!(
            res(&r, "Nursultan Nazarbaev"),
            Some((id("nursultan-nazarbayev"), Method::Translit))
        );
        assert_eq!(
            res(&r, "NursultanNazarbayev"),
            Some((id("nursultan-nazarbayev"), Method::Joined))
        );
        assert_eq!(
            res(&r, "A. Bakayev"),
            Some((id("alibek-bakayev"), Method::Initial))
        );
        assert_eq!(
            res(&r, "Bakaïev"),
            Some((id("alibek-bakayev"), Method::Translit))
        );
        assert_eq!(
            res(&r, "Nazarbayev"),
            Some((id("nursultan-nazarbayev"), Method::Exact))
        );
        assert_eq!(res(&r, "Kazakhtan"), Some((id("KAZ"), Method::Fuzzy)));
        assert_eq!(res(&r, "kazakhe"), Some((id("KAZ"), Method::Demonym)));
    }

    #[test]
    fn ambiguity_and_guards() {
        let r = registry();
        assert_eq!(res(&r, "Aliyev"), None, "two Aliyevs");
        assert_eq!(
            res(&r, "H. Aliyev").map(|x| x.0).as_deref(),
            Some("heydar-aliyev")
        );
        assert_eq!(res(&r, "B. Bakayev"), None);
        assert_eq!(res(&r, "Niger").map(|x| x.0).as_deref(), Some("NER"));
        assert_eq!(res(&r, "Nigeria").map(|x| x.0).as_deref(), Some("NGA"));
        assert_eq!(res(&r, "Nigerie").map(|x| x.0).as_deref(), Some("NGA"));
        assert_eq!(res(&r, "an"), None, "acronyms keep their case");
        assert_eq!(res(&r, "AN").map(|x| x.0).as_deref(), Some("org:an"));
    }

    #[test]
    fn kind_filter() {
        let r = registry();
        assert!(r.resolve_kind("Kazakhstan", EntityKind::Person).is_none());
        assert!(r.resolve_kind("Kazakhstan", EntityKind::Country).is_some());
    }
}
