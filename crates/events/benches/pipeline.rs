//! The whole pipeline — parse, names, events — over a corpus built from the
//! fixtures (the seeds and the project's own dispatches, repeated to about
//! 1 MB). Run with `cargo bench -p depeche-events --bench pipeline`.
//!
//! Measured under mimalloc, the allocator the `depeche` binary ships with:
//! extraction allocates many small strings and lists per document, and
//! the figure should be the one users of the command get.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use depeche_events::Extractor;
use depeche_names::Registry;
use std::path::Path;

fn fixture_documents() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let mut docs = Vec::new();
    for folder in ["seeds", "dispatches"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        docs.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    docs
}

fn pipeline(c: &mut Criterion) {
    let base = fixture_documents();
    let base_len: usize = base.iter().map(String::len).sum();
    let copies = (1_000_000 / base_len.max(1)).max(1);
    let corpus: Vec<&str> = (0..copies)
        .flat_map(|_| base.iter().map(String::as_str))
        .collect();
    let bytes: usize = corpus.iter().map(|d| d.len()).sum();
    let extractor = Extractor::new(Registry::embedded());
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("fixtures_1mb", |b| {
        b.iter(|| {
            let mut events = 0;
            for doc in &corpus {
                if let Ok(segments) = extractor.extract(doc) {
                    events += segments.iter().map(|s| s.events.len()).sum::<usize>();
                }
            }
            events
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
