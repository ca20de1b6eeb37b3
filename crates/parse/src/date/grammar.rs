//! Small nom combinators for French dates, composed bottom-up: blanks and
//! words, then day, month, year and weekday, then whole dates. They are
//! shared by the dateline, header and printed-date parsers and by
//! [`find_dates`](crate::date::find_dates).
//!
//! Every parser works on `&str` and consumes no trailing blank, so the
//! consumed length of a match is exactly the expression.

use crate::date::lexicon;
use crate::date::PartialDate;
use crate::text::{is_apostrophe, is_blank, is_dash};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char as ch, satisfy};
use nom::combinator::{map, opt, recognize, verify};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};
use time::Weekday;

/// Result of the date parsers.
pub(crate) type Res<'a, T> = IResult<&'a str, T>;

/// One or more blank characters (spaces, tabs, U+00A0, U+202F).
pub(crate) fn blank1(i: &str) -> Res<'_, &str> {
    take_while1(|c: char| is_blank(c) && c != '\n' && c != '\r')(i)
}

/// Zero or more blank characters on the same line.
pub(crate) fn blank0(i: &str) -> Res<'_, &str> {
    map(opt(blank1), |b| b.unwrap_or("")).parse(i)
}

/// A run of letters.
pub(crate) fn letters(i: &str) -> Res<'_, &str> {
    take_while1(char::is_alphabetic)(i)
}

/// Succeeds, consuming nothing, when no letter or digit follows.
pub(crate) fn word_end(i: &str) -> Res<'_, ()> {
    match i.chars().next() {
        Some(c) if c.is_alphanumeric() => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
        _ => Ok((i, ())),
    }
}

/// A word equal to `form` (folded: lowercase, straight apostrophes),
/// ignoring case. `form` may contain apostrophes and hyphens; a form ending
/// with an apostrophe (`l'`) matches an elided word glued to the next one.
pub(crate) fn word<'a>(form: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i: &'a str| {
        // Most attempts fail on the first letter: check it before reading
        // the word (both comparisons below start with it).
        let first = lexicon::first_folded(i);
        if first.is_none() || first != form.chars().next() {
            return Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Tag,
            )));
        }
        let (rest, w) = terminated(
            take_while1(|c: char| c.is_alphabetic() || is_apostrophe(c) || c == '-'),
            word_end,
        )
        .parse(i)?;
        if lexicon::eq_folded(w, form) {
            return Ok((rest, w));
        }
        if form.ends_with('\'') {
            if let Some((p, c)) = w.char_indices().find(|&(_, c)| is_apostrophe(c)) {
                let n = p + c.len_utf8();
                if let (Some(head), Some(tail)) = (i.get(..n), i.get(n..)) {
                    if lexicon::eq_folded(head, form) {
                        return Ok((tail, head));
                    }
                }
            }
        }
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// An ordinal suffix after a day number: `1er`, `1ᵉʳ`, `1re`.
fn ordinal(i: &str) -> Res<'_, &str> {
    alt((tag("er"), tag("ᵉʳ"), tag("re"), tag("ER"))).parse(i)
}

/// A day of the month, 1–31, with an optional ordinal suffix.
pub(crate) fn day(i: &str) -> Res<'_, u8> {
    let (rest, digits) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i)?;
    let (rest, _) = terminated(opt(ordinal), word_end).parse(rest)?;
    match digits.parse::<u8>() {
        Ok(d) if (1..=31).contains(&d) => Ok((rest, d)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// A month name; abbreviations (`jan`, `févr.`) only when `abbr` is true.
pub(crate) fn month(abbr: bool) -> impl Fn(&str) -> Res<'_, u8> {
    move |i: &str| {
        let (rest, w) = terminated(letters, word_end).parse(i)?;
        match lexicon::month(w) {
            Some((m, false)) => Ok((rest, m)),
            Some((m, true)) if abbr => {
                let (rest, _) = opt(ch('.')).parse(rest)?;
                Ok((rest, m))
            }
            _ => Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::Tag,
            ))),
        }
    }
}

/// A four-digit year between 1000 and 2999.
pub(crate) fn year(i: &str) -> Res<'_, i32> {
    let (rest, digits) = terminated(
        verify(
            take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
            |d: &str| d.starts_with('1') || d.starts_with('2'),
        ),
        word_end,
    )
    .parse(i)?;
    match digits.parse::<i32>() {
        Ok(y) => Ok((rest, y)),
        Err(_) => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        ))),
    }
}

/// A weekday name.
pub(crate) fn weekday(i: &str) -> Res<'_, Weekday> {
    let (rest, w) = terminated(letters, word_end).parse(i)?;
    match lexicon::weekday(w) {
        Some(d) => Ok((rest, d)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// `, ` or ` ` between the parts of a date.
pub(crate) fn sep(i: &str) -> Res<'_, &str> {
    alt((recognize((blank0, ch(','), blank1)), blank1)).parse(i)
}

/// A part of the day after a weekday: `matin`, `soir`, `après-midi`, `midi`.
pub(crate) fn part_of_day(i: &str) -> Res<'_, &str> {
    alt((
        word("matin"),
        word("soir"),
        word("après-midi"),
        word("midi"),
    ))
    .parse(i)
}

/// `[weekday[ part of day][,] ]day month` with an optional year: `jeudi 8
/// mars 2018`, `mardi 27 janvier 2026`, `mardi midi 6 septembre`, `3
/// septembre`, `28 jan`, `19 mars, 2021`.
pub(crate) fn day_month_year(i: &str) -> Res<'_, PartialDate> {
    let (rest, _) = opt(terminated(
        (weekday, opt(preceded(blank1, part_of_day))),
        sep,
    ))
    .parse(i)?;
    let (rest, d) = day(rest)?;
    let (rest, m) = preceded(blank1, month(true)).parse(rest)?;
    // "28 Mai de 2023": Portuguese-speaking desks write `de` before the year.
    let de = opt((word("de"), blank1));
    let (rest, y) = opt(preceded(sep, preceded(de, year))).parse(rest)?;
    Ok((
        rest,
        PartialDate {
            year: y,
            month: Some(m),
            day: Some(d),
        },
    ))
}

/// Two digits 01–12 (or one digit) as a month number.
fn month_number(i: &str) -> Res<'_, u8> {
    let (rest, digits) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i)?;
    match digits.parse::<u8>() {
        Ok(m) if (1..=12).contains(&m) => Ok((rest, m)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// A numeric date: `19/09/2021`, `19.09.2021`, `19-09-2021`, `2023-03-22`;
/// a day-first date keeps one separator throughout (`19/09.2021` is none).
pub(crate) fn numeric_date(i: &str) -> Res<'_, PartialDate> {
    let dmy = map(
        (
            take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
            satisfy(|c| c == '/' || c == '.' || c == '-'),
            month_number,
            satisfy(|c| c == '/' || c == '.' || c == '-'),
            year,
        ),
        |(d, s1, m, s2, y)| (d.parse::<u8>().ok().filter(|_| s1 == s2), m, y),
    );
    let ymd = map(
        (
            year_digits,
            ch('-'),
            take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
            ch('-'),
            take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        ),
        |(y, _, m, _, d)| (d.parse::<u8>().ok(), m.parse::<u8>().unwrap_or(0), y),
    );
    let (rest, (d, m, y)) = terminated(alt((dmy, ymd)), word_end).parse(i)?;
    match d {
        Some(d) if (1..=31).contains(&d) && (1..=12).contains(&m) => Ok((
            rest,
            PartialDate {
                year: Some(y),
                month: Some(m),
                day: Some(d),
            },
        )),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// Four digits as a year, with no check of what follows.
fn year_digits(i: &str) -> Res<'_, i32> {
    let (rest, digits) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit())(i)?;
    match digits.parse::<i32>() {
        Ok(y) if (1000..3000).contains(&y) => Ok((rest, y)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        ))),
    }
}

/// An ISO date with reduced precision: `2025-05` or `2025-05-11`.
pub(crate) fn iso_date(i: &str) -> Res<'_, PartialDate> {
    let two = |i| take_while_m_n(2, 2, |c: char| c.is_ascii_digit())(i);
    let (rest, (y, _, m, d)) = terminated(
        (year_digits, ch('-'), two, opt(preceded(ch('-'), two))),
        word_end,
    )
    .parse(i)?;
    let m: u8 = m.parse().unwrap_or(0);
    let d: Option<u8> = d.map(|d| d.parse().unwrap_or(0));
    let valid = (1..=12).contains(&m) && d.into_iter().all(|d| (1..=31).contains(&d));
    if !valid {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((
        rest,
        PartialDate {
            year: Some(y),
            month: Some(m),
            day: d,
        },
    ))
}

/// A time of day: `13:00`, `06:43:16`, `22h40`.
pub(crate) fn time_of_day(i: &str) -> Res<'_, &str> {
    let digits = |i| take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i);
    recognize(terminated(
        (
            digits,
            alt((ch(':'), ch('h'), ch('H'))),
            digits,
            opt((ch(':'), digits)),
        ),
        word_end,
    ))
    .parse(i)
}

/// A separating dash: `--`, `-`, `–`, `—` (the longest first).
pub(crate) fn dash(i: &str) -> Res<'_, &str> {
    alt((tag("--"), recognize(satisfy(is_dash)))).parse(i)
}

/// Succeeds, consuming nothing, at the end of the input or before a blank.
pub(crate) fn blank_or_end(i: &str) -> Res<'_, ()> {
    match i.chars().next() {
        None => Ok((i, ())),
        Some(c) if is_blank(c) => Ok((i, ())),
        Some(_) => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pd(y: Option<i32>, m: u8, d: Option<u8>) -> PartialDate {
        PartialDate {
            year: y,
            month: Some(m),
            day: d,
        }
    }

    #[test]
    fn day_month_year_forms() {
        assert_eq!(
            day_month_year("3 septembre (VNA)"),
            Ok((" (VNA)", pd(None, 9, Some(3))))
        );
        assert_eq!(
            day_month_year("Jeudi 8 Mars 2018"),
            Ok(("", pd(Some(2018), 3, Some(8))))
        );
        assert_eq!(
            day_month_year("vendredi, 19 mars, 2021 à"),
            Ok((" à", pd(Some(2021), 3, Some(19))))
        );
        assert_eq!(
            day_month_year("1er févr. 2020"),
            Ok(("", pd(Some(2020), 2, Some(1))))
        );
        assert_eq!(
            day_month_year("mardi 27 janvier 2026,"),
            Ok((",", pd(Some(2026), 1, Some(27))))
        );
        assert_eq!(
            day_month_year("mardi midi 6 septembre à"),
            Ok((" à", pd(None, 9, Some(6))))
        );
        assert!(day_month_year("80e anniversaire").is_err());
        assert!(day_month_year("45 ans").is_err());
    }

    #[test]
    fn numeric_and_iso() {
        assert_eq!(
            numeric_date("19/09/2021 13:00"),
            Ok((" 13:00", pd(Some(2021), 9, Some(19))))
        );
        assert_eq!(
            numeric_date("2023-03-22 à"),
            Ok((" à", pd(Some(2023), 3, Some(22))))
        );
        assert!(numeric_date("19/13/2021").is_err());
        assert_eq!(
            numeric_date("14-10-2025 (STT)"),
            Ok((" (STT)", pd(Some(2025), 10, Some(14))))
        );
        assert!(numeric_date("14/10.2025").is_err());
        assert_eq!(
            iso_date("2025-05 Titre"),
            Ok((" Titre", pd(Some(2025), 5, None)))
        );
        assert_eq!(
            iso_date("2025-12-01"),
            Ok(("", pd(Some(2025), 12, Some(1))))
        );
        assert!(iso_date("2025-13").is_err());
        assert_eq!(time_of_day("06:43:16"), Ok(("", "06:43:16")));
    }

    #[test]
    fn words_and_dashes() {
        assert!(word("le")("Le 3").is_ok());
        assert!(word("le")("les").is_err());
        assert_eq!(word("l'")("l’année").map(|(r, _)| r), Ok("année"));
        assert_eq!(dash("-- x"), Ok((" x", "--")));
    }
}
