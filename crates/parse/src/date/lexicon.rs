//! Month names, weekday names and relative date phrases, read from
//! `data/months.tsv`, `data/weekdays.tsv` and `data/relative_dates.tsv`.
//!
//! Running text is French, so only French names anchor a date there; the
//! names of other languages are only looked up on the lines a page or a
//! desk prints its own date on ([`month_any`], [`weekday_any`]).

use crate::data;
use crate::date::Relative;
use std::sync::OnceLock;
use time::Weekday;

/// A month form: `févr` → (2, abbreviation).
struct MonthForm {
    month: u8,
    abbr: bool,
    french: bool,
}

/// A weekday form: `kamis` → Thursday.
struct WeekdayForm {
    day: Weekday,
    french: bool,
}

/// The forms of one table by their text, each with its rows in file order:
/// a word is folded once and looked up, instead of being compared with
/// every form of the table (they are many, in several languages).
type ByForm<T> = rustc_hash::FxHashMap<&'static str, Vec<T>>;

struct Tables {
    months: ByForm<MonthForm>,
    weekdays: ByForm<WeekdayForm>,
    /// The first characters of the month forms and of the weekday forms:
    /// most words are turned away by theirs before being folded whole.
    month_firsts: Vec<char>,
    weekday_firsts: Vec<char>,
    relative: Vec<(Vec<&'static str>, Relative)>,
}

/// Rows grouped by their form, in file order.
fn by_form<T>(rows: impl Iterator<Item = (&'static str, T)>) -> ByForm<T> {
    let mut out: ByForm<T> = ByForm::default();
    for (form, row) in rows {
        out.entry(form).or_default().push(row);
    }
    out
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let months = by_form(data::rows(data::MONTHS).filter_map(|r| {
            let form = *r.first()?;
            let row = MonthForm {
                month: r.get(1)?.parse().ok()?,
                abbr: *r.get(2)? == "abbr",
                french: *r.get(3)? == "fr",
            };
            Some((form, row))
        }));
        let weekdays = by_form(data::rows(data::WEEKDAYS).filter_map(|r| {
            let form = *r.first()?;
            let row = WeekdayForm {
                day: weekday_number(r.get(1)?.parse().ok()?)?,
                french: *r.get(2)? == "fr",
            };
            Some((form, row))
        }));
        Tables {
            month_firsts: firsts(months.keys()),
            weekday_firsts: firsts(weekdays.keys()),
            months,
            weekdays,
            relative: data::rows(data::RELATIVE_DATES)
                .filter_map(|r| {
                    let words = r.first()?.split(' ').collect();
                    Some((words, relative_name(r.get(1)?)?))
                })
                .collect(),
        }
    })
}

/// The distinct first characters of `forms`.
fn firsts<'f>(forms: impl Iterator<Item = &'f &'static str>) -> Vec<char> {
    let mut out: Vec<char> = forms.filter_map(|f| f.chars().next()).collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn weekday_number(n: u8) -> Option<Weekday> {
    Some(match n {
        1 => Weekday::Monday,
        2 => Weekday::Tuesday,
        3 => Weekday::Wednesday,
        4 => Weekday::Thursday,
        5 => Weekday::Friday,
        6 => Weekday::Saturday,
        7 => Weekday::Sunday,
        _ => return None,
    })
}

fn relative_name(name: &str) -> Option<Relative> {
    Some(match name {
        "today" => Relative::Today,
        "yesterday" => Relative::Yesterday,
        "day_before_yesterday" => Relative::DayBeforeYesterday,
        "tomorrow" => Relative::Tomorrow,
        "day_after_tomorrow" => Relative::DayAfterTomorrow,
        "last_week" => Relative::LastWeek,
        "next_week" => Relative::NextWeek,
        "this_week" => Relative::ThisWeek,
        "last_month" => Relative::LastMonth,
        "next_month" => Relative::NextMonth,
        "this_month" => Relative::ThisMonth,
        "last_year" => Relative::LastYear,
        "next_year" => Relative::NextYear,
        "this_year" => Relative::ThisYear,
        _ => return None,
    })
}

/// Whether `word` equals the folded form `form`, ignoring case and the kind
/// of apostrophe.
pub(crate) fn eq_folded(word: &str, form: &str) -> bool {
    if word.is_ascii() {
        // The common case: folding an ASCII word is lowercasing its bytes.
        return word.len() == form.len()
            && word
                .bytes()
                .zip(form.bytes())
                .all(|(a, b)| a.to_ascii_lowercase() == b);
    }
    let mut a = folded_chars(word);
    let mut b = form.chars();
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

/// The first character [`eq_folded`] compares: a form can only equal a
/// word that starts with it.
pub(crate) fn first_folded(word: &str) -> Option<char> {
    let c = word.chars().next()?;
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase());
    }
    folded_chars(c.encode_utf8(&mut [0; 4])).next()
}

/// The characters of `word` as the forms are written: lowercase, with
/// straight apostrophes.
fn folded_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().flat_map(char::to_lowercase).map(|c| match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
        c => c,
    })
}

/// The month a French word names: `(number, is_abbreviation)`.
pub(crate) fn month(word: &str) -> Option<(u8, bool)> {
    find_month(word, true)
}

/// The month a word names in any language of `data/months.tsv`: `Mei`,
/// `junio`, `Aug` as well as `mai`.
pub(crate) fn month_any(word: &str) -> Option<(u8, bool)> {
    find_month(word, false)
}

fn find_month(word: &str, french_only: bool) -> Option<(u8, bool)> {
    let t = tables();
    if !t.month_firsts.contains(&first_folded(word)?) {
        return None;
    }
    let mut buf = [0u8; FOLD_BUF];
    let mut forms = t
        .months
        .get(folded(word, &mut buf)?)?
        .iter()
        .filter(|m| m.french || !french_only);
    // A form that is a full name in one language stands alone even where
    // another language only abbreviates with it (`mai`).
    let first_match = forms.next()?;
    let full = !first_match.abbr || forms.any(|m| !m.abbr);
    Some((first_match.month, !full))
}

/// Longest folded word [`folded`] writes; no month or weekday form is
/// nearly as long.
const FOLD_BUF: usize = 48;

/// `word` as [`eq_folded`] compares it (lowercase, straight apostrophes),
/// written into `buf`; `None` when it does not fit (it is then no form).
fn folded<'b>(word: &str, buf: &'b mut [u8; FOLD_BUF]) -> Option<&'b str> {
    if word.is_ascii() {
        let out = buf.get_mut(..word.len())?;
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        return std::str::from_utf8(out).ok();
    }
    let mut len = 0;
    for c in folded_chars(word) {
        let end = len + c.len_utf8();
        c.encode_utf8(buf.get_mut(len..end)?);
        len = end;
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

/// The weekday a French word names.
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    find_weekday(word, true)
}

/// The weekday a word names in any language of `data/weekdays.tsv`.
pub(crate) fn weekday_any(word: &str) -> Option<Weekday> {
    find_weekday(word, false)
}

fn find_weekday(word: &str, french_only: bool) -> Option<Weekday> {
    let t = tables();
    if !t.weekday_firsts.contains(&first_folded(word)?) {
        return None;
    }
    let mut buf = [0u8; FOLD_BUF];
    t.weekdays
        .get(folded(word, &mut buf)?)?
        .iter()
        .find(|w| w.french || !french_only)
        .map(|w| w.day)
}

/// The month and weekday forms of French, the names that anchor a date in
/// running text.
pub(super) fn french_names() -> impl Iterator<Item = &'static str> {
    let t = tables();
    let months = t
        .months
        .iter()
        .filter(|(_, rows)| rows.iter().any(|m| m.french))
        .map(|(form, _)| *form);
    let weekdays = t
        .weekdays
        .iter()
        .filter(|(_, rows)| rows.iter().any(|w| w.french))
        .map(|(form, _)| *form);
    months.chain(weekdays)
}

/// Builds every table of this module now (see [`crate::prepare`]).
pub(crate) fn prepare() {
    tables();
    time_joiners().for_each(drop);
    pair_joiners().for_each(drop);
}

/// The phrases printed between a date and its time of day, each as its
/// folded words (`a las` → `["a", "las"]`).
pub(crate) fn time_joiners() -> impl Iterator<Item = &'static [&'static str]> {
    static LIST: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    phrases(&LIST, data::TIME_JOINERS)
}

/// The phrases printed between a Hijri date and the Gregorian one
/// (`correspondant au`).
pub(crate) fn pair_joiners() -> impl Iterator<Item = &'static [&'static str]> {
    static LIST: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    phrases(&LIST, data::PAIR_JOINERS)
}

fn phrases(
    list: &'static OnceLock<Vec<Vec<&'static str>>>,
    file: &'static str,
) -> impl Iterator<Item = &'static [&'static str]> {
    list.get_or_init(|| {
        data::rows(file)
            .filter_map(|r| Some(r.first()?.split(' ').collect()))
            .collect()
    })
    .iter()
    .map(Vec::as_slice)
}

/// The relative phrases, each as its folded words.
pub(crate) fn relative_phrases() -> impl Iterator<Item = (&'static [&'static str], Relative)> {
    tables().relative.iter().map(|(w, r)| (w.as_slice(), *r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_with_accents_case_and_abbreviations() {
        assert_eq!(month("Février"), Some((2, false)));
        assert_eq!(month("fevrier"), Some((2, false)));
        assert_eq!(month("AOÛT"), Some((8, false)));
        assert_eq!(month("déc"), Some((12, true)));
        assert_eq!(month("mardi"), None);
        assert_eq!(weekday("Mercredi"), Some(Weekday::Wednesday));
        assert!(relative_phrases().count() > 20);
    }

    #[test]
    fn other_languages_only_where_asked() {
        assert_eq!(month("Mei"), None);
        assert_eq!(month_any("Mei"), Some((5, false)));
        assert_eq!(month_any("junio"), Some((6, false)));
        assert_eq!(month_any("ago"), Some((8, true)));
        assert_eq!(month_any("Okt"), Some((10, true)));
        assert_eq!(month_any("dezembro"), Some((12, false)));
        // Full in French, only an abbreviation in Portuguese.
        assert_eq!(month_any("mai"), Some((5, false)));
        assert_eq!(month("may"), None);
        assert_eq!(weekday("Kamis"), None);
        assert_eq!(weekday_any("Kamis"), Some(Weekday::Thursday));
        assert_eq!(weekday_any("quinta-feira"), Some(Weekday::Thursday));
        assert_eq!(weekday_any("Jum’at"), Some(Weekday::Friday));
        assert_eq!(weekday_any("jueves"), Some(Weekday::Thursday));
        assert_eq!(weekday_any("table"), None);
        assert!(time_joiners().any(|p| p == ["a", "las"]));
        assert!(time_joiners().all(|p| !p.is_empty()));
        assert!(pair_joiners().any(|p| p == ["correspondant", "au"]));
    }

    /// The month and weekday look-ups by folded form answer as a scan of
    /// every row of the files, in order, comparing with [`eq_folded`].
    #[test]
    fn look_ups_agree_with_a_scan_of_the_files() {
        let month_rows: Vec<Vec<&str>> = data::rows(data::MONTHS).collect();
        let weekday_rows: Vec<Vec<&str>> = data::rows(data::WEEKDAYS).collect();
        let scan_month = |word: &str, french_only: bool| {
            let mut forms = month_rows
                .iter()
                .filter(|r| (r[3] == "fr" || !french_only) && eq_folded(word, r[0]));
            let first: &Vec<&str> = forms.next()?;
            let full = first[2] != "abbr" || forms.any(|r| r[2] != "abbr");
            Some((first[1].parse::<u8>().ok()?, !full))
        };
        let scan_weekday = |word: &str, french_only: bool| {
            weekday_rows
                .iter()
                .find(|r| (r[2] == "fr" || !french_only) && eq_folded(word, r[0]))
                .and_then(|r| weekday_number(r[1].parse().ok()?))
        };
        let mut words: Vec<String> = Vec::new();
        for r in month_rows.iter().chain(&weekday_rows) {
            let form = r[0];
            words.push(form.to_string());
            words.push(form.to_uppercase());
            words.push(crate::date::capitalized(form));
            words.push(format!("{form}s"));
            words.push(form.chars().skip(1).collect());
        }
        words.extend(["", "le", "Hanoï", "président", "Ꙃ", "İstanbul", "ǅ"].map(String::from));
        for w in &words {
            for french_only in [true, false] {
                assert_eq!(
                    find_month(w, french_only),
                    scan_month(w, french_only),
                    "{w}"
                );
                assert_eq!(
                    find_weekday(w, french_only),
                    scan_weekday(w, french_only),
                    "{w}"
                );
            }
        }
    }
}
