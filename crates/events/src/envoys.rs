//! The ambassadors a dispatch lists, each with the state (or international
//! body) that sends them.
//!
//! Lists of envoys come in several shapes: the person before the country
//! ("X, ambassadeur de Suède, Y, ambassadeur du Japon", "X du Japon", "X
//! pour le Brésil"), the country before the person ("les ambassadeurs du
//! Japon, S.E. X, de la Suède, Mme Y", "Ambassadeur de la République
//! d'Indonésie : Mme Y"), two parallel lists tied by "respectivement", or one
//! envoy per line of a dashed list. Reading one shape as another shifts
//! every name onto its neighbour's country, so each sentence is read in
//! every shape and the reading that pairs the most people wins.

use crate::analysis::{Cand, CandKind, Sentence, ARTICLES};
use crate::data::{self, DataError};
use crate::discourse::actor_of;
use crate::model::{Actor, Role};
use crate::tokens::fold_word;
use depeche_names::EntityKind;
use std::sync::Arc;
use std::sync::OnceLock;

/// What a word of `data/envoys.tsv` does in a list of envoys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EnvoyWord {
    /// Names an envoy or the credentials.
    Envoy,
    /// May stand in an envoy's title between the name and the country.
    Title,
    /// May stand before an envoy's name.
    Honorific,
    /// Tells a farewell audience.
    Farewell,
    /// A word of a state's formal name.
    State,
}

/// The rows of `data/envoys.tsv`.
pub(crate) fn read_envoy_words() -> Result<Vec<(&'static str, EnvoyWord)>, DataError> {
    data::ENVOYS.pairs_with(|kind| {
        Some(match kind {
            "envoy" => EnvoyWord::Envoy,
            "title" => EnvoyWord::Title,
            "honorific" => EnvoyWord::Honorific,
            "farewell" => EnvoyWord::Farewell,
            "state" => EnvoyWord::State,
            _ => return None,
        })
    })
}

/// The envoy words and their kinds, read once.
pub(crate) fn envoy_words() -> &'static [(&'static str, EnvoyWord)] {
    static WORDS: OnceLock<Vec<(&'static str, EnvoyWord)>> = OnceLock::new();
    WORDS.get_or_init(|| read_envoy_words().unwrap_or_default())
}

/// Whether folded `word` is of `kind` (a row ending in `*` is a prefix).
fn is_word(word: &str, kind: EnvoyWord) -> bool {
    envoy_words().iter().any(|&(w, k)| {
        k == kind
            && match w.strip_suffix('*') {
                Some(prefix) => word.starts_with(prefix),
                None => word == w,
            }
    })
}

/// Whether a title or a text ("l'ambassadrice", "Haut-Commissaire") has
/// a word naming an envoy or the credentials.
pub(crate) fn names_an_envoy(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .any(|w| is_word(&fold_word(w), EnvoyWord::Envoy))
}

fn has_word(sent: &Sentence, kind: EnvoyWord) -> bool {
    (0..sent.tokens.len()).any(|i| is_word(sent.word(i), kind))
}

/// Whether a sentence names envoys or their credentials.
pub(crate) fn speaks_of_envoys(sent: &Sentence) -> bool {
    has_word(sent, EnvoyWord::Envoy)
}

/// Whether a sentence tells an envoy's farewell audience: its envoy is no
/// one presenting credentials.
pub(crate) fn tells_farewell(sent: &Sentence) -> bool {
    has_word(sent, EnvoyWord::Farewell)
        || (0..sent.tokens.len()).any(|i| {
            // "en fin de mission", "au terme de sa mission"
            sent.is(i, &["fin", "terme"])
                && (i + 1..i + 4).any(|k| sent.is(k, &["mission", "missions"]))
        })
}

/// Whether a sentence names the credentials themselves.
pub(crate) fn names_credentials(sent: &Sentence) -> bool {
    (0..sent.tokens.len()).any(|i| sent.word(i) == "creance")
}

/// Whether a sentence is a line of a dashed or bulleted list.
fn is_list_item(sent: &Sentence) -> bool {
    sent.is(0, &["-", "–", "—", "•", "*", "·"])
}

/// A listed envoy and the sentence that lists them.
pub(crate) type Listed<'s> = (Actor, &'s Sentence);

/// Every envoy the sentences list for a head of state of `host`. A
/// sentence pairing two people or more is a list; one pairing a single
/// person is one when it names the credentials, is a line of a list, or
/// follows a sentence that was part of the list. The first list found is
/// the list; a later one is a second list (two ceremonies told in one
/// dispatch) only when it speaks of envoys itself. Farewell audiences are
/// left out.
pub(crate) fn people_listed<'s>(sentences: &'s [Sentence], host: &str) -> Vec<Listed<'s>> {
    let mut out: Vec<Listed> = Vec::new();
    let mut follows_list = false;
    for sent in sentences {
        let related = follows_list || names_credentials(sent) || is_list_item(sent);
        follows_list = names_credentials(sent);
        if tells_farewell(sent) {
            continue;
        }
        let pairs = envoys_in(sent, host);
        let enough = pairs.len() >= 2 || (pairs.len() == 1 && related);
        if !enough || (!out.is_empty() && !speaks_of_envoys(sent)) {
            continue;
        }
        follows_list = true;
        for (envoy, s) in pairs {
            if !out.iter().any(|(a, _)| a.key == envoy.key) {
                out.push((envoy, s));
            }
        }
    }
    out
}

/// Whether any sentence lists the person with key `key` with a country or
/// a body, in any shape: such a person is an envoy, never the one who
/// receives them.
pub(crate) fn paired_with_a_sender(sentences: &[Sentence], key: Option<&str>) -> bool {
    sentences.iter().any(|sent| {
        [Shape::PersonFirst, Shape::CountryFirst]
            .into_iter()
            .flat_map(|shape| read(sent, "", shape))
            .chain(respectively(sent, ""))
            .any(|(a, _)| a.key.as_deref() == key)
    })
}

/// The envoys of one sentence in its best reading: "respectivement" ties
/// two lists; otherwise the shape that pairs more people (the person first
/// on a tie).
fn envoys_in<'s>(sent: &'s Sentence, host: &str) -> Vec<Listed<'s>> {
    let tied = respectively(sent, host);
    if tied.len() >= 2 {
        return tied;
    }
    let person_first = read(sent, host, Shape::PersonFirst);
    let country_first = read(sent, host, Shape::CountryFirst);
    if country_first.len() > person_first.len() {
        country_first
    } else {
        person_first
    }
}

/// The two orders in which a list pairs envoys with their countries.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// "X du Japon", "X, ambassadeur de Suède"
    PersonFirst,
    /// "du Japon, S.E. X", "Ambassadeur du Portugal : M. X"
    CountryFirst,
}

/// Words that tie a listed envoy to the state they serve: "X de
/// l'Allemagne", "Y du Japon", "Z pour la Suède", "W (Italie)".
const ENVOY_LINKS: &[&str] = &["de", "du", "des", "d", "pour", "("];

/// How many title tokens may stand between a name and its country: "en sa
/// qualité d'ambassadeur extraordinaire et plénipotentiaire" is the
/// longest form in use.
const MAX_TITLE_TOKENS: usize = 9;

/// How many honorific tokens may stand between the comma and the name:
/// "Son Excellence Madame" is the longest form in use.
const MAX_HONORIFIC_TOKENS: usize = 4;

/// Whom a listed envoy serves: `Some(Some(country))` for a state other
/// than `host`, `Some(None)` for an international body (which has no
/// country), `None` when `c` serves as neither.
fn sender(c: &Cand, host: &str) -> Option<Option<Arc<str>>> {
    match c.kind {
        CandKind::Named(EntityKind::Country) if !c.demonym => {
            let country = c.country.as_ref().filter(|x| &***x != host)?;
            Some(Some(Arc::clone(country)))
        }
        CandKind::Named(EntityKind::Organization) if c.country.is_none() => Some(None),
        _ => None,
    }
}

/// The link word before `c` ("de la Suède", "pour la république islamique
/// d'Iran"), unless `c` is the state the envoy is accredited to ("auprès
/// de la Mauritanie").
fn link_before(sent: &Sentence, c: &Cand) -> Option<usize> {
    let mut i = skip_article(sent, c.start);
    // A formal name the registry left out: walk back over it.
    if i > 1 && sent.is(i - 1, &["de", "du", "d"]) && is_state_word(sent, i - 2) {
        i -= 1;
        while i > 0 && is_state_word(sent, i - 1) {
            i -= 1;
        }
        i = skip_article(sent, i);
    }
    let link = i.checked_sub(1)?;
    let accredited_to = link > 0 && sent.is(link - 1, &["aupres"]);
    (sent.is(link, ENVOY_LINKS) && !accredited_to).then_some(link)
}

/// `i`, or the article before it.
fn skip_article(sent: &Sentence, i: usize) -> usize {
    if i > 0 && sent.is(i - 1, ARTICLES) {
        i - 1
    } else {
        i
    }
}

fn is_state_word(sent: &Sentence, i: usize) -> bool {
    is_word(sent.word(i), EnvoyWord::State)
}

/// The person matching `test` who may be an envoy: no one introduced by
/// another office ("le président du Vietnam, X" names the host, not an
/// envoy).
fn person_at(sent: &Sentence, test: impl Fn(&Cand) -> bool) -> Option<&Cand> {
    sent.cands
        .iter()
        .find(|p| p.kind == CandKind::Named(EntityKind::Person) && test(p))
        .filter(|p| may_be_envoy(p))
}

/// Whether a person's title, if any, is an envoy's or an honorific ("la
/// princesse X", a royal envoy).
fn may_be_envoy(p: &Cand) -> bool {
    p.title.as_deref().is_none_or(|t| {
        names_an_envoy(t)
            || t.split_whitespace()
                .all(|w| is_word(&fold_word(w), EnvoyWord::Honorific))
    })
}

/// Whether token `i` may stand in an envoy's title. "et" only joins
/// "extraordinaire et plénipotentiaire": elsewhere it joins two envoys.
fn is_title(sent: &Sentence, i: usize) -> bool {
    let w = sent.word(i);
    if w == "et" {
        return sent.word(i + 1).starts_with("plenipotentiaire");
    }
    is_word(w, EnvoyWord::Title)
}

/// The person a link at `link` ties to the country after it: named right
/// before it ("X du Japon"), or before a comma and an envoy's title ("X,
/// ambassadeur de Suède", "X, en sa qualité d'ambassadeur de").
fn person_before(sent: &Sentence, link: usize) -> Option<&Cand> {
    if let Some(p) = person_at(sent, |p| p.end == link) {
        return Some(p);
    }
    let floor = link.saturating_sub(MAX_TITLE_TOKENS);
    let mut j = link;
    while j > floor && is_title(sent, j - 1) {
        j -= 1;
    }
    let titled = (j..link).any(|k| is_word(sent.word(k), EnvoyWord::Envoy));
    if !titled || j == 0 || !sent.is(j - 1, &[","]) {
        return None;
    }
    person_at(sent, |p| p.end == j - 1)
}

/// The person named right after `end`, a comma or colon and optional
/// honorifics ("du Japon, S.E. X", "de l'Indonésie : Mme Y").
fn person_after(sent: &Sentence, end: usize) -> Option<&Cand> {
    if !sent.is(end, &[",", ":"]) {
        return None;
    }
    let mut k = end + 1;
    let limit = k + MAX_HONORIFIC_TOKENS;
    loop {
        if let Some(p) = person_at(sent, |p| p.start == k) {
            return Some(p);
        }
        if k >= limit || !is_word(sent.word(k), EnvoyWord::Honorific) {
            return None;
        }
        k += 1;
    }
}

/// `person` as the envoy of `serves` (a country, or none for a body).
fn envoy(person: &Cand, serves: Option<Arc<str>>) -> Actor {
    let mut a = actor_of(person, Role::Target);
    a.country = serves;
    a
}

fn push_new<'s>(
    pairs: &mut Vec<Listed<'s>>,
    person: &Cand,
    serves: Option<Arc<str>>,
    s: &'s Sentence,
) {
    if !pairs
        .iter()
        .any(|(a, _)| a.key.as_deref() == Some(&*person.key))
    {
        pairs.push((envoy(person, serves), s));
    }
}

/// The envoys of a sentence read in one shape.
fn read<'s>(sent: &'s Sentence, host: &str, shape: Shape) -> Vec<Listed<'s>> {
    let mut pairs: Vec<Listed> = Vec::new();
    for c in &sent.cands {
        let (Some(serves), Some(link)) = (sender(c, host), link_before(sent, c)) else {
            continue;
        };
        let person = match shape {
            Shape::PersonFirst => person_before(sent, link),
            Shape::CountryFirst => person_after(sent, c.end),
        };
        if let Some(person) = person {
            push_new(&mut pairs, person, serves, sent);
        }
    }
    pairs
}

/// Maximal runs of `items` (in text order) with only `glue` tokens
/// between neighbours.
fn runs<'c>(
    sent: &Sentence,
    items: &[&'c Cand],
    glue: impl Fn(&str) -> bool,
) -> Vec<Vec<&'c Cand>> {
    let mut out: Vec<Vec<&Cand>> = Vec::new();
    for &c in items {
        let joined = out.last().and_then(|r| r.last()).is_some_and(|prev| {
            prev.end <= c.start && (prev.end..c.start).all(|k| glue(sent.word(k)))
        });
        match out.last_mut() {
            Some(run) if joined => run.push(c),
            _ => out.push(vec![c]),
        }
    }
    out
}

/// How far a run of candidates stands from token `r`.
fn distance(run: &[&Cand], r: usize) -> usize {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return usize::MAX;
    };
    if r >= last.end {
        r - last.end
    } else {
        first.start.saturating_sub(r)
    }
}

/// "Mme A, M. B et M. C, respectivement ambassadeurs de Suède, du Japon et
/// du Mali", "les ambassadeurs de Suède, du Japon et du Mali, A, B et C,
/// respectivement": a run of people and a run of states of the same length
/// near "respectivement" pair in order.
fn respectively<'s>(sent: &'s Sentence, host: &str) -> Vec<Listed<'s>> {
    let Some(r) = (0..sent.tokens.len()).find(|&i| sent.word(i) == "respectivement") else {
        return Vec::new();
    };
    let people: Vec<&Cand> = sent
        .cands
        .iter()
        .filter(|c| c.kind == CandKind::Named(EntityKind::Person) && may_be_envoy(c))
        .collect();
    let senders: Vec<&Cand> = sent
        .cands
        .iter()
        .filter(|c| sender(c, host).is_some() && link_before(sent, c).is_some())
        .collect();
    let people = runs(sent, &people, |w| {
        w == "," || w == "et" || is_word(w, EnvoyWord::Honorific)
    });
    let senders = runs(sent, &senders, |w| {
        w == "," || w == "et" || ENVOY_LINKS.contains(&w) || ARTICLES.contains(&w)
    });
    let best = people
        .iter()
        .flat_map(|p| senders.iter().map(move |s| (p, s)))
        .filter(|(p, s)| p.len() >= 2 && p.len() == s.len())
        .min_by_key(|(p, s)| distance(p, r).saturating_add(distance(s, r)));
    let mut pairs: Vec<Listed> = Vec::new();
    if let Some((p, s)) = best {
        for (person, serving) in p.iter().zip(s.iter()) {
            push_new(&mut pairs, person, sender(serving, host).flatten(), sent);
        }
    }
    pairs
}
