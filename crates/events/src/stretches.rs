//! Overlong segments, read in stretches.
//!
//! A segment's analysis — its sentences' tokens, actor candidates and
//! dates, the triggers read from them and the events built — stays alive
//! until the segment's last pass, because those passes (credentials, story
//! dates, visit spans…) look back over every sentence. For a dispatch that
//! is some kilobytes. A segment far longer than any dispatch (an archive
//! pasted as one paragraph, a text dump without line breaks) would hold
//! about thirty bytes of analysis per byte of its text. It is read instead
//! in stretches of about [`STRETCH_BYTES`], cut where a sentence starts,
//! each analysed as a segment of its own — save that only the first has
//! the segment's lead, the sentences at its top — and the segment's
//! deduplication then merges their events. Such a document's memory grows only with what
//! its record keeps (mentions, events, their evidence), and who "il" is
//! is not looked for across a megabyte of text. Segments of up to
//! [`STRETCH_BYTES`] — every real dispatch — are read whole.

use depeche_parse::sentence::sentences;
use depeche_parse::text::is_blank;
use depeche_parse::Span;

/// Segments whose text is longer than this are read in stretches of about
/// this size: hundreds of times the longest dispatch.
pub(crate) const STRETCH_BYTES: usize = 1 << 20;

/// How far past a stretch's nominal end a sentence start is looked for,
/// before a blank will do.
const LOOK_AHEAD: usize = 1 << 16;

/// Whether a segment whose units (title, paragraphs) are `units` is read
/// whole: its text is at most `limit` bytes.
pub(crate) fn read_whole(units: &[Span], limit: usize) -> bool {
    units.iter().map(|u| u.len()).sum::<usize>() <= limit
}

/// The stretches of a segment that is not [`read_whole`], each a list of
/// spans of `input` in order: at most about `limit` bytes each, a unit
/// longer than that cut into pieces where a sentence starts.
///
/// Every cut is just after a blank, so no glue repair (which lies within a
/// run of non-blank characters) and no word is ever cut, save in a run of
/// [`LOOK_AHEAD`] bytes without a blank, far too long to be a word or to be
/// repaired.
pub(crate) fn stretches(input: &str, units: &[Span], limit: usize) -> Vec<Vec<Span>> {
    let mut out: Vec<Vec<Span>> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut size = 0usize;
    for &unit in units {
        for piece in pieces(input, unit, limit) {
            if size + piece.len() > limit && !current.is_empty() {
                out.push(std::mem::take(&mut current));
                size = 0;
            }
            size += piece.len();
            current.push(piece);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// `unit` cut into pieces of about `limit` bytes.
fn pieces(input: &str, unit: Span, limit: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = unit.start;
    while unit.end.saturating_sub(start) > limit {
        let cut = cut_from(input, start + limit.max(1), unit.end);
        if cut <= start || cut >= unit.end {
            break;
        }
        out.push(Span::new(start, cut));
        start = cut;
    }
    out.push(Span::new(start, unit.end));
    out
}

/// Where to cut at or after byte `from`, before `end`: where the next
/// sentence starts after a blank, or failing one within [`LOOK_AHEAD`],
/// after the next blank; failing one, at `end` (no cut) when the unit ends
/// within [`LOOK_AHEAD`], else at `from` itself (on a character boundary,
/// inside a run of that many bytes without a blank).
fn cut_from(input: &str, from: usize, end: usize) -> usize {
    let from = ceil_boundary(input, from.min(end));
    let until = floor_boundary(input, from.saturating_add(LOOK_AHEAD).min(end)).max(from);
    let Some(window) = input.get(from..until) else {
        return from;
    };
    // The window's first sentence is the tail of the one it starts in.
    let sentence_start = sentences(window)
        .iter()
        .skip(1)
        .map(|s| from + s.start)
        .find(|&at| after_blank(input, at));
    sentence_start
        .or_else(|| {
            window
                .char_indices()
                .find(|&(_, c)| is_blank(c))
                .map(|(i, c)| from + i + c.len_utf8())
        })
        .unwrap_or(if until < end { from } else { end })
}

fn after_blank(input: &str, at: usize) -> bool {
    input
        .get(..at)
        .and_then(|before| before.chars().next_back())
        .is_some_and(is_blank)
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(input: &'a str, stretch: &[Span]) -> Vec<&'a str> {
        stretch.iter().filter_map(|s| s.slice(input)).collect()
    }

    const PARAGRAPH: &str = "Le président a reçu mardi l'ambassadeur du Japon. \
        Les deux hommes ont évoqué la coopération économique. \
        Le ministre effectuera jeudi une visite officielle à Rabat. ";

    #[test]
    fn a_segment_within_the_limit_is_read_whole() {
        let input = format!("Titre\n\n{PARAGRAPH}\n\n{PARAGRAPH}");
        let units = [
            Span::new(0, 5),
            Span::new(7, 7 + PARAGRAPH.len()),
            Span::new(9 + PARAGRAPH.len(), input.len()),
        ];
        assert!(read_whole(&units, input.len()));
        assert!(!read_whole(&units, input.len() / 2));
    }

    #[test]
    fn a_long_paragraph_is_cut_where_sentences_start() {
        let input = PARAGRAPH.repeat(40);
        let unit = Span::new(0, input.len());
        let limit = 1000;
        let got = stretches(&input, &[unit], limit);
        assert!(got.len() >= input.len() / limit, "{}", got.len());
        let mut next = 0;
        for stretch in &got {
            for piece in stretch {
                // Pieces follow each other and cover the unit.
                assert_eq!(piece.start, next);
                next = piece.end;
                let text = piece.slice(&input).unwrap_or_default();
                assert!(
                    text.starts_with("Le ") || text.starts_with("Les "),
                    "{text}"
                );
                assert!(text.trim_end().ends_with('.'), "{text}");
            }
            let size: usize = stretch.iter().map(|p| p.len()).sum();
            assert!(size <= limit + 200, "{size}");
        }
        assert_eq!(next, input.len());
    }

    #[test]
    fn short_units_are_grouped_and_never_cut() {
        let input = format!("{PARAGRAPH}\n\n").repeat(30);
        let step = PARAGRAPH.len() + 2;
        let units: Vec<Span> = (0..30)
            .map(|i| Span::new(i * step, i * step + PARAGRAPH.len()))
            .collect();
        let got = stretches(&input, &units, 4 * step);
        assert_eq!(got.concat(), units);
        assert!(got.iter().all(|s| s.len() == 4 || s.len() == 2), "{got:?}");
    }

    #[test]
    fn text_without_sentence_ends_is_cut_after_a_blank() {
        // Five-byte words and a limit that falls inside one: each cut
        // moves on to the next word's start.
        let input = "mots ".repeat(500);
        let got = stretches(&input, &[Span::new(0, input.len())], 301);
        assert!(got.len() > 5);
        for piece in got.concat() {
            let text = piece.slice(&input).unwrap_or_default();
            assert!(text.starts_with("mots"), "{text:?}");
        }
    }

    #[test]
    fn a_unit_ending_within_reach_is_not_cut_inside_its_last_word() {
        // Just over the limit, with no blank after it: the last word is
        // left whole, in a piece a little longer than the limit.
        let input = format!("{}coopérationmultiforme", "mots ".repeat(200));
        let limit = input.len() - 8;
        let got = stretches(&input, &[Span::new(0, input.len())], limit);
        let pieces = got.concat();
        assert_eq!(pieces, [Span::new(0, input.len())]);
    }

    #[test]
    fn text_without_blanks_is_cut_on_character_boundaries() {
        // Longer than the look ahead: a run that no word or repair is.
        let input = "é".repeat(100_000);
        let got = stretches(&input, &[Span::new(0, input.len())], 301);
        let pieces = got.concat();
        assert!(pieces.len() > 5);
        assert!(pieces.iter().all(|p| p.slice(&input).is_some()));
        assert_eq!(pieces.last().map(|p| p.end), Some(input.len()));
    }

    #[test]
    fn cuts_keep_text_together() {
        let input = format!("{}{}", PARAGRAPH.repeat(12), "Fin du texte.");
        let got = stretches(&input, &[Span::new(0, input.len())], 500);
        let joined: String = got.iter().flat_map(|s| texts(&input, s)).collect();
        assert_eq!(joined, input);
    }
}
