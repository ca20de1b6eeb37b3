//! Extract coded diplomatic events from parsed French dispatches.
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
//! | `aujourd'hui`, `ce matin`, `hier`, `avant-hier`, `demain` | the dispatch day moved by 0, −1, −2, +1 days (a day is needed) |
//! | `la semaine dernière`, `le mois dernier`, `l'année prochaine` | the week (Monday–Sunday), month or year moved from the dispatch's |
//! | `la veille`, `le lendemain` (a sentence of the story) | the day before / after the last day stated before it, else the dispatch day |
//! | `à cette occasion`, `lors de l'entretien`, `le même jour` (opening a sentence) | the date of the last event stated with a day |
//! | nothing | occurred and ongoing events of the dispatch's news inherit the dispatch date at its precision; planned, proposed and background events stay undated |
//!
//! | a weekday or relative day of the main clause, for a visit named as its frame (`ont signé dimanche … dans le cadre de la visite`) or for what a relative clause tells of a visit (`après sa visite … au cours de laquelle des accords ont été signés`) | not the visit's or the relative's date: they keep their own or inherit |
//! | `en marge de cette rencontre`, `à cette occasion` after a planned exchange with a day | that day, for a planned event |
//!
//! An event told twice keeps the sharper date: a day inside the range first
//! given for an exchange, a range holding the arrival day first given for a
//! visit. A past event dated in an earlier year than the dispatch is
//! background.
//!
//! The status comes from the words around the trigger (`data/cues.tsv`
//! and `status.rs`):
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

mod analysis;
mod candidates;
pub mod coding;
mod coordination;
mod credentials;
mod dates;
mod dedup;
mod discourse;
pub mod extract;
mod frames;
mod lead;
pub mod lexicon;
pub mod model;
mod organizations;
mod placing;
mod raw;
mod speaker;
mod status;
mod story;
mod tokens;
mod visit_span;

pub use extract::{ExtractError, Extractor};
pub use model::{
    Actor, Event, EventDate, EventType, Evidence, Location, Plover, Role, SegmentResult, Status,
};
