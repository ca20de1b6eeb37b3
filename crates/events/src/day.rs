//! Calendar days as event dates write them (`2025-03-10`, yearless
//! `--03-10`), for the rules that count days: a visit's span, "la veille".

use depeche_parse::PartialDate;

/// A calendar day, with or without its year (`--10-19`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Day {
    /// The year, when known.
    pub(crate) year: Option<i32>,
    /// The day; in a leap year when the year is not known.
    pub(crate) date: time::Date,
}

/// The leap year yearless days are counted in, so that `--02-29` exists.
const YEARLESS: i32 = 2000;

impl Day {
    /// `2025-03-10` or `--03-10`; any other precision is no day.
    pub(crate) fn parse(value: &str) -> Option<Day> {
        let (year, rest) = match value.strip_prefix("--") {
            Some(rest) => (None, rest),
            None => {
                let (y, rest) = value.split_once('-')?;
                (Some(y.parse().ok()?), rest)
            }
        };
        let (m, d) = rest.split_once('-')?;
        Day::new(year, m.parse().ok()?, d.parse().ok()?)
    }

    /// The day of `month` and `day`, in `year` when known.
    pub(crate) fn new(year: Option<i32>, month: u8, day: u8) -> Option<Day> {
        let month = time::Month::try_from(month).ok()?;
        let date = time::Date::from_calendar_date(year.unwrap_or(YEARLESS), month, day).ok()?;
        Some(Day { year, date })
    }

    /// The dispatch's day, when its date has one ("3 septembre 2025",
    /// "--09-03"); a month or a range is no day.
    pub(crate) fn of_dispatch(dispatch: Option<&depeche_parse::DateValue>) -> Option<Day> {
        match dispatch {
            Some(depeche_parse::DateValue::Single(p)) => {
                p.month.zip(p.day).and_then(|(m, d)| Day::new(p.year, m, d))
            }
            _ => None,
        }
    }

    /// A day written without its year or its month, completed from `near`.
    pub(crate) fn from_partial(p: &PartialDate, near: &Day) -> Option<Day> {
        let month = p.month.unwrap_or(u8::from(near.date.month()));
        let year = p.year.or(near.year);
        Day::new(year, month, p.day?)
    }

    /// This day moved by `days`.
    pub(crate) fn shift(&self, days: i64) -> Option<Day> {
        let date = self.date.checked_add(time::Duration::days(days))?;
        Some(Day {
            year: self.year.map(|_| date.year()),
            date,
        })
    }

    /// The first day after this one falling on `weekday`; a day without
    /// its year has no weekday.
    pub(crate) fn next_weekday(&self, weekday: time::Weekday) -> Option<Day> {
        self.year?;
        (1..=7)
            .filter_map(|k| self.shift(k))
            .find(|d| d.date.weekday() == weekday)
    }

    /// A number that grows by one a day, for differences.
    pub(crate) fn ordinal(&self) -> i64 {
        i64::from(self.date.to_julian_day())
    }
}

impl std::fmt::Display for Day {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (m, d) = (u8::from(self.date.month()), self.date.day());
        match self.year {
            Some(y) => write!(f, "{y:04}-{m:02}-{d:02}"),
            None => write!(f, "--{m:02}-{d:02}"),
        }
    }
}
