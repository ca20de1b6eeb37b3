//! The detection view: the text folded into lowercase words separated by
//! single spaces, with a byte map back to the original.
//!
//! Every character that is not a letter or digit becomes a space (runs of
//! them one space), so registry patterns, matched word by word, can only
//! match whole words. Words glued by a lost line break are split where the
//! case shows it: `duVietnam` → `du vietnam`, `NursultanNazarbayev` →
//! `nursultan nazarbayev`, `ANNguyen` → `an nguyen`. Those inserted spaces
//! cover no original byte.

use crate::view_build::{build, orig_in};
use crate::view_bytes::next_space;
use std::borrow::Cow;

/// A word of the view: folded range and original byte range.
///
/// Offsets are kept in four bytes each, not eight: a long text has a word
/// every six bytes or so, and its list of words is the view's largest part
/// (a view covers at most a gigabyte of text, see [`crate::pieces`], so
/// its offsets fit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    fs: u32,
    fe: u32,
    os: u32,
    oe: u32,
    /// The hash of the folded word, under which the matchers look it up.
    pub hash: u64,
}

impl Word {
    /// The word at folded range `[fs, fe)` and original range `[os, oe)`.
    pub(crate) fn new(fs: usize, fe: usize, os: usize, oe: usize, hash: u64) -> Word {
        let small = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Word {
            fs: small(fs),
            fe: small(fe),
            os: small(os),
            oe: small(oe),
            hash,
        }
    }

    /// Start in the folded text.
    #[inline]
    pub(crate) fn fs(&self) -> usize {
        self.fs as usize
    }

    /// End in the folded text.
    #[inline]
    pub(crate) fn fe(&self) -> usize {
        self.fe as usize
    }

    /// Start in the original text.
    #[inline]
    pub(crate) fn os(&self) -> usize {
        self.os as usize
    }

    /// End in the original text.
    #[inline]
    pub(crate) fn oe(&self) -> usize {
        self.oe as usize
    }
}

/// The index of the first word from `from` on that starts at or after
/// folded offset `fe`. A name or a title and its complement are a few
/// words long, so the words are walked from where the match starts, not
/// searched over the whole text (they are in text order; every word before
/// `from` must start before `fe`).
pub(crate) fn words_before(words: &[Word], from: usize, fe: usize) -> usize {
    let rest = words.get(from..).unwrap_or_default();
    from + rest.iter().take_while(|x| x.fs() < fe).count()
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

impl<'t> View<'t> {
    /// Build the view of `original` (at most `u32::MAX` bytes), in one pass
    /// (see [`build`]).
    pub(crate) fn new(original: &'t str) -> View<'t> {
        let buffers = take_buffers();
        let built = build(original, buffers.text, buffers.start, buffers.words);
        let mut view = View {
            original,
            text: built.text,
            start: built.start,
            inserted: built.inserted,
            words: built.words,
        };
        if built.rescan {
            view.find_words();
        }
        view
    }

    /// Original byte range of the folded range `[fs, fe)`, which must start
    /// and end inside words.
    pub(crate) fn orig(&self, fs: usize, fe: usize) -> (usize, usize) {
        orig_in(&self.start, self.original, fs, fe)
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

    /// Find `words` again from the folded text.
    fn find_words(&mut self) {
        let mut words = std::mem::take(&mut self.words);
        words.clear();
        let text = self.text.as_bytes();
        let mut fs = 0;
        while fs <= text.len() {
            let fe = next_space(text, fs);
            let piece = text.get(fs..fe).unwrap_or(&[]);
            if !piece.is_empty() {
                let (os, oe) = self.orig(fs, fe);
                let hash = crate::words::word_hash(piece);
                words.push(Word::new(fs, fe, os, oe, hash));
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
        self.text.get(w.fs()..w.fe()).unwrap_or("")
    }

    /// The first character of a word as written.
    #[inline]
    pub(crate) fn first_char(&self, w: &Word) -> Option<char> {
        match self.original.as_bytes().get(w.os()) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => self.surface(w).chars().next(),
        }
    }

    /// The original text of a word.
    pub(crate) fn surface(&self, w: &Word) -> &'t str {
        self.original.get(w.os()..w.oe()).unwrap_or("")
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
    fn word_ranges_as_the_byte_map_reads_them() {
        let texts = [
            "l’Azerbaïdjan, où Đặng Tokaïev İzmir Straße ßeta æther Œuvre",
            "Nguye\u{302}\u{303}n Xuân e\u{301} a\u{ad} b\u{ad}c ½ ﬁnal ǅemal",
            "duVietnam NursultanNazarbayev ÉtatsUnis 2024abc x9 Ωmega ΣΑΣ",
            "abcdefghijklmnopqrstuvwxyz abcdefgh abcdefg abcdefghi. é",
            "z",
            "",
        ];
        for text in texts {
            let v = View::new(text);
            for w in v.words() {
                assert_eq!(v.orig(w.fs(), w.fe()), (w.os(), w.oe()), "{text}: {w:?}");
            }
        }
    }

    #[test]
    fn whitespace_and_punctuation_collapse() {
        let v = View::new("A. Bakayev,\u{a0}et\n\n(Chambre)");
        assert_eq!(v.text, " a bakayev et chambre ");
    }
}
