//! What the example binaries share: reading inputs (files, folders, `-` for stdin), the JSON
//! Lines record of a document, and the TSV rows of its mentions.

#![allow(dead_code)] // each binary uses a part

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use zhreport::{Report, Span};

/// The bundled sample report, used when a binary is given no input.
pub const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/sample_report.txt"
);

/// Exit code: every input converted.
pub const EXIT_OK: u8 = 0;
/// Exit code: some input could not be read or decoded (the others were still converted).
pub const EXIT_SOME_FAILED: u8 = 1;
/// Exit code: bad arguments, or the output cannot be written.
pub const EXIT_USAGE: u8 = 2;

/// The `after_help` text every binary prints under --help.
pub const EXIT_CODES_HELP: &str =
    "Exit codes: 0 all inputs converted; 1 some inputs could not be read \
or decoded (each reported on stderr, the others converted); 2 bad arguments or the output cannot \
be written. A closed pipe on stdout (| head) ends the run quietly.";

/// Files of `inputs`, in order: folders are expanded (recursively, sorted by name); `-` stays.
pub fn expand(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            entries.sort();
            out.extend(expand(&entries));
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// The bytes of a file, or of stdin for `-`.
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

/// A report with the file it came from, fields in the Report's own order.
#[derive(serde::Serialize)]
pub struct WithFile<'a> {
    pub file: &'a str,
    #[serde(flatten)]
    pub report: &'a Report,
}

/// The header of [`tsv_rows`].
pub const TSV_HEADER: &str =
    "file\tkind\tsection\titem\tvalue\tunit\tapprox\ttext\tchar_start\tchar_end\n";

/// A TSV cell: tabs and line breaks inside text would break the row.
fn cell(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn approx(a: Option<zhreport::Approx>) -> String {
    a.and_then(|a| {
        serde_json::to_value(a)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
    })
    .unwrap_or_default()
}

/// One mention as a TSV row.
struct Row<'a> {
    kind: &'a str,
    section: Option<usize>,
    item: Option<&'a str>,
    value: String,
    unit: &'a str,
    approx: String,
    text: &'a str,
    span: Span,
}

/// One row per mention: kind, section, item, value, unit, approx, text, char_start, char_end.
pub fn tsv_rows(file: &str, r: &Report, out: &mut String) {
    let mut rows: Vec<Row> = Vec::new();
    rows.extend(r.counts.iter().map(|c| Row {
        kind: "count",
        section: c.section,
        item: c.item.as_deref(),
        value: c.value.to_string(),
        unit: c.unit.as_deref().unwrap_or(""),
        approx: approx(c.approx),
        text: &c.text,
        span: c.span,
    }));
    rows.extend(r.money.iter().map(|m| Row {
        kind: "money",
        section: m.section,
        item: m.item.as_deref(),
        value: m.value.to_string(),
        unit: &m.currency,
        approx: approx(m.approx),
        text: &m.text,
        span: m.span,
    }));
    rows.extend(r.percentages.iter().map(|p| Row {
        kind: "percentage",
        section: p.section,
        item: p.item.as_deref(),
        value: p.value.to_string(),
        unit: if p.kind == zhreport::PercentKind::Points {
            "points"
        } else {
            "%"
        },
        approx: approx(p.approx),
        text: &p.text,
        span: p.span,
    }));
    rows.extend(r.dates.iter().map(|d| Row {
        kind: "date",
        section: d.section,
        item: None,
        value: format!("{}..{}", d.start, d.end),
        unit: "",
        approx: String::new(),
        text: &d.text,
        span: d.span,
    }));
    rows.extend(r.people.iter().map(|p| Row {
        kind: "person",
        section: p.section,
        item: p.title.as_deref(),
        value: String::new(),
        unit: "",
        approx: String::new(),
        text: &p.name,
        span: p.span,
    }));
    rows.extend(r.orgs.iter().map(|o| Row {
        kind: "org",
        section: o.section,
        item: None,
        value: String::new(),
        unit: "",
        approx: String::new(),
        text: &o.name,
        span: o.span,
    }));
    for row in rows {
        let section = row
            .section
            .and_then(|s| r.sections.get(s))
            .map_or("", |s| s.heading.as_str());
        out.push_str(&format!(
            "{file}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            row.kind,
            cell(section),
            cell(row.item.unwrap_or("")),
            row.value,
            cell(row.unit),
            row.approx,
            cell(row.text),
            row.span.char_start,
            row.span.char_end
        ));
    }
}

/// Parses a `YYYY-MM-DD` reference date (for clap's `value_parser`).
pub fn reference_date(s: &str) -> Result<(i32, u32, u32), String> {
    let bad = || format!("{s:?} is not a date written YYYY-MM-DD");
    let mut parts = s.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    let (y, m, d) = (
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
    );
    if (1..=12).contains(&m) && (1..=31).contains(&d) {
        Ok((y, m, d))
    } else {
        Err(bad())
    }
}

/// A temporary file name beside `path` (same folder, so the final rename is atomic).
pub fn temp_beside(path: &Path) -> PathBuf {
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    path.with_file_name(tmp_name)
}

/// Writes `bytes` to `path` whole or not at all: into a temporary file beside it, renamed over
/// `path` once complete, so a reader never sees half a file.
pub fn write_whole(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let tmp = temp_beside(path);
    let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// The extractor a binary runs with: the defaults, or a fixed report year. A rule error is
/// printed and becomes exit code 2.
pub fn extractor(program: &str, year: Option<i32>) -> Result<zhreport::Extractor, ExitCode> {
    let mut builder = zhreport::Extractor::builder();
    if let Some(y) = year {
        builder = builder.year(y);
    }
    builder.build().map_err(|e| {
        eprintln!("{program}: {e}");
        ExitCode::from(EXIT_USAGE)
    })
}

/// Ends a run: writes the collected output to `output` (whole, or not at all) when one was
/// given, and picks the exit code.
pub fn finish(output: Option<&Path>, collected: &[u8], failed: bool) -> ExitCode {
    if let Some(path) = output {
        if let Err(e) = write_whole(path, collected) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::from(EXIT_USAGE);
        }
    }
    if failed {
        ExitCode::from(EXIT_SOME_FAILED)
    } else {
        ExitCode::SUCCESS
    }
}

/// Options shared by the report binaries.
#[derive(clap::Args)]
pub struct ReportOptions {
    /// Write to FILE instead of stdout (written whole, or not at all).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Pretty-print JSON (the default for a single document).
    #[arg(long, conflicts_with = "compact")]
    pub pretty: bool,
    /// Compact JSON, one line per document.
    #[arg(long)]
    pub compact: bool,
    /// The report year, instead of inferring it (relative dates resolve against it).
    #[arg(long)]
    pub year: Option<i32>,
}
