//! Where an event happened and who it really involves: explicit places,
//! the pair's other country, visits under way, pronouns that point back
//! at their own object.

use crate::analysis::{CandKind, Sentence};
use crate::discourse::{identity, Discourse};
use crate::frames::Args;
use crate::model::{Actor, EventType, Location, Status};
use depeche_names::shared;
use depeche_names::EntityKind;
use depeche_parse::Span;
use std::sync::Arc;

/// Evidence quotes the original input exactly: `text == &input[span]`.
pub(crate) fn sent_text(sent: &Sentence) -> String {
    sent.original().to_string()
}

/// "Il a invité Vladimir Poutine": a pronoun resolved to the very person
/// it acts upon means the other side of the dispatch is speaking.
pub(crate) fn repair_self_reference(d: &Discourse, sources: &mut [Actor], targets: &[Actor]) {
    let target_ids: Vec<String> = targets.iter().map(|a| identity(a).into_owned()).collect();
    for source in sources.iter_mut() {
        let id = identity(source);
        if !target_ids.iter().any(|t| *t == *id) {
            continue;
        }
        let other = other_country(d, source.country.as_deref());
        if let Some(person) = other.and_then(|c| d.person_of(&c)) {
            *source = person;
        }
    }
}

/// Word stems that tell a visit has ended: "a achevé", "a quitté Hanoï",
/// "a regagné Dakar".
const ENDING_STEMS: &[&str] = &["acheve", "termine", "quitte", "regagne", "rentre"];

/// A visit reported as done but whose dates include the dispatch's day is
/// under way — on its last day too ("du 20 au 23 janvier" in a dispatch of
/// the 23rd), unless its sentence tells it ended ("achevant la visite",
/// "a quitté Hanoï").
pub(crate) fn ongoing_if_under_way(
    kind: EventType,
    status: Status,
    date: &crate::model::EventDate,
    dispatch: Option<&depeche_parse::DateValue>,
    sent: &Sentence,
) -> Status {
    use depeche_parse::{DateValue, PartialDate};
    if kind != EventType::Visit || status != Status::Occurred {
        return status;
    }
    let (Some(value), Some(DateValue::Single(today))) = (date.value.as_deref(), dispatch) else {
        return status;
    };
    let Ok(DateValue::Range(from, to)) = value.parse::<DateValue>() else {
        return status;
    };
    let key = |d: &PartialDate| (d.year.or(today.year), d.month, d.day);
    let ended = (0..sent.tokens.len()).any(|i| {
        let w = sent.word(i);
        ENDING_STEMS.iter().any(|p| w.starts_with(p))
            || sent.is(i, &["issue", "terme"])
            || w.starts_with("conclu") && (i + 1..i + 4).any(|k| sent.is(k, &["visite", "sejour"]))
    });
    let last_day = key(today) == key(&to);
    if today.day.is_some()
        && key(&from) <= key(today)
        && key(today) <= key(&to)
        && !(last_day && ended)
    {
        Status::Ongoing
    } else {
        status
    }
}

/// A visit's status against the dispatch's day. "X a reçu mercredi Y, en
/// visite de travail au Maroc" in a dispatch of the next Tuesday, or in one
/// without a date: a visitor seen at an exchange was there then; whether
/// the visit still runs, the text does not say, and a visit reported whole
/// is over. "Arrivé la veille à Rabat, le Premier ministre …": a
/// participial arrival on the dispatch's day or the day before, with no
/// end told in its sentence, is a visit still under way.
pub(crate) fn visit_status_at_dispatch(
    status: Status,
    date: &crate::model::EventDate,
    dispatch: Option<&depeche_parse::DateValue>,
    sent: &Sentence,
    trigger: usize,
) -> Status {
    use crate::day::Day;
    let days_ago = Day::of_dispatch(dispatch)
        .zip(date.value.as_deref().and_then(Day::parse))
        .map(|(today, day)| today.ordinal() - day.ordinal());
    if status == Status::Ongoing && crate::status::apposed_visit(sent, trigger) {
        let seen_before = dispatch.is_none() || days_ago.is_some_and(|n| n > 1);
        return if seen_before {
            Status::Occurred
        } else {
            status
        };
    }
    let participle = matches!(
        sent.word(trigger),
        "arrive" | "arrivee" | "arrives" | "arrivees"
    ) && !trigger
        .checked_sub(1)
        .is_some_and(|p| sent.is(p, &["est", "sont", "etait", "etaient", "a", "ont"]));
    let lately = days_ago.is_some_and(|n| (0..=1).contains(&n));
    let ended =
        (0..sent.tokens.len()).any(|i| ENDING_STEMS.iter().any(|p| sent.word(i).starts_with(p)));
    if status == Status::Occurred && participle && lately && !ended {
        Status::Ongoing
    } else {
        status
    }
}

/// The country of the pair that is not `own`.
pub(crate) fn other_country(d: &Discourse, own: Option<&str>) -> Option<Arc<str>> {
    let (a, b) = d.pair();
    [a, b]
        .into_iter()
        .flatten()
        .find(|c| Some(c.as_str()) != own)
        .map(|c| shared(&c))
}

/// Gatherings named by the city that hosts them: "le sommet d'Abidjan",
/// "le forum de Dakar", "la conférence du Caire".
const GATHERING_NOUNS: &[&str] = &[
    "sommet",
    "forum",
    "conference",
    "reunion",
    "rencontre",
    "salon",
    "foire",
    "festival",
    "exposition",
    "dialogue",
    "jeux",
];

/// Whether the place at token `start` names the city of a gathering
/// ("au sommet d'Abidjan").
fn gathering_of(sent: &Sentence, start: usize) -> bool {
    start >= 2 && sent.is(start - 1, &["de", "d", "du"]) && sent.is(start - 2, GATHERING_NOUNS)
}

/// Whether a word between `from` and `at` opens a clause of its own time
/// and place: "ont signé une déclaration, au moment où la Russie … en
/// Ukraine", "alors que", "tandis que", "lorsque".
fn in_later_clause(sent: &Sentence, from: usize, at: usize) -> bool {
    (from..at).any(|i| {
        sent.is(i, &["tandis", "lorsque"])
            || (sent.is(i, &["alors"]) && sent.is(i + 1, &["que", "qu"]))
            || (sent.is(i, &["ou"]) && !sent.written_plain(i))
    })
}

/// `à Hanoï`, `en Biélorussie`, `au Kazakhstan`, `au sommet d'Abidjan` in
/// the sentence.
pub(crate) fn explicit_location(sent: &Sentence, args: &Args) -> Option<Location> {
    let used: Vec<Span> = args
        .sources
        .iter()
        .chain(args.targets.iter())
        .map(|c| c.span)
        .collect();
    let args_end = args
        .sources
        .iter()
        .chain(args.targets.iter())
        .map(|c| c.end)
        .max();
    sent.cands
        .iter()
        .filter(|c| !used.contains(&c.span))
        // Only places and countries can be the location: the other
        // candidates are left before the walk over the clause.
        .filter(|c| {
            matches!(
                c.kind,
                CandKind::Named(EntityKind::Place | EntityKind::Country)
            )
        })
        .filter(|c| args_end.is_none_or(|end| !in_later_clause(sent, end, c.start)))
        .filter(|c| match c.kind {
            CandKind::Named(EntityKind::Place) => {
                c.start > 0 && sent.is(c.start - 1, &["a", "au", "en", "dans"])
                    || gathering_of(sent, c.start)
            }
            CandKind::Named(EntityKind::Country) => {
                c.start > 0 && sent.is(c.start - 1, &["au", "en", "aux"])
            }
            _ => false,
        })
        .find_map(|c| {
            let country = c.country.clone()?;
            Some(Location {
                text: c.text.clone(),
                entity: c.entity.clone(),
                country: Some(country),
            })
        })
}
