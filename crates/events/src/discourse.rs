//! What a dispatch is about: the people it names, its principal pair of
//! countries, the visit that frames it. Descriptions (`le secrétaire
//! général`, `le dirigeant vietnamien`), pronouns (`il`) and `les deux
//! parties` are resolved against it.

use crate::analysis::{Cand, CandKind, Sentence};
use crate::model::{Actor, Role};
use crate::tokens::fold_word;
use depeche_names::EntityKind;
use rustc_hash::FxHashMap;
use std::cmp::Reverse;

/// A person named in the segment.
#[derive(Debug, Clone)]
struct Person {
    identity: String,
    cand: Cand,
    titles: Vec<String>,
    sentences: Vec<usize>,
}

/// A person known only by a title.
fn unnamed(c: &Cand, role: Role) -> Actor {
    let mut a = actor_of(c, role);
    a.kind = Some(EntityKind::Person);
    a.title = c.role.clone().filter(|r| r != "*");
    a
}

/// The discourse model of one segment.
#[derive(Debug, Clone, Default)]
pub(crate) struct Discourse {
    persons: Vec<Person>,
    country_weight: FxHashMap<String, usize>,
    /// The visiting actor of the segment's main visit.
    visitor: Option<Actor>,
    /// Delegations a sentence says someone leads.
    led: Vec<crate::delegations::Led>,
    /// The host country of the main visit.
    host: Option<String>,
    /// The trigger that told the main visit (sentence, first token): a
    /// trip inside the host country is an activity of the visit, but not
    /// the visit itself.
    frame_trigger: Option<(usize, usize)>,
    /// The last singular subject, for `il`/`elle`.
    last_subject: Option<Actor>,
    /// The two people of the last exchange between people, for `lui`.
    last_pair: Option<(Actor, Actor)>,
}

/// Person `p` as named by candidate `c`: their entity, with the text and
/// span of this mention.
fn named_as(p: &Person, c: &Cand, role: Role) -> Actor {
    let mut a = actor_of(&p.cand, role);
    a.text = c.text.clone();
    a.span = Some(c.span);
    a
}

/// Like [`named_as`]; someone the registry lacks is named as the text first
/// named them, so that the description reads as the person it stands for.
fn first_named_as(p: &Person, c: &Cand, role: Role) -> Actor {
    let mut a = named_as(p, c, role);
    a.canonical = a.canonical.or_else(|| Some(p.cand.text.clone()));
    a
}

/// How prominent a counterpart is, `order` being their rank among the
/// persons of the segment: named in more sentences, then named earlier —
/// on a tie the one a story introduces before those it adds ("son
/// homologue et la première dame, X" is not X).
fn salience(p: &Person, order: usize) -> (usize, Reverse<usize>, Reverse<usize>) {
    let first = p.sentences.first().copied().unwrap_or(0);
    (p.sentences.len(), Reverse(first), Reverse(order))
}

/// "lui", "l'", "le", "la": a pronoun standing for the object of a verb.
fn is_object_pronoun(text: &str) -> bool {
    matches!(fold_word(text).as_str(), "lui" | "l" | "le" | "la")
}

/// The identity of an actor for deduplication: entity, key or country.
pub(crate) fn identity(actor: &Actor) -> String {
    if let Some(e) = &actor.entity {
        return e.clone();
    }
    if let Some(k) = &actor.key {
        return k.clone();
    }
    if actor.kind == Some(EntityKind::Country) {
        if let Some(c) = &actor.country {
            return c.clone();
        }
    }
    if actor.kind == Some(EntityKind::Person) && actor.group {
        return fold_word(&actor.text);
    }
    fold_word(&actor.text)
}

fn cand_identity(c: &Cand) -> String {
    c.entity.clone().unwrap_or_else(|| c.key.clone())
}

impl Discourse {
    /// Collect the people and countries of `sentences`.
    pub fn new(sentences: &[Sentence]) -> Discourse {
        let mut d = Discourse {
            led: crate::delegations::delegation_leaders(sentences),
            ..Discourse::default()
        };
        let mut index: FxHashMap<String, usize> = FxHashMap::default();
        for (si, sent) in sentences.iter().enumerate() {
            for c in &sent.cands {
                if let Some(country) = &c.country {
                    let w = if matches!(c.kind, CandKind::Named(EntityKind::Person)) {
                        2
                    } else {
                        1
                    };
                    *d.country_weight.entry(country.clone()).or_default() += w;
                }
                if c.kind != CandKind::Named(EntityKind::Person) {
                    continue;
                }
                let id = cand_identity(c);
                let existing = index.get(&id).and_then(|&i| d.persons.get_mut(i));
                match existing {
                    Some(p) => {
                        p.sentences.push(si);
                        let roles = c.title.as_deref().map(fold_word).into_iter();
                        for t in roles.chain(c.role.clone()) {
                            if !p.titles.contains(&t) {
                                p.titles.push(t);
                            }
                        }
                        if p.cand.country.is_none() {
                            p.cand.country = c.country.clone();
                        }
                    }
                    None => {
                        index.insert(id.clone(), d.persons.len());
                        d.persons.push(Person {
                            identity: id,
                            cand: c.clone(),
                            titles: c
                                .title
                                .iter()
                                .map(|t| fold_word(t))
                                .chain(c.role.clone())
                                .collect(),
                            sentences: vec![si],
                        });
                    }
                }
            }
        }
        d
    }

    /// The leader a sentence gave a delegation of the same country.
    fn leader_of(&self, c: &Cand) -> Option<&crate::delegations::Led> {
        let delegation = fold_word(&c.text).contains("delegation");
        let mut same = self
            .led
            .iter()
            .filter(|l| c.country.is_none() || l.country == c.country);
        let one = same.next()?;
        (delegation && same.next().is_none()).then_some(one)
    }

    /// The visiting person of the segment's main visit.
    pub fn visitor(&self) -> Option<&Actor> {
        self.visitor.as_ref()
    }

    /// The host country of the main visit.
    pub fn host(&self) -> Option<&str> {
        self.host.as_deref()
    }

    /// The trigger that told the main visit (sentence, first token).
    pub fn frame_trigger(&self) -> Option<(usize, usize)> {
        self.frame_trigger
    }

    /// Record the visit that frames the segment: who visits (a person, or
    /// no one known), the host country and the trigger that told it.
    pub fn set_frame_visit(
        &mut self,
        visitor: Option<Actor>,
        host: Option<String>,
        trigger: (usize, usize),
    ) {
        self.visitor = visitor.filter(|v| v.kind == Some(EntityKind::Person));
        self.host = host;
        self.frame_trigger = Some(trigger);
    }

    /// Who "il" now stands for: a sentence's subject, or a speaker.
    pub fn set_subject(&mut self, subject: Option<Actor>) {
        self.last_subject = subject;
    }

    /// An exchange between two people: its subject is who "il" stands for,
    /// and the other the one "lui" may stand for.
    pub fn note_exchange(&mut self, subject: &Actor, other: Option<&Actor>) {
        self.last_subject = Some(subject.clone());
        if let Some(o) = other {
            self.last_pair = Some((subject.clone(), o.clone()));
        }
    }

    /// The two countries the segment is about, most prominent first, with
    /// the visit's pair taking precedence.
    pub fn pair(&self) -> (Option<String>, Option<String>) {
        if let (Some(v), Some(h)) = (
            self.visitor.as_ref().and_then(|v| v.country.clone()),
            self.host.clone(),
        ) {
            if v != h {
                return (Some(v), Some(h));
            }
        }
        let mut ranked: Vec<(&String, &usize)> = self.country_weight.iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        (
            ranked.first().map(|r| r.0.clone()),
            ranked.get(1).map(|r| r.0.clone()),
        )
    }

    /// The person of `country` named in the most sentences, then first
    /// named earliest; on a full tie the one named last.
    fn most_salient(&self, country: Option<&str>) -> Option<&Person> {
        self.persons
            .iter()
            .filter(|p| country.is_none() || p.cand.country.as_deref() == country)
            .max_by_key(|p| {
                (
                    p.sentences.len(),
                    Reverse(p.sentences.first().copied().unwrap_or(0)),
                )
            })
    }

    fn describe(&self, role: &str, country: Option<&str>, sentence: usize) -> Option<&Person> {
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
        // The most recent one named before, else the first named after;
        // when no title matches, the most prominent person of the country.
        matching
            .iter()
            .filter(|p| p.sentences.first().is_some_and(|&s| s <= sentence))
            // `sentences` is in text order: the last one at or before.
            .max_by_key(|p| {
                let n = p.sentences.partition_point(|&s| s <= sentence);
                n.checked_sub(1).and_then(|i| p.sentences.get(i)).copied()
            })
            .or_else(|| matching.first())
            .copied()
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
    fn fuller_name(&self, c: &Cand) -> Option<&Person> {
        let words: Vec<String> = c.text.split_whitespace().map(fold_word).collect();
        if words.is_empty() {
            return None;
        }
        self.persons.iter().find(|p| {
            let theirs: Vec<String> = p.cand.text.split_whitespace().map(fold_word).collect();
            p.identity != cand_identity(c)
                && theirs.len() > words.len()
                && words.iter().all(|w| theirs.contains(w))
        })
    }

    /// "le prince Mohammed" after "Mohammed ben Salmane": a given name the
    /// registry gives to someone else stands for the person of the segment
    /// whose full name it begins.
    fn given_name_of(&self, c: &Cand) -> Option<&Person> {
        let words: Vec<String> = c.text.split_whitespace().map(fold_word).collect();
        if words.is_empty() || words.len() > 2 {
            return None;
        }
        self.persons.iter().find(|p| {
            let theirs: Vec<String> = p.cand.text.split_whitespace().map(fold_word).collect();
            p.identity != cand_identity(c)
                && p.cand.entity.is_some()
                && theirs.len() > words.len()
                && theirs.starts_with(&words)
        })
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
            CandKind::Named(EntityKind::Person) => match self.given_name_of(c) {
                Some(p) => vec![named_as(p, c, role)],
                None => vec![actor_of(c, role)],
            },
            CandKind::Named(_) => vec![actor_of(c, role)],
            CandKind::Group => {
                if let Some(leader) = self.leader_of(c) {
                    let mut a = actor_of(&leader.leader, role);
                    // The leader as named, when the registry lacks them.
                    a.canonical = a.canonical.or_else(|| Some(leader.leader.text.clone()));
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
    fn resolve_unknown_person(&self, c: &Cand, role: Role) -> Actor {
        let mut a = match self.fuller_name(c) {
            Some(p) => first_named_as(p, c, role),
            None => actor_of(c, role),
        };
        if a.country.is_none() {
            a.country = self
                .persons
                .iter()
                .find(|p| p.identity == cand_identity(c))
                .and_then(|p| p.cand.country.clone());
        }
        a
    }

    /// The person a description stands for in the segment, else a person
    /// known only by that title.
    fn resolve_description(&self, c: &Cand, sentence: usize, role: Role) -> Actor {
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
    fn resolve_pronoun(&self, c: &Cand, role: Role) -> Vec<Actor> {
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
    fn counterpart(&self) -> Option<Actor> {
        let (a, b) = self.last_pair.as_ref()?;
        let subject = self.last_subject.as_ref().map(identity);
        if subject.as_deref() == Some(identity(a).as_str()) {
            Some(b.clone())
        } else if subject.as_deref() == Some(identity(b).as_str()) {
            Some(a.clone())
        } else {
            None
        }
    }

    /// "les deux chefs d'État", "les deux ministres": each side's person,
    /// matched by `person_role` as a description is, when the dispatch
    /// names one for both sides; else, and for "les deux pays", the two
    /// countries.
    fn both_sides(&self, person_role: Option<&str>, sentence: usize, role: Role) -> Vec<Actor> {
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

/// An actor for a candidate as written.
pub(crate) fn actor_of(c: &Cand, role: Role) -> Actor {
    let kind = match c.kind {
        CandKind::Named(k) => Some(k),
        CandKind::Description | CandKind::Pronoun => Some(EntityKind::Person),
        CandKind::Group | CandKind::BothParties => None,
    };
    Actor {
        role,
        text: c.text.clone(),
        entity: c.entity.clone(),
        canonical: c.canonical.clone(),
        kind,
        country: c.country.clone(),
        title: c.title.clone(),
        span: Some(c.span),
        group: c.kind == CandKind::Group,
        key: matches!(c.kind, CandKind::Named(EntityKind::Person)).then(|| c.key.clone()),
    }
}

/// A country as an actor.
pub(crate) fn country_actor(code: &str, role: Role) -> Actor {
    Actor {
        role,
        text: code.to_string(),
        entity: Some(code.to_string()),
        canonical: None,
        kind: Some(EntityKind::Country),
        country: Some(code.to_string()),
        title: None,
        span: None,
        group: false,
        key: None,
    }
}
