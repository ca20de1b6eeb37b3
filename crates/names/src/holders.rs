//! Which of several persons sharing a name is meant: the country a title
//! gives, and the year of the dispatch against the year ranges of roles
//! (`président (2019-)`, `ministre (2007-2011, 2013-2019)`).

use crate::entity::Entity;
use crate::fold::fold_words;
use crate::hash::Map;
use crate::mention::EntityKind;
use crate::registry::Registry;
use crate::resolve::Opts;

/// How many years before a person's first dated role they are already
/// plausibly in the news.
const BEFORE_OFFICE: i32 = 5;

/// The year ranges of a role, from the parenthesis that ends it:
/// `président (2019-)` → `[(2019, None)]`, `(2007-2011, 2013)` →
/// `[(2007, Some(2011)), (2013, Some(2013))]`. A role without one gives
/// nothing; malformed pieces are skipped.
pub(crate) fn role_years(role: &str) -> Vec<(i32, Option<i32>)> {
    let Some(inner) = role
        .trim_end()
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('(').map(|(_, i)| i))
    else {
        return Vec::new();
    };
    let year = |s: &str| {
        let s = s.trim();
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
    };
    let mut out = Vec::new();
    for piece in inner.split(',') {
        match piece.split_once('-') {
            Some((a, b)) if b.trim().is_empty() => {
                if let Some(a) = year(a) {
                    out.push((a, None));
                }
            }
            Some((a, b)) => {
                if let (Some(a), Some(b)) = (year(a), year(b)) {
                    out.push((a, Some(b)));
                }
            }
            None => {
                if let Some(a) = year(piece) {
                    out.push((a, Some(a)));
                }
            }
        }
    }
    out
}

/// Whether `e` held a dated role in `year`.
pub(crate) fn in_office(e: &Entity, year: i32) -> bool {
    e.roles
        .iter()
        .flat_map(|r| role_years(r))
        .any(|(a, b)| a <= year && b.is_none_or(|b| year <= b))
}

/// Whether `e` can be meant in `year`: no dated role, or not long before
/// the first one (former office holders stay in the news).
pub(crate) fn plausible(e: &Entity, year: i32) -> bool {
    let first = e
        .roles
        .iter()
        .flat_map(|r| role_years(r))
        .map(|(a, _)| a)
        .min();
    first.is_none_or(|a| year >= a - BEFORE_OFFICE)
}

impl Registry {
    /// The one entity of `cands` that fits the hints of `o` (the country of
    /// a title, the year of the dispatch): the only one of that country
    /// plausible at that year, else the only one in office then. `None`
    /// when no hint narrows the candidates to one.
    pub(crate) fn one_holder(&self, cands: &[u32], o: &Opts) -> Option<u32> {
        let fits = |&&i: &&u32| {
            let Some(e) = self.entity(i) else {
                return false;
            };
            o.kind.is_none_or(|k| e.kind == k)
                && o.country
                    .as_ref()
                    .is_none_or(|c| e.country.as_deref() == Some(c.as_str()))
                && o.year
                    .is_none_or(|y| e.kind != EntityKind::Person || plausible(e, y))
        };
        let left: Vec<u32> = cands.iter().filter(fits).copied().collect();
        if let [only] = left.as_slice() {
            return Some(*only);
        }
        let serving: Vec<u32> = match o.year {
            Some(y) => left
                .iter()
                .copied()
                .filter(|&i| self.entity(i).is_some_and(|e| in_office(e, y)))
                .collect(),
            None => left,
        };
        if let ([only], Some(_)) = (serving.as_slice(), o.year) {
            return Some(*only);
        }
        // `le président Guterres`: the one who held the title's role (then).
        let Some(role) = o.role.as_deref().map(fold_words) else {
            return self.one_current(&serving, o);
        };
        let holding: Vec<u32> = serving
            .iter()
            .copied()
            .filter(|&i| {
                self.entity(i).is_some_and(|e| {
                    e.roles.iter().any(|r| {
                        fold_words(r).starts_with(&role)
                            && o.year.is_none_or(|y| {
                                role_years(r)
                                    .iter()
                                    .any(|&(a, b)| a <= y && b.is_none_or(|b| y <= b))
                            })
                    })
                })
            })
            .collect();
        if let [only] = holding.as_slice() {
            return Some(*only);
        }
        // `le président Ouattara`: the president, not the president of the
        // National Assembly, when only one held the role itself.
        let exact: Vec<u32> = holding
            .iter()
            .copied()
            .filter(|&i| {
                self.entity(i)
                    .is_some_and(|e| e.roles.iter().any(|r| role_head(r) == role))
            })
            .collect();
        match exact.as_slice() {
            [only] => Some(*only),
            [] => self.one_current(&holding, o),
            _ => self.one_current(&exact, o),
        }
    }

    /// Without a year and when `o` allows it: the one of `cands` in office
    /// now (a role with no end year), when every other one has left office
    /// (all its roles ended). A person without dated roles may be in office
    /// and blocks the choice.
    fn one_current(&self, cands: &[u32], o: &Opts) -> Option<u32> {
        if !o.current || o.year.is_some() {
            return None;
        }
        let mut now = None;
        for &i in cands {
            let years: Vec<(i32, Option<i32>)> = self
                .entity(i)?
                .roles
                .iter()
                .flat_map(|r| role_years(r))
                .collect();
            if years.is_empty() {
                return None;
            }
            if years.iter().any(|(_, end)| end.is_none()) {
                if now.is_some() {
                    return None;
                }
                now = Some(i);
            }
        }
        now
    }
}

/// Titles whose holders copy names by their given name alone (`le roi
/// Salmane`, `King Salman`, `le sultan Qabous`, `le pape François`).
const BY_GIVEN_NAME: [&str; 10] = [
    "roi",
    "reine",
    "sultan",
    "émir",
    "empereur",
    "impératrice",
    "prince héritier",
    "grand-duc",
    "pape",
    "guide suprême",
];

/// A role without its years, folded: `Roi des Belges (2013-)` is `roi des
/// belges`.
fn role_head(role: &str) -> String {
    fold_words(role.split('(').next().unwrap_or(role))
}

/// Whether a folded role head is the folded `title`, or that title with its
/// realm (`roi des belges`, `roi du royaume-uni` are `roi`).
fn is_title(head: &str, title: &str) -> bool {
    head.strip_prefix(title)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

impl Registry {
    /// Whether one of `person`'s roles names the state `country` (`ministre
    /// des Affaires étrangères du Soudan du Sud (2016-2018)`): someone who
    /// served a state other than their registry country.
    pub(crate) fn held_a_role_of(&self, person: &Entity, country: &str) -> bool {
        let Some(state) = self.get(country) else {
            return false;
        };
        let names: Vec<String> = state.names().map(fold_words).collect();
        person.roles.iter().any(|r| {
            let head = role_head(r);
            names.iter().any(|n| {
                head.strip_suffix(n.as_str())
                    .is_some_and(|h| h.ends_with(' '))
            })
        })
    }
}

/// What a given name after a royal title resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GivenName {
    /// The title is not one whose holders go by a given name, or the name is
    /// not one word, or no holder of the role has it: read it otherwise.
    NotApplicable,
    /// Holders of the role have it, but the hints pick none of them (two
    /// reign that year, or none does): no reading at all, rather than a
    /// surname of someone who never held the role.
    Ambiguous,
    /// The one holder.
    One(u32),
}

impl Registry {
    /// `le roi Salmane`: after a title whose holders go by their given name,
    /// one word is the first word of a name of a person who held that role;
    /// among several (`le roi Abdallah`), the hints of `o` pick one.
    pub(crate) fn by_given_name(&self, name: &str, o: &Opts) -> Option<u32> {
        match self.given_name(name, o) {
            GivenName::One(i) => Some(i),
            _ => None,
        }
    }

    /// Persons who held a title of [`BY_GIVEN_NAME`] by the first key word
    /// of each of their names, built once: looking through every person
    /// for each royal title read was a sixth of all the work of extraction.
    pub(crate) fn monarchs(&self) -> &Map<String, Vec<u32>> {
        self.index.monarchs.get_or_init(|| {
            let royal: Vec<String> = BY_GIVEN_NAME.iter().map(|r| fold_words(r)).collect();
            let mut by_word: Map<String, Vec<u32>> = Map::default();
            for i in (0..self.entities.len()).filter_map(|i| u32::try_from(i).ok()) {
                // Kinds are known without building the entity.
                let person = self
                    .entities
                    .head(i as usize)
                    .is_some_and(|(_, kind)| kind == EntityKind::Person);
                if !person {
                    continue;
                }
                let Some(e) = self.entity(i) else { continue };
                let reigned = e.roles.iter().any(|r| {
                    let head = role_head(r);
                    royal.iter().any(|t| is_title(&head, t))
                });
                if !reigned {
                    continue;
                }
                for n in e.names() {
                    if let Some(first) = crate::key::key_words(n).into_iter().next() {
                        let list = by_word.entry(first).or_default();
                        if !list.contains(&i) {
                            list.push(i);
                        }
                    }
                }
            }
            by_word
        })
    }

    /// [`by_given_name`](Self::by_given_name), telling a name no holder has
    /// from one several have.
    pub(crate) fn given_name(&self, name: &str, o: &Opts) -> GivenName {
        let Some(role) = o.role.as_deref().map(fold_words) else {
            return GivenName::NotApplicable;
        };
        if !BY_GIVEN_NAME.iter().any(|r| fold_words(r) == role) {
            return GivenName::NotApplicable;
        }
        let Ok([word]) = <[String; 1]>::try_from(crate::key::key_words(name)) else {
            return GivenName::NotApplicable;
        };
        // The index holds persons who held some royal title; this one's.
        let held = |e: &Entity| e.roles.iter().any(|r| is_title(&role_head(r), &role));
        let cands: Vec<u32> = self
            .monarchs()
            .get(&word)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| self.entity(i).is_some_and(held))
            .collect();
        // Monarchs reign long: without the text's year, the one reigning now.
        let o = &Opts {
            current: o.current || o.year.is_none(),
            ..o.clone()
        };
        let picked = match cands.as_slice() {
            [] => return GivenName::NotApplicable,
            [only] if o.country.is_none() && o.year.is_none() => Some(*only),
            _ => self.one_holder(&cands, o).or_else(|| {
                // `le roi Abdallah` in 2022: Jordan's king, whose French name
                // is spelt so, not Malaysia's `Abdullah`, whose key is the same.
                let spelt = fold_words(name);
                let as_written: Vec<u32> = cands
                    .iter()
                    .copied()
                    .filter(|&i| {
                        self.entity(i).is_some_and(|e| {
                            e.names()
                                .any(|n| fold_words(n).split(' ').next() == Some(spelt.as_str()))
                        })
                    })
                    .collect();
                if as_written.len() < cands.len() {
                    if let Some(i) = self.one_holder(&as_written, o) {
                        return Some(i);
                    }
                }
                // `le roi Charles`, `le roi Philippe`: the monarch whose own
                // name the word opens (Charles III), not one it opens only
                // an alias of (Carl XVI Gustaf, Charles XVI Gustave).
                let own: Vec<u32> = cands
                    .iter()
                    .copied()
                    .filter(|&i| {
                        self.entity(i)
                            .is_some_and(|e| crate::key::key_words(&e.name).first() == Some(&word))
                    })
                    .collect();
                (own.len() < cands.len())
                    .then(|| self.one_holder(&own, o))
                    .flatten()
            }),
        };
        picked.map_or(GivenName::Ambiguous, GivenName::One)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_years_read_every_form() {
        assert_eq!(role_years("président (2019-)"), [(2019, None)]);
        assert_eq!(
            role_years("président du Sénat (2007-2011, 2013-2019)"),
            [(2007, Some(2011)), (2013, Some(2019))]
        );
        assert_eq!(
            role_years("chef de l'État par intérim (2019)"),
            [(2019, Some(2019))]
        );
        assert!(role_years("ambassadeur").is_empty());
        assert!(role_years("roi (Maroc)").is_empty());
        assert_eq!(
            role_years("x (19-, 2001-20x, 2003-2004)"),
            [(2003, Some(2004))]
        );
    }

    fn person(roles: &[&str]) -> Entity {
        Entity {
            id: "p".into(),
            kind: EntityKind::Person,
            name: "P Q".into(),
            country: None,
            aliases: Vec::new(),
            demonyms: Vec::new(),
            capital: Vec::new(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
        }
    }

    #[test]
    fn office_and_plausibility() {
        let e = person(&["président (1993-2003)", "vice-président (1987-1993)"]);
        assert!(in_office(&e, 2000));
        assert!(!in_office(&e, 2010));
        assert!(plausible(&e, 2010), "former leaders stay plausible");
        assert!(!plausible(&e, 1970));
        let open = person(&["président (2019-)"]);
        assert!(in_office(&open, 2030));
        assert!(!in_office(&open, 2018));
        assert!(plausible(&person(&["ambassadeur"]), 1900));
    }
}
