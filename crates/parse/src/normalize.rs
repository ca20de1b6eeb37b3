//! The normalized view of a piece: its text with repairs applied, and a map
//! from offsets in that text back to the original input.
//!
//! Repairs never rewrite the input; they live in
//! [`Dispatch::repairs`](crate::Dispatch::repairs). A consumer that wants
//! clean words (`du Vietnam` rather than `duVietnam`) builds a
//! [`Normalized`] view of a title or paragraph, works on [`Normalized::text`]
//! and maps every span it finds back with [`Normalized::to_original`].

use crate::model::Repair;
use crate::span::Span;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// One stretch of the normalized text and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
struct Run {
    /// Start in the normalized text.
    norm: usize,
    /// Length in the normalized text.
    norm_len: usize,
    /// Start in the original input.
    orig: usize,
    /// Length in the original input.
    orig_len: usize,
    /// Whether the bytes are the same on both sides (else inserted or
    /// replaced).
    same: bool,
}

/// The text of `input[span]` with the repairs inside `span` applied, and the
/// way back to original offsets.
///
/// ```
/// use depeche_parse::normalize::Normalized;
/// use depeche_parse::{parse, Span};
///
/// let input = "Le président de l'ANNguyen Sinh Hung a salué les liens avec duVietnam et amistraditionnels, dont le Kazakhstan.";
/// let doc = parse(input).unwrap();
/// let seg = &doc.segments[0];
/// let para = seg.paragraphs[0].span;
/// let norm = Normalized::new(input, para, &seg.repairs);
/// assert!(norm.text().contains("l'AN Nguyen"));
/// let at = norm.text().find("Vietnam").unwrap();
/// let back = norm.to_original(Span::new(at, at + "Vietnam".len()));
/// assert_eq!(back.slice(input), Some("Vietnam"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct Normalized {
    text: String,
    runs: Vec<Run>,
    origin: Span,
    input_len: usize,
}

impl Normalized {
    /// The normalized text of `input[span]`: every repair lying wholly inside
    /// `span` is applied (others are ignored). A span that does not fit the
    /// input is clamped to it.
    pub fn new(input: &str, span: Span, repairs: &[Repair]) -> Normalized {
        let span = clamp(input, span);
        let mut text = String::with_capacity(span.len() + 16);
        let mut runs = Vec::new();
        let mut pos = span.start;
        let mut sorted: Vec<&Repair> = repairs
            .iter()
            .filter(|r| {
                span.contains(r.span)
                    && input.get(r.span.start..r.span.end) == Some(r.original.as_str())
            })
            .collect();
        sorted.sort_by_key(|r| r.span.start);
        for r in sorted {
            if r.span.start < pos {
                continue;
            }
            push_same(&mut text, &mut runs, input, pos, r.span.start);
            push_repair(&mut text, &mut runs, r);
            pos = r.span.end;
        }
        push_same(&mut text, &mut runs, input, pos, span.end);
        Normalized {
            text,
            runs,
            origin: span,
            input_len: input.len(),
        }
    }

    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The span of the original input that the normalized `span` comes from.
    ///
    /// The result is on char boundaries of the original input and inside the
    /// normalized piece's original span. An inserted character maps to the
    /// original position next to it; out-of-range offsets are clamped. Never
    /// panics.
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.map(span.start, false);
        let end = self.map(span.end.max(span.start), true).max(start);
        Span::new(start, end)
    }

    fn map(&self, offset: usize, is_end: bool) -> usize {
        let offset = offset.min(self.text.len());
        // Most pieces have no repair: one run, holding every offset.
        let run = match self.runs.as_slice() {
            [only] => Some(only),
            _ => self.find_run(offset, is_end),
        };
        let raw = match run {
            Some(run) if run.same => {
                run.orig + self.snap(run, offset.saturating_sub(run.norm), is_end)
            }
            Some(run) if is_end && offset > run.norm => run.orig + run.orig_len,
            Some(run) => run.orig,
            None => {
                if is_end {
                    self.origin.end
                } else {
                    self.origin.start
                }
            }
        };
        raw.clamp(self.origin.start, self.origin.end.min(self.input_len))
    }

    /// The run holding `offset`; at a boundary between two runs, the one
    /// before it for an end offset and the one after it for a start offset.
    fn find_run(&self, offset: usize, is_end: bool) -> Option<&Run> {
        let idx = self.runs.partition_point(|r| {
            if is_end {
                r.norm + r.norm_len < offset
            } else {
                r.norm + r.norm_len <= offset
            }
        });
        self.runs.get(idx).or_else(|| self.runs.last())
    }

    /// Offset `k` into the unchanged `run` (at most its length), on a char
    /// boundary: itself, or the end (`up`) or start of the character it
    /// falls inside. The run's bytes are the original's, and both its ends
    /// are boundaries there (the ends of the piece and of repairs), so the
    /// normalized text tells where the original's characters lie.
    fn snap(&self, run: &Run, k: usize, up: bool) -> usize {
        let k = k.min(run.orig_len);
        let Some(bytes) = self.text.get(run.norm..run.norm + run.norm_len) else {
            return k;
        };
        let mut at = k;
        while !bytes.is_char_boundary(at) {
            if up {
                at += 1;
            } else {
                at -= 1;
            }
        }
        at
    }
}

fn clamp(input: &str, span: Span) -> Span {
    let mut start = span.start.min(input.len());
    while !input.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, input.len());
    while !input.is_char_boundary(end) {
        end += 1;
    }
    Span::new(start, end)
}

fn push_same(text: &mut String, runs: &mut Vec<Run>, input: &str, from: usize, to: usize) {
    if let Some(s) = input.get(from..to).filter(|s| !s.is_empty()) {
        runs.push(Run {
            norm: text.len(),
            norm_len: s.len(),
            orig: from,
            orig_len: s.len(),
            same: true,
        });
        text.push_str(s);
    }
}

/// Appends a repair's replacement. When the replacement is the original with
/// characters inserted (a split), the common characters keep an exact
/// mapping and only the inserted ones map to a neighbouring position.
fn push_repair(text: &mut String, runs: &mut Vec<Run>, r: &Repair) {
    let orig = r.original.as_str();
    let repl = r.replacement.as_str();
    let Some(pieces) = insertions(orig, repl) else {
        runs.push(Run {
            norm: text.len(),
            norm_len: repl.len(),
            orig: r.span.start,
            orig_len: r.span.len(),
            same: false,
        });
        text.push_str(repl);
        return;
    };
    let mut o = 0usize;
    for (same_len, inserted) in pieces {
        if same_len > 0 {
            runs.push(Run {
                norm: text.len(),
                norm_len: same_len,
                orig: r.span.start + o,
                orig_len: same_len,
                same: true,
            });
            text.push_str(orig.get(o..o + same_len).unwrap_or(""));
            o += same_len;
        }
        if !inserted.is_empty() {
            runs.push(Run {
                norm: text.len(),
                norm_len: inserted.len(),
                orig: r.span.start + o,
                orig_len: 0,
                same: false,
            });
            text.push_str(inserted);
        }
    }
}

/// Aligns `repl` as `orig` with insertions: a list of (bytes copied from
/// `orig`, text inserted after them), or `None` when `repl` is not `orig`
/// plus insertions.
fn insertions<'a>(orig: &str, repl: &'a str) -> Option<Vec<(usize, &'a str)>> {
    let mut out = Vec::new();
    let mut oi = orig.char_indices().peekable();
    let mut same = 0usize;
    let mut ins_start: Option<usize> = None;
    for (ri, rc) in repl.char_indices() {
        match oi.peek() {
            Some(&(_, oc)) if oc == rc => {
                if let Some(s) = ins_start.take() {
                    out.push((same, repl.get(s..ri)?));
                    same = 0;
                }
                same += rc.len_utf8();
                oi.next();
            }
            _ => {
                if ins_start.is_none() {
                    ins_start = Some(ri);
                }
            }
        }
    }
    if oi.next().is_some() {
        return None;
    }
    match ins_start {
        Some(s) => out.push((same, repl.get(s..)?)),
        None => out.push((same, "")),
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RepairKind;

    fn repair(input: &str, start: usize, end: usize, replacement: &str) -> Repair {
        Repair {
            kind: RepairKind::Split,
            span: Span::new(start, end),
            original: input[start..end].to_string(),
            replacement: replacement.to_string(),
        }
    }

    /// Offsets are snapped as a table of the original's characters of more
    /// than one byte would snap them.
    #[test]
    fn snaps_to_the_characters_of_the_original() {
        let by_table = |n: &Normalized, input: &str, offset: usize, is_end: bool| {
            let offset = offset.min(n.text.len());
            let raw = match n.find_run(offset, is_end) {
                Some(run) if run.same => run.orig + (offset - run.norm).min(run.orig_len),
                Some(run) if is_end && offset > run.norm => run.orig + run.orig_len,
                Some(run) => run.orig,
                None if is_end => n.origin.end,
                None => n.origin.start,
            };
            let pos = raw.clamp(n.origin.start, n.origin.end.min(n.input_len));
            let wide: Vec<(usize, usize)> = input[n.origin.start..n.origin.end]
                .char_indices()
                .filter(|(_, c)| !c.is_ascii())
                .map(|(i, c)| (n.origin.start + i, c.len_utf8()))
                .collect();
            match wide.iter().find(|&&(s, l)| s < pos && pos < s + l) {
                Some(&(s, l)) if is_end => s + l,
                Some(&(s, _)) => s,
                None => pos,
            }
        };
        let cases: Vec<(&str, Vec<Repair>)> = vec![
            ("un été à Hanoï — déjà", vec![]),
            (
                "un églement ici, à Đà Nẵng",
                vec![repair("un églement ici", 3, 12, "également")],
            ),
            (
                "le parti Ärmanat au pouvoir",
                vec![repair("le parti Ärmanat au pouvoir", 9, 17, "Amanat")],
            ),
            (
                "« duVietnam » l’été",
                vec![repair("« duVietnam » l’été", 3, 12, "du Vietnam")],
            ),
        ];
        for (input, repairs) in &cases {
            for (from, to) in [(0, input.len()), (1, input.len() - 1), (3, 14)] {
                let n = Normalized::new(input, Span::new(from, to), repairs);
                for a in 0..n.text.len() + 2 {
                    for b in a..n.text.len() + 2 {
                        let start = by_table(&n, input, a, false);
                        let end = by_table(&n, input, b, true).max(start);
                        assert_eq!(
                            n.to_original(Span::new(a, b)),
                            Span::new(start, end),
                            "{input} {a}..{b}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn maps_around_an_inserted_space() {
        let input = "Le Parti duVietnam (PCV) salue.";
        let r = repair(input, 9, 18, "du Vietnam");
        let n = Normalized::new(input, Span::new(0, input.len()), &[r]);
        assert_eq!(n.text(), "Le Parti du Vietnam (PCV) salue.");
        let at = n.text().find("Vietnam").unwrap();
        assert_eq!(
            n.to_original(Span::new(at, at + 7)).slice(input),
            Some("Vietnam")
        );
        assert_eq!(n.to_original(Span::new(9, 11)).slice(input), Some("du"));
        assert_eq!(
            n.to_original(Span::new(0, n.text().len())),
            Span::new(0, input.len())
        );
        // The inserted space alone maps to an empty span at the glue point.
        assert_eq!(n.to_original(Span::new(11, 12)), Span::new(11, 11));
    }

    #[test]
    fn sub_spans_and_clamping() {
        let input = "xx Vietnamprenait yy";
        let r = repair(input, 3, 17, "Vietnam prenait");
        let n = Normalized::new(input, Span::new(3, 20), &[r]);
        assert_eq!(n.text(), "Vietnam prenait yy");
        assert_eq!(
            n.to_original(Span::new(8, 15)).slice(input),
            Some("prenait")
        );
        assert_eq!(n.to_original(Span::new(100, 200)), Span::new(20, 20));
        // A span inside a character is widened to whole characters.
        let odd = Normalized::new("é", Span::new(1, 99), &[]);
        assert_eq!(odd.text(), "é");
    }

    #[test]
    fn replacement_that_is_not_an_insertion() {
        let input = "le parti Armanat au pouvoir";
        let r = repair(input, 9, 16, "Amanat");
        let n = Normalized::new(input, Span::new(0, input.len()), &[r]);
        assert_eq!(n.text(), "le parti Amanat au pouvoir");
        let at = n.text().find("Amanat").unwrap();
        assert_eq!(
            n.to_original(Span::new(at, at + 6)).slice(input),
            Some("Armanat")
        );
        // Inside a replaced stretch, a span widens to the whole of it.
        assert_eq!(
            n.to_original(Span::new(at + 1, at + 3)).slice(input),
            Some("Armanat")
        );
        assert_eq!(
            n.to_original(Span::new(at + 7, at + 9)).slice(input),
            Some("au")
        );
    }

    #[test]
    fn insertion_inside_a_word() {
        let input = "un églement ici";
        let r = repair(input, 3, 12, "également");
        let n = Normalized::new(input, Span::new(0, input.len()), &[r]);
        assert_eq!(n.text(), "un également ici");
        let at = n.text().find("également").unwrap();
        assert_eq!(
            n.to_original(Span::new(at, at + "également".len()))
                .slice(input),
            Some("églement")
        );
    }
}
