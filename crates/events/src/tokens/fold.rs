//! Folding a word for matching: lowercase, no diacritics, a few letters
//! that do not decompose mapped by hand.

use depeche_parse::text::char_at;
use unicode_normalization::char::{
    canonical_combining_class, decompose_canonical, is_combining_mark,
};
use unicode_normalization::UnicodeNormalization;

/// Fold one word: lowercase, strip combining marks, map a few letters that
/// do not decompose (`đ`, `ı`, `œ`).
pub fn fold_word(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_word_into(word, &mut out);
    out
}

/// [`fold_word`] appended to `out`: tokenizing folds every word into one
/// string, with no string of its own per word.
pub(super) fn fold_word_into(word: &str, out: &mut String) {
    let mark = out.len();
    // Most words are plain ASCII: no decomposition needed.
    if word.is_ascii() {
        push_lowercase(word, out);
        return;
    }
    let bytes = word.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII and the Latin-1 letters (two bytes, the first 0xC3) are
        // read from their bytes, with no character decoded.
        if b.is_ascii() {
            out.push(char::from(b.to_ascii_lowercase()));
            i += 1;
            continue;
        }
        let latin1 = (b == 0xC3)
            .then(|| bytes.get(i + 1))
            .flatten()
            .and_then(|&low| LATIN1.get(usize::from(low.wrapping_sub(0x80))))
            .filter(|&&l| l != 0);
        if let Some(&l) = latin1 {
            out.push(char::from(l));
            i += 2;
            continue;
        }
        let Some((c, len)) = char_at(word, i) else {
            break;
        };
        i += len;
        // Decomposing char by char gives what NFD gives as long as every
        // non-starter is a combining mark: those are dropped, so the
        // canonical reordering of marks cannot show.
        let mut plain = true;
        decompose_canonical(c, |d| {
            if is_combining_mark(d) {
                return;
            }
            if canonical_combining_class(d) != 0 {
                plain = false;
            }
            push_folded(d, out);
        });
        if !plain {
            out.truncate(mark);
            fold_nfd_into(word, out);
            return;
        }
    }
}

/// An ASCII word lowercased onto `out`: all its folding takes.
#[inline]
pub(super) fn push_lowercase(word: &str, out: &mut String) {
    let mark = out.len();
    out.push_str(word);
    if let Some(added) = out.get_mut(mark..) {
        added.make_ascii_lowercase();
    }
}

/// The one ASCII letter each of U+00C0 to U+00FF folds to (`é` → `e`,
/// `Ç` → `c`), by its offset from U+00C0; 0 for those that fold otherwise
/// (`æ`, `ß`, `ð`, `×` …). The accented letters of French, most of the
/// words that are not ASCII, then need no decomposition table. A test
/// checks it against the general fold.
const LATIN1: [u8; 64] =
    *b"aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y";

/// The ASCII letter a Latin-1 letter folds to, when it is one.
#[inline]
pub(super) fn latin1_letter(c: char) -> Option<u8> {
    let i = u32::from(c).checked_sub(0xC0)?;
    LATIN1
        .get(usize::try_from(i).ok()?)
        .copied()
        .filter(|&l| l != 0)
}

/// [`fold_word`] the long way, through the NFD of the whole word.
#[cfg(test)]
fn fold_nfd(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_nfd_into(word, &mut out);
    out
}

/// [`fold_word_into`] the long way, through the NFD of the whole word.
fn fold_nfd_into(word: &str, out: &mut String) {
    for c in word.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        push_folded(c, out);
    }
}

/// One decomposed character, not a combining mark, folded onto `out`.
fn push_folded(c: char, out: &mut String) {
    match c {
        'đ' | 'Đ' => out.push('d'),
        'ı' => out.push('i'),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        '’' | '‘' | 'ʼ' => out.push('\''),
        _ => out.extend(c.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_by_char_folding_agrees_with_nfd() {
        for word in [
            "Đặng",
            "Tokaïev",
            "NGUYỄN",
            "Œuvre",
            "aujourd’hui",
            "Nguye\u{302}\u{303}n",
            "e\u{301}\u{327}",
            "İstanbul",
            "ﬁn",
            "한국",
        ] {
            assert_eq!(fold_word(word), fold_nfd(word), "{word}");
        }
    }

    #[test]
    fn latin1_letters_fold_as_the_general_way_does() {
        let mut one_letter = 0;
        for c in '\u{a0}'..='\u{17f}' {
            let word = c.to_string();
            let general = fold_nfd(&word);
            if let Some(l) = latin1_letter(c) {
                one_letter += 1;
                assert_eq!(general, char::from(l).to_string(), "{c:?}");
            }
            assert_eq!(fold_word(&word), general, "{c:?}");
            assert_eq!(
                fold_word(&format!("Xa{c}b")),
                fold_nfd(&format!("Xa{c}b")),
                "{c:?}"
            );
        }
        assert_eq!(one_letter, 53);
    }
}
