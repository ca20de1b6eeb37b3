//! Long texts detected in pieces cut at line breaks, with the spans of the
//! results shifted back.

use crate::mention::Mention;
use crate::titles::TitleMatch;

/// Texts longer than this are detected in pieces cut at line breaks: a
/// piece's view (its folded text, byte map and words, some ten times the
/// piece's size) then stays in the processor's caches, and a long text (an
/// archive given at once) is read at the speed of a short one. Names do not
/// span line breaks; a surname is linked to the full name given earlier in
/// its own piece only.
const PIECE: usize = 1 << 16;

/// A line longer than this is cut at whitespace: the view's byte map uses
/// 32-bit offsets. Shorter lines are never cut, however long.
const LONGEST_LINE: usize = 1 << 30;

/// Run `f` on `text`, or on pieces of it cut at line breaks when it is
/// long, shifting the spans of the results back.
pub(crate) fn in_pieces<T: Shift>(text: &str, f: impl FnMut(&str) -> Vec<T>) -> Vec<T> {
    in_pieces_of(text, PIECE, LONGEST_LINE, f)
}

/// [`in_pieces`] with pieces of about `size` bytes, cut after a line break
/// (the last one within `size`, else the first after it), and lines longer
/// than `longest` cut at whitespace.
pub(crate) fn in_pieces_of<T: Shift>(
    text: &str,
    size: usize,
    longest: usize,
    mut f: impl FnMut(&str) -> Vec<T>,
) -> Vec<T> {
    if text.len() <= size {
        return f(text);
    }
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = piece_end(text, start, size, longest);
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

/// Where the piece starting at `start` ends (see [`in_pieces_of`]).
fn piece_end(text: &str, start: usize, size: usize, longest: usize) -> usize {
    let boundary_before = |mut at: usize| {
        at = at.min(text.len());
        while at < text.len() && !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let end = boundary_before(start + size.max(1));
    if end >= text.len() {
        return text.len();
    }
    let window = text.get(start..end).unwrap_or("");
    if let Some(nl) = window.rfind('\n') {
        return start + nl + 1;
    }
    // No line break within `size`: the line goes on to its end, unless it
    // is longer than `longest`.
    let line_end = text
        .get(end..)
        .and_then(|rest| rest.find('\n'))
        .map_or(text.len(), |nl| end + nl + 1);
    if line_end - start <= longest {
        return line_end;
    }
    let end = boundary_before(start + longest.max(1));
    let window = text.get(start..end).unwrap_or("");
    match window.rfind(char::is_whitespace) {
        Some(ws) if ws > 0 => start + ws,
        _ => end,
    }
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
    fn very_long_lines_are_cut_at_whitespace() {
        let r = Registry::embedded();
        let text = "Le Vietnam et le Kazakhstan.\nPuis Tô Lâm\nà Astana.";
        let whole = r.detect(text);
        let cut = in_pieces_of(text, 34, 34, |piece| r.detect_piece(piece, None));
        for m in &cut {
            assert_eq!(m.span.slice(text), Some(m.text.as_str()));
        }
        let names = |ms: &[Mention]| ms.iter().map(|m| m.text.clone()).collect::<Vec<_>>();
        assert_eq!(names(&cut), names(&whole));
    }

    #[test]
    fn long_texts_are_cut_at_line_breaks_only() {
        let text = "Le président Tô Lâm a reçu Kassym-Jomart Tokaïev.\nÀ Astana.\n";
        let mut pieces = Vec::new();
        let spans = in_pieces_of(text, 12, 1 << 30, |piece| {
            pieces.push(piece.to_string());
            Vec::<Mention>::new()
        });
        assert!(spans.is_empty());
        // The first line, longer than a piece, is not cut.
        assert_eq!(
            pieces,
            [
                "Le président Tô Lâm a reçu Kassym-Jomart Tokaïev.\n",
                "À Astana.\n"
            ]
        );
        // Lines gathered up to the piece size.
        let mut pieces = Vec::new();
        in_pieces_of("a\nb\nc\nd\n", 4, 1 << 30, |piece| {
            pieces.push(piece.to_string());
            Vec::<Mention>::new()
        });
        assert_eq!(pieces, ["a\nb\n", "c\nd\n"]);
    }

    #[test]
    fn pieces_find_what_the_whole_text_does_line_by_line() {
        let r = Registry::embedded();
        let line = "Hanoï, 12 mai (VNA) – Le secrétaire général Tô Lâm a reçu le président kazakh Kassym-Jomart Tokaïev.\n";
        let text = line.repeat(40);
        let whole = r.detect(&text);
        let cut = in_pieces_of(&text, 300, 1 << 30, |piece| r.detect_piece(piece, None));
        let seen = |ms: &[Mention]| {
            ms.iter()
                .map(|m| (m.span, m.entity.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(seen(&cut), seen(&whole));
        for m in &cut {
            assert_eq!(m.span.slice(&text), Some(m.text.as_str()));
        }
    }
}
