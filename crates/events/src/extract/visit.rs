//! A visit's visitor, destination and host; a trip inside the host country
//! is an activity of the visit instead.

use super::trigger::{Draft, TriggerContext};
use super::Extractor;
use crate::analysis::{CandKind, Sentence};
use crate::discourse::{country_actor, identity};
use crate::lexicon::Frame;
use crate::model::{Actor, EventType, Location, Role, Status};
use crate::placing::other_country;
use crate::raw::Raw;
use crate::subtype::Subtype;
use depeche_names::shared;
use depeche_names::EntityKind;

impl Extractor<'_> {
    /// Shapes a visit: the visitor as source, the host country as target
    /// and the destination as location. `None` when the trigger names no
    /// visit abroad.
    pub(crate) fn shape_visit(&self, cx: &TriggerContext<'_, '_>, draft: &mut Draft) -> Option<()> {
        settle_visitor(cx, &mut draft.sources);
        let source_country = draft.sources.first().and_then(|a| a.country.clone());
        if goes_home(cx.raw, source_country.as_deref()) || is_posting(cx) {
            return None;
        }
        let location = self.destination(cx, draft.subtype, source_country.as_deref())?;
        let host = location.country.clone()?;
        if is_trip_inside_host(cx, &draft.sources, &host, source_country.as_deref()) {
            draft.kind = EventType::Activity;
            draft.subtype = Subtype::Trip;
            draft.targets.clear();
        } else {
            draft.targets = vec![country_actor(&host, Role::Target)];
        }
        draft.location = Some(location);
        Some(())
    }

    /// Where the visit goes: the first foreign place its trigger names;
    /// else, for a visit under way or reported, the dispatch's host.
    fn destination(
        &self,
        cx: &TriggerContext<'_, '_>,
        subtype: Subtype,
        source_country: Option<&str>,
    ) -> Option<Location> {
        let (raw, d) = (cx.raw, &*cx.discourse);
        let named = raw
            .args
            .destinations
            .iter()
            .find(|c| c.country.is_some() && c.country.as_deref() != source_country);
        // A presence names its place right after its preposition ("qui est
        // en Chine", "est au Sénégal depuis", not "qui est en droit
        // d'inquiéter l'Arménie", "est au pouvoir depuis 2017").
        let at = (subtype == Subtype::Stay)
            .then(|| presence_preposition(cx))
            .flatten();
        let named = named.filter(|c| at.is_none_or(|p| c.start <= p + 2));
        if let Some(p) = at {
            if named.is_none() && !names_the_host(cx.sent, p + 1) {
                return None;
            }
        }
        if let Some(c) = named {
            return Some(Location {
                text: c.text.clone(),
                entity: c.entity.clone(),
                country: c.country.clone(),
            });
        }
        // "la visite du ministre" names a visit only with its place, and so
        // does a presence told in a relative or an apposition ("X, qui est
        // à la tête de la délégation," is no stay).
        if subtype == Subtype::Mention || subtype == Subtype::Stay && aside_of_presence(cx) {
            return None;
        }
        // A visit under way or reported without a destination is the
        // dispatch's visit; a future one must say where, save a visitor
        // "attendu" with no place, who is awaited where the news is.
        if matches!(raw.status, Status::Planned | Status::Proposed)
            && !(subtype == Subtype::Expected && awaited_without_complement(cx))
        {
            return None;
        }
        // "Durant son séjour": a stay abroad, in the other country of the
        // dispatch when no visit names it.
        // "Djibouti, 8 juillet (ADI) - Arrivé lundi pour une visite de
        // deux jours, le Premier ministre éthiopien …": with no visit
        // framing the dispatch, a visitor known to be foreign is where it
        // is datelined.
        let host = d.host().map(shared).or_else(|| {
            (raw.m.trigger.subtype == Subtype::Stay)
                .then(|| other_country(d, source_country))
                .flatten()
                .or_else(|| source_country.and(cx.dateline_country).map(shared))
        });
        let host = host.filter(|h| Some(&**h) != source_country)?;
        Some(self.country_location(&host))
    }
}

/// Words that open what an "attendu" visitor is awaited at or for ("au
/// sommet", "pour la cérémonie", "par le président"): a place or an
/// occasion of its own, not the dispatch's.
const AWAITED_AT: &[&str] = &["a", "au", "aux", "en", "dans", "pour", "sur", "chez", "par"];

/// Words of a time a preposition may open: "dans la soirée", "en fin de
/// journée", "dans les prochains jours".
const TIME_WORDS: &[&str] = &[
    "soiree", "matinee", "journee", "nuit", "apres", "semaine", "jours", "fin", "debut",
];

/// "sont attendus vendredi soir.", "était attendue dans la soirée": the
/// visitor is awaited with a time at most, so where the dispatch is.
/// "sera mardi au Gujarat" holds its place in the trigger itself.
fn awaited_without_complement(cx: &TriggerContext<'_, '_>) -> bool {
    let sent = cx.sent;
    (cx.raw.m.start..sent.tokens.len())
        .take_while(|&i| !sent.is(i, &[",", ";", ".", ":"]))
        .all(|i| !sent.is(i, AWAITED_AT) || (i + 1..i + 4).any(|k| sent.is(k, TIME_WORDS)))
}

/// The locative preposition a presence trigger holds ("est au … depuis",
/// "qui se trouve à").
fn presence_preposition(cx: &TriggerContext<'_, '_>) -> Option<usize> {
    let m = &cx.raw.m;
    // The last one: "en visite au Sénégal depuis" is at "au"; "se trouve
    // en visite" names its place as any visit does.
    (m.start..m.end)
        .rfind(|&i| cx.sent.is(i, &["au", "aux", "en", "a", "dans"]))
        .filter(|&i| !(cx.sent.is(i, &["en"]) && cx.sent.is(i + 1, &["visite"])))
}

/// "dans le pays", "dans ce pays", "dans la capitale": the host, named
/// before.
fn names_the_host(sent: &Sentence, at: usize) -> bool {
    sent.is(at, &["le", "ce", "notre", "la", "cette", "l"])
        && sent.is(at + 1, &["pays", "capitale", "royaume", "republique"])
}

/// Whether the trigger is a presence told aside, in a relative ("qui est
/// en Chine") or an apposition (", au Sénégal depuis jeudi,").
fn aside_of_presence(cx: &TriggerContext<'_, '_>) -> bool {
    cx.sent.is(cx.raw.m.start, &["qui", ","])
}

/// The visitor: "ils" or "les deux parties" visiting is the dispatch's
/// visitor; "la visite du responsable guinéen" is that country's leader in
/// the dispatch; no one named is the visitor or the main actor.
fn settle_visitor(cx: &TriggerContext<'_, '_>, sources: &mut Vec<Actor>) {
    let d = &*cx.discourse;
    if sources.iter().all(|a| a.kind == Some(EntityKind::Country)) && d.visitor().is_some() {
        *sources = d.visitor().cloned().into_iter().collect();
    }
    if let [only] = sources.as_mut_slice() {
        d.country_to_leader(only);
    }
    if sources.is_empty() {
        sources.extend(d.visitor().cloned().or_else(|| d.main_actor()));
    }
}

/// "est arrivé à Beijing" said of a Chinese leader: back home, not a visit.
fn goes_home(raw: &Raw<'_>, source_country: Option<&str>) -> bool {
    let destinations = &raw.args.destinations;
    destinations.iter().any(|c| c.country.is_some())
        && destinations
            .iter()
            .filter_map(|c| c.country.as_deref())
            .all(|c| Some(c) == source_country)
}

/// An ambassador's "séjour" is a posting, not a visit.
fn is_posting(cx: &TriggerContext<'_, '_>) -> bool {
    let raw = cx.raw;
    raw.m.trigger.subtype == Subtype::Stay
        && (raw.args.clause_start..raw.m.start).any(|i| cx.sent.word(i).starts_with("ambassad"))
}

/// A trip to a city of the country the visitor is already visiting is
/// something done during the visit, not a visit of its own.
fn is_trip_inside_host(
    cx: &TriggerContext<'_, '_>,
    sources: &[Actor],
    host: &str,
    source_country: Option<&str>,
) -> bool {
    let (raw, d) = (cx.raw, &*cx.discourse);
    let trigger = raw.m.trigger;
    d.host() == Some(host)
        && raw
            .args
            .destinations
            .iter()
            .all(|c| c.kind == CandKind::Named(EntityKind::Place))
        && !raw.args.destinations.is_empty()
        && d.visitor()
            .is_some_and(|v| sources.iter().any(|s| identity(s) == identity(v)))
        && trigger.frame == Frame::SubjDest
        && matches!(trigger.subtype, Subtype::Trip | Subtype::Departure)
        && d.frame_trigger() != Some((raw.sentence, raw.m.start))
        && !leaves_home(cx.sent, raw, source_country)
}

/// "a quitté Phnom Penh pour Manille" said of a Cambodian: the trip starts
/// at home, so it is the journey to the visit, not a trip inside it.
fn leaves_home(sent: &Sentence, raw: &Raw<'_>, home: Option<&str>) -> bool {
    raw.m.trigger.subtype == Subtype::Departure
        && home.is_some()
        && sent
            .cands
            .iter()
            .filter(|c| c.start >= raw.m.start && c.end <= raw.m.end)
            .any(|c| c.country.as_deref() == home)
}
