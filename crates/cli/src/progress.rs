//! A progress bar on stderr, only where a person is watching.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

/// More inputs than this get a bar; fewer finish before a bar is useful.
const MIN_DOCUMENTS: u64 = 20;

/// A progress bar that may be absent (quiet, not a terminal, small input).
pub struct Progress(Option<ProgressBar>);

impl Progress {
    /// No bar.
    pub fn hidden() -> Progress {
        Progress(None)
    }

    /// A bar over documents when stderr is a terminal, `quiet` is off and
    /// there are more than 20 documents. `count` is only called when the bar
    /// could be shown, since counting walks the folders once more.
    pub fn documents(quiet: bool, count: impl FnOnce() -> u64) -> Progress {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress::hidden();
        }
        let total = count();
        if total <= MIN_DOCUMENTS {
            return Progress::hidden();
        }
        let bar = ProgressBar::new(total);
        if let Ok(style) = ProgressStyle::with_template(
            "{elapsed_precise} [{wide_bar}] {human_pos}/{human_len} documents ({per_sec}, eta {eta})",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress(Some(bar))
    }

    /// A bar over bytes, for generated corpora.
    pub fn bytes(quiet: bool, total: u64) -> Progress {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress::hidden();
        }
        let bar = ProgressBar::new(total);
        if let Ok(style) = ProgressStyle::with_template(
            "{elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} ({bytes_per_sec}, eta {eta})",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress(Some(bar))
    }

    /// Advances by `n`.
    pub fn inc(&self, n: u64) {
        if let Some(bar) = &self.0 {
            bar.inc(n);
        }
    }

    /// Prints a line on stderr without breaking the bar.
    pub fn message(&self, line: &str) {
        match &self.0 {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
