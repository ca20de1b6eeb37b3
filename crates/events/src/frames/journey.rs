//! Frames of journeys: a traveller and the places reached (`est arrivé à
//! X`, `a visité X`, `la visite du président X au Y`).

use super::places::{place_at, place_before_ou, places_after};
use super::{object_end, Args, Site};
use crate::analysis::{Cand, CandKind, Sentence, ARTICLES};
use crate::coordination::coordinated_persons;
use crate::grammar::FRAME_OPENERS;
use depeche_names::EntityKind;

/// How far past the end of a visit noun "de"/"du" may stand before a
/// demonym: "la visite de travail du responsable guinéen".
const VISITOR_DE_REACH: usize = 2;

/// How far after "de"/"du" a demonym may stand: at least a title comes
/// first ("du responsable guinéen", "du Premier ministre malien").
const DEMONYM_AFTER_DE: usize = 3;

/// "X est arrivé à Y", "a quitté la Jordanie", "est au Sénégal depuis
/// jeudi", "depuis Bamako, où il est en visite".
pub(crate) fn subject_destination(site: &Site<'_, '_>, args: &mut Args) {
    let (sent, m) = (site.sent, site.m);
    args.sources.extend(site.default_subject());
    args.destinations = places_after(sent, m.end, site.next_trigger);
    // "a quitté la Jordanie": the pattern ends on the article.
    if args.destinations.is_empty() && m.end > 0 && sent.is(m.end - 1, ARTICLES) {
        args.destinations.extend(place_at(sent, m.end));
    }
    // "est au Sénégal depuis jeudi": the place is inside the pattern.
    if args.destinations.is_empty() {
        args.destinations = places_after(sent, m.start + 1, m.end);
    }
    if args.destinations.is_empty() {
        args.destinations = place_before_ou(sent, m.start);
    }
}

/// "la visite d'État du secrétaire général Tô Lâm au Kazakhstan", "la
/// visite en Algérie du président X".
pub(crate) fn visit_noun(site: &Site<'_, '_>, args: &mut Args) {
    let (sent, m) = (site.sent, site.m);
    let end = object_end(sent, m.end, site.next_trigger);
    let visitor = sent.cands.iter().find(|c| {
        c.start >= m.end && c.end <= end && c.start > 0 && sent.is(c.start - 1, &["de", "du", "d"])
            || c.start >= m.end && c.end <= end && c.is_person_like()
    });
    match visitor {
        Some(v) if v.is_person_like() || matches!(v.kind, CandKind::Named(EntityKind::Person)) => {
            args.sources.push(v.clone())
        }
        _ => match visitor_by_demonym(site, end) {
            Some(country) => args.sources.push(country.clone()),
            None => args.sources.extend(site.default_subject()),
        },
    }
    // The place may sit inside the trigger, before the visitor.
    args.destinations = places_after(sent, m.start, site.next_trigger);
}

/// "la visite du responsable guinéen au Maroc": the visitor's country, for
/// the discourse to name its leader.
fn visitor_by_demonym<'s>(site: &Site<'s, '_>, end: usize) -> Option<&'s Cand> {
    let (sent, m) = (site.sent, site.m);
    let du =
        (m.start..(m.end + VISITOR_DE_REACH).min(end)).find(|&i| sent.is(i, &["de", "du", "d"]))?;
    sent.cands
        .iter()
        .find(|c| c.demonym && c.start > du + 1 && c.start <= du + DEMONYM_AFTER_DE && c.end <= end)
}

/// "X a visité le Vietnam": the subject, and the places a visit verb
/// names (the caller turns it into a visit). "X et Y coprésideront le
/// forum": an act of a coordinated subject is one act of them all.
pub(crate) fn subject_only(site: &Site<'_, '_>, args: &mut Args) {
    let sent = site.sent;
    args.destinations = places_after(sent, site.m.end, site.next_trigger);
    let Some(subject) = site.default_subject() else {
        return;
    };
    // A visit of several people to a country is one visit each, told
    // by the subject the list ends on; a subject after the trigger ("Lors
    // d'une conférence de presse avec A, B a dit") heads no list.
    let head = sent
        .cands
        .iter()
        .find(|c| c.span == subject.span && c.end <= site.m.start)
        .filter(|_| !country_right_after(&args.destinations, site.m.end));
    match head {
        Some(head) => {
            let from = args.clause_start.max(past_opening_frame(sent));
            args.sources.extend(
                coordinated_persons(sent, head, from)
                    .into_iter()
                    .filter(|c| c.span == head.span || !c.complement)
                    .cloned(),
            )
        }
        None => args.sources.push(subject),
    }
}

/// Where the main clause may start: past the comma closing a frame that
/// opens the sentence ("Lors du départ de M. Xi, le ministre X et …": Xi
/// is in the frame, no co-subject).
fn past_opening_frame(sent: &Sentence) -> usize {
    if !sent.is(0, FRAME_OPENERS) {
        return 0;
    }
    (0..sent.tokens.len())
        .find(|&i| sent.is(i, &[","]))
        .map_or(0, |i| i + 1)
}

/// Whether a country is named right after a journey verb ending at token
/// `end`: "a visité le Vietnam" tells a visit, not a site visit.
pub(crate) fn country_right_after(destinations: &[Cand], end: usize) -> bool {
    destinations
        .first()
        .filter(|c| c.kind == CandKind::Named(EntityKind::Country))
        .is_some_and(|dest| dest.start == end || dest.start == end + 1)
}
