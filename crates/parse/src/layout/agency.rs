//! Agency names in datelines and what closes them: `(VNA) -`,
//! `/UzA/.`, `, AZERTAC`, `(BNS).`, `(MAP) :`, or the end of the line.

use crate::data;
use crate::date::grammar::{blank0, blank1, blank_or_end, dash, Res};
use crate::repair::lexicon::{fold_into, Lexicon};
use nom::branch::alt;
use nom::bytes::complete::take_while1;
use nom::character::complete::{char as ch, satisfy};
use nom::combinator::{eof, opt, peek, value, verify};
use nom::sequence::{delimited, terminated};
use nom::Parser;
use std::sync::OnceLock;

/// The agency codes of `data/agencies.tsv`.
pub(crate) fn agencies() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| data::first_column(data::AGENCIES).collect())
}

/// What closes an agency's name: a dash (`(VNA) -`, `(AIB)-Le`), a colon
/// (`(MAP) :`), a period (`(APS).`, `(EFE).-`), the end of the line (`HELSINKI
/// 14.10.2025 (STT)` alone), or nothing before the lead's capital
/// (`(Prensa Latina) Le président`).
pub(super) fn agency_close(i: &str) -> Res<'_, ()> {
    alt((
        dashed,
        colon,
        period,
        value((), (blank0, eof)),
        before_capital,
    ))
    .parse(i)
}

/// A period, with the dash Spanish-language desks put after it
/// (`(EFE).-`).
pub(super) fn period(i: &str) -> Res<'_, ()> {
    value((), (ch('.'), opt(dash))).parse(i)
}

/// A dash after an agency, a blank after it optional (`(AIB)-Le`).
pub(super) fn dashed(i: &str) -> Res<'_, ()> {
    value((), (blank0, dash, opt(blank_or_end))).parse(i)
}

/// Nothing but a blank before the lead's capital.
pub(super) fn before_capital(i: &str) -> Res<'_, ()> {
    value(
        (),
        peek((
            blank1,
            satisfy(|c: char| c.is_uppercase() || c == '«' || c == '"'),
        )),
    )
    .parse(i)
}

/// A known agency, or a short code in capitals that is no French word
/// (`STT`, `ELTA`, `ANTARA`, but not `PHOTOS` or `VIDÉO`).
pub(super) fn agency_like(name: &&str) -> bool {
    if agencies().contains(name) {
        return true;
    }
    let count = name.chars().count();
    let code =
        (2..=10).contains(&count) && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
    code && {
        let mut folded = Vec::new();
        fold_into(name, &mut folded);
        !Lexicon::get().is_word(&folded)
    }
}

/// ` :` or `:` then a blank, closing a dateline.
pub(super) fn colon(i: &str) -> Res<'_, ()> {
    value((), (blank0, ch(':'), blank_or_end)).parse(i)
}

/// `/UzA/.`: an agency name between slashes, then a dot or a dash.
pub(super) fn agency_slashed(i: &str) -> Res<'_, &str> {
    let name = delimited(
        ch('/'),
        verify(
            take_while1(|c: char| c.is_alphanumeric() || c == '.' || c == ' '),
            |s: &str| s.len() <= 30 && s.trim() == s,
        ),
        ch('/'),
    );
    terminated(name, opt(alt((ch('.'), ch('-'), ch('–'))))).parse(i)
}

/// `(VNA)`: an agency name in parentheses, up to 40 bytes, with a letter.
pub(super) fn agency_paren(i: &str) -> Res<'_, &str> {
    delimited(
        ch('('),
        verify(
            take_while1(|c: char| c != ')' && c != '(' && c != '\n'),
            |s: &str| s.len() <= 40 && s.chars().any(char::is_alphabetic) && s.trim() == s,
        ),
        ch(')'),
    )
    .parse(i)
}

/// A capitalized agency word after a dateline's date: `AZERTAC`.
pub(super) fn agency_word(i: &str) -> Res<'_, &str> {
    verify(
        take_while1(|c: char| c.is_alphanumeric() || c == '.'),
        |w: &str| {
            agencies().contains(&w)
                || (w.chars().count() >= 2
                    && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
        },
    )
    .parse(i)
}

/// An agency of `data/agencies.tsv` used as a dateline prefix (`AKP`).
pub(super) fn known_agency(i: &str) -> Res<'_, &str> {
    verify(take_while1(char::is_alphanumeric), |w: &str| {
        agencies().contains(&w)
    })
    .parse(i)
}

#[cfg(test)]
mod tests {
    use crate::layout::dateline::tests::{parts, s};

    #[test]
    fn agency_forms() {
        assert_eq!(
            parts("Ouagadougou, 2 mai 2024(AIB)-Le chargé"),
            Some((
                "Ouagadougou, 2 mai 2024(AIB)-".into(),
                s("Ouagadougou"),
                s("2024-05-02"),
                s("AIB"),
                false
            ))
        );
        assert_eq!(
            parts("Tachkent, 27 août 2025 /UzA/. Le président"),
            Some((
                "Tachkent, 27 août 2025 /UzA/.".into(),
                s("Tachkent"),
                s("2025-08-27"),
                s("UzA"),
                false
            ))
        );
        assert_eq!(
            parts("BRUXELLES 21/01/2026 (BELGA) - Le Premier"),
            Some((
                "BRUXELLES 21/01/2026 (BELGA) -".into(),
                s("BRUXELLES"),
                s("2026-01-21"),
                s("BELGA"),
                false
            ))
        );
        assert_eq!(
            parts("La Havane, 21 janv (Prensa Latina) Le président").map(|p| (p.2, p.3)),
            Some((s("--01-21"), s("Prensa Latina")))
        );
        assert_eq!(
            parts("La Havane (Prensa Latina) Le président").map(|p| (p.1, p.3)),
            Some((s("La Havane"), s("Prensa Latina")))
        );
        assert_eq!(
            parts("Dakar, 3 mars 2025 (APS)- Le").map(|p| p.2),
            Some(s("2025-03-03"))
        );
    }

    #[test]
    fn agency_closings() {
        let head = |u| parts(u).map(|p| (p.0, p.3));
        assert_eq!(
            head("Vilnius, 11 juin (BNS). Le ministre"),
            Some(("Vilnius, 11 juin (BNS).".into(), s("BNS")))
        );
        assert_eq!(
            head("Rabat, 3 mars (MAP) : Le roi"),
            Some(("Rabat, 3 mars (MAP) :".into(), s("MAP")))
        );
        assert_eq!(
            head("Alger, 12 mai (APS)"),
            Some(("Alger, 12 mai (APS)".into(), s("APS")))
        );
        assert_eq!(
            head("Dakar, 4 avril (APS) — Le"),
            Some(("Dakar, 4 avril (APS) —".into(), s("APS")))
        );
        assert_eq!(
            head("Vilnius (BNS). Le ministre"),
            Some(("Vilnius (BNS).".into(), s("BNS")))
        );
        assert_eq!(head("Hanoi (VNA)"), Some(("Hanoi (VNA)".into(), s("VNA"))));
        assert_eq!(
            head("Rabat (MAP): Le roi"),
            Some(("Rabat (MAP):".into(), s("MAP")))
        );
        assert_eq!(
            head("(VNA) : Le Premier ministre"),
            Some(("(VNA) :".into(), s("VNA")))
        );
    }

    #[test]
    fn words_in_parentheses_closing_a_title() {
        assert_eq!(parts("Sommet de Hanoi (PHOTOS)"), None);
        assert_eq!(parts("Nouvel An Lunaire (Tết)"), None);
        assert_eq!(parts("Coopération Vietnam-Laos (VIDÉO)."), None);
        assert_eq!(parts("Forum Economique (Compte Rendu) : les"), None);
    }
}
