//! Word tokens of a sentence, folded for matching, with their byte spans.
//!
//! Trigger and cue matching works on folded words (lowercase, no diacritics)
//! so that `a reçu`, `A REÇU` and `a recu` meet; spans keep pointing at the
//! text the tokens came from.

mod fold;

use depeche_parse::text::char_at;
use depeche_parse::Span;
pub use fold::fold_word;
use fold::{fold_word_into, latin1_letter, push_lowercase};

/// One word or punctuation token. Its folded form lives in the [`Tokens`]
/// it belongs to: a long segment has millions of tokens, and a string of
/// their own each would cost more than the tokens themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the token starts and ends in the tokenized text, in bytes
    /// (see [`Token::span`]). Four bytes each, not eight, for the reason
    /// `folded_end` gives: a sentence is far shorter than 4 GiB, and in a
    /// longer one the offsets past the limit saturate and slice nothing.
    start: u32,
    end: u32,
    /// Where the folded form ends in [`Tokens::folded`]; it starts where
    /// the previous token's ends. Four bytes, not eight: a long segment
    /// keeps millions of tokens, and a sentence's folded text is far
    /// shorter than 4 GiB (a longer one saturates, and its words past the
    /// limit read as empty).
    folded_end: u32,
    /// Whether the token is punctuation rather than a word.
    pub punct: bool,
    /// Whether the original word starts with an uppercase letter.
    pub capitalized: bool,
}

impl Token {
    /// Byte span in the tokenized text.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// Offset `i` in four bytes, saturated past 4 GiB.
fn offset_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// The tokens of a text, with their folded forms (lowercase, no
/// diacritics) written one after the other in one string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    list: Vec<Token>,
    folded: String,
}

impl Tokens {
    /// Where the folded form of token `i` starts and ends in
    /// [`Tokens::folded`]: it starts where the previous token's ends.
    #[inline]
    fn folded_bounds(&self, i: usize) -> Option<(usize, usize)> {
        let end = self.list.get(i)?.folded_end as usize;
        let start = i
            .checked_sub(1)
            .and_then(|p| self.list.get(p))
            .map_or(0, |t| t.folded_end as usize);
        Some((start, end))
    }

    /// Folded form of token `i` as bytes, or empty: for comparisons, which
    /// need no check that the slice falls on character boundaries (it
    /// always does).
    pub(crate) fn word_bytes(&self, i: usize) -> &[u8] {
        self.folded_bounds(i)
            .and_then(|(start, end)| self.folded.as_bytes().get(start..end))
            .unwrap_or_default()
    }

    /// Folded form of token `i`, or "".
    pub fn word(&self, i: usize) -> &str {
        self.folded_bounds(i)
            .and_then(|(start, end)| self.folded.get(start..end))
            .unwrap_or("")
    }

    /// The folded forms of every token as bytes, in order: each starts
    /// where the one before ends, with no look back.
    pub(crate) fn words_as_bytes(&self) -> impl Iterator<Item = &[u8]> + '_ {
        let mut from = 0;
        self.list.iter().map(move |t| {
            let end = t.folded_end as usize;
            let word = self.folded.as_bytes().get(from..end).unwrap_or_default();
            from = end;
            word
        })
    }

    /// Whether some token may be `word` (folded): never false when one is,
    /// since the folded forms are kept end to end in one string, so one
    /// search of that string spares a walk over the tokens where the word
    /// is absent, as most sought words are.
    pub fn may_hold(&self, word: &str) -> bool {
        self.folded.contains(word)
    }

    /// The folded forms of every token, in order.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.list.len()).map(|i| self.word(i))
    }

    /// Tokens `range` as tokens of their own, their spans made relative to
    /// `base` (a window of a long sentence).
    pub fn window(&self, range: std::ops::Range<usize>, base: usize) -> Tokens {
        let mut out = Tokens {
            list: Vec::with_capacity(range.len()),
            folded: String::new(),
        };
        for i in range {
            let Some(t) = self.list.get(i) else { break };
            let span = Span::new(
                (t.start as usize).saturating_sub(base),
                (t.end as usize).saturating_sub(base),
            );
            out.push(self.word(i), span, t.punct, t.capitalized);
        }
        out
    }

    fn push(&mut self, folded: &str, span: Span, punct: bool, capitalized: bool) {
        self.folded.push_str(folded);
        self.end_token(span, punct, capitalized);
    }

    /// A word token whose folded form is `word` folded; `ascii` when the
    /// word is known to be plain ASCII, which lowercasing alone folds.
    fn push_word(&mut self, word: &str, ascii: bool, span: Span, capitalized: bool) {
        if ascii {
            push_lowercase(word, &mut self.folded);
        } else {
            fold_word_into(word, &mut self.folded);
        }
        self.end_token(span, false, capitalized);
    }

    /// Close a token whose folded form is what [`Tokens::folded`] gained
    /// since the previous one.
    fn end_token(&mut self, span: Span, punct: bool, capitalized: bool) {
        self.list.push(Token {
            start: offset_u32(span.start),
            end: offset_u32(span.end),
            folded_end: offset_u32(self.folded.len()),
            punct,
            capitalized,
        });
    }
}

impl std::ops::Deref for Tokens {
    type Target = [Token];

    fn deref(&self) -> &[Token] {
        &self.list
    }
}

/// Whether token `i` is the colon of a time of day ("vers 16 :30"), not a
/// stop: digits stand on both sides.
pub(crate) fn is_clock_colon(tokens: &Tokens, i: usize) -> bool {
    let digit = |k: Option<usize>| {
        k.is_some_and(|k| tokens.word(k).starts_with(|c: char| c.is_ascii_digit()))
    };
    tokens.word(i) == ":" && digit(i.checked_sub(1)) && digit(Some(i + 1))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

fn is_word_char(c: char) -> bool {
    // The accented letters of French need no look in the Unicode tables.
    latin1_letter(c).is_some() || c.is_alphanumeric() || c == '-' || c == '°' || c == 'ᵉ'
}

/// Where the word whose characters run on from byte `i` ends, and whether
/// all of it is ASCII: most words are, and a byte tells whether one of
/// them is a word character, with no character decoded.
fn word_end(text: &str, mut i: usize) -> (usize, bool) {
    let mut ascii = true;
    while let Some(&b) = text.as_bytes().get(i) {
        match BYTE_KINDS.get(usize::from(b)) {
            Some(&WORD) => i += 1,
            Some(&OTHER) => break,
            _ => match char_at(text, i) {
                Some((c, len)) if is_word_char(c) => {
                    ascii = false;
                    i += len;
                }
                _ => break,
            },
        }
    }
    (i, ascii)
}

/// What a byte says of the character it starts or continues:
/// [`WORD`] an ASCII word character, [`OTHER`] any other ASCII one,
/// `NON_ASCII` a byte of a longer character, to be decoded.
const BYTE_KINDS: [u8; 256] = {
    let mut kinds = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        kinds[b] = if c.is_ascii_alphanumeric() || c == b'-' {
            WORD
        } else {
            OTHER
        };
        b += 1;
    }
    kinds
};
const WORD: u8 = 1;
const OTHER: u8 = 0;
const NON_ASCII: u8 = 2;

/// Split `text` into tokens. Elided articles and pronouns (`l'`, `d'`, `s'`,
/// `qu'`) become tokens of their own, without the apostrophe, so that
/// `s'est entretenu` is `s est entretenu`.
pub fn tokenize(text: &str) -> Tokens {
    // About one token per five bytes of prose: one allocation, most times.
    let mut tokens = Tokens {
        list: Vec::with_capacity(text.len() / 5 + 1),
        folded: String::with_capacity(text.len()),
    };
    let mut i = 0;
    while let Some(&b) = text.as_bytes().get(i) {
        // Spaces are a sixth of prose: no character to decode.
        if b == b' ' {
            i += 1;
            continue;
        }
        let Some((c, len)) = char_at(text, i) else {
            break;
        };
        let start = i;
        i += len;
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) && c != '-' {
            let (end, ascii) = word_end(text, start);
            i = end;
            // Keep a trailing hyphen out of the word ("Vietnam -").
            let mut word = text.get(start..end).unwrap_or_default();
            while let Some(stripped) = word.strip_suffix('-') {
                word = stripped;
            }
            let end = start + word.len();
            let capitalized = word.chars().next().is_some_and(char::is_uppercase);
            tokens.push_word(word, ascii, Span::new(start, end), capitalized);
            // An apostrophe right after a word elides it: skip the mark.
            if let Some((d, dlen)) = char_at(text, i) {
                if is_apostrophe(d) {
                    i += dlen;
                }
            }
        } else if is_apostrophe(c) {
            continue;
        } else {
            let mark = text.get(start..i).unwrap_or_default();
            tokens.push(mark, Span::new(start, i), true, false);
        }
    }
    // A segment keeps its tokens to the end: no spare room.
    tokens.list.shrink_to_fit();
    tokens.folded.shrink_to_fit();
    tokens
}

/// Words whose folding is more than lowercasing, and marks that border
/// words: tests of the fast ways run them through both ways.
#[cfg(test)]
pub(crate) const AWKWARD: &[&str] = &[
    "É",
    "é",
    "Reçu",
    "Đặng",
    "İstanbul",
    "Œuvre",
    "ﬁn",
    "ß",
    "한국",
    "’",
    "'",
    "ʼ",
    "‘",
    "-",
    "--",
    "°",
    "ᵉ",
    "2ᵉ",
    "16",
    "n°",
    "\u{301}",
    "Nguye\u{302}\u{303}n",
    ",",
    ".",
    "(",
    ":",
    "—",
    "\u{a0}",
];

/// A fixed sequence of numbers from `seed` (not 0), for tests over many
/// inputs.
#[cfg(test)]
pub(crate) fn numbers(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).words().map(str::to_string).collect()
    }

    #[test]
    fn elision_and_folding() {
        assert_eq!(
            words("s’est entretenu avec l'Émir"),
            ["s", "est", "entretenu", "avec", "l", "emir"]
        );
        assert_eq!(
            words("Kassym-Jomart Tokaïev,"),
            ["kassym-jomart", "tokaiev", ","]
        );
        assert_eq!(
            words("Vietnam - Kazakhstan"),
            ["vietnam", "-", "kazakhstan"]
        );
    }

    #[test]
    fn spans_slice_the_text() {
        let text = "À Hanoï, le président a reçu M. Đặng.";
        let tokens = tokenize(text);
        for (t, folded) in tokens.iter().zip(tokens.words()) {
            let s = t.span().slice(text).unwrap_or("<bad>");
            assert_eq!(fold_word(s).replace(['\''], ""), folded, "{s}");
        }
    }

    #[test]
    fn words_as_bytes_are_the_words_one_by_one() {
        for text in [
            "",
            "À Hanoï, le président a reçu M. Đặng.",
            "s’est entretenu avec l'Émir d’İstanbul (Œuvre, ﬁn) le 2ᵉ jour à 16 :30 — n° 5-",
        ] {
            let tokens = tokenize(text);
            let each: Vec<&[u8]> = (0..tokens.len()).map(|i| tokens.word_bytes(i)).collect();
            assert_eq!(tokens.words_as_bytes().collect::<Vec<_>>(), each, "{text}");
        }
    }

    /// The tokens of `text` read character by character, each word folded
    /// the general way: (span, folded, punctuation, capitalized).
    fn char_by_char(text: &str) -> Vec<((usize, usize), String, bool, bool)> {
        let word_char = |c: char| c.is_alphanumeric() || matches!(c, '-' | '°' | 'ᵉ');
        let mut chars = text.char_indices().peekable();
        let mut out = Vec::new();
        while let Some((start, c)) = chars.next() {
            let single = word_char(c) && c != '-';
            // A word may start with a letter apostrophe (`ʼ`).
            if c.is_whitespace() || (!single && is_apostrophe(c)) {
                continue;
            }
            while chars.peek().is_some_and(|&(_, d)| single && word_char(d)) {
                chars.next();
            }
            let end = chars.peek().map_or(text.len(), |&(i, _)| i);
            let piece = text.get(start..end).unwrap_or_default();
            if single {
                let word = piece.trim_end_matches('-');
                let capitalized = word.starts_with(char::is_uppercase);
                let span = (start, start + word.len());
                out.push((span, fold_word(word), false, capitalized));
                chars.next_if(|&(_, d)| is_apostrophe(d));
            } else {
                out.push(((start, end), piece.to_string(), true, false));
            }
        }
        out
    }

    #[test]
    fn tokens_agree_with_a_reading_char_by_char() {
        let mut pieces = vec![
            "a", "Z", "le", "x", "SOMMET", "aujourd", " ", "  ", "\t", "\n",
        ];
        pieces.extend(AWKWARD);
        let mut next = numbers(0x9E37_79B9_7F4A_7C15);
        let mut words = 0;
        for _ in 0..4000 {
            let n = next() as usize % 12 + 1;
            let text: String = (0..n)
                .filter_map(|_| pieces.get(next() as usize % pieces.len()).copied())
                .collect();
            let tokens = tokenize(&text);
            let read: Vec<_> = tokens
                .iter()
                .zip(tokens.words())
                .map(|(t, w)| {
                    let span = (t.span().start, t.span().end);
                    (span, w.to_string(), t.punct, t.capitalized)
                })
                .collect();
            assert_eq!(read, char_by_char(&text), "{text:?}");
            words += read.iter().filter(|t| !t.2).count();
        }
        assert!(words > 5_000, "{words}");
    }
}
