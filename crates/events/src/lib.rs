//! Extract coded diplomatic events from parsed French dispatches.
//!
//! An [`Extractor`] reads a dispatch (a file of one or more news-agency
//! stories), finds the sentences that report a visit, a meeting, an
//! agreement, a decoration, an invitation or another act of diplomacy, and
//! returns one [`SegmentResult`] per story with its [`Event`]s: the
//! [`EventType`] and [`Subtype`], who acts and who is acted upon
//! ([`Actor`]s with a [`Role`] and a country), where ([`Location`]) and when
//! ([`EventDate`]), whether it happened ([`Status`]), its CAMEO and PLOVER
//! codes ([`Plover`]), and the sentences it was read from ([`Evidence`]).
//!
//! The pipeline, stage by stage: the text is parsed into stories and
//! sentences (`depeche-parse`), names are detected and resolved against a
//! registry (`depeche-names`), triggers from the lexicon (`data/triggers.tsv`)
//! are matched on folded tokens, each trigger's arguments are attached by
//! its frame (subject, objects, destination, agent of a passive),
//! descriptions and pronouns (`le secrétaire général`, `il`) are resolved
//! against the story, and events are dated, placed, coded and merged when
//! the story tells one twice.
//!
//! ```
//! use depeche_events::{EventType, Extractor, Role, Status, Subtype};
//! use depeche_names::Registry;
//!
//! let text = "Hanoï, 3 mars 2025 (VNA) - Le président Lương Cường a reçu lundi à \
//!             Hanoï l'ambassadeur du Japon, Ito Naoki.\n";
//! let segments = Extractor::new(Registry::embedded()).extract(text)?;
//! let meeting = segments[0]
//!     .events
//!     .iter()
//!     .find(|e| e.kind == EventType::Meeting)
//!     .expect("a meeting");
//! assert_eq!(meeting.subtype, Some(Subtype::Reception));
//! assert_eq!(meeting.status, Status::Occurred);
//! assert_eq!(meeting.date.value.as_deref(), Some("2025-03-03"));
//! let source = meeting.actors.iter().find(|a| a.role == Role::Source).unwrap();
//! assert_eq!(source.country.as_deref(), Some("VNM"));
//! # Ok::<(), depeche_events::ExtractError>(())
//! ```
//!
//! # Guarantees
//!
//! - Bad input is an [`ExtractError`] with a kind and a byte offset
//!   (invalid UTF-8, an empty or blank input, a document over the size
//!   limit), never a panic.
//! - Every span ([`Evidence::span`], [`Actor::span`]) is a byte range of the
//!   original input that slices it on UTF-8 boundaries.
//! - The same input and registry give the same output, byte for byte.
//! - The time taken grows linearly with the input's length.
//! - Codes come from closed sets: [`EventType`], [`Subtype`] and [`Status`]
//!   serialize to the names of SPEC section 6; CAMEO codes are 1.1b3 event
//!   codes, PLOVER codes v2.0 types and modes.
//!
//! # Your own triggers
//!
//! The trigger lexicon is a TSV file whose header documents its columns
//! ([`Lexicon::embedded_tsv`]). Extend a copy and extract with it; a
//! malformed row is a [`LexiconError`] naming its line:
//!
//! ```
//! use depeche_events::{EventType, Extractor, Lexicon};
//! use depeche_names::Registry;
//!
//! let text = format!(
//!     "{}a|ont ~? salue\tMEETING\tcourtesy\tsubj_obj\toccurred\n",
//!     Lexicon::embedded_tsv()
//! );
//! let lexicon = Lexicon::from_tsv(&text, "my_triggers.tsv")?;
//! let extractor = Extractor::with_lexicon(Registry::embedded(), &lexicon);
//! let segments = extractor
//!     .extract("Hanoï (VNA) - Le président Lương Cường a salué l'ambassadeur du Japon, Ito Naoki.\n")
//!     .expect("a dispatch");
//! assert!(segments[0].events.iter().any(|e| e.kind == EventType::Meeting));
//!
//! let err = Lexicon::from_tsv("a salue\tMEETING\tgreeting\tsubj_obj\toccurred\n", "x.tsv")
//!     .unwrap_err();
//! assert_eq!(err.to_string(), "x.tsv:1: unknown subtype \"greeting\"");
//! # Ok::<(), depeche_events::LexiconError>(())
//! ```
//!
//! # Dates and status
//!
//! An event's date is the date expression of its own sentence nearest its
//! trigger (a visit prefers a range), resolved against the dispatch date
//! (SPEC section 3). The dispatch date comes from the header, the wire
//! dateline (`Dakar, 12 mars 2025 (APS) -`, `BRUXELLES 21/01/2026 (BELGA)`,
//! `2 mai 2024(AIB)-`, `27 août 2025 /UzA/.`), a printed date line or a
//! date closing the title (`… (25/02/2015)`), the most precise of them
//! winning; a missing year is taken from another of these sources, never
//! from the text.
//!
//! | expression | resolves to (dispatch Wednesday 2025-03-12) |
//! | --- | --- |
//! | `le 10 mars`, `mardi 11 mars`, `ce mercredi 12 mars`, `mardi midi 11 mars` | that day, in the dispatch's year (`2025-03-10`); yearless (`--03-10`) when the dispatch has no year |
//! | `le 10 mars 2024`, `19/09/2021` | that day as written |
//! | `du 10 au 13 mars`, `les 10 et 11 mars`, `du 30 avril au 1er mai` | a range keeping both ends (`2025-03-10/2025-03-13`); a range across the new year starts the year before |
//! | `en mars`, `en mars 2024`, `en 2024` | the month or year |
//! | `lundi`, `ce lundi`, `lundi soir` | the most recent such day on or before the dispatch day (`2025-03-10`), the next one for a planned event; no date against a dispatch date without a day |
//! | `lundi prochain` / `lundi dernier` | the next one after / the last one before the dispatch day |
//! | `le 14 juin prochain` / `le 5 novembre dernier` | that day in the year that puts it after / before the dispatch |
//! | `aujourd'hui`, `ce matin`, `hier`, `avant-hier`, `demain` | the dispatch day moved by 0, −1, −2, +1 days (a day is needed; a yearless day moves when the answer is certain: `hier` against `--07-26` is `--07-25`, against `--03-01` unknown) |
//! | `la semaine dernière`, `le mois dernier`, `l'année prochaine` | the week (Monday–Sunday), month or year moved from the dispatch's |
//! | `la veille`, `le lendemain` (a sentence of the story) | the day before / after the last day stated before it, else the dispatch day |
//! | `à cette occasion`, `lors de l'entretien`, `le même jour` (opening a sentence) | the date of the last event stated with a day |
//! | nothing | occurred and ongoing events of the dispatch's news inherit the dispatch date at its precision; planned, proposed and background events stay undated |
//!
//! | a weekday or relative day of the main clause, for a visit named as its frame (`ont signé dimanche … dans le cadre de la visite`) or for what a relative clause tells of a visit (`après sa visite … au cours de laquelle des accords ont été signés`) | not the visit's or the relative's date: they keep their own or inherit |
//! | `en marge de cette rencontre`, `à cette occasion` after a planned exchange with a day | that day, for a planned event |
//! | `en fin de journée`, `dans la soirée`, `dans l'après-midi` (a plan) | the day its story states, else the dispatch day |
//! | a bare weekday (`samedi soir`) the text also writes with its date (`samedi 19 octobre`) | that date, when the text gives the weekday one date only |
//! | an award or a ceremony act told after `une cérémonie a eu lieu le 18 juillet` | the ceremony's day |
//!
//! A visit dated by one day spans the days the text gives it: its length
//! with its first or last day (`arrivé mercredi pour un séjour de trois
//! jours`, `a achevé vendredi une visite de deux jours`; a visit under way
//! keeps its first day), its named last day (`mardi, deuxième et dernier
//! jour de sa visite`), `jusqu'au 30 avril`, or a range given to it in
//! another sentence (`au cours de cette visite du 19 au 23 octobre`).
//!
//! An event told twice keeps the sharper date: a day inside the range first
//! given for an exchange, a range holding the arrival day first given for a
//! visit. A past event dated in an earlier year than the dispatch is
//! background.
//!
//! The status comes from the words around the trigger (`data/cues.tsv`
//! and `status/`):
//!
//! | cue | status |
//! | --- | --- |
//! | `a effectué`, `a achevé`, `a quitté` + the host, `à l'issue de sa visite`, `a regagné` | occurred |
//! | `est arrivé`, `a entamé (depuis samedi) une visite`, `entame`, `effectue`, `en visite`, `la visite qu'effectue X`, `a quitté Banjul pour Dakar`, `est au Sénégal depuis` | ongoing |
//! | a visit whose range includes the dispatch day, its last day too unless its sentence says it ended | ongoing |
//! | future or conditional (`signera`, `se rendra`), `doit`, `devrait`, `va` + infinitive, `est attendu`, `sera reçu`, `aura des entretiens`, `prévu(e)`, `prochain(e)` | planned |
//! | a noun or infinitive governed by a future verb (`assisteront à la cérémonie de signature`, `avant de s'entretenir` after a future), a noun followed by `est prévue` or a future verb | planned |
//! | `aura été` (future perfect) | not planned: what happened |
//! | `a proposé de`, `souhaite`, `envisage`, `pourrait` | proposed |
//! | `ne … pas`, `aucun accord` | no event |
//! | a frame (`lors de sa visite, il devrait …`), a demonstrative (`cette visite contribuera`) | the frame keeps its own tense |

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod analysis;
mod candidates;
mod ceremony;
mod coding;
mod coordination;
mod credentials;
mod data;
mod dates;
mod day;
mod dedup;
mod delegations;
mod discourse;
mod documents;
mod envoys;
mod extract;
mod frames;
mod grammar;
mod honours;
mod hosting;
mod joint_press;
mod lead;
mod lexicon;
mod model;
mod organizations;
mod phrases;
mod placing;
mod plans_ahead;
mod raw;
mod seats;
mod speaker;
mod status;
mod story;
mod stretches;
mod subtype;
mod tokens;
mod visit_span;
mod weekdays;
mod word_table;

pub use extract::{ExtractError, Extractor};
pub use lexicon::{Lexicon, LexiconError};
pub use model::{
    Actor, Event, EventDate, EventType, Evidence, Location, Plover, Role, SegmentResult, Status,
    UnknownName,
};
pub use subtype::Subtype;
