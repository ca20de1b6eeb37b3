//! Character classes and small span helpers shared by the parsers.
//!
//! Everything here works on byte offsets of the original input and only ever
//! moves by whole characters, so the spans it returns are on char boundaries.

use crate::span::Span;

/// Whether `c` is blank: whitespace (tabs, CR, U+00A0, U+202F …), a byte
/// order mark or a zero-width space. Blank characters separate pieces and
/// belong to none.
///
/// ```
/// use depeche_parse::text::is_blank;
/// assert!(is_blank('\u{a0}') && is_blank('\u{feff}') && !is_blank('x'));
/// ```
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}')
}

/// The character at byte `i` of `text` and its length in bytes, or `None`
/// at the end or inside a character. ASCII needs no decoding: scanners
/// that go a character at a time over mostly ASCII prose use it.
///
/// ```
/// use depeche_parse::text::char_at;
/// assert_eq!(char_at("Hanoï", 4), Some(('ï', 2)));
/// assert_eq!(char_at("Hanoï", 0), Some(('H', 1)));
/// assert_eq!(char_at("Hanoï", 5), None);
/// assert_eq!(char_at("Hanoï", 6), None);
/// ```
#[inline]
pub fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Whether a character of U+0080 to U+00FF is a letter: the accented
/// letters of French and the ordinal and micro signs.
#[inline]
fn is_latin1_letter(c: char) -> bool {
    matches!(c, 'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ')
}

/// Whether `c` is a letter, as [`char::is_alphabetic`] says: the Latin-1
/// letters of French prose are answered without Unicode's tables.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if c <= '\u{ff}' {
        is_latin1_letter(c)
    } else {
        c.is_alphabetic()
    }
}

/// Whether `c` is a letter or a digit, as [`char::is_alphanumeric`] says,
/// Latin-1 answered as [`is_alphabetic`] answers it.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if c <= '\u{ff}' {
        is_latin1_letter(c) || matches!(c, '²' | '³' | '¹' | '¼'..='¾')
    } else {
        c.is_alphanumeric()
    }
}

/// The lowercase of a Latin-1 character (`É` → `é`), as
/// [`char::to_lowercase`] gives it but without Unicode's tables; `None`
/// for a character past Latin-1.
#[inline]
pub(crate) fn lowercase_latin1(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        // The capitals of Latin-1 lie 0x20 below their small letters.
        'À'..='Þ' if c != '×' => char::from_u32(u32::from(c) + 0x20),
        '\0'..='\u{ff}' => Some(c),
        _ => None,
    }
}

/// Whether `c` is a dash used as a separator (`-`, `–`, `—`, `−`).
pub(crate) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

/// Whether `c` is an apostrophe, straight or typographic.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02bc}' | '`' | '\u{b4}'
    )
}

/// Whether `c` ends a sentence.
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{2026}')
}

/// Whether `c` is a closing quote or bracket that may follow a sentence end.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '»' | '"' | '\u{201d}' | '\u{2019}' | ')' | ']' | '\u{203a}' | '\''
    )
}

/// `span` with blank characters removed at both ends (empty spans stay at
/// their start). Out-of-range or misaligned spans come back empty.
pub(crate) fn trim(input: &str, span: Span) -> Span {
    let Some(s) = input.get(span.start..span.end) else {
        return Span::new(span.start, span.start);
    };
    let lead = s.len() - s.trim_start_matches(is_blank).len();
    let body = s.trim_matches(is_blank);
    let start = span.start + lead;
    Span::new(start, start + body.len())
}

/// The text of `span`, or `""` when the span does not fit the input.
pub(crate) fn slice(input: &str, span: Span) -> &str {
    input.get(span.start..span.end).unwrap_or("")
}

/// The first `max` bytes of `s` at most, cut on a char boundary. The
/// line-start grammars (header, dateline) only ever need a short prefix, so
/// a huge line costs them nothing.
pub(crate) fn prefix(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// Number of words (runs of characters containing a letter) in `s`.
pub(crate) fn word_count(s: &str) -> usize {
    s.split(is_blank)
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// Whether the first letter of `s` is lowercase.
pub(crate) fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Whether the first character of `s` is uppercase.
pub(crate) fn starts_uppercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Lines of the input excluding their terminators (`\n`, `\r\n`, lone `\r`).
/// Each item is the raw line span (possibly blank).
pub(crate) fn lines(input: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = input.as_bytes();
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        let rest = bytes.get(start..).unwrap_or(&[]);
        match memchr::memchr2(b'\n', b'\r', rest) {
            Some(i) => {
                let end = start + i;
                let crlf = rest.get(i) == Some(&b'\r') && rest.get(i + 1) == Some(&b'\n');
                pos = end + if crlf { 2 } else { 1 };
                Some(Span::new(start, end))
            }
            None => {
                pos = bytes.len();
                Some(Span::new(start, bytes.len()))
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_shortcuts_agree_with_unicode() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            if let Some(l) = lowercase_latin1(c) {
                assert!(c.to_lowercase().eq([l]), "{c:?}");
            } else {
                assert!(c > '\u{ff}', "{c:?}");
            }
        }
    }

    #[test]
    fn lines_handle_all_terminators() {
        let input = "a\r\nb\rc\n\nd";
        let got: Vec<&str> = lines(input).map(|s| slice(input, s)).collect();
        assert_eq!(got, ["a", "b", "c", "", "d"]);
    }

    #[test]
    fn trim_removes_nbsp_and_bom() {
        let input = "\u{feff}\u{a0} Titre\u{202f}\t";
        let t = trim(input, Span::new(0, input.len()));
        assert_eq!(slice(input, t), "Titre");
    }
}
