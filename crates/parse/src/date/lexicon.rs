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
    form: &'static str,
    /// The first character of `form`, compared before the whole form.
    first: char,
    month: u8,
    abbr: bool,
    french: bool,
}

/// A weekday form: `kamis` → Thursday.
struct WeekdayForm {
    form: &'static str,
    first: char,
    day: Weekday,
    french: bool,
}

struct Tables {
    months: Vec<MonthForm>,
    weekdays: Vec<WeekdayForm>,
    relative: Vec<(Vec<&'static str>, Relative)>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| Tables {
        months: data::rows(data::MONTHS)
            .filter_map(|r| {
                let form = *r.first()?;
                Some(MonthForm {
                    form,
                    first: form.chars().next()?,
                    month: r.get(1)?.parse().ok()?,
                    abbr: *r.get(2)? == "abbr",
                    french: *r.get(3)? == "fr",
                })
            })
            .collect(),
        weekdays: data::rows(data::WEEKDAYS)
            .filter_map(|r| {
                let form = *r.first()?;
                Some(WeekdayForm {
                    form,
                    first: form.chars().next()?,
                    day: weekday_number(r.get(1)?.parse().ok()?)?,
                    french: *r.get(2)? == "fr",
                })
            })
            .collect(),
        relative: data::rows(data::RELATIVE_DATES)
            .filter_map(|r| {
                let words = r.first()?.split(' ').collect();
                Some((words, relative_name(r.get(1)?)?))
            })
            .collect(),
    })
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
    let mut a = word.chars().flat_map(char::to_lowercase).map(|c| match c {
        '\u{2019}' | '\u{2018}' | '\u{02bc}' => '\'',
        c => c,
    });
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
    c.to_lowercase().next().map(|c| match c {
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
    let first = first_folded(word)?;
    let mut forms = tables()
        .months
        .iter()
        .filter(|m| m.first == first && (m.french || !french_only))
        .filter(|m| eq_folded(word, m.form));
    // A form that is a full name in one language stands alone even where
    // another language only abbreviates with it (`mai`).
    let first_match = forms.next()?;
    let full = !first_match.abbr || forms.any(|m| !m.abbr);
    Some((first_match.month, !full))
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
    let first = first_folded(word)?;
    tables()
        .weekdays
        .iter()
        .filter(|w| w.first == first && (w.french || !french_only))
        .find(|w| eq_folded(word, w.form))
        .map(|w| w.day)
}

/// The folded anchor words, and the longest of them in bytes.
struct Anchors {
    words: rustc_hash::FxHashSet<String>,
    longest: usize,
    /// A bit per (first letter, last letter, length) of the ASCII anchors:
    /// most ASCII words are turned away before any lowercasing or hashing.
    ascii_shapes: [u64; SHAPE_WORDS],
}

const SHAPE_WORDS: usize = 64;

/// The bit of an ASCII word's shape in [`Anchors::ascii_shapes`].
fn ascii_shape(word: &[u8]) -> Option<(usize, u64)> {
    let first = usize::from(word.first()?.to_ascii_lowercase());
    let last = usize::from(word.last()?.to_ascii_lowercase());
    let h = (first * 31 + last) * 31 + word.len();
    let bit = h % (SHAPE_WORDS * 64);
    Some((bit / 64, 1u64 << (bit % 64)))
}

fn anchor_words() -> &'static Anchors {
    static WORDS: OnceLock<Anchors> = OnceLock::new();
    WORDS.get_or_init(|| {
        let t = tables();
        let mut set = rustc_hash::FxHashSet::default();
        // Running text is French: other languages' names anchor nothing.
        set.extend(
            t.months
                .iter()
                .filter(|m| m.french)
                .map(|m| fold_anchor(m.form)),
        );
        set.extend(
            t.weekdays
                .iter()
                .filter(|w| w.french)
                .map(|w| fold_anchor(w.form)),
        );
        for (phrase, _) in &t.relative {
            for w in phrase {
                // "l'année" anchors as "année", "aujourd'hui" as "aujourd"
                // and "hui"; articles alone do not anchor.
                for piece in fold_anchor(w).split(|c: char| !c.is_alphanumeric()) {
                    if piece.chars().count() >= 3 && !matches!(piece, "les" | "des" | "une" | "cet")
                    {
                        set.insert(piece.to_string());
                    }
                }
            }
        }
        let longest = set.iter().map(String::len).max().unwrap_or(0);
        let mut ascii_shapes = [0u64; SHAPE_WORDS];
        for w in set.iter().filter(|w| w.is_ascii()) {
            if let Some((i, bit)) = ascii_shape(w.as_bytes()) {
                if let Some(slot) = ascii_shapes.get_mut(i) {
                    *slot |= bit;
                }
            }
        }
        Anchors {
            words: set,
            longest,
            ascii_shapes,
        }
    })
}

/// Whether a word (letters only) is a month, a weekday or a word of a
/// relative phrase: the words a date expression hangs on. `buf` is scratch
/// space, reused across calls to spare an allocation per word.
pub(crate) fn is_anchor_word(word: &str, buf: &mut String) -> bool {
    let anchors = anchor_words();
    buf.clear();
    if word.is_ascii() {
        // An ASCII word lowercases to ASCII: only ASCII anchors can match.
        let known_shape = ascii_shape(word.as_bytes())
            .is_some_and(|(i, bit)| anchors.ascii_shapes.get(i).is_some_and(|s| s & bit != 0));
        if word.len() > anchors.longest || !known_shape {
            return false;
        }
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return anchors.words.contains(buf.as_str());
    }
    for c in word.chars().flat_map(char::to_lowercase) {
        buf.push(c);
        // Lowercasing only ever adds to the buffer: past the longest
        // anchor, no anchor can match.
        if buf.len() > anchors.longest {
            return false;
        }
    }
    anchors.words.contains(buf.as_str())
}

fn fold_anchor(word: &str) -> String {
    word.chars().flat_map(char::to_lowercase).collect()
}

/// Builds every table of this module now (see [`crate::prepare`]).
pub(crate) fn prepare() {
    tables();
    anchor_words();
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

    #[test]
    fn every_anchor_word_anchors_in_any_case() {
        let mut buf = String::new();
        for w in &anchor_words().words {
            assert!(is_anchor_word(w, &mut buf), "{w}");
            assert!(is_anchor_word(&w.to_uppercase(), &mut buf), "{w}");
        }
        for w in ["le", "de", "président", "Hanoï", "visite", "x"] {
            assert!(!is_anchor_word(w, &mut buf), "{w}");
        }
    }
}
