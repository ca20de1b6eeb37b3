//! What a dispatch is about: the people it names, its principal pair of
//! countries, the visit that frames it. Descriptions (`le secrétaire
//! général`, `le dirigeant vietnamien`), pronouns (`il`) and `les deux
//! parties` are resolved against it.

use crate::analysis::{Cand, CandKind, Sentence};
use crate::model::{Actor, Role};
use crate::tokens::fold_word;
use depeche_names::shared;
use depeche_names::EntityKind;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cmp::Reverse;
use std::sync::Arc;

mod references;

/// A person named in the segment.
#[derive(Debug, Clone)]
struct Person {
    identity: String,
    cand: Cand,
    titles: Vec<String>,
    sentences: Vec<usize>,
    /// Offices set after the name ("M. Jürg Stahl, président du Conseil
    /// national,"), folded words: what a later "le président du Conseil
    /// national" stands for.
    offices: Vec<String>,
}

/// Longest office told in apposition after a name, in words.
const OFFICE_WORDS: usize = 8;

/// "X, président du Conseil national, …": the folded words of the office
/// set after the name `c`, up to the next comma or the end of the phrase.
fn apposed_office(sent: &Sentence, c: &Cand) -> Option<String> {
    if !sent.is(c.end, &[","]) {
        return None;
    }
    // "X, le président du Conseil national,": the article goes, as it does
    // from the description matched against it.
    let words: Vec<&str> = (c.end + 1..sent.tokens.len())
        .map(|i| sent.word(i))
        .skip_while(|w| crate::analysis::DETERMINERS.contains(w))
        .take_while(|w| !matches!(*w, "," | "." | ";" | ":" | "(" | ")" | "et"))
        .take(OFFICE_WORDS + 1)
        .collect();
    let complement = words
        .iter()
        .any(|w| crate::analysis::COMPLEMENT_MARKERS.contains(w));
    (complement && (2..=OFFICE_WORDS).contains(&words.len())).then(|| words.join(" "))
}

/// A person known only by a title.
fn unnamed(c: &Cand, role: Role) -> Actor {
    let mut a = actor_of(c, role);
    a.kind = Some(EntityKind::Person);
    a.title = c.role.as_deref().filter(|r| *r != "*").map(shared);
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
    a.canonical = a.canonical.or_else(|| Some(shared(&p.cand.text)));
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

/// The identity of an actor for deduplication: entity, key or country,
/// borrowed from the actor; else its folded text.
pub(crate) fn identity(actor: &Actor) -> Cow<'_, str> {
    match own_identity(actor) {
        Some(id) => Cow::Borrowed(id),
        None => Cow::Owned(fold_word(&actor.text)),
    }
}

/// [`identity`] as a shared string: the actor's own where it has one, a
/// new one only for the folded text of an actor with no id or key.
pub(crate) fn shared_identity(actor: &Actor) -> Arc<str> {
    match own_identity(actor) {
        Some(id) => Arc::clone(id),
        None => Arc::from(fold_word(&actor.text)),
    }
}

/// The entity, key or (for a country) country the actor holds.
fn own_identity(actor: &Actor) -> Option<&Arc<str>> {
    let country = || {
        (actor.kind == Some(EntityKind::Country))
            .then_some(actor.country.as_ref())
            .flatten()
    };
    actor
        .entity
        .as_ref()
        .or(actor.key.as_ref())
        .or_else(country)
}

/// The identity of a named candidate (see [`identity`]).
fn cand_identity(c: &Cand) -> &str {
    c.entity.as_deref().unwrap_or(&c.key)
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
                    // Most candidates name a country already counted: its
                    // name is copied only the first time.
                    match d.country_weight.get_mut(&**country) {
                        Some(weight) => *weight += w,
                        None => {
                            d.country_weight.insert(country.to_string(), w);
                        }
                    }
                }
                if c.kind != CandKind::Named(EntityKind::Person) {
                    continue;
                }
                let id = cand_identity(c);
                let existing = index.get(id).and_then(|&i| d.persons.get_mut(i));
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
                        p.offices.extend(apposed_office(sent, c));
                    }
                    None => {
                        index.insert(id.to_string(), d.persons.len());
                        d.persons.push(Person {
                            identity: id.to_string(),
                            cand: c.clone(),
                            titles: c
                                .title
                                .iter()
                                .map(|t| fold_word(t))
                                .chain(c.role.clone())
                                .collect(),
                            sentences: vec![si],
                            offices: apposed_office(sent, c).into_iter().collect(),
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
            self.visitor
                .as_ref()
                .and_then(|v| v.country.as_deref().map(str::to_string)),
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
        entity: Some(shared(code)),
        canonical: None,
        kind: Some(EntityKind::Country),
        country: Some(shared(code)),
        title: None,
        span: None,
        group: false,
        key: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(kind: EntityKind, entity: Option<&str>, key: Option<&str>, country: &str) -> Actor {
        Actor {
            role: Role::Source,
            text: "le Président Tokaïev".into(),
            entity: entity.map(Arc::from),
            canonical: None,
            kind: Some(kind),
            country: Some(Arc::from(country)),
            title: None,
            span: None,
            group: false,
            key: key.map(Arc::from),
        }
    }

    #[test]
    fn an_identity_shared_or_borrowed_is_the_same() {
        let cases = [
            (
                actor(EntityKind::Person, Some("p-1"), Some("k"), "KAZ"),
                "p-1",
            ),
            (
                actor(EntityKind::Person, None, Some("tokaiev"), "KAZ"),
                "tokaiev",
            ),
            (actor(EntityKind::Country, None, None, "KAZ"), "KAZ"),
            // A person's country is no identity of theirs: the text is.
            (
                actor(EntityKind::Person, None, None, "KAZ"),
                "le president tokaiev",
            ),
        ];
        for (a, expected) in &cases {
            assert_eq!(identity(a), *expected);
            assert_eq!(&*shared_identity(a), *expected);
        }
        // Where the actor holds one, the shared identity is that very string.
        let (with_id, _) = &cases[0];
        assert!(with_id
            .entity
            .as_ref()
            .is_some_and(|e| Arc::ptr_eq(e, &shared_identity(with_id))));
    }
}
