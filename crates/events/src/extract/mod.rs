//! The extraction entry point: parse, detect names, find triggers, attach
//! arguments, resolve descriptions, date, locate, code and deduplicate.

mod agreement;
mod award;
mod exchange;
mod trigger;
mod variants;
mod visit;

use depeche_names::shared;
use std::sync::Arc;

use crate::analysis::SegmentAnalysis;
use crate::dedup::deduplicate;
use crate::discourse::Discourse;
use crate::lexicon::Lexicon;
use crate::model::{Event, EventType, Location, Role, SegmentResult};
use crate::organizations::InternationalBodies;
use crate::raw::{frame_visit, raw_events};
use crate::stretches::{read_whole, stretches, STRETCH_BYTES};
use depeche_names::{Mention, Registry};
use depeche_parse::{Dispatch, ParseError, Span};
use trigger::TriggerContext;

/// Why a document could not be processed.
///
/// ```
/// use depeche_events::Extractor;
/// use depeche_names::Registry;
/// let err = Extractor::new(Registry::embedded())
///     .extract_bytes(b"Hanoi \xff")
///     .unwrap_err();
/// assert_eq!((err.kind(), err.offset()), ("invalid_utf8", 6));
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte 6");
/// ```
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The input could not be parsed (invalid UTF-8, empty, too large).
    #[error(transparent)]
    Parse(#[from] ParseError),
}

impl ExtractError {
    /// Machine-readable kind (`invalid_utf8`, `empty`, `too_large`).
    pub fn kind(&self) -> &'static str {
        match self {
            ExtractError::Parse(e) => e.kind(),
        }
    }

    /// Byte offset in the input where the problem is.
    pub fn offset(&self) -> usize {
        match self {
            ExtractError::Parse(e) => e.offset(),
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

    /// Builds now every table extraction otherwise builds on first use —
    /// the parser's word lists, the registry's matchers and indexes, the
    /// word lists of the events crate — so that the first documents cost
    /// nearly what later ones do (see [`Registry::prepare`] for what stays
    /// made on first use): for a server with a latency budget, and for
    /// measurements of the cost per document (`depeche bench` calls it
    /// before starting its clock). Calling it again does nothing.
    ///
    /// ```
    /// use depeche_events::Extractor;
    /// use depeche_names::Registry;
    /// let extractor = Extractor::new(Registry::embedded());
    /// extractor.prepare();
    /// let segments = extractor.extract("Hanoï, 3 mars (VNA) - Le président a reçu l'ambassadeur.")?;
    /// assert_eq!(segments.len(), 1);
    /// # Ok::<(), depeche_events::ExtractError>(())
    /// ```
    pub fn prepare(&self) {
        depeche_parse::prepare();
        self.registry.prepare();
        crate::analysis::lexicons();
        crate::candidates::openers();
        crate::status::cues();
        crate::speaker::speech_verbs();
        crate::story::story_links();
        crate::story::day_parts();
        crate::envoys::envoy_words();
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
            entity: Some(shared(code)),
            country: Some(shared(code)),
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
        // Too large is reported before invalid, as for text.
        depeche_parse::check_size(bytes, self.max_doc_bytes)?;
        let input = std::str::from_utf8(bytes).map_err(|e| ParseError::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        self.extract(input)
    }

    /// Events of one parsed segment of `input`.
    pub fn segment(&self, input: &str, dispatch: Dispatch) -> SegmentResult {
        self.segment_in_stretches(input, dispatch, STRETCH_BYTES)
    }

    /// [`Extractor::segment`], a segment longer than `stretch_bytes` read
    /// in stretches of about that size (see [`crate::stretches`]).
    fn segment_in_stretches(
        &self,
        input: &str,
        dispatch: Dispatch,
        stretch_bytes: usize,
    ) -> SegmentResult {
        let units = crate::analysis::units(&dispatch);
        let (mentions, events) = if read_whole(&units, stretch_bytes) {
            self.read(input, &dispatch, &units, Top::Included)
        } else {
            // Each stretch's working data is given back before the next is
            // read; what is kept is what the record shows.
            let mut mentions = Vec::new();
            let mut events = Vec::new();
            for (i, stretch) in stretches(input, &units, stretch_bytes)
                .into_iter()
                .enumerate()
            {
                let top = if i == 0 { Top::Included } else { Top::Excluded };
                let (m, e) = self.read(input, &dispatch, &stretch, top);
                mentions.extend(m);
                events.extend(e);
            }
            // The same event told in several stretches is one event.
            (mentions, deduplicate(events))
        };
        SegmentResult {
            dispatch,
            mentions,
            events,
        }
    }

    /// The mentions and events of the `units` (spans of `input`) of a
    /// segment, read as one text; `top` tells whether they hold the
    /// segment's top, where its lead stands.
    fn read(
        &self,
        input: &str,
        dispatch: &Dispatch,
        units: &[Span],
        top: Top,
    ) -> (Vec<Mention>, Vec<Event>) {
        let analysis = SegmentAnalysis::of_units(input, units, dispatch, self.registry);
        let raws = raw_events(self.lexicon, &analysis.sentences);
        let mut discourse = Discourse::new(&analysis.sentences);
        frame_visit(&raws, &analysis.sentences, &mut discourse);
        // With no visit told, the dateline's place is where the news is.
        let dateline_country = dispatch
            .dateline
            .as_ref()
            .and_then(|d| d.place.as_deref())
            .and_then(|p| self.registry.resolve(p))
            .filter(|r| r.method == depeche_names::Method::Exact)
            .and_then(|r| r.entity.country.clone());
        // Most raws give one event: room for that many from the start spares
        // a long segment's list the copies and the room for as many again
        // of growing by doubling.
        let mut events = Vec::with_capacity(raws.len());
        // Raws come in sentence order: the sentences between two of them
        // report no event.
        let mut next_unread = 0;
        // Each raw is dropped once its events are built: on a long segment
        // the raws' arguments would otherwise stay alive beside every event.
        // The list itself is given back as it empties, for the same reason:
        // taken from the end, it shrinks without moving what is left.
        let mut pending = raws;
        pending.reverse();
        while let Some(raw) = pending.pop() {
            if pending.len() < pending.capacity() / 4 {
                pending.shrink_to_fit();
            }
            // Eventless sentences between two events may change who "il" is.
            for si in next_unread..raw.sentence {
                let speaker = analysis
                    .sentences
                    .get(si)
                    .and_then(crate::speaker::last_speaker);
                if let Some(c) = speaker {
                    let subject = discourse.resolve(c, si, Role::Source).into_iter().next();
                    discourse.set_subject(subject);
                }
            }
            next_unread = next_unread.max(raw.sentence + 1);
            let Some(sent) = analysis.sentences.get(raw.sentence) else {
                continue;
            };
            let built = self.build(&mut TriggerContext {
                raw: &raw,
                sent,
                discourse: &mut discourse,
                dispatch_date: dispatch.date.as_ref(),
                dateline_country: dateline_country.as_deref(),
            });
            events.extend(built.into_iter().map(without_spare_room));
        }
        // Grown by doubling, the list may hold room for as many events again
        // while the passes below keep every sentence alive beside it.
        events.shrink_to_fit();
        crate::credentials::spread(
            &mut events,
            &analysis.sentences,
            &discourse,
            dateline_country.as_deref(),
        );
        crate::story::carry_story_dates(
            &mut events,
            &analysis.sentences,
            input,
            dispatch.date.as_ref(),
        );
        if top == Top::Included {
            crate::lead::carry_lead_frame(&mut events, &analysis.sentences, dispatch.date.as_ref());
        }
        crate::ceremony::carry_ceremony_day(
            &mut events,
            &analysis.sentences,
            dispatch.date.as_ref(),
        );
        crate::ceremony::carry_visit_day(&mut events);
        crate::weekdays::date_weekdays_from_text(
            &mut events,
            &analysis.sentences,
            dispatch.date.as_ref(),
        );
        let mut events = deduplicate(events);
        events.retain(|e| !is_domestic_exchange(e) && !meets_some_unnamed_group(e));
        crate::documents::spread_listed_documents(&mut events, &analysis.sentences);
        crate::joint_press::share_press_points(&mut events, &analysis.sentences);
        crate::visit_span::extend_visit_spans(
            &mut events,
            &analysis.sentences,
            dispatch.date.as_ref(),
        );
        let dispatch_has_day = crate::day::Day::of_dispatch(dispatch.date.as_ref()).is_some();
        crate::visit_span::under_way_at_its_exchanges(&mut events, dispatch_has_day);
        let host = discourse.host().map(str::to_string).or(dateline_country);
        crate::hosting::place_visitors_activities(&mut events, host.as_deref());
        crate::plans_ahead::planned_by_their_dates(&mut events);
        crate::plans_ahead::under_way_with_plans_ahead(&mut events, &analysis.sentences);
        crate::hosting::drop_attendances_at_home(&mut events, host.as_deref());
        crate::hosting::drop_stateless_activities(&mut events);
        (analysis.mentions, events)
    }
}

/// Whether the text read holds the segment's top (its first sentences,
/// where the lead stands): a later stretch of a long segment does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Top {
    Included,
    Excluded,
}

/// `e` with its lists holding no spare room: a long segment keeps
/// hundreds of thousands of events while the rest of them are built, and
/// lists grown one actor at a time reserve room for four.
fn without_spare_room(mut e: Event) -> Event {
    e.actors.shrink_to_fit();
    e.evidence.shrink_to_fit();
    e
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

/// "a rencontré des ministres", "des fonctionnaires ont accueilli la
/// délégation", "s'est entretenu avec des dirigeants africains": a side
/// that is only an indefinite group, no one named or singled out, is a
/// crowd met in passing, not a counterpart. A definite group ("les
/// dirigeants du pays hôte", "d'autres dirigeants ouzbeks") stays one, and
/// so do the representatives of a body ("des représentants des partis
/// politiques"): they speak for it.
fn meets_some_unnamed_group(e: &Event) -> bool {
    use crate::model::Role;
    const SPOKESMEN: &[&str] = &["representants", "responsables", "delegues"];
    let indefinite = |a: &crate::model::Actor| {
        a.entity.is_none() && a.canonical.is_none() && {
            let mut words = a.text.split_whitespace().map(crate::tokens::fold_word);
            words.next().is_some_and(|w| w == "des")
                && words
                    .next()
                    .is_some_and(|w| !SPOKESMEN.contains(&w.as_str()))
        }
    };
    let side_is_indefinite = |role: Role| {
        let mut side = e.actors.iter().filter(|a| a.role == role).peekable();
        side.peek().is_some() && side.all(indefinite)
    };
    e.kind == EventType::Meeting
        && (side_is_indefinite(Role::Source) || side_is_indefinite(Role::Target))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Paragraphs of several events each, told again and again as in a
    /// text dump: read in stretches, they give the mentions they give read
    /// whole, and the same events — how many times each is counted may
    /// differ, as no stretch knows of a trip told in the one before.
    #[test]
    fn a_segment_read_in_stretches_gives_what_it_gives_read_whole() {
        let paragraph = "Le président kazakh Kassym-Jomart Tokaïev a reçu mardi à Astana \
            le ministre hongrois des Affaires étrangères, Péter Szijjártó. \
            Le Premier ministre vietnamien Pham Minh Chinh a signé mercredi à Hanoï \
            un accord de coopération avec son homologue japonais. \
            Le roi Mohammed VI a décoré jeudi l'ambassadeur de France. \
            Le chef de la diplomatie turque, Hakan Fidan, se rendra vendredi au Caire. ";
        let input = format!("Hanoï, 3 mars (VNA) - {}\n", paragraph.repeat(30));
        let extractor = Extractor::new(Registry::embedded());
        let read = |limit: usize| {
            let Ok(document) = depeche_parse::parse(&input) else {
                panic!("unparsable test text");
            };
            document
                .segments
                .into_iter()
                .map(|d| extractor.segment_in_stretches(&input, d, limit))
                .collect::<Vec<_>>()
        };
        let whole = read(STRETCH_BYTES);
        let in_stretches = read(2_000);
        let mentions = |r: &[SegmentResult]| {
            format!("{:?}", r.iter().map(|s| &s.mentions).collect::<Vec<_>>())
        };
        assert_eq!(mentions(&in_stretches), mentions(&whole));
        // An event as told, whatever its evidence.
        let told = |r: &[SegmentResult]| {
            let mut told: Vec<String> = r
                .iter()
                .flat_map(|s| &s.events)
                .map(|e| {
                    let actors: Vec<_> = e.actors.iter().map(|a| (&a.entity, &a.role)).collect();
                    format!(
                        "{:?} {:?} {:?} {actors:?} {:?} {:?}",
                        e.kind, e.subtype, e.status, e.location, e.date
                    )
                })
                .collect();
            told.sort();
            told.dedup();
            told
        };
        assert!(told(&whole).len() >= 4, "{:?}", told(&whole));
        assert_eq!(told(&in_stretches), told(&whole));
        // Reception, signing and decoration are told once for all their
        // evidence, however read.
        let evidence = |r: &[SegmentResult]| {
            r.iter()
                .flat_map(|s| &s.events)
                .filter(|e| e.kind != EventType::Activity && e.kind != EventType::Visit)
                .map(|e| e.evidence.len())
                .collect::<Vec<_>>()
        };
        assert_eq!(evidence(&whole), [30, 30, 30]);
        assert_eq!(evidence(&in_stretches), evidence(&whole));
    }
}
