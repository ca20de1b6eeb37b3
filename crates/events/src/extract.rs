//! The extraction entry point: parse, detect names, find triggers, attach
//! arguments, resolve descriptions, date, locate, code and deduplicate.

use std::sync::Arc;

use crate::analysis::{CandKind, Own, SegmentAnalysis, Sentence};
use crate::coding::{cameo, plover};
use crate::coordination::{coordinated_persons, subject_behind_companion, tour_stops};
use crate::dates::event_date;
use crate::dedup::deduplicate;
use crate::discourse::{country_actor, identity, Discourse};
use crate::organizations::InternationalBodies;

use crate::lexicon::{Frame, Lexicon};
use crate::model::{Actor, Event, EventType, Evidence, Location, Role, SegmentResult, Status};
use crate::placing::{
    explicit_location, ongoing_if_under_way, other_country, repair_self_reference, sent_text,
};
use crate::raw::{frame_visit, raw_events, Raw};
use depeche_names::{EntityKind, Registry};
use depeche_parse::Dispatch;

/// Why a document could not be processed.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The input could not be parsed (e.g. invalid UTF-8).
    #[error("{message}")]
    Parse {
        /// Machine-readable kind (`invalid_utf8`, `empty`, `too_large`).
        kind: &'static str,
        /// Human-readable message.
        message: String,
        /// Byte offset in the input where the problem is.
        offset: usize,
    },
}

impl ExtractError {
    /// Machine-readable kind.
    pub fn kind(&self) -> &'static str {
        match self {
            ExtractError::Parse { kind, .. } => kind,
        }
    }
    /// Byte offset of the problem.
    pub fn offset(&self) -> usize {
        match self {
            ExtractError::Parse { offset, .. } => *offset,
        }
    }
}

impl From<depeche_parse::ParseError> for ExtractError {
    fn from(e: depeche_parse::ParseError) -> Self {
        ExtractError::Parse {
            kind: e.kind(),
            message: e.to_string(),
            offset: e.offset(),
        }
    }
}

/// Extracts events from dispatches using a names registry.
///
/// ```
/// use depeche_events::{Extractor, EventType};
/// use depeche_names::Registry;
/// let text = "Hanoï, 3 mars (VNA) - Le président Lương Cường a reçu lundi à Hanoï \
///             l'ambassadeur du Japon, Ito Naoki.\n";
/// let segments = Extractor::new(Registry::embedded()).extract(text).unwrap();
/// assert!(segments[0].events.iter().any(|e| e.kind == EventType::Meeting));
/// ```
#[derive(Debug, Clone)]
pub struct Extractor<'r> {
    registry: &'r Registry,
    lexicon: &'r Lexicon,
    /// The registry's international organizations, gathered once.
    bodies: Arc<InternationalBodies>,
    /// Documents longer than this are refused (`too_large`).
    max_doc_bytes: usize,
}

impl<'r> Extractor<'r> {
    /// An extractor over `registry` with the embedded trigger lexicon.
    pub fn new(registry: &'r Registry) -> Self {
        Self::with_lexicon(registry, Lexicon::embedded())
    }

    /// An extractor with a lexicon of one's own.
    pub fn with_lexicon(registry: &'r Registry, lexicon: &'r Lexicon) -> Self {
        Extractor {
            registry,
            lexicon,
            bodies: Arc::new(InternationalBodies::new(registry)),
            max_doc_bytes: depeche_parse::DEFAULT_MAX_DOC_BYTES,
        }
    }

    /// The same extractor with another limit on the size of one document
    /// (default [`depeche_parse::DEFAULT_MAX_DOC_BYTES`], 16 MiB); a longer
    /// document is an error of kind `too_large`, reported at the first byte
    /// past the limit.
    ///
    /// ```
    /// use depeche_events::Extractor;
    /// use depeche_names::Registry;
    /// let small = Extractor::new(Registry::embedded()).with_max_doc_bytes(16);
    /// let err = small.extract("Hanoï (VNA) - Un texte plus long que la limite.").unwrap_err();
    /// assert_eq!((err.kind(), err.offset()), ("too_large", 16));
    /// ```
    pub fn with_max_doc_bytes(mut self, limit: usize) -> Self {
        self.max_doc_bytes = limit;
        self
    }

    /// The limit on the size of one document, in bytes.
    pub fn max_doc_bytes(&self) -> usize {
        self.max_doc_bytes
    }

    /// The registry in use.
    pub fn registry(&self) -> &'r Registry {
        self.registry
    }

    /// A country as a location, named by its registry name.
    fn country_location(&self, code: &str) -> Location {
        let text = self
            .registry
            .get(code)
            .map_or_else(|| code.to_string(), |e| e.name.clone());
        Location {
            text,
            entity: Some(code.to_string()),
            country: Some(code.to_string()),
        }
    }

    /// Events of every segment of `input`.
    pub fn extract(&self, input: &str) -> Result<Vec<SegmentResult>, ExtractError> {
        depeche_parse::check_size(input.as_bytes(), self.max_doc_bytes)?;
        let document = depeche_parse::parse(input)?;
        Ok(document
            .segments
            .into_iter()
            .map(|d| self.segment(input, d))
            .collect())
    }

    /// Events of every segment of raw bytes; invalid UTF-8 is an error with
    /// its byte offset.
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Vec<SegmentResult>, ExtractError> {
        depeche_parse::check_size(bytes, self.max_doc_bytes)?;
        let document = depeche_parse::parse_bytes(bytes)?;
        // parse_bytes has checked the encoding.
        let input = std::str::from_utf8(bytes).map_err(|e| ExtractError::Parse {
            kind: "invalid_utf8",
            message: format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            offset: e.valid_up_to(),
        })?;
        Ok(document
            .segments
            .into_iter()
            .map(|d| self.segment(input, d))
            .collect())
    }

    /// Events of one parsed segment of `input`.
    pub fn segment(&self, input: &str, dispatch: Dispatch) -> SegmentResult {
        let analysis = SegmentAnalysis::new(input, &dispatch, self.registry);
        let raws = raw_events(self.lexicon, &analysis.sentences);
        let mut discourse = Discourse::new(&analysis.sentences);
        frame_visit(&raws, &analysis.sentences, &mut discourse);
        let mut events = Vec::new();
        // Raws come in sentence order: the sentences between two of them
        // report no event.
        let mut next_unread = 0;
        for raw in &raws {
            // Eventless sentences between two events may change who "il" is.
            for si in next_unread..raw.sentence {
                let speaker = analysis
                    .sentences
                    .get(si)
                    .and_then(crate::speaker::last_speaker);
                if let Some(c) = speaker {
                    discourse.last_subject =
                        discourse.resolve(c, si, Role::Source).into_iter().next();
                }
            }
            next_unread = next_unread.max(raw.sentence + 1);
            let Some(sent) = analysis.sentences.get(raw.sentence) else {
                continue;
            };
            events.extend(self.build(raw, sent, &mut discourse, dispatch.date.as_ref()));
        }
        crate::credentials::spread(&mut events, &analysis.sentences, &discourse);
        crate::story::carry_story_dates(
            &mut events,
            &analysis.sentences,
            input,
            dispatch.date.as_ref(),
        );
        crate::lead::carry_lead_frame(&mut events, &analysis.sentences, dispatch.date.as_ref());
        let mut events = deduplicate(events);
        events.retain(|e| !is_domestic_exchange(e));
        crate::visit_span::extend_visit_spans(&mut events, &analysis.sentences);
        let dispatch_has_day = matches!(
            dispatch.date,
            Some(depeche_parse::DateValue::Single(d)) if d.day.is_some()
        );
        crate::visit_span::under_way_at_its_exchanges(&mut events, dispatch_has_day);
        SegmentResult {
            dispatch,
            mentions: analysis.mentions,
            events,
        }
    }

    /// The events of one trigger: one per principal counterpart.
    fn build(
        &self,
        raw: &Raw<'_>,
        sent: &Sentence,
        d: &mut Discourse,
        dispatch_date: Option<&depeche_parse::DateValue>,
    ) -> Vec<Event> {
        if let Some(each) = self.build_coordinated(raw, sent, d, dispatch_date) {
            return each;
        }
        let Some(event) = self.build_one(raw, sent, d, dispatch_date) else {
            return Vec::new();
        };
        let targets: Vec<&Actor> = event
            .actors
            .iter()
            .filter(|a| a.role == Role::Target)
            .collect();
        let sources: Vec<&Actor> = event
            .actors
            .iter()
            .filter(|a| a.role == Role::Source)
            .collect();
        if matches!(
            event.kind,
            EventType::Agreement | EventType::Visit | EventType::Activity
        ) {
            return vec![event];
        }
        // Several agents of a passive ("reçu par A, B et C"): one event each.
        if targets.len() == 1 && sources.len() > 1 && raw.m.trigger.frame == Frame::Passive {
            return sources
                .iter()
                .map(|s| {
                    let mut e = event.clone();
                    e.actors
                        .retain(|a| a.role == Role::Target || identity(a) == identity(s));
                    e
                })
                .collect();
        }
        if targets.len() <= 1 {
            return vec![event];
        }
        targets
            .iter()
            .map(|t| {
                let mut e = event.clone();
                e.actors
                    .retain(|a| a.role == Role::Source || identity(a) == identity(t));
                e
            })
            .collect()
    }

    /// "Les présidents X, Y et Z sont arrivés", "MM. X et Y ont été faits
    /// commandeurs": one event per person of a coordinated subject, for the
    /// frames whose subject is the visitor or the decorated. `None` when the
    /// subject is one person.
    fn build_coordinated(
        &self,
        raw: &Raw<'_>,
        sent: &Sentence,
        d: &mut Discourse,
        dispatch_date: Option<&depeche_parse::DateValue>,
    ) -> Option<Vec<Event>> {
        let trigger = raw.m.trigger;
        // "X et Y ont échangé leurs décorations": each decorates the other.
        // Builds one event per variant of the raw trigger.
        let mut each = |variants: Vec<Raw<'_>>| -> Vec<Event> {
            variants
                .iter()
                .filter_map(|one| self.build_one(one, sent, d, dispatch_date))
                .collect()
        };
        if trigger.kind == EventType::Award && trigger.subtype == "exchange" {
            let mut back = raw.clone();
            std::mem::swap(&mut back.args.sources, &mut back.args.targets);
            return Some(each(vec![raw.clone(), back]));
        }
        if trigger.frame == Frame::SubjDest && trigger.kind == EventType::Visit {
            let stops = tour_stops(sent, &raw.args.destinations);
            if !stops.is_empty() {
                let variants = stops
                    .into_iter()
                    .map(|stop| {
                        let mut one = raw.clone();
                        one.args.destinations = vec![stop.clone()];
                        one
                    })
                    .collect();
                return Some(each(variants));
            }
        }
        let subject_is_source = match trigger.frame {
            Frame::SubjDest if trigger.kind == EventType::Visit => true,
            Frame::AwardPassive => false,
            _ => return None,
        };
        let subject = if subject_is_source {
            &raw.args.sources
        } else {
            &raw.args.targets
        };
        let [only] = subject.as_slice() else {
            return None;
        };
        let head = sent
            .cands
            .iter()
            .find(|c| c.start == only.start && c.end == only.end)?;
        let subject = if subject_is_source {
            subject_behind_companion(sent, head, raw.args.clause_start)
        } else {
            head
        };
        let people = coordinated_persons(sent, subject, raw.args.clause_start);
        if people.len() < 2 && std::ptr::eq(subject, head) {
            return None;
        }
        let variants = people
            .into_iter()
            .map(|person| {
                let mut one = raw.clone();
                if subject_is_source {
                    one.args.sources = vec![person.clone()];
                } else {
                    one.args.targets = vec![person.clone()];
                }
                one
            })
            .collect();
        Some(each(variants))
    }

    fn build_one(
        &self,
        raw: &Raw<'_>,
        sent: &Sentence,
        d: &mut Discourse,
        dispatch_date: Option<&depeche_parse::DateValue>,
    ) -> Option<Event> {
        let trigger = raw.m.trigger;
        let mut kind = trigger.kind;
        let mut subtype = trigger.subtype.clone();
        let mut sources: Vec<Actor> = raw
            .args
            .sources
            .iter()
            .flat_map(|c| d.resolve(c, raw.sentence, Role::Source))
            .collect();
        let mut targets: Vec<Actor> = raw
            .args
            .targets
            .iter()
            .flat_map(|c| d.resolve(c, raw.sentence, Role::Target))
            .collect();
        let mut location: Option<Location> = None;
        // Pronoun carry-over: this sentence's subject is "il" next time —
        // the one received, in "X a été reçu par Y".
        let person = |a: &&Actor| a.kind == Some(EntityKind::Person) && !a.group;
        let (subject, other) = if trigger.frame == Frame::Passive {
            (targets.first(), sources.first())
        } else {
            (sources.first(), targets.first())
        };
        if let Some(s) = subject.filter(person) {
            d.last_subject = Some(s.clone());
            if let Some(o) = other.filter(person) {
                d.last_pair = Some((s.clone(), o.clone()));
            }
        }

        // A site visit to a country is a visit.
        if kind == EventType::Activity && subtype == "site_visit" {
            if let Some(dest) = raw
                .args
                .destinations
                .first()
                .filter(|c| c.kind == CandKind::Named(EntityKind::Country))
            {
                if dest.start == raw.m.end || dest.start == raw.m.end + 1 {
                    kind = EventType::Visit;
                    subtype = "official".to_string();
                }
            }
        }

        match kind {
            EventType::Visit => {
                // "ils" or "les deux parties" visiting: the visitor is meant.
                if sources.iter().all(|a| a.kind == Some(EntityKind::Country))
                    && d.visitor.is_some()
                {
                    sources = d.visitor.clone().into_iter().collect();
                }
                // "la visite du responsable guinéen": the country's leader in
                // the dispatch.
                if let [only] = sources.as_mut_slice() {
                    d.country_to_leader(only);
                }
                if sources.is_empty() {
                    sources.extend(d.visitor.clone().or_else(|| d.main_actor()));
                }
                let source_country = sources.first().and_then(|a| a.country.clone());
                // "est arrivé à Beijing" said of a Chinese leader: back home,
                // not a visit.
                let places_named = raw.args.destinations.iter().any(|c| c.country.is_some());
                let home_only = places_named
                    && raw
                        .args
                        .destinations
                        .iter()
                        .filter_map(|c| c.country.as_ref())
                        .all(|c| Some(c) == source_country.as_ref());
                if home_only {
                    return None;
                }
                // An ambassador's "séjour" is a posting, not a visit.
                let clause = raw.args.clause_start..raw.m.start;
                if trigger.subtype == "stay"
                    && clause
                        .into_iter()
                        .any(|i| sent.word(i).starts_with("ambassad"))
                {
                    return None;
                }
                let dest = raw
                    .args
                    .destinations
                    .iter()
                    .find(|c| c.country.is_some() && c.country != source_country)
                    .map(|c| (c.text.clone(), c.entity.clone(), c.country.clone()));
                let (text, entity, country) = match dest {
                    Some(x) => x,
                    // "la visite du ministre" names a visit only with its place.
                    None if subtype == "mention" => return None,
                    None => {
                        // A visit under way or reported without a destination
                        // is the dispatch's visit; a future one must say where.
                        if matches!(raw.status, Status::Planned | Status::Proposed) {
                            return None;
                        }
                        // "Durant son séjour": a stay abroad, in the other
                        // country of the dispatch when no visit names it.
                        let host = d.host.clone().or_else(|| {
                            (trigger.subtype == "stay")
                                .then(|| other_country(d, source_country.as_deref()))
                                .flatten()
                        });
                        let host = host.filter(|h| Some(h) != source_country.as_ref())?;
                        let l = self.country_location(&host);
                        (l.text, l.entity, l.country)
                    }
                };
                let host = country.clone()?;
                // A trip to a city of the country the visitor is already
                // visiting is something done during the visit.
                let inside_host = d.host.as_deref() == Some(host.as_str())
                    && raw
                        .args
                        .destinations
                        .iter()
                        .all(|c| c.kind == CandKind::Named(EntityKind::Place))
                    && !raw.args.destinations.is_empty()
                    && d.visitor
                        .as_ref()
                        .is_some_and(|v| sources.iter().any(|s| identity(s) == identity(v)))
                    && trigger.frame == Frame::SubjDest
                    && matches!(trigger.subtype.as_str(), "trip" | "departure")
                    && d.frame_trigger != Some((raw.sentence, raw.m.start))
                    && !leaves_home(sent, raw, source_country.as_deref());
                if inside_host {
                    kind = EventType::Activity;
                    subtype = "trip".to_string();
                    targets.clear();
                } else {
                    targets = vec![country_actor(&host, Role::Target)];
                }
                location = Some(Location {
                    text,
                    entity,
                    country,
                });
            }
            EventType::Agreement => {
                // "X et son homologue Y ont signé": the signatories, when two
                // people of two countries are named; else the two countries.
                let signatories = signatories(sent, raw, d);
                if let [first, second] = signatories.as_slice() {
                    sources = vec![first.clone()];
                    targets = vec![second.clone()];
                } else {
                    let (a, b) = d.pair();
                    sources = a.iter().map(|c| country_actor(c, Role::Source)).collect();
                    targets = b.iter().map(|c| country_actor(c, Role::Target)).collect();
                }
                if sources.is_empty() || targets.is_empty() {
                    return None;
                }
            }
            EventType::Meeting => {
                // "les deux chefs d'État ont eu des entretiens": the two
                // parties named as one subject meet each other.
                // Each side is its leader in the dispatch when one is named.
                if targets.is_empty() && sources.len() == 2 {
                    let countries: Vec<_> = sources.iter().map(|a| a.country.clone()).collect();
                    if countries.first() != countries.get(1) {
                        targets.extend(sources.pop());
                        for a in sources.iter_mut().chain(targets.iter_mut()) {
                            d.country_to_leader(a);
                        }
                    }
                }
                if sources.is_empty() {
                    sources.extend(d.main_actor());
                }
                repair_self_reference(d, &mut sources, &targets);
                let source_ids: Vec<String> = sources.iter().map(identity).collect();
                targets.retain(|t| !source_ids.contains(&identity(t)));
                // Meeting one's own embassy or community is an activity.
                let source_country = sources.first().and_then(|a| a.country.clone());
                let own = raw.args.targets.iter().any(|c| {
                    c.own.is_some() && (c.country.is_none() || c.country == source_country)
                });
                if own && targets.iter().all(|t| t.group) {
                    kind = EventType::Activity;
                    subtype = match raw.args.targets.iter().find_map(|c| c.own) {
                        Some(Own::Community) => "community",
                        _ => "embassy",
                    }
                    .to_string();
                    targets.clear();
                } else {
                    for t in targets
                        .iter_mut()
                        .filter(|t| t.group && t.country.is_none())
                    {
                        t.country = other_country(d, source_country.as_deref());
                    }
                    if targets.is_empty()
                        && matches!(
                            subtype.as_str(),
                            "consultation" | "joint_commission" | "credentials"
                        )
                    {
                        let other = other_country(d, source_country.as_deref())?;
                        targets.push(country_actor(&other, Role::Target));
                    }
                    if targets.is_empty() {
                        return None;
                    }
                }
            }
            EventType::Activity => {
                if trigger.frame == Frame::Visitor {
                    sources = d.visitor.clone().into_iter().collect();
                }
                // A joint act ("une conférence de presse conjointe"): both
                // parties are its source, the people named or else the
                // dispatch's two countries.
                if trigger.frame == Frame::Pair {
                    sources.extend(targets.drain(..).map(|mut a| {
                        a.role = Role::Source;
                        a
                    }));
                    if sources.len() < 2 {
                        sources = d.both(Role::Source);
                    }
                }
                if sources.is_empty() {
                    sources.extend(d.main_actor());
                }
                targets.clear();
            }
            EventType::Award => {
                if sources.is_empty() {
                    sources.extend(d.host.as_deref().map(|h| country_actor(h, Role::Source)));
                }
                if targets.is_empty() || sources.is_empty() {
                    return None;
                }
            }
            EventType::Invitation => {
                repair_self_reference(d, &mut sources, &targets);
                // Inviting one's own country is a misread place, not a guest.
                let source_country = sources.first().and_then(|a| a.country.clone());
                targets
                    .retain(|t| t.kind != Some(EntityKind::Country) || t.country != source_country);
                if targets.is_empty() {
                    targets.extend(d.main_actor().map(|mut a| {
                        a.role = Role::Target;
                        a
                    }));
                }
                if sources.is_empty() || targets.is_empty() {
                    return None;
                }
            }
            EventType::Intent | EventType::Appeal | EventType::Praise => {}
        }
        if sources.is_empty() {
            return None;
        }
        for a in &mut sources {
            a.role = Role::Source;
        }
        for a in &mut targets {
            a.role = Role::Target;
        }
        // In a bilateral dispatch, a counterpart whose country nothing in
        // the text gives belongs to the other side.
        let source_country = sources.iter().find_map(|a| a.country.clone());
        let target_country = targets.iter().find_map(|a| a.country.clone());
        // Where the meeting is held, or the host of the dispatch's visit,
        // says it first: "a rencontré à Dakar le président du Sénat".
        if targets.iter().any(|a| a.country.is_none()) {
            let place_country = explicit_location(sent, &raw.args)
                .and_then(|l| l.country)
                .or_else(|| d.host.clone())
                .filter(|c| Some(c) != source_country.as_ref());
            for a in targets.iter_mut().filter(|a| a.country.is_none()) {
                a.country = place_country
                    .clone()
                    .or_else(|| other_country(d, source_country.as_deref()));
            }
        }
        for a in sources.iter_mut().filter(|a| a.country.is_none()) {
            a.country = target_country
                .as_deref()
                .and_then(|t| other_country(d, Some(t)));
        }
        let mut background = raw.background_cue;
        let (date, date_background) = event_date(
            sent,
            raw.m.start,
            kind,
            raw.status,
            background,
            dispatch_date,
        );
        let status = ongoing_if_under_way(kind, raw.status, &date, dispatch_date, sent);
        background = date_background;
        // An invitation's place is the invited visit's, not the invitation's.
        if location.is_none() && kind != EventType::Invitation {
            location = explicit_location(sent, &raw.args).or_else(|| {
                let involves_visit = kind == EventType::Agreement
                    || d.visitor.as_ref().is_some_and(|v| {
                        let vid = identity(v);
                        sources
                            .iter()
                            .chain(targets.iter())
                            .any(|a| identity(a) == vid)
                    });
                let useful = !background && kind != EventType::Invitation && subtype != "phone";
                d.host
                    .clone()
                    .filter(|_| involves_visit && useful)
                    .map(|h| self.country_location(&h))
            });
        }
        let mut actors = sources;
        actors.extend(targets);
        let year = dispatch_date.and_then(|d| match d {
            depeche_parse::DateValue::Single(p) | depeche_parse::DateValue::Range(p, _) => p.year,
        });
        self.bodies
            .clear_countries(self.registry, sent, &mut actors, year);
        Some(Event {
            kind,
            cameo: cameo(kind, &subtype).map(str::to_string),
            plover: plover(kind, &subtype, status),
            subtype: Some(subtype),
            status,
            background,
            actors,
            location,
            date,
            evidence: vec![Evidence {
                text: sent_text(sent),
                span: sent.span,
            }],
            rule: trigger.rule.clone(),
        })
    }
}

/// "a quitté Phnom Penh pour Manille" said of a Cambodian: the trip starts
/// at home, so it is the journey to the visit, not a trip inside it.
fn leaves_home(sent: &Sentence, raw: &Raw<'_>, home: Option<&str>) -> bool {
    raw.m.trigger.subtype == "departure"
        && home.is_some()
        && sent
            .cands
            .iter()
            .filter(|c| c.start >= raw.m.start && c.end <= raw.m.end)
            .any(|c| c.country.as_deref() == home)
}

/// The two people of different countries named as the subject of a signing.
fn signatories(sent: &Sentence, raw: &Raw<'_>, d: &Discourse) -> Vec<Actor> {
    let from = raw.args.clause_start;
    let mut people: Vec<Actor> = sent
        .cands
        .iter()
        .filter(|c| c.start >= from && c.end <= raw.m.start && !c.complement)
        .filter(|c| {
            matches!(
                c.kind,
                CandKind::Named(EntityKind::Person) | CandKind::Description
            )
        })
        .flat_map(|c| d.resolve(c, raw.sentence, Role::Source))
        .collect();
    // "X, chef du comité, et Y, chef de Sberbank": a signatory the text
    // gives no country signs for the other side of a bilateral dispatch.
    if let [a, b] = people.as_mut_slice() {
        if a.country.is_none() {
            a.country = other_country(d, b.country.as_deref()).filter(|_| b.country.is_some());
        } else if b.country.is_none() {
            b.country = other_country(d, a.country.as_deref());
        }
    }
    // The two must be one coordinated subject ("X et son homologue Y"), not
    // a meeting's participants followed by "au cours duquel … ont signé".
    let first_start = sent
        .cands
        .iter()
        .find(|c| {
            c.start >= from
                && matches!(
                    c.kind,
                    CandKind::Named(EntityKind::Person) | CandKind::Description
                )
        })
        .map_or(raw.m.start, |c| c.start);
    let between = first_start..raw.m.start;
    let coordinated = between.clone().any(|i| sent.is(i, &["et"]))
        && !between.into_iter().any(|i| {
            sent.is(
                i,
                &[
                    "avec", "duquel", "dont", "lequel", "laquelle", "lors", "cours", "par",
                ],
            )
        });
    match people.as_slice() {
        [a, b]
            if coordinated
                && a.country.is_some()
                && b.country.is_some()
                && a.country != b.country =>
        {
            let mut b = b.clone();
            b.role = Role::Target;
            vec![a.clone(), b]
        }
        _ => Vec::new(),
    }
}

/// An exchange between people of one country, none of them foreign and no
/// foreign place ("le président a invité son ministre", "a reçu le chef du
/// Parti"): not diplomacy, so no event. Every actor's country must be
/// known: an actor of unknown country may be the foreign one.
fn is_domestic_exchange(e: &Event) -> bool {
    if !matches!(
        e.kind,
        EventType::Meeting | EventType::Invitation | EventType::Award
    ) || e.actors.len() < 2
    {
        return false;
    }
    let Some(first) = e.actors.first().and_then(|a| a.country.as_deref()) else {
        return false;
    };
    let same = |c: Option<&str>| c == Some(first);
    e.actors.iter().all(|a| same(a.country.as_deref()))
        && e.location
            .as_ref()
            .is_none_or(|l| l.country.is_none() || same(l.country.as_deref()))
}
