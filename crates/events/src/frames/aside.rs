//! Asides inside a list of counterparts, a parenthesis: "ses pairs : X, le
//! président A ; Y, le chef de l'État B (avec lequel il a parlé du Sahel) ;
//! Z, …". The aside says something of the one before it; the list goes on
//! after it, and what the aside names is not met. Companions named after a
//! comma (", entouré de ...") end the list.

use crate::analysis::{Cand, CandKind, Sentence};
use crate::coordination::COMPANION_CUES;
use depeche_names::EntityKind;

/// Longest aside skipped inside a list: a short relative clause.
const MAX_ASIDE: usize = 20;

/// Words that make a parenthesis a clause of its own rather than a name's
/// country or office ("(Russie)", "(FMI)").
const CLAUSE_WORDS: &[&str] = &["lequel", "laquelle", "lesquels", "qui", "dont", "ou"];

/// For an opening parenthesis at token `i` that holds a clause and closes
/// before `limit`, the index of its closing parenthesis.
pub(super) fn aside_close(sent: &Sentence, i: usize, limit: usize) -> Option<usize> {
    if !sent.is(i, &["("]) {
        return None;
    }
    let reach = (i + 1 + MAX_ASIDE).min(limit);
    let close = (i + 1..reach).find(|&k| sent.is(k, &["(", ")"]))?;
    let is_clause = sent.is(close, &[")"])
        && (i + 1..close).any(|k| sent.is(k, CLAUSE_WORDS) || sent.is_auxiliary(k));
    is_clause.then_some(close)
}

/// Whether candidate `c` stands inside a clause aside that opens at or
/// after token `from`.
pub(super) fn inside_aside(sent: &Sentence, from: usize, c: &Cand) -> bool {
    let first = c.start.saturating_sub(MAX_ASIDE).max(from);
    (first..c.start)
        .rev()
        .any(|open| aside_close(sent, open, sent.tokens.len()).is_some_and(|close| c.end <= close))
}

/// Whether `c` is a title in apposition after a name ("X, le secrétaire
/// général de l'ONU"), or a plural one after listed names ("X, Y et Z, les
/// présidents sénégalais, rwandais et togolais"): it restates the people
/// just named rather than adding a counterpart.
pub(super) fn restates_names(sent: &Sentence, c: &Cand) -> bool {
    let Some(comma) = c.start.checked_sub(1).filter(|&i| sent.is(i, &[","])) else {
        return false;
    };
    if !matches!(c.kind, CandKind::Description | CandKind::Group) {
        return false;
    }
    let Some(last) = person_ending(sent, comma) else {
        return false;
    };
    if sent.is(c.start, &["le", "la", "l"]) {
        return true;
    }
    let joined = last.start.checked_sub(1).filter(|&i| sent.is(i, &["et"]));
    sent.is(c.start, &["les"]) && joined.is_some_and(|et| person_ending(sent, et).is_some())
}

/// The named person whose name ends right before token `at`.
fn person_ending(sent: &Sentence, at: usize) -> Option<&Cand> {
    sent.cands
        .iter()
        .find(|o| o.end == at && o.kind == CandKind::Named(EntityKind::Person))
}

/// Whether token `i` opens the companions of the one just named (", entouré
/// de plusieurs ministres", ", accompagné de l'ambassadeur"): they go along
/// with a side, they are not met.
pub(super) fn names_companions(sent: &Sentence, i: usize) -> bool {
    sent.is(i, &[","]) && sent.is(i + 1, COMPANION_CUES)
}
