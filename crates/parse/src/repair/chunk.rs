//! One chunk (a run of non-blank characters) seen as characters, and the
//! split points found in it.

use super::shape;
use super::vocab::Vocab;
use super::words;
use crate::text::is_alphabetic;

/// A proposed space insertion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Point {
    /// Byte offset (in the input) where the space goes.
    pub(crate) at: usize,
    /// Shape evidence (true) or word evidence only (false).
    pub(crate) sure: bool,
}

/// Chunks longer than this are URLs, codes or garbage: left alone.
pub(crate) const MAX_CHUNK_BYTES: usize = 100;

/// A chunk and its characters with their byte offsets in the chunk.
pub(crate) struct Chunk<'a> {
    pub(crate) text: &'a str,
    pub(crate) chars: &'a [(usize, char)],
}

impl Chunk<'_> {
    /// The character at index `i`.
    pub(crate) fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).map(|c| c.1)
    }

    /// The text of characters `from..to`.
    pub(crate) fn part(&self, from: usize, to: usize) -> &str {
        let a = self.chars.get(from).map_or(self.text.len(), |c| c.0);
        let b = self.chars.get(to).map_or(self.text.len(), |c| c.0);
        self.text.get(a..b).unwrap_or("")
    }

    /// Byte offset (in the chunk) of character `i`.
    pub(crate) fn offset(&self, i: usize) -> usize {
        self.chars.get(i).map_or(self.text.len(), |c| c.0)
    }

    /// Start of the run of letters ending just before index `i`.
    pub(crate) fn letters_before(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && letter(self.at(j - 1)) {
            j -= 1;
        }
        j
    }

    /// End of the run of letters starting at index `i`.
    pub(crate) fn letters_after(&self, i: usize) -> usize {
        let mut j = i;
        while letter(self.at(j)) {
            j += 1;
        }
        j
    }
}

pub(crate) fn lower(c: Option<char>) -> bool {
    c.is_some_and(char::is_lowercase)
}

pub(crate) fn upper(c: Option<char>) -> bool {
    c.is_some_and(char::is_uppercase)
}

pub(crate) fn letter(c: Option<char>) -> bool {
    c.is_some_and(is_alphabetic)
}

pub(crate) fn digit(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

/// URLs, e-mail addresses and domain names (`pic.twitter.com/H0FsEyzRqz`,
/// `french.news.cn`) are not prose: their case and dots mean nothing here.
fn looks_like_address(chunk: &str) -> bool {
    // Every form below has a dot, a colon or an at sign: most words have none.
    if memchr::memchr3(b'.', b':', b'@', chunk.as_bytes()).is_none() {
        return false;
    }
    if chunk.contains("://") || chunk.contains("www.") || chunk.contains('@') {
        return true;
    }
    chunk.as_bytes().windows(4).any(|w| {
        matches!(w, [a, b'.', c, d] if a.is_ascii_alphanumeric() && c.is_ascii_lowercase() && d.is_ascii_lowercase())
    })
}

/// Fills `chars` with the chunk's characters; `None` for chunks that are
/// never repaired (too long, addresses).
fn load<'a>(text: &'a str, chars: &'a mut Vec<(usize, char)>) -> Option<Chunk<'a>> {
    if text.len() > MAX_CHUNK_BYTES || looks_like_address(text) {
        return None;
    }
    chars.clear();
    chars.extend(text.char_indices());
    Some(Chunk { text, chars })
}

/// Shape evidence in one chunk; `base` is the chunk's offset in the input
/// and `chars` scratch space.
pub(crate) fn shape_points(
    text: &str,
    base: usize,
    chars: &mut Vec<(usize, char)>,
    out: &mut Vec<Point>,
) {
    let Some(chunk) = load(text, chars) else {
        return;
    };
    out.extend(shape::points(&chunk).into_iter().map(|i| Point {
        at: base + chunk.offset(i),
        sure: true,
    }));
}

/// Whether a chunk is a letter followed by lowercase letters only
/// (`coopérationmultiforme`, `Vietnamprenait`).
fn is_plain_word(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(is_alphabetic)
        && chars.all(|c| c.is_ascii_lowercase() || (!c.is_ascii() && c.is_lowercase()))
}

/// The plain word (see [`is_plain_word`]) a chunk is, alone or before one
/// closing punctuation mark (`multiforme,`, `Kazakhstan.`): nothing follows
/// the mark in the chunk, so no shape rule applies at it, and the word is
/// the chunk's one run of letters. Of such chunks only one that ends with
/// `www.` reads as an address (see [`looks_like_address`]), to be left
/// alone: it is not one.
fn plain_word(text: &str) -> Option<&str> {
    let word = text
        .strip_suffix(|c: char| matches!(c, ',' | '.' | ';' | ':' | '!' | '?'))
        .unwrap_or(text);
    (is_plain_word(word) && !text.ends_with("www.")).then_some(word)
}

/// Word evidence in one chunk (runs of letters stop at shape points);
/// `sentence_start` tells whether the chunk begins a sentence.
pub(crate) fn word_points(
    text: &str,
    base: usize,
    sentence_start: bool,
    vocab: &mut Vocab<'_>,
    chars: &mut Vec<(usize, char)>,
    out: &mut Vec<Point>,
) {
    if text.len() > MAX_CHUNK_BYTES {
        // URLs, codes or garbage, left alone: not even looked at.
        return;
    }
    if let Some(word) = plain_word(text) {
        plain_word_points(word, base, sentence_start, vocab, out);
    } else {
        any_chunk_points(text, base, sentence_start, vocab, chars, out);
    }
}

/// [`word_points`] of the [`plain_word`] of a chunk of at most
/// [`MAX_CHUNK_BYTES`]. Most chunks are one word, capitalized or not, or
/// one before a comma or a period: no shape rule applies inside it (each
/// needs a capital, a digit or punctuation after the first character), and
/// it is one run of letters, so its characters need not be listed.
fn plain_word_points(
    text: &str,
    base: usize,
    sentence_start: bool,
    vocab: &mut Vocab<'_>,
    out: &mut Vec<Point>,
) {
    if let Some(k) = words::run_split(text, false, sentence_start, vocab) {
        out.push(Point {
            at: base + k,
            sure: false,
        });
    }
}

/// [`word_points`] of any chunk.
fn any_chunk_points(
    text: &str,
    base: usize,
    sentence_start: bool,
    vocab: &mut Vocab<'_>,
    chars: &mut Vec<(usize, char)>,
    out: &mut Vec<Point>,
) {
    let Some(chunk) = load(text, chars) else {
        return;
    };
    let shaped = shape::points(&chunk);
    out.extend(
        words::points(&chunk, &shaped, sentence_start, vocab)
            .into_iter()
            .map(|i| Point {
                at: base + chunk.offset(i),
                sure: false,
            }),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Chunks of glued and clean text, plain words and others.
    const TEXT: &str = "Le ministre desAffaires étrangères a reçu mardi sonhomologue \
        duKazakhstan, avec qui il a évoqué la coopérationmultiforme et les relationsbilatérales. \
        Ilsont signé unaccord. Àl'issue, Vietnamprenait acte, ÉTATS Œuvre œuvrecommune \
        Nazarbayevaccueille l'ASEAN en2025 3mars économique,les (PCV)Nguyen \
        anticonstitutionnellementdemain Ωmega ªbc Straße Vietnamprenait, Nazarbayev. \
        coopérationbilatérale; M. www. partenariat: Astanaaccueille! relationsamicales? \
        deVietnam,";

    #[test]
    fn plain_words_are_recognized() {
        for w in [
            "coopérationmultiforme",
            "Vietnamprenait",
            "Œuvre",
            "de",
            "Straße",
        ] {
            assert!(is_plain_word(w), "{w}");
        }
        for w in [
            "ÉTATS",
            "duKazakhstan,",
            "l'ASEAN",
            "en2025",
            "3mars",
            "(PCV)Nguyen",
            "",
        ] {
            assert!(!is_plain_word(w), "{w}");
        }
    }

    #[test]
    fn plain_words_get_the_points_any_chunk_gets() {
        // Each path with a vocabulary of its own: neither answers from
        // what the other judged.
        let (mut fast_vocab, mut general_vocab) = (Vocab::new(TEXT), Vocab::new(TEXT));
        let mut chars = Vec::new();
        let (mut plain, mut punctuated) = (0, 0);
        let mut base = 0;
        for (i, text) in TEXT.split(' ').enumerate() {
            let sentence_start = i % 2 == 0;
            let (mut fast, mut general) = (Vec::new(), Vec::new());
            word_points(
                text,
                base,
                sentence_start,
                &mut fast_vocab,
                &mut chars,
                &mut fast,
            );
            any_chunk_points(
                text,
                base,
                sentence_start,
                &mut general_vocab,
                &mut chars,
                &mut general,
            );
            assert_eq!(fast, general, "{text}");
            if let (Some(word), Some(chunk)) = (plain_word(text), load(text, &mut chars)) {
                plain += 1;
                punctuated += usize::from(word != text);
                assert!(shape::points(&chunk).is_empty(), "{text}");
            }
            base += text.len() + 1;
        }
        assert!(plain >= 25 && punctuated >= 5, "{plain} {punctuated}");
    }
}
