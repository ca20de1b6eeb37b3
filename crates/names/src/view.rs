//! The detection view: the text folded into lowercase words separated by
//! single spaces, with a byte map back to the original.
//!
//! Every character that is not a letter or digit becomes a space (runs of
//! them one space), so registry patterns, matched word by word, can only
//! match whole words. Words glued by a lost line break are split where the
//! case shows it: `duVietnam` → `du vietnam`, `NursultanNazarbayev` →
//! `nursultan nazarbayev`, `ANNguyen` → `an nguyen`. Those inserted spaces
//! cover no original byte.

use crate::fold::{fold_char, Piece};
use crate::view_bytes::{next_space, plain_run};
use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;

/// A word of the view: folded range and original byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    /// Start in the folded text.
    pub fs: usize,
    /// End in the folded text.
    pub fe: usize,
    /// Start in the original text.
    pub os: usize,
    /// End in the original text.
    pub oe: usize,
    /// The hash of the folded word, under which the matchers look it up.
    pub hash: u64,
}

/// The folded view of one text.
#[derive(Debug)]
pub(crate) struct View<'t> {
    /// The original text.
    pub original: &'t str,
    /// A space, then the folded words separated by single spaces.
    pub text: String,
    /// Per folded byte: start of the original character it comes from.
    start: Vec<u32>,
    /// Original offsets where a space was inserted between glued words.
    inserted: Vec<u32>,
    /// The words, in order.
    words: Vec<Word>,
}

/// The buffers of a view, kept for the next view of the thread: texts are
/// detected one after another, and allocating a text's maps anew each time
/// costs more than filling them.
#[derive(Default)]
struct Buffers {
    text: String,
    start: Vec<u32>,
    words: Vec<Word>,
}

/// Buffers larger than this (in elements) are freed, not kept.
const KEPT_BUFFER: usize = 1 << 20;

thread_local! {
    static SPARE: std::cell::RefCell<Vec<Buffers>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn take_buffers() -> Buffers {
    let mut b = SPARE
        .try_with(|s| s.borrow_mut().pop())
        .ok()
        .flatten()
        .unwrap_or_default();
    b.text.clear();
    b.start.clear();
    b.words.clear();
    b
}

impl Drop for View<'_> {
    fn drop(&mut self) {
        if self.start.capacity() > KEPT_BUFFER {
            return;
        }
        let b = Buffers {
            text: std::mem::take(&mut self.text),
            start: std::mem::take(&mut self.start),
            words: std::mem::take(&mut self.words),
        };
        // A thread being torn down keeps nothing.
        let _ = SPARE.try_with(|s| {
            let mut s = s.borrow_mut();
            if s.len() < 4 {
                s.push(b);
            }
        });
    }
}

/// The view under construction.
struct Builder {
    text: String,
    start: Vec<u32>,
    inserted: Vec<u32>,
}

impl Builder {
    fn space(&mut self, s: u32) {
        if !self.text.ends_with(' ') {
            self.text.push(' ');
            self.start.push(s);
        }
    }

    /// `ANNguyen`: put a space before the last capital of a run of three or
    /// more that goes on in lowercase.
    fn split_acronym(&mut self, (at, o): (usize, u32)) {
        let after_word = at > 0
            && self.text.is_char_boundary(at)
            && self.text.as_bytes().get(at - 1) != Some(&b' ');
        if after_word && at <= self.start.len() {
            self.text.insert(at, ' ');
            self.start.insert(at, o);
            self.inserted.push(o);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    Upper,
    Other,
}

/// The case of a character. The accented letters of French text are in
/// Latin-1, whose cases are known without the general Unicode tables.
fn case_of(c: char) -> Case {
    match u32::from(c) {
        0xC0..=0xD6 | 0xD8..=0xDE => Case::Upper,
        0xDF..=0xF6 | 0xF8..=0xFF => Case::Lower,
        _ if c.is_uppercase() => Case::Upper,
        _ if c.is_lowercase() => Case::Lower,
        _ => Case::Other,
    }
}

/// Offsets are stored as `u32` to keep the map small; callers cut longer
/// texts into pieces (see [`crate::Registry::detect`]).
fn off(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

impl<'t> View<'t> {
    /// Build the view of `original` (at most `u32::MAX` bytes).
    pub(crate) fn new(original: &'t str) -> View<'t> {
        let buffers = take_buffers();
        let mut b = Builder {
            text: buffers.text,
            start: buffers.start,
            inserted: Vec::new(),
        };
        b.text.reserve(original.len() + 1);
        b.start.reserve(original.len() + 1);
        b.text.push(' ');
        b.start.push(0);
        let mut prev = Case::Other;
        let mut upper_run = 0usize;
        // Where the folded form of the last uppercase letter starts, and
        // that letter's original offset: an `ANNguyen` split goes there.
        let mut last_upper = (0usize, 0u32);
        let bytes = original.as_bytes();
        let mut i = 0;
        while let Some(&first) = bytes.get(i) {
            if first.is_ascii_lowercase() && upper_run == 0 {
                // The bulk of French text: lowercase ASCII words after
                // anything but an acronym, separated by single spaces, fold
                // to themselves. Copying such a stretch at once, not word by
                // word, spares a copy and a map extension per word.
                let rest = bytes.get(i..).unwrap_or(&[]);
                let run = plain_run(rest);
                b.text.push_str(original.get(i..i + run).unwrap_or(""));
                // Views are at most `u32::MAX` bytes: the range does not saturate.
                b.start.extend(off(i)..off(i + run));
                i += run;
                prev = if b.text.ends_with(' ') {
                    Case::Other
                } else {
                    Case::Lower
                };
                continue;
            }
            if first.is_ascii() && !first.is_ascii_alphanumeric() {
                // Spaces and punctuation between words.
                b.space(off(i));
                i += 1;
                upper_run = 0;
                prev = Case::Other;
                continue;
            }
            let c = if first.is_ascii() {
                char::from(first)
            } else {
                let Some(c) = original.get(i..).and_then(|t| t.chars().next()) else {
                    break;
                };
                c
            };
            let ci = off(i);
            i += c.len_utf8();
            if c.is_ascii() {
                // Most of the text: no decomposition, no marks.
                let byte = c as u8;
                let lower = byte.is_ascii_lowercase();
                let upper = byte.is_ascii_uppercase();
                if upper && prev == Case::Lower {
                    b.space(ci);
                    b.inserted.push(ci);
                } else if lower && upper_run >= 3 {
                    b.split_acronym(last_upper);
                }
                if byte.is_ascii_alphanumeric() {
                    b.text.push(char::from(byte.to_ascii_lowercase()));
                    b.start.push(ci);
                } else {
                    b.space(ci);
                }
                if upper {
                    upper_run += 1;
                    last_upper = (b.text.len() - 1, ci);
                    prev = Case::Upper;
                } else {
                    upper_run = 0;
                    prev = if lower { Case::Lower } else { Case::Other };
                }
                continue;
            }
            let case = case_of(c);
            if case == Case::Upper && prev == Case::Lower {
                b.space(ci);
                b.inserted.push(ci);
            }
            if case == Case::Lower && upper_run >= 3 {
                b.split_acronym(last_upper);
            }
            let here = b.text.len();
            fold_char(c, &mut |p| match p {
                Piece::Char(ch) if ch.is_alphanumeric() => {
                    b.text.push(ch);
                    for _ in 0..ch.len_utf8() {
                        b.start.push(ci);
                    }
                }
                _ => b.space(ci),
            });
            // Combining marks belong to the letter before them.
            let mark = case == Case::Other && is_combining_mark(c);
            match case {
                Case::Upper => {
                    upper_run += 1;
                    last_upper = (here, ci);
                }
                Case::Lower => upper_run = 0,
                Case::Other if !mark => upper_run = 0,
                Case::Other => {}
            }
            if !mark {
                prev = case;
            }
        }
        let mut view = View {
            original,
            text: b.text,
            start: b.start,
            inserted: b.inserted,
            words: buffers.words,
        };
        view.find_words();
        view
    }

    /// Original byte range of the folded range `[fs, fe)`, which must start
    /// and end inside words.
    pub(crate) fn orig(&self, fs: usize, fe: usize) -> (usize, usize) {
        let s = self.start.get(fs).copied().unwrap_or(0) as usize;
        let last = fe
            .checked_sub(1)
            .and_then(|i| self.start.get(i))
            .copied()
            .unwrap_or(0) as usize;
        let len = match self.original.as_bytes().get(last) {
            None => 0,
            Some(b) if b.is_ascii() => 1,
            Some(_) => self
                .original
                .get(last..)
                .and_then(|t| t.chars().next())
                .map_or(0, char::len_utf8),
        };
        (s, (last + len).max(s))
    }

    /// Whether the folded byte at `i` is a space inserted between glued
    /// words (it covers no original byte).
    pub(crate) fn is_inserted_space(&self, i: usize) -> bool {
        self.text.as_bytes().get(i) == Some(&b' ')
            && i > 0
            && self
                .start
                .get(i)
                .is_some_and(|s| self.inserted.binary_search(s).is_ok())
    }

    /// Whether glued words were split right before original offset `o`.
    pub(crate) fn inserted_at(&self, o: usize) -> bool {
        u32::try_from(o).is_ok_and(|o| self.inserted.binary_search(&o).is_ok())
    }

    /// Fill `words` from the folded text.
    fn find_words(&mut self) {
        let mut words = std::mem::take(&mut self.words);
        let text = self.text.as_bytes();
        let mut fs = 0;
        while fs <= text.len() {
            let fe = next_space(text, fs);
            let piece = text.get(fs..fe).unwrap_or(&[]);
            if !piece.is_empty() {
                let (os, oe) = self.orig(fs, fe);
                let hash = crate::words::word_hash(piece);
                words.push(Word {
                    fs,
                    fe,
                    os,
                    oe,
                    hash,
                });
            }
            fs = fe + 1;
        }
        self.words = words;
    }

    /// The words of the view, in order.
    pub(crate) fn words(&self) -> &[Word] {
        &self.words
    }

    /// The folded text of a word.
    pub(crate) fn folded(&self, w: &Word) -> &str {
        self.text.get(w.fs..w.fe).unwrap_or("")
    }

    /// The first character of a word as written.
    pub(crate) fn first_char(&self, w: &Word) -> Option<char> {
        match self.original.as_bytes().get(w.os) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => self.surface(w).chars().next(),
        }
    }

    /// The original text of a word.
    pub(crate) fn surface(&self, w: &Word) -> &'t str {
        self.original.get(w.os..w.oe).unwrap_or("")
    }

    /// The original text from `a` to `b` with a space at every place where
    /// glued words were split (`NursultanNazarbayev` → `Nursultan
    /// Nazarbayev`), so that keys see the words.
    pub(crate) fn unglued(&self, a: usize, b: usize) -> Cow<'t, str> {
        let first = self.inserted.partition_point(|&s| (s as usize) <= a);
        let inside = self.inserted.get(first).is_some_and(|&s| (s as usize) < b);
        if !inside {
            return Cow::Borrowed(self.between(a, b));
        }
        let mut out = String::with_capacity(b.saturating_sub(a) + 4);
        let mut from = a;
        for &s in self.inserted.get(first..).unwrap_or(&[]) {
            let s = s as usize;
            if s >= b {
                break;
            }
            out.push_str(self.between(from, s));
            out.push(' ');
            from = s;
        }
        out.push_str(self.between(from, b));
        Cow::Owned(out)
    }

    /// The original text between two offsets.
    pub(crate) fn between(&self, a: usize, b: usize) -> &'t str {
        self.original.get(a..b).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, String)> {
        let v = View::new(text);
        v.words()
            .iter()
            .map(|w| (v.folded(w).to_string(), v.surface(w).to_string()))
            .collect()
    }

    #[test]
    fn folds_and_maps_back() {
        let v = View::new("l’Azerbaïdjan, où");
        assert_eq!(v.text, " l azerbaidjan ou");
        let w = words("l’Azerbaïdjan, où");
        assert_eq!(w[1], ("azerbaidjan".into(), "Azerbaïdjan".into()));
        assert_eq!(w[2], ("ou".into(), "où".into()));
    }

    #[test]
    fn splits_glued_words() {
        let v = View::new("duVietnam NursultanNazarbayev ANNguyen Sinh");
        assert_eq!(v.text, " du vietnam nursultan nazarbayev an nguyen sinh");
        let w = words("ANNguyen");
        assert_eq!(w[0].1, "AN");
        assert_eq!(w[1].1, "Nguyen");
        assert!(v.is_inserted_space(3));
    }

    #[test]
    fn acronyms_and_capitals_are_not_split() {
        assert_eq!(View::new("ASEAN, PCV et OCS").text, " asean pcv et ocs");
        assert_eq!(View::new("Tô Lâm").text, " to lam");
        assert_eq!(View::new("Nguye\u{302}\u{303}n Xuân").text, " nguyen xuan");
    }

    #[test]
    fn latin1_cases_agree_with_unicode() {
        for c in (0u32..0x300).filter_map(char::from_u32) {
            let unicode = if c.is_uppercase() {
                Case::Upper
            } else if c.is_lowercase() {
                Case::Lower
            } else {
                Case::Other
            };
            assert!(case_of(c) == unicode, "{c:?}");
        }
    }

    #[test]
    fn lowercase_stretches_map_byte_for_byte() {
        let text = "a reçu le  ministre et son homologue duVietnam";
        let v = View::new(text);
        assert_eq!(v.text, " a recu le ministre et son homologue du vietnam");
        let w = words(text);
        assert_eq!(w[3], ("ministre".into(), "ministre".into()));
        assert_eq!(w[6], ("homologue".into(), "homologue".into()));
        assert_eq!(w[8], ("vietnam".into(), "Vietnam".into()));
        assert!(v.inserted_at(text.len() - "Vietnam".len()));
    }

    #[test]
    fn whitespace_and_punctuation_collapse() {
        let v = View::new("A. Bakayev,\u{a0}et\n\n(Chambre)");
        assert_eq!(v.text, " a bakayev et chambre ");
    }
}
