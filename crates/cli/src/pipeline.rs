//! Parallel processing with the input order kept and memory bounded.
//!
//! Worker threads take documents one at a time from the (lazy) input stream,
//! extract and render them, and hand the results to the calling thread,
//! which writes them in input order while the workers go on. The calling
//! thread is one of the workers: it takes documents too, and writes what is
//! ready between two of them (with one job, it is the only one). A worker never
//! runs more than a window of documents ahead of the writer, so memory does
//! not grow with the corpus, and no worker waits for a slow document of
//! another (there is no batch to finish).

use crate::error::CliError;
use crate::inputs::Job;
use depeche_events::{ExtractError, Extractor, SegmentResult};
use depeche_output::DocError;
use depeche_parse::ParseError;
use std::collections::VecDeque;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

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
        // A file over the limit is refused from its length alone: reading it
        // would hold its whole size in memory for a record quoting none of it.
        let limit = extractor.max_doc_bytes();
        if let Some(size) = job.file_len().filter(|&size| size > limit) {
            let refusal = ExtractError::from(ParseError::TooLarge { size, limit });
            return Doc {
                source,
                bytes: size,
                result: Err(DocError::from(&refusal)),
            };
        }
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
    threads: usize,
    /// How many documents may be taken ahead of the last one written.
    window: usize,
}

/// The input stream and the writer's progress, shared by the workers.
struct Feed<I> {
    items: I,
    /// Index of the next item to take.
    next: usize,
    /// Number of results the sink has been given.
    written: usize,
    /// No more items are to be taken (input exhausted, sink failed, or a
    /// worker died).
    stop: bool,
}

struct Shared<I> {
    feed: Mutex<Feed<I>>,
    /// Signalled when the writer advances or the run stops.
    room: Condvar,
}

impl<I> Shared<I> {
    fn lock(&self) -> MutexGuard<'_, Feed<I>> {
        self.feed.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn stop(&self) {
        self.lock().stop = true;
        self.room.notify_all();
    }
}

/// Stops the run if its worker (or the calling thread, which works too)
/// unwinds, so that no other worker waits for the result it will never give.
struct StopOnPanic<'a, I>(&'a Shared<I>);

impl<I> Drop for StopOnPanic<'_, I> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

impl Pool {
    /// A pool of `jobs` threads (all cores when `None`).
    pub fn new(jobs: Option<u16>) -> Result<Pool, CliError> {
        let threads = match jobs {
            Some(n) => usize::from(n),
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
        .max(1);
        // Enough documents in flight to keep every worker busy despite
        // uneven document sizes, few enough that the waiting output stays
        // small.
        let window = (threads * 32).clamp(64, 1024);
        Ok(Pool { threads, window })
    }

    /// Number of worker threads.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// Runs `work` on every item on the pool and gives the results to `sink`
    /// in the items' order, on the calling thread. Stops at the first error
    /// of `sink`.
    pub fn run_ordered<I, T, W, S>(&self, items: I, work: W, mut sink: S) -> Result<(), CliError>
    where
        I: Iterator + Send,
        I::Item: Send,
        T: Send,
        W: Fn(I::Item) -> T + Sync,
        S: FnMut(T) -> Result<(), CliError>,
    {
        if self.threads == 1 {
            // One job: the calling thread does the work itself. Handing each
            // result to it from a worker would cost a wake-up of one thread
            // by the other per document, for nothing to overlap.
            for item in items {
                sink(work(item))?;
            }
            return Ok(());
        }
        let shared = Shared {
            feed: Mutex::new(Feed {
                items,
                next: 0,
                written: 0,
                stop: false,
            }),
            room: Condvar::new(),
        };
        let (tx, rx) = mpsc::channel::<(usize, T)>();
        std::thread::scope(|scope| {
            // The calling thread is one of the workers: it extracts too,
            // and writes what is ready between two documents.
            for _ in 1..self.threads {
                let tx = tx.clone();
                let (shared, work) = (&shared, &work);
                scope.spawn(move || self.worker(shared, work, tx));
            }
            drop(tx);
            // Should the calling thread's own work unwind, the workers stop
            // instead of waiting for room it will never make.
            let _guard = StopOnPanic(&shared);
            let mut out = InOrder {
                waiting: VecDeque::new(),
                written: 0,
                outcome: Ok(()),
            };
            loop {
                while let Ok((index, t)) = rx.try_recv() {
                    out.place(index, t, &mut sink, &shared);
                }
                if let Some((index, item)) = self.take(&shared, false) {
                    out.place(index, work(item), &mut sink, &shared);
                    continue;
                }
                // Nothing to take now (the window is full, or the input is
                // done): wait for a worker's result; none comes once every
                // worker has finished.
                match rx.recv() {
                    Ok((index, t)) => out.place(index, t, &mut sink, &shared),
                    Err(_) => break,
                }
            }
            out.outcome
        })
    }

    /// The next item and its index, unless the run stops or the input is
    /// done. When the window is full, waits for the writer (`wait`) or
    /// takes nothing.
    fn take<I: Iterator>(&self, shared: &Shared<I>, wait: bool) -> Option<(usize, I::Item)> {
        let mut feed = shared.lock();
        while !feed.stop && feed.next >= feed.written + self.window {
            if !wait {
                return None;
            }
            feed = shared
                .room
                .wait(feed)
                .unwrap_or_else(PoisonError::into_inner);
        }
        if feed.stop {
            return None;
        }
        let Some(item) = feed.items.next() else {
            feed.stop = true;
            shared.room.notify_all();
            return None;
        };
        feed.next += 1;
        Some((feed.next - 1, item))
    }

    fn worker<I, T, W>(&self, shared: &Shared<I>, work: &W, tx: mpsc::Sender<(usize, T)>)
    where
        I: Iterator,
        W: Fn(I::Item) -> T,
    {
        let _guard = StopOnPanic(shared);
        while let Some((index, item)) = self.take(shared, true) {
            if tx.send((index, work(item))).is_err() {
                return;
            }
        }
    }
}

/// Results put back in input order and given to the sink as soon as all
/// earlier ones were.
struct InOrder<T> {
    /// Results that arrived before an earlier one, by index.
    waiting: VecDeque<Option<T>>,
    /// Number of results the sink has been given.
    written: usize,
    /// The sink's first error, after which results are dropped.
    outcome: Result<(), CliError>,
}

impl<T> InOrder<T> {
    fn place<I, S>(&mut self, index: usize, t: T, sink: &mut S, shared: &Shared<I>)
    where
        S: FnMut(T) -> Result<(), CliError>,
    {
        let slot = index.saturating_sub(self.written);
        if self.waiting.len() <= slot {
            self.waiting.resize_with(slot + 1, || None);
        }
        if let Some(place) = self.waiting.get_mut(slot) {
            *place = Some(t);
        }
        let before = self.written;
        while let Some(Some(_)) = self.waiting.front() {
            let Some(Some(t)) = self.waiting.pop_front() else {
                break;
            };
            self.written += 1;
            if self.outcome.is_ok() {
                self.outcome = sink(t);
                if self.outcome.is_err() {
                    shared.stop();
                }
            }
        }
        if self.written > before {
            shared.lock().written = self.written;
            shared.room.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_kept_across_threads_and_uneven_work() {
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
        for jobs in [1, 2] {
            let pool = Pool::new(Some(jobs)).expect("pool");
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
            assert!(matches!(r, Err(CliError::BrokenPipe)), "{jobs} jobs");
            assert_eq!(n, 3, "{jobs} jobs");
        }
    }

    #[test]
    fn one_job_works_on_the_calling_thread_in_order() {
        let pool = Pool::new(Some(1)).expect("pool");
        let caller = std::thread::current().id();
        let mut seen = Vec::new();
        pool.run_ordered(
            0..100u32,
            |i| (i, std::thread::current().id()),
            |(i, worker)| {
                assert_eq!(worker, caller);
                seen.push(i);
                Ok(())
            },
        )
        .expect("run");
        assert_eq!(seen, (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn workers_never_run_more_than_a_window_ahead_of_the_writer() {
        let pool = Pool::new(Some(2)).expect("pool");
        let taken = std::sync::atomic::AtomicUsize::new(0);
        let items = (0..2000usize).inspect(|_| {
            taken.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        let mut written = 0usize;
        let mut most_ahead = 0usize;
        pool.run_ordered(
            items,
            |i| i,
            |i| {
                assert_eq!(i, written);
                written += 1;
                let ahead = taken.load(std::sync::atomic::Ordering::SeqCst) - written;
                most_ahead = most_ahead.max(ahead);
                Ok(())
            },
        )
        .expect("run");
        assert_eq!(written, 2000);
        assert!(most_ahead <= pool.window, "{most_ahead} > {}", pool.window);
    }

    #[test]
    fn a_panicking_worker_ends_the_run_instead_of_hanging_it() {
        let pool = Pool::new(Some(2)).expect("pool");
        let run = std::panic::catch_unwind(|| {
            pool.run_ordered(
                0..10_000u32,
                |i| {
                    assert!(i != 100, "worker failure");
                    i
                },
                |_| Ok(()),
            )
        });
        assert!(run.is_err());
    }

    #[test]
    fn a_panic_in_the_calling_threads_own_work_ends_the_run() {
        let pool = Pool::new(Some(2)).expect("pool");
        let caller = std::thread::current().id();
        let run = std::panic::catch_unwind(|| {
            pool.run_ordered(
                0..10_000u32,
                |i| {
                    assert!(std::thread::current().id() != caller, "caller failure");
                    i
                },
                |_| Ok(()),
            )
        });
        assert!(run.is_err());
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
