//! `report_to_json [OPTIONS] [FILE|DIR|-]...` — converts Chinese work reports to JSON.
//!
//! One input prints one pretty JSON Report; several files or a folder print JSON Lines, one
//! line per document with a "file" field; `--format tsv` prints one row per mention (kind,
//! section, item, value, unit, approx, text, char_start, char_end) for spreadsheets and pandas.
//! With no input it runs on the bundled sample report. `-` reads stdin. UTF-8, UTF-16 (BOM) and
//! GBK/GB18030 files are accepted.
//!
//! Exit codes: 0 every input converted; 1 some input could not be read or decoded (reported on
//! stderr, the others still converted); 2 bad arguments or the output file cannot be written.

mod common;

use clap::{Parser, ValueEnum};
use common::{expand, read, tsv_rows, WithFile, SAMPLE, TSV_HEADER};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// One JSON document per input (pretty unless --compact); several inputs give JSON Lines.
    Json,
    /// JSON Lines: one compact line per document with a "file" field.
    Jsonl,
    /// Tab-separated rows, one per mention, with a header line.
    Tsv,
}

/// Converts Chinese work reports (工作总结, 政府工作报告…) into typed JSON.
#[derive(Parser)]
#[command(version, after_help = common::EXIT_CODES_HELP)]
struct Cli {
    /// Report files or folders; `-` reads stdin; none runs on the bundled sample.
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Json)]
    format: Format,
    #[command(flatten)]
    options: common::ReportOptions,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let extractor = match common::extractor("report_to_json", cli.options.year) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let files = if cli.inputs.is_empty() {
        vec![PathBuf::from(SAMPLE)]
    } else {
        expand(&cli.inputs)
    };
    let many = files.len() > 1 || cli.inputs.iter().any(|p| p.is_dir());
    let format =
        if cli.format == Format::Json && (many || cli.options.compact) && !cli.options.pretty {
            Format::Jsonl
        } else {
            cli.format
        };
    // With -o the output is collected and written whole; on stdout each document is written as
    // soon as it is converted, one complete line (or document) at a time.
    let mut collected = String::new();
    let stdout = io::stdout();
    let mut stdout = stdout.lock();
    let mut failed = false;
    if format == Format::Tsv {
        collected.push_str(TSV_HEADER);
    }
    for f in &files {
        let name = f.display().to_string();
        let report = read(f)
            .map_err(|e| e.to_string())
            .and_then(|b| extractor.extract_bytes(&b).map_err(|e| e.to_string()));
        let report = match report {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{name}: {e}");
                failed = true;
                continue;
            }
        };
        match format {
            Format::Tsv => tsv_rows(&name, &report, &mut collected),
            Format::Jsonl => {
                let line = WithFile {
                    file: &name,
                    report: &report,
                };
                collected.push_str(&serde_json::to_string(&line).expect("a report serializes"));
                collected.push('\n');
            }
            Format::Json => {
                collected
                    .push_str(&serde_json::to_string_pretty(&report).expect("a report serializes"));
                collected.push('\n');
            }
        }
        if cli.options.output.is_none() {
            // A closed pipe (| head) ends the run quietly.
            if stdout.write_all(collected.as_bytes()).is_err() {
                return ExitCode::SUCCESS;
            }
            collected.clear();
        }
    }
    if cli.options.output.is_none() && stdout.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    common::finish(cli.options.output.as_deref(), collected.as_bytes(), failed)
}
