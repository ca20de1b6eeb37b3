//! Repair of words glued together where line breaks were removed
//! (`duVietnam`, `nationale(AN)`, `coopérationmultiforme`).
//!
//! The input is never rewritten: each repair is recorded as a
//! [`Repair`] (kind `split`, the original span and text, the text with the
//! space put back) and applied only in the [`Normalized`](crate::normalize::Normalized)
//! view.
//!
//! # Approach
//!
//! Every chunk of non-blank characters of a segment's title and paragraphs
//! is examined (see the `shape` and `words` modules for the rules):
//!
//! 1. **Shape** evidence is nearly certain and always applied: a lowercase
//!    letter then a capitalized word, an acronym then a capitalized word, a
//!    word glued to a parenthesis, a comma, semicolon or sentence end glued
//!    to the next word, a number glued to a word.
//! 2. **Word** evidence: a run of letters that is not a word but splits
//!    into two. The word knowledge is an embedded French word list (about
//!    90,000 forms plus suffix rules; see `data/README.md` for its source
//!    and licence), a short list of one- to three-letter words with
//!    frequency weights (a short part must be one of them, so rare short
//!    words never cause a split), a list of prefixes never split after, and
//!    the document's own vocabulary (a name the document uses alone is a
//!    word). Among possible splits, the one whose parts weigh most wins.
//! 3. Word evidence is applied only where the segment shows the regular
//!    glue of removed line breaks: some shape evidence, and enough split
//!    points for its length (one per [`GATE_BYTES`] bytes at least; old
//!    line-wrap positions recur every 60–100 characters). Clean text, where
//!    an unknown word may happen to split into two known ones, is then left
//!    alone, and costs no word lookups at all.

mod chunk;
pub(crate) mod lexicon;
mod shape;
mod vocab;
mod words;

/// Builds the repair lexicon and word lists now (see [`crate::prepare`]).
pub(crate) fn prepare() {
    lexicon::Lexicon::get();
    shape::prepare();
}

use crate::model::{Repair, RepairKind};
use crate::span::Span;
use crate::text::{char_at, is_blank, is_closer, is_terminal};
use chunk::Point;
pub(crate) use vocab::Vocab;

/// A segment needs at least one split point per this many bytes of text
/// before word evidence is trusted.
pub(crate) const GATE_BYTES: usize = 300;

/// The repairs of a segment whose title and paragraphs are `spans`.
pub(crate) fn repairs(input: &str, spans: &[Span], vocab: &mut Vocab<'_>) -> Vec<Repair> {
    let mut chars = Vec::new();
    let mut total = 0usize;
    // Shape evidence first: it is cheap, and a segment without any is not
    // glued text, so word evidence is not even looked for.
    let mut sure: Vec<Point> = Vec::new();
    for &span in spans {
        let Some(text) = input.get(span.start..span.end) else {
            continue;
        };
        total += text.len();
        let mut last_chunk = None;
        // Candidates come in order: one inside the chunk just examined needs
        // no new look (and no backward scan, which keeps a long run of
        // glued text linear).
        let mut chunk_end = 0usize;
        for at in shape_candidates(text.as_bytes()) {
            if last_chunk.is_some() && at < chunk_end {
                continue;
            }
            let (off, chunk) = enclosing_chunk(text, at);
            chunk_end = off + chunk.len();
            if last_chunk != Some(off) {
                last_chunk = Some(off);
                chunk::shape_points(chunk, span.start + off, &mut chars, &mut sure);
            }
        }
    }
    if sure.is_empty() {
        return Vec::new();
    }
    let mut lexical: Vec<Point> = Vec::new();
    for &span in spans {
        let Some(text) = input.get(span.start..span.end) else {
            continue;
        };
        let mut sentence_start = true;
        for (off, chunk) in chunks(text) {
            if needs_look(chunk) {
                chunk::word_points(
                    chunk,
                    span.start + off,
                    sentence_start,
                    vocab,
                    &mut chars,
                    &mut lexical,
                );
            }
            sentence_start = chunk.ends_with(|c: char| is_terminal(c) || c == ':' || is_closer(c));
        }
    }
    let found = sure.len() + lexical.len();
    let gate_open = found >= 2 && found * GATE_BYTES >= total;
    let mut at: Vec<usize> = sure.iter().map(|p| p.at).collect();
    if gate_open {
        at.extend(lexical.iter().map(|p| p.at));
    }
    at.sort_unstable();
    at.dedup();
    build(input, &at)
}

/// Chunks of non-blank characters with their offsets in `text`.
fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let start = next_where(text, pos, false);
        if start >= text.len() {
            return None;
        }
        let end = next_where(text, start, true);
        pos = end;
        text.get(start..end).map(|c| (start, c))
    })
}

/// The first byte at or after `from` where a character is blank (`blank`)
/// or is not, or the end of `text`. ASCII, most of any text, is read a
/// byte at a time.
fn next_where(text: &str, from: usize, blank: bool) -> usize {
    let mut i = from;
    while let Some((c, len)) = char_at(text, i) {
        if is_blank(c) == blank {
            return i;
        }
        i += len;
    }
    text.len()
}

/// Byte positions where a shape rule might apply: a byte pair that never
/// occurs inside a lowercase word (a capital after a lowercase letter or
/// another capital, a parenthesis or punctuation glued to a letter, digits
/// glued to letters). Scanning bytes keeps clean text cheap; the rules
/// themselves then look at whole characters.
fn shape_candidates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut from = 1usize;
    std::iter::from_fn(move || loop {
        let i = next_possible_pair(bytes, from)?;
        from = i + 1;
        if is_shape_candidate(bytes, i) {
            return Some(i);
        }
    })
}

/// The first byte at or after `from` (at least 1) that, with the byte
/// before it, may make a pair of [`shape_candidates`]: one table lookup per
/// byte rejects nearly every pair, the bits of the left byte's class
/// (shifted) and the right byte's having to meet.
#[inline]
fn next_possible_pair(bytes: &[u8], from: usize) -> Option<usize> {
    let class = |b: u8| PAIR_CLASS.get(usize::from(b)).copied().unwrap_or(0);
    let from = from.max(1);
    let window = bytes.get(from - 1..)?;
    let mut left = class(*window.first()?) >> 4;
    for (k, &b) in window.iter().enumerate().skip(1) {
        let here = class(b);
        if left & here != 0 {
            return Some(from - 1 + k);
        }
        left = here >> 4;
    }
    None
}

/// Whether the pair ending at byte `i` (at least 1) is a shape candidate.
fn is_shape_candidate(bytes: &[u8], i: usize) -> bool {
    let (Some(&a), Some(&b)) = (bytes.get(i.wrapping_sub(1)), bytes.get(i)) else {
        return false;
    };
    let glue = |a: u8| matches!(a, b')' | b',' | b';' | b'.' | b'!' | b'?');
    // `À`–`Þ` (U+00C0–U+00DE) and `Œ` are capitals in two bytes.
    let next = bytes.get(i + 1).copied().unwrap_or(b' ');
    let multi_upper = (b == 0xc3 && (0x80..=0x9e).contains(&next)) || (b == 0xc5 && next == 0x92);
    if b.is_ascii_uppercase() || multi_upper {
        a.is_ascii_alphanumeric() || a >= 0x80 || glue(a)
    } else if b.is_ascii_lowercase() || b >= 0xc3 {
        a.is_ascii_digit() || matches!(a, b')' | b',' | b';')
    } else if b.is_ascii_digit() {
        a.is_ascii_alphabetic() || a >= 0x80
    } else {
        b == b'(' && (a.is_ascii_alphanumeric() || a >= 0x80)
    }
}

/// Pair rules of [`shape_candidates`], one bit each: a capital after a
/// word byte or glue punctuation, a lowercase byte after a digit or `),;`,
/// a digit after a letter, `(` after a word byte.
const CAPITAL: u8 = 1;
const LOWER_AFTER_GLUE: u8 = 2;
const DIGIT_AFTER_LETTER: u8 = 4;
const PAREN: u8 = 8;

/// Per byte: in the low four bits, the rules it may be the right byte of;
/// in the high four bits, the rules it may be the left byte of. The first
/// byte of the input is never the right byte of a pair.
const PAIR_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        let alpha = c.is_ascii_alphabetic();
        let digit = c.is_ascii_digit();
        let high = c >= 0x80;
        let mut right = 0u8;
        if c.is_ascii_uppercase() || c == 0xc3 || c == 0xc5 {
            right |= CAPITAL;
        }
        if c.is_ascii_lowercase() || c >= 0xc3 {
            right |= LOWER_AFTER_GLUE;
        }
        if digit {
            right |= DIGIT_AFTER_LETTER;
        }
        if c == b'(' {
            right |= PAREN;
        }
        let mut left = 0u8;
        if alpha || digit || high || matches!(c, b')' | b',' | b';' | b'.' | b'!' | b'?') {
            left |= CAPITAL;
        }
        if digit || matches!(c, b')' | b',' | b';') {
            left |= LOWER_AFTER_GLUE;
        }
        if alpha || high {
            left |= DIGIT_AFTER_LETTER;
        }
        if alpha || digit || high {
            left |= PAREN;
        }
        t[b] = right | (left << 4);
        b += 1;
    }
    t
};

/// The chunk of non-blank characters around byte `at` of `text`, with its
/// offset.
fn enclosing_chunk(text: &str, at: usize) -> (usize, &str) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = text.get(..at).unwrap_or("");
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| is_blank(c))
        .map_or(0, |(p, c)| p + c.len_utf8());
    let end = next_where(text, at, true);
    (start, text.get(start..end).unwrap_or(""))
}

/// A quick filter: one- and two-letter lowercase words are never glued
/// pairs (`de`, `la`).
fn needs_look(chunk: &str) -> bool {
    chunk.len() > 2 || !chunk.bytes().all(|b| b.is_ascii_lowercase())
}

/// Turns sorted insertion points into repairs, one per glued word group.
fn build(input: &str, at: &[usize]) -> Vec<Repair> {
    let mut out: Vec<Repair> = Vec::new();
    let mut groups: Vec<(Span, Vec<usize>)> = Vec::new();
    for &p in at {
        let span = extent(input, p);
        match groups.last_mut() {
            Some((last, ps)) if span.start < last.end => {
                *last = Span::new(last.start, last.end.max(span.end));
                ps.push(p);
            }
            _ => groups.push((span, vec![p])),
        }
    }
    for (span, ps) in groups {
        let Some(original) = input.get(span.start..span.end) else {
            continue;
        };
        let mut replacement = String::with_capacity(original.len() + ps.len());
        let mut from = span.start;
        for p in ps {
            if let Some(piece) = input.get(from..p) {
                replacement.push_str(piece);
                replacement.push(' ');
                from = p;
            }
        }
        replacement.push_str(input.get(from..span.end).unwrap_or(""));
        out.push(Repair {
            kind: RepairKind::Split,
            span,
            original: original.to_string(),
            replacement,
        });
    }
    out
}

/// The glued word group around insertion point `p`: the word before it
/// (with the punctuation it is glued to) and the word after it.
fn extent(input: &str, p: usize) -> Span {
    let before = input.get(..p).unwrap_or("");
    let after = input.get(p..).unwrap_or("");
    let word = |c: char| c.is_alphanumeric() || is_mark(c);
    let mut start = p;
    let mut back = before.chars().rev().peekable();
    if let Some(&c) = back.peek() {
        if matches!(c, ',' | ';' | '.' | '!' | '?' | ')') {
            start -= c.len_utf8();
            back.next();
        }
    }
    for c in back.by_ref() {
        if !word(c) {
            if c == '(' {
                start -= 1;
            }
            break;
        }
        start -= c.len_utf8();
    }
    let mut end = p;
    let mut fwd = after.chars().peekable();
    if fwd.peek() == Some(&'(') {
        end += 1;
        fwd.next();
    }
    let mut closed = false;
    for c in fwd {
        if !word(c) {
            closed = c == ')' && input.get(start..p).is_some_and(|s| !s.contains('('));
            break;
        }
        end += c.len_utf8();
    }
    if closed && input.get(p..p + 1) == Some("(") {
        end += 1;
    }
    Span::new(start, end)
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | 'ᵉ' | 'ʳ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixes(text: &str) -> Vec<(String, String)> {
        let mut vocab = Vocab::new(text);
        repairs(text, &[Span::new(0, text.len())], &mut vocab)
            .into_iter()
            .map(|r| (r.original, r.replacement))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn candidates_are_found_wherever_they_fall() {
        // The scan's answer is the pair test's at every byte: candidates
        // at several offsets, after text of every kind.
        let base = "les mots d'une phrase-type sans rien ";
        for pad in 0..9 {
            for glued in [
                "duVietnam",
                "nationale(AN)",
                "3mars",
                "en2025",
                "économique,les",
            ] {
                let text = format!("{}{}{glued} et la suite", &base[..pad], base);
                let slow: Vec<usize> = (1..text.len())
                    .filter(|&i| {
                        let class = |b: u8| PAIR_CLASS[usize::from(b)];
                        let (a, b) = (text.as_bytes()[i - 1], text.as_bytes()[i]);
                        class(a) >> 4 & class(b) != 0 && is_shape_candidate(text.as_bytes(), i)
                    })
                    .collect();
                let fast: Vec<usize> = shape_candidates(text.as_bytes()).collect();
                assert!(!fast.is_empty(), "{text}");
                assert_eq!(fast, slow, "{text}");
            }
        }
    }

    #[test]
    fn shape_splits() {
        let got = fixes("Le Parti duVietnam et l'Assemblée nationale(AN) du (PCV)Nguyen avec l'ANNguyen, économique,les et 3mars.");
        assert!(got.contains(&pair("duVietnam", "du Vietnam")), "{got:?}");
        assert!(
            got.contains(&pair("nationale(AN)", "nationale (AN)")),
            "{got:?}"
        );
        assert!(
            got.contains(&pair("(PCV)Nguyen", "(PCV) Nguyen")),
            "{got:?}"
        );
        assert!(got.contains(&pair("ANNguyen", "AN Nguyen")), "{got:?}");
        assert!(
            got.contains(&pair("économique,les", "économique, les")),
            "{got:?}"
        );
        assert!(got.contains(&pair("3mars", "3 mars")), "{got:?}");
    }

    #[test]
    fn word_splits_when_glue_is_regular() {
        let text = "Les liens de coopérationmultiforme entre les pays amistraditionnels, dont leVietnam, ont permis derenforcer les relations et il a demandéaux deux pays,de continuer.";
        let got = fixes(text);
        for (a, b) in [
            ("coopérationmultiforme", "coopération multiforme"),
            ("amistraditionnels", "amis traditionnels"),
            ("derenforcer", "de renforcer"),
            ("demandéaux", "demandé aux"),
        ] {
            assert!(got.contains(&pair(a, b)), "{a}: {got:?}");
        }
    }

    #[test]
    fn clean_text_is_left_alone() {
        let text = "Le 3,5 % de croissance, M. Xi et A. Bakayev, vietnamien(ne)s, 80e anniversaire, n°230-KL/TW, 4ᵉ session, McDonald, french.news.cn, 10 milliards d'USD.";
        assert_eq!(fixes(text), Vec::<(String, String)>::new());
    }
}
