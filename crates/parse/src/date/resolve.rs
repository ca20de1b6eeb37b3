//! Resolving a date expression against the dispatch date (SPEC section 3).

use super::{DateExpr, DateValue, PartialDate, Relative};
use time::{Date, Duration, Month, Weekday};

/// The date an expression stands for, given the dispatch date.
///
/// - A day-and-month (or month) without a year takes the dispatch date's
///   year when it has one, else stays yearless (`--03-03`).
/// - A weekday needs a dispatch date with a day: it is the most recent such
///   day on or before it, or the next one after it when `future` is true.
/// - `hier`, `demain`, `la semaine dernière` need a day (`hier` moves a
///   yearless day too, when no leap day can lie between); `le mois
///   dernier` a month; `l'année dernière` a year. When the dispatch date
///   is not precise enough the answer is `None` (the caller keeps the
///   text).
///
/// ```
/// use depeche_parse::date::{resolve, DateExpr, Relative};
/// use depeche_parse::DateValue;
/// let march: DateValue = "2025-03".parse().unwrap();
/// let le_3_mars = DateExpr::Absolute("--03-03".parse().unwrap());
/// assert_eq!(resolve(&le_3_mars, Some(&march), false).unwrap().to_string(), "2025-03-03");
/// assert_eq!(resolve(&le_3_mars, None, false).unwrap().to_string(), "--03-03");
/// assert_eq!(resolve(&DateExpr::Relative(Relative::Yesterday), Some(&march), false), None);
/// ```
pub fn resolve(
    expr: &DateExpr,
    dispatch_date: Option<&DateValue>,
    future: bool,
) -> Option<DateValue> {
    let reference = dispatch_date.map(|d| match d {
        DateValue::Single(p) | DateValue::Range(p, _) => *p,
    });
    match expr {
        DateExpr::Absolute(v) => Some(absolute(*v, reference)),
        DateExpr::Relative(r) => relative(*r, reference?, future),
    }
}

fn absolute(v: DateValue, reference: Option<PartialDate>) -> DateValue {
    let year = reference.and_then(|r| r.year);
    let fill = |p: PartialDate| PartialDate {
        year: p.year.or(if p.month.is_some() { year } else { None }),
        ..p
    };
    match v {
        DateValue::Single(p) => DateValue::Single(fill(p)),
        DateValue::Range(a, b) => {
            let (mut a, b) = (fill(a), fill(b));
            // `du 28 décembre au 3 janvier 2026` starts the year before.
            if let (Some(ya), Some(yb)) = (a.year, b.year) {
                if ya == yb && (a.month, a.day) > (b.month, b.day) {
                    a.year = Some(ya - 1);
                }
            }
            DateValue::Range(a, b)
        }
    }
}

fn relative(r: Relative, reference: PartialDate, future: bool) -> Option<DateValue> {
    let single = |d: Date| Some(DateValue::Single(from_date(d)));
    match r {
        Relative::Weekday(w) => {
            let day = full_date(reference)?;
            single(if future {
                next_after(day, w)
            } else {
                on_or_before(day, w)
            })
        }
        Relative::LastWeekday(w) => single(on_or_before(full_date(reference)?.previous_day()?, w)),
        Relative::NextWeekday(w) => single(next_after(full_date(reference)?, w)),
        Relative::Today => day_shift(reference, 0),
        Relative::Yesterday => day_shift(reference, -1),
        Relative::DayBeforeYesterday => day_shift(reference, -2),
        Relative::Tomorrow => day_shift(reference, 1),
        Relative::DayAfterTomorrow => day_shift(reference, 2),
        Relative::LastWeek => week(full_date(reference)?, -7),
        Relative::ThisWeek => week(full_date(reference)?, 0),
        Relative::NextWeek => week(full_date(reference)?, 7),
        Relative::LastMonth => month_shift(reference, -1),
        Relative::ThisMonth => month_shift(reference, 0),
        Relative::NextMonth => month_shift(reference, 1),
        Relative::LastYear => year_only(reference.year? - 1),
        Relative::ThisYear => year_only(reference.year?),
        Relative::NextYear => year_only(reference.year? + 1),
        Relative::NextDate(p) => Some(DateValue::Single(anchored(p, reference, true)?)),
        Relative::LastDate(p) => Some(DateValue::Single(anchored(p, reference, false)?)),
    }
}

/// The reference day moved by `days`. A yearless day (`--07-26`, a
/// dateline without its year) moves too when the answer is the same in a
/// leap and a common year (`hier` is `--07-25`), and only then: the day
/// before `--03-01` is unknown.
fn day_shift(reference: PartialDate, days: i64) -> Option<DateValue> {
    let by = Duration::days(days);
    if reference.year.is_some() {
        let day = full_date(reference)?;
        return Some(DateValue::Single(from_date(day.checked_add(by)?)));
    }
    let in_year = |year: i32| {
        let day = full_date(PartialDate {
            year: Some(year),
            ..reference
        })?;
        let moved = day.checked_add(by)?;
        Some((u8::from(moved.month()), moved.day()))
    };
    let (leap, common) = (in_year(2000)?, in_year(2001));
    // `--02-29` exists only in a leap year: its neighbours are certain.
    if common.is_some_and(|c| c != leap) {
        return None;
    }
    Some(DateValue::Single(PartialDate {
        year: None,
        month: Some(leap.0),
        day: Some(leap.1),
    }))
}

fn year_only(year: i32) -> Option<DateValue> {
    Some(DateValue::Single(PartialDate {
        year: Some(year),
        month: None,
        day: None,
    }))
}

/// `le 14 juin prochain` / `le 5 novembre dernier`: the dispatch year, moved
/// by one when the date would fall on the wrong side of the dispatch date.
fn anchored(p: PartialDate, reference: PartialDate, next: bool) -> Option<PartialDate> {
    let year = reference.year?;
    let here = (p.month, p.day);
    let now = (reference.month, reference.day);
    let year = match reference.month {
        Some(_) if next && here < now => year + 1,
        Some(_) if !next && here > now => year - 1,
        _ => year,
    };
    Some(PartialDate {
        year: Some(year),
        ..p
    })
}

fn full_date(p: PartialDate) -> Option<Date> {
    let month = Month::try_from(p.month?).ok()?;
    Date::from_calendar_date(p.year?, month, p.day?).ok()
}

fn from_date(d: Date) -> PartialDate {
    PartialDate {
        year: Some(d.year()),
        month: Some(u8::from(d.month())),
        day: Some(d.day()),
    }
}

fn on_or_before(mut d: Date, w: Weekday) -> Date {
    for _ in 0..7 {
        if d.weekday() == w {
            return d;
        }
        match d.previous_day() {
            Some(p) => d = p,
            None => return d,
        }
    }
    d
}

fn next_after(d: Date, w: Weekday) -> Date {
    let mut cur = d;
    for _ in 0..7 {
        match cur.next_day() {
            Some(n) => cur = n,
            None => return cur,
        }
        if cur.weekday() == w {
            return cur;
        }
    }
    cur
}

/// Monday to Sunday of the week `offset_days` away from `d`'s week.
fn week(d: Date, offset_days: i64) -> Option<DateValue> {
    let shifted = d.checked_add(Duration::days(offset_days))?;
    let monday = on_or_before(shifted, Weekday::Monday);
    let sunday = monday.checked_add(Duration::days(6))?;
    Some(DateValue::Range(from_date(monday), from_date(sunday)))
}

fn month_shift(reference: PartialDate, by: i32) -> Option<DateValue> {
    let year = reference.year?;
    let month = i32::from(reference.month?);
    let index = year * 12 + (month - 1) + by;
    let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
    Some(DateValue::Single(PartialDate {
        year: Some(index.div_euclid(12)),
        month: Some(month),
        day: None,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(expr: DateExpr, dispatch: &str, future: bool) -> Option<String> {
        let d: DateValue = dispatch.parse().unwrap();
        resolve(&expr, Some(&d), future).map(|v| v.to_string())
    }

    fn abs(s: &str) -> DateExpr {
        DateExpr::Absolute(s.parse().unwrap())
    }

    #[test]
    fn yearless_dates_take_the_dispatch_year() {
        assert_eq!(
            r(abs("--03-03"), "2025-03", false).as_deref(),
            Some("2025-03-03")
        );
        assert_eq!(
            r(abs("--05-11/--05-12"), "2025", false).as_deref(),
            Some("2025-05-11/2025-05-12")
        );
        assert_eq!(
            r(abs("2026-01-05"), "2025-03", false).as_deref(),
            Some("2026-01-05")
        );
        assert_eq!(
            r(abs("--12-28/2026-01-03"), "2026-01", false).as_deref(),
            Some("2025-12-28/2026-01-03")
        );
        assert_eq!(
            resolve(&abs("--08"), None, false)
                .map(|v| v.to_string())
                .as_deref(),
            Some("--08")
        );
    }

    #[test]
    fn weekdays_need_a_day() {
        let monday = DateExpr::Relative(Relative::Weekday(Weekday::Monday));
        // 2025-05-14 is a Wednesday.
        assert_eq!(
            r(monday, "2025-05-14", false).as_deref(),
            Some("2025-05-12")
        );
        assert_eq!(r(monday, "2025-05-14", true).as_deref(), Some("2025-05-19"));
        assert_eq!(
            r(monday, "2025-05-12", false).as_deref(),
            Some("2025-05-12")
        );
        assert_eq!(r(monday, "2025-05", false), None);
        let wed = DateExpr::Relative(Relative::LastWeekday(Weekday::Wednesday));
        assert_eq!(r(wed, "2025-05-14", false).as_deref(), Some("2025-05-07"));
    }

    #[test]
    fn relative_days_months_years() {
        let rel = DateExpr::Relative;
        assert_eq!(
            r(rel(Relative::Yesterday), "2025-03-01", false).as_deref(),
            Some("2025-02-28")
        );
        assert_eq!(
            r(rel(Relative::Tomorrow), "2024-12-31", false).as_deref(),
            Some("2025-01-01")
        );
        assert_eq!(
            r(rel(Relative::LastMonth), "2025-01", false).as_deref(),
            Some("2024-12")
        );
        assert_eq!(r(rel(Relative::LastMonth), "2025", false), None);
        assert_eq!(
            r(rel(Relative::LastYear), "2025", false).as_deref(),
            Some("2024")
        );
        assert_eq!(
            r(rel(Relative::LastWeek), "2025-05-14", false).as_deref(),
            Some("2025-05-05/2025-05-11")
        );
        let june14 = PartialDate {
            year: None,
            month: Some(6),
            day: Some(14),
        };
        assert_eq!(
            r(rel(Relative::NextDate(june14)), "2025-07-01", false).as_deref(),
            Some("2026-06-14")
        );
        assert_eq!(
            r(rel(Relative::NextDate(june14)), "2025-05-01", false).as_deref(),
            Some("2025-06-14")
        );
        assert_eq!(
            r(rel(Relative::LastDate(june14)), "2025-05-01", false).as_deref(),
            Some("2024-06-14")
        );
        assert_eq!(resolve(&rel(Relative::Today), None, false), None);
    }

    #[test]
    fn relative_days_move_a_yearless_day_when_the_answer_is_certain() {
        let rel = DateExpr::Relative;
        assert_eq!(
            r(rel(Relative::Yesterday), "--07-26", false).as_deref(),
            Some("--07-25")
        );
        assert_eq!(
            r(rel(Relative::Today), "--07-26", false).as_deref(),
            Some("--07-26")
        );
        assert_eq!(
            r(rel(Relative::DayAfterTomorrow), "--12-31", false).as_deref(),
            Some("--01-02")
        );
        assert_eq!(
            r(rel(Relative::Yesterday), "--01-01", false).as_deref(),
            Some("--12-31")
        );
        assert_eq!(
            r(rel(Relative::Yesterday), "--02-29", false).as_deref(),
            Some("--02-28")
        );
        // A leap day may or may not lie between.
        assert_eq!(r(rel(Relative::Yesterday), "--03-01", false), None);
        assert_eq!(r(rel(Relative::Tomorrow), "--02-28", false), None);
        // A weekday still needs the year.
        let monday = DateExpr::Relative(Relative::Weekday(Weekday::Monday));
        assert_eq!(r(monday, "--07-26", false), None);
    }
}
