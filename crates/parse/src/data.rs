//! The embedded data files (`data/*.tsv`) and the one way they are read.
//!
//! A data file is UTF-8 text: `#` starts a comment line, blank lines are
//! skipped, columns are separated by tabs.

pub(crate) const WORDS_FR: &str = include_str!("../data/words_fr.tsv");
pub(crate) const WORDS_EXTRA: &str = include_str!("../data/words_extra.tsv");
pub(crate) const SHORT_WORDS: &str = include_str!("../data/short_words.tsv");
pub(crate) const PREFIXES: &str = include_str!("../data/prefixes.tsv");
pub(crate) const AGENCIES: &str = include_str!("../data/agencies.tsv");
pub(crate) const MONTHS: &str = include_str!("../data/months.tsv");
pub(crate) const WEEKDAYS: &str = include_str!("../data/weekdays.tsv");
pub(crate) const TIME_JOINERS: &str = include_str!("../data/time_joiners.tsv");
pub(crate) const PAIR_JOINERS: &str = include_str!("../data/pair_joiners.tsv");
pub(crate) const RELATIVE_DATES: &str = include_str!("../data/relative_dates.tsv");
pub(crate) const ABBREVIATIONS: &str = include_str!("../data/abbreviations.tsv");
pub(crate) const CAMEL_CASE: &str = include_str!("../data/camel_case.tsv");
pub(crate) const BIGRAMS: &str = include_str!("../data/bigrams.tsv");

/// The rows of a data file, each as its tab-separated columns.
pub(crate) fn rows(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    file.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// The first column of every row.
pub(crate) fn first_column(file: &'static str) -> impl Iterator<Item = &'static str> {
    // The word list has 90,000 rows, read on first use: a byte search per
    // line and per tab, and no row of columns.
    let mut rest = file;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        let line = rest.get(..end).unwrap_or(rest).trim_end();
        rest = rest.get(end + 1..).unwrap_or("");
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let tab = memchr::memchr(b'\t', line.as_bytes()).unwrap_or(line.len());
        return Some(line.get(..tab).unwrap_or(line));
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_has_rows_with_the_right_width() {
        for (file, width) in [
            (SHORT_WORDS, 2),
            (MONTHS, 4),
            (WEEKDAYS, 3),
            (RELATIVE_DATES, 2),
            (TIME_JOINERS, 2),
            (PAIR_JOINERS, 2),
        ] {
            let widths: Vec<usize> = rows(file).map(|r| r.len()).collect();
            assert!(!widths.is_empty());
            assert!(widths.iter().all(|&w| w == width), "{widths:?}");
        }
        assert!(first_column(WORDS_FR).count() > 80_000);
        assert!(first_column(AGENCIES).any(|a| a == "VNA"));
    }
}
