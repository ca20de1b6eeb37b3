//! Sentence analysis: tokens, actor candidates and date expressions of every
//! sentence of a dispatch segment, in the repaired (normalized) view, with a
//! way back to the original input.

use crate::tokens::{tokenize, Token};
use depeche_names::{EntityKind, Mention, Registry};
use depeche_parse::date::{find_dates, DateExpr};
use depeche_parse::normalize::Normalized;
use depeche_parse::{Dispatch, Span};
use std::collections::HashMap;

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
    pub entity: Option<String>,
    pub canonical: Option<String>,
    pub country: Option<String>,
    pub title: Option<String>,
    pub key: String,
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
    /// The sentence as it stands in the original input (`&input[span]`).
    pub original: String,
    pub tokens: Vec<Token>,
    pub cands: Vec<Cand>,
    pub dates: Vec<SentDate>,
    /// Where the sentence starts in its unit's normalized text.
    norm_offset: usize,
}

/// All sentences of a segment plus its mentions (original spans).
pub(crate) struct SegmentAnalysis {
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
}

struct Lexicons {
    surnames: HashMap<String, String>,
    groups: HashMap<String, Option<Own>>,
    descriptions: Vec<(Vec<String>, String)>,
}

fn lexicons() -> &'static Lexicons {
    static L: std::sync::OnceLock<Lexicons> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let mut groups = HashMap::new();
        for (head, own) in data_rows(include_str!("../data/groups.tsv")) {
            let own = match own {
                "embassy" => Some(Own::Embassy),
                "community" => Some(Own::Community),
                _ => None,
            };
            groups.insert(head.to_string(), own);
        }
        let mut descriptions: Vec<(Vec<String>, String)> =
            data_rows(include_str!("../data/descriptions.tsv"))
                .map(|(d, role)| {
                    (
                        d.split_whitespace().map(str::to_string).collect(),
                        role.to_string(),
                    )
                })
                .collect();
        // Longest description first so `premier ministre` beats `ministre`.
        descriptions.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        let surnames = data_rows(include_str!("../data/surnames.tsv"))
            .map(|(name, country)| (name.to_string(), country.to_string()))
            .collect();
        Lexicons {
            surnames,
            groups,
            descriptions,
        }
    })
}

/// Two-column rows of a data file, comments and blanks skipped.
pub(crate) fn data_rows(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

const DETERMINERS: &[&str] = &[
    "le", "la", "l", "les", "son", "sa", "ses", "leur", "leurs", "du", "au", "aux", "des", "un",
    "une", "d", "ce", "cet", "cette",
];
const COMPLEMENT_MARKERS: &[&str] = &["de", "du", "des", "d"];

impl SegmentAnalysis {
    /// Analyse every unit (title, paragraphs) of `dispatch`.
    pub fn new(input: &str, dispatch: &Dispatch, registry: &Registry) -> SegmentAnalysis {
        let mut units: Vec<Span> = Vec::new();
        units.extend(dispatch.title.iter().map(|t| t.span));
        units.extend(dispatch.paragraphs.iter().map(|p| p.span));
        let mut sentences = Vec::new();
        let mut mentions = Vec::new();
        for unit_span in units {
            let norm = Normalized::new(input, unit_span, &dispatch.repairs);
            let text = norm.text();
            let unit_mentions = registry.detect(text);
            for m in &unit_mentions {
                let mut out = m.clone();
                out.span = norm.to_original(m.span);
                out.text = out.span.slice(input).unwrap_or(&m.text).to_string();
                mentions.push(out);
            }
            for s in depeche_parse::sentence::sentences(text) {
                let Some(sent_text) = s.slice(text) else {
                    continue;
                };
                let tokens = tokenize(sent_text);
                let mut sentence = Sentence {
                    text: sent_text.to_string(),
                    span: norm.to_original(s),
                    original: String::new(),
                    tokens,
                    cands: Vec::new(),
                    dates: Vec::new(),
                    norm_offset: s.start,
                };
                sentence.cands = candidates(&sentence, &unit_mentions, registry, &norm);
                // Actors quote the original input, not the repaired view.
                for c in &mut sentence.cands {
                    if let Some(original) = c.span.slice(input) {
                        c.text = original.to_string();
                    }
                }
                sentence.original = sentence.span.slice(input).unwrap_or_default().to_string();
                sentence.dates = find_dates(sent_text)
                    .into_iter()
                    .map(|d| SentDate {
                        tok: sentence.token_at(d.span.start),
                        text: d.text,
                        expr: d.expr,
                    })
                    .collect();
                sentences.push(sentence);
            }
        }
        SegmentAnalysis {
            sentences,
            mentions,
        }
    }
}

impl Sentence {
    /// Index of the first token starting at or after `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens
            .iter()
            .position(|t| t.span.end > offset)
            .unwrap_or(self.tokens.len())
    }

    /// Folded word of token `i`, or "".
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map(|t| t.folded.as_str()).unwrap_or("")
    }

    /// Whether token `i` is a finite auxiliary as written (`a`, `ont`,
    /// `est`) — unlike the preposition `à`, which folds to the same word.
    pub fn is_auxiliary(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            let written = self.text.get(t.span.start..t.span.end).unwrap_or("");
            matches!(written, "a" | "ont" | "est" | "sont" | "avait" | "avaient")
        })
    }

    /// Whether token `i` is one of `words`.
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.word(i))
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
            .get(a.span.start..b.span.end)
            .unwrap_or_default()
            .to_string()
    }
}

fn candidates(
    sent: &Sentence,
    unit_mentions: &[Mention],
    registry: &Registry,
    norm: &Normalized,
) -> Vec<Cand> {
    let lex = lexicons();
    let base = sent.norm_offset;
    let sent_end = base + sent.text.len();
    let mut cands: Vec<Cand> = Vec::new();
    for m in unit_mentions {
        if m.span.start < base || m.span.end > sent_end {
            continue;
        }
        let rel = Span::new(m.span.start - base, m.span.end - base);
        let start = sent.token_at(rel.start);
        let end = sent
            .tokens
            .iter()
            .rposition(|t| t.span.start < rel.end)
            .map_or(start, |i| i + 1);
        if end <= start {
            continue;
        }
        let country = m.country.clone().or_else(|| {
            (m.kind == EntityKind::Person && m.entity.is_none())
                .then(|| country_by_surname(&m.text))
                .flatten()
        });
        let complement = is_complement(sent, start);
        cands.push(Cand {
            start,
            end,
            kind: CandKind::Named(m.kind),
            text: m.text.clone(),
            span: norm.to_original(m.span),
            entity: m.entity.clone(),
            canonical: m.canonical.clone(),
            country,
            title: m.title.clone(),
            key: m.key.clone(),
            role: None,
            own: None,
            complement,
            demonym: m.method == depeche_names::Method::Demonym,
        });
    }
    let occupied = |cands: &[Cand], i: usize| cands.iter().any(|c| c.start <= i && i < c.end);
    let mut extra = Vec::new();
    let n = sent.tokens.len();
    let mut i = 0;
    while i < n {
        if occupied(&cands, i) {
            i += 1;
            continue;
        }
        let w = sent.word(i);
        // `les deux parties`, `les deux pays`, `les deux dirigeants`.
        if w == "deux" && i > 0 && sent.is(i - 1, &["les", "des"]) {
            let next = sent.word(i + 1);
            if !next.is_empty() && !sent.is(i + 1, &["pays"]) || sent.is(i + 1, &["pays"]) {
                let both = matches!(
                    next,
                    "parties"
                        | "pays"
                        | "dirigeants"
                        | "delegations"
                        | "cotes"
                        | "chefs"
                        | "presidents"
                        | "premiers"
                        | "ministres"
                        | "vice-ministres"
                        | "partis"
                        | "gouvernements"
                        | "leaders"
                );
                if both && !sent.is(i + 2, &["chambres"]) {
                    extra.push(simple_cand(
                        sent,
                        i - 1,
                        i + 2,
                        CandKind::BothParties,
                        norm,
                        base,
                    ));
                    i += 2;
                    continue;
                }
            }
        }
        if matches!(w, "il" | "elle" | "ils" | "elles") && !sent.tokens[i].punct {
            // "Il y a" is not a pronoun subject of an event.
            if !sent.is(i + 1, &["y"]) {
                extra.push(simple_cand(sent, i, i + 1, CandKind::Pronoun, norm, base));
            }
            i += 1;
            continue;
        }
        if sent.is(i, DETERMINERS) || sent.is(i, &["d", "les", "des"]) {
            // Optional adjective: "haut", "anciens", "nouveau".
            let mut j = i + 1;
            if sent.is(
                j,
                &[
                    "haut", "hauts", "nouveau", "nouvel", "nouvelle", "ancien", "anciens", "ex",
                    "premier",
                ],
            ) && !sent.is(j + 1, &["ministre", "ministres"])
            {
                j += 1;
            }
            if let Some(group_own) = lex
                .groups
                .get(sent.word(j))
                .copied()
                .filter(|_| !occupied(&cands, j))
            {
                let end = group_end(sent, j + 1, &cands);
                let mut c = simple_cand(sent, i, end, CandKind::Group, norm, base);
                c.own = group_own;
                // "du groupe d'amitié": part of a noun phrase, not a counterpart.
                c.complement = sent.is(i, &["du", "au"]) || is_complement(sent, i);
                c.country = country_in(sent, i, end, &cands, registry);
                extra.push(c);
                i = end;
                continue;
            }
            if let Some((len, role)) = description_at(sent, j, lex) {
                let mut end = j + len;
                // A demonym or a country complement gives the country.
                let mut country = None;
                if let Some(e) = registry.country_of_demonym(sent.word(end)) {
                    country = Some(e.id.clone());
                    end += 1;
                }
                // Followed by a name (directly or after a comma): part of it.
                let next = if sent.is(end, &[","]) { end + 1 } else { end };
                let named_follows = cands.iter().any(|c| {
                    c.start == next && matches!(c.kind, CandKind::Named(EntityKind::Person))
                }) || cands.iter().any(|c| {
                    c.start == end + 2
                        && sent.is(end, &["du", "de"])
                        && matches!(
                            c.kind,
                            CandKind::Named(EntityKind::Country | EntityKind::Organization)
                        )
                        && cands.iter().any(|p| {
                            p.start == c.end
                                && matches!(p.kind, CandKind::Named(EntityKind::Person))
                        })
                });
                if !named_follows {
                    let mut c = simple_cand(sent, i, end, CandKind::Description, norm, base);
                    if country.is_none() && sent.is(end, &["du", "de"]) {
                        country = cands
                            .iter()
                            .find(|c| {
                                (c.start == end + 1 || c.start == end + 2)
                                    && matches!(
                                        c.kind,
                                        CandKind::Named(
                                            EntityKind::Country | EntityKind::Organization
                                        )
                                    )
                            })
                            .and_then(|c| c.country.clone());
                    }
                    c.role = Some(role.to_string());
                    c.country = country;
                    extra.push(c);
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    cands.extend(extra);
    cands.sort_by_key(|c| (c.start, c.end));
    drop_descriptions_of_named(sent, &mut cands);
    country_from_apposition(sent, &mut cands, registry);
    cands
}

/// `Ingo Karsten, ambassadeur de l'Allemagne au Cambodge`: a person the
/// registry does not know takes the country of the role in apposition.
fn country_from_apposition(sent: &Sentence, cands: &mut [Cand], registry: &Registry) {
    const WINDOW: usize = 8;
    let found: Vec<(usize, String)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == CandKind::Named(EntityKind::Person) && c.country.is_none())
        .filter(|(_, c)| sent.is(c.end, &[","]))
        .filter_map(|(k, c)| {
            let from = c.end + 1;
            let to = (from + WINDOW).min(sent.tokens.len());
            let stop = (from..to)
                .find(|&i| sent.is(i, &[",", ";", "a", "ont", "est"]))
                .unwrap_or(to);
            let by_name = cands
                .iter()
                .find(|o| {
                    o.start >= from
                        && o.end <= stop
                        && matches!(o.kind, CandKind::Named(EntityKind::Country))
                        && !o.demonym
                })
                .and_then(|o| o.country.clone());
            let country = by_name.or_else(|| {
                (from..stop).find_map(|i| {
                    registry
                        .country_of_demonym(sent.word(i))
                        .map(|e| e.id.clone())
                })
            })?;
            Some((k, country))
        })
        .collect();
    for (k, country) in found {
        if let Some(c) = cands.get_mut(k) {
            c.country = Some(country);
        }
    }
}

/// A description followed in the same noun phrase by a name describes that
/// name: `le président du Sénat Maulen Ashimbayev`, `le président du
/// Mazhilis (Chambre basse) et président du Parti Amanat, Yerlan Koshanov`.
/// The phrase ends at a new determiner-led conjunct or a clause stop.
fn drop_descriptions_of_named(sent: &Sentence, cands: &mut Vec<Cand>) {
    const MAX_GAP: usize = 14;
    let mut drop = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        if c.kind != CandKind::Description {
            continue;
        }
        let next_actor = cands.iter().skip(k + 1).find(|n| {
            n.start >= c.end
                && matches!(
                    n.kind,
                    CandKind::Named(EntityKind::Person) | CandKind::Description | CandKind::Group
                )
        });
        let Some(next) = next_actor else { continue };
        if next.kind != CandKind::Named(EntityKind::Person) || next.start - c.end > MAX_GAP {
            continue;
        }
        let next_index = cands
            .iter()
            .position(|n| n.span == next.span && n.start == next.start);
        let broken = (c.end..next.start).any(|i| {
            sent.is(
                i,
                &[
                    ";", ":", "a", "ont", "est", "sont", "s", "se", "avait", "avaient", "avec",
                    "par", "pour", "qui", "que",
                ],
            ) || (sent.is(i, &["et", "ainsi", ","])
                && sent.is(i + 1, &["le", "la", "les", "l", "des", "son", "sa", "que"]))
        });
        if !broken {
            drop.push((k, next_index));
        }
    }
    // The described person takes the description's country and role when
    // the registry does not know them ("le vice-ministre chinois, M. Zhao").
    for &(k, next) in &drop {
        let (Some(desc), Some(next)) = (cands.get(k).cloned(), next) else {
            continue;
        };
        if let Some(person) = cands.get_mut(next) {
            if person.country.is_none() {
                person.country = desc.country.clone();
            }
            if person.title.is_none() {
                person.title = desc.role.clone().filter(|r| r != "*");
            }
        }
    }
    for (k, _) in drop.into_iter().rev() {
        cands.remove(k);
    }
}

/// The country a name's family name points to, for people the registry
/// does not know: Vietnamese family names (`Nguyễn`, `Trần`) are distinctive
/// enough to tell the country.
fn country_by_surname(name: &str) -> Option<String> {
    let first = name.split_whitespace().next()?;
    lexicons()
        .surnames
        .get(&crate::tokens::fold_word(first))
        .cloned()
}

/// Whether the phrase starting at token `start` complements a noun before
/// it: `du Kazakhstan`, `de l'ASEAN`, `du parti Amanat` (a common noun may
/// stand between the preposition and the name).
fn is_complement(sent: &Sentence, start: usize) -> bool {
    let mut i = start;
    for _ in 0..3 {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if sent.is(p, COMPLEMENT_MARKERS) {
            return true;
        }
        let common_noun = sent
            .tokens
            .get(p)
            .is_some_and(|t| !t.punct && !t.capitalized)
            && !sent.is(p, DETERMINERS)
            && !sent.is(p, &["avec", "et", "a", "par", "que"]);
        if !(sent.is(p, &["l", "la", "le", "les"]) || common_noun) {
            return false;
        }
        i = p;
    }
    false
}

fn description_at<'l>(sent: &Sentence, j: usize, lex: &'l Lexicons) -> Option<(usize, &'l str)> {
    lex.descriptions.iter().find_map(|(words, role)| {
        let all = words.iter().enumerate().all(|(k, w)| sent.word(j + k) == w);
        all.then_some((words.len(), role.as_str()))
    })
}

/// End of a group phrase: its complements, up to a coordination or a stop.
fn group_end(sent: &Sentence, mut j: usize, cands: &[Cand]) -> usize {
    let n = sent.tokens.len();
    while j < n {
        let t = &sent.tokens[j];
        if t.punct
            || sent.is(
                j,
                &[
                    "et", "ainsi", "ou", "qui", "pour", "afin", "lors", "ont", "a", "sur", "dans",
                    "en", "au",
                ],
            )
        {
            // "et employés de l'ambassade": a coordinated noun continues the group.
            if sent.is(j, &["et"]) && lexicons().groups.contains_key(sent.word(j + 1)) {
                j += 2;
                continue;
            }
            break;
        }
        if let Some(c) = cands.iter().find(|c| c.start == j) {
            if matches!(c.kind, CandKind::Named(EntityKind::Person)) {
                break;
            }
            j = c.end;
            continue;
        }
        j += 1;
    }
    j
}

fn country_in(
    sent: &Sentence,
    start: usize,
    end: usize,
    cands: &[Cand],
    registry: &Registry,
) -> Option<String> {
    for c in cands {
        if c.start >= start && c.end <= end {
            if let Some(country) = &c.country {
                return Some(country.clone());
            }
        }
    }
    (start..end).find_map(|i| {
        registry
            .country_of_demonym(sent.word(i))
            .map(|e| e.id.clone())
    })
}

fn simple_cand(
    sent: &Sentence,
    start: usize,
    end: usize,
    kind: CandKind,
    norm: &Normalized,
    base: usize,
) -> Cand {
    let rel_start = sent.tokens.get(start).map_or(0, |t| t.span.start);
    let rel_end = end
        .checked_sub(1)
        .and_then(|e| sent.tokens.get(e))
        .map_or(rel_start, |t| t.span.end);
    let text = sent.text_of(start, end);
    Cand {
        start,
        end,
        kind,
        key: crate::tokens::fold_word(&text),
        text,
        span: norm.to_original(Span::new(base + rel_start, base + rel_end)),
        entity: None,
        canonical: None,
        country: None,
        title: None,
        role: None,
        own: None,
        complement: false,
        demonym: false,
    }
}
