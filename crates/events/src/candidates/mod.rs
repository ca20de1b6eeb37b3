//! Actor candidates of a sentence: the names detection found, plus role
//! descriptions (`le secrétaire général`), groups (`des représentants des
//! partis politiques`), subject pronouns and `les deux parties`, each with a
//! token range, a country when the text gives one, and whether it is only
//! the complement of a noun (`du Kazakhstan`).

mod apposition;
mod descriptions;
mod groups;

use crate::analysis::{
    lexicons, Cand, CandKind, Sentence, ARTICLES, COMPLEMENT_MARKERS, DETERMINERS,
};
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
    cands.extend(extra);
    cands.sort_by_key(|c| (c.start, c.end));
    apposition::drop_descriptions_of_named(sent, &mut cands);
    apposition::country_from_apposition(sent, &mut cands, registry);
    // Kept for the whole segment: no spare room from growing.
    cands.shrink_to_fit();
    cands
}

/// The names detection found inside `sent`, as candidates over its tokens.
fn named_candidates(sent: &Sentence, unit_mentions: &[Mention], norm: &Normalized) -> Vec<Cand> {
    let base = sent.norm_offset;
    let sent_end = base + sent.text.len();
    unit_mentions
        .iter()
        .filter(|m| m.span.start >= base && m.span.end <= sent_end)
        .filter_map(|m| {
            let rel = Span::new(m.span.start - base, m.span.end - base);
            let start = sent.token_at(rel.start);
            let end = sent
                .tokens
                .iter()
                .rposition(|t| t.span().start < rel.end)
                .map_or(start, |i| i + 1);
            (end > start).then(|| named_candidate(sent, m, norm, start, end))
        })
        .collect()
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
    fn opens_candidate(&self, i: usize) -> bool {
        let opens = openers().contains(self.sent.word(i));
        debug_assert!(
            opens || (self.both_sides_at(i).is_none() && self.pronoun_at(i).is_none()),
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
            // one look at the word spares the three readings below.
            let found = if self.occupied(i) || !self.opens_candidate(i) {
                None
            } else {
                self.both_sides_at(i)
                    .or_else(|| self.pronoun_at(i))
                    .or_else(|| self.noun_phrase_at(i, named))
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
    /// of each side's person kept for resolution.
    fn both_sides_at(&self, i: usize) -> Option<(Option<Cand>, usize)> {
        let sent = self.sent;
        if sent.word(i) == "deux" && i > 0 && sent.is(i - 1, &["les", "des", "aux"]) {
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
        let end = self.bare_leaders_at(i)?;
        Some((Some(self.cand(i, end, CandKind::BothParties)), end))
    }

    /// "Les présidents participeront", "les chefs d'État ont assisté": a
    /// bare plural title of leaders as the subject of a verb right after
    /// it, with no complement or adjective that would name other people
    /// ("les présidents des deux chambres", "les dirigeants africains"),
    /// is the two sides. The end of the title, past its last word.
    fn bare_leaders_at(&self, i: usize) -> Option<usize> {
        let sent = self.sent;
        if !sent.is(i, &["les"]) || !i.checked_sub(1).is_none_or(|p| sent.is(p, &[",", "et"])) {
            return None;
        }
        let title = BARE_LEADERS.iter().find(|title| {
            title
                .iter()
                .enumerate()
                .all(|(k, w)| sent.word(i + 1 + k) == *w && !self.occupied(i + 1 + k))
        })?;
        let end = i + 1 + title.len();
        let next = sent.word(end);
        let verb_follows = sent.is_auxiliary(end)
            || sent.is(end, SUBJECT_CLITICS)
            || next.ends_with("ront")
            || next.ends_with("ent");
        verb_follows.then_some(end)
    }

    /// Subject pronouns, and the indirect object `lui` before an
    /// auxiliary: "Il lui a transmis …" — it stands for the other party of
    /// the last exchange and is never the clause's subject.
    fn pronoun_at(&self, i: usize) -> Option<(Option<Cand>, usize)> {
        let sent = self.sent;
        let w = sent.word(i);
        if (w == "lui" && sent.is_auxiliary(i + 1)) || self.object_clitic_at(i) {
            let mut c = self.cand(i, i + 1, CandKind::Pronoun);
            c.complement = true;
            return Some((Some(c), i + 1));
        }
        if !matches!(w, "il" | "elle" | "ils" | "elles") {
            return None;
        }
        // "Il y a" is not a pronoun subject of an event.
        let pronoun = (!sent.is(i + 1, &["y"])).then(|| self.cand(i, i + 1, CandKind::Pronoun));
        Some((pronoun, i + 1))
    }

    /// "X l'a reçu", "X les recevra", "X la rencontrera": an object
    /// pronoun right before an auxiliary or a verb in the future, which an
    /// article never is.
    fn object_clitic_at(&self, i: usize) -> bool {
        let sent = self.sent;
        if !sent.is(i, &["l", "le", "la", "les"]) {
            return false;
        }
        let Some(next) = sent.tokens.get(i + 1) else {
            return false;
        };
        let w = sent.word(i + 1);
        let future = !next.capitalized
            && w.len() > 5
            && (w.ends_with("ra") || w.ends_with("ront") || w.ends_with("rait"));
        (sent.is_auxiliary(i + 1) && !sent.is(i + 1, &["est", "sont", "etait"])) || future
    }

    /// A group or a role description opened by a determiner at `i`, an
    /// adjective allowed before its noun ("le haut représentant").
    fn noun_phrase_at(&self, i: usize, named: &mut [Cand]) -> Option<(Option<Cand>, usize)> {
        let sent = self.sent;
        if !(sent.is(i, DETERMINERS) || sent.is(i, &["d", "les", "des"])) {
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

/// The words of [`Scan::opens_candidate`], gathered once.
pub(crate) fn openers() -> &'static rustc_hash::FxHashSet<&'static str> {
    static OPENERS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    OPENERS.get_or_init(|| {
        let pronouns = [
            "deux", "les", "lui", "l", "le", "la", "il", "elle", "ils", "elles",
        ];
        let articles = ["d", "les", "des"];
        pronouns
            .into_iter()
            .chain(articles)
            .chain(DETERMINERS.iter().copied())
            .collect()
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

/// Whether the phrase starting at token `start` complements a noun before
/// it: `du Kazakhstan`, `de l'ASEAN`, `du parti Amanat` (a common noun may
/// stand between the preposition and the name).
/// Relative pronouns after a preposition ("de laquelle", "lors
/// duquel"), folded.
const RELATIVE_PRONOUNS: &[&str] = &[
    "laquelle",
    "lequel",
    "lesquels",
    "lesquelles",
    "duquel",
    "auquel",
    "desquels",
    "quoi",
];

fn is_complement(sent: &Sentence, start: usize) -> bool {
    let mut i = start;
    for _ in 0..3 {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if sent.is(p, COMPLEMENT_MARKERS) {
            // "auprès du Premier ministre X": a compound preposition, whose
            // object is an argument.
            return !p.checked_sub(1).is_some_and(|q| sent.is(q, &["aupres"]));
        }
        let common_noun = sent
            .tokens
            .get(p)
            .is_some_and(|t| !t.punct && !t.capitalized)
            && !sent.is(p, DETERMINERS)
            && !sent.is(p, &["avec", "et", "a", "par", "que"])
            // "au cours de laquelle le roi X a décerné": a relative
            // pronoun opens a clause, whose subject the name is.
            && !sent.is(p, RELATIVE_PRONOUNS);
        if !(sent.is(p, ARTICLES) || common_noun) {
            return false;
        }
        i = p;
    }
    false
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
