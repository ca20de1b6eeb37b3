//! Very long texts detected in pieces cut at line breaks, with the spans
//! of the results shifted back.

use crate::mention::Mention;
use crate::titles::TitleMatch;

/// Texts longer than this are detected in pieces (the view's byte map uses
/// 32-bit offsets).
const PIECE: usize = 1 << 30;

/// Run `f` on `text`, or on pieces of it cut at line breaks (or whitespace)
/// when it is very long, shifting the spans of the results back.
pub(crate) fn in_pieces<T: Shift>(text: &str, f: impl FnMut(&str) -> Vec<T>) -> Vec<T> {
    in_pieces_of(text, PIECE, f)
}

pub(crate) fn in_pieces_of<T: Shift>(
    text: &str,
    size: usize,
    mut f: impl FnMut(&str) -> Vec<T>,
) -> Vec<T> {
    if text.len() <= size {
        return f(text);
    }
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + size.max(1)).min(text.len());
        while end < text.len() && !text.is_char_boundary(end) {
            end -= 1;
        }
        // Cut after a line break when there is one (names do not span
        // paragraphs), else at whitespace.
        let window = text.get(start..end).unwrap_or("");
        let cut = window
            .rfind('\n')
            .map(|i| i + 1)
            .or_else(|| window.rfind(char::is_whitespace));
        if let Some(ws) = cut {
            if end < text.len() && ws > 0 {
                end = start + ws;
            }
        }
        let piece = text.get(start..end).unwrap_or("");
        out.extend(f(piece).into_iter().map(|mut t| {
            t.shift(start);
            t
        }));
        start = end.max(start + 1);
        while start < text.len() && !text.is_char_boundary(start) {
            start += 1;
        }
    }
    out
}

/// Things with spans that [`in_pieces`] can shift.
pub(crate) trait Shift {
    fn shift(&mut self, by: usize);
}

impl Shift for Mention {
    fn shift(&mut self, by: usize) {
        self.span.start += by;
        self.span.end += by;
    }
}

impl Shift for TitleMatch {
    fn shift(&mut self, by: usize) {
        self.span.start += by;
        self.span.end += by;
        if let Some(s) = &mut self.country_span {
            s.start += by;
            s.end += by;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Registry;

    #[test]
    fn long_texts_are_cut_at_whitespace() {
        let r = Registry::embedded();
        let text = "Le Vietnam et le Kazakhstan.\nPuis Tô Lâm\nà Astana.";
        let whole = r.detect(text);
        let cut = in_pieces_of(text, 34, |piece| r.detect_piece(piece, None));
        for m in &cut {
            assert_eq!(m.span.slice(text), Some(m.text.as_str()));
        }
        let names = |ms: &[Mention]| ms.iter().map(|m| m.text.clone()).collect::<Vec<_>>();
        assert_eq!(names(&cut), names(&whole));
    }
}
