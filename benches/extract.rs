//! Throughput (MB/s) of the pipeline and of each stage alone, against a floor: one regex pass
//! counting runs of numeral characters, the least work any extractor must do. Run on the
//! bundled sample (always) and on all of ../shared/corpus concatenated (when present); the
//! `scaling` group parses the corpus repeated 1×, 4× and 16× (throughput must stay flat).
//!
//! The `adversarial` group times hostile inputs (a 20 MB single line, 1 MB of digits, …) so that
//! their time bound is measured, not asserted by a timed test.
//!
//! `cargo bench` (all groups), `cargo bench -- floor|parse` (the headline ratio).

use criterion::measurement::WallTime;
use criterion::{
    criterion_group, criterion_main, BatchSize, BenchmarkGroup, Criterion, SamplingMode, Throughput,
};
use regex::Regex;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;
use zhreport::stages;

fn corpus() -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let mut all = String::new();
    for f in files {
        all.push_str(&std::fs::read_to_string(f).ok()?);
        all.push('\n');
    }
    (!all.is_empty()).then_some(all)
}

/// The inputs: (name, text). The corpus is skipped with a note when absent.
fn inputs() -> Vec<(&'static str, String)> {
    let mut v = vec![(
        "sample",
        include_str!("../examples/data/sample_report.txt").to_string(),
    )];
    match corpus() {
        Some(text) => v.push(("corpus", text)),
        None => eprintln!("note: ../shared/corpus not found; corpus benchmarks skipped"),
    }
    v
}

fn quick(g: &mut BenchmarkGroup<'_, WallTime>, bytes: usize) {
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(2));
}

/// [`quick`], with three times the samples and measuring time: for the floor and parse of the
/// corpus, whose ratio is the headline figure. On a shared 2-core machine a 2-second
/// measurement of a 13 ms parse moved by ±10% from run to run; a longer one averages over the
/// slow spells.
fn steady(g: &mut BenchmarkGroup<'_, WallTime>, bytes: usize) {
    quick(g, bytes);
    g.sample_size(30);
    g.measurement_time(Duration::from_secs(6));
}

fn floor_and_parse(c: &mut Criterion) {
    let numerals = Regex::new("[0-9０-９〇零一二两三四五六七八九十百千万亿]+").unwrap();
    for (name, text) in inputs() {
        let settings = if name == "corpus" { steady } else { quick };
        let mut g = c.benchmark_group("floor");
        settings(&mut g, text.len());
        g.bench_function(name, |b| {
            b.iter(|| numerals.find_iter(black_box(&text)).count())
        });
        g.finish();
        let mut g = c.benchmark_group("parse");
        settings(&mut g, text.len());
        g.bench_function(name, |b| b.iter(|| zhreport::parse(black_box(&text))));
        g.finish();
    }
}

fn stage_by_stage(c: &mut Criterion) {
    for (name, text) in inputs() {
        let layout = stages::layout(&text);
        let numerals = stages::numbers(&text, &layout);
        let orgs = stages::orgs(&text, &layout);
        let year = zhreport::parse(&text).year;
        let resolvable = stages::before_resolve(&text);
        let mut g = c.benchmark_group(format!("stage/{name}"));
        quick(&mut g, text.len());
        g.bench_function("decode", |b| {
            b.iter(|| zhreport::decode::decode(black_box(text.as_bytes())).map(|d| d.text.len()))
        });
        g.bench_function("layout", |b| b.iter(|| stages::layout(black_box(&text))));
        g.bench_function("numbers", |b| {
            b.iter(|| stages::numbers(black_box(&text), &layout))
        });
        g.bench_function("counts", |b| {
            b.iter(|| stages::counts(black_box(&text), &layout, &numerals))
        });
        g.bench_function("money+percent", |b| {
            b.iter(|| stages::money_and_percent(black_box(&text), &layout, &numerals))
        });
        g.bench_function("dates", |b| {
            b.iter(|| stages::dates(black_box(&text), &layout, year))
        });
        g.bench_function("people", |b| {
            b.iter(|| stages::people(black_box(&text), &layout, &orgs))
        });
        g.bench_function("orgs", |b| {
            b.iter(|| stages::orgs(black_box(&text), &layout))
        });
        g.bench_function("resolve", |b| {
            b.iter_batched(
                || resolvable.clone(),
                |r| stages::resolve(black_box(&text), r),
                BatchSize::LargeInput,
            )
        });
        g.finish();
    }
}

fn scaling(c: &mut Criterion) {
    let Some(text) = corpus() else {
        eprintln!("note: ../shared/corpus not found; scaling benchmark skipped");
        return;
    };
    let mut g = c.benchmark_group("scaling");
    g.sampling_mode(SamplingMode::Flat); // each iteration is long: no growing iteration counts
    for times in [1, 4, 16] {
        let big = text.repeat(times);
        quick(&mut g, big.len());
        g.bench_function(format!("{times}x"), |b| {
            b.iter(|| zhreport::parse(black_box(&big)))
        });
    }
    g.finish();
}

/// The number core alone over the whole text, and money + percentages on top of it (scan
/// included), over the corpus (or the sample when the corpus is absent).
fn numbers(c: &mut Criterion) {
    use zhreport::recognize::{money, number, percent};
    let text =
        corpus().unwrap_or_else(|| include_str!("../examples/data/sample_report.txt").to_string());
    let mut g = c.benchmark_group("numbers");
    quick(&mut g, text.len());
    g.bench_function("scan", |b| b.iter(|| number::scan(black_box(&text))));
    g.bench_function("money+percent", |b| {
        b.iter(|| {
            let t = black_box(&text);
            let nums = number::scan(t);
            (money::find(t, &nums), percent::find(t, &nums))
        })
    });
    g.finish();
}

/// `n` bytes (rounded down to whole copies) of `unit` repeated.
fn repeated(unit: &str, n: usize) -> String {
    unit.repeat((n / unit.len()).max(1))
}

/// Hostile shapes of input (issue: robustness): each must parse in time linear in its size, so
/// its throughput must stay in the range of `parse/sample`. The 20 MB single line is the bundled
/// sample with its line breaks removed, repeated: a whole scraped site on one line.
fn adversarial(c: &mut Criterion) {
    const MB: usize = 1 << 20;
    let sample = include_str!("../examples/data/sample_report.txt").replace(['\n', '\r'], "");
    let cases = [
        ("single_line_20MB", repeated(&sample, 20 * MB)),
        ("digits_1MB", repeated("1234567890", MB)),
        ("yi_1MB", repeated("一", MB)),
        (
            "headings_100k",
            repeated("一、基本情况\n", 100_000 * "一、基本情况\n".len()),
        ),
        ("yu_1MB", repeated("3余", MB)),
        ("dashes_1MB", repeated("——", MB)),
    ];
    let mut g = c.benchmark_group("adversarial");
    g.sampling_mode(SamplingMode::Flat);
    for (name, text) in cases {
        quick(&mut g, text.len());
        g.bench_function(name, |b| b.iter(|| zhreport::parse(black_box(&text))));
    }
    g.finish();
}

criterion_group!(
    benches,
    floor_and_parse,
    stage_by_stage,
    numbers,
    scaling,
    adversarial
);
criterion_main!(benches);
