//! People who speak for an international organization.
//!
//! "Le ministre marocain s'est entretenu avec le secrétaire général de
//! l'ONU, Antonio Guterres": Guterres is Portuguese, but he meets the
//! minister for the United Nations, and an event's countries leave
//! international organizations out (SPEC, fields). Such an actor keeps its
//! name and gets no country — and no country is guessed for it either.
//!
//! Two signs say a person acts for an organization:
//! - the registry: one of the person's dated roles is an office of an
//!   organization the registry knows without a country ("secrétaire général
//!   de l'ONU (2017-)"), held at the dispatch's year — or still held, when
//!   the dispatch gives no year;
//! - the text: the name stands right after `<office> de l'<organization>`
//!   ("le président de la BAD, Akinwumi Adesina"), for people the registry
//!   lacks.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Arc, Mutex, PoisonError};

use crate::analysis::{CandKind, Sentence};
use crate::model::Actor;
use depeche_names::{fold, EntityKind, Registry};

/// The prepositions that join an office to the body it heads, as they
/// stand in a registry role ("secrétaire général de l'ONU").
const OFFICE_LINKS: &[&str] = &[" de l'", " de l’", " de la ", " du ", " des ", " de "];

/// The most tokens between an organization and the name of its officer:
/// ", Akinwumi" after "la BAD", or "(BAD) ," after the full name.
const MAX_OFFICER_GAP: usize = 4;

/// The most people and years noted before the notes start again.
const MAX_NOTED_HOLDERS: usize = 1 << 16;

/// A registry person's id and a dispatch's year, when it has one.
type PersonInYear = (Arc<str>, Option<i32>);

/// The folded names and aliases of the organizations the registry holds
/// without a country: the international ones.
#[derive(Debug, Default)]
pub(crate) struct InternationalBodies {
    names: FxHashSet<String>,
    /// Whether an office (a registry role without its years) is one of an
    /// international organization, for the offices met so far: a person's
    /// roles are tested at every event that names them, and the registry
    /// holds a bounded number of them.
    offices: Mutex<FxHashMap<String, bool>>,
    /// Whether a registry person holds such an office in a year, for the
    /// people and years met so far: the same few people are named by event
    /// after event, and each of their roles would be read again.
    holders: Mutex<FxHashMap<PersonInYear, bool>>,
}

impl InternationalBodies {
    /// Collects the international organizations of `registry`.
    pub(crate) fn new(registry: &Registry) -> Self {
        let names = registry
            .entities()
            .iter()
            .filter(|e| e.kind == EntityKind::Organization && e.country.is_none())
            .flat_map(|e| e.names())
            .map(fold)
            .filter(|n| !n.is_empty())
            .collect();
        InternationalBodies {
            names,
            offices: Mutex::default(),
            holders: Mutex::default(),
        }
    }

    /// Whether `role` ("secrétaire général de l'ONU (2017-)") is an office
    /// of an international organization held in `year`, or still held when
    /// `year` is unknown.
    fn is_office_held(&self, role: &str, year: Option<i32>) -> bool {
        let (office, years) = match role.rfind('(') {
            Some(open) => (role.get(..open).unwrap_or(role), role.get(open..)),
            None => (role, None),
        };
        held_in(years, year) && self.is_office(office.trim_end())
    }

    /// Whether some tail of `office` after "de", "du", "de la"… names an
    /// international organization.
    fn is_office(&self, office: &str) -> bool {
        let mut known = self.offices.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&answer) = known.get(office) {
            return answer;
        }
        let answer = self.names_body(office);
        known.insert(office.to_string(), answer);
        answer
    }

    /// [`InternationalBodies::is_office`], read from the office's words.
    fn names_body(&self, office: &str) -> bool {
        OFFICE_LINKS.iter().any(|link| {
            office.match_indices(link).any(|(at, _)| {
                office
                    .get(at + link.len()..)
                    .is_some_and(|body| self.names.contains(&fold(body)))
            })
        })
    }

    /// Clears the country of every person of `actors` who acts for an
    /// international organization in this sentence.
    pub(crate) fn clear_countries(
        &self,
        registry: &Registry,
        sent: &Sentence,
        actors: &mut [Actor],
        year: Option<i32>,
    ) {
        for a in actors.iter_mut() {
            if a.kind == Some(EntityKind::Person)
                && !a.group
                && (self.by_registry(registry, a, year) || by_text(sent, a))
            {
                a.country = None;
            }
        }
    }

    fn by_registry(&self, registry: &Registry, a: &Actor, year: Option<i32>) -> bool {
        let Some(id) = &a.entity else {
            return false;
        };
        let key = (Arc::clone(id), year);
        let known = self
            .holders
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
            .copied();
        if let Some(answer) = known {
            return answer;
        }
        let answer = registry
            .get(id)
            .is_some_and(|e| e.roles.iter().any(|r| self.is_office_held(r, year)));
        let mut holders = self.holders.lock().unwrap_or_else(PoisonError::into_inner);
        // The years come from the input: an extractor that reads for ever
        // starts its notes again rather than grow without end.
        if holders.len() >= MAX_NOTED_HOLDERS {
            holders.clear();
        }
        holders.insert(key, answer);
        answer
    }
}

/// Whether a role's years ("(2014-2019)", "(2017-)", "(2006-2007,
/// 2012-2015)") include `year`; with no year known, whether the role is
/// still held. A role without years counts as held.
fn held_in(years: Option<&str>, year: Option<i32>) -> bool {
    let Some(years) = years else {
        return true;
    };
    let inner = years.trim_matches(|c| c == '(' || c == ')');
    inner.split(',').any(|range| {
        let mut ends = range.trim().splitn(2, '-');
        let start: Option<i32> = ends.next().and_then(|s| s.trim().parse().ok());
        let end = ends.next().map(str::trim);
        let open = end.is_some_and(str::is_empty);
        let end: Option<i32> = end.and_then(|e| e.parse().ok()).or(start.filter(|_| !open));
        match year {
            Some(y) => start.is_some_and(|s| s <= y) && (open || end.is_some_and(|e| y <= e)),
            None => open,
        }
    })
}

/// Whether the actor's name stands right after an international
/// organization in the text: "le président de la BAD, Akinwumi Adesina".
fn by_text(sent: &Sentence, a: &Actor) -> bool {
    let Some(span) = a.span else {
        return false;
    };
    let Some(person) = sent.cands.iter().find(|c| c.span == span) else {
        return false;
    };
    let bodies = || {
        sent.cands.iter().filter(|org| {
            org.kind == CandKind::Named(EntityKind::Organization)
                && org.country.is_none()
                && org.entity.is_some()
                && org.start > 0
                && sent.is(org.start - 1, &["de", "du", "des", "l", "la"])
        })
    };
    // "la Haute Représentante de l'Union européenne pour les Affaires
    // étrangères, Federica Mogherini": a portfolio may follow the body.
    let office_before = bodies().any(|org| {
        org.end <= person.start
            && (person.start - org.end <= MAX_OFFICER_GAP
                && only_punctuation(sent, org.end, person.start)
                || names_portfolio(sent, org.end, person.start))
    });
    // "Nkosazana Dlamini-Zuma, la présidente de la Commission de l'UA": the
    // office in apposition after the name.
    // A leader who chairs a body in turn ("président en exercice de l'Union
    // africaine") still speaks for their country.
    let office_after = sent.is(person.end, &[","])
        && sent.is(person.end + 1, OFFICE_OPENERS)
        && bodies().any(|org| {
            org.start > person.end
                && org.start - person.end <= MAX_OFFICE_WORDS
                && !(person.end + 1..org.start).any(|i| {
                    sent.is_auxiliary(i)
                        || sent.is(i, &["exercice"])
                        || sent.tokens.get(i).is_some_and(|t| t.punct)
                })
        });
    office_before || office_after
}

/// Words an office in apposition opens with: an article or the office's
/// head noun ("X, secrétaire général de l'ONU").
const OFFICE_OPENERS: &[&str] = &[
    "le",
    "la",
    "l",
    "president",
    "presidente",
    "secretaire",
    "directeur",
    "directrice",
    "commissaire",
    "chef",
    "haut",
    "haute",
    "representant",
    "representante",
    "envoye",
    "envoyee",
];

/// The most words of an office between a name and its body: ", la
/// présidente de la Commission de l'".
const MAX_OFFICE_WORDS: usize = 7;

/// The most words of a portfolio after a body: "pour les Affaires
/// étrangères et la politique de sécurité".
const MAX_PORTFOLIO_WORDS: usize = 12;

/// Whether tokens `[from, to)` are a portfolio ending with a comma before
/// the name: "pour les Affaires étrangères et la politique de sécurité ,".
fn names_portfolio(sent: &Sentence, from: usize, to: usize) -> bool {
    to > from + 1
        && to - from <= MAX_PORTFOLIO_WORDS
        && sent.is(from, &["pour", "charge", "chargee"])
        && sent.is(to - 1, &[","])
        && !(from..to - 1)
            .any(|i| sent.is_auxiliary(i) || sent.tokens.get(i).is_some_and(|t| t.punct))
}

/// Whether tokens `[from, to)` hold only punctuation and a parenthesized
/// acronym: "(BAD) ,".
fn only_punctuation(sent: &Sentence, from: usize, to: usize) -> bool {
    let mut in_parens = false;
    (from..to).all(|i| match sent.word(i) {
        "(" => {
            in_parens = true;
            true
        }
        ")" => {
            in_parens = false;
            true
        }
        "," | "-" | ":" => true,
        _ => in_parens,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_years_are_read_as_ranges() {
        assert!(held_in(Some("(2017-)"), Some(2024)));
        assert!(held_in(Some("(2017-)"), None));
        assert!(!held_in(Some("(2017-)"), Some(2015)));
        assert!(held_in(Some("(2014-2019)"), Some(2018)));
        assert!(!held_in(Some("(2014-2019)"), Some(2020)));
        assert!(!held_in(Some("(2014-2019)"), None));
        assert!(held_in(Some("(2006-2007, 2012-2015)"), Some(2013)));
        assert!(!held_in(Some("(2006-2007, 2012-2015)"), Some(2010)));
        assert!(held_in(Some("(2014)"), Some(2014)));
        assert!(held_in(None, Some(1990)));
    }

    #[test]
    fn offices_of_international_bodies_are_told_from_national_ones() {
        let bodies = InternationalBodies::new(Registry::embedded());
        assert!(bodies.is_office_held("secrétaire général de l'ONU (2017-)", Some(2023)));
        assert!(bodies.is_office_held(
            "président de la Banque africaine de développement (2015-2025)",
            Some(2020)
        ));
        assert!(!bodies.is_office_held("secrétaire général de l'ONU (2017-)", Some(2010)));
        assert!(!bodies.is_office_held("ministre des Affaires étrangères (2014)", Some(2014)));
        assert!(!bodies.is_office_held("président (2019-)", Some(2022)));
    }

    #[test]
    fn a_holder_read_once_is_told_the_same_again() {
        let registry = Registry::embedded();
        let bodies = InternationalBodies::new(registry);
        let actor = |id: &str| Actor {
            role: crate::model::Role::Target,
            text: id.to_string(),
            entity: Some(Arc::from(id)),
            canonical: None,
            kind: Some(EntityKind::Person),
            country: None,
            title: None,
            span: None,
            group: false,
            key: None,
        };
        let annan = actor("kofi-annan");
        let cases = [
            (&annan, Some(2000), true),
            (&annan, Some(2010), false),
            (&annan, None, false),
            (&actor("no-such-person"), Some(2000), false),
        ];
        // Twice over: the second round answers from what the first noted.
        for _ in 0..2 {
            for (a, year, held) in cases {
                assert_eq!(bodies.by_registry(registry, a, year), held, "{year:?}");
            }
        }
        let noted = bodies.holders.lock().map(|h| h.len()).unwrap_or(0);
        assert_eq!(noted, cases.len());
    }
}
