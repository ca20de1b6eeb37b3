//! An event's date: the date expression nearest its trigger, resolved
//! against the dispatch date (SPEC section 3), else the dispatch date itself
//! for the dispatch's own news.

use crate::analysis::Sentence;
use crate::model::{EventDate, EventType, Status};
use depeche_parse::date::{resolve, DateExpr};
use depeche_parse::{DateValue, PartialDate};

/// How far before a visit trigger a framing word may stand: "dans le
/// cadre de la visite", "à l'issue de sa visite".
const FRAME_WORD_WINDOW: usize = 4;

/// The date of an event whose trigger spans tokens `at..end`, and whether
/// the date makes it background (a year before the dispatch's).
pub(crate) fn event_date(
    sent: &Sentence,
    at: usize,
    end: usize,
    kind: EventType,
    status: Status,
    background: bool,
    dispatch: Option<&DateValue>,
) -> (EventDate, bool) {
    // An invitation's complement dates the invited visit ("à effectuer une
    // visite l'année prochaine"), not the invitation.
    // "ont signé dimanche … dans le cadre de la visite d'État": a visit
    // named as the frame of another event is not dated by that event's day.
    let framed_visit = kind == EventType::Visit
        && (at.saturating_sub(FRAME_WORD_WINDOW)..at).any(|i| {
            sent.is(
                i,
                &[
                    "cadre", "lors", "cours", "pendant", "durant", "apres", "issue", "terme",
                ],
            )
        });
    // "est rentré dimanche soir après sa visite au cours de laquelle
    // plusieurs accords ont été signés": what a relative clause tells of a
    // visit of several days is not dated by the main clause's day.
    let across_relative = |d: &crate::analysis::SentDate| {
        d.tok < at
            && (d.tok..at).any(|i| {
                sent.is(i, &["laquelle", "lequel", "duquel"])
                    && (d.tok..i).any(|k| {
                        let w = sent.word(k);
                        w.starts_with("visite")
                            || w.starts_with("sejour")
                            || w.starts_with("tournee")
                    })
            })
    };
    let usable = |d: &&crate::analysis::SentDate| {
        (kind != EventType::Invitation || d.tok <= at)
            && !((framed_visit || across_relative(d)) && matches!(d.expr, DateExpr::Relative(_)))
            && !dates_another_participle(sent, end, d.tok)
    };
    // A visit spans days: a range in its sentence is its date.
    let range = sent
        .dates()
        .iter()
        .filter(usable)
        .filter(|d| {
            kind == EventType::Visit && matches!(d.expr, DateExpr::Absolute(DateValue::Range(..)))
        })
        .min_by_key(|d| d.tok.abs_diff(at));
    let nearest = range.or_else(|| {
        sent.dates()
            .iter()
            .filter(usable)
            .min_by_key(|d| d.tok.abs_diff(at))
    });
    let future = matches!(status, Status::Planned | Status::Proposed);
    if let Some(d) = nearest {
        let value = resolve(&d.expr, dispatch, future);
        let background = background || is_earlier(value.as_ref(), &d.expr, dispatch, status);
        let date = EventDate {
            value: value.map(|v| v.to_string()),
            text: Some(d.text.clone()),
        };
        return (date, background);
    }
    let inherit = !background && matches!(status, Status::Occurred | Status::Ongoing);
    let value = if inherit {
        dispatch.map(|d| d.to_string())
    } else {
        None
    };
    (EventDate { value, text: None }, background)
}

/// Words that open another clause after a trigger.
const CLAUSE_OPENERS: &[&str] = &["ou", "qui", "que", "dont", "lorsque", "alors", "tandis"];

/// "ont signé une déclaration, au moment où … l'offensive lancée le 24
/// février": a date right after a participle of another clause dates that
/// participle's noun, not the trigger.
fn dates_another_participle(sent: &Sentence, end: usize, date: usize) -> bool {
    let Some(participle) = date.checked_sub(1) else {
        return false;
    };
    participle > end
        && sent.written_participle(participle)
        && !sent.is_auxiliary(participle.saturating_sub(1))
        && !sent.is(participle.saturating_sub(1), &["ete"])
        && (end..participle).any(|i| sent.is(i, CLAUSE_OPENERS))
}

fn start_of(v: &DateValue) -> PartialDate {
    match v {
        DateValue::Single(d) | DateValue::Range(d, _) => *d,
    }
}

/// A past event dated in an earlier year than the dispatch, or dated by a
/// bare year or month when the dispatch has no date, is a reference.
fn is_earlier(
    value: Option<&DateValue>,
    expr: &DateExpr,
    dispatch: Option<&DateValue>,
    status: Status,
) -> bool {
    if status != Status::Occurred {
        return false;
    }
    let Some(value) = value else { return false };
    let event = start_of(value);
    match dispatch.map(start_of).and_then(|d| d.year) {
        Some(dispatch_year) => event.year.is_some_and(|y| y < dispatch_year),
        None => {
            matches!(expr, DateExpr::Absolute(_)) && event.year.is_some() && event.day.is_none()
        }
    }
}
