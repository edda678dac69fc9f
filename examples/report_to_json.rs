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

use clap::{Parser, ValueEnum};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use zhreport::Report;

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/sample_report.txt"
);

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
#[command(
    version,
    about,
    after_help = "Exit codes: 0 all converted, 1 some inputs failed, 2 bad arguments or output."
)]
struct Cli {
    /// Report files or folders; `-` reads stdin; none runs on the bundled sample.
    inputs: Vec<PathBuf>,
    /// Write to FILE instead of stdout (written whole, or not at all).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Pretty-print JSON (the default for a single input).
    #[arg(long, conflicts_with = "compact")]
    pretty: bool,
    /// Compact JSON, one line per document.
    #[arg(long)]
    compact: bool,
    /// The report year, instead of inferring it (relative dates resolve against it).
    #[arg(long)]
    year: Option<i32>,
}

/// A report with the file it came from, fields in the Report's own order.
#[derive(serde::Serialize)]
struct WithFile<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a Report,
}

fn expand(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| {
                    rd.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|f| f.is_file())
                        .collect()
                })
                .unwrap_or_default();
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn read(path: &Path) -> io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

/// A TSV cell: tabs and line breaks inside text would break the row.
fn cell(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn approx(a: Option<zhreport::Approx>) -> String {
    a.map(|a| {
        serde_json::to_value(a)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    })
    .unwrap_or_default()
}

/// One row per mention: kind, section, item, value, unit, approx, text, char_start, char_end.
fn tsv_rows(file: &str, r: &Report, out: &mut String) {
    let mut row = |kind: &str,
                   section: Option<usize>,
                   item: Option<&str>,
                   value: String,
                   unit: &str,
                   ap: String,
                   text: &str,
                   span: zhreport::Span| {
        let section = section
            .map(|s| r.sections[s].heading.as_str())
            .unwrap_or("");
        out.push_str(&format!(
            "{file}\t{kind}\t{}\t{}\t{value}\t{}\t{ap}\t{}\t{}\t{}\n",
            cell(section),
            cell(item.unwrap_or("")),
            cell(unit),
            cell(text),
            span.char_start,
            span.char_end
        ));
    };
    for c in &r.counts {
        row(
            "count",
            c.section,
            c.item.as_deref(),
            c.value.to_string(),
            c.unit.as_deref().unwrap_or(""),
            approx(c.approx),
            &c.text,
            c.span,
        );
    }
    for m in &r.money {
        row(
            "money",
            m.section,
            m.item.as_deref(),
            m.value.to_string(),
            &m.currency,
            approx(m.approx),
            &m.text,
            m.span,
        );
    }
    for p in &r.percentages {
        let unit = if p.kind == zhreport::PercentKind::Points {
            "points"
        } else {
            "%"
        };
        row(
            "percentage",
            p.section,
            p.item.as_deref(),
            p.value.to_string(),
            unit,
            approx(p.approx),
            &p.text,
            p.span,
        );
    }
    for d in &r.dates {
        row(
            "date",
            d.section,
            None,
            format!("{}..{}", d.start, d.end),
            "",
            String::new(),
            &d.text,
            d.span,
        );
    }
    for p in &r.people {
        row(
            "person",
            p.section,
            p.title.as_deref(),
            String::new(),
            "",
            String::new(),
            &p.name,
            p.span,
        );
    }
    for o in &r.orgs {
        row(
            "org",
            o.section,
            None,
            String::new(),
            "",
            String::new(),
            &o.name,
            o.span,
        );
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut builder = zhreport::Extractor::builder();
    if let Some(y) = cli.year {
        builder = builder.year(y);
    }
    let extractor = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("report_to_json: {e}");
            return ExitCode::from(2);
        }
    };
    let files = if cli.inputs.is_empty() {
        vec![PathBuf::from(SAMPLE)]
    } else {
        expand(&cli.inputs)
    };
    let many = files.len() > 1 || cli.inputs.iter().any(|p| p.is_dir());
    let format = if cli.format == Format::Json && (many || cli.compact) && !cli.pretty {
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
        collected.push_str(
            "file\tkind\tsection\titem\tvalue\tunit\tapprox\ttext\tchar_start\tchar_end\n",
        );
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
        if cli.output.is_none() {
            // A closed pipe (| head) ends the run quietly.
            if stdout.write_all(collected.as_bytes()).is_err() {
                return ExitCode::SUCCESS;
            }
            collected.clear();
        }
    }
    if let Some(path) = &cli.output {
        if let Err(e) = std::fs::write(path, &collected) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::from(2);
        }
    } else if stdout.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
