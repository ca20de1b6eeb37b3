//! `depeche eval`: extraction scored against gold annotations (rules:
//! docs/EVALUATION.md).
//!
//! Predictions come from running extraction on the inputs, or from a saved
//! `depeche extract` output (`--predictions`), so that two versions' outputs
//! can be scored without re-running them.

pub mod gold;
pub mod persons;
pub mod predictions;
pub mod report;
pub mod score;

use crate::args::EvalArgs;
use crate::error::{CliError, Exit};
use crate::glob::Glob;
use crate::inputs::Inputs;
use crate::pipeline::{Doc, Pool};
use crate::progress::Progress;
use crate::registry;
use depeche_events::Extractor;
use gold::GoldFile;
use report::Report;
use score::{score_file, Predicted};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::Path;

/// One input's predictions, ready to score.
pub struct Input {
    /// The `source` of the input.
    pub source: String,
    /// Whether extraction failed (its gold events then count as misses).
    pub failed: bool,
    /// Every predicted event.
    pub events: Vec<Predicted>,
    /// The dispatch date found for the first segment.
    pub dispatch_date: Option<String>,
}

/// Scores inputs as they come and gathers the report.
struct Collector<'g> {
    by_name: HashMap<&'g str, &'g GoldFile>,
    seen: HashSet<String>,
    verbose: bool,
    report: Report,
}

impl<'g> Collector<'g> {
    fn new(golds: &'g [GoldFile], gold_path: &Path, verbose: bool) -> Collector<'g> {
        Collector {
            by_name: golds.iter().map(|g| (g.file.as_str(), g)).collect(),
            seen: HashSet::new(),
            verbose,
            report: Report {
                gold_path: gold_path.display().to_string(),
                ..Report::default()
            },
        }
    }

    /// Scores one input; `warn` prints a warning.
    fn add(&mut self, input: Input, warn: impl Fn(&str)) {
        if input.failed {
            self.report.failed.push(input.source.clone());
        }
        let name = Path::new(&input.source)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        let gold = name.as_deref().and_then(|n| self.by_name.get(n).copied());
        let (Some(name), Some(gold)) = (name, gold) else {
            warn(&format!(
                "depeche: warning: {} has no gold record; not scored",
                input.source
            ));
            self.report.unscored.push(input.source);
            return;
        };
        if !self.seen.insert(name) {
            warn(&format!(
                "depeche: warning: {} has the same file name as an earlier input; not scored twice",
                input.source
            ));
            return;
        }
        let mut score = score_file(gold, &input.events);
        score::score_dispatch_date(&mut score, gold, input.dispatch_date.as_deref());
        self.report.totals.add(&score);
        if self.verbose {
            self.report.files.push(score);
        }
    }

    /// The report, with gold files never seen listed and warned about.
    fn finish(mut self, golds: &[GoldFile]) -> Report {
        for g in golds {
            if !self.seen.contains(&g.file) {
                eprintln!(
                    "depeche: warning: {} is in the gold file but not among the inputs",
                    g.file
                );
                self.report.missing.push(g.file.clone());
            }
        }
        self.report
    }
}

/// Runs `depeche eval`.
pub fn run(a: &EvalArgs) -> Result<Exit, CliError> {
    let glob = Glob::new(&a.corpus.glob).map_err(CliError::Usage)?;
    let golds = gold::load(&a.gold).map_err(CliError::Usage)?;
    let mut collector = Collector::new(&golds, &a.gold, a.verbose);
    match &a.predictions {
        Some(path) => {
            for input in predictions::load(path).map_err(CliError::Usage)? {
                collector.add(input, |w| eprintln!("{w}"));
            }
        }
        None => extract_and_collect(a, glob, &mut collector)?,
    }
    let rep = collector.finish(&golds);

    let mut out = std::io::stdout().lock();
    if a.json {
        writeln!(out, "{}", report::json(&rep, a.verbose))?;
    } else {
        out.write_all(report::text(&rep, a.verbose).as_bytes())?;
    }
    out.flush()?;
    Ok(Exit::from_failures(rep.failed.len()))
}

fn extract_and_collect(
    a: &EvalArgs,
    glob: Glob,
    collector: &mut Collector<'_>,
) -> Result<(), CliError> {
    let registry = registry::load(&a.corpus.registry, &a.corpus.actors)?;
    let extractor = Extractor::new(&registry).with_max_doc_bytes(a.corpus.max_doc_bytes);
    let pool = Pool::new(a.corpus.jobs)?;
    let paths = crate::extract_cmd::input_paths(&a.paths)?;
    let progress = Progress::documents(a.corpus.quiet, || {
        Inputs::new(&paths, glob.clone()).count() as u64
    });
    pool.run_ordered(
        Inputs::new(&paths, glob),
        |job| {
            let doc = Doc::process(job, &extractor);
            match &doc.result {
                Ok(segs) => Input {
                    events: segs
                        .iter()
                        .flat_map(|s| &s.events)
                        .map(Predicted::from_event)
                        .collect(),
                    dispatch_date: segs
                        .first()
                        .and_then(|s| s.dispatch.date)
                        .map(|d| d.to_string()),
                    failed: false,
                    source: doc.source,
                },
                Err(_) => Input {
                    source: doc.source,
                    failed: true,
                    events: Vec::new(),
                    dispatch_date: None,
                },
            }
        },
        |input| {
            progress.inc(1);
            collector.add(input, |w| progress.message(w));
            Ok(())
        },
    )?;
    progress.finish();
    Ok(())
}
