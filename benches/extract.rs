//! Throughput of the whole pipeline (MB/s): on the bundled sample (always) and on all of
//! ../shared/corpus concatenated (when present).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

fn corpus() -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir).ok()?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let mut all = String::new();
    for f in files {
        all.push_str(&std::fs::read_to_string(f).ok()?);
        all.push('\n');
    }
    (!all.is_empty()).then_some(all)
}

fn bench(c: &mut Criterion) {
    let sample = include_str!("../examples/data/sample_report.txt");
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(sample.len() as u64));
    g.bench_function("sample", |b| b.iter(|| zhreport::parse(std::hint::black_box(sample))));
    match corpus() {
        Some(text) => {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.sample_size(20);
            g.bench_function("corpus", |b| b.iter(|| zhreport::parse(std::hint::black_box(&text))));
        }
        None => eprintln!("note: ../shared/corpus not found; corpus benchmark skipped"),
    }
    g.finish();
}

/// The number core alone, and money + percentages on top of it (scan included), over the corpus
/// (or the sample when the corpus is absent).
fn numbers(c: &mut Criterion) {
    use zhreport::recognize::{money, number, percent};
    let text = corpus().unwrap_or_else(|| include_str!("../examples/data/sample_report.txt").to_string());
    let mut g = c.benchmark_group("numbers");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);
    g.bench_function("scan", |b| b.iter(|| number::scan(std::hint::black_box(&text))));
    g.bench_function("money+percent", |b| {
        b.iter(|| {
            let t = std::hint::black_box(&text);
            let nums = number::scan(t);
            (money::find(t, &nums), percent::find(t, &nums))
        })
    });
    g.finish();
}

criterion_group!(benches, bench, numbers);
criterion_main!(benches);
