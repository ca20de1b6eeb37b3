//! Documents listed one by one after a signing.
//!
//! "Les deux dirigeants ont assisté à la signature de plusieurs documents :"
//! is often followed by one line per document, with no verb of its own:
//!
//! ```text
//! - Protocole d'accord entre le ministère vietnamien des Transports et le
//!   ministère mongol des Transports.
//! - Accord de coopération entre la ville de Hanoï et la ville
//!   d'Oulan-Bator.
//! ```
//!
//! Documents named separately with different parties are separate
//! agreements (ANNOTATION): each line is one AGREEMENT between the
//! countries its parties belong to, with the status and date of the signing
//! it lists, which it then replaces.

use crate::analysis::{Cand, Sentence, SentenceIndex};
use crate::model::{Event, EventType, Evidence, Role};

/// Words a document's line starts with.
const DOCUMENT_NOUNS: &[&str] = &[
    "protocole",
    "accord",
    "accords",
    "memorandum",
    "convention",
    "programme",
    "plan",
    "traite",
    "declaration",
    "arrangement",
    "contrat",
    "lettre",
];

/// Marks that open a list line: dashes, bullets, a number and its point.
const LIST_MARKS: &[&str] = &["-", "–", "—", "•", "*", "·", ")", "."];

/// How many tokens a list mark and a number may take before the noun.
const MARK_TOKENS: usize = 3;

/// The longest line read as one document's name: longer lines are prose.
const MAX_DOCUMENT_TOKENS: usize = 70;

/// How many sentences after its signing a document line may stand: photo
/// captions and credits come between the lines of real lists.
const MAX_LINES_AFTER: usize = 16;

/// Replace a signing by the documents listed after it, one agreement each.
pub(crate) fn spread_listed_documents(events: &mut Vec<Event>, sentences: &[Sentence]) {
    let index = SentenceIndex::new(sentences);
    let sentence_of = |e: &Event| e.evidence.iter().filter_map(|ev| index.get(&ev.span)).min();
    let mut spread = listed_after_signings(events, sentences, &sentence_of);
    let gone = absorb_told_together(events, sentences, &sentence_of, &mut spread);
    let listed: Vec<Event> = spread.into_iter().flat_map(|(_, items)| items).collect();
    // The lines take the place of the first event they replace: the events
    // kept before it are all the events before it.
    let at = gone.iter().min().copied().unwrap_or(0);
    let mut k = 0;
    events.retain(|_| {
        k += 1;
        !gone.contains(&(k - 1))
    });
    let at = at.min(events.len());
    events.splice(at..at, listed);
}

/// For each signing followed by two or more document lines, its index and
/// the agreements of those lines.
fn listed_after_signings(
    events: &[Event],
    sentences: &[Sentence],
    sentence_of: &dyn Fn(&Event) -> Option<usize>,
) -> Vec<(usize, Vec<Event>)> {
    let signings: Vec<(usize, usize)> = events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EventType::Agreement && !e.background)
        .filter_map(|(k, e)| Some((k, sentence_of(e)?)))
        .collect();
    // A line belongs to the nearest signing before it.
    let signed_at: Vec<usize> = signings.iter().map(|&(_, at)| at).collect();
    let mut spread = Vec::new();
    for &(k, at) in &signings {
        let Some(signing) = events.get(k) else {
            continue;
        };
        let Some(countries) = pair_of(signing) else {
            continue;
        };
        let items: Vec<Event> = sentences
            .iter()
            .enumerate()
            .skip(at + 1)
            .take(MAX_LINES_AFTER)
            .take_while(|(i, _)| !signed_at.contains(i))
            .filter(|(_, s)| names_a_document(s))
            .filter(|(_, s)| parties_within(s, &countries))
            .map(|(_, s)| document_event(signing, s))
            .collect();
        if items.len() >= 2 {
            spread.push((k, items));
        }
    }
    spread
}

/// The same documents told together elsewhere ("ont conclu plusieurs
/// documents, lundi 30 septembre") are the listed ones: their stated date
/// is the lines' date, and they are not one more agreement. Returns the
/// indices of the events the lines replace.
fn absorb_told_together(
    events: &[Event],
    sentences: &[Sentence],
    sentence_of: &dyn Fn(&Event) -> Option<usize>,
    spread: &mut [(usize, Vec<Event>)],
) -> Vec<usize> {
    let mut gone: Vec<usize> = spread.iter().map(|(k, _)| *k).collect();
    for (k, items) in spread.iter_mut() {
        let Some(pair) = events.get(*k).and_then(pair_of) else {
            continue;
        };
        for (j, other) in events.iter().enumerate() {
            let together = j != *k
                && other.kind == EventType::Agreement
                && !other.background
                && pair_of(other).as_ref() == Some(&pair)
                && sentence_of(other)
                    .and_then(|i| sentences.get(i))
                    .is_some_and(names_documents_together);
            if !together {
                continue;
            }
            if other.date.text.is_some() {
                for item in items.iter_mut().filter(|e| e.date.text.is_none()) {
                    item.date = other.date.clone();
                }
            }
            gone.push(j);
        }
    }
    gone
}

/// Plural nouns of documents told together.
const DOCUMENTS_TOGETHER: &[&str] = &[
    "documents",
    "accords",
    "memorandums",
    "protocoles",
    "conventions",
    "textes",
];

/// Whether a sentence tells of several documents at once.
fn names_documents_together(sent: &Sentence) -> bool {
    (0..sent.tokens.len()).any(|i| sent.is(i, DOCUMENTS_TOGETHER))
}

/// The two countries of a signing, when it has two.
fn pair_of(e: &Event) -> Option<(String, String)> {
    let mut countries: Vec<String> = e
        .actors
        .iter()
        .filter_map(|a| a.country.as_deref().map(str::to_string))
        .collect();
    countries.extend(
        e.location
            .as_ref()
            .and_then(|l| l.country.as_deref().map(str::to_string)),
    );
    countries.sort();
    countries.dedup();
    match countries.as_slice() {
        [a, b] => Some((a.clone(), b.clone())),
        _ => None,
    }
}

/// Articles a list line may put before its document noun ("- un
/// mémorandum d'entente", "- l'accord").
const LINE_ARTICLES: &[&str] = &["un", "une", "le", "la", "l", "les", "des"];

/// Whether a sentence is a document's line: a list mark or number, an
/// article maybe ("- un mémorandum", "- l'accord"), then a document noun,
/// short, with no verb, with parties joined by "entre". Lines naming no
/// parties list documents of the same two states: named together, one
/// agreement (ANNOTATION), which the signing already is.
fn names_a_document(sent: &Sentence) -> bool {
    if sent.tokens.len() > MAX_DOCUMENT_TOKENS
        || (0..sent.tokens.len()).any(|i| sent.is_auxiliary(i))
    {
        return false;
    }
    if !(0..sent.tokens.len()).any(|i| sent.is(i, &["entre"])) {
        return false;
    }
    let mark =
        |k: usize| sent.is(k, LIST_MARKS) || sent.word(k).chars().all(|c| c.is_ascii_digit());
    // Marks, then at most one article, then the noun.
    let (mut marks, mut articles) = (0, 0);
    for i in 0..=MARK_TOKENS + 1 {
        if sent.is(i, DOCUMENT_NOUNS) {
            return articles <= 1 && marks <= MARK_TOKENS;
        }
        if mark(i) {
            marks += 1;
        } else if sent.is(i, LINE_ARTICLES) {
            articles += 1;
        } else {
            return false;
        }
    }
    false
}

/// Whether the countries a line's parties name are among the signing's.
fn parties_within(sent: &Sentence, countries: &(String, String)) -> bool {
    let named: Vec<&str> = sent
        .cands
        .iter()
        .filter_map(|c: &Cand| c.country.as_deref())
        .collect();
    named.iter().all(|c| *c == countries.0 || *c == countries.1)
}

/// The agreement of one listed document: the signing's, told by its line.
fn document_event(signing: &Event, line: &Sentence) -> Event {
    let mut e = signing.clone();
    e.evidence = vec![Evidence {
        text: line.original().to_string(),
        span: line.span,
    }];
    e.rule = "agreement.listed_document".to_string();
    // The parties are bodies of the two states, not the leaders who
    // watched the signing.
    for a in &mut e.actors {
        if let Some(country) = a.country.clone() {
            *a = crate::discourse::country_actor(&country, a.role);
        }
    }
    if e.actors.iter().all(|a| a.role != Role::Target) {
        if let Some(a) = e.actors.get_mut(1) {
            a.role = Role::Target;
        }
    }
    e
}
