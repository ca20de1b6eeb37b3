//! Linear time: the throughput of each stage (parse, name detection, the
//! whole pipeline) on 1 KB, 100 KB and 10 MB of the same dispatch-like text
//! should stay within a small factor; a stage whose bytes per second fall
//! as the input grows is super-linear somewhere. A last group runs the
//! parser and the pipeline on 2 MB and 20 MB inputs with no line break at
//! all, the shape of a scraped page whose line ends were lost.
//!
//! Run with `cargo bench -p depeche-events --bench linear` (a few minutes).

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use depeche_events::Extractor;
use depeche_names::Registry;
use std::hint::black_box;
use std::time::Duration;

/// One dispatch of about 1 KB, with the usual furniture: header, dateline,
/// photo credit, a related link and a signature, so that repeating it gives
/// a realistic archive of concatenated dispatches.
const UNIT: &str = " date 2025-05 Le président kazakh en visite d'État au Vietnam\n\n\
Photo : VNA/CVN\n\n\
Hanoï, 12 mai (VNA) – Le secrétaire général Tô Lâm s’est entretenu lundi à Hanoï avec \
le président kazakh Kassym-Jomart Tokaïev, en visite d’État au Vietnam du 11 au 13 mai.\n\n\
Les deux dirigeants ont signé un mémorandum de coopération dans le domaine de l'énergie \
et ont affirmé leur volonté de porter le partenariat stratégique à un niveau supérieur.\n\n\
Le Premier ministre Phạm Minh Chính a reçu ensuite la délégation kazakhe. Le président \
Tokaïev a invité le dirigeant vietnamien à effectuer une visite au Kazakhstan en 2026, \
invitation acceptée avec plaisir.\n\n\
>> Le Vietnam et le Kazakhstan renforcent leur coopération commerciale\n\n\
VNA/CVN\n";

/// `UNIT` repeated to about `bytes` bytes (at least once).
fn text_of(bytes: usize) -> String {
    UNIT.repeat((bytes / UNIT.len()).max(1))
}

const SIZES: [(&str, usize); 3] = [("1KB", 1_000), ("100KB", 100_000), ("10MB", 10_000_000)];

fn configure(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    // Each sample of the large inputs is one run: no point in batching.
    group.sampling_mode(SamplingMode::Flat);
}

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("linear/parse");
    configure(&mut group);
    for (name, size) in SIZES {
        let text = text_of(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| depeche_parse::parse(black_box(text)).map(|d| d.segments.len()))
        });
    }
    group.finish();
}

fn detect(c: &mut Criterion) {
    let registry = Registry::embedded();
    let mut group = c.benchmark_group("linear/detect");
    configure(&mut group);
    for (name, size) in SIZES {
        let text = text_of(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| registry.detect(black_box(text)).len())
        });
    }
    group.finish();
}

fn pipeline(c: &mut Criterion) {
    let extractor = Extractor::new(Registry::embedded());
    let mut group = c.benchmark_group("linear/pipeline");
    configure(&mut group);
    for (name, size) in SIZES {
        let text = text_of(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| {
                extractor
                    .extract_bytes(black_box(text.as_bytes()))
                    .map(|segments| segments.iter().map(|s| s.events.len()).sum::<usize>())
            })
        });
    }
    group.finish();
}

fn single_line(c: &mut Criterion) {
    // The dispatch with every line end turned into a space: one line, one
    // segment, the same story told thousands of times. Everything that grows
    // with the segment (deduplication, discourse lookups) shows here.
    // The 20 MB line is over the default per-document limit: without a
    // larger one the bench would only time the `too_large` refusal.
    let extractor = Extractor::new(Registry::embedded()).with_max_doc_bytes(64 << 20);
    let mut group = c.benchmark_group("linear/single_line");
    configure(&mut group);
    for (name, size) in [("2MB", 2_000_000), ("20MB", 20_000_000)] {
        let line = text_of(size).replace(['\n', '\r'], " ");
        group.throughput(Throughput::Bytes(line.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", name), &line, |b, line| {
            b.iter(|| depeche_parse::parse(black_box(line)).map(|d| d.segments.len()))
        });
        group.bench_with_input(BenchmarkId::new("pipeline", name), &line, |b, line| {
            b.iter(|| {
                extractor
                    .extract(black_box(line))
                    .map(|segments| segments.iter().map(|s| s.events.len()).sum::<usize>())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, parse, detect, pipeline, single_line);
criterion_main!(benches);
