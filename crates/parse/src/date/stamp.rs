//! A dispatch's own date as desks and pages print it, in French or in the
//! language of the page: `15 Mei 2025`, `jueves 12 de junio de 2025`,
//! `Thursday, June 12, 2025`, `13 ago`, `14. Oktober 2025`, `12 MAI`.
//!
//! Only datelines and printed date lines are read with these parsers:
//! there a foreign month name can only be the date, while in running text
//! (`Theresa May`, `mar`) it could be anything, so running text keeps the
//! French grammar.

use crate::date::grammar::{blank1, day, part_of_day, sep, word, word_end, year, Res};
use crate::date::lexicon;
use crate::date::PartialDate;
use crate::text::is_apostrophe;
use nom::branch::alt;
use nom::bytes::complete::{take_while1, take_while_m_n};
use nom::character::complete::{char as ch, satisfy};
use nom::combinator::{opt, verify};
use nom::sequence::{preceded, terminated};
use nom::Parser;
use time::Weekday;

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// A word of letters, with inner hyphens and apostrophes (`quinta-feira`,
/// `Jum'at`).
fn name(i: &str) -> Res<'_, &str> {
    verify(
        take_while1(|c: char| c.is_alphabetic() || c == '-' || is_apostrophe(c)),
        |w: &str| w.starts_with(char::is_alphabetic) && w.ends_with(char::is_alphabetic),
    )
    .parse(i)
}

/// A month name or abbreviation in any language of the month list, with
/// the period an abbreviation may carry (`sept.`, `Jun.`).
pub(crate) fn any_month(i: &str) -> Res<'_, u8> {
    let (rest, w) = terminated(name, word_end).parse(i)?;
    match lexicon::month_any(w) {
        Some((m, true)) => {
            let (rest, _) = opt(ch('.')).parse(rest)?;
            Ok((rest, m))
        }
        // A period after a full name ends the dateline's date
        // (`16 septembre. KAZINFORM`): it is not the month's.
        Some((m, false)) => Ok((rest, m)),
        None => fail(i),
    }
}

/// A weekday name in any language of the weekday list.
pub(crate) fn any_weekday(i: &str) -> Res<'_, Weekday> {
    let (rest, w) = terminated(name, word_end).parse(i)?;
    match lexicon::weekday_any(w) {
        Some(d) => Ok((rest, d)),
        None => fail(i),
    }
}

/// `jueves `, `Kamis, `, `mardi matin `: a weekday before the date.
pub(crate) fn weekday_lead(i: &str) -> Res<'_, ()> {
    let (rest, _) = (any_weekday, opt(preceded(blank1, part_of_day)), sep).parse(i)?;
    Ok((rest, ()))
}

/// `de ` or `del `: Spanish and Portuguese put it before month and year.
fn de(i: &str) -> Res<'_, ()> {
    let (rest, _) = (alt((word("de"), word("del"))), blank1).parse(i)?;
    Ok((rest, ()))
}

/// `15 Mei 2025`, `12 de junio de 2025`, `14. Oktober 2025`, `13 ago`.
fn day_first(i: &str) -> Res<'_, PartialDate> {
    let (rest, _) = opt(weekday_lead).parse(i)?;
    let (rest, d) = terminated(day, opt(ch('.'))).parse(rest)?;
    let (rest, m) = preceded((blank1, opt(de)), any_month).parse(rest)?;
    let (rest, y) = opt(preceded((sep, opt(de)), year)).parse(rest)?;
    Ok((rest, date(y, m, d)))
}

/// `June 12, 2025`, `Thursday, June 12, 2025`, `Jun. 12`.
fn month_first(i: &str) -> Res<'_, PartialDate> {
    let (rest, _) = opt(weekday_lead).parse(i)?;
    let (rest, m) = any_month(rest)?;
    let (rest, d) = preceded(blank1, day).parse(rest)?;
    let (rest, y) = opt(preceded(sep, year)).parse(rest)?;
    Ok((rest, date(y, m, d)))
}

fn date(year: Option<i32>, month: u8, day: u8) -> PartialDate {
    PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    }
}

/// A day and month, with an optional year and weekday, in the order and
/// language a desk prints them.
///
/// `Kamis, 15 Mei 2025` → 2025-05-15; `Thursday, June 12, 2025` →
/// 2025-06-12; `jueves 12 de junio de 2025` → 2025-06-12; `13 ago` →
/// --08-13.
pub(crate) fn stamp_date(i: &str) -> Res<'_, PartialDate> {
    // Every form opens with a day's digits, a weekday or a month: one look
    // at the first word turns away most text (a dateline is tried on the
    // first lines of every dispatch) before the forms each read it again.
    let opens = i.starts_with(|c: char| c.is_ascii_digit())
        || name(i).is_ok_and(|(_, w)| {
            lexicon::weekday_any(w).is_some() || lexicon::month_any(w).is_some()
        });
    if !opens {
        return fail(i);
    }
    alt((day_first, month_first)).parse(i)
}

/// `à `, `at `, `a las `, `pukul `: the words a date line prints between
/// its date and its time of day (`data/time_joiners.tsv`).
pub(crate) fn time_joiner(i: &str) -> Res<'_, ()> {
    joiner(i, lexicon::time_joiners())
}

/// `correspondant au `: the words a date line prints between a Hijri date
/// and the Gregorian one (`data/pair_joiners.tsv`).
pub(crate) fn pair_joiner(i: &str) -> Res<'_, ()> {
    joiner(i, lexicon::pair_joiners())
}

/// The first of `phrases` that `i` opens with, and the blank after it.
fn joiner<'a>(i: &'a str, phrases: impl Iterator<Item = &'static [&'static str]>) -> Res<'a, ()> {
    'phrases: for phrase in phrases {
        let mut rest = i;
        for w in phrase {
            let Ok((r, _)) = terminated(name, word_end).parse(rest) else {
                continue 'phrases;
            };
            let matched = rest
                .get(..rest.len() - r.len())
                .is_some_and(|got| lexicon::eq_folded(got, w));
            if !matched {
                continue 'phrases;
            }
            let Ok((r, _)) = blank1(r) else {
                continue 'phrases;
            };
            rest = r;
        }
        return Ok((rest, ()));
    }
    fail(i)
}

/// A time of day as date lines print it, with what may follow it: `13:00`,
/// `22h40`, `16.40 WIB`, `10:30 AM`, `09:15 GMT+1`.
pub(crate) fn clock(i: &str) -> Res<'_, ()> {
    let digits = |i| take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i);
    let (rest, _) = terminated(
        (
            digits,
            alt((ch(':'), ch('h'), ch('H'), ch('.'))),
            digits,
            opt((ch(':'), digits)),
        ),
        word_end,
    )
    .parse(i)?;
    // A zone or a half of the day: capitals, perhaps with an offset.
    let zone = (
        verify(take_while1(|c: char| c.is_ascii_uppercase()), |z: &str| {
            (2..=5).contains(&z.len())
        }),
        opt((
            satisfy(|c| c == '+' || c == '-'),
            digits,
            opt((ch(':'), digits)),
        )),
        word_end,
    );
    let (rest, _) = opt(preceded(blank1, zone)).parse(rest)?;
    Ok((rest, ()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::capitalized;

    fn d(i: &str) -> Option<(String, &str)> {
        stamp_date(i).ok().map(|(rest, d)| (d.to_string(), rest))
    }

    fn full(i: &str) -> Option<String> {
        d(i).filter(|(_, rest)| rest.is_empty()).map(|(d, _)| d)
    }

    #[test]
    fn the_first_look_turns_away_only_what_no_form_reads() {
        // Every weekday and month of the lists, alone and in dates, in
        // several cases, and text that is no date: the first look must
        // answer as the forms themselves do.
        let mut inputs: Vec<String> = Vec::new();
        for row in
            crate::data::rows(crate::data::WEEKDAYS).chain(crate::data::rows(crate::data::MONTHS))
        {
            if let Some(w) = row.first() {
                for form in [w.to_string(), w.to_uppercase(), capitalized(w)] {
                    inputs.push(format!("{form} 12 mars 2025"));
                    inputs.push(format!("{form}, 3 {form} 2025"));
                    inputs.push(format!("12 {form} 2025"));
                    inputs.push(format!("{form} 12, 2025"));
                    inputs.push(form);
                }
            }
        }
        for text in [
            "son séjour, le président",
            "Le président",
            "",
            "(VNA) -",
            "Mai Linh",
            "3mars",
            "1er mai",
        ] {
            inputs.push(text.to_string());
        }
        assert!(inputs.len() > 500, "{}", inputs.len());
        for i in &inputs {
            let forms = alt((day_first, month_first)).parse(i.as_str()).ok();
            assert_eq!(stamp_date(i).ok(), forms, "{i}");
        }
    }

    #[test]
    fn day_first_in_several_languages() {
        assert_eq!(full("Kamis, 15 Mei 2025").as_deref(), Some("2025-05-15"));
        assert_eq!(full("Senin 3 Maret 2025").as_deref(), Some("2025-03-03"));
        assert_eq!(
            full("jueves 12 de junio de 2025").as_deref(),
            Some("2025-06-12")
        );
        assert_eq!(
            full("quinta-feira, 9 de outubro de 2025").as_deref(),
            Some("2025-10-09")
        );
        assert_eq!(full("14. Oktober 2025").as_deref(), Some("2025-10-14"));
        assert_eq!(full("13 ago").as_deref(), Some("--08-13"));
        assert_eq!(full("5 sept.").as_deref(), Some("--09-05"));
        assert_eq!(full("12 Jun 2025").as_deref(), Some("2025-06-12"));
        assert_eq!(full("12 MAI").as_deref(), Some("--05-12"));
        assert_eq!(full("mardi matin 6 septembre").as_deref(), Some("--09-06"));
    }

    #[test]
    fn month_first_in_english() {
        assert_eq!(
            full("Thursday, June 12, 2025").as_deref(),
            Some("2025-06-12")
        );
        assert_eq!(full("June 12, 2025").as_deref(), Some("2025-06-12"));
        assert_eq!(full("Jun. 12").as_deref(), Some("--06-12"));
        assert_eq!(full("Sept 3 2024").as_deref(), Some("2024-09-03"));
        assert_eq!(full("Monday, March 2").as_deref(), Some("--03-02"));
    }

    #[test]
    fn what_is_left_after_the_date() {
        assert_eq!(
            d("15 Mei 2025 16:40 WIB"),
            Some(("2025-05-15".to_string(), " 16:40 WIB"))
        );
        assert_eq!(
            d("13 ago (ANSA) -"),
            Some(("--08-13".to_string(), " (ANSA) -"))
        );
    }

    #[test]
    fn joiners_and_clocks() {
        let j = |i| time_joiner(i).ok().map(|(rest, _)| rest);
        assert_eq!(j("à 10:30"), Some("10:30"));
        assert_eq!(j("a las 10:30"), Some("10:30"));
        assert_eq!(j("pukul 16.40"), Some("16.40"));
        assert_eq!(j("At 9:00"), Some("9:00"));
        assert_eq!(j("a 10:30"), None);
        assert_eq!(j("avec 10:30"), None);
        let c = |i| clock(i).ok().map(|(rest, _)| rest);
        assert_eq!(c("16:40 WIB"), Some(""));
        assert_eq!(c("16.40 WIB"), Some(""));
        assert_eq!(c("10:30 AM"), Some(""));
        assert_eq!(c("09:15 GMT+1"), Some(""));
        assert_eq!(c("22h40"), Some(""));
        assert_eq!(c("22h40 Le"), Some(" Le"));
        assert_eq!(c("2025"), None);
    }

    #[test]
    fn not_dates() {
        assert_eq!(d("45 ans"), None);
        assert_eq!(d("May said"), None);
        assert_eq!(d("12 tables"), None);
        assert_eq!(d("Kamis pagi"), None);
        assert_eq!(d("40 de ellos"), None);
    }
}
