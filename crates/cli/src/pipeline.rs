//! Parallel processing with the input order kept and memory bounded.
//!
//! Documents are taken from the (lazy) input stream in batches; a batch is
//! extracted and rendered on the worker pool, then handed to the writer in
//! input order. Only one batch is in memory at a time, so memory does not grow
//! with the corpus.

use crate::error::CliError;
use crate::inputs::Job;
use depeche_events::{Extractor, SegmentResult};
use depeche_output::DocError;
use rayon::prelude::*;

/// One processed document.
#[derive(Debug)]
pub struct Doc {
    /// The `source` of the output record.
    pub source: String,
    /// Size of the input in bytes (0 when it could not be read).
    pub bytes: usize,
    /// The segments, or why the document failed.
    pub result: Result<Vec<SegmentResult>, DocError>,
}

impl Doc {
    /// Reads and extracts one document.
    pub fn process(job: Job, extractor: &Extractor<'_>) -> Doc {
        let source = job.source().to_string();
        match job.load() {
            Ok(bytes) => Doc {
                source,
                bytes: bytes.len(),
                result: extractor
                    .extract_bytes(&bytes)
                    .map_err(|e| DocError::from(&e)),
            },
            Err(error) => Doc {
                source,
                bytes: 0,
                result: Err(error),
            },
        }
    }
}

/// A worker pool that keeps output in input order.
pub struct Pool {
    pool: rayon::ThreadPool,
    batch: usize,
}

impl Pool {
    /// A pool of `jobs` threads (all cores when `None`).
    pub fn new(jobs: Option<u16>) -> Result<Pool, CliError> {
        let threads = match jobs {
            Some(n) => usize::from(n),
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| CliError::Usage(format!("cannot start {threads} worker threads: {e}")))?;
        // Enough documents per batch to keep every worker busy despite uneven
        // document sizes, few enough that a batch's output stays small.
        let batch = (threads * 32).clamp(64, 1024);
        Ok(Pool { pool, batch })
    }

    /// Number of worker threads.
    pub fn threads(&self) -> usize {
        self.pool.current_num_threads()
    }

    /// Runs `work` on every item on the pool and gives the results to `sink`
    /// in the items' order. Stops at the first error of `sink`.
    pub fn run_ordered<I, T, W, S>(&self, items: I, work: W, mut sink: S) -> Result<(), CliError>
    where
        I: Iterator,
        I::Item: Send,
        T: Send,
        W: Fn(I::Item) -> T + Sync,
        S: FnMut(T) -> Result<(), CliError>,
    {
        let mut items = items.peekable();
        while items.peek().is_some() {
            let batch: Vec<I::Item> = items.by_ref().take(self.batch).collect();
            let done: Vec<T> = self
                .pool
                .install(|| batch.into_par_iter().map(&work).collect());
            for t in done {
                sink(t)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_kept_across_batches_and_threads() {
        let pool = Pool::new(Some(2)).expect("pool");
        let mut seen = Vec::new();
        pool.run_ordered(
            0..1000u32,
            |i| {
                // Uneven work so that completion order differs from input order.
                let spin = (1000 - i) % 7;
                (0..spin * 1000).fold(i, |a, b| a.wrapping_add(b % 2)) - spin * 500
            },
            |v| {
                seen.push(v);
                Ok(())
            },
        )
        .expect("run");
        assert_eq!(seen, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn sink_error_stops_the_run() {
        let pool = Pool::new(Some(1)).expect("pool");
        let mut n = 0;
        let r = pool.run_ordered(
            0..10_000u32,
            |i| i,
            |_| {
                n += 1;
                if n == 3 {
                    Err(CliError::BrokenPipe)
                } else {
                    Ok(())
                }
            },
        );
        assert!(matches!(r, Err(CliError::BrokenPipe)));
        assert_eq!(n, 3);
    }

    #[test]
    fn invalid_utf8_is_an_error_with_offset() {
        let reg = depeche_names::Registry::default();
        let ex = Extractor::new(&reg);
        let doc = Doc::process(
            Job::Bytes {
                source: "x".into(),
                bytes: b"ab\xffcd".to_vec(),
            },
            &ex,
        );
        assert_eq!(doc.bytes, 5);
        let err = doc.result.expect_err("must fail");
        assert_eq!(err.kind, "invalid_utf8");
        assert_eq!(err.offset, Some(2));
    }
}
