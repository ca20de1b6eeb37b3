//! Units: the non-blank lines of the input, with hard-wrapped prose lines
//! joined into one unit.

use crate::span::Span;
use crate::text::{is_closer, is_terminal, lines, slice, starts_lowercase, trim};

/// A line (or joined lines) of text, trimmed of blanks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    pub(crate) span: Span,
    /// Whether a blank line (or the start of the input) comes before it.
    pub(crate) after_blank: bool,
}

/// Lines shorter than this are never the first half of a wrapped sentence.
const MIN_WRAPPED_LINE: usize = 40;

/// The units of `input`, in order.
pub(crate) fn units(input: &str) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    let mut after_blank = true;
    let mut joinable = false;
    for raw in lines(input) {
        let span = trim(input, raw);
        if span.is_empty() {
            after_blank = true;
            joinable = false;
            continue;
        }
        let text = slice(input, span);
        if joinable && continues(text) {
            if let Some(last) = out.last_mut() {
                last.span = Span::new(last.span.start, span.end);
                joinable = may_continue(text);
                continue;
            }
        }
        joinable = may_continue(text);
        out.push(Unit { span, after_blank });
        after_blank = false;
    }
    out
}

/// Whether a line may be the first half of a hard-wrapped sentence: long
/// enough, not ending a sentence, not a special line.
fn may_continue(text: &str) -> bool {
    let last = text.chars().next_back();
    // Counting stops at the threshold: a huge line costs nothing more.
    text.chars().nth(MIN_WRAPPED_LINE - 1).is_some()
        && !last.is_some_and(|c| is_terminal(c) || is_closer(c) || c == ':')
        && !text.starts_with(">>")
}

/// Whether a line continues the previous one: it starts with a lowercase
/// letter (a new paragraph or title would start with a capital).
fn continues(text: &str) -> bool {
    starts_lowercase(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<&str> {
        units(input).iter().map(|u| slice(input, u.span)).collect()
    }

    #[test]
    fn lines_and_wrapped_prose() {
        let input = " date 2025-05 Titre\r\n\r\nPhoto : VNA/CVN\n\nLe secrétaire général du Parti a rencontré\nles dirigeants du pays hôte.\nLa suite.";
        assert_eq!(
            texts(input),
            [
                "date 2025-05 Titre",
                "Photo : VNA/CVN",
                "Le secrétaire général du Parti a rencontré\nles dirigeants du pays hôte.",
                "La suite."
            ]
        );
        let u = units(input);
        assert!(u[0].after_blank && u[1].after_blank && !u[3].after_blank);
    }
}
