//! Parsing throughput on a corpus built from the seed fixtures: the five
//! seeds repeated to about 1 MB, parsed as one input and as separate
//! documents. Run with `cargo bench -p depeche-parse`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const SEEDS: [&str; 5] = [
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/seeds/000_ce7cb7c1a078b6f9.txt"
    )),
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/seeds/001_a1c08a7234309de3.txt"
    )),
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/seeds/002_736024ccf3c9f9dd.txt"
    )),
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/seeds/003_937202ceb36cd35a.txt"
    )),
    include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/seeds/004_e52cb4cd3b8fc08c.txt"
    )),
];

const CORPUS_BYTES: usize = 1 << 20;

fn corpus() -> Vec<&'static str> {
    let mut docs = Vec::new();
    let mut total = 0;
    while total < CORPUS_BYTES {
        for s in SEEDS {
            docs.push(s);
            total += s.len();
        }
    }
    docs
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let joined = docs.join("\n\n");
    // Build the embedded word list once, outside the timing.
    let _ = depeche_parse::parse(SEEDS[3]);

    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("seed documents (1 MB)", |b| {
        b.iter(|| {
            for d in &docs {
                let _ = black_box(depeche_parse::parse(black_box(d)));
            }
        })
    });
    // The same split by kind: clean seeds, and the seed with glued words
    // (the only one that pays for word-evidence lookups).
    let (glued, clean): (Vec<&str>, Vec<&str>) = docs.iter().partition(|d| **d == SEEDS[3]);
    for (name, part) in [("clean seeds", &clean), ("glued seed 003", &glued)] {
        group.throughput(Throughput::Bytes(part.iter().map(|d| d.len() as u64).sum()));
        group.bench_function(name, |b| {
            b.iter(|| {
                for d in part.iter() {
                    let _ = black_box(depeche_parse::parse(black_box(d)));
                }
            })
        });
    }
    group.throughput(Throughput::Bytes(joined.len() as u64));
    group.bench_function("one 1 MB input", |b| {
        b.iter(|| black_box(depeche_parse::parse(black_box(&joined))))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
