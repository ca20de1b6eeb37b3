//! The embedded data files (`data/*.tsv`) and the one way they are read.
//!
//! A data file is UTF-8 text: `#` starts a comment line, blank lines are
//! skipped, columns are separated by tabs. Every row has the file's number
//! of columns and every closed column (a cue's kind, a group's `own`) one
//! of its known values: a row that does not is a [`DataError`] naming the
//! file and the line, never skipped. The test below reads every file, so a
//! malformed row fails the build's tests; at run time the loaders of the
//! other modules take the rows of a file that read cleanly (an error there
//! would be a defect those tests catch, and no rows is the safe fallback).

/// One embedded data file.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DataFile {
    /// The file's name under `data/`, for errors.
    pub name: &'static str,
    /// Its text.
    pub text: &'static str,
}

macro_rules! data_files {
    ($($(#[$doc:meta])* $constant:ident = $file:literal,)*) => {
        $($(#[$doc])* pub(crate) const $constant: DataFile = DataFile {
            name: $file,
            text: include_str!(concat!("../data/", $file)),
        };)*

        /// Every data file of the crate.
        #[cfg(test)]
        const ALL: &[DataFile] = &[$($constant,)*];
    };
}

data_files! {
    /// Trigger patterns (read by [`crate::lexicon::Lexicon`]).
    TRIGGERS = "triggers.tsv",
    /// Status cue words and their kind.
    CUES = "cues.tsv",
    /// Group head nouns and whether the group is one's own.
    GROUPS = "groups.tsv",
    /// Role descriptions and the role they name.
    DESCRIPTIONS = "descriptions.tsv",
    /// Family names distinctive of a country.
    SURNAMES = "surnames.tsv",
    /// Verbs that report speech.
    SPEECH_VERBS = "speech_verbs.tsv",
    /// Phrases linking a sentence to its story.
    STORY_LINKS = "story_links.tsv",
    /// Words of lists of envoys presenting credentials.
    ENVOYS = "envoys.tsv",
    /// Plural nouns naming the two sides after "les deux".
    BOTH_SIDES = "both_sides.tsv",
    /// National orders whose name says which state confers them.
    ORDERS = "orders.tsv",
    /// Bodies whose sessions always meet at one seat, and its country.
    SEATS = "seats.tsv",
    /// Phrases of several words a trigger's one-word gap also stands for.
    ADVERBIALS = "adverbials.tsv",
}

/// A malformed row of a data file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("data/{file}:{line}: {message}")]
pub(crate) struct DataError {
    /// The file's name under `data/`.
    pub file: &'static str,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl DataFile {
    /// The data rows with their 1-based line numbers.
    fn lines(self) -> impl Iterator<Item = (usize, &'static str)> {
        self.text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
    }

    /// An error at `line` of this file.
    pub fn error(self, line: usize, message: String) -> DataError {
        DataError {
            file: self.name,
            line,
            message,
        }
    }

    /// The rows of a two-column file, the second column read by `value`
    /// (`None` for a value it does not know).
    pub fn pairs_with<T>(
        self,
        value: impl Fn(&'static str) -> Option<T>,
    ) -> Result<Vec<(&'static str, T)>, DataError> {
        self.lines()
            .map(|(line, l)| {
                let cols: Vec<&'static str> = l.split('\t').collect();
                let [key, raw] = cols.as_slice() else {
                    return Err(self.error(
                        line,
                        format!("expected 2 tab-separated columns, found {}", cols.len()),
                    ));
                };
                let parsed =
                    value(raw).ok_or_else(|| self.error(line, format!("unknown value {raw:?}")))?;
                Ok((*key, parsed))
            })
            .collect()
    }

    /// The rows of a two-column file whose second column is free text.
    pub fn pairs(self) -> Result<Vec<(&'static str, &'static str)>, DataError> {
        self.pairs_with(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_reads_without_error() {
        for file in ALL {
            let read = match file.name {
                "triggers.tsv" => crate::lexicon::Lexicon::from_tsv(file.text, file.name)
                    .map(|l| l.len())
                    .map_err(|e| e.to_string()),
                "cues.tsv" => crate::status::read_cues()
                    .map(|c| c.len())
                    .map_err(|e| e.to_string()),
                "groups.tsv" => crate::analysis::read_groups()
                    .map(|g| g.len())
                    .map_err(|e| e.to_string()),
                "envoys.tsv" => crate::envoys::read_envoy_words()
                    .map(|w| w.len())
                    .map_err(|e| e.to_string()),
                "story_links.tsv" => crate::story::read_links()
                    .map(|l| l.len())
                    .map_err(|e| e.to_string()),
                _ => file.pairs().map(|p| p.len()).map_err(|e| e.to_string()),
            };
            assert!(matches!(read, Ok(n) if n > 0), "{}: {read:?}", file.name);
        }
    }

    #[test]
    fn trigger_words_are_written_folded() {
        // Patterns match folded text: an accented word ("reçu") never would.
        for (line, row) in TRIGGERS.lines() {
            let pattern = row.split('\t').next().unwrap_or_default();
            for atom in pattern.split([' ', '|']) {
                let word = atom.trim_end_matches('*');
                assert_eq!(
                    crate::tokens::fold_word(word),
                    word,
                    "data/triggers.tsv:{line}: {atom:?} is not folded"
                );
            }
        }
    }

    #[test]
    fn a_malformed_row_is_an_error_naming_file_and_line() {
        let file = DataFile {
            name: "example.tsv",
            text: "# comment\nword\tkind\nno tab here\n",
        };
        let err = file.pairs().unwrap_err();
        assert_eq!(
            err.to_string(),
            "data/example.tsv:3: expected 2 tab-separated columns, found 1"
        );
        let err = file.pairs_with(|_| None::<()>).unwrap_err();
        assert_eq!(
            err.to_string(),
            "data/example.tsv:2: unknown value \"kind\""
        );
    }
}
