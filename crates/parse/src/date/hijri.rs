//! Date lines that give the Hijri date beside the Gregorian one:
//! `Jeudi 8 mai 2025 / 10 Dhou al-Qi'da 1446`, `10 Dhou al-Qi'da 1446 H -
//! 8 mai 2025`, `Vendredi 14 mars 2025 (14 Ramadan 1446)`.
//!
//! The dispatch date is the Gregorian one. Hijri month names are spelled
//! in many ways, so the Hijri part is recognised by its shape instead of
//! by its names: a day, a few words, and a year of the Hijri centuries
//! that no Gregorian date line uses.

use crate::date::grammar::{blank0, blank1, day, numeric_date, word, word_end, Res};
use crate::date::stamp::{pair_joiner, stamp_date, weekday_lead};
use crate::date::PartialDate;
use crate::text::{is_apostrophe, is_dash};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char as ch, satisfy};
use nom::combinator::{opt, recognize, value, verify};
use nom::multi::many_m_n;
use nom::sequence::{delimited, preceded, terminated};
use nom::Parser;

/// Hijri years of the printed date lines of our time and the century
/// before; no Gregorian date line uses them.
const HIJRI_YEARS: std::ops::RangeInclusive<u16> = 1300..=1499;

/// Gregorian years a dated dispatch can carry.
const GREGORIAN_YEARS: std::ops::RangeInclusive<i32> = 1800..=2999;

fn hijri_year(i: &str) -> Res<'_, ()> {
    let (rest, _) = terminated(
        (
            verify(
                take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
                |d: &str| d.parse::<u16>().is_ok_and(|y| HIJRI_YEARS.contains(&y)),
            ),
            // `1447H`: the era glued to the year.
            opt(alt((tag("AH"), tag("H"), tag("h")))),
        ),
        word_end,
    )
    .parse(i)?;
    Ok((rest, ()))
}

/// `H`, `AH`, `de l'Hégire`, `hégirien` after a Hijri year.
fn era(i: &str) -> Res<'_, ()> {
    let (rest, _) = alt((
        word("h"),
        word("ah"),
        recognize((word("de"), blank1, word("l'"), word("hégire"))),
        word("hégire"),
        word("hégirien"),
    ))
    .parse(i)?;
    let (rest, _) = opt(ch('.')).parse(rest)?;
    Ok((rest, ()))
}

/// A word of a Hijri month name: `Dhou`, `al-Qi'da`, `Ramadan`.
fn month_word(i: &str) -> Res<'_, &str> {
    verify(
        take_while1(|c: char| c.is_alphabetic() || c == '-' || is_apostrophe(c)),
        |w: &str| w.starts_with(char::is_alphabetic),
    )
    .parse(i)
}

/// `10 Dhou al-Qi'da 1446 H`, with an optional weekday before it.
fn hijri(i: &str) -> Res<'_, ()> {
    let (rest, _) = (
        opt(weekday_lead),
        day,
        many_m_n(1, 4, preceded(blank1, month_word)),
        blank1,
        hijri_year,
        opt(preceded(blank1, era)),
    )
        .parse(i)?;
    Ok((rest, ()))
}

/// A Gregorian date with a day, month and year.
fn gregorian(i: &str) -> Res<'_, PartialDate> {
    verify(alt((numeric_date, stamp_date)), |d: &PartialDate| {
        d.day.is_some() && d.year.is_some_and(|y| GREGORIAN_YEARS.contains(&y))
    })
    .parse(i)
}

/// What separates the two dates: `/`, `|`, a dash, a comma, or words
/// (`, correspondant au`).
fn between(i: &str) -> Res<'_, ()> {
    let punct = |i| {
        (
            blank0,
            satisfy(|c| c == '/' || c == '|' || c == ',' || is_dash(c)),
            blank0,
        )
            .parse(i)
    };
    let words = (opt(punct), blank0, pair_joiner);
    let (rest, _) = alt((value((), words), value((), punct))).parse(i)?;
    Ok((rest, ()))
}

/// The Gregorian date of a line that gives it beside the Hijri date, in
/// either order.
///
/// `Jeudi 8 mai 2025 / 10 Dhou al-Qi'da 1446` → 2025-05-08.
pub(crate) fn beside_hijri(i: &str) -> Res<'_, PartialDate> {
    let after = |i| {
        let (rest, date) = gregorian(i)?;
        let (rest, _) = alt((
            preceded(between, hijri),
            preceded(blank0, delimited(ch('('), hijri, ch(')'))),
        ))
        .parse(rest)?;
        Ok((rest, date))
    };
    let before = |i| preceded((hijri, between, opt(weekday_lead)), gregorian).parse(i);
    alt((after, before)).parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(i: &str) -> Option<String> {
        beside_hijri(i)
            .ok()
            .filter(|(rest, _)| rest.trim().is_empty())
            .map(|(_, d)| d.to_string())
    }

    #[test]
    fn gregorian_first() {
        assert_eq!(
            g("Jeudi 8 mai 2025 / 10 Dhou al-Qi'da 1446").as_deref(),
            Some("2025-05-08")
        );
        assert_eq!(
            g("Vendredi 14 mars 2025 (14 Ramadan 1446)").as_deref(),
            Some("2025-03-14")
        );
        assert_eq!(
            g("12/06/2025 | 16 Dhul Hijjah 1446 AH").as_deref(),
            Some("2025-06-12")
        );
        assert_eq!(
            g("Lundi 6 octobre 2025 - 14 Rabii Ethani 1447").as_deref(),
            Some("2025-10-06")
        );
    }

    #[test]
    fn hijri_first() {
        assert_eq!(
            g("Mercredi 23 Joumada El Oula 1446 H / 25 novembre 2024").as_deref(),
            Some("2024-11-25")
        );
        assert_eq!(
            g("1 Chaoual 1446 de l'Hégire, 30 mars 2025").as_deref(),
            Some("2025-03-30")
        );
        assert_eq!(
            g("27 Safar 1447 - mardi 22 juillet 2025").as_deref(),
            Some("2025-07-22")
        );
    }

    #[test]
    fn joined_by_words() {
        assert_eq!(
            g("8 Rabia Ethani 1447 correspondant au 30 septembre 2025").as_deref(),
            Some("2025-09-30")
        );
        assert_eq!(
            g("Mardi 8 Rabi' al-Thani 1447H, correspondant au mardi 30 septembre 2025").as_deref(),
            Some("2025-09-30")
        );
        assert_eq!(
            g("30 septembre 2025, soit le 8 Rabia Ethani 1447").as_deref(),
            Some("2025-09-30")
        );
        assert_eq!(
            g("1447 Rabi II 8 corresponding to September 30, 2025"),
            None
        );
        assert_eq!(
            g("10 Chaabane 1446 H correspondant au 9 février 2025").as_deref(),
            Some("2025-02-09")
        );
    }

    #[test]
    fn not_a_hijri_pair() {
        // Two Gregorian dates, or a Hijri date alone, are no such line.
        assert_eq!(g("8 mai 2025 / 9 mai 2025"), None);
        assert_eq!(g("10 Dhou al-Qi'da 1446"), None);
        assert_eq!(g("8 mai 2025 / 10 invités 2030"), None);
        assert_eq!(g("8 mai 2025"), None);
    }
}
