//! The lookup structures built from the registry's entries: folded-name
//! patterns (indexed by first word), keys, surnames and demonyms.

use crate::entity::Entity;
use crate::fold::fold_words;
use crate::fuzzy::FuzzyIndex;
use crate::hash::Map;
use crate::key::key_words;
use crate::memo::Shared;
use crate::mention::{EntityKind, Method};
use crate::translit::Translit;
use crate::words::FirstWord;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Countries whose people are named family name first in French text too
/// (`Xi Jinping`, `Kim Jong-un`): their first word is indexed as a surname.
const FAMILY_FIRST: [&str; 5] = ["CHN", "KOR", "PRK", "TWN", "MNG"];

/// Countries whose people French copy names by their given name alone
/// (`Prabowo`, `Paetongtarn`, `Mahathir`, `Abiy`): Indonesians often have
/// one name or no family name, Thais and Icelanders are called by their
/// given name, Malay, Ethiopian, Eritrean and Comorian names are a given
/// name and a father's name. Their first word is indexed as a surname too.
const GIVEN_FIRST: [&str; 7] = ["IDN", "THA", "MYS", "ETH", "ERI", "ISL", "COM"];

/// One entity a pattern names.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Target {
    pub entity: u32,
    /// The pattern is the entity's canonical name (not an alias).
    pub canonical: bool,
}

/// A distinct folded name and what it names.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// Best target first.
    pub targets: Vec<Target>,
    /// The country whose demonym this is.
    pub demonym: Option<u32>,
    /// Every name behind it starts with a capital: `Bénin` is not `bénin`.
    pub needs_upper: bool,
    /// Every name behind it is an acronym: `AN` is not `an`.
    pub acronym: bool,
    /// The key of any text this pattern matches without an apostrophe,
    /// made on first use.
    pub key: OnceLock<std::sync::Arc<str>>,
}

/// The folded patterns, matched word by word in the text, and the patterns
/// that may match a word written in lowercase (demonyms, `parti Amanat`):
/// most words of a text only need this small one.
#[derive(Debug, Clone, Default)]
pub(crate) struct Matchers {
    pub first: FirstWord,
    pub lower: FirstWord,
}

/// Entities by key and persons by surname: each table gives a range of
/// one shared list of entity indexes (no list of its own per entry, which
/// keeps reading the embedded image cheap).
#[derive(Debug, Clone, Default)]
pub(crate) struct KeyIndex {
    /// By the hash of sorted key words ([`key_hash`]); callers check
    /// candidates, as two keys may share a hash.
    by_key: Map<u64, (u32, u32)>,
    /// By surname key word; the embedded image lends its strings.
    surnames: Map<Cow<'static, str>, (u32, u32)>,
    lists: Vec<u32>,
}

impl KeyIndex {
    /// Entities whose key has hash `h`.
    pub(crate) fn by_key(&self, h: u64) -> Option<&[u32]> {
        let &(at, n) = self.by_key.get(&h)?;
        self.list(at, n)
    }

    /// Persons whose surname key word is `word`.
    pub(crate) fn surnames(&self, word: &str) -> Option<&[u32]> {
        let &(at, n) = self.surnames.get(word)?;
        self.list(at, n)
    }

    fn list(&self, at: u32, n: u32) -> Option<&[u32]> {
        let at = at as usize;
        self.lists.get(at..at.checked_add(n as usize)?)
    }

    /// Every key hash with its entities, in no order.
    pub(crate) fn key_entries(&self) -> impl Iterator<Item = (u64, &[u32])> {
        self.by_key
            .iter()
            .filter_map(|(&h, &(at, n))| Some((h, self.list(at, n)?)))
    }

    /// Every surname with its persons, in no order.
    pub(crate) fn surname_entries(&self) -> impl Iterator<Item = (&str, &[u32])> {
        self.surnames
            .iter()
            .filter_map(|(s, &(at, n))| Some((s.as_ref(), self.list(at, n)?)))
    }

    /// An empty index with room for this many keys and surnames.
    pub(crate) fn with_capacity(keys: usize, surnames: usize) -> KeyIndex {
        KeyIndex {
            by_key: Map::with_capacity_and_hasher(keys, Default::default()),
            surnames: Map::with_capacity_and_hasher(surnames, Default::default()),
            lists: Vec::with_capacity(keys + surnames),
        }
    }

    fn push_list(&mut self, list: impl IntoIterator<Item = u32>) -> (u32, u32) {
        let at = self.lists.len();
        self.lists.extend(list);
        let n = self.lists.len() - at;
        (idx(at), idx(n))
    }

    /// Set the entities of key hash `h`.
    pub(crate) fn insert_key(&mut self, h: u64, list: impl IntoIterator<Item = u32>) {
        let range = self.push_list(list);
        self.by_key.insert(h, range);
    }

    /// Set the persons of surname `word`.
    pub(crate) fn insert_surname(
        &mut self,
        word: Cow<'static, str>,
        list: impl IntoIterator<Item = u32>,
    ) {
        let range = self.push_list(list);
        self.surnames.insert(word, range);
    }
}

/// The hash of a key: its words sorted, each hashed with its length.
pub(crate) fn key_hash(words: &[String]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut sorted: Vec<&str> = words.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    let mut h = crate::hash::FxHasher::default();
    for w in sorted {
        w.hash(&mut h);
    }
    h.finish()
}

/// Apostrophes join words in keys (`N’Guesso` → `nguesso`) but separate
/// them in patterns, so names with one get their key computed apart.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`' | '´')
}

impl KeyIndex {
    pub(crate) fn build(ix: &Index, entities: &[Entity]) -> KeyIndex {
        let table = Translit::embedded();
        let mut keys = Lists {
            by_key: Map::with_capacity_and_hasher(ix.patterns.len(), Default::default()),
            surnames: Map::with_capacity_and_hasher(ix.patterns.len() / 2, Default::default()),
        };
        // Names share many words (`république`, `parti`, `Nguyễn`): rewrite
        // each distinct word once.
        let mut cache: Map<String, String> =
            Map::with_capacity_and_hasher(ix.patterns.len(), Default::default());
        let add = |keys: &mut Lists, words: &[String], ei: u32| {
            push_unique(keys.by_key.entry(key_hash(words)).or_default(), ei);
            let Some(e) = entities.get(ei as usize) else {
                return;
            };
            if e.kind != EntityKind::Person || words.len() < 2 {
                return;
            }
            if let Some(last) = words.last() {
                push_unique(keys.surnames.entry(last.clone()).or_default(), ei);
            }
            let family_first = e
                .country
                .as_deref()
                .is_some_and(|c| FAMILY_FIRST.contains(&c) || GIVEN_FIRST.contains(&c));
            if let (true, Some(first)) = (family_first, words.first()) {
                push_unique(keys.surnames.entry(first.clone()).or_default(), ei);
            }
        };
        for (id, pat) in ix.patterns.iter().enumerate() {
            if pat.targets.is_empty() {
                continue;
            }
            let Some(folded) = ix.text(idx(id)) else {
                continue;
            };
            let words =
                crate::key::word_forms(
                    folded.split(' ').filter(|w| !w.is_empty()),
                    |w| match cache.get(w) {
                        Some(k) => k.clone(),
                        None => {
                            let k = table.word(w);
                            cache.insert(w.to_string(), k.clone());
                            k
                        }
                    },
                );
            for t in &pat.targets {
                add(&mut keys, &words, t.entity);
            }
        }
        for (ei, name) in &ix.apostrophe_names {
            add(&mut keys, &key_words(name), *ei);
        }
        // `Abdullah bin Zayed` for Abdullah bin Zayed Al Nahyan: the family
        // name is left out as often as not. Only under its key, not as a
        // surname (`Zayed` alone is not him).
        for (ei, e) in entities.iter().enumerate() {
            if e.kind != EntityKind::Person {
                continue;
            }
            for short in e.names().filter_map(crate::key::without_family) {
                push_unique(keys.by_key.entry(key_hash(&short)).or_default(), idx(ei));
            }
        }
        // `Lukašenka`: the háček letters spelt out (`sh`) as well as
        // stripped (`s`, the folded pattern's key above).
        for (ei, e) in entities.iter().enumerate() {
            for name in e.names().filter(|n| n.chars().any(crate::key::is_hacek)) {
                add(&mut keys, &key_words(name), idx(ei));
            }
        }
        let mut out = KeyIndex::with_capacity(keys.by_key.len(), keys.surnames.len());
        for (h, list) in keys.by_key {
            out.insert_key(h, list);
        }
        for (word, list) in keys.surnames {
            out.insert_surname(Cow::Owned(word), list);
        }
        out
    }
}

/// The key tables under construction.
struct Lists {
    by_key: Map<u64, Vec<u32>>,
    surnames: Map<String, Vec<u32>>,
}

/// Everything resolution and detection look names up in.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub patterns: Vec<Pattern>,
    /// Pattern by folded text; the embedded image lends its strings.
    pub by_fold: Map<Cow<'static, str>, u32>,
    /// The folded text of each pattern (pattern id = position).
    /// The embedded image lends its strings.
    pub texts: std::sync::Arc<[Cow<'static, str>]>,
    /// The matchers of detection, made on first use: resolving names
    /// does not need them.
    pub(crate) matchers: OnceLock<Matchers>,
    pub demonyms: Map<String, u32>,
    /// Names whose key is not that of their folded pattern (`N’Guesso`,
    /// `Abdul-Aziz`).
    pub apostrophe_names: Vec<(u32, String)>,
    /// Keys and surnames, made on first use: detection of names as the
    /// registry writes them does not need them.
    pub keys: OnceLock<KeyIndex>,
    /// Where the embedded image holds them, to read instead of building.
    pub(crate) key_image: Option<crate::prebuilt::KeySection>,
    pub fuzzy: OnceLock<FuzzyIndex>,
    /// Persons who held a title whose holders go by their given name (`le
    /// roi Charles`), by the first key word of each of their names; made
    /// on first use (see [`crate::holders`]).
    pub(crate) monarchs: OnceLock<Map<String, Vec<u32>>>,
    /// Resolutions of the capitalized runs detection could not match as
    /// written, by run and title (see [`crate::scan`]): an archive's
    /// dispatches name the same people again and again.
    pub(crate) resolved: Shared<Option<(u32, Method)>>,
}

/// Order among entities sharing a name: a country before an organization,
/// a person, a place, a facility (`Djibouti` the country, not the city).
pub(crate) fn kind_rank(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Country => 0,
        EntityKind::Organization => 1,
        EntityKind::Person => 2,
        EntityKind::Place => 3,
        EntityKind::Facility => 4,
    }
}

fn is_acronym(name: &str) -> bool {
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    (2..=8).contains(&letters)
        && !name.contains(' ')
        && name
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&')
}

fn push_unique(list: &mut Vec<u32>, v: u32) {
    if !list.contains(&v) {
        list.push(v);
    }
}

fn idx(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl Index {
    pub(crate) fn build(entities: &[Entity]) -> Index {
        let mut ix = Index::default();
        let mut folded_of: Vec<String> = Vec::new();
        for (ei, e) in entities.iter().enumerate() {
            let ei = idx(ei);
            for (ni, name) in e.names().enumerate() {
                let f = fold_words(name);
                if f.is_empty() {
                    continue;
                }
                let p = ix.pattern_for(&f, &mut folded_of);
                if let Some(pat) = ix.patterns.get_mut(p as usize) {
                    if !pat.targets.iter().any(|t| t.entity == ei) {
                        pat.targets.push(Target {
                            entity: ei,
                            canonical: ni == 0,
                        });
                    }
                    pat.needs_upper &= name.chars().next().is_some_and(char::is_uppercase);
                    pat.acronym &= is_acronym(name);
                }
                let abd = matches!(crate::key::joined_abd(name), std::borrow::Cow::Owned(_));
                if abd || name.chars().any(is_apostrophe) {
                    ix.apostrophe_names.push((ei, name.to_string()));
                }
            }
            if e.kind == EntityKind::Country {
                for d in &e.demonyms {
                    let f = fold_words(d);
                    if f.is_empty() {
                        continue;
                    }
                    let p = ix.pattern_for(&f, &mut folded_of);
                    if let Some(pat) = ix.patterns.get_mut(p as usize) {
                        pat.demonym.get_or_insert(ei);
                    }
                    ix.demonyms.entry(f).or_insert(ei);
                }
            }
        }
        for pat in &mut ix.patterns {
            if pat.targets.is_empty() {
                pat.needs_upper = false;
                pat.acronym = false;
            }
            pat.targets.sort_by_key(|t| {
                let kind = entities
                    .get(t.entity as usize)
                    .map_or(9, |e| kind_rank(e.kind));
                (!t.canonical, kind)
            });
        }
        ix.texts = folded_of.into_iter().map(Cow::Owned).collect();
        ix
    }

    fn pattern_for(&mut self, folded: &str, folded_of: &mut Vec<String>) -> u32 {
        if let Some(&p) = self.by_fold.get(folded) {
            return p;
        }
        let p = idx(self.patterns.len());
        self.patterns.push(Pattern {
            targets: Vec::new(),
            demonym: None,
            needs_upper: true,
            acronym: true,
            key: OnceLock::new(),
        });
        self.by_fold.insert(Cow::Owned(folded.to_string()), p);
        folded_of.push(folded.to_string());
        p
    }

    /// The folded text of pattern `p`.
    pub(crate) fn text(&self, p: u32) -> Option<&str> {
        self.texts.get(p as usize).map(|t| t.as_ref())
    }

    /// The word matchers of detection, built on first use.
    pub(crate) fn matchers(&self) -> &Matchers {
        self.matchers.get_or_init(|| {
            let first = FirstWord::build_some(std::sync::Arc::clone(&self.texts), |_| true);
            let patterns = &self.patterns;
            let lower = FirstWord::build_some(first.patterns(), |id| {
                patterns
                    .get(id as usize)
                    .is_some_and(|p| !p.acronym && (!p.needs_upper || p.demonym.is_some()))
            });
            Matchers { first, lower }
        })
    }

    pub(crate) fn pattern(&self, p: u32) -> Option<&Pattern> {
        self.patterns.get(p as usize)
    }
}
