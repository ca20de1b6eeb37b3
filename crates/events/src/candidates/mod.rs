//! Actor candidates of a sentence: the names detection found, plus role
//! descriptions (`le secrétaire général`), groups (`des représentants des
//! partis politiques`), subject pronouns and `les deux parties`, each with a
//! token range, a country when the text gives one, and whether it is only
//! the complement of a noun (`du Kazakhstan`).

mod apposition;
mod complements;
mod cursor;
mod descriptions;
mod groups;
mod pronouns;

use crate::analysis::{lexicons, Cand, CandKind, Sentence, DETERMINERS};
use crate::word_table::WordTable;
use complements::is_complement;
use cursor::TokenCursor;
use depeche_names::shared;
use depeche_names::{EntityKind, Mention, Registry};
use depeche_parse::normalize::Normalized;
use depeche_parse::Span;
use std::sync::Arc;

/// Plural titles of leaders that, bare and as a subject, name the two
/// sides: "les présidents", "les chefs d'État".
const BARE_LEADERS: &[&[&str]] = &[
    &["presidents"],
    &["dirigeants"],
    &["chefs", "d", "etat"],
    &["premiers", "ministres"],
];

/// Words that may stand between a subject and its verb: "les présidents
/// se sont entretenus", "ne se rendront pas", "y ont assisté".
const SUBJECT_CLITICS: &[&str] = &["se", "s", "ne", "n", "y", "sont", "ont", "vont"];

/// Adjectives that may stand between a determiner and a role or group
/// noun: "le haut représentant", "les anciens ministres".
const LEADING_ADJECTIVES: &[&str] = &[
    "haut", "hauts", "nouveau", "nouvel", "nouvelle", "ancien", "anciens", "ex", "premier",
];

/// The actor candidates of `sent`, in token order.
pub(crate) fn candidates(
    sent: &Sentence,
    unit_mentions: &[Mention],
    registry: &Registry,
    norm: &Normalized,
) -> Vec<Cand> {
    let mut cands = named_candidates(sent, unit_mentions, norm);
    // "l'ordre Agostinho Neto", "du Ouissam Alaouite": a name in an
    // honour's is the honour, no person who acts.
    cands.retain(|c| {
        c.kind != CandKind::Named(EntityKind::Person) || !crate::honours::in_honour_name(sent, c)
    });
    let scan = Scan::new(sent, norm, registry, &cands);
    let extra = scan.unnamed_candidates(&mut cands);
    // Room for exactly these when there are more than room was made for:
    // the list is kept for the whole segment, and is shrunk below.
    cands.reserve_exact(extra.len());
    cands.extend(extra);
    cands.sort_by_key(|c| (c.start, c.end));
    apposition::drop_descriptions_of_named(sent, &mut cands);
    apposition::country_from_apposition(sent, &mut cands, registry);
    // Kept for the whole segment: no spare room from growing.
    cands.shrink_to_fit();
    cands
}

/// Room made beside the names for the candidates no name gives: a
/// sentence has one or two.
const UNNAMED_ROOM: usize = 2;

/// The names detection found inside `sent`, as candidates over its tokens.
fn named_candidates(sent: &Sentence, unit_mentions: &[Mention], norm: &Normalized) -> Vec<Cand> {
    let base = sent.norm_offset;
    let sent_end = base + sent.text.len();
    // The caller gives the mentions starting in the sentence: nearly all
    // become candidates, and room for them all and for the one or two
    // candidates of no name a sentence has spares growing the list, which
    // copies it.
    let mut named = Vec::with_capacity(unit_mentions.len() + UNNAMED_ROOM);
    let mut cursor = TokenCursor::new(sent);
    let found = unit_mentions
        .iter()
        .filter(|m| m.span.start >= base && m.span.end <= sent_end)
        .filter_map(|m| {
            let rel = Span::new(m.span.start - base, m.span.end - base);
            let (start, end) = cursor.range(rel);
            (end > start).then(|| named_candidate(sent, m, norm, start, end))
        });
    named.extend(found);
    named
}

fn named_candidate(
    sent: &Sentence,
    m: &Mention,
    norm: &Normalized,
    start: usize,
    end: usize,
) -> Cand {
    let country = m.country.clone().or_else(|| {
        (m.kind == EntityKind::Person && m.entity.is_none())
            .then(|| country_by_surname(&m.text))
            .flatten()
    });
    Cand {
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
        // "avec le chef du gouvernement Aziz Akhannouch": a name after a
        // role stands where the role stands, not in the role's complement.
        complement: is_complement(
            sent,
            descriptions::description_before(sent, start, lexicons()).unwrap_or(start),
        ),
        demonym: m.method == depeche_names::Method::Demonym,
    }
}

/// The scan for candidates no name gives: pronouns, `les deux parties`,
/// groups and role descriptions, on the tokens no name covers.
struct Scan<'a> {
    sent: &'a Sentence,
    norm: &'a Normalized,
    registry: &'a Registry,
    /// Tokens covered by a named candidate (the named candidates do not
    /// change during the scan, so they are marked once).
    covered: Vec<bool>,
}

impl<'a> Scan<'a> {
    fn new(
        sent: &'a Sentence,
        norm: &'a Normalized,
        registry: &'a Registry,
        named: &[Cand],
    ) -> Self {
        let n = sent.tokens.len();
        let mut covered = vec![false; named.iter().map(|c| c.end).fold(n, usize::max)];
        for c in named {
            for t in covered.get_mut(c.start..c.end).unwrap_or_default() {
                *t = true;
            }
        }
        Scan {
            sent,
            norm,
            registry,
            covered,
        }
    }

    fn occupied(&self, i: usize) -> bool {
        self.covered.get(i).copied().unwrap_or(false)
    }

    /// Whether token `i` may open an unnamed candidate: its word is one of
    /// the first words [`Scan::both_sides_at`] (`deux`, `les`),
    /// [`Scan::pronoun_at`] (subject and object pronouns, `lui`) and
    /// [`Scan::noun_phrase_at`] (the determiners) read. A debug assertion,
    /// run by every test, checks the other tokens give none.
    fn opens_candidate(&self, i: usize, w: &[u8]) -> bool {
        let opens = openers().contains(w);
        debug_assert!(
            opens || (self.both_sides_at(i, w).is_none() && self.pronoun_at(i, w).is_none()),
            "{:?} opens a candidate",
            self.sent.word(i)
        );
        opens
    }

    /// A candidate of tokens `[start, end)` with no name behind it.
    fn cand(&self, start: usize, end: usize, kind: CandKind) -> Cand {
        simple_cand(
            self.sent,
            start,
            end,
            kind,
            self.norm,
            self.sent.norm_offset,
        )
    }

    /// Every unnamed candidate, left to right. `named` may gain a role: a
    /// description right before a name ("son homologue turc, Hakan Fidan")
    /// marks that name as the counterpart.
    fn unnamed_candidates(&self, named: &mut [Cand]) -> Vec<Cand> {
        let mut extra = Vec::new();
        let mut i = 0;
        while i < self.sent.tokens.len() {
            // The words that open none stand for most tokens of a sentence:
            // one look at the word spares the three readings below, which
            // are given the word rather than each fetching it again.
            let w = self.sent.tokens.word_bytes(i);
            let found = if self.occupied(i) || !self.opens_candidate(i, w) {
                None
            } else {
                self.both_sides_at(i, w)
                    .or_else(|| self.pronoun_at(i, w))
                    .or_else(|| self.noun_phrase_at(i, w, named))
            };
            match found {
                Some((cand, next)) => {
                    let (more, end) = match &cand {
                        Some(c) => self.listed_nationalities(c, next),
                        None => (Vec::new(), next),
                    };
                    extra.extend(cand);
                    extra.extend(more);
                    i = end;
                }
                None => i += 1,
            }
        }
        extra
    }

    /// `les deux parties`, `des deux pays`, `aux deux chefs d'État` (not
    /// `les deux chambres`): the words of `data/both_sides.tsv`, the role
    /// of each side's person kept for resolution. `w` is token `i`'s word.
    fn both_sides_at(&self, i: usize, w: &[u8]) -> Option<(Option<Cand>, usize)> {
        let sent = self.sent;
        if w == b"deux" && i > 0 && sent.is(i - 1, &["les", "des", "aux"]) {
            let found = lexicons()
                .both_sides
                .iter()
                .find(|(words, _)| sent.phrase_at(i + 1, words));
            if let Some((words, role)) = found {
                let end = i + 1 + words.len();
                let mut cand = self.cand(i - 1, end, CandKind::BothParties);
                cand.role = role.clone();
                return Some((Some(cand), end));
            }
        }
        let end = self.bare_leaders_at(i, w)?;
        Some((Some(self.cand(i, end, CandKind::BothParties)), end))
    }

    /// "Les présidents participeront", "les chefs d'État ont assisté": a
    /// bare plural title of leaders as the subject of a verb right after
    /// it, with no complement or adjective that would name other people
    /// ("les présidents des deux chambres", "les dirigeants africains"),
    /// is the two sides. The end of the title, past its last word. `w` is
    /// token `i`'s word.
    fn bare_leaders_at(&self, i: usize, w: &[u8]) -> Option<usize> {
        let sent = self.sent;
        if w != b"les" || !i.checked_sub(1).is_none_or(|p| sent.is(p, &[",", "et"])) {
            return None;
        }
        let title = BARE_LEADERS.iter().find(|title| {
            title.iter().enumerate().all(|(k, t)| {
                sent.tokens.word_bytes(i + 1 + k) == t.as_bytes() && !self.occupied(i + 1 + k)
            })
        })?;
        let end = i + 1 + title.len();
        let next = sent.word(end);
        let verb_follows = sent.is_auxiliary(end)
            || sent.is(end, SUBJECT_CLITICS)
            || next.ends_with("ront")
            || next.ends_with("ent");
        verb_follows.then_some(end)
    }

    /// A group or a role description opened by a determiner at `i`, an
    /// adjective allowed before its noun ("le haut représentant"). `w` is
    /// token `i`'s word.
    fn noun_phrase_at(
        &self,
        i: usize,
        w: &[u8],
        named: &mut [Cand],
    ) -> Option<(Option<Cand>, usize)> {
        let sent = self.sent;
        if !determiners().contains(w) {
            return None;
        }
        let mut j = i + 1;
        if sent.is(j, LEADING_ADJECTIVES) && !sent.is(j + 1, &["ministre", "ministres"]) {
            j += 1;
        }
        if let Some(group) = self.group_at(i, j, named) {
            return Some(group);
        }
        let lex = lexicons();
        self.description_at(i, j, lex, named).map(|c| {
            let end = c.end;
            (Some(c), end)
        })
    }
}

/// The words of [`DETERMINERS`] (`d`, `les` and `des` among them), as a
/// table: asked of every opener and of the words before names.
fn determiners() -> &'static WordTable {
    static DETERMINER_TABLE: std::sync::OnceLock<WordTable> = std::sync::OnceLock::new();
    DETERMINER_TABLE.get_or_init(|| WordTable::new(DETERMINERS.iter().copied()))
}

/// The words of [`Scan::opens_candidate`].
fn opener_words() -> impl Iterator<Item = &'static str> {
    let pronouns = [
        "deux", "les", "lui", "l", "le", "la", "il", "elle", "ils", "elles",
    ];
    let articles = ["d", "les", "des"];
    pronouns
        .into_iter()
        .chain(articles)
        .chain(DETERMINERS.iter().copied())
}

/// The words of [`Scan::opens_candidate`], gathered once: asked of nearly
/// every token, so a table of their lengths and first letters, not a hash.
/// Gathering them builds the scan's other tables too: preparing an
/// extractor asks for these, and so leaves none to its first sentence.
pub(crate) fn openers() -> &'static WordTable {
    static OPENERS: std::sync::OnceLock<WordTable> = std::sync::OnceLock::new();
    OPENERS.get_or_init(|| {
        determiners();
        descriptions::role_words();
        groups::group_heads();
        crate::honours::honour_words();
        WordTable::new(opener_words())
    })
}

/// The country a name's family name points to, for people the registry
/// does not know: Vietnamese family names (`Nguyễn`, `Trần`) are distinctive
/// enough to tell the country.
fn country_by_surname(name: &str) -> Option<Arc<str>> {
    let first = name.split_whitespace().next()?;
    lexicons()
        .surnames
        .get(&crate::tokens::fold_word(first))
        .map(|c| shared(c))
}

fn simple_cand(
    sent: &Sentence,
    start: usize,
    end: usize,
    kind: CandKind,
    norm: &Normalized,
    base: usize,
) -> Cand {
    let rel_start = sent.tokens.get(start).map_or(0, |t| t.span().start);
    let rel_end = end
        .checked_sub(1)
        .and_then(|e| sent.tokens.get(e))
        .map_or(rel_start, |t| t.span().end);
    let text = sent.text_of(start, end);
    Cand {
        start,
        end,
        kind,
        key: shared(&crate::tokens::fold_word(&text)),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::word_table::tests::{varied_words, with_near_misses};
    use rustc_hash::FxHashSet;

    #[test]
    fn the_opener_table_holds_the_openers_and_nothing_else() {
        let set: FxHashSet<&str> = opener_words().collect();
        let own: Vec<&str> = set.iter().copied().collect();
        let mut tried = varied_words();
        tried.extend(with_near_misses(&own));
        let mut opening = 0;
        for w in &tried {
            let opens = openers().contains(w.as_bytes());
            assert_eq!(opens, set.contains(w.as_str()), "{w:?}");
            opening += usize::from(opens);
        }
        assert!(opening > own.len(), "the text has openers");
    }

    #[test]
    fn the_determiner_table_holds_the_determiners_and_nothing_else() {
        let mut tried = varied_words();
        tried.extend(with_near_misses(DETERMINERS));
        let mut found = 0;
        for w in &tried {
            let general = DETERMINERS.contains(&w.as_str());
            assert_eq!(determiners().contains(w.as_bytes()), general, "{w:?}");
            found += usize::from(general);
        }
        assert!(found > DETERMINERS.len(), "the text has determiners");
    }
}
