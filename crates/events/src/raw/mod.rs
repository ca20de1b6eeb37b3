//! Triggers found sentence by sentence with their raw arguments and
//! status, and the visit that frames the segment.

mod arrival_purpose;
mod misreadings;
mod overlaps;

use crate::analysis::{Cand, Sentence};
use crate::discourse::Discourse;
use crate::frames::{attach, Args};
use crate::lexicon::{Frame, Lexicon, TriggerMatch};
use crate::model::{EventType, Role, Status};
use crate::status;

/// A trigger with its arguments, before resolution.
#[derive(Clone)]
pub(crate) struct Raw<'l> {
    pub sentence: usize,
    pub m: TriggerMatch<'l>,
    pub args: Args,
    pub status: Status,
    pub background_cue: bool,
}

/// The triggers of every sentence with their arguments and status, in
/// sentence order.
pub(crate) fn raw_events<'l>(lexicon: &'l Lexicon, sentences: &[Sentence]) -> Vec<Raw<'l>> {
    let mut raws = Vec::new();
    for (si, sent) in sentences.iter().enumerate() {
        let mut matches = lexicon.find(&sent.tokens);
        misreadings::drop_misreadings(sent, &mut matches);
        overlaps::keep_events_of_their_own(sent, &mut matches);
        arrival_purpose::drop_arrival_purposes(sent, &mut matches);
        read_matches(si, sent, &matches, &mut raws);
    }
    raws
}

/// Attach arguments and read the status of each trigger of sentence `si`;
/// coordinated verbs share their subject and an infinitive in a list the
/// status before it.
fn read_matches<'l>(
    si: usize,
    sent: &Sentence,
    matches: &[TriggerMatch<'l>],
    raws: &mut Vec<Raw<'l>>,
) {
    let mut previous: Option<(usize, Cand)> = None;
    let mut previous_status: Option<Status> = None;
    for (k, m) in matches.iter().enumerate() {
        let next = matches
            .iter()
            .skip(k + 1)
            .find(|n| !arrival_purpose::is_named_purpose(sent, n))
            .map_or(sent.tokens.len(), |n| n.start);
        let args = attach(sent, m, next, previous.as_ref().map(|(s, c)| (*s, c)));
        let reading = status::read(
            sent,
            m.start,
            m.end,
            args.clause_start,
            m.trigger.status,
            previous_status,
        );
        let Some(mut status) = reading.status else {
            continue;
        };
        // "est arrivé … pour entamer une visite et coprésider la réunion":
        // what the trip is for is still ahead — but the visit it begins
        // is the trip itself.
        if m.trigger.kind != EventType::Visit
            && matches!(status, Status::Occurred | Status::Ongoing)
            && status::in_purpose_clause(sent, m.start)
        {
            status = Status::Planned;
        }
        if let Some(subject) = grammatical_subject(m.trigger.frame, &args) {
            // A chain of coordinated verbs keeps the position of its
            // first verb: everything after it is objects.
            let inherited = previous
                .as_ref()
                .is_some_and(|(_, p)| p.span == subject.span);
            if !inherited {
                previous = Some((m.start, subject.clone()));
            }
        }
        previous_status = Some(status);
        raws.push(Raw {
            sentence: si,
            m: *m,
            args,
            status,
            background_cue: reading.background_cue,
        });
    }
}

/// The clause's grammatical subject: the source of an active verb, the
/// one received or decorated of a passive one ("X a été reçu par Y, et a
/// eu des entretiens avec Z": X talks).
fn grammatical_subject(frame: Frame, args: &Args) -> Option<&Cand> {
    match frame {
        Frame::SubjObj
        | Frame::SubjAvec
        | Frame::SubjDest
        | Frame::SubjOnly
        | Frame::Award
        | Frame::Invite => args.sources.first(),
        Frame::Passive | Frame::AwardPassive => args.targets.first(),
        _ => None,
    }
}

/// The year of a date stated without a day ("en août 2023", "en 2019").
fn year_without_day(v: &depeche_parse::DateValue) -> Option<i32> {
    match v {
        depeche_parse::DateValue::Single(d) | depeche_parse::DateValue::Range(d, _) => {
            d.year.filter(|_| d.day.is_none())
        }
    }
}

/// Decide the visit that frames the segment: its visitor and host.
pub(crate) fn frame_visit(raws: &[Raw<'_>], sentences: &[Sentence], d: &mut Discourse) {
    // A visit dated by a year ("en août 2023") is a reference, not the frame.
    let dated_by_year = |r: &Raw<'_>| {
        sentences.get(r.sentence).is_some_and(|s| {
            s.dates().iter().any(|x| matches!(&x.expr, depeche_parse::date::DateExpr::Absolute(v) if year_without_day(v).is_some()))
        })
    };
    let current = || {
        raws.iter()
            .filter(|r| {
                r.m.trigger.kind == EventType::Visit && !r.background_cue && !dated_by_year(r)
            })
            .filter(|r| matches!(r.status, Status::Occurred | Status::Ongoing))
            .filter(|r| !r.args.destinations.is_empty())
    };
    // A title ("Visite d'État à Abidjan") may name the place but not the
    // visitor: the first mention naming both frames the segment.
    let visit = current()
        .find(|r| !r.args.sources.is_empty())
        .or_else(|| current().next())
        .or_else(|| {
            raws.iter().find(|r| {
                r.m.trigger.kind == EventType::Visit
                    && !r.args.destinations.is_empty()
                    && !dated_by_year(r)
            })
        });
    let Some(visit) = visit else { return };
    let visitor = visit.args.sources.first().and_then(|c| {
        d.resolve(c, visit.sentence, Role::Source)
            .into_iter()
            .next()
    });
    let visitor_country = visitor.as_ref().and_then(|v| v.country.clone());
    let host = visit.args.destinations.iter().find_map(|c| {
        c.country
            .as_deref()
            .filter(|h| Some(*h) != visitor_country.as_deref())
            .map(str::to_string)
    });
    d.set_frame_visit(visitor, host, (visit.sentence, visit.m.start));
}
