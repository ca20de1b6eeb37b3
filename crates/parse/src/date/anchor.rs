//! The words a date expression hangs on — a number, a month, a weekday or
//! a word of a relative phrase — found in one pass over a text.
//!
//! Most words of prose are none of these, and most of them are turned
//! away by their first and last letters and their length, before being
//! lowercased whole or looked up.

use super::lexicon;
use crate::text::{char_at, is_alphanumeric, lowercase_latin1};
use std::sync::OnceLock;

/// Byte offsets of the words (runs of letters and digits) that can anchor
/// a date expression: those that start with an ASCII digit, and the months,
/// weekdays and words of relative phrases, in any case.
pub(super) fn anchors(text: &str) -> Vec<usize> {
    let words = anchor_words();
    let mut out = Vec::new();
    let mut buf = [0u8; FOLD_BUF];
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        // Blanks and punctuation, the most common bytes between words,
        // seldom more than one or two in a row.
        if BYTE_CLASS.get(usize::from(b)) == Some(&SEPARATOR) {
            i += 1;
            continue;
        }
        let (end, letters) = word_end(text, i);
        if end == i {
            // A character of several bytes that is no letter or digit.
            i += char_at(text, i).map_or(1, |(_, len)| len);
            continue;
        }
        let word = text.get(i..end).unwrap_or_default();
        if b.is_ascii_digit() || words.holds(word, letters, &mut buf) {
            out.push(i);
        }
        i = end;
    }
    out
}

/// The characters a word is made of, as far as lowercasing it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Letters {
    /// ASCII: lowercased byte for byte.
    Ascii,
    /// Latin-1: lowercased character for character, each keeping its length.
    Latin1,
    /// Others, whose lowercase may be longer or shorter.
    Other,
}

/// The end of the run of letters and digits starting at `from`, and what
/// they are made of.
fn word_end(text: &str, from: usize) -> (usize, Letters) {
    let bytes = text.as_bytes();
    let mut end = from;
    let mut letters = Letters::Ascii;
    loop {
        end += run(bytes, end, ASCII_ALNUM);
        match char_at(text, end) {
            Some((c, len)) if !c.is_ascii() && is_alphanumeric(c) => {
                end += len;
                if c > '\u{ff}' {
                    letters = Letters::Other;
                } else if letters == Letters::Ascii {
                    letters = Letters::Latin1;
                }
            }
            _ => return (end, letters),
        }
    }
}

/// The first and last bytes of a word of Latin-1 letters once lowercased.
fn latin1_ends(word: &str) -> Option<(u8, u8)> {
    let mut chars = word.chars();
    let first = lowercase_latin1(chars.next()?)?;
    let last = match chars.next_back() {
        Some(c) => lowercase_latin1(c)?,
        None => first,
    };
    let (mut a, mut b) = ([0u8; 4], [0u8; 4]);
    let first = *first.encode_utf8(&mut a).as_bytes().first()?;
    let last = *last.encode_utf8(&mut b).as_bytes().last()?;
    Some((first, last))
}

/// How many bytes from `from` on are of `class` (of [`BYTE_CLASS`]): a
/// tight loop over the bytes, most of which are ASCII.
#[inline]
fn run(bytes: &[u8], from: usize, class: u8) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    rest.iter()
        .position(|&b| BYTE_CLASS.get(usize::from(b)).copied() != Some(class))
        .unwrap_or(rest.len())
}

/// An ASCII byte that is no letter or digit.
const SEPARATOR: u8 = 0;
/// An ASCII letter or digit.
const ASCII_ALNUM: u8 = 1;
/// A byte of a character of several bytes, to be decoded.
const WIDE: u8 = 2;

const BYTE_CLASS: [u8; 256] = {
    let mut t = [WIDE; 256];
    let mut b = 0usize;
    while b < 128 {
        t[b] = if (b as u8).is_ascii_alphanumeric() {
            ASCII_ALNUM
        } else {
            SEPARATOR
        };
        b += 1;
    }
    t
};

/// Longest lowercased word [`Anchors::holds`] writes; no anchor word is
/// nearly as long.
const FOLD_BUF: usize = 48;

/// The lowercased anchor words, the shortest and the longest of them in
/// bytes, and a bit per shape of them (see [`shape`]).
struct Anchors {
    words: rustc_hash::FxHashSet<String>,
    shortest: usize,
    longest: usize,
    shapes: [u64; SHAPE_WORDS],
}

const SHAPE_WORDS: usize = 64;

/// Where the shape of a lowercased word — its first and last bytes and its
/// length — falls in [`Anchors::shapes`]: a word whose bit is clear is no
/// anchor word.
fn shape(first: u8, last: u8, len: usize) -> (usize, u64) {
    let h = (usize::from(first) * 31 + usize::from(last)) * 31 + len;
    let bit = h % (SHAPE_WORDS * 64);
    (bit / 64, 1u64 << (bit % 64))
}

impl Anchors {
    /// Whether `word` (letters and digits made of `letters`), lowercased,
    /// is an anchor word. `buf` is scratch space.
    fn holds(&self, word: &str, letters: Letters, buf: &mut [u8; FOLD_BUF]) -> bool {
        let bytes = word.as_bytes();
        if letters != Letters::Other {
            // Lowercasing keeps the length of a Latin-1 word: its shape is
            // known before it is lowercased, and most words are turned
            // away by it (short ones, `le`, `de`, `et`, the most common).
            let ends = match letters {
                Letters::Ascii => bytes
                    .first()
                    .zip(bytes.last())
                    .map(|(a, b)| (a.to_ascii_lowercase(), b.to_ascii_lowercase())),
                _ => latin1_ends(word),
            };
            let shaped = bytes.len() >= self.shortest
                && ends.is_some_and(|(first, last)| self.may_hold(first, last, bytes.len()));
            if !shaped {
                return false;
            }
        }
        let len = if letters == Letters::Ascii {
            let Some(out) = buf.get_mut(..bytes.len()) else {
                return false;
            };
            out.copy_from_slice(bytes);
            out.make_ascii_lowercase();
            bytes.len()
        } else {
            let Some(len) = lowercase_into(word, buf, self.longest) else {
                return false;
            };
            len
        };
        let Some(folded) = buf.get(..len) else {
            return false;
        };
        if letters == Letters::Other {
            let ends = folded.first().zip(folded.last());
            if !ends.is_some_and(|(&first, &last)| self.may_hold(first, last, len)) {
                return false;
            }
        }
        std::str::from_utf8(folded).is_ok_and(|w| self.words.contains(w))
    }

    fn may_hold(&self, first: u8, last: u8, len: usize) -> bool {
        let (i, bit) = shape(first, last, len);
        self.shapes.get(i).is_some_and(|s| s & bit != 0)
    }
}

/// `word` lowercased (as [`char::to_lowercase`] does) into `buf`, and its
/// length; `None` past `max` bytes (lowercasing only ever adds to what is
/// written, so no anchor word can match then).
fn lowercase_into(word: &str, buf: &mut [u8; FOLD_BUF], max: usize) -> Option<usize> {
    let mut len = 0usize;
    let mut push = |c: char| {
        let end = len + c.len_utf8();
        if end > max {
            return None;
        }
        c.encode_utf8(buf.get_mut(len..end)?);
        len = end;
        Some(())
    };
    for c in word.chars() {
        match lowercase_latin1(c) {
            Some(l) => push(l)?,
            None => {
                for l in c.to_lowercase() {
                    push(l)?;
                }
            }
        }
    }
    Some(len)
}

fn anchor_words() -> &'static Anchors {
    static WORDS: OnceLock<Anchors> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut set = rustc_hash::FxHashSet::default();
        // Running text is French: other languages' names anchor nothing.
        set.extend(lexicon::french_names().map(lowercase));
        for (phrase, _) in lexicon::relative_phrases() {
            for w in phrase {
                // "l'année" anchors as "année", "aujourd'hui" as "aujourd"
                // and "hui"; articles alone do not anchor.
                for piece in lowercase(w).split(|c: char| !c.is_alphanumeric()) {
                    if piece.chars().count() >= 3 && !matches!(piece, "les" | "des" | "une" | "cet")
                    {
                        set.insert(piece.to_string());
                    }
                }
            }
        }
        let shortest = set.iter().map(String::len).min().unwrap_or(0);
        let longest = set.iter().map(String::len).max().unwrap_or(0);
        let mut shapes = [0u64; SHAPE_WORDS];
        for w in &set {
            let bytes = w.as_bytes();
            if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
                let (i, bit) = shape(first, last, bytes.len());
                if let Some(slot) = shapes.get_mut(i) {
                    *slot |= bit;
                }
            }
        }
        Anchors {
            words: set,
            shortest,
            longest,
            shapes,
        }
    })
}

fn lowercase(word: &str) -> String {
    word.chars().flat_map(char::to_lowercase).collect()
}

/// Builds the anchor words now (see [`crate::prepare`]).
pub(super) fn prepare() {
    anchor_words();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The anchors as they were first found: every run of alphanumeric
    /// characters lowercased whole and looked up.
    fn anchors_by_lookup(text: &str) -> Vec<usize> {
        let words = &anchor_words().words;
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let flush = |from: usize, to: usize, out: &mut Vec<usize>| {
            let word = &text[from..to];
            if word.starts_with(|c: char| c.is_ascii_digit()) || words.contains(&lowercase(word)) {
                out.push(from);
            }
        };
        for (i, c) in text.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    flush(s, i, &mut out);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            flush(s, text.len(), &mut out);
        }
        out
    }

    fn assert_same_anchors(text: &str) {
        assert_eq!(anchors(text), anchors_by_lookup(text), "{text:?}");
    }

    fn letters_of(word: &str) -> Letters {
        word_end(word, 0).1
    }

    #[test]
    fn words_are_told_by_their_letters() {
        assert_eq!(word_end("Lundi, 3", 0), (5, Letters::Ascii));
        assert_eq!(word_end("Août 2024", 0), (5, Letters::Latin1));
        assert_eq!(word_end("İstanbul", 0), (9, Letters::Other));
        assert_eq!(word_end("œuvre", 0), (6, Letters::Other));
        assert_eq!(latin1_ends("Août"), Some((b'a', b't')));
        assert_eq!(latin1_ends("ÉTÉ"), Some((0xc3, 0xa9)));
        assert_eq!(latin1_ends("x"), Some((b'x', b'x')));
        assert_eq!(latin1_ends("œ"), None);
    }

    #[test]
    fn every_anchor_word_anchors_in_any_case() {
        let mut buf = [0u8; FOLD_BUF];
        let words = anchor_words();
        for w in &words.words {
            for form in [w.clone(), w.to_uppercase(), crate::date::capitalized(w)] {
                assert!(words.holds(&form, letters_of(&form), &mut buf), "{form}");
                assert_eq!(anchors(&format!("« {form} »")), [3], "{form}");
            }
        }
        for w in ["le", "de", "président", "Hanoï", "visite", "x", "lundis"] {
            assert!(!words.holds(w, letters_of(w), &mut buf), "{w}");
        }
    }

    #[test]
    fn same_anchors_as_a_lookup_of_every_word() {
        let mut texts: Vec<String> = [
            "Le président est arrivé à Hanoï le 3 mars 2024, puis mardi dernier.",
            "AUJOURD'HUI, l’année prochaine, avant-hier et après-demain ; cette nuit.",
            "Du jeudi 23 au vendredi 24 juin 2022, la délégation (12 membres) a visité.",
            "En AOÛT, en Août, en aout ; FÉVRIER, Février, févr., déc. 31/12/2023.",
            "n°230-KL/TW, 2ᵉ, 1er, 3ème, ½, ²³, ª, º, µs, œuvre, Œuvre, cœur.",
            "İstanbul, ǅemal, KELVIN (\u{212a}), ΣΟΦΙΑ, Москва, 東京, عمان, Ꙃ.",
            "Semaine SEMAINE semaine- -semaine mois-ci l'an dernier, passé, PASSÉE.",
            "déjà été là où ça ÇA Ça ÉTÉ Élysée DERNIÈRE dernière Dernière prochaine.",
            "lundimardi, 3mars, mars3, hier’hier, demain\u{a0}matin, soir\u{202f}!",
            "",
            " ",
            "x",
            "9",
            "é",
            "\u{0301}e\u{0301}",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for w in &anchor_words().words {
            texts.push(format!(
                "Il viendra {w}, {} et {}.",
                w.to_uppercase(),
                crate::date::capitalized(w)
            ));
            texts.push(format!("{w}s {w}é é{w} {w}2 2{w}"));
        }
        for text in &texts {
            assert_same_anchors(text);
        }
    }

    proptest::proptest! {
        /// The same on texts of words, accents, digits and marks in any order.
        #[test]
        fn same_anchors_in_any_order(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "le", "Le", "lundi", "LUNDI", "mars", "Mars", "août", "AOÛT", "Août",
                    "février", "FÉVRIER", "déc", "hier", "Hier", "aujourd", "hui", "'",
                    "’", "année", "ANNÉE", "dernière", "passé", "3", "1er", "2024", "²",
                    "é", "É", "ç", "œ", "İ", "\u{212a}", "ǅ", "-", ",", ".", " ", "\u{a0}",
                    "président", "Hanoï", "semaine", "ce", "matin", "soir", "x", "",
                ]),
                0..16,
            ),
        ) {
            assert_same_anchors(&words.concat());
            assert_same_anchors(&words.join(" "));
        }

        /// And on any text at all.
        #[test]
        fn same_anchors_on_any_text(text in "\\PC{0,40}") {
            assert_same_anchors(&text);
        }
    }
}
