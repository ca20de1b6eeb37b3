//! Shape evidence of glue: character patterns that do not occur inside a
//! French word. Each rule looks at one position of a chunk and may name the
//! character index where a space belongs.

use super::chunk::{digit, letter, lower, upper, Chunk};
use super::lexicon::{fold_into, Lexicon};
use crate::data;
use crate::text::is_apostrophe;
use std::sync::OnceLock;

/// Camel-case name starts that are not glue (`McDonald`, `MacArthur`).
const CAMEL_HEADS: [&str; 3] = ["Mc", "Mac", "Fitz"];

/// Letters that are an elided word before an apostrophe (`PCVs'est`).
const ELIDED_LETTERS: [char; 7] = ['s', 'l', 'd', 'n', 'c', 'j', 'm'];

/// A rule: given the chunk and a position `i` (between characters `i - 1`
/// and `i`), the index where a space goes, if the rule applies.
type Rule = fn(&Chunk<'_>, usize, &mut Vec<u8>) -> Option<usize>;

const RULES: [Rule; 10] = [
    camel_case,
    acronym_then_word,
    acronym_then_elision,
    article_then_acronym,
    word_then_paren,
    paren_then_word,
    comma_then_word,
    sentence_end_then_word,
    number_then_word,
    word_then_number,
];

/// The character indices of a chunk where shape says a space belongs.
pub(crate) fn points(chunk: &Chunk<'_>) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let mut buf = Vec::new();
    for i in 1..chunk.chars.len() {
        // Inside a lowercase word nothing is glued: the common case.
        if lower(chunk.at(i - 1)) && lower(chunk.at(i)) {
            continue;
        }
        if let Some(at) = RULES.iter().find_map(|rule| rule(chunk, i, &mut buf)) {
            if out.last() != Some(&at) {
                out.push(at);
            }
        }
    }
    out
}

/// Camel-case words that are known names (`AllAfrica`, `YouTube`).
fn camel_names() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| data::first_column(data::CAMEL_CASE).collect())
}

/// Builds the list of known camel-case names now.
pub(crate) fn prepare() {
    camel_names();
}

/// Whether a camel-case word is a known name (`AllAfrica`, `YouTube`).
fn known_camel(word: &str) -> bool {
    camel_names().contains(&word)
}

/// Whether the folded letters are a listed short word of weight `min` or more.
fn short_word(word: &str, min: u8, buf: &mut Vec<u8>) -> bool {
    fold_into(word, buf);
    Lexicon::get().short_weight(buf).is_some_and(|w| w >= min)
}

/// `duVietnam`, `affirméNguyen`, `NursultanNazarbayev`, `àMinsk`.
fn camel_case(c: &Chunk<'_>, i: usize, _: &mut Vec<u8>) -> Option<usize> {
    if !(lower(c.at(i - 1)) && upper(c.at(i)) && lower(c.at(i + 1))) {
        return None;
    }
    let head = c.letters_before(i);
    let left = c.part(head, i);
    let whole = c.part(head, c.letters_after(i));
    let long_enough = i - head >= 2 || matches!(left, "à" | "a");
    (long_enough && !CAMEL_HEADS.contains(&left) && !known_camel(whole)).then_some(i)
}

/// `ANNguyen`: an acronym then a capitalized word; `ASEANet`: an acronym
/// then a lowercase word (the words decide which).
fn acronym_then_word(c: &Chunk<'_>, i: usize, buf: &mut Vec<u8>) -> Option<usize> {
    if !(upper(c.at(i - 1)) && upper(c.at(i)) && lower(c.at(i + 1)) && lower(c.at(i + 2))) {
        return None;
    }
    let head = c.letters_before(i);
    let caps = c
        .chars
        .get(head..i)
        .is_some_and(|s| s.iter().all(|&(_, ch)| ch.is_uppercase()));
    if i - head < 2 || !caps {
        return None;
    }
    let end = c.letters_after(i);
    let tail = c.part(i + 1, end);
    fold_into(tail, buf);
    let lex = Lexicon::get();
    let tail_is_word =
        lex.short_weight(buf).is_some() || (tail.chars().count() >= 4 && lex.is_word(buf));
    Some(if tail_is_word { i + 1 } else { i })
}

/// `PCVs'est`: an acronym then an elided word.
fn acronym_then_elision(c: &Chunk<'_>, i: usize, _: &mut Vec<u8>) -> Option<usize> {
    let elided = c.at(i).is_some_and(|ch| ELIDED_LETTERS.contains(&ch));
    if !(upper(c.at(i - 1)) && elided && c.at(i + 1).is_some_and(is_apostrophe)) {
        return None;
    }
    let head = c.letters_before(i);
    (i - head >= 2).then_some(i)
}

/// `duPCV`, `desAE`: an article or preposition then an acronym.
fn article_then_acronym(c: &Chunk<'_>, i: usize, buf: &mut Vec<u8>) -> Option<usize> {
    if !(lower(c.at(i - 1)) && upper(c.at(i)) && upper(c.at(i + 1))) {
        return None;
    }
    let head = c.letters_before(i);
    short_word(c.part(head, i), 6, buf).then_some(i)
}

/// `nationale(AN)` (not `vietnamien(ne)`).
fn word_then_paren(c: &Chunk<'_>, i: usize, _: &mut Vec<u8>) -> Option<usize> {
    (c.at(i) == Some('(') && letter(c.at(i - 1)) && !suffix_parens(c, i)).then_some(i)
}

/// `(PCV)Nguyen`.
fn paren_then_word(c: &Chunk<'_>, i: usize, _: &mut Vec<u8>) -> Option<usize> {
    if !(c.at(i - 1) == Some(')') && letter(c.at(i))) {
        return None;
    }
    let open = c
        .chars
        .get(..i)
        .and_then(|s| s.iter().rposition(|&(_, ch)| ch == '('));
    open.is_some_and(|o| !suffix_parens(c, o)).then_some(i)
}

/// Whether `(…)` starting at index `i` holds a short lowercase suffix such
/// as `(s)`, `(e)` or `(ne)` (inclusive writing, not a glued acronym).
fn suffix_parens(c: &Chunk<'_>, i: usize) -> bool {
    let mut j = i + 1;
    while lower(c.at(j)) {
        j += 1;
    }
    j > i + 1 && j - i <= 4 && c.at(j) == Some(')')
}

/// `économique,les`, `défense;de` (not `3,5`).
fn comma_then_word(c: &Chunk<'_>, i: usize, _: &mut Vec<u8>) -> Option<usize> {
    let sep = matches!(c.at(i - 1), Some(',' | ';'));
    (sep && letter(c.at(i)) && i >= 2 && !digit(c.at(i - 2))).then_some(i)
}

/// `mandat.Lors`, `M.Xi`, `A.Bakayev`, `pays!Il`, `diplomatique.L'invitation`.
fn sentence_end_then_word(c: &Chunk<'_>, i: usize, _: &mut Vec<u8>) -> Option<usize> {
    let next_ok = lower(c.at(i + 1)) || c.at(i + 1).is_some_and(is_apostrophe);
    if !(matches!(c.at(i - 1), Some('.' | '!' | '?')) && upper(c.at(i)) && next_ok && i >= 2) {
        return None;
    }
    let head = c.letters_before(i - 1);
    let left = c.part(head, i - 1);
    let prose_word = i - 1 - head >= 2 && lower(c.at(i - 2));
    let initial = i - 1 - head == 1 && upper(c.at(i - 2)) && lower(c.at(i + 1));
    let title = matches!(left, "M" | "MM" | "Mme" | "Dr");
    // `J.-C.`, `U.S.`: dots earlier in the chunk make it an abbreviation.
    let dotted = c
        .chars
        .get(..head)
        .is_some_and(|s| s.iter().any(|&(_, ch)| ch == '.'));
    ((prose_word || initial || title) && !dotted).then_some(i)
}

/// `3mars`, `2025à`, `80eanniversaire` (after the ordinal suffix).
fn number_then_word(c: &Chunk<'_>, i: usize, buf: &mut Vec<u8>) -> Option<usize> {
    if !(digit(c.at(i - 1)) && letter(c.at(i))) {
        return None;
    }
    let end = c.letters_after(i);
    // Another digit after the letters: a code such as `A320` or `4x4`.
    if c.at(end).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let whole = c.part(i, end);
    let lex = Lexicon::get();
    for suffix in [
        "èmes", "ème", "eme", "ère", "er", "re", "es", "e", "ᵉʳ", "ᵉ", "",
    ] {
        let Some(rest) = whole.strip_prefix(suffix) else {
            continue;
        };
        if rest.is_empty() {
            return None;
        }
        fold_into(rest, buf);
        let known = if rest.chars().count() <= 3 {
            lex.short_weight(buf).is_some()
        } else {
            lex.is_word(buf)
        };
        if known && rest.starts_with(char::is_lowercase) {
            return Some(i + suffix.chars().count());
        }
    }
    None
}

/// `en2018`, `atteint12`: a lowercase word then a number.
fn word_then_number(c: &Chunk<'_>, i: usize, buf: &mut Vec<u8>) -> Option<usize> {
    if !(letter(c.at(i - 1)) && digit(c.at(i))) {
        return None;
    }
    let head = c.letters_before(i);
    let left = c.part(head, i);
    if !left.chars().all(char::is_lowercase) {
        return None;
    }
    fold_into(left, buf);
    let lex = Lexicon::get();
    let known = lex.short_weight(buf).is_some() || (left.chars().count() >= 4 && lex.is_word(buf));
    known.then_some(i)
}
