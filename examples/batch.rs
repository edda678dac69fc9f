//! `batch DIR_OR_FILES... [-o out.jsonl] [--jobs N]` — converts many reports to JSON Lines in
//! parallel, in input order, streaming (only a window of documents is in memory at a time).
//! A document that fails is one error line on stderr, never the end of the batch. A progress bar
//! is shown on stderr when it is a terminal; the last line gives documents, bytes, seconds, MB/s
//! and failures. Exit code: 0 all converted, 1 some documents failed, 2 bad arguments or output.

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

struct Args {
    inputs: Vec<PathBuf>,
    output: Option<PathBuf>,
    jobs: usize,
}

const USAGE: &str = "usage: batch DIR_OR_FILES... [-o out.jsonl] [--jobs N]";

fn parse_args() -> Result<Args, String> {
    let mut inputs = Vec::new();
    let mut output = None;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--output" => output = Some(PathBuf::from(it.next().ok_or("-o needs a file")?)),
            "-j" | "--jobs" => {
                jobs = it
                    .next()
                    .and_then(|n| n.parse().ok())
                    .filter(|&n| n > 0)
                    .ok_or("--jobs needs a positive number")?
            }
            "-h" | "--help" => return Err(USAGE.into()),
            _ => inputs.push(PathBuf::from(a)),
        }
    }
    if inputs.is_empty() {
        return Err(USAGE.into());
    }
    Ok(Args {
        inputs,
        output,
        jobs,
    })
}

/// Expands folders (recursively, sorted) into files.
fn files(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            entries.sort();
            out.extend(files(&entries));
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// A report with the file it came from, fields in the Report's own order.
#[derive(serde::Serialize)]
struct WithFile<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a zhreport::Report,
}

/// One document's JSON line, or its error message.
fn convert(path: &PathBuf) -> (u64, Result<String, String>) {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return (0, Err(format!("{}: {e}", path.display()))),
    };
    let n = bytes.len() as u64;
    let file = path.display().to_string();
    let line = zhreport::parse_bytes(&bytes)
        .map_err(|e| format!("{file}: {e}"))
        .and_then(|report| {
            serde_json::to_string(&WithFile {
                file: &file,
                report: &report,
            })
            .map_err(|e| e.to_string())
        });
    (n, line)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let pool = match rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs)
        .build()
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cannot start {} threads: {e}", args.jobs);
            return ExitCode::from(2);
        }
    };
    let files = files(&args.inputs);
    let sink: Box<dyn Write> = match &args.output {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("{}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    let bar = if io::stderr().is_terminal() {
        let b = ProgressBar::new(files.len() as u64);
        b.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    } else {
        ProgressBar::hidden()
    };
    let started = Instant::now();
    let (mut docs, mut bytes, mut failures) = (0usize, 0u64, 0usize);
    // A window of documents in flight bounds memory; output stays in input order.
    let window = args.jobs * 8;
    for chunk in files.chunks(window.max(1)) {
        let results: Vec<(u64, Result<String, String>)> =
            pool.install(|| chunk.par_iter().map(convert).collect());
        for (n, r) in results {
            bytes += n;
            match r {
                Ok(line) => {
                    docs += 1;
                    if writeln!(out, "{line}").is_err() {
                        // Broken pipe: stop quietly.
                        return ExitCode::SUCCESS;
                    }
                }
                Err(e) => {
                    failures += 1;
                    bar.suspend(|| eprintln!("error: {e}"));
                }
            }
            bar.inc(1);
        }
    }
    if out.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "documents: {docs}  bytes: {bytes}  seconds: {secs:.3}  MB/s: {:.1}  failures: {failures}",
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    if failures > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
