//! `depeche bench`: throughput and peak memory of extraction.

mod corpus;
mod memory;

use crate::args::BenchArgs;
use crate::error::{CliError, Exit};
use crate::glob::Glob;
use crate::inputs::{Inputs, Job};
use crate::output::jsonl;
use crate::pipeline::{Doc, Pool};
use crate::progress::Progress;
use crate::registry;
use depeche_events::Extractor;
use serde::Serialize;
use std::io::Write;
use std::time::Instant;

/// What a benchmark run measured.
#[derive(Debug, Clone, Serialize)]
pub struct Measure {
    /// `generated` or `files`.
    pub corpus: &'static str,
    /// Worker threads.
    pub jobs: usize,
    /// Documents processed.
    pub documents: u64,
    /// Documents that failed.
    pub failed: u64,
    /// Input bytes.
    pub bytes: u64,
    /// Events extracted.
    pub events: u64,
    /// JSON output bytes (discarded).
    pub output_bytes: u64,
    /// Wall-clock seconds spent before the clock starts, on one seed
    /// dispatch that builds the tables every extraction reads (word lists,
    /// name indexes): a one-time cost that would otherwise be charged to
    /// the first documents.
    pub setup_seconds: f64,
    /// Wall-clock seconds.
    pub seconds: f64,
    /// Input megabytes (10^6 bytes) per second.
    pub mb_per_s: f64,
    /// Documents per second.
    pub docs_per_s: f64,
    /// Peak resident set size in bytes, if known.
    pub peak_rss_bytes: Option<u64>,
}

struct Done {
    bytes: u64,
    events: u64,
    output: u64,
    failed: bool,
}

/// Runs `depeche bench`.
pub fn run(a: &BenchArgs) -> Result<Exit, CliError> {
    let glob = Glob::new(&a.corpus.glob).map_err(CliError::Usage)?;
    let registry = registry::load(&a.corpus.registry, &a.corpus.actors)?;
    let extractor = Extractor::new(&registry).with_max_doc_bytes(a.corpus.max_doc_bytes);
    let pool = Pool::new(a.corpus.jobs)?;
    let work = |job: Job| {
        let doc = Doc::process(job, &extractor);
        let events = doc
            .result
            .as_ref()
            .map_or(0, |segs| segs.iter().map(|s| s.events.len() as u64).sum());
        let (line, failed) = jsonl::record(&doc, false);
        Done {
            bytes: doc.bytes as u64,
            events,
            output: line.len() as u64 + 1,
            failed,
        }
    };
    let mut m = Measure {
        corpus: if a.paths.is_empty() {
            "generated"
        } else {
            "files"
        },
        jobs: pool.threads(),
        documents: 0,
        failed: 0,
        bytes: 0,
        events: 0,
        output_bytes: 0,
        setup_seconds: 0.0,
        seconds: 0.0,
        mb_per_s: 0.0,
        docs_per_s: 0.0,
        peak_rss_bytes: None,
    };
    let setup = Instant::now();
    extractor.prepare();
    if let Some(seed) = corpus::Generated::new(1).next() {
        work(seed);
    }
    m.setup_seconds = setup.elapsed().as_secs_f64();
    let start = Instant::now();
    if a.paths.is_empty() {
        // `positive_mb` bounds the value, so the conversion cannot overflow.
        let total = (a.mb * 1e6).round() as u64;
        let progress = Progress::bytes(a.corpus.quiet, total);
        pool.run_ordered(corpus::Generated::new(total), work, |d| {
            progress.inc(d.bytes);
            tally(&mut m, &d);
            Ok(())
        })?;
        progress.finish();
    } else {
        let paths = crate::extract_cmd::input_paths(&a.paths)?;
        let progress = Progress::documents(a.corpus.quiet, || {
            Inputs::new(&paths, glob.clone()).count() as u64
        });
        pool.run_ordered(Inputs::new(&paths, glob), work, |d| {
            progress.inc(1);
            tally(&mut m, &d);
            Ok(())
        })?;
        progress.finish();
    }
    m.seconds = start.elapsed().as_secs_f64();
    if m.seconds > 0.0 {
        m.mb_per_s = m.bytes as f64 / 1e6 / m.seconds;
        m.docs_per_s = m.documents as f64 / m.seconds;
    }
    m.peak_rss_bytes = memory::peak_rss();

    let mut out = std::io::stdout().lock();
    if a.json {
        let line =
            serde_json::to_string(&m).map_err(|e| CliError::Output(std::io::Error::other(e)))?;
        writeln!(out, "{line}")?;
    } else {
        out.write_all(table(&m).as_bytes())?;
    }
    out.flush()?;
    Ok(Exit::from_failures(m.failed as usize))
}

fn tally(m: &mut Measure, d: &Done) {
    m.documents += 1;
    m.bytes += d.bytes;
    m.events += d.events;
    m.output_bytes += d.output;
    if d.failed {
        m.failed += 1;
    }
}

/// The human-readable table.
pub fn table(m: &Measure) -> String {
    let peak = m.peak_rss_bytes.map_or_else(
        || "unknown".to_string(),
        |b| format!("{:.1} MB", b as f64 / 1e6),
    );
    format!(
        "corpus        {}\n\
         jobs          {}\n\
         documents     {} ({} failed)\n\
         input         {:.1} MB\n\
         events        {}\n\
         JSON output   {:.1} MB\n\
         setup         {:.2} s (tables built and one seed dispatch read, not timed)\n\
         time          {:.2} s\n\
         throughput    {:.2} MB/s, {:.0} documents/s\n\
         peak RSS      {}\n",
        m.corpus,
        m.jobs,
        m.documents,
        m.failed,
        m.bytes as f64 / 1e6,
        m.events,
        m.output_bytes as f64 / 1e6,
        m.setup_seconds,
        m.seconds,
        m.mb_per_s,
        m.docs_per_s,
        peak
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_shows_throughput_and_memory() {
        let m = Measure {
            corpus: "generated",
            jobs: 2,
            documents: 1000,
            failed: 0,
            bytes: 3_000_000,
            events: 42,
            output_bytes: 9_000_000,
            setup_seconds: 0.25,
            seconds: 1.5,
            mb_per_s: 2.0,
            docs_per_s: 666.7,
            peak_rss_bytes: None,
        };
        let t = table(&m);
        assert!(
            t.contains("throughput    2.00 MB/s, 667 documents/s"),
            "{t}"
        );
        assert!(t.contains("peak RSS      unknown"), "{t}");
        assert!(t.contains("setup         0.25 s"), "{t}");
        let m = Measure {
            peak_rss_bytes: Some(12_345_678),
            ..m
        };
        assert!(table(&m).contains("peak RSS      12.3 MB"));
    }
}
