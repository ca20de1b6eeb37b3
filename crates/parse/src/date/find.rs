//! Finding French date expressions in running text.

use super::anchor::anchors;
use super::grammar::{
    blank1, day, day_month_year, month, numeric_date, part_of_day, weekday, word, year, Res,
};
use super::opening::may_open;
use super::{lexicon, DateExpr, DateMention, DateValue, PartialDate, Relative};
use crate::span::Span;
use nom::branch::alt;
use nom::character::complete::char as ch;
use nom::combinator::{map, opt, value};
use nom::sequence::{preceded, terminated};
use nom::Parser;

/// Every date expression in `text`, in order, with spans relative to `text`.
///
/// Recognized: `le 3 mars`, `jeudi 8 mars 2018`, `du 11 au 12 mai`,
/// `du jeudi 23 au vendredi 24 juin 2022`, `les 11 et 12 janvier`,
/// `du 5 janvier 2026`, `en août 2023`, `en août`, `en 2018`, `19/09/2021`,
/// `le 14 juin prochain`, `le 5 novembre dernier`, weekdays (`lundi`,
/// `ce jeudi`, `mercredi matin`, `mardi dernier`) and relative phrases
/// (`hier`, `aujourd'hui`, `le mois dernier`, `l'année prochaine` …). A
/// number without a month (`le 45e`, `80e anniversaire`, `n°230`) is not a
/// date.
///
/// ```
/// use depeche_parse::date::{find_dates, DateExpr};
/// let found = find_dates("Le 80e anniversaire, célébré le 9 mai 2025.");
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].text, "le 9 mai 2025");
/// assert_eq!(found[0].expr, DateExpr::Absolute("2025-05-09".parse().unwrap()));
/// ```
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    // Every expression has an anchor — a digit, a month, a weekday or a
    // relative word — within a few words of its start; the grammar is only
    // tried near one, which keeps the scan linear and cheap on prose.
    let anchors = anchors(text);
    let mut next_anchor = anchors.iter().peekable();
    let mut pos = 0usize;
    // The character right before `pos`, if any.
    let mut prev: Option<char> = None;
    while let Some(rest) = text.get(pos..) {
        while next_anchor.next_if(|&&a| a < pos).is_some() {}
        let Some(&&anchor) = next_anchor.peek() else {
            break;
        };
        if anchor - pos > ANCHOR_REACH {
            // Nothing can start before the anchor's reach: go there at once.
            let mut to = anchor - ANCHOR_REACH;
            while !text.is_char_boundary(to) {
                to += 1;
            }
            prev = text.get(..to).and_then(|s| s.chars().next_back());
            pos = to;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        let at_word_start = c.is_alphanumeric() && !prev.is_some_and(|p| p.is_alphanumeric());
        if at_word_start && may_open(rest) {
            if let Ok((after, expr)) = expression(rest) {
                let len = rest.len() - after.len();
                let span = Span::new(pos, pos + len);
                out.push(DateMention {
                    span,
                    text: text.get(span.start..span.end).unwrap_or("").to_string(),
                    expr,
                });
                prev = text.get(..span.end).and_then(|s| s.chars().next_back());
                pos = span.end;
                continue;
            }
        }
        prev = Some(c);
        pos += c.len_utf8();
    }
    out
}

/// How far (in bytes) an expression may start before its anchor word:
/// `du jeudi 23` (anchor `jeudi`), `le mois dernier`, `l'année prochaine`.
const ANCHOR_REACH: usize = 24;

/// Any date expression, the longest forms first.
fn expression(i: &str) -> Res<'_, DateExpr> {
    alt((
        range,
        single,
        month_year,
        month_alone,
        year_alone,
        map(numeric_date, |d| DateExpr::Absolute(DateValue::Single(d))),
        weekday_expr,
        relative_phrase,
    ))
    .parse(i)
}

/// `le`, `les`, `du`, `au` … followed by a blank, case-insensitive.
fn article(form: &'static str) -> impl Fn(&str) -> Res<'_, &str> {
    move |i| terminated(word(form), blank1).parse(i)
}

/// A day with an optional weekday before it: `jeudi 23`, `23`.
fn weekday_day(i: &str) -> Res<'_, u8> {
    preceded(opt(terminated(weekday, blank1)), day).parse(i)
}

/// The end of a range: `day [month [year]]` with an optional weekday.
fn range_end(i: &str) -> Res<'_, (u8, Option<u8>, Option<i32>)> {
    let (rest, d) = weekday_day(i)?;
    let (rest, m) = opt(preceded(blank1, month(true))).parse(rest)?;
    let (rest, y) = match m {
        Some(_) => opt(preceded(blank1, year)).parse(rest)?,
        None => (rest, None),
    };
    Ok((rest, (d, m, y)))
}

/// `du 11 au 12 mai`, `du 28 avril au 3 mai 2025`, `les 11 et 12 janvier`,
/// `11-12 mai`, `entre le 5 et le 7 mars`.
fn range(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = opt(alt((article("du"), article("les"), article("entre")))).parse(i)?;
    let (rest, _) = opt(article("le")).parse(rest)?;
    let (rest, first) = range_end(rest)?;
    let mut joiner = alt((
        value((), (blank1, word("au"), blank1)),
        value((), (blank1, word("et"), blank1, opt(article("le")))),
        value((), ch('-')),
    ));
    let (rest, _) = joiner.parse(rest)?;
    let (rest, (d2, m2, y2)) = range_end(rest)?;
    let (d1, m1, y1) = first;
    let Some(m2) = m2 else {
        return fail(i);
    };
    let y1 = y1.or(y2);
    let start = PartialDate {
        year: y1,
        month: Some(m1.unwrap_or(m2)),
        day: Some(d1),
    };
    let end = PartialDate {
        year: y2.or(y1),
        month: Some(m2),
        day: Some(d2),
    };
    Ok((rest, DateExpr::Absolute(DateValue::Range(start, end))))
}

/// `le 3 mars`, `jeudi 8 mars 2018`, `ce mercredi 11 janvier`, `le 14 juin
/// prochain`.
fn single(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = opt(alt((
        article("le"),
        article("du"),
        article("au"),
        article("ce"),
    )))
    .parse(i)?;
    let (rest, date) = day_month_year(rest)?;
    // `prochain`/`dernier` only qualify a date that lacks its year.
    let (rest, dir) = if date.year.is_none() {
        opt(preceded(blank1, alt((word("prochain"), word("dernier"))))).parse(rest)?
    } else {
        (rest, None)
    };
    let expr = match dir {
        Some(w) if lexicon::eq_folded(w, "prochain") => {
            DateExpr::Relative(Relative::NextDate(date))
        }
        Some(_) => DateExpr::Relative(Relative::LastDate(date)),
        None => DateExpr::Absolute(DateValue::Single(date)),
    };
    Ok((rest, expr))
}

/// A time word before a month: `en`, `début`, `fin`, `mi-`, `courant`.
fn month_lead(i: &str) -> Res<'_, ()> {
    alt((
        value((), article("en")),
        value((), article("début")),
        value((), article("fin")),
        value((), article("courant")),
        value((), article("depuis")),
        value((), (word("mi"), ch('-'))),
    ))
    .parse(i)
}

/// `en août 2023`, `janvier 2024`.
fn month_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = opt(month_lead).parse(i)?;
    let (rest, m) = month(false)(rest)?;
    let (rest, y) = preceded(blank1, year).parse(rest)?;
    Ok((rest, absolute(Some(y), Some(m), None)))
}

/// `en août`, `début mars`, `mi-juin` (no year: yearless month).
fn month_alone(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = month_lead(i)?;
    let (rest, m) = month(false)(rest)?;
    Ok((rest, absolute(None, Some(m), None)))
}

/// `remonte à` before a year: "la dernière visite remonte à 2003" dates
/// what it recalls.
fn back_to(i: &str) -> Res<'_, &str> {
    let goes_back = alt((
        word("remonte"),
        word("remontent"),
        word("remontait"),
        word("remontaient"),
        word("remontant"),
    ));
    preceded(terminated(goes_back, blank1), article("à")).parse(i)
}

/// `en 2018`, `remonte à 2003`.
fn year_alone(i: &str) -> Res<'_, DateExpr> {
    let (rest, y) = preceded(alt((article("en"), back_to)), year).parse(i)?;
    if rest.starts_with('-') || rest.starts_with('/') {
        return fail(i);
    }
    Ok((rest, absolute(Some(y), None, None)))
}

/// `lundi`, `ce jeudi`, `mercredi matin`, `dimanche soir`, `mardi dernier`.
fn weekday_expr(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = opt(article("ce")).parse(i)?;
    let (rest, w) = weekday(rest)?;
    let (rest, _) = opt(preceded(blank1, part_of_day)).parse(rest)?;
    let (rest, dir) =
        opt(preceded(blank1, alt((word("prochain"), word("dernier"))))).parse(rest)?;
    let rel = match dir {
        Some(d) if lexicon::eq_folded(d, "prochain") => Relative::NextWeekday(w),
        Some(_) => Relative::LastWeekday(w),
        None => Relative::Weekday(w),
    };
    Ok((rest, DateExpr::Relative(rel)))
}

/// A phrase of `data/relative_dates.tsv`, word by word.
fn relative_phrase(i: &str) -> Res<'_, DateExpr> {
    // A phrase can only match text that starts like its first word.
    let first = lexicon::first_folded(i);
    for (words, rel) in lexicon::relative_phrases() {
        if words.first().and_then(|w| w.chars().next()) != first {
            continue;
        }
        if let Some(rest) = match_phrase(i, words) {
            return Ok((rest, DateExpr::Relative(rel)));
        }
    }
    fail(i)
}

/// Matches the folded words of a phrase separated by blanks; an elided
/// article stays glued to its word (`l'année`), as written.
fn match_phrase<'a>(i: &'a str, words: &[&'static str]) -> Option<&'a str> {
    let mut rest = i;
    for (n, w) in words.iter().enumerate() {
        if n > 0 {
            rest = blank1(rest).ok()?.0;
        }
        rest = word(w)(rest).ok()?.0;
    }
    Some(rest)
}

fn absolute(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> DateExpr {
    DateExpr::Absolute(DateValue::Single(PartialDate { year, month, day }))
}

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::opening::OPENING_FORMS;
    use time::Weekday;

    fn one(text: &str) -> (String, DateExpr) {
        let found = find_dates(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].text.clone(), found[0].expr)
    }

    fn abs(s: &str) -> DateExpr {
        DateExpr::Absolute(s.parse().unwrap())
    }

    #[test]
    fn absolute_forms() {
        assert_eq!(
            one("présidée le 3 mars par"),
            ("le 3 mars".into(), abs("--03-03"))
        );
        assert_eq!(
            one("Durant son séjour du 11 au 12 mai,"),
            ("du 11 au 12 mai".into(), abs("--05-11/--05-12"))
        );
        assert_eq!(
            one("réunis les 11 et 12 janvier à"),
            ("les 11 et 12 janvier".into(), abs("--01-11/--01-12"))
        );
        assert_eq!(
            one("la Conclusion du 5 janvier 2026 relative"),
            ("du 5 janvier 2026".into(), abs("2026-01-05"))
        );
        assert_eq!(
            one("en août 2023, il"),
            ("en août 2023".into(), abs("2023-08"))
        );
        assert_eq!(one("signé en 2018."), ("en 2018".into(), abs("2018")));
        // What a recall goes back to: "la dernière visite remonte à 2003".
        for (text, found, year) in [
            ("visite remonte à 2003, quand", "remonte à 2003", "2003"),
            ("Elle remontait à 1998.", "remontait à 1998", "1998"),
            ("qui remontent à 2011 et", "remontent à 2011", "2011"),
            ("REMONTE À 2019 :", "REMONTE À 2019", "2019"),
            ("remontant à 2007, le", "remontant à 2007", "2007"),
        ] {
            assert_eq!(one(text), (found.into(), abs(year)), "{text}");
        }
        assert_eq!(
            one("le 19/09/2021 à"),
            ("19/09/2021".into(), abs("2021-09-19"))
        );
        assert_eq!(
            one("Le 1er Février 2020"),
            ("Le 1er Février 2020".into(), abs("2020-02-01"))
        );
        assert_eq!(
            one("le 28 jan à Dakar"),
            ("le 28 jan".into(), abs("--01-28"))
        );
        assert_eq!(
            one("effectue du jeudi 23 au vendredi 24 juin 2022, une visite"),
            (
                "du jeudi 23 au vendredi 24 juin 2022".into(),
                abs("2022-06-23/2022-06-24")
            )
        );
        assert_eq!(one("en août prochain"), ("en août".into(), abs("--08")));
        assert_eq!(
            one("est arrivé ce mercredi 11 janvier à Abidjan"),
            ("ce mercredi 11 janvier".into(), abs("--01-11"))
        );
        assert_eq!(
            one("sont arrivés mardi midi 6 septembre à"),
            ("mardi midi 6 septembre".into(), abs("--09-06"))
        );
    }

    #[test]
    fn relative_forms() {
        let rel = |r| DateExpr::Relative(r);
        assert_eq!(
            one("le 14 juin prochain,"),
            (
                "le 14 juin prochain".into(),
                rel(Relative::NextDate(PartialDate {
                    year: None,
                    month: Some(6),
                    day: Some(14)
                }))
            )
        );
        assert_eq!(
            one("reçu mercredi matin"),
            (
                "mercredi matin".into(),
                rel(Relative::Weekday(Weekday::Wednesday))
            )
        );
        assert_eq!(
            one("Ce jeudi, à Hanoi"),
            ("Ce jeudi".into(), rel(Relative::Weekday(Weekday::Thursday)))
        );
        assert_eq!(
            one("rentré dimanche soir"),
            (
                "dimanche soir".into(),
                rel(Relative::Weekday(Weekday::Sunday))
            )
        );
        assert_eq!(
            one("a reçu hier après-midi"),
            ("hier".into(), rel(Relative::Yesterday))
        );
        assert_eq!(
            one("aujourd’hui même"),
            ("aujourd’hui".into(), rel(Relative::Today))
        );
        assert_eq!(
            one("le mois dernier"),
            ("le mois dernier".into(), rel(Relative::LastMonth))
        );
        assert_eq!(
            one("l’année dernière"),
            ("l’année dernière".into(), rel(Relative::LastYear))
        );
        assert_eq!(
            one("l'an prochain"),
            ("l'an prochain".into(), rel(Relative::NextYear))
        );
        assert_eq!(
            one("mardi dernier"),
            (
                "mardi dernier".into(),
                rel(Relative::LastWeekday(Weekday::Tuesday))
            )
        );
    }

    #[test]
    fn not_dates() {
        for text in [
            "le 80e anniversaire de la victoire",
            "le 65e anniversaire",
            "il est le 45e à signer",
            "la Conclusion n°230-KL/TW",
            "sept accords",
            "Mars est une planète",
            "Le mandat 2024-2030",
            "10 milliards d'USD",
            "remonte à 20 ans",
            "remonte à la nuit des temps",
        ] {
            assert!(
                find_dates(text).is_empty(),
                "{text}: {:?}",
                find_dates(text)
            );
        }
    }

    /// Every position where the grammar matches is one [`may_open`] lets
    /// through: the filter only spares attempts that would fail.
    fn assert_filter_keeps_matches(text: &str) {
        for (at, _) in text.char_indices() {
            let rest = &text[at..];
            if expression(rest).is_ok() {
                assert!(may_open(rest), "{rest:?} matches but is filtered out");
            }
        }
    }

    #[test]
    fn opening_filter_keeps_every_form_of_the_grammar() {
        let mut texts: Vec<String> = [
            "Du 11 au 12 mai, puis les 11 et 12 janvier, entre le 5 et le 7 mars.",
            "Le 3 mars, ce mercredi 11 janvier, au 14 juin prochain, du 5 janvier 2026.",
            "Reçu jeudi 8 mars 2018 ; mardi midi 6 septembre ; 28 jan ; 19 mars, 2021.",
            "En août 2023, début mars, fin avril, courant mai, depuis juin, mi-juillet.",
            "En 2018 ; la dernière visite remonte à 2003 ; elles remontaient à 1999.",
            "Les 19/09/2021, 19.09.2021, 19-09-2021 et 2023-03-22 ; le 1er mai ; le 2ᵉʳ.",
            "Lundi, ce jeudi, mercredi matin, dimanche soir, mardi dernier, samedi prochain.",
            "DU 3 AU 5 JUIN ; LE 8 MAI ; Fin Décembre ; Mi-Août ; Ce Vendredi.",
            "Le 28 Mai de 2023, du jeudi 23 au vendredi 24 juin 2022.",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // Each relative phrase, at a sentence start, inside and capitalized.
        for (words, _) in lexicon::relative_phrases() {
            let phrase = words.join(" ");
            texts.push(format!("{phrase}, la délégation est arrivée."));
            texts.push(format!("Il a dit {phrase} qu'il viendrait."));
            texts.push(format!(
                "« {} », a-t-il dit.",
                crate::date::capitalized(&phrase)
            ));
        }
        // Each opening form before a day, a month, a weekday and a year.
        for form in OPENING_FORMS {
            for tail in ["3 mars", "mars 2020", "lundi", "2019", "mois dernier"] {
                texts.push(format!("Il a parlé {form} {tail} à Hanoï."));
            }
        }
        for text in &texts {
            assert_filter_keeps_matches(text);
            assert!(
                !find_dates(text).is_empty() || text.starts_with("Il a parlé"),
                "{text}"
            );
        }
    }

    proptest::proptest! {
        /// The same on texts made of the grammar's own pieces in any order.
        #[test]
        fn opening_filter_keeps_matches_in_any_order(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "le", "Le", "du", "les", "entre", "au", "ce", "Ce", "en", "début",
                    "fin", "courant", "depuis", "mi-", "remonte", "à", "et", "au", "-",
                    "3", "1er", "12", "31", "2024", "19/09/2021", "2023-03-22", "mars",
                    "Mai", "août", "jan", "févr.", "lundi", "Mardi", "matin", "soir",
                    "prochain", "dernier", "hier", "aujourd'hui", "l'année", "semaine",
                    "mois", "la", "cette", "de", ",", "président", "Hanoï", "visite",
                ]),
                0..12,
            ),
        ) {
            assert_filter_keeps_matches(&words.join(" "));
        }
    }
}
