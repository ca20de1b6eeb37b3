//! `depeche extract`: documents in, one record per document (or per event) out.

use crate::args::{ExtractArgs, Format};
use crate::error::{CliError, Exit};
use crate::glob::Glob;
use crate::inputs::Inputs;
use crate::output::{render, tsv};
use crate::pipeline::{Doc, Pool};
use crate::progress::Progress;
use crate::registry;
use depeche_events::Extractor;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

/// The inputs to read: the paths given, or standard input. Standard input
/// can be read only once.
pub fn input_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    if paths.is_empty() {
        return Ok(vec![PathBuf::from("-")]);
    }
    if paths.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        return Err(CliError::Usage(
            "standard input ('-') can be given only once".into(),
        ));
    }
    Ok(paths.to_vec())
}

/// Runs `depeche extract`.
pub fn run(a: &ExtractArgs) -> Result<Exit, CliError> {
    let glob = Glob::new(&a.corpus.glob).map_err(CliError::Usage)?;
    let paths = input_paths(&a.paths)?;
    let registry = registry::load(&a.corpus.registry, &a.corpus.actors)?;
    let extractor = Extractor::new(&registry).with_max_doc_bytes(a.corpus.max_doc_bytes);
    let pool = Pool::new(a.corpus.jobs)?;
    let progress = Progress::documents(a.corpus.quiet, || {
        Inputs::new(&paths, glob.clone()).count() as u64
    });

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if a.format == Format::Tsv {
        out.write_all(tsv::header().as_bytes())?;
    }
    let (format, pretty) = (a.format, a.pretty);
    let mut failures = 0usize;
    pool.run_ordered(
        Inputs::new(&paths, glob),
        |job| render(format, pretty, Doc::process(job, &extractor)),
        |r| {
            progress.inc(1);
            if r.failed {
                failures += 1;
            }
            if let Some(msg) = &r.failure {
                progress.message(&format!("depeche: {msg}"));
            }
            r.write_to(&mut out, format, pretty)?;
            Ok(())
        },
    )?;
    out.flush()?;
    progress.finish();
    Ok(Exit::from_failures(failures))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdin_is_the_default_and_only_once() {
        assert_eq!(input_paths(&[]).expect("ok"), vec![PathBuf::from("-")]);
        let two = [PathBuf::from("-"), PathBuf::from("-")];
        assert!(matches!(input_paths(&two), Err(CliError::Usage(_))));
        let some = [PathBuf::from("a"), PathBuf::from("-")];
        assert_eq!(input_paths(&some).expect("ok").len(), 2);
    }
}
