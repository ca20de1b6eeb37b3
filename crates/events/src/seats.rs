//! Gatherings that always meet at one seat.
//!
//! "En marge de l'Assemblée générale des Nations unies" says where a
//! meeting took place as surely as "à New York": the General Assembly
//! meets nowhere else. `data/seats.tsv` lists such bodies; a phrase of
//! it counts only where the sentence sets something at the gathering
//! ("en marge de", "lors de", "devant", "aux travaux de la 79e session
//! de"), so that a meeting that merely discusses the Security Council's
//! reform is not placed in New York.

use crate::analysis::{lexicons, Sentence};
use crate::model::Location;
use depeche_names::shared;

/// Words that set an event at the gathering named within a few words
/// after them.
const AT_GATHERING: &[&str] = &[
    "marge", "lors", "occasion", "cours", "pendant", "devant", "tribune", "travaux", "session",
];

/// How many words may separate such a word from the gathering's name
/// ("en marge de la 79e session de l'", "lors des travaux de la").
const CUE_REACH: usize = 7;

/// The seat of a gathering the sentence sets an event at.
///
/// Its text is the gathering's name as the sentence gives it; its
/// country, the seat's.
pub(crate) fn seat_location(sent: &Sentence) -> Option<Location> {
    let seats = &lexicons().seats;
    if !seats.may_occur(sent) {
        return None;
    }
    (1..sent.tokens.len()).find_map(|i| {
        let (words, country) = seats.longest_at(sent, i)?;
        let right_before = sent.is(i - 1, &["au", "a"]);
        let cued = (i.saturating_sub(CUE_REACH)..i).any(|k| sent.is(k, AT_GATHERING));
        (right_before || cued).then(|| Location {
            text: sent.text_of(i, i + words.len()),
            entity: None,
            country: Some(shared(country)),
        })
    })
}
