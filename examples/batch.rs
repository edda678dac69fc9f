//! `batch [OPTIONS] DIR_OR_FILES...` — converts many reports to JSON Lines (or TSV) in
//! parallel, in input order, streaming (only a window of documents is in memory at a time).
//! A document that fails is one error line on stderr, never the end of the batch. A progress bar
//! is shown on stderr when it is a terminal; the last line gives documents, bytes, seconds, MB/s
//! and failures. With `-o` the output file appears only once complete (written beside it, then
//! renamed).
//!
//! ```text
//! cargo run --release --example batch -- ../shared/corpus -o corpus.jsonl --jobs 2
//! ```
//!
//! Exit codes: 0 all converted, 1 some documents failed, 2 bad arguments or output.

mod common;

use clap::{Parser, ValueEnum};
use common::{expand, read, tsv_rows, WithFile, EXIT_SOME_FAILED, EXIT_USAGE, TSV_HEADER};
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::BTreeMap;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::ops::ControlFlow;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::Instant;
use zhreport::Extractor;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// JSON Lines: one compact line per document with a "file" field.
    Jsonl,
    /// Tab-separated rows, one per mention, with a header line.
    Tsv,
}

/// Converts many Chinese work reports to JSON Lines in parallel.
#[derive(Parser)]
#[command(version, after_help = common::EXIT_CODES_HELP)]
struct Cli {
    /// Report files or folders (searched recursively); `-` reads one document from stdin.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Write to FILE instead of stdout (it appears only once complete).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// The report year for every document, instead of inferring it.
    #[arg(long)]
    year: Option<i32>,
}

/// One document's output (a JSON line or its TSV rows), or its error message.
fn convert(extractor: &Extractor, format: Format, path: &Path) -> (u64, Result<String, String>) {
    let file = path.display().to_string();
    let bytes = match read(path) {
        Ok(b) => b,
        Err(e) => return (0, Err(format!("{file}: {e}"))),
    };
    let n = bytes.len() as u64;
    let report = match extractor.extract_bytes(&bytes) {
        Ok(r) => r,
        Err(e) => return (n, Err(format!("{file}: {e}"))),
    };
    let out = match format {
        Format::Jsonl => serde_json::to_string(&WithFile {
            file: &file,
            report: &report,
        })
        .map(|mut line| {
            line.push('\n');
            line
        })
        .map_err(|e| format!("{file}: {e}")),
        Format::Tsv => {
            let mut rows = String::new();
            tsv_rows(&file, &report, &mut rows);
            Ok(rows)
        }
    };
    (n, out)
}

/// Where the output goes: stdout, or a temporary file renamed over the target once complete.
struct Sink {
    out: BufWriter<Box<dyn Write>>,
    pending: Option<(PathBuf, PathBuf)>,
}

impl Sink {
    fn open(output: Option<&Path>) -> io::Result<Sink> {
        let Some(path) = output else {
            return Ok(Sink {
                out: BufWriter::new(Box::new(io::stdout().lock())),
                pending: None,
            });
        };
        let tmp = common::temp_beside(path);
        let file = std::fs::File::create(&tmp)?;
        Ok(Sink {
            out: BufWriter::new(Box::new(file)),
            pending: Some((tmp, path.to_path_buf())),
        })
    }

    /// Flushes, and moves a temporary file into place.
    fn finish(mut self) -> io::Result<()> {
        self.out.flush()?;
        if let Some((tmp, path)) = self.pending.take() {
            std::fs::rename(tmp, path)?;
        }
        Ok(())
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        // Not finished: the partial output is removed, never left behind as if complete.
        if let Some((tmp, _)) = &self.pending {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// Runs `work` on every file on the pool and hands the results to `emit` in input order, as soon
/// as each one and those before it are done. There is no barrier between groups of documents: a
/// worker that finishes takes the next document while a long one is still being converted. At most
/// `window` documents are in flight or waiting for an earlier one, which bounds memory. `emit` may
/// stop the run (the documents already started still finish, unwritten). A panic in `work` becomes
/// that document's error, never the end of the batch.
fn convert_in_order<T: Send>(
    pool: &rayon::ThreadPool,
    files: &[PathBuf],
    window: usize,
    work: impl Fn(&Path) -> (u64, Result<T, String>) + Sync,
    mut emit: impl FnMut((u64, Result<T, String>)) -> ControlFlow<()>,
) {
    let (done_tx, done_rx) = mpsc::channel();
    let work = &work;
    pool.in_place_scope_fifo(|scope| {
        let mut waiting = BTreeMap::new();
        let (mut started, mut next) = (0, 0);
        while next < files.len() {
            while started < files.len() && started < next + window.max(1) {
                let (index, file, done) = (started, &files[started], done_tx.clone());
                scope.spawn_fifo(move |_| {
                    let result =
                        catch_unwind(AssertUnwindSafe(|| work(file))).unwrap_or_else(|_| {
                            (0, Err(format!("{}: internal error", file.display())))
                        });
                    // The receiver is gone only when the run was stopped.
                    let _ = done.send((index, result));
                });
                started += 1;
            }
            let result = loop {
                if let Some(result) = waiting.remove(&next) {
                    break result;
                }
                // Every started document sends exactly once, and `done_tx` is still held here.
                let Ok((index, result)) = done_rx.recv() else {
                    return;
                };
                waiting.insert(index, result);
            };
            next += 1;
            if emit(result).is_break() {
                return;
            }
        }
    });
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let jobs = cli.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    let extractor = match common::extractor("batch", cli.year) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cannot start {jobs} threads: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let files = expand(&cli.inputs);
    let mut sink = match Sink::open(cli.output.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            let target = cli.output.as_deref().unwrap_or(Path::new("-"));
            eprintln!("{}: {e}", target.display());
            return ExitCode::from(EXIT_USAGE);
        }
    };
    if cli.format == Format::Tsv && sink.out.write_all(TSV_HEADER.as_bytes()).is_err() {
        return ExitCode::SUCCESS;
    }
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
    // At most this many documents are read, converted or waiting to be written at a time.
    let window = jobs * 8;
    let mut write_failed = false;
    convert_in_order(
        &pool,
        &files,
        window,
        |file| convert(&extractor, cli.format, file),
        |(n, r)| {
            bytes += n;
            bar.inc(1);
            match r {
                Ok(text) => {
                    docs += 1;
                    if sink.out.write_all(text.as_bytes()).is_err() {
                        write_failed = true;
                        return ControlFlow::Break(());
                    }
                }
                Err(e) => {
                    failures += 1;
                    bar.suspend(|| eprintln!("error: {e}"));
                }
            }
            ControlFlow::Continue(())
        },
    );
    if write_failed {
        if cli.output.is_none() {
            // Broken pipe: stop quietly.
            return ExitCode::SUCCESS;
        }
        eprintln!("cannot write the output");
        return ExitCode::from(EXIT_USAGE);
    }
    let to_file = cli.output.is_some();
    if let Err(e) = sink.finish() {
        if to_file {
            eprintln!("cannot write the output: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
        return ExitCode::SUCCESS;
    }
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "documents: {docs}  bytes: {bytes}  seconds: {secs:.3}  MB/s: {:.1}  failures: {failures}",
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    if failures > 0 {
        ExitCode::from(EXIT_SOME_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}
