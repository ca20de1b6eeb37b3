//! The command line: subcommands, options and their help texts.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// The exit statuses shared by `depeche` and `depeche extract`.
macro_rules! exit_status {
    () => {
        "Exit status:
  0  every document was processed
  1  at least one document failed (its error record is in the output)
  2  usage error: bad options, unreadable registry or gold file"
    };
}

#[cfg(test)]
const EXIT_STATUS: &str = exit_status!();

const MAIN_AFTER: &str = concat!(
    "\
Examples:
  depeche extract fixtures/seeds > events.jsonl
  depeche extract --format tsv fixtures/seeds > events.tsv
  depeche eval --gold fixtures/gold/seeds.jsonl fixtures/seeds
  depeche names 'Kassym-Jomart Tokaïev' 'Nguyên Xuân Thang'
  depeche bench --mb 50 --jobs 2

Country codes are ISO 3166-1 alpha-3 (PLOVER-style: EUR is not used for
Europe), not CAMEO's regional actor codes.

",
    exit_status!()
);

/// Turns French-language diplomatic dispatches into coded, provenance-carrying events.
#[derive(Debug, Parser)]
#[command(name = "depeche", version, about, after_help = MAIN_AFTER)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract events: one JSON line per input document (or TSV, PLOVER records).
    #[command(after_help = EXTRACT_AFTER)]
    Extract(ExtractArgs),
    /// Score extraction against a gold file (docs/EVALUATION.md).
    #[command(after_help = EVAL_AFTER)]
    Eval(EvalArgs),
    /// Show normalization keys and registry resolution of names.
    #[command(after_help = NAMES_AFTER)]
    Names(NamesArgs),
    /// Measure throughput (MB/s, documents/s) and peak memory.
    #[command(after_help = BENCH_AFTER)]
    Bench(BenchArgs),
}

const EXTRACT_AFTER: &str = concat!(
    "\
Inputs are files, folders (searched recursively for files whose name matches
--glob, in path order) or '-' for standard input (the default when no PATH is
given). Every input gives exactly one JSON line, in input order:
  {\"source\": \"<path>\", \"segments\": [...]}                 on success
  {\"source\": \"<path>\", \"error\": {\"kind\", \"message\", \"offset\"}}   on failure
With --format tsv or plover, failed documents are reported on stderr.
Every field of every format is described in docs/OUTPUT.md.

TSV columns: date, source_actor, source_country, event_type, cameo, plover,
target_actor, target_country, location, status, background, file, evidence.
The plover column is the PLOVER type, with its mode after a colon
(CONSULT:visit). Tabs, newlines and backslashes inside fields are written
\\t, \\n and \\\\; several actors are joined with '; ', evidence with ' | '.

Country codes are ISO 3166-1 alpha-3 (PLOVER-style), not CAMEO's regional
actor codes. CAMEO event codes follow CAMEO 1.1b3, PLOVER types the v2.0 manual.

Examples:
  depeche extract fixtures/seeds
  depeche extract --pretty fixtures/seeds/000_ce7cb7c1a078b6f9.txt
  cat dispatch.txt | depeche extract -
  depeche extract --glob '*.fr.txt' --jobs 4 corpus/ > events.jsonl
  depeche extract --format plover --registry my-people.tsv corpus/
  depeche extract --actors Phoenix.Countries.actors.txt corpus/

",
    exit_status!()
);

const EVAL_AFTER: &str = "\
Each gold line names a bare file name; it is matched to the input file with
that name. Gold files missing from the inputs are reported on stderr.

The headline is strict F1 over the main types (VISIT, MEETING, AGREEMENT,
AWARD, INVITATION): a predicted event matches a gold event of the same type
with the same set of countries (actors + location); the match counts as strict
only when the gold persons, date and status are right too. Optional and
background gold events count neither way. Gold format and scoring rules:
docs/EVALUATION.md.

Examples:
  depeche eval --gold fixtures/gold/seeds.jsonl fixtures/seeds
  depeche eval --verbose --gold gold.jsonl corpus/
  depeche eval --json --gold gold.jsonl corpus/ > scores.json
  depeche extract corpus/ > out.jsonl; depeche eval --gold gold.jsonl --predictions out.jsonl

Exit status:
  0  every document was processed and scored
  1  at least one document failed (its gold events count as misses)
  2  usage error: bad options, unreadable registry or gold file";

const NAMES_AFTER: &str = "\
For every name: its normalization key (equal keys, same name), and the registry
entity it resolves to with canonical name, kind, country (ISO 3166-1 alpha-3)
and resolution method.

Examples:
  depeche names 'Kassym-Jomart Tokaïev' Tokayev 'Nguyen Xuan Thang'
  printf 'Loukachenko\\nLukashenko\\n' | depeche names -
  depeche names --json --registry my-people.tsv 'Jane Doe'
  depeche names 'le président algérien Tebboune' 'Senate Speaker Maulen Ashimbayev'
  depeche names --year 1998 'le président Aliyev'
  depeche names --actors Phoenix.Countries.actors.txt 'Abdelaziz Bouteflika'

Titles and honorifics in front of a name (M., Mme, S.E., H.E., Mr, Dr, le
président algérien, Foreign Minister …) are set aside and reported with the
country of their demonym or complement, which picks among persons sharing a
surname. A surname alone resolves only when one registry person (of that
country, plausible in --year) has it; without --year, the name is read as of
now: the one in office now when every other holder has left office.

Exit status:
  0  success
  2  usage error: bad options, unreadable registry file";

const BENCH_AFTER: &str = "\
Without PATH, a corpus of --mb megabytes (10^6 bytes) is generated on the fly
by repeating and mixing the embedded seed dispatches; with PATH, the given
files and folders are used. Each document is extracted and serialized to JSON
(output discarded). The clock starts after every table extraction builds
on first use (word lists, name matchers and indexes) has been built and one
seed dispatch extracted; that setup is reported on its own. Peak memory is the process's VmHWM
(Linux), else unknown.

Examples:
  depeche bench
  depeche bench --mb 200 --jobs 1
  depeche bench --json corpus/

Exit status:
  0  success
  1  at least one document failed
  2  usage error";

/// Options shared by the commands that read a corpus.
#[derive(Debug, Args, Clone)]
pub struct CorpusArgs {
    /// File-name pattern for files found in folders (`*`, `?`, `[a-z]`).
    #[arg(long, value_name = "PATTERN", default_value = "*.txt")]
    pub glob: String,
    /// Registry file with extra entries; repeat to load several.
    #[arg(long, value_name = "FILE")]
    pub registry: Vec<PathBuf>,
    /// CAMEO actors or agents dictionary (TABARI/PETRARCH `.actors`
    /// format) loaded as extra entries; repeat to load several.
    #[arg(long, value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Worker threads [default: all cores].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// No progress bar.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Largest document to process, in bytes or with a unit (`64MiB`,
    /// `500KB`); a larger one gets an error record of kind `too_large` and
    /// the run goes on with the next document.
    #[arg(long, value_name = "SIZE", default_value = "16MiB", value_parser = byte_size)]
    pub max_doc_bytes: usize,
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON line per document (fields: docs/OUTPUT.md).
    Jsonl,
    /// One tab-separated row per event, with a header row.
    Tsv,
    /// One PLOVER-style JSON record per event.
    Plover,
}

/// `depeche extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files, folders, or `-` for standard input [default: -].
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Indented JSON for reading (one record spans several lines).
    #[arg(long)]
    pub pretty: bool,
    /// Corpus options.
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

/// `depeche eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold annotations (JSON Lines, format: docs/EVALUATION.md).
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// Files and folders to extract and score.
    #[arg(value_name = "PATH", required_unless_present = "predictions")]
    pub paths: Vec<PathBuf>,
    /// Score a saved `depeche extract` output (JSON Lines) instead of
    /// extracting; its `source` file names are matched to the gold.
    #[arg(long, value_name = "FILE", conflicts_with = "paths")]
    pub predictions: Option<PathBuf>,
    /// Print one JSON object with all figures.
    #[arg(long)]
    pub json: bool,
    /// List misses, false events and partial matches per file.
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// Corpus options.
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

/// `depeche names`.
#[derive(Debug, Args)]
pub struct NamesArgs {
    /// Names to look up, or `-` to read one per line from standard input.
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
    /// One JSON object per name.
    #[arg(long)]
    pub json: bool,
    /// Registry file with extra entries; repeat to load several.
    #[arg(long, value_name = "FILE")]
    pub registry: Vec<PathBuf>,
    /// CAMEO actors or agents dictionary (TABARI/PETRARCH `.actors`
    /// format) loaded as extra entries; repeat to load several.
    #[arg(long, value_name = "FILE")]
    pub actors: Vec<PathBuf>,
    /// Year of the dispatch: a surname shared by several persons resolves
    /// to the one plausible or in office then.
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(1000..3000))]
    pub year: Option<i32>,
}

/// `depeche bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Corpus files and folders [default: a generated corpus].
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Size of the generated corpus in megabytes (10^6 bytes); fractions allowed.
    #[arg(long, value_name = "N", default_value_t = 10.0, value_parser = positive_mb)]
    pub mb: f64,
    /// Print one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Corpus options.
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

/// A corpus size: a positive, finite number of megabytes.
fn positive_mb(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() && x > 0.0 && x <= 1e9 => Ok(x),
        _ => Err(format!(
            "{s:?} is not a size in megabytes (a number above 0)"
        )),
    }
}

/// A size in bytes: a number, optionally followed by `KB`/`MB`/`GB`
/// (powers of 1000) or `KiB`/`MiB`/`GiB` (powers of 1024).
fn byte_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" | "k" => 1_000,
        "mb" | "m" => 1_000_000,
        "gb" | "g" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "{s:?}: unknown unit (use KB, MB, GB, KiB, MiB or GiB)"
            ))
        }
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(factor))
        .filter(|&n| n > 0)
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| format!("{s:?} is not a size in bytes above 0 (e.g. 16MiB)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn byte_sizes_read_units() {
        assert_eq!(byte_size("16MiB"), Ok(16 * 1024 * 1024));
        assert_eq!(byte_size("64 MiB"), Ok(64 * 1024 * 1024));
        assert_eq!(byte_size("500KB"), Ok(500_000));
        assert_eq!(byte_size("1048576"), Ok(1_048_576));
        assert!(byte_size("0").is_err());
        assert!(byte_size("12 parsecs").is_err());
        assert!(byte_size("MiB").is_err());
        assert!(byte_size("99999999999999999999GiB").is_err());
    }

    #[test]
    fn command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn help_documents_exit_status_and_country_codes() {
        assert!(MAIN_AFTER.contains(EXIT_STATUS));
        assert!(EXTRACT_AFTER.contains(EXIT_STATUS));
        assert!(EXTRACT_AFTER.contains("ISO 3166-1 alpha-3"));
        assert!(MAIN_AFTER.contains("ISO 3166-1 alpha-3"));
    }

    #[test]
    fn corpus_size_is_positive() {
        assert_eq!(positive_mb("0.5"), Ok(0.5));
        assert_eq!(positive_mb("200"), Ok(200.0));
        for bad in ["0", "-1", "NaN", "inf", "x", ""] {
            assert!(positive_mb(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn jobs_zero_is_rejected() {
        let r = Cli::try_parse_from(["depeche", "extract", "--jobs", "0", "x"]);
        assert!(r.is_err());
        let r = Cli::try_parse_from(["depeche", "extract", "-j", "2", "x"]);
        assert!(r.is_ok());
    }
}
