//! Which tokens a name's span covers.

use crate::analysis::Sentence;
use depeche_parse::Span;

/// How many tokens of `sent` start before `offset`: tokens are in text
/// order, so a binary search, not a walk back from the sentence's end.
fn tokens_starting_before(sent: &Sentence, offset: usize) -> usize {
    sent.tokens.partition_point(|t| t.span().start < offset)
}

/// The tokens of spans of a sentence asked in text order, as the names
/// are: each search goes on from where the one before stopped, over the
/// few tokens between two names, instead of searching the whole sentence.
pub(super) struct TokenCursor<'s> {
    sent: &'s Sentence,
    /// The first token of the last span asked: every token before it ends
    /// at or before that span's start.
    from: usize,
    /// The last span's start.
    after: usize,
}

impl<'s> TokenCursor<'s> {
    #[inline]
    pub(super) fn new(sent: &'s Sentence) -> Self {
        TokenCursor {
            sent,
            from: 0,
            after: 0,
        }
    }

    /// The tokens `[start, end)` of `rel` (a span of the sentence's
    /// text): `start` is [`Sentence::token_at`] its start, `end` one past
    /// the last token starting before its end, or `start` if none does.
    #[inline]
    pub(super) fn range(&mut self, rel: Span) -> (usize, usize) {
        let tokens = &self.sent.tokens;
        if rel.start < self.after {
            // Out of text order: the tokens skipped may be this span's.
            self.from = 0;
        }
        self.after = rel.start;
        let mut start = self.from;
        while tokens.get(start).is_some_and(|t| t.span().end <= rel.start) {
            start += 1;
        }
        self.from = start;
        // Every token before `start` ends by `rel.start`, so starts before
        // a later `rel.end`: the count goes on from `start`. An empty span
        // leaves that unsure, and takes the search.
        let before_end = if rel.start < rel.end {
            let mut end = start;
            while tokens.get(end).is_some_and(|t| t.span().start < rel.end) {
                end += 1;
            }
            end
        } else {
            tokens_starting_before(self.sent, rel.end)
        };
        (start, if before_end == 0 { start } else { before_end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::word_table::tests::{analysed, VARIED_TEXT};

    #[test]
    fn the_cursor_finds_the_tokens_a_search_of_the_whole_sentence_finds() {
        let analysis = analysed(VARIED_TEXT);
        for sent in &analysis.sentences {
            let n = sent.text.len() + 2;
            let spans: Vec<Span> = (0..n)
                .flat_map(|a| (a..n.min(a + 40)).step_by(3).map(move |b| Span::new(a, b)))
                .collect();
            // In text order, as names come, then backwards.
            for order in [spans.clone(), spans.iter().rev().copied().collect()] {
                let mut cursor = TokenCursor::new(sent);
                for rel in order {
                    let start = sent.token_at(rel.start);
                    let end = match tokens_starting_before(sent, rel.end) {
                        0 => start,
                        n => n,
                    };
                    assert_eq!(cursor.range(rel), (start, end), "{rel:?}");
                }
            }
        }
    }

    #[test]
    fn tokens_before_an_offset_are_counted_as_a_walk_back_counts_them() {
        let analysis = analysed(VARIED_TEXT);
        for sent in &analysis.sentences {
            for offset in 0..=sent.text.len() + 1 {
                let walked = sent
                    .tokens
                    .iter()
                    .rposition(|t| t.span().start < offset)
                    .map_or(0, |i| i + 1);
                assert_eq!(tokens_starting_before(sent, offset), walked, "{offset}");
            }
        }
    }
}
