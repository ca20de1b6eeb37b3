//! Triggers found sentence by sentence with their raw arguments and
//! status, and the visit that frames the segment.

use crate::analysis::{Cand, Sentence};
use crate::discourse::Discourse;
use crate::frames::{attach, Args};
use crate::lexicon::{Frame, Lexicon, TriggerMatch};
use crate::model::{EventType, Role, Status};
use crate::status;
use depeche_names::EntityKind;

/// A trigger with its arguments, before resolution.
pub(crate) struct Raw<'l> {
    pub sentence: usize,
    pub m: TriggerMatch<'l>,
    pub args: Args,
    pub status: Status,
    pub background_cue: bool,
}

pub(crate) fn raw_events<'l>(lexicon: &'l Lexicon, sentences: &[Sentence]) -> Vec<Raw<'l>> {
    let mut raws = Vec::new();
    for (si, sent) in sentences.iter().enumerate() {
        let mut matches = lexicon.find(&sent.tokens);
        // "a reçu l'Ordre" is an award, not a reception.
        let awards: Vec<(usize, usize)> = matches
            .iter()
            .filter(|m| m.trigger.kind == EventType::Award)
            .map(|m| (m.start, m.end))
            .collect();
        matches.retain(|m| {
            m.trigger.kind == EventType::Award
                || !awards.iter().any(|&(s, e)| m.start < e && s < m.end)
        });
        // "a invité X à effectuer une visite": the visit is the
        // invitation's content, not an event of its own.
        let invitations: Vec<(usize, usize)> = matches
            .iter()
            .filter(|m| m.trigger.kind == EventType::Invitation)
            .map(|m| (m.start, m.end))
            .collect();
        matches.retain(|m| {
            m.trigger.kind != EventType::Visit
                || !invitations
                    .iter()
                    .any(|&(s, e)| m.start >= s && m.start <= e + 3)
        });
        // "a invité X à se rendre à Moscou pour assister aux cérémonies":
        // what follows an invitation is its content.
        let invited_from: Option<usize> = invitations.iter().map(|&(s, _)| s).min();
        matches.retain(|m| {
            !matches!(m.trigger.kind, EventType::Visit | EventType::Activity)
                || invited_from.is_none_or(|s| m.start < s || m.start > s + 20)
        });
        // "a assisté à la signature / à la remise de documents" is the
        // agreement itself, not an activity.
        let agreements: Vec<usize> = matches
            .iter()
            .filter(|m| m.trigger.kind == EventType::Agreement)
            .map(|m| m.start)
            .collect();
        matches.retain(|m| {
            m.trigger.kind != EventType::Activity
                || !agreements.iter().any(|&a| a >= m.end && a <= m.end + 3)
        });
        let mut previous: Option<(usize, Cand)> = None;
        let mut previous_status: Option<Status> = None;
        for (k, m) in matches.iter().enumerate() {
            let next = matches.get(k + 1).map_or(sent.tokens.len(), |n| n.start);
            let args = attach(sent, m, next, previous.as_ref().map(|(s, c)| (*s, c)));
            let reading = status::read(
                sent,
                m.start,
                m.end,
                args.clause_start,
                m.trigger.status,
                previous_status,
            );
            let Some(status) = reading.status else {
                continue;
            };
            if let Some(subject) = args.sources.first() {
                if matches!(
                    m.trigger.frame,
                    Frame::SubjObj
                        | Frame::SubjAvec
                        | Frame::SubjDest
                        | Frame::SubjOnly
                        | Frame::Award
                        | Frame::Invite
                ) {
                    // A chain of coordinated verbs keeps the position of
                    // its first verb: everything after it is objects.
                    let inherited = previous
                        .as_ref()
                        .is_some_and(|(_, p)| p.span == subject.span);
                    if !inherited {
                        previous = Some((m.start, subject.clone()));
                    }
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
    raws
}

fn start_year(v: &depeche_parse::DateValue) -> Option<i32> {
    match v {
        depeche_parse::DateValue::Single(d) | depeche_parse::DateValue::Range(d, _) => d.year,
    }
}

/// Decide the visit that frames the segment: its visitor and host.
pub(crate) fn frame_visit(raws: &[Raw<'_>], sentences: &[Sentence], d: &mut Discourse) {
    // A visit dated by a year ("en août 2023") is a reference, not the frame.
    let dated_by_year = |r: &Raw<'_>| {
        sentences.get(r.sentence).is_some_and(|s| {
            s.dates().iter().any(|x| matches!(&x.expr, depeche_parse::date::DateExpr::Absolute(v) if start_year(v).is_some()))
        })
    };
    let visit = raws
        .iter()
        .filter(|r| r.m.trigger.kind == EventType::Visit && !r.background_cue && !dated_by_year(r))
        .filter(|r| matches!(r.status, Status::Occurred | Status::Ongoing))
        .find(|r| !r.args.destinations.is_empty())
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
            .clone()
            .filter(|h| Some(h) != visitor_country.as_ref())
    });
    d.host = host;
    d.visitor = visitor.filter(|v| v.kind == Some(EntityKind::Person));
}
