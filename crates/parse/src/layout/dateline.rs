//! Wire datelines at the start of a paragraph: `Hanoi (VNA) -`,
//! `Hanoi, 3 septembre (VNA) –`, `BEIJING, 22 mars (Xinhua) --`,
//! `Bakou, 7 mai, AZERTAC`, `ASTANA, 16 septembre. KAZINFORM –`,
//! `AKP Phnom Penh, 20 décembre 2016 –`,
//! `(Chinhphu.vn) -`, `Nhân Dân en ligne -`, `JAKARTA -`; the date may be
//! in the desk's language (`Quito, 13 ago (Andes) -`) or numeric
//! (`HELSINKI 14.10.2025 (STT)`), and the agency may close with a dash of
//! any length, a colon, a period or the end of the line.

use super::agency::{
    agency_close, agency_like, agency_paren, agency_slashed, agency_word, before_capital, colon,
    dashed, known_agency, period,
};
use crate::date::grammar::{blank0, blank1, blank_or_end, dash, numeric_date, word, Res};
use crate::date::hijri::beside_hijri;
use crate::date::stamp::stamp_date;
use crate::date::PartialDate;
use crate::text::{is_apostrophe, is_blank, is_dash, prefix};
use nom::branch::alt;
use nom::bytes::complete::take_while1;
use nom::character::complete::char as ch;
use nom::combinator::{eof, opt, peek, recognize, value, verify};
use nom::multi::many_m_n;
use nom::sequence::{delimited, preceded, terminated};
use nom::Parser;

/// A dateline found at the start of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found<'a> {
    /// Bytes of the unit the dateline takes (its dash included).
    pub(crate) len: usize,
    pub(crate) place: Option<&'a str>,
    pub(crate) date: Option<PartialDate>,
    pub(crate) agency: Option<&'a str>,
    /// Only a place and a dash (`JAKARTA -`): the caller must check that
    /// prose follows before believing it.
    pub(crate) dash_only: bool,
}

/// The dateline at the start of `unit`, if any.
pub(crate) fn dateline(unit: &str) -> Option<Found<'_>> {
    // A dateline is short: parse a prefix only.
    let head = prefix(unit, 160);
    let (rest, mut found) = alt((agency_only, online, placed)).parse(head).ok()?;
    found.len = head.len() - rest.len();
    // The cut must not have made a word look finished; an agency's
    // parenthesis or dash may be glued to the lead (`(AIB)-Le chargé`).
    let after = unit.get(found.len..).and_then(|r| r.chars().next());
    let glued = found.agency.is_some()
        && unit
            .get(..found.len)
            .and_then(|d| d.chars().next_back())
            .is_some_and(|c| is_dash(c) || c == '.' || c == '/');
    (glued || after.into_iter().all(is_blank)).then_some(found)
}

/// What closes a dateline with no agency after its date: a dash, a colon
/// or the end of the line.
fn date_close(i: &str) -> Res<'_, ()> {
    alt((
        value((), preceded(blank0, terminated(dash, blank_or_end))),
        colon,
        value((), (blank0, eof)),
    ))
    .parse(i)
}

/// `(VNA) -`, `(Chinhphu.vn) -`.
fn agency_only(i: &str) -> Res<'_, Found<'_>> {
    let close = alt((value((), (blank0, dash, blank_or_end)), colon));
    let (rest, agency) = terminated(agency_paren, close).parse(i)?;
    Ok((rest, found(None, None, Some(agency), false)))
}

/// `Nhân Dân en ligne -`: an outlet name then `en ligne`.
fn online(i: &str) -> Res<'_, Found<'_>> {
    let name = recognize((
        place_word,
        many_m_n(0, 3, preceded(blank1, place_word)),
        blank1,
        word("en"),
        blank1,
        word("ligne"),
    ));
    let (rest, agency) = terminated(name, (blank0, dash, blank_or_end)).parse(i)?;
    Ok((rest, found(None, None, Some(agency), false)))
}

/// `[AKP ]Place …` in its several forms.
fn placed(i: &str) -> Res<'_, Found<'_>> {
    let (rest, prefix) = opt(terminated(known_agency, blank1)).parse(i)?;
    let (rest, place) = place(rest)?;
    // `Hanoi (VNA) -`
    if let Ok((r, agency)) =
        terminated(preceded(blank0, agency_paren), (blank0, dash, blank_or_end)).parse(rest)
    {
        return Ok((r, found(Some(place), None, Some(agency), false)));
    }
    // `La Havane (Prensa Latina) Le président`
    if let Ok((r, agency)) = terminated(
        preceded(blank0, agency_paren),
        alt((dashed, before_capital)),
    )
    .parse(rest)
    {
        return Ok((r, found(Some(place), None, Some(agency), false)));
    }
    // `Vilnius (BNS).`, `Rabat (MAP) :`, `Hanoi (VNA)` alone: with no date,
    // only a name shaped like an agency's, since a title may end with a
    // word in parentheses (`Sommet de Hanoi (PHOTOS)`).
    if let Ok((r, agency)) = terminated(
        preceded(blank0, verify(agency_paren, agency_like)),
        alt((colon, period, value((), (blank0, eof)))),
    )
    .parse(rest)
    {
        return Ok((r, found(Some(place), None, Some(agency), false)));
    }
    // `BRUXELLES 21/01/2026 (BELGA)`: a date without a comma, before an
    // agency; a numeric date needs none (`HELSINKI 14.10.2025 -`).
    if let Ok((r, (date, agency))) = (
        preceded(blank1, alt((numeric_date, stamp_date))),
        alt((
            terminated(preceded(blank0, agency_paren), agency_close),
            preceded(blank0, agency_slashed),
        )),
    )
        .parse(rest)
    {
        return Ok((r, found(Some(place), Some(date), Some(agency), false)));
    }
    if let Ok((r, date)) = terminated(preceded(blank1, numeric_date), date_close).parse(rest) {
        return Ok((r, found(Some(place), Some(date), prefix, false)));
    }
    // `Hanoi, 3 septembre (VNA) –`, `Bakou, 7 mai, AZERTAC`, `AKP Phnom Penh, le 20 décembre 2016 –`,
    // `Ouagadougou, 2 mai 2024(AIB)-Le`, `Tachkent, 27 août 2025 /UzA/.`,
    // and after the country or region of a little-known place:
    // `Huelva (Espagne), 23 oct`, `KINGSTON, Jamaïque, 18 nov`; of a date
    // beside its Hijri date, the Gregorian one.
    if let Ok((r, date)) = preceded(
        (opt(region), ch(','), blank0, opt((word("le"), blank1))),
        alt((beside_hijri, stamp_date, numeric_date)),
    )
    .parse(rest)
    {
        if let Ok((r2, agency)) = terminated(preceded(blank0, agency_paren), agency_close).parse(r)
        {
            return Ok((r2, found(Some(place), Some(date), Some(agency), false)));
        }
        if let Ok((r2, agency)) = preceded(blank0, agency_slashed).parse(r) {
            return Ok((r2, found(Some(place), Some(date), Some(agency), false)));
        }
        // `Bakou, 7 mai, AZERTAC`, `ASTANA, 16 septembre. KAZINFORM –`
        if let Ok((r2, agency)) = preceded((alt((ch(','), ch('.'))), blank0), agency_word).parse(r)
        {
            let (r3, _) = opt(preceded(blank0, terminated(dash, blank_or_end))).parse(r2)?;
            return Ok((r3, found(Some(place), Some(date), Some(agency), false)));
        }
        if let Ok((r2, _)) = date_close(r) {
            return Ok((r2, found(Some(place), Some(date), prefix, false)));
        }
    }
    // `JAKARTA -`, `Rabat –`
    let (r, _) = preceded(blank1, terminated(dash, blank_or_end)).parse(rest)?;
    Ok((r, found(Some(place), None, prefix, prefix.is_none())))
}

fn found<'a>(
    place: Option<&'a str>,
    date: Option<PartialDate>,
    agency: Option<&'a str>,
    dash_only: bool,
) -> Found<'a> {
    Found {
        len: 0,
        place,
        date,
        agency,
        dash_only,
    }
}

/// One word of a place name: `Hanoi`, `BEIJING`, `Minh-Ville`, `N'Djamena`.
fn place_word(i: &str) -> Res<'_, &str> {
    verify(
        take_while1(|c: char| {
            c.is_alphabetic()
                || is_apostrophe(c)
                || (is_dash(c) && c != '\u{2013}' && c != '\u{2014}')
        }),
        |w: &str| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase)
                && !w.ends_with(|c: char| is_dash(c) || is_apostrophe(c))
                && w.chars().count() >= 2
        },
    )
    .parse(i)
}

/// Lowercase words allowed inside a place name (`Ville de Mexico`).
fn connector(i: &str) -> Res<'_, &str> {
    alt((
        word("de"),
        word("du"),
        word("des"),
        word("la"),
        word("le"),
        word("les"),
        word("sur"),
        word("el"),
    ))
    .parse(i)
}

/// The country or region after a place, before the date: ` (Espagne)`,
/// `, Jamaïque`.
fn region(i: &str) -> Res<'_, &str> {
    alt((
        preceded(blank1, delimited(ch('('), place, ch(')'))),
        preceded((ch(','), blank0), terminated(place, peek(ch(',')))),
    ))
    .parse(i)
}

/// `St. `, `Mt. `: a short abbreviation opening a place name (`St.
/// John's`).
fn abbreviated(i: &str) -> Res<'_, &str> {
    recognize((
        verify(take_while1(char::is_alphabetic), |w: &str| {
            w.starts_with(char::is_uppercase) && (2..=3).contains(&w.chars().count())
        }),
        ch('.'),
        blank1,
    ))
    .parse(i)
}

/// A place: one to four place words, possibly joined by connectors.
fn place(i: &str) -> Res<'_, &str> {
    recognize((
        opt(abbreviated),
        place_word,
        many_m_n(
            0,
            3,
            preceded(
                blank1,
                alt((
                    place_word,
                    recognize((
                        verify(connector, |c: &str| c.starts_with(char::is_lowercase)),
                        blank1,
                        place_word,
                    )),
                )),
            ),
        ),
    ))
    .parse(i)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(crate) type Parts = (String, Option<String>, Option<String>, Option<String>, bool);

    /// The dateline of `unit`: its text, place, date, agency and whether
    /// it is a bare `Place -`.
    pub(crate) fn parts(unit: &str) -> Option<Parts> {
        dateline(unit).map(|f| {
            (
                unit[..f.len].to_string(),
                f.place.map(str::to_string),
                f.date.map(|d| d.to_string()),
                f.agency.map(str::to_string),
                f.dash_only,
            )
        })
    }

    pub(crate) fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn wire_forms() {
        assert_eq!(
            parts("Hanoi (VNA) - Le président"),
            Some(("Hanoi (VNA) -".into(), s("Hanoi"), None, s("VNA"), false))
        );
        assert_eq!(
            parts("Hanoi, 3 septembre (VNA) – Le"),
            Some((
                "Hanoi, 3 septembre (VNA) –".into(),
                s("Hanoi"),
                s("--09-03"),
                s("VNA"),
                false
            ))
        );
        assert_eq!(
            parts("BEIJING, 22 mars (Xinhua) -- Le"),
            Some((
                "BEIJING, 22 mars (Xinhua) --".into(),
                s("BEIJING"),
                s("--03-22"),
                s("Xinhua"),
                false
            ))
        );
        assert_eq!(
            parts("Dakar, 28 jan (APS) - Le").map(|p| p.2),
            Some(s("--01-28"))
        );
        assert_eq!(
            parts("ASTANA, 16 septembre. KAZINFORM – Le chef"),
            Some((
                "ASTANA, 16 septembre. KAZINFORM –".into(),
                s("ASTANA"),
                s("--09-16"),
                s("KAZINFORM"),
                false
            ))
        );
        assert_eq!(
            parts("Bakou, 7 mai, AZERTAC"),
            Some((
                "Bakou, 7 mai, AZERTAC".into(),
                s("Bakou"),
                s("--05-07"),
                s("AZERTAC"),
                false
            ))
        );
        assert_eq!(
            parts("AKP Phnom Penh, 20 décembre 2016 –"),
            Some((
                "AKP Phnom Penh, 20 décembre 2016 –".into(),
                s("Phnom Penh"),
                s("2016-12-20"),
                s("AKP"),
                false
            ))
        );
        assert_eq!(
            parts("AKP Phnom Penh, le 28 avril 2017 – Le").map(|p| p.2),
            Some(s("2017-04-28"))
        );
        assert_eq!(
            parts("(Chinhphu.vn) - Le Premier").map(|p| p.3),
            Some(s("Chinhphu.vn"))
        );
        assert_eq!(
            parts("Nhân Dân en ligne - Le Président").map(|p| (p.1, p.3)),
            Some((None, s("Nhân Dân en ligne")))
        );
        assert_eq!(
            parts("Hô Chi Minh-Ville (VNA) - Le").map(|p| p.1),
            Some(s("Hô Chi Minh-Ville"))
        );
        assert_eq!(
            parts("JAKARTA - Le président").map(|p| (p.1, p.4)),
            Some((s("JAKARTA"), true))
        );
    }

    #[test]
    fn dates_in_the_desk_language() {
        let date = |u| parts(u).and_then(|p| p.2);
        assert_eq!(date("Quito, 13 ago (Andes) - El"), s("--08-13"));
        assert_eq!(date("Madrid, 5 sept. (EFE) - La"), s("--09-05"));
        assert_eq!(date("JAKARTA, 12 Jun (ANTARA) - Le"), s("--06-12"));
        assert_eq!(date("Jakarta, 15 Mei 2025 (ANTARA) - Le"), s("2025-05-15"));
        assert_eq!(date("Lisboa, 9 de outubro (Lusa) - O"), s("--10-09"));
        assert_eq!(date("WASHINGTON, June 12 (AP) - The"), s("--06-12"));
        assert_eq!(date("Berlin, 14. Oktober 2025 (dpa) - Le"), s("2025-10-14"));
    }

    #[test]
    fn datelines_in_capitals() {
        let date = |u| parts(u).map(|p| (p.1, p.2, p.3));
        assert_eq!(
            date("ALGER, 12 mai (APS) - Le"),
            Some((s("ALGER"), s("--05-12"), s("APS")))
        );
        assert_eq!(
            date("ALGER, 12 MAI (APS) - Le"),
            Some((s("ALGER"), s("--05-12"), s("APS")))
        );
        assert_eq!(
            date("ADDIS-ABEBA, 5 FÉVR. 2025 (ENA) - Le"),
            Some((s("ADDIS-ABEBA"), s("2025-02-05"), s("ENA")))
        );
        assert_eq!(
            date("RIO DE JANEIRO, 3 JUIN (PL) - Le"),
            Some((s("RIO DE JANEIRO"), s("--06-03"), s("PL")))
        );
        assert_eq!(
            date("LOMÉ, LE 2 AOÛT 2024 - Le"),
            Some((s("LOMÉ"), s("2024-08-02"), None))
        );
    }

    #[test]
    fn numeric_datelines() {
        let date = |u| parts(u).map(|p| (p.0, p.2, p.3));
        assert_eq!(
            date("HELSINKI 14/10/2025 (STT)"),
            Some((
                "HELSINKI 14/10/2025 (STT)".into(),
                s("2025-10-14"),
                s("STT")
            ))
        );
        assert_eq!(
            date("HELSINKI 14.10.2025 (STT) - Le"),
            Some((
                "HELSINKI 14.10.2025 (STT) -".into(),
                s("2025-10-14"),
                s("STT")
            ))
        );
        assert_eq!(
            date("Oslo, 2025-10-14 (NTB) - Le").map(|p| p.1),
            Some(s("2025-10-14"))
        );
        assert_eq!(
            date("TALLINN 14-10-2025 - Le").map(|p| (p.1, p.2)),
            Some((s("2025-10-14"), None))
        );
        assert_eq!(
            date("Riga, 14.10.2025: Le").map(|p| p.1),
            Some(s("2025-10-14"))
        );
    }

    #[test]
    fn places_with_their_country_or_region() {
        let head = |u| parts(u).map(|p| (p.0, p.1, p.2, p.3));
        assert_eq!(
            head("Huelva (Espagne), 23 oct (EFE).- Les"),
            Some((
                "Huelva (Espagne), 23 oct (EFE).-".into(),
                s("Huelva"),
                s("--10-23"),
                s("EFE")
            ))
        );
        assert_eq!(
            head("KINGSTON, Jamaïque, 18 nov (CMC) - Le").map(|p| (p.1, p.2)),
            Some((s("KINGSTON"), s("--11-18")))
        );
        assert_eq!(
            head("St. John's, Antigua, 12 févr (CMC) - Le").map(|p| (p.1, p.2)),
            Some((s("St. John's"), s("--02-12")))
        );
        assert_eq!(
            head("Nouakchott (Mauritanie), 9 oct 2025 (AMI) - Le").map(|p| p.2),
            Some(s("2025-10-09"))
        );
        assert_eq!(
            head("ST. GEORGE'S, Grenade, 4 mars (CMC) - Le").map(|p| p.1),
            Some(s("ST. GEORGE'S"))
        );
        assert_eq!(
            head("Madrid (EFE).- El presidente").map(|p| (p.0, p.3)),
            Some(("Madrid (EFE).-".into(), s("EFE")))
        );
        // A region with no date after it is no dateline.
        assert_eq!(parts("Vietnam, Laos, Cambodge : un sommet"), None);
        assert_eq!(parts("Le Mans (Sarthe) accueille le forum"), None);
    }

    #[test]
    fn not_datelines() {
        assert_eq!(parts("Le président a reçu"), None);
        assert_eq!(parts("Vietnam-Kazakhstan : coopération"), None);
        assert_eq!(parts("Hanoi a accueilli (VNA) -"), None);
        assert_eq!(parts("-VNA"), None);
        assert_eq!(
            parts("Lors de la consultation politique, présidée le 3 mars par"),
            None
        );
    }
}
