//! Dates: reduced-precision values ([`PartialDate`], [`DateValue`]), French
//! date expressions found in text ([`find_dates`]) and their resolution
//! against a dispatch date ([`resolve()`]).
//!
//! ```
//! use depeche_parse::date::{find_dates, resolve};
//! use depeche_parse::DateValue;
//!
//! let found = find_dates("Durant son séjour du 11 au 12 mai, il a rencontré lundi le président.");
//! assert_eq!(found[0].text, "du 11 au 12 mai");
//! let dispatch: DateValue = "2025-05-14".parse().unwrap();
//! let may = resolve(&found[0].expr, Some(&dispatch), false).unwrap();
//! assert_eq!(may.to_string(), "2025-05-11/2025-05-12");
//! let monday = resolve(&found[1].expr, Some(&dispatch), false).unwrap();
//! assert_eq!(monday.to_string(), "2025-05-12");
//! ```

mod anchor;
mod find;
pub(crate) mod grammar;
pub(crate) mod hijri;
mod lexicon;
mod opening;
mod resolve;
pub(crate) mod stamp;
mod value;

/// `w` with its first letter a capital (`Mardi`), for the tests that try
/// every form of the date lists as a lead or a title would write it.
#[cfg(test)]
pub(crate) fn capitalized(w: &str) -> String {
    let mut cs = w.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// Builds the date word tables now (see [`crate::prepare`]).
pub(crate) fn prepare() {
    lexicon::prepare();
    anchor::prepare();
    opening::prepare();
}

pub use find::find_dates;
pub use resolve::resolve;
pub use value::{DateSyntaxError, DateValue, PartialDate};

use crate::span::Span;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A date expression found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub struct DateMention {
    /// Where the expression is, relative to the text searched.
    pub span: Span,
    /// The expression as written (`le 3 mars`, `mercredi matin`).
    pub text: String,
    /// What it means.
    pub expr: DateExpr,
}

/// The meaning of a date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DateExpr {
    /// A calendar date, month, year or range, possibly without a year
    /// (`le 3 mars` is `--03-03` until [`resolve()`] gives it one).
    Absolute(DateValue),
    /// A date known only relative to the dispatch date.
    Relative(Relative),
}

/// A date relative to the dispatch date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Relative {
    /// `lundi`, `ce jeudi`, `mercredi matin`: the most recent such day on or
    /// before the dispatch date (the next one after it for a future event).
    Weekday(time::Weekday),
    /// `mardi dernier`: the most recent such day strictly before.
    LastWeekday(time::Weekday),
    /// `mardi prochain`: the next such day strictly after.
    NextWeekday(time::Weekday),
    /// `aujourd'hui`, `ce matin`, `cet après-midi`, `ce soir`.
    Today,
    /// `hier`.
    Yesterday,
    /// `avant-hier`.
    DayBeforeYesterday,
    /// `demain`.
    Tomorrow,
    /// `après-demain`.
    DayAfterTomorrow,
    /// `la semaine dernière` (Monday to Sunday of the week before).
    LastWeek,
    /// `la semaine prochaine`.
    NextWeek,
    /// `cette semaine`.
    ThisWeek,
    /// `le mois dernier`.
    LastMonth,
    /// `le mois prochain`.
    NextMonth,
    /// `ce mois-ci`.
    ThisMonth,
    /// `l'année dernière`, `l'an dernier`.
    LastYear,
    /// `l'année prochaine`.
    NextYear,
    /// `cette année`.
    ThisYear,
    /// `le 14 juin prochain`: the first such date on or after the dispatch.
    NextDate(PartialDate),
    /// `le 5 novembre dernier`: the last such date on or before the dispatch.
    LastDate(PartialDate),
}
