//! Printed publication dates on a line of their own: `19/09/2021 13:00`,
//! `Jeudi 8 Mars 2018`, `Jeudi, 09 juin 2016 à 06:43:16`,
//! `Publié le vendredi 2 fevrier 2018`, `vendredi, 19 mars, 2021 à 23:24`,
//! `French.news.cn | 2023-03-22 à 22:40`, and the page's own language:
//! `Kamis, 15 Mei 2025 16:40 WIB`, `Thursday, June 12, 2025`, `jueves 12
//! de junio de 2025`; beside a Hijri date, the Gregorian date counts.

use crate::date::grammar::{
    blank0, blank1, day_month_year, numeric_date, time_of_day, word, word_end, Res,
};
use crate::date::hijri::beside_hijri;
use crate::date::stamp::{clock, stamp_date, time_joiner};
use crate::date::PartialDate;
use nom::branch::alt;
use nom::bytes::complete::{take_while1, take_while_m_n};
use nom::character::complete::{char as ch, satisfy};
use nom::combinator::{opt, value, verify};
use nom::sequence::{preceded, terminated};
use nom::Parser;

/// The date of a unit that is only a printed date (with a year).
pub(crate) fn printed_date(unit: &str) -> Option<PartialDate> {
    // A date line is short; do not scan paragraphs.
    if unit.len() > 100 {
        return None;
    }
    let (rest, date) = printed(unit.trim_start()).ok()?;
    let stamp = update_stamp(unit.trim_start()).is_ok();
    (rest.trim().is_empty() && (date.year.is_some() || stamp)).then_some(date)
}

/// A full date in parentheses closing a title: `Décoration de S.E. X
/// (25/02/2015)`, as ministry pages print them.
pub(crate) fn title_date(title: &str) -> Option<PartialDate> {
    let inner = title.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let inside = inner.get(open + 1..)?.trim();
    let (rest, date) = alt((numeric_date, day_month_year)).parse(inside).ok()?;
    (rest.is_empty() && date.year.is_some() && date.day.is_some()).then_some(date)
}

/// A line that only labels the publication date printed on the next line:
/// `Mise en ligne`, `Publié le`, `Date de publication :`.
pub(crate) fn is_publication_label(unit: &str) -> bool {
    let label = |i| {
        alt((
            value(
                (),
                (word("mise"), blank1, word("en"), blank1, word("ligne")),
            ),
            value((), (word("mis"), blank1, word("en"), blank1, word("ligne"))),
            value((), word("publié")),
            value(
                (),
                (
                    word("date"),
                    blank1,
                    word("de"),
                    blank1,
                    word("publication"),
                ),
            ),
        ))
        .parse(i)
    };
    unit.len() <= 40
        && (label, opt((blank1, word("le"))), blank0, opt(ch(':')))
            .parse(unit)
            .is_ok_and(|(rest, _)| rest.trim().is_empty())
}

/// `French.news.cn | `: a short source name before a bar.
fn source_bar(i: &str) -> Res<'_, ()> {
    value(
        (),
        (
            verify(take_while1(|c: char| c != '|' && c != '\n'), |s: &str| {
                s.len() <= 40
            }),
            ch('|'),
            blank0,
        ),
    )
    .parse(i)
}

/// `Publié le`, `Mis à jour le`, `Mise en ligne le`, `Le`.
fn lead(i: &str) -> Res<'_, ()> {
    let le = |i| value((), (word("le"), blank1)).parse(i);
    alt((
        value((), (word("publié"), blank1, le)),
        value((), (word("publié"), blank0, ch(':'), blank0)),
        value(
            (),
            (
                word("mis"),
                blank1,
                word("à"),
                blank1,
                word("jour"),
                blank1,
                le,
            ),
        ),
        value(
            (),
            (
                word("mise"),
                blank1,
                word("en"),
                blank1,
                word("ligne"),
                blank1,
                le,
            ),
        ),
        le,
    ))
    .parse(i)
}

/// `• Luanda • `: a place between bullets before the date.
fn bullet_place(i: &str) -> Res<'_, ()> {
    value(
        (),
        (
            opt((ch('•'), blank0)),
            verify(take_while1(|c: char| c != '•' && c != '\n'), |s: &str| {
                s.len() <= 40
            }),
            ch('•'),
            blank0,
        ),
    )
    .parse(i)
}

/// `jeu, ` or `jeu. `: a weekday abbreviated before a numeric date. Only
/// here, on a line that is a date, is `mer` a weekday rather than the sea.
fn weekday_abbreviation(i: &str) -> Res<'_, ()> {
    let abbr = alt((
        word("lun"),
        word("mar"),
        word("mer"),
        word("jeu"),
        word("ven"),
        word("sam"),
        word("dim"),
    ));
    value((), (abbr, opt(ch('.')), opt(ch(',')), blank1)).parse(i)
}

fn printed(i: &str) -> Res<'_, PartialDate> {
    // A bar may also come after the date (`Samedi, 14 Juin de 2025 | 18h10`):
    // try the line with a source before a bar, then without.
    alt((
        |i| {
            let (rest, _) = source_bar(i)?;
            printed_date_part(rest)
        },
        printed_date_part,
    ))
    .parse(i)
}

/// `Dernière mise à jour à 08h52 le 13/07`: an update stamp; only here is
/// a day and month without a year a date.
fn update_stamp(i: &str) -> Res<'_, PartialDate> {
    let (rest, _) = (
        opt((word("dernière"), blank1)),
        word("mise"),
        blank1,
        word("à"),
        blank1,
        word("jour"),
        opt((blank1, word("à"), blank1, time_of_day)),
        blank1,
        word("le"),
        blank1,
    )
        .parse(i)?;
    alt((numeric_date, day_slash_month)).parse(rest)
}

/// `13/07`: a day and a month.
fn day_slash_month(i: &str) -> Res<'_, PartialDate> {
    let two = |i| take_while_m_n(1, 2, |c: char| c.is_ascii_digit())(i);
    let (rest, (d, _, m)) = terminated((two, ch('/'), two), word_end).parse(i)?;
    let (d, m) = (d.parse::<u8>().unwrap_or(0), m.parse::<u8>().unwrap_or(0));
    if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((
        rest,
        PartialDate {
            year: None,
            month: Some(m),
            day: Some(d),
        },
    ))
}

fn printed_date_part(i: &str) -> Res<'_, PartialDate> {
    if let Ok((rest, date)) = update_stamp(i) {
        return Ok((rest, date));
    }
    let (rest, _) = opt(bullet_place).parse(i)?;
    let (rest, _) = opt(lead).parse(rest)?;
    if let Ok(found) = beside_hijri(rest) {
        return Ok(found);
    }
    let (rest, _) = opt(weekday_abbreviation).parse(rest)?;
    let (rest, date) = alt((numeric_date, stamp_date)).parse(rest)?;
    let joiner = opt(alt((
        time_joiner,
        value(
            (),
            terminated(satisfy(|c| matches!(c, '-' | '|' | '·' | '•')), blank0),
        ),
    )));
    let (rest, _) = opt(preceded((opt(ch(',')), blank1, joiner), clock)).parse(rest)?;
    Ok((rest, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(u: &str) -> Option<String> {
        printed_date(u).map(|d| d.to_string())
    }

    #[test]
    fn printed_forms() {
        assert_eq!(d("19/09/2021 13:00").as_deref(), Some("2021-09-19"));
        assert_eq!(d("08/02/2016").as_deref(), Some("2016-02-08"));
        assert_eq!(d("Jeudi 8 Mars 2018").as_deref(), Some("2018-03-08"));
        assert_eq!(
            d("Jeudi, 09 juin 2016 à 06:43:16").as_deref(),
            Some("2016-06-09")
        );
        assert_eq!(
            d("Publié le vendredi 2 fevrier 2018").as_deref(),
            Some("2018-02-02")
        );
        assert_eq!(
            d("vendredi, 19 mars, 2021 à 23:24").as_deref(),
            Some("2021-03-19")
        );
        assert_eq!(
            d("French.news.cn | 2023-03-22 à 22:40").as_deref(),
            Some("2023-03-22")
        );
        assert_eq!(d("12 Février 2026").as_deref(), Some("2026-02-12"));
        assert_eq!(d("jeu, 13/02/2020 - 15:37").as_deref(), Some("2020-02-13"));
        assert_eq!(d("mer. 4/03/2026").as_deref(), Some("2026-03-04"));
        assert_eq!(
            d("• Huambo • Samedi, 14 Juin de 2025").as_deref(),
            Some("2025-06-14")
        );
        assert_eq!(
            d("  • Luanda • Dimanche, 28 Mai de 2023 | 18h10").as_deref(),
            Some("2023-05-28")
        );
        assert_eq!(
            d("Dernière mise à jour à 08h52 le 13/07").as_deref(),
            Some("--07-13")
        );
        assert_eq!(
            d("Mis à jour le 26/10/2015 à 08h16").as_deref(),
            Some("2015-10-26")
        );
    }

    #[test]
    fn printed_in_the_page_language() {
        assert_eq!(
            d("Kamis, 15 Mei 2025 16:40 WIB").as_deref(),
            Some("2025-05-15")
        );
        assert_eq!(
            d("Selasa, 7 Oktober 2025 pukul 09.15 WIB").as_deref(),
            Some("2025-10-07")
        );
        assert_eq!(d("Thursday, June 12, 2025").as_deref(), Some("2025-06-12"));
        assert_eq!(
            d("Monday, March 3, 2025 at 10:30 AM").as_deref(),
            Some("2025-03-03")
        );
        assert_eq!(
            d("jueves 12 de junio de 2025").as_deref(),
            Some("2025-06-12")
        );
        assert_eq!(
            d("Publié le 13 ago 2025 - 18:05").as_deref(),
            Some("2025-08-13")
        );
        assert_eq!(
            d("quarta-feira, 9 de julho de 2025 às 14h30").as_deref(),
            Some("2025-07-09")
        );
        assert_eq!(d("14. Oktober 2025, 11:20").as_deref(), Some("2025-10-14"));
        assert_eq!(d("Kamis, 15 Mei"), None);
    }

    #[test]
    fn printed_beside_a_hijri_date() {
        assert_eq!(
            d("Jeudi 8 mai 2025 / 10 Dhou al-Qi'da 1446").as_deref(),
            Some("2025-05-08")
        );
        assert_eq!(
            d("Publié le 12 Ramadan 1446 H - 12 mars 2025").as_deref(),
            Some("2025-03-12")
        );
        assert_eq!(
            d("Dimanche 30 mars 2025 (1 Chaoual 1446)").as_deref(),
            Some("2025-03-30")
        );
        assert_eq!(
            d("27/06/2025 | 1 Mouharram 1447 AH").as_deref(),
            Some("2025-06-27")
        );
        assert_eq!(
            d("Mardi 4 Rajab 1446 / 7 janvier 2025").as_deref(),
            Some("2025-01-07")
        );
        assert_eq!(d("10 Dhou al-Qi'da 1446"), None);
    }

    #[test]
    fn dates_closing_a_title() {
        let t = |s: &str| title_date(s).map(|d| d.to_string());
        assert_eq!(
            t("Décoration de S.E. UCH Kiman, Ministre délégué (25/02/2015)").as_deref(),
            Some("2015-02-25")
        );
        assert_eq!(
            t("Visite du ministre (12 mars 2024)").as_deref(),
            Some("2024-03-12")
        );
        assert_eq!(t("Le sommet du G20 (Rio de Janeiro)"), None);
        assert_eq!(t("La relance (2024-2030)"), None);
    }

    #[test]
    fn publication_labels() {
        assert!(is_publication_label("Mise en ligne"));
        assert!(is_publication_label("Publié le"));
        assert!(is_publication_label("Date de publication :"));
        assert!(!is_publication_label("Mise en ligne du rapport annuel"));
    }

    #[test]
    fn not_printed_dates() {
        assert_eq!(d("3 septembre"), None);
        assert_eq!(d("Le 3 septembre 2025, le président a reçu"), None);
        assert_eq!(d("2025"), None);
        assert_eq!(d("13/07"), None);
    }
}
