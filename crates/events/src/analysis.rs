//! Sentence analysis: tokens, actor candidates and date expressions of every
//! sentence of a dispatch segment, in the repaired (normalized) view, with a
//! way back to the original input.

use crate::data;
use crate::phrases::CountryPhrases;
use crate::tokens::{tokenize, Tokens};
use depeche_names::{EntityKind, Mention, Registry};
use depeche_parse::date::{find_dates, DateExpr};
use depeche_parse::normalize::Normalized;
use depeche_parse::{Dispatch, Span};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::Arc;
use std::sync::OnceLock;

/// What an actor candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CandKind {
    /// A named entity from detection.
    Named(EntityKind),
    /// A role description (`le secrétaire général`) naming someone known.
    Description,
    /// A group counterpart (`des représentants des partis`).
    Group,
    /// A subject pronoun (`il`, `elle`, `ils`).
    Pronoun,
    /// `les deux parties`, `les deux pays`, `les deux dirigeants`.
    BothParties,
}

/// What a group of one's own country is, when meeting it is an activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Own {
    Embassy,
    Community,
}

/// A possible actor in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    pub kind: CandKind,
    /// Text in the normalized view.
    pub text: String,
    /// Span in the original input.
    pub span: Span,
    pub entity: Option<Arc<str>>,
    pub canonical: Option<Arc<str>>,
    pub country: Option<Arc<str>>,
    pub title: Option<Arc<str>>,
    pub key: Arc<str>,
    /// For descriptions: the role matched against named people's titles.
    pub role: Option<String>,
    /// For groups: whether meeting it is an activity when it is one's own.
    pub own: Option<Own>,
    /// Preceded by `de`/`du`/`des`: a complement of a noun, not an argument.
    pub complement: bool,
    /// A demonym adjective (`vietnamienne`): gives a country, is no actor.
    pub demonym: bool,
}

impl Cand {
    pub fn is_person_like(&self) -> bool {
        matches!(
            self.kind,
            CandKind::Named(EntityKind::Person) | CandKind::Description | CandKind::Pronoun
        )
    }
}

/// A date expression in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct SentDate {
    pub tok: usize,
    pub text: String,
    pub expr: DateExpr,
}

/// One analysed sentence.
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    /// Normalized text of the sentence.
    pub text: String,
    /// Original span of the sentence.
    pub span: Span,
    /// The sentence as it stands in the original input (`&input[span]`)
    /// when repairs made it differ from `text`; most sentences are
    /// unchanged and keep no second copy (see [`Sentence::original`]).
    original: Option<String>,
    pub tokens: Tokens,
    pub cands: Vec<Cand>,
    /// Date expressions, found on first use: only sentences with events
    /// need them.
    dates: OnceLock<Vec<SentDate>>,
    /// Where the sentence starts in its unit's normalized text.
    pub(crate) norm_offset: usize,
}

/// All sentences of a segment plus its mentions (original spans).
pub(crate) struct SegmentAnalysis {
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
}

pub(crate) struct Lexicons {
    pub(crate) surnames: FxHashMap<String, String>,
    pub(crate) groups: FxHashMap<String, Option<Own>>,
    pub(crate) descriptions: RoleNouns,
    /// What follows "les deux": its words and the role of each side's
    /// person (`None`: the two countries), longest first.
    pub(crate) both_sides: Vec<(Vec<String>, Option<String>)>,
    /// National orders (folded words) and the state that confers them.
    pub(crate) orders: CountryPhrases,
    /// Bodies meeting at one seat (folded words) and the seat's country.
    pub(crate) seats: CountryPhrases,
}

/// The role descriptions of `data/descriptions.tsv`, longest first, with
/// an index by first word: every token of every sentence is tried as the
/// start of one, and only the few sharing its first word can match.
pub(crate) struct RoleNouns {
    /// Folded words and role, longest first so `premier ministre` beats
    /// `ministre`.
    list: Vec<(Vec<String>, String)>,
    /// Positions in `list` of the descriptions opening with a word, in
    /// `list` order.
    by_first: FxHashMap<String, Vec<usize>>,
    /// Positions of descriptions of no words (none in the file): they
    /// match anywhere and, being the shortest, come last.
    anywhere: Vec<usize>,
}

impl RoleNouns {
    fn new(mut list: Vec<(Vec<String>, String)>) -> Self {
        list.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let mut anywhere = Vec::new();
        for (i, (words, _)) in list.iter().enumerate() {
            match words.first() {
                Some(first) => by_first.entry(first.clone()).or_default().push(i),
                None => anywhere.push(i),
            }
        }
        RoleNouns {
            list,
            by_first,
            anywhere,
        }
    }

    /// The descriptions that may start with `first`, longest first.
    pub(crate) fn starting_with<'s>(
        &'s self,
        first: &str,
    ) -> impl Iterator<Item = &'s (Vec<String>, String)> + 's {
        let opening = self.by_first.get(first).map(Vec::as_slice);
        opening
            .unwrap_or_default()
            .iter()
            .chain(&self.anywhere)
            .filter_map(|&i| self.list.get(i))
    }
}

pub(crate) fn lexicons() -> &'static Lexicons {
    static L: std::sync::OnceLock<Lexicons> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let groups = read_groups().unwrap_or_default().into_iter().collect();
        let descriptions: Vec<(Vec<String>, String)> = data::DESCRIPTIONS
            .pairs()
            .unwrap_or_default()
            .into_iter()
            .map(|(d, role)| {
                (
                    d.split_whitespace().map(str::to_string).collect(),
                    role.to_string(),
                )
            })
            .collect();
        let surnames = data::SURNAMES
            .pairs()
            .unwrap_or_default()
            .into_iter()
            .map(|(name, country)| (name.to_string(), country.to_string()))
            .collect();
        let mut both_sides: Vec<(Vec<String>, Option<String>)> = data::BOTH_SIDES
            .pairs()
            .unwrap_or_default()
            .into_iter()
            .map(|(words, role)| {
                let words = words.split_whitespace().map(str::to_string).collect();
                (words, (role != "-").then(|| role.to_string()))
            })
            .collect();
        both_sides.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        Lexicons {
            orders: CountryPhrases::read(data::ORDERS),
            seats: CountryPhrases::read(data::SEATS),
            surnames,
            groups,
            descriptions: RoleNouns::new(descriptions),
            both_sides,
        }
    })
}

/// The group heads of `data/groups.tsv` and what a group of one's own
/// country is (`-` for an ordinary counterpart).
pub(crate) fn read_groups() -> Result<Vec<(String, Option<Own>)>, data::DataError> {
    let rows = data::GROUPS.pairs_with(|own| match own {
        "embassy" => Some(Some(Own::Embassy)),
        "community" => Some(Some(Own::Community)),
        "-" => Some(None),
        _ => None,
    })?;
    Ok(rows
        .into_iter()
        .map(|(head, own)| (head.to_string(), own))
        .collect())
}

pub(crate) const DETERMINERS: &[&str] = &[
    "le", "la", "l", "les", "son", "sa", "ses", "leur", "leurs", "du", "au", "aux", "des", "un",
    "une", "d", "ce", "cet", "cette",
];
/// The finite auxiliaries [`Sentence::is_auxiliary`] tells, as written.
pub(crate) const AUXILIARIES: &[&str] = &["a", "ont", "est", "sont", "avait", "avaient"];

pub(crate) const COMPLEMENT_MARKERS: &[&str] = &["de", "du", "des", "d"];

/// Definite articles, folded: what stands between a link word and a name
/// ("de la Suède") or ends a pattern before its place ("a quitté la").
pub(crate) const ARTICLES: &[&str] = &["la", "le", "l", "les"];

/// The units of a segment's text: its title, then its paragraphs.
pub(crate) fn units(dispatch: &Dispatch) -> Vec<Span> {
    let mut units: Vec<Span> = Vec::new();
    units.extend(dispatch.title.iter().map(|t| t.span));
    units.extend(dispatch.paragraphs.iter().map(|p| p.span));
    units
}

impl SegmentAnalysis {
    /// Analyse every unit (title, paragraphs) of `dispatch`.
    #[cfg(test)]
    pub fn new(input: &str, dispatch: &Dispatch, registry: &Registry) -> SegmentAnalysis {
        Self::of_units(input, &units(dispatch), dispatch, registry)
    }

    /// Analyse the `units` (spans of `input`: the title and paragraphs of
    /// `dispatch`, or pieces of them).
    pub fn of_units(
        input: &str,
        units: &[Span],
        dispatch: &Dispatch,
        registry: &Registry,
    ) -> SegmentAnalysis {
        // Names several persons share resolve to the one of the dispatch's time.
        let dispatch_year = dispatch.date.as_ref().and_then(|d| match d {
            depeche_parse::DateValue::Single(p) | depeche_parse::DateValue::Range(p, _) => p.year,
        });
        let mut sentences = Vec::new();
        let mut mentions = Vec::new();
        for &unit_span in units {
            let norm = Normalized::new(input, unit_span, &dispatch.repairs);
            let text = norm.text();
            let mut detected = registry.detect_in_year(text, dispatch_year);
            // Sentences read their mentions by position; the record keeps
            // detection order. Detection nearly always gives both at once,
            // and then the mentions need no copy.
            let by_position = |m: &Mention| (m.span.start, m.span.end);
            let unit_mentions: Cow<'_, [Mention]> = if detected.is_sorted_by_key(by_position) {
                Cow::Borrowed(&detected)
            } else {
                let mut sorted = detected.clone();
                sorted.sort_by_key(by_position);
                Cow::Owned(sorted)
            };
            for (s, tokens) in depeche_parse::sentence::sentences(text)
                .into_iter()
                .flat_map(|s| windows(text, s))
            {
                let Some(sent_text) = s.slice(text) else {
                    continue;
                };
                // Only this sentence's mentions: the list is sorted by start.
                let lo = unit_mentions.partition_point(|m| m.span.start < s.start);
                let hi = unit_mentions.partition_point(|m| m.span.start < s.end);
                let local = unit_mentions.get(lo..hi).unwrap_or_default();
                let mut sentence = Sentence {
                    text: sent_text.to_string(),
                    span: norm.to_original(s),
                    original: None,
                    tokens,
                    cands: Vec::new(),
                    dates: OnceLock::new(),
                    norm_offset: s.start,
                };
                sentence.cands = crate::candidates::candidates(&sentence, local, registry, &norm);
                // Actors quote the original input, not the repaired view.
                for c in &mut sentence.cands {
                    if let Some(original) = c.span.slice(input) {
                        c.text = original.to_string();
                    }
                }
                let original = sentence.span.slice(input).unwrap_or_default();
                if original != sentence.text {
                    sentence.original = Some(original.to_string());
                }
                sentences.push(sentence);
            }
            drop(unit_mentions);
            for m in &mut detected {
                m.span = norm.to_original(m.span);
                // Mentions quote the original input, not the repaired view.
                if let Some(original) = m.span.slice(input) {
                    m.text.clear();
                    m.text.push_str(original);
                }
            }
            // Changed in place and moved whole when it is the first unit's
            // (a text without title): a long paragraph's list is the
            // largest of the segment, and moving it one mention at a time
            // would hold it twice.
            if mentions.is_empty() {
                mentions = detected;
            } else {
                mentions.append(&mut detected);
            }
        }
        // Kept to the end of the segment beside its events: no room spare.
        sentences.shrink_to_fit();
        SegmentAnalysis {
            sentences,
            mentions,
        }
    }
}

impl Sentence {
    /// The sentence as it stands in the original input (`&input[span]`).
    pub fn original(&self) -> &str {
        self.original.as_deref().unwrap_or(&self.text)
    }

    /// The date expressions of the sentence, in order.
    pub fn dates(&self) -> &[SentDate] {
        self.dates.get_or_init(|| {
            find_dates(&self.text)
                .into_iter()
                .map(|d| SentDate {
                    tok: self.token_at(d.span.start),
                    text: d.text,
                    expr: d.expr,
                })
                .collect()
        })
    }

    /// Index of the first token starting at or after `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span().end <= offset)
    }

    /// Folded word of token `i`, or "".
    pub fn word(&self, i: usize) -> &str {
        self.tokens.word(i)
    }

    /// Whether token `i` is a finite auxiliary as written (`a`, `ont`,
    /// `est`) — unlike the preposition `à`, which folds to the same word.
    pub fn is_auxiliary(&self, i: usize) -> bool {
        AUXILIARIES.contains(&self.written(i))
    }

    /// Token `i` as written in the sentence, or "".
    fn written(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.text.get(t.span().start..t.span().end))
            .unwrap_or("")
    }

    /// Whether token `i` is written without accents: the present
    /// `effectue`, not the participle `effectué`, which folds the same.
    pub fn written_plain(&self, i: usize) -> bool {
        let w = self.written(i);
        !w.is_empty() && w.is_ascii()
    }

    /// Whether token `i` is written as a past participle of the first
    /// group (`été`, `signé`, `reçue`): `aura été`, `aura signé`.
    pub fn written_participle(&self, i: usize) -> bool {
        let w = self.written(i);
        ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e)) || matches!(w, "eu" | "pris")
    }

    /// Whether token `i` is one of `words`.
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        // Compared as bytes: a token's folded form is whole characters.
        let word = self.tokens.word_bytes(i);
        words.iter().any(|w| w.as_bytes() == word)
    }

    /// Whether the tokens from `at` on are `words`, in order.
    pub fn phrase_at<S: AsRef<str>>(&self, at: usize, words: &[S]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| self.tokens.word_bytes(at + k) == w.as_ref().as_bytes())
    }

    /// Normalized text covering tokens `[start, end)`.
    pub fn text_of(&self, start: usize, end: usize) -> String {
        let (Some(a), Some(b)) = (
            self.tokens.get(start),
            end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) else {
            return String::new();
        };
        self.text
            .get(a.span().start..b.span().end)
            .unwrap_or_default()
            .to_string()
    }
}

/// Longest stretch of tokens analysed as one sentence. Real sentences stay
/// far below it; text without sentence ends (a garbled page, a list of
/// thousands of names) is cut into windows so that the work per sentence,
/// and so the whole extraction, stays linear.
const MAX_SENTENCE_TOKENS: usize = 160;

/// `sentence` (a span of `text`) as windows of at most
/// [`MAX_SENTENCE_TOKENS`] tokens.
fn windows(text: &str, sentence: Span) -> Vec<(Span, Tokens)> {
    let Some(sent_text) = sentence.slice(text) else {
        return Vec::new();
    };
    let tokens = tokenize(sent_text);
    if tokens.len() <= MAX_SENTENCE_TOKENS {
        return vec![(sentence, tokens)];
    }
    // Each window's tokens, with spans made relative to the window's start.
    (0..tokens.len())
        .step_by(MAX_SENTENCE_TOKENS)
        .filter_map(|first| {
            let last = (first + MAX_SENTENCE_TOKENS).min(tokens.len()) - 1;
            let base = tokens.get(first)?.span().start;
            let end = tokens.get(last)?.span().end;
            Some((
                Span::new(sentence.start + base, sentence.start + end),
                tokens.window(first..last + 1, base),
            ))
        })
        .collect()
}

/// Which sentence of a segment quotes a span: the way back from an event's
/// evidence to the sentence it was read from, built once per segment.
pub(crate) struct SentenceIndex(FxHashMap<Span, usize>);

impl SentenceIndex {
    /// The index of `sentences` by span.
    pub(crate) fn new(sentences: &[Sentence]) -> Self {
        let mut index = FxHashMap::with_capacity_and_hasher(sentences.len(), Default::default());
        for (i, s) in sentences.iter().enumerate() {
            index.entry(s.span).or_insert(i);
        }
        SentenceIndex(index)
    }

    /// The sentence quoting `span`.
    pub(crate) fn get(&self, span: &Span) -> Option<usize> {
        self.0.get(span).copied()
    }

    /// The sentence an event was read from: its first evidence.
    pub(crate) fn of(&self, e: &crate::model::Event) -> Option<usize> {
        self.get(&e.evidence.first()?.span)
    }
}
