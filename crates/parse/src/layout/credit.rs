//! Photo credits: a whole line (`Photo : VNA/CVN`, `Ph. MAP`) or the tail
//! of a caption line (`… cérémonie d'accueil. Photo: VNA`).

use crate::date::grammar::{blank0, blank1, word, Res};
use crate::text::{is_blank, is_closer, is_dash, is_terminal, word_count};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::char as ch;
use nom::combinator::value;
use nom::Parser;

/// Longest credited text, in bytes.
const MAX_CREDIT_BYTES: usize = 80;

/// A credit inside a unit: byte ranges relative to the unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Credit {
    /// Where the credit starts (label or separator before it).
    pub(crate) start: usize,
    /// The credited text (`VNA/CVN`), without a trailing `|`.
    pub(crate) text: (usize, usize),
}

/// `Photo :`, `Photos:`, `PHOTO :`, `Crédit photo :`, `Ph.` (no colon).
fn label(i: &str) -> Res<'_, ()> {
    alt((
        value(
            (),
            (
                alt((word("photo"), word("photos"), word("crédit"))),
                blank0,
                ch(':'),
                blank0,
            ),
        ),
        value(
            (),
            (
                word("crédit"),
                blank1,
                word("photo"),
                blank0,
                ch(':'),
                blank0,
            ),
        ),
        value((), (tag("Ph."), blank1)),
    ))
    .parse(i)
}

/// The credited text after a label: the rest of the unit, short, with no
/// sentence end inside.
fn credited(s: &str) -> Option<(usize, usize)> {
    let trimmed = s.trim_end_matches(|c: char| is_blank(c) || c == '|');
    let lead = trimmed.len() - trimmed.trim_start_matches(is_blank).len();
    let body = trimmed.get(lead..)?;
    let ok = !body.is_empty()
        && body.len() <= MAX_CREDIT_BYTES
        && word_count(body) <= 6
        && !body
            .trim_end_matches('.')
            .contains(['.', '!', '?', '«', '»'])
        && !(body.ends_with('.') && word_count(body) > 2)
        && body.chars().next().is_some_and(|c| c.is_alphanumeric());
    ok.then_some((lead, lead + body.len()))
}

/// A unit that is only a credit.
pub(crate) fn credit_line(unit: &str) -> Option<Credit> {
    if unit.len() > MAX_CREDIT_BYTES + 40 {
        return None;
    }
    let (rest, _) = label(unit).ok()?;
    let off = unit.len() - rest.len();
    let (a, b) = credited(rest)?;
    Some(Credit {
        start: 0,
        text: (off + a, off + b),
    })
}

/// A credit ending a caption: everything before it is the caption.
pub(crate) fn credit_tail(unit: &str) -> Option<Credit> {
    // A credit is short: look only near the end of the unit.
    let mut from = unit.len().saturating_sub(MAX_CREDIT_BYTES + 40);
    while !unit.is_char_boundary(from) {
        from += 1;
    }
    let window = unit.get(from..)?;
    let pos = from
        + window.rmatch_indices('P').map(|(i, _)| i).find(|&i| {
            window
                .get(i..)
                .is_some_and(|t| ["Photo", "PHOTO", "Ph."].iter().any(|l| t.starts_with(l)))
        })?;
    if pos == 0 {
        return None;
    }
    let before = unit.get(..pos)?;
    if !before.ends_with(is_blank) {
        return None;
    }
    let tail = unit.get(pos..)?;
    let (rest, _) = label(tail).ok()?;
    let off = pos + tail.len() - rest.len();
    let (a, b) = credited(rest)?;
    // A separator before the label (`… Bac - Photo : VGP`, `… | Photo`)
    // belongs to the credit.
    let caption = before.trim_end_matches(is_blank);
    let mut start = pos;
    let mut caption_end = caption.len();
    if let Some(c) = caption.chars().next_back() {
        if is_dash(c) || c == '|' {
            caption_end -= c.len_utf8();
            start = caption_end;
        }
    }
    let caption = caption.get(..caption_end)?.trim_end_matches(is_blank);
    let last = caption.chars().next_back()?;
    if word_count(caption) < 2 || !(is_terminal(last) || is_closer(last) || last.is_alphanumeric())
    {
        return None;
    }
    Some(Credit {
        start,
        text: (off + a, off + b),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(u: &str) -> Option<&str> {
        credit_line(u).map(|c| &u[c.text.0..c.text.1])
    }

    fn tail(u: &str) -> Option<(&str, &str)> {
        credit_tail(u).map(|c| (u[..c.start].trim_end(), &u[c.text.0..c.text.1]))
    }

    #[test]
    fn credit_lines() {
        assert_eq!(line("Photo : VNA/CVN"), Some("VNA/CVN"));
        assert_eq!(line("Photo: VNA/CVN"), Some("VNA/CVN"));
        assert_eq!(line("Photo\u{a0}: BQT/CVN"), Some("BQT/CVN"));
        assert_eq!(line("Photo: Van Hiêu/VOV |"), Some("Van Hiêu/VOV"));
        assert_eq!(line("Ph. MAP"), Some("MAP"));
        assert_eq!(line("Photo : capture d’écran"), Some("capture d’écran"));
        assert_eq!(
            line("Photo : la délégation vietnamienne est arrivée à Hanoi. Elle"),
            None
        );
        assert_eq!(line("Photographie du jour"), None);
    }

    #[test]
    fn caption_tails() {
        assert_eq!(
            tail("Le président et les délégués lors de la cérémonie d'accueil. Photo: VNA"),
            Some((
                "Le président et les délégués lors de la cérémonie d'accueil.",
                "VNA"
            ))
        );
        assert_eq!(
            tail("Le Premier ministre arrive à Vientiane - Photo : VGP/Nhat Bac"),
            Some(("Le Premier ministre arrive à Vientiane", "VGP/Nhat Bac"))
        );
        assert_eq!(tail("Photo : VNA"), None);
        assert_eq!(tail("La Photo : un art"), None);
        assert_eq!(
            tail("Il a pris une Photo: VNA L'accueil est chaleureux."),
            None
        );
    }
}
