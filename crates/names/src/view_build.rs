//! Building the detection view (see [`crate::view`]) in one pass over the
//! text's bytes: lowercase ASCII letters are copied a run at a time, other
//! ASCII characters and the accented letters of French (`é`, `à`, `ç` …)
//! cost a few operations each, and only the rest goes through
//! [`fold_char`]. Words are recorded, with their hashes, as they end.

use crate::fold::{fold_char, Piece};
use crate::view::Word;
use crate::view_bytes::lowercase_prefix;
use unicode_normalization::char::is_combining_mark;

/// What [`build`] makes.
pub(crate) struct Built {
    /// A space, then the folded words separated by single spaces.
    pub text: String,
    /// Per folded byte: start of the original character it comes from.
    pub start: Vec<u32>,
    /// Original offsets where a space was inserted between glued words.
    pub inserted: Vec<u32>,
    /// The words, in order (unless `rescan`).
    pub words: Vec<Word>,
    /// A space was put inside text already written (`ANNguyen`): the
    /// words must be found again from the text.
    pub rescan: bool,
}

/// Fold `original` into the buffers given (emptied first, then reused).
pub(crate) fn build(original: &str, text: String, start: Vec<u32>, words: Vec<Word>) -> Built {
    let mut b = Builder {
        text: text.into_bytes(),
        start,
        inserted: Vec::new(),
        words,
        word: None,
        rescan: false,
        prev: Case::Other,
        upper_run: 0,
        last_upper: (0, 0),
        end: 0,
    };
    b.text.clear();
    b.start.clear();
    b.words.clear();
    b.text.reserve(original.len() + 1);
    b.start.reserve(original.len() + 1);
    b.text.push(b' ');
    b.start.push(0);
    let bytes = original.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let o = off(i);
        if byte.is_ascii_lowercase() {
            i = b.lower_run(bytes, i);
        } else if byte.is_ascii_uppercase() {
            b.upper(byte.to_ascii_lowercase(), o, 1);
            i += 1;
        } else if byte.is_ascii_digit() {
            b.digit(byte, o);
            i += 1;
        } else if byte.is_ascii() {
            b.boundary(o);
            i += 1;
        } else if let Some(l) = latin1_letter(byte, bytes.get(i + 1)) {
            // `é`, `à`, `ç` … and their capitals (below 0xDF).
            if bytes.get(i + 1).is_some_and(|&n| n < 0x9F) {
                b.upper(l, o, 2);
            } else {
                b.lower(l, o);
            }
            i += 2;
        } else {
            let Some(c) = original.get(i..).and_then(|t| t.chars().next()) else {
                break;
            };
            b.other(c, o);
            i += c.len_utf8();
        }
    }
    if let Some(fs) = b.word {
        b.close(fs);
    }
    // Only whole characters were pushed: the text is UTF-8.
    let text = String::from_utf8(b.text)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Built {
        text,
        start: b.start,
        inserted: b.inserted,
        words: b.words,
        rescan: b.rescan,
    }
}

/// The view under construction: the folded text as bytes (only whole
/// characters are pushed, so it stays UTF-8), its byte map, its words as
/// they end, and the case state that decides where glued words are split.
struct Builder {
    text: Vec<u8>,
    start: Vec<u32>,
    inserted: Vec<u32>,
    words: Vec<Word>,
    /// Where the word being written starts in the folded text; `None` when
    /// the text ends with a space.
    word: Option<usize>,
    /// A space was put inside text already written (`ANNguyen`): the words
    /// are found again from the text at the end.
    rescan: bool,
    /// The case of the last character that was not a combining mark.
    prev: Case,
    /// How many uppercase letters in a row end the text so far.
    upper_run: usize,
    /// Where the folded form of the last uppercase letter starts, and that
    /// letter's original offset: an `ANNguyen` split goes there.
    last_upper: (usize, u32),
    /// The original end of the last character written: the end of the
    /// word being written when it closes.
    end: u32,
}

impl Builder {
    /// A folded byte other than a space, from the original character at
    /// `o`, which ends at `end`.
    #[inline]
    fn push(&mut self, byte: u8, o: u32, end: u32) {
        if self.word.is_none() {
            self.word = Some(self.text.len());
        }
        self.text.push(byte);
        self.start.push(o);
        self.end = end;
    }

    /// A space from original offset `o`, unless the text ends with one.
    #[inline(always)]
    fn space(&mut self, o: u32) {
        if let Some(fs) = self.word.take() {
            self.close(fs);
            self.text.push(b' ');
            self.start.push(o);
        }
    }

    /// The word from folded offset `fs` to the end of the text is whole.
    /// Its original range is known without the byte map's reading
    /// ([`orig_in`]) of the characters at its ends: it starts where its
    /// first byte comes from and ends with the last character written.
    fn close(&mut self, fs: usize) {
        let fe = self.text.len();
        let piece = self.text.get(fs..fe).unwrap_or(&[]);
        let os = self.start.get(fs).copied().unwrap_or(0);
        let oe = self.end.max(os);
        self.words.push(Word::new(
            fs,
            fe,
            os as usize,
            oe as usize,
            crate::words::word_hash(piece),
        ));
    }

    /// A lowercase letter at original offset `o` that folds to the ASCII
    /// letter `folded`.
    #[inline]
    fn lower(&mut self, folded: u8, o: u32) {
        if self.upper_run >= 3 {
            self.split_acronym();
        }
        self.push(folded, o, o.wrapping_add(2));
        self.upper_run = 0;
        self.prev = Case::Lower;
    }

    /// The run of lowercase ASCII letters of `bytes` from `from` on, which
    /// starts with one: the bulk of the text, kept as it is. Returns where
    /// the run ends.
    ///
    /// Eight bytes are read, written and mapped at once, and those past
    /// the run cut off again: words are short, and a copy of a length
    /// known only at run time costs a call.
    #[inline]
    fn lower_run(&mut self, bytes: &[u8], from: usize) -> usize {
        if self.upper_run >= 3 {
            self.split_acronym();
        }
        if self.word.is_none() {
            self.word = Some(self.text.len());
        }
        self.upper_run = 0;
        self.prev = Case::Lower;
        let mut i = from;
        while let Some(eight) = bytes
            .get(i..i + 8)
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        {
            let n = lowercase_prefix(u64::from_le_bytes(eight));
            let (text, start) = (self.text.len(), self.start.len());
            self.text.extend_from_slice(&eight);
            self.text.truncate(text + n);
            // Views are at most `u32::MAX` bytes: the offsets do not wrap.
            let o = off(i);
            let offsets: [u32; 8] = std::array::from_fn(|k| o.wrapping_add(k as u32));
            self.start.extend_from_slice(&offsets);
            self.start.truncate(start + n);
            i += n;
            if n < 8 {
                self.end = off(i);
                return i;
            }
        }
        let rest = bytes.get(i..).unwrap_or(&[]);
        let n = rest
            .iter()
            .position(|c| !c.is_ascii_lowercase())
            .unwrap_or(rest.len());
        self.text.extend_from_slice(rest.get(..n).unwrap_or(&[]));
        let o = off(i);
        self.start.extend((0..n).map(|k| o.wrapping_add(k as u32)));
        self.end = off(i + n);
        i + n
    }

    /// An uppercase letter of `len` bytes at original offset `o` that
    /// folds to the ASCII letter `folded`.
    #[inline(always)]
    fn upper(&mut self, folded: u8, o: u32, len: u32) {
        if self.prev == Case::Lower {
            self.space(o);
            self.inserted.push(o);
        }
        self.last_upper = (self.text.len(), o);
        self.push(folded, o, o.wrapping_add(len));
        self.upper_run += 1;
        self.prev = Case::Upper;
    }

    /// An ASCII digit at original offset `o`.
    #[inline]
    fn digit(&mut self, byte: u8, o: u32) {
        self.push(byte, o, o.wrapping_add(1));
        self.upper_run = 0;
        self.prev = Case::Other;
    }

    /// Punctuation or whitespace at original offset `o`: a word boundary.
    #[inline]
    fn boundary(&mut self, o: u32) {
        self.space(o);
        self.upper_run = 0;
        self.prev = Case::Other;
    }

    /// `ANNguyen`: put a space before the last capital of a run of three or
    /// more that goes on in lowercase.
    fn split_acronym(&mut self) {
        let (at, o) = self.last_upper;
        let len = self.text.len();
        // The start of a folded character: never inside one.
        let boundary = at == len || self.text.get(at).is_some_and(|&b| (b as i8) >= -0x40);
        let after_word = at > 0 && boundary && self.text.get(at - 1) != Some(&b' ');
        if after_word && at <= self.start.len() {
            self.text.insert(at, b' ');
            self.start.insert(at, o);
            self.inserted.push(o);
            self.rescan = true;
            if at == len {
                self.word = None;
            }
        }
    }

    /// Any other character `c` at original offset `o`, folded by the
    /// general table.
    fn other(&mut self, c: char, o: u32) {
        let case = case_of(c);
        if case == Case::Upper && self.prev == Case::Lower {
            self.space(o);
            self.inserted.push(o);
        }
        if case == Case::Lower && self.upper_run >= 3 {
            self.split_acronym();
        }
        let here = self.text.len();
        let end = o.wrapping_add(c.len_utf8() as u32);
        fold_char(c, &mut |p| match p {
            Piece::Char(ch) if ch.is_alphanumeric() => {
                let mut utf8 = [0; 4];
                for &byte in ch.encode_utf8(&mut utf8).as_bytes() {
                    self.push(byte, o, end);
                }
            }
            _ => self.space(o),
        });
        // Combining marks belong to the letter before them.
        let mark = case == Case::Other && is_combining_mark(c);
        match case {
            Case::Upper => {
                self.upper_run += 1;
                self.last_upper = (here, o);
            }
            Case::Lower => self.upper_run = 0,
            Case::Other if !mark => self.upper_run = 0,
            Case::Other => {}
        }
        if !mark {
            self.prev = case;
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

/// The one ASCII letter each of U+00C0 to U+00FF folds to (`é` → `e`), by
/// the second byte of its UTF-8 form (`0xC3`, then `0x80` to `0xBF`); 0
/// for the few that fold otherwise (`æ`, `ß`, `×` …). A test checks it
/// against [`fold_char`].
const LATIN1: [u8; 64] =
    *b"aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y";

/// The letter a two-byte Latin-1 character starting with `lead` and going
/// on with `next` folds to, when it is one ASCII letter.
#[inline]
fn latin1_letter(lead: u8, next: Option<&u8>) -> Option<u8> {
    let next = *next?;
    if lead != 0xC3 || next & 0xC0 != 0x80 {
        return None;
    }
    LATIN1
        .get(usize::from(next & 0x3F))
        .copied()
        .filter(|&l| l != 0)
}

/// Original byte range of the folded range `[fs, fe)` under the byte map
/// `start` of `original`.
pub(crate) fn orig_in(start: &[u32], original: &str, fs: usize, fe: usize) -> (usize, usize) {
    let s = start.get(fs).copied().unwrap_or(0) as usize;
    let last = fe
        .checked_sub(1)
        .and_then(|i| start.get(i))
        .copied()
        .unwrap_or(0) as usize;
    let len = match original.as_bytes().get(last) {
        None => 0,
        Some(b) if b.is_ascii() => 1,
        Some(_) => original
            .get(last..)
            .and_then(|t| t.chars().next())
            .map_or(0, char::len_utf8),
    };
    (s, (last + len).max(s))
}

/// Offsets are stored as `u32` to keep the map small; callers cut longer
/// texts into pieces (see [`crate::Registry::detect`]).
pub(crate) fn off(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn latin1_letters_fold_as_the_general_table_does() {
        for c in (0xC0u32..0x100).filter_map(char::from_u32) {
            let mut pieces = Vec::new();
            fold_char(c, &mut |p| pieces.push(p));
            let one_letter = match pieces.as_slice() {
                [Piece::Char(l)] if l.is_ascii_alphabetic() => Some(*l as u8),
                _ => None,
            };
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            assert_eq!(latin1_letter(bytes[0], bytes.get(1)), one_letter, "{c:?}");
            let upper = bytes.get(1).is_some_and(|&n| n < 0x9F);
            if one_letter.is_some() {
                assert!(
                    case_of(c) == if upper { Case::Upper } else { Case::Lower },
                    "{c:?}"
                );
            }
        }
    }
}
