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
#[derive(Clone)]
pub(crate) struct Raw<'l> {
    pub sentence: usize,
    pub m: TriggerMatch<'l>,
    pub args: Args,
    pub status: Status,
    pub background_cue: bool,
}

/// A noun naming a signed document: `accord(s)`, `mémorandum`, `protocole`,
/// `programme`, `feuille (de route)`, `plan`.
fn is_document_word(w: &str) -> bool {
    [
        "accord",
        "document",
        "memorandum",
        "protocole",
        "programme",
        "feuille",
    ]
    .iter()
    .any(|p| w.starts_with(p))
        || matches!(w, "plan" | "plans")
}

/// A signing or adoption verb, whose object may be a document with a
/// trigger of its own ("ont adopté une déclaration commune").
fn generic_verb(m: &crate::lexicon::TriggerMatch<'_>) -> bool {
    matches!(m.trigger.subtype.as_str(), "signing" | "adoption")
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
        // "ont signé une déclaration commune": the declaration is what was
        // signed, one agreement — unless more documents are coordinated with
        // it ("la déclaration conjointe et plusieurs accords"): the joint
        // declaration is an agreement of its own.
        let named_documents: Vec<usize> = matches
            .iter()
            .filter(|m| m.trigger.kind == EventType::Agreement && !generic_verb(m))
            .map(|m| m.start)
            .collect();
        let more_documents = |from: usize| {
            (from..(from + 12).min(sent.tokens.len())).any(|i| {
                sent.is(i, &["et"])
                    && (i + 1..(i + 7).min(sent.tokens.len()))
                        .any(|k| is_document_word(sent.word(k)))
            })
        };
        matches.retain(|m| {
            m.trigger.kind != EventType::Agreement
                || !generic_verb(m)
                || !named_documents
                    .iter()
                    .any(|&a| a > m.start && a <= m.end + 2 && !more_documents(a))
        });
        // "un mémorandum sur les consultations politiques", "le programme de
        // consultations": what a document is about is not a meeting.
        matches.retain(|m| {
            m.trigger.kind != EventType::Meeting
                || m.trigger.frame != crate::lexicon::Frame::Pair
                || !(m.start.saturating_sub(4)..m.start).any(|i| is_document_word(sent.word(i)))
        });
        // "coprésidera la 45e réunion du Comité intergouvernemental": the
        // noun is the verb's object, the same meeting in the verb's tense.
        let verbal_spans: Vec<(usize, EventType, String)> = matches
            .iter()
            .filter(|m| {
                let w = sent.word(m.start);
                m.trigger.frame != crate::lexicon::Frame::Pair
                    || sent.is_auxiliary(m.start)
                    || status::is_infinitive(w)
                    || status::is_future_form(w)
                    || w.starts_with("copresid")
                    || w.starts_with("co-presid")
            })
            .map(|m| (m.end, m.trigger.kind, m.trigger.subtype.clone()))
            .collect();
        matches.retain(|m| {
            m.trigger.frame != crate::lexicon::Frame::Pair
                || !verbal_spans.iter().any(|(end, kind, subtype)| {
                    *kind == m.trigger.kind
                        && *subtype == m.trigger.subtype
                        && m.start >= *end
                        && m.start <= end + 3
                })
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
            // The clause's grammatical subject: the source of an active
            // verb, the one received or decorated of a passive one ("X a
            // été reçu par Y, et a eu des entretiens avec Z": X talks).
            let grammatical_subject = match m.trigger.frame {
                Frame::SubjObj
                | Frame::SubjAvec
                | Frame::SubjDest
                | Frame::SubjOnly
                | Frame::Award
                | Frame::Invite => args.sources.first(),
                Frame::Passive | Frame::AwardPassive => args.targets.first(),
                _ => None,
            };
            if let Some(subject) = grammatical_subject {
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
    raws
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
            .clone()
            .filter(|h| Some(h) != visitor_country.as_ref())
    });
    d.host = host;
    d.frame_trigger = Some((visit.sentence, visit.m.start));
    d.visitor = visitor.filter(|v| v.kind == Some(EntityKind::Person));
}
