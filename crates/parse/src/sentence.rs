//! Sentence segmentation for French dispatch prose.
//!
//! A sentence ends at `.`, `!`, `?`, `…` or `...` (with any closing quotes
//! or brackets after it) when the next sentence visibly starts: blanks and
//! then a capital letter, a digit, an opening quote or a dash. A blank line
//! always ends a sentence. A period does not end a sentence after an
//! abbreviation (`M.`, `MM.`, `SEM.`, `Jr.`, `data/abbreviations.tsv`) or an
//! initial (`A. Bakayev`); a period glued to a capitalized word after a
//! lowercase word (`mandat.Lors`, from removed paragraph breaks) does.

use crate::data;
use crate::span::Span;
use crate::text::{char_at, is_blank, is_closer, is_terminal};
use std::sync::OnceLock;

fn abbreviations() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| data::first_column(data::ABBREVIATIONS).collect())
}

/// Builds the list of abbreviations now (see [`crate::prepare`]).
pub(crate) fn prepare() {
    abbreviations();
}

/// The sentences of `text`, as spans relative to `text`, trimmed of
/// surrounding blanks, in order. Empty or blank text gives no sentence.
///
/// ```
/// use depeche_parse::sentence::sentences;
/// let text = "M. Xi a reçu A. Bakayev le 3 mars. Ils ont signé 10 accords, etc. « Nous sommes prêts », a-t-il dit… Le taux est de 3,5 %.";
/// let got: Vec<&str> = sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
/// assert_eq!(got, [
///     "M. Xi a reçu A. Bakayev le 3 mars.",
///     "Ils ont signé 10 accords, etc.",
///     "« Nous sommes prêts », a-t-il dit…",
///     "Le taux est de 3,5 %.",
/// ]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let bytes = text.as_bytes();
    // Byte offset of the next character to read.
    let mut pos = 0usize;
    // The last line break read: a blank line ends a sentence.
    let mut last_newline: Option<usize> = None;
    // Only terminals and line breaks matter, and they are searched for
    // (`…` by its first byte): the bytes between are never read one by
    // one. Each search is remembered until the reading passes it.
    let mut terminal = memchr::memchr3(b'.', b'!', b'?', bytes);
    let mut other = memchr::memchr2(b'\n', ELLIPSIS_LEAD, bytes);
    loop {
        if terminal.is_some_and(|t| t < pos) {
            terminal = bytes
                .get(pos..)
                .and_then(|r| memchr::memchr3(b'.', b'!', b'?', r))
                .map(|k| pos + k);
        }
        if other.is_some_and(|t| t < pos) {
            other = bytes
                .get(pos..)
                .and_then(|r| memchr::memchr2(b'\n', ELLIPSIS_LEAD, r))
                .map(|k| pos + k);
        }
        let i = match (terminal, other) {
            (Some(t), Some(o)) => t.min(o),
            (Some(t), None) => t,
            (None, Some(o)) => o,
            (None, None) => break,
        };
        let Some((c, len)) = char_at(text, i) else {
            break;
        };
        pos = i + len;
        if c == '\n' {
            // A blank line: two line breaks with only blanks between.
            let line_end = last_newline
                .and_then(|j| text.get(j + 1..i))
                .is_some_and(|between| between.chars().all(is_blank));
            last_newline = Some(i);
            if line_end {
                push(text, start, i, &mut out);
                start = i;
            }
            continue;
        }
        if let Some(end) = sentence_end(text, c, i, &mut pos) {
            push(text, start, end, &mut out);
            start = end;
        }
    }
    push(text, start, text.len(), &mut out);
    out
}

/// Where the sentence ends when character `c` at byte `i` is a terminal
/// that ends it; `pos` (just after `c`) moves past what was read with it:
/// the run of terminals and closers, and spaced closing quotes.
fn sentence_end(text: &str, c: char, i: usize, pos: &mut usize) -> Option<usize> {
    if !is_terminal(c) {
        return None;
    }
    // Take the whole run of terminals and closers (`...`, `?!`, `.»`).
    let mut end = *pos;
    while let Some(d) = text.get(*pos..).and_then(|t| t.chars().next()) {
        if is_terminal(d) || is_closer(d) {
            *pos += d.len_utf8();
            end = *pos;
        } else {
            break;
        }
    }
    if c == '.' && end == i + 1 && !ends_sentence_at_period(text, i) {
        return None;
    }
    // French closing quotes are spaced: `« Bonjour. »`.
    while let Some(rest) = text.get(end..) {
        let t = rest.trim_start_matches(is_blank);
        match t.chars().next() {
            Some(q @ ('»' | '\u{201d}')) => {
                end += rest.len() - t.len() + q.len_utf8();
                *pos = (*pos).max(end);
            }
            _ => break,
        }
    }
    let rest = text.get(end..).unwrap_or("");
    let after_blank = rest.trim_start_matches(is_blank);
    let spaced = after_blank.len() < rest.len();
    let boundary = if spaced {
        starts_sentence(after_blank)
    } else {
        c == '.' && glued_start(text, i, rest)
    };
    (boundary || after_blank.is_empty()).then_some(end)
}

/// The first byte of `…` (U+2026), the one terminal of several bytes.
const ELLIPSIS_LEAD: u8 = 0xe2;

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(s) = text.get(start..end) else {
        return;
    };
    let lead = s.len() - s.trim_start_matches(is_blank).len();
    let body = s.trim_matches(is_blank);
    if !body.is_empty() {
        out.push(Span::new(start + lead, start + lead + body.len()));
    }
}

/// Whether a period at byte `i` can end a sentence, judging the word before
/// it: not after an abbreviation or a single capital initial.
fn ends_sentence_at_period(text: &str, i: usize) -> bool {
    let before = text.get(..i).unwrap_or("");
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(j, c)| j + c.len_utf8());
    let word = before.get(word_start..).unwrap_or("");
    let mut chars = word.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    !(single_capital || abbreviations().contains(&word))
}

/// Whether `s` (after blanks) starts a sentence.
fn starts_sentence(s: &str) -> bool {
    match s.chars().next() {
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(
                    c,
                    '«' | '"' | '\u{201c}' | '(' | '[' | '-' | '\u{2013}' | '\u{2014}' | '•' | '>'
                )
        }
        None => false,
    }
}

/// `mandat.Lors`, `depuis 2012.Saied`: a period glued to a capitalized
/// word, after a lowercase word of two letters or more or a year
/// (paragraphs fused without a space).
fn glued_start(text: &str, i: usize, rest: &str) -> bool {
    let mut next = rest.chars();
    let capital =
        next.next().is_some_and(char::is_uppercase) && next.next().is_some_and(char::is_lowercase);
    let before = text.get(..i).unwrap_or("");
    let mut prev = before.chars().rev();
    let lower_word =
        prev.next().is_some_and(char::is_lowercase) && prev.next().is_some_and(char::is_lowercase);
    capital && (lower_word || ends_with_year(before))
}

/// Whether `s` ends with a word of exactly four digits (`en 2012`).
fn ends_with_year(s: &str) -> bool {
    let digits = s.len() - s.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let word_before = s
        .get(..s.len() - digits)
        .and_then(|b| b.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric() && c != '.' && c != ',');
    digits == 4 && word_before
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    /// The sentences as they were first split: every character read in
    /// turn, a blank line told by a flag.
    fn sentences_char_by_char(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0usize;
        let mut pos = 0usize;
        let mut prev_nl = false;
        while let Some(c) = text.get(pos..).and_then(|t| t.chars().next()) {
            let i = pos;
            pos += c.len_utf8();
            if c == '\n' {
                let line_end = prev_nl;
                prev_nl = true;
                if line_end {
                    push(text, start, i, &mut out);
                    start = i;
                }
                continue;
            }
            if !is_blank(c) {
                prev_nl = false;
            }
            if let Some(end) = sentence_end(text, c, i, &mut pos) {
                push(text, start, end, &mut out);
                start = end;
            }
        }
        push(text, start, text.len(), &mut out);
        out
    }

    #[test]
    fn same_sentences_as_reading_every_character() {
        let pieces = [
            "M. Xi a reçu A. Bakayev le 3 mars.",
            " Ils ont signé… ",
            "« Bonjour. » ",
            "Puis elle est partie !Vraiment ?",
            "\n",
            "\n\n",
            " \n \u{a0}\n",
            "\n\u{202f}\n",
            "l’été — “oui.” ",
            "le 7e mandat.Lors de",
            "etc. ",
            "...",
            "?!",
            "». ",
            "\r\n\r\n",
            "x",
            "2012.Saied",
        ];
        let mut texts: Vec<String> = pieces.iter().map(|p| p.to_string()).collect();
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.push(format!("{a}{b}{c}"));
                }
            }
        }
        for text in &texts {
            assert_eq!(sentences(text), sentences_char_by_char(text), "{text:?}");
        }
    }

    proptest::proptest! {
        /// The same on any text of these characters.
        #[test]
        fn same_sentences_on_any_text(text in "[a-zA-Z0-9 .!?…»”’\n\r\u{a0}\u{202f}«(—é]{0,60}") {
            assert_eq!(sentences(&text), sentences_char_by_char(&text));
        }
    }

    #[test]
    fn french_abbreviations_and_forms() {
        assert_eq!(
            split("La Conclusion n°230-KL/TW a été signée. Le 4ᵉ plénum s'ouvre."),
            [
                "La Conclusion n°230-KL/TW a été signée.",
                "Le 4ᵉ plénum s'ouvre."
            ]
        );
        assert_eq!(
            split("Joseph R. Biden Jr. Est arrivé. La vice-ministre des AE a parlé."),
            [
                "Joseph R. Biden Jr. Est arrivé.",
                "La vice-ministre des AE a parlé."
            ]
        );
        assert_eq!(
            split("Il a dit... et puis rien. Fin"),
            ["Il a dit... et puis rien.", "Fin"]
        );
        assert_eq!(
            split("SEM. Mohamed Bazoum est arrivé."),
            ["SEM. Mohamed Bazoum est arrivé."]
        );
        assert_eq!(
            split("Elle a dit : « Bonjour. » Puis elle est partie !Vraiment ?"),
            [
                "Elle a dit : « Bonjour. »",
                "Puis elle est partie !Vraiment ?"
            ]
        );
        assert_eq!(
            split("le 7e mandat.Lors de la rencontre"),
            ["le 7e mandat.", "Lors de la rencontre"]
        );
        assert_eq!(
            split("en Libye depuis 2012.Saied a été reçu"),
            ["en Libye depuis 2012.", "Saied a été reçu"]
        );
        // A version number or a decimal is no year.
        assert_eq!(split("la version 1.2012.Test"), ["la version 1.2012.Test"]);
        assert_eq!(split("le 12.Avril"), ["le 12.Avril"]);
        assert_eq!(
            split("Voir french.news.cn. Merci"),
            ["Voir french.news.cn.", "Merci"]
        );
    }

    #[test]
    fn blank_lines_and_edges() {
        assert_eq!(
            split("Titre sans point\n\nCorps du texte"),
            ["Titre sans point", "Corps du texte"]
        );
        assert_eq!(split("  "), Vec::<&str>::new());
        assert_eq!(split("."), ["."]);
        assert_eq!(split("a\u{a0}!\u{202f}B"), ["a\u{a0}!", "B"]);
    }
}
