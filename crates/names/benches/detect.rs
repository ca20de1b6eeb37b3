//! Detection + resolution throughput over the fixtures corpus, registry
//! start-up, and name resolution.
//!
//! Run with `cargo bench -p depeche-names --bench detect`.
//!
//! Measured under mimalloc, the allocator the `depeche` binary ships with:
//! detection allocates a few small strings per mention, and the figure
//! should be the one users of the command get.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use depeche_names::{key, Registry};
use std::path::PathBuf;

/// Every dispatch under `fixtures/seeds` and `fixtures/dispatches`.
fn corpus() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let mut docs = Vec::new();
    for dir in ["seeds", "dispatches"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        docs.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    docs
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let registry = Registry::embedded();
    // Build the lazily made fuzzy index before measuring detection.
    let _ = registry.resolve("Kazakhtan");

    let mut g = c.benchmark_group("detect");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("fixtures corpus", |b| {
        b.iter(|| docs.iter().map(|d| registry.detect(d).len()).sum::<usize>())
    });
    g.finish();

    // One long text: detection stays linear in its size.
    let long: String = docs
        .iter()
        .cycle()
        .take(docs.len() * 30)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut g = c.benchmark_group("detect long");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(long.len() as u64));
    g.bench_function("corpus x30 as one text", |b| {
        b.iter(|| registry.detect(&long).len())
    });
    g.finish();

    let mut g = c.benchmark_group("detect");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("titles only", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| registry.titles().detect(d).len())
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("registry");
    g.sample_size(20);
    g.bench_function("start-up (build embedded)", |b| {
        b.iter_with_large_drop(Registry::build_embedded)
    });
    g.bench_function("first key lookup (builds the key tables)", |b| {
        b.iter_batched(
            Registry::build_embedded,
            |r| r.resolve("Karin Erlan").is_some(),
            BatchSize::LargeInput,
        )
    });
    g.bench_function("first fuzzy lookup (builds its index)", |b| {
        b.iter_batched(
            || {
                let r = Registry::build_embedded();
                let _ = r.resolve("Karin Erlan");
                r
            },
            |r| r.resolve("Kazakhtan").is_some(),
            BatchSize::LargeInput,
        )
    });
    g.finish();

    let names = [
        "Kassym-Jomart Tokaïev",
        "Karin Erlan",
        "A. Bakayev",
        "Alexandre Loukachenko",
        "Nguyên Xuân Thang",
        "Loukachenko",
        "Jean Dupont",
    ];
    let mut g = c.benchmark_group("names");
    g.throughput(Throughput::Elements(names.len() as u64));
    g.bench_function("resolve", |b| {
        b.iter(|| {
            names
                .iter()
                .filter(|n| registry.resolve(n).is_some())
                .count()
        })
    });
    g.bench_function("key", |b| {
        b.iter(|| names.iter().map(|n| key(n).len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
