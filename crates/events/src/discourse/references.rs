//! Resolving what a sentence names against the dispatch: descriptions
//! (`le secrétaire général`, `son homologue`), pronouns (`il`, `lui`),
//! `les deux parties`, surnames and given names alone.

use super::{actor_of, country_actor, first_named_as, is_object_pronoun, named_as, unnamed};
use super::{cand_identity, identity, salience, Discourse, Person};
use crate::analysis::{Cand, CandKind};
use crate::model::{Actor, Role};
use crate::tokens::fold_word;
use depeche_names::shared;
use depeche_names::EntityKind;

/// The folded words of a name as the text writes it.
fn name_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(fold_word).collect()
}

/// Of `persons`, the one most recently named at or before `sentence`, else
/// the first named after it.
fn latest_named<'p>(persons: &[&'p Person], sentence: usize) -> Option<&'p Person> {
    persons
        .iter()
        .filter(|p| p.sentences.first().is_some_and(|&s| s <= sentence))
        // `sentences` is in text order: the last one at or before.
        .max_by_key(|p| {
            let n = p.sentences.partition_point(|&s| s <= sentence);
            n.checked_sub(1).and_then(|i| p.sentences.get(i)).copied()
        })
        .or_else(|| persons.first())
        .copied()
}

impl Discourse {
    pub(super) fn describe(
        &self,
        role: &str,
        country: Option<&str>,
        sentence: usize,
    ) -> Option<&Person> {
        let named_so: Vec<&Person> = self
            .persons
            .iter()
            .filter(|p| country.is_none() || p.cand.country.as_deref() == country)
            .filter(|p| p.titles.iter().any(|t| t == "*"))
            .collect();
        if role == "*" {
            // The one the dispatch itself calls "son homologue", else the
            // most prominent person of the country.
            return named_so
                .first()
                .copied()
                .or_else(|| self.most_salient(country));
        }
        let matching: Vec<&Person> = self
            .persons
            .iter()
            .filter(|p| country.is_none() || p.cand.country.as_deref() == country)
            .filter(|p| {
                p.titles
                    .iter()
                    .any(|t| t == role || t.starts_with(&format!("{role} ")))
            })
            .collect();
        // When no title matches, the most prominent person of the country.
        latest_named(&matching, sentence)
            .or_else(|| country.and_then(|c| self.most_salient(Some(c))))
    }

    /// "X a décerné l'ordre à son homologue": a "son homologue" that names
    /// no country is the counterpart of `of`, whose it is — the one the
    /// dispatch calls so, else the most prominent person of another
    /// country than theirs, none of those named beside it (`taken`: "à son
    /// homologue et à la première dame, X" is not X); with no such person,
    /// a counterpart left unnamed. `None` when `c` is no such description.
    pub fn counterpart_of(
        &self,
        c: &Cand,
        of: &Actor,
        taken: &[String],
        role: Role,
    ) -> Option<Actor> {
        if c.kind != CandKind::Description || c.role.as_deref() != Some("*") || c.country.is_some()
        {
            return None;
        }
        let own = identity(of);
        let other = |p: &&Person| {
            p.identity != own
                && !taken.contains(&p.identity)
                && (of.country.is_none() || p.cand.country != of.country)
        };
        let named_so = self
            .persons
            .iter()
            .filter(other)
            .find(|p| p.titles.iter().any(|t| t == "*"));
        let found = named_so.or_else(|| {
            self.persons
                .iter()
                .enumerate()
                .filter(|(_, p)| other(p))
                .max_by_key(|(order, p)| salience(p, *order))
                .map(|(_, p)| p)
        });
        Some(match found {
            Some(p) => first_named_as(p, c, role),
            None => unnamed(c, role),
        })
    }

    /// A longer name of the segment that contains every word of `c`'s.
    pub(super) fn fuller_name(&self, c: &Cand) -> Option<&Person> {
        let words: Vec<String> = name_words(&c.text);
        if words.is_empty() {
            return None;
        }
        self.persons.iter().find(|p| {
            let theirs: Vec<String> = name_words(&p.cand.text);
            p.identity != cand_identity(c)
                && theirs.len() > words.len()
                && words.iter().all(|w| theirs.contains(w))
        })
    }

    /// "le prince Mohammed" after "Mohammed ben Salmane": a given name the
    /// registry gives to someone else stands for the person of the segment
    /// whose full name it begins.
    pub(super) fn given_name_of(&self, c: &Cand) -> Option<&Person> {
        let words: Vec<String> = name_words(&c.text);
        if words.is_empty() || words.len() > 2 {
            return None;
        }
        self.persons.iter().find(|p| {
            let theirs: Vec<String> = name_words(&p.cand.text);
            p.identity != cand_identity(c)
                && p.cand.entity.is_some()
                && theirs.len() > words.len()
                && theirs.starts_with(&words)
        })
    }

    /// "Mme Trump" after "Melania Trump": a surname alone, without a title,
    /// that the registry gives to someone else stands for the one person of
    /// the segment whose full name it ends — the text has told who it means.
    pub(super) fn surname_of(&self, c: &Cand) -> Option<&Person> {
        // A title resolves its name its own way: "le sultan Ibrahim" is no
        // Anwar Ibrahim.
        if c.title.is_some() {
            return None;
        }
        // The registry's own bearer named in the segment keeps the name:
        // "Donald Trump et son épouse Melania Trump … Trump a rencontré".
        let named_in_full = self
            .persons
            .iter()
            .any(|p| p.identity == cand_identity(c) && p.cand.text.split_whitespace().count() > 1);
        if named_in_full {
            return None;
        }
        let [word] = <[String; 1]>::try_from(name_words(&c.text)).ok()?;
        let mut bearers = self.persons.iter().filter(|p| {
            let theirs: Vec<String> = name_words(&p.cand.text);
            p.identity != cand_identity(c) && theirs.len() > 1 && theirs.last() == Some(&word)
        });
        // Two of the segment's people bear it: the text has not told.
        let one = bearers.next()?;
        bearers.next().is_none().then_some(one)
    }

    /// Replace a bare country actor by its most prominent person in the
    /// dispatch, keeping the role; people and groups stay as they are.
    pub fn country_to_leader(&self, actor: &mut Actor) {
        if actor.kind != Some(EntityKind::Country) {
            return;
        }
        if let Some(mut leader) = actor.country.as_deref().and_then(|c| self.person_of(c)) {
            leader.role = actor.role;
            *actor = leader;
        }
    }

    /// The most prominent person of `country`, as an actor.
    pub fn person_of(&self, country: &str) -> Option<Actor> {
        self.most_salient(Some(country))
            .map(|p| actor_of(&p.cand, Role::Source))
    }

    /// The main actor when nothing else is known: the visitor, else the
    /// most mentioned person.
    pub fn main_actor(&self) -> Option<Actor> {
        self.visitor.clone().or_else(|| {
            self.most_salient(None)
                .map(|p| actor_of(&p.cand, Role::Source))
        })
    }

    /// Resolve a candidate to actors (`les deux parties` gives two).
    pub fn resolve(&self, c: &Cand, sentence: usize, role: Role) -> Vec<Actor> {
        match c.kind {
            CandKind::Named(EntityKind::Person) if c.entity.is_none() => {
                vec![self.resolve_unknown_person(c, role)]
            }
            CandKind::Named(EntityKind::Person) => {
                if let Some(p) = self.given_name_of(c) {
                    vec![named_as(p, c, role)]
                } else if let Some(p) = self.surname_of(c) {
                    vec![first_named_as(p, c, role)]
                } else {
                    vec![actor_of(c, role)]
                }
            }
            CandKind::Named(_) => vec![actor_of(c, role)],
            CandKind::Group => {
                if let Some(leader) = self.leader_of(c) {
                    let mut a = actor_of(&leader.leader, role);
                    // The leader as named, when the registry lacks them.
                    a.canonical = a.canonical.or_else(|| Some(shared(&leader.leader.text)));
                    a.text = c.text.clone();
                    a.span = Some(c.span);
                    return vec![a];
                }
                let mut a = actor_of(c, role);
                a.kind = None;
                a.group = true;
                vec![a]
            }
            CandKind::Description => vec![self.resolve_description(c, sentence, role)],
            CandKind::Pronoun => self.resolve_pronoun(c, role),
            CandKind::BothParties => self.both_sides(c.role.as_deref(), sentence, role),
        }
    }

    /// A person the registry lacks: "M. Wang" after "Wang Yi" is the same
    /// person, named short; else the person as named, with the country
    /// another mention gave.
    pub(super) fn resolve_unknown_person(&self, c: &Cand, role: Role) -> Actor {
        let mut a = match self.fuller_name(c) {
            Some(p) => first_named_as(p, c, role),
            None => actor_of(c, role),
        };
        let same = self.persons.iter().find(|p| p.identity == cand_identity(c));
        if a.country.is_none() {
            a.country = same.and_then(|p| p.cand.country.clone());
        }
        // "Mme Biden" read as the "Jill Biden" named before: named in full.
        if a.canonical.is_none() {
            a.canonical = same
                .map(|p| &p.cand.text)
                .filter(|t| t.split_whitespace().count() > c.text.split_whitespace().count())
                .map(|t| shared(t));
        }
        a
    }

    /// "le président du Conseil national" after "M. Jürg Stahl, président
    /// du Conseil national": the person the dispatch gave that very office,
    /// body and all — the most recent one named before, else the first
    /// after. A role with no body ("le président") is left to the titles.
    fn holder_of_office(&self, c: &Cand, sentence: usize) -> Option<&Person> {
        let sent_words = c.text.split(|ch: char| !ch.is_alphanumeric() && ch != '-');
        let words: Vec<String> = sent_words
            .filter(|w| !w.is_empty())
            .map(fold_word)
            .skip_while(|w| crate::analysis::DETERMINERS.contains(&w.as_str()))
            .collect();
        if !words
            .iter()
            .any(|w| crate::analysis::COMPLEMENT_MARKERS.contains(&w.as_str()))
        {
            return None;
        }
        let office = words.join(" ");
        let holders: Vec<&Person> = self
            .persons
            .iter()
            .filter(|p| p.offices.iter().any(|o| o == &office))
            .collect();
        latest_named(&holders, sentence)
    }

    /// The person a description stands for in the segment, else a person
    /// known only by that title.
    pub(super) fn resolve_description(&self, c: &Cand, sentence: usize, role: Role) -> Actor {
        if let Some(p) = self.holder_of_office(c, sentence) {
            return first_named_as(p, c, role);
        }
        let role_name = c.role.as_deref().unwrap_or("*");
        match self.describe(role_name, c.country.as_deref(), sentence) {
            Some(p) => first_named_as(p, c, role),
            // "Le Premier ministre a passé la journée à Ottawa": a title
            // with no country, which no one of the dispatch bears, is the
            // visitor the dispatch follows when it is the subject.
            None if role == Role::Source && c.country.is_none() && role_name != "*" => {
                match self
                    .visitor
                    .clone()
                    .filter(|v| v.kind == Some(EntityKind::Person))
                {
                    Some(mut v) => {
                        v.role = role;
                        v.text = c.text.clone();
                        v.span = Some(c.span);
                        v
                    }
                    None => unnamed(c, role),
                }
            }
            None => unnamed(c, role),
        }
    }

    /// "ils" is both sides, "lui" the counterpart of the last exchange,
    /// "il" the last subject or the segment's main actor.
    pub(super) fn resolve_pronoun(&self, c: &Cand, role: Role) -> Vec<Actor> {
        match fold_word(&c.text).as_str() {
            "ils" | "elles" => return self.both(role),
            // "X est arrivé. Le président Y l'a reçu": an object pronoun
            // is the other party of the last exchange, else the one the
            // story was last about, else the visitor.
            w @ ("lui" | "l" | "le" | "la" | "les") => {
                let mut a = self.counterpart();
                if w != "lui" {
                    a = a
                        .or_else(|| self.last_subject.clone())
                        .or_else(|| self.visitor.clone());
                }
                return a
                    .map(|mut a| {
                        a.role = role;
                        a
                    })
                    .into_iter()
                    .collect();
            }
            _ => {}
        }
        self.last_subject
            .clone()
            .or_else(|| self.main_actor())
            .into_iter()
            .collect()
    }

    /// "X a remis à Y le collier, et Y lui a remis en retour l'ordre": an
    /// object pronoun that came out as its own clause's subject is the
    /// other one of the last exchange, when that subject is one of its two.
    pub fn other_of_last_pair(&self, c: &Cand, subject: &Actor, role: Role) -> Option<Actor> {
        if c.kind != CandKind::Pronoun || !is_object_pronoun(&c.text) {
            return None;
        }
        let (a, b) = self.last_pair.as_ref()?;
        let own = identity(subject);
        let other = if identity(a) == own {
            b
        } else if identity(b) == own {
            a
        } else {
            return None;
        };
        let mut found = other.clone();
        found.role = role;
        Some(found)
    }

    /// The one of the last exchange's two people who is not the current
    /// subject: "X a été reçu par Y. Il lui a remis …" — `lui` is Y.
    pub(super) fn counterpart(&self) -> Option<Actor> {
        let (a, b) = self.last_pair.as_ref()?;
        let subject = self.last_subject.as_ref().map(identity);
        if subject.as_deref() == Some(&*identity(a)) {
            Some(b.clone())
        } else if subject.as_deref() == Some(&*identity(b)) {
            Some(a.clone())
        } else {
            None
        }
    }

    /// "les deux chefs d'État", "les deux ministres": each side's person,
    /// matched by `person_role` as a description is, when the dispatch
    /// names one for both sides; else, and for "les deux pays", the two
    /// countries.
    pub(super) fn both_sides(
        &self,
        person_role: Option<&str>,
        sentence: usize,
        role: Role,
    ) -> Vec<Actor> {
        let (Some(a), Some(b)) = self.pair() else {
            return self.both(role);
        };
        let Some(person_role) = person_role else {
            return self.both(role);
        };
        // A side whose person the dispatch does not name with that role
        // stays a country: "les deux ministres" is not the president. "Son
        // homologue" holds the other side's office; "le ministre" may be
        // the minister of foreign affairs.
        let titled = |p: &&Person| {
            person_role == "*"
                || p.titles.iter().any(|t| {
                    t == "*"
                        || t == person_role
                        || t.starts_with(&format!("{person_role} "))
                        || person_role.starts_with(&format!("{t} "))
                })
        };
        let person = |country: &str| {
            self.describe(person_role, Some(country), sentence)
                .filter(|p| p.cand.country.as_deref() == Some(country))
                .filter(titled)
                .map(|p| actor_of(&p.cand, role))
        };
        match (person(&a), person(&b)) {
            (Some(x), Some(y)) => vec![x, y],
            _ => self.both(role),
        }
    }

    pub(crate) fn both(&self, role: Role) -> Vec<Actor> {
        let (a, b) = self.pair();
        [a, b]
            .into_iter()
            .flatten()
            .map(|c| country_actor(&c, role))
            .collect()
    }
}
