//! A visit with plans still ahead is under way.
//!
//! "Une rencontre a eu lieu aujourd'hui à Kyiv, dans le cadre de la visite
//! officielle du président autrichien. Les présidents participeront
//! également à l'inauguration du forum": coders read a visit whose own
//! programme still lies ahead as under way when the dispatch was written,
//! although nothing in the visit's own sentence says so. A visit the text
//! tells as over ("a achevé", "a quitté", "à l'issue de sa visite", "a
//! effectué") stays over whatever it announces next.

use crate::analysis::{Sentence, SentenceIndex};
use crate::model::{Actor, Event, EventType, Role, Status};
use crate::tokens::fold_word;
use std::sync::Arc;

/// Words that put a date ahead: "le 14 juin prochain", "la semaine
/// prochaine", "demain".
const AHEAD_DATE_WORDS: &[&str] = &["prochain", "prochaine", "prochains", "prochaines", "demain"];

/// Word stems that tell a visit as over.
const ENDED_STEMS: &[&str] = &["achev", "termin", "clotur", "conclu", "quitt", "issue"];

/// The past participle that tells a visit whole: "a effectué une visite".
const MADE_WHOLE: &str = "effectue";

/// Turn each visit told as having happened into one under way when the
/// dispatch plans an exchange or an act of its visitor in its host country.
pub(crate) fn under_way_with_plans_ahead(events: &mut [Event], sentences: &[Sentence]) {
    let index = SentenceIndex::new(sentences);
    let plans: Vec<(Vec<Actor>, Arc<str>)> = events
        .iter()
        .filter(|e| is_plan_of_a_stay(e))
        .filter_map(|e| {
            let place = e.location.as_ref()?.country.clone()?;
            Some((e.actors.clone(), place))
        })
        .collect();
    if plans.is_empty() {
        return;
    }
    for e in events.iter_mut() {
        if e.kind != EventType::Visit || e.background || e.status != Status::Occurred {
            continue;
        }
        let Some(host) = host_of(e) else {
            continue;
        };
        let visitors: Vec<&Actor> = e.actors.iter().filter(|a| a.role == Role::Source).collect();
        let ahead = plans.iter().any(|(actors, place)| {
            &**place == host
                && actors
                    .iter()
                    .any(|a| visitors.iter().any(|v| same_actor(a, v)))
        });
        if !ahead {
            continue;
        }
        let told_over = e
            .evidence
            .iter()
            .filter_map(|ev| index.get(&ev.span))
            .filter_map(|i| sentences.get(i))
            .any(tells_over);
        if !told_over {
            e.status = Status::Ongoing;
        }
    }
}

/// An event dated ahead ("a annoncé sa visite au Laos pour le 14 juin
/// prochain", "les entretiens prévus demain") is planned, whatever the
/// tense of the verb that tells it.
pub(crate) fn planned_by_their_dates(events: &mut [Event]) {
    for e in events.iter_mut() {
        if e.background || !matches!(e.status, Status::Occurred | Status::Ongoing) {
            continue;
        }
        let ahead = e.date.text.as_deref().is_some_and(|t| {
            t.split(|c: char| !c.is_alphanumeric())
                .any(|w| AHEAD_DATE_WORDS.contains(&fold_word(w).as_str()))
        });
        if ahead {
            e.status = Status::Planned;
        }
    }
}

/// A planned exchange, agreement or act that is the dispatch's own news.
fn is_plan_of_a_stay(e: &Event) -> bool {
    matches!(
        e.kind,
        EventType::Meeting | EventType::Activity | EventType::Agreement
    ) && e.status == Status::Planned
        && !e.background
}

/// The country a visit goes to.
fn host_of(e: &Event) -> Option<&str> {
    e.actors
        .iter()
        .find(|a| a.role == Role::Target)
        .and_then(|a| a.country.as_deref())
        .or_else(|| e.location.as_ref().and_then(|l| l.country.as_deref()))
}

/// One person (or one country) named in two events by entity or key.
/// Unlike [`identity`](crate::discourse::identity), two unnamed mentions
/// of a title ("le Premier ministre") are not taken for one person: a
/// visit would be kept under way by someone else's plans.
fn same_actor(a: &Actor, b: &Actor) -> bool {
    match (&a.entity, &b.entity) {
        (Some(x), Some(y)) => x == y,
        _ => a.key.is_some() && a.key == b.key,
    }
}

/// How far back "avoir" may stand before an end it puts behind the
/// news: "après avoir quitté", "après avoir en effet achevé".
const PRIOR_STEP_REACH: usize = 2;

/// Whether a sentence tells a visit as over or whole. "Après avoir quitté
/// le Brésil, il s'est rendu au Royaume-Uni" ends the step before, not the
/// visit told.
fn tells_over(sent: &Sentence) -> bool {
    (0..sent.tokens.len()).any(|i| {
        let w = sent.word(i);
        let prior_step = (i.saturating_sub(PRIOR_STEP_REACH)..i).any(|k| sent.is(k, &["avoir"]));
        !prior_step
            && (ENDED_STEMS.iter().any(|s| w.starts_with(s))
                || w.starts_with(MADE_WHOLE) && !sent.written_plain(i))
    })
}
