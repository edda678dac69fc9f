//! `kpi_table [OPTIONS] [FILE|-]...` — prints the counts of a report as an aligned table
//! grouped by section (action, item, value with its qualifier, unit), readable in a terminal:
//! CJK characters take two columns and the columns are padded accordingly. With no input it
//! reads the bundled sample report; `-` reads stdin; a file in UTF-8, GB18030/GBK or UTF-16
//! (with BOM) is decoded first. `--format tsv` or `json` prints the same counts for a
//! spreadsheet or a program.
//!
//! ```text
//! cargo run --example kpi_table                            # the bundled sample
//! cargo run --example kpi_table -- report.txt              # any report
//! cargo run --example kpi_table -- -f tsv -o kpi.tsv a.txt b.txt
//! ```
//!
//! Exit codes: 0 every input converted; 1 some input could not be read or decoded (the others
//! were); 2 bad arguments or the output cannot be written.

mod common;

use clap::{Parser, ValueEnum};
use common::{read, SAMPLE};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use zhreport::{Approx, Count, Decimal, Report};

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// An aligned text table per report, grouped by section.
    Table,
    /// Tab-separated rows (file, section, action, item, value, value_max, approx, unit, text).
    Tsv,
    /// One JSON object per report: {"file", "title", "counts"} (pretty unless --compact).
    Json,
}

/// Prints the counts (KPIs) of Chinese work reports as a table, TSV or JSON.
#[derive(Parser)]
#[command(version, after_help = common::EXIT_CODES_HELP)]
struct Cli {
    /// Report files; `-` reads stdin; none shows the bundled sample.
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    options: common::ReportOptions,
}

/// Widest an item or action column may grow, in terminal columns; longer text ends in "…".
const MAX_ITEM_COLUMNS: usize = 36;
const MAX_ACTION_COLUMNS: usize = 12;

/// Terminal columns of a character: East Asian wide and fullwidth characters take two.
fn char_columns(c: char) -> usize {
    let u = c as u32;
    let wide = matches!(u,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x20000..=0x3FFFD);
    if c.is_control() {
        0
    } else if wide {
        2
    } else {
        1
    }
}

fn columns(s: &str) -> usize {
    s.chars().map(char_columns).sum()
}

/// `s` cut to at most `max` columns, ending in "…" when cut.
fn fit(s: &str, max: usize) -> String {
    if columns(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = char_columns(c);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Pads to `width` columns on the right (left-aligned) or on the left (right-aligned).
fn pad(s: &str, width: usize, right_align: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(columns(s)));
    if right_align {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

/// 4710000 → 4,710,000; decimals keep their digits (8.72).
fn grouped(d: Decimal) -> String {
    let s = d.to_string();
    let (sign, s) = s.strip_prefix('-').map_or(("", s.as_str()), |r| ("-", r));
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// The value with its qualifier: `>200` (余, 超), `<100` (近, 不足), `~800` (约, 左右), `3–5`.
fn value_cell(c: &Count) -> String {
    let qualifier = match c.approx {
        Some(Approx::MoreThan) => ">",
        Some(Approx::LessThan) => "<",
        Some(Approx::About) => "~",
        _ => "",
    };
    match c.value_max {
        Some(max) => format!("{qualifier}{}–{}", grouped(c.value), grouped(max)),
        None => format!("{qualifier}{}", grouped(c.value)),
    }
}

/// The heading line of a section: its numbering and heading, indented by level.
fn section_line(report: &Report, index: Option<usize>) -> String {
    match index.and_then(|i| report.sections.get(i)) {
        Some(s) => format!(
            "{}{}{}",
            "  ".repeat(usize::from(s.level.saturating_sub(1))),
            s.numbering.as_deref().unwrap_or(""),
            s.heading
        ),
        None => "（正文开头 / before the first heading）".to_string(),
    }
}

fn render(report: &Report, out: &mut impl Write) -> io::Result<()> {
    if let Some(t) = &report.title {
        writeln!(out, "{t}")?;
    }
    if let Some(s) = &report.subtitle {
        writeln!(out, "{s}")?;
    }
    if report.counts.is_empty() {
        return writeln!(out, "(no counts)");
    }
    let rows: Vec<[String; 4]> = report
        .counts
        .iter()
        .map(|c| {
            [
                fit(c.action.as_deref().unwrap_or("-"), MAX_ACTION_COLUMNS),
                fit(c.item.as_deref().unwrap_or("-"), MAX_ITEM_COLUMNS),
                value_cell(c),
                c.unit.as_deref().unwrap_or("-").to_string(),
            ]
        })
        .collect();
    let header = ["action 动作", "item 事项", "value 数值", "unit 单位"];
    let mut widths = header.map(columns);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(columns(cell));
        }
    }
    let line = |cells: &[String; 4]| {
        format!(
            "    {}  {}  {}  {}",
            pad(&cells[0], widths[0], false),
            pad(&cells[1], widths[1], false),
            pad(&cells[2], widths[2], true),
            cells[3]
        )
    };
    writeln!(out)?;
    writeln!(out, "{}", line(&header.map(String::from)).trim_end())?;
    let mut current = None;
    for (c, row) in report.counts.iter().zip(&rows) {
        if current != Some(c.section) {
            current = Some(c.section);
            writeln!(out, "{}", section_line(report, c.section))?;
        }
        writeln!(out, "{}", line(row).trim_end())?;
    }
    writeln!(
        out,
        "\n{} counts in {} sections",
        report.counts.len(),
        report.sections.len()
    )
}

/// The counts of a report as TSV rows (no header).
fn tsv(file: &str, report: &Report, out: &mut impl Write) -> io::Result<()> {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    for c in &report.counts {
        let section = c
            .section
            .and_then(|i| report.sections.get(i))
            .map_or("", |s| s.heading.as_str());
        let approx = c
            .approx
            .and_then(|a| serde_json::to_value(a).ok())
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        writeln!(
            out,
            "{file}\t{}\t{}\t{}\t{}\t{}\t{approx}\t{}\t{}",
            clean(section),
            clean(c.action.as_deref().unwrap_or("")),
            clean(c.item.as_deref().unwrap_or("")),
            c.value,
            c.value_max.map(|m| m.to_string()).unwrap_or_default(),
            clean(c.unit.as_deref().unwrap_or("")),
            clean(&c.text),
        )?;
    }
    Ok(())
}

/// The counts of a report, fields in the Report's own order.
#[derive(serde::Serialize)]
struct Kpis<'a> {
    file: &'a str,
    title: Option<&'a str>,
    counts: &'a [Count],
}

/// The counts of a report as one JSON object.
fn json(file: &str, report: &Report, compact: bool, out: &mut impl Write) -> io::Result<()> {
    let value = Kpis {
        file,
        title: report.title.as_deref(),
        counts: &report.counts,
    };
    let text = if compact {
        serde_json::to_string(&value)
    } else {
        serde_json::to_string_pretty(&value)
    };
    writeln!(out, "{}", text.map_err(io::Error::other)?)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let extractor = match common::extractor("kpi_table", cli.options.year) {
        Ok(e) => e,
        Err(code) => return code,
    };
    let inputs = if cli.inputs.is_empty() {
        vec![PathBuf::from(SAMPLE)]
    } else {
        cli.inputs.clone()
    };
    let mut out: Vec<u8> = Vec::new();
    if cli.format == Format::Tsv {
        out.extend_from_slice(
            "file\tsection\taction\titem\tvalue\tvalue_max\tapprox\tunit\ttext\n".as_bytes(),
        );
    }
    let mut failed = false;
    for (i, path) in inputs.iter().enumerate() {
        let name = path.display().to_string();
        let report = match read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| extractor.extract_bytes(&b).map_err(|e| e.to_string()))
        {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{name}: {e}");
                failed = true;
                continue;
            }
        };
        // Writing into memory cannot fail.
        let _ = match cli.format {
            Format::Table => {
                if i > 0 {
                    out.push(b'\n');
                }
                if inputs.len() > 1 {
                    let _ = writeln!(out, "== {name}");
                }
                render(&report, &mut out)
            }
            Format::Tsv => tsv(&name, &report, &mut out),
            Format::Json => json(&name, &report, cli.options.compact, &mut out),
        };
        if cli.options.output.is_none() {
            // A closed pipe (| head) ends the run quietly.
            if io::stdout().lock().write_all(&out).is_err() {
                return ExitCode::SUCCESS;
            }
            out.clear();
        }
    }
    common::finish(cli.options.output.as_deref(), &out, failed)
}
