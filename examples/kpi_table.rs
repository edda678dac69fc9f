//! `kpi_table [FILE]` — prints the counts of a report as an aligned table grouped by section
//! (action, item, value with its qualifier, unit), readable in a terminal: CJK characters take
//! two columns and the columns are padded accordingly. With no argument it reads the bundled
//! sample report; a file in UTF-8, GB18030/GBK or UTF-16 (with BOM) is decoded first.
//!
//! ```text
//! cargo run --example kpi_table                 # the bundled sample
//! cargo run --example kpi_table -- report.txt   # any report
//! ```

use std::io::{self, Write};
use std::process::ExitCode;
use zhreport::{Approx, Count, Decimal, Report};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/data/sample_report.txt"
);

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
                c.unit.clone().unwrap_or_else(|| "-".into()),
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

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| SAMPLE.to_string());
    let report = match std::fs::read(&path)
        .map_err(|e| e.to_string())
        .and_then(|b| zhreport::parse_bytes(&b).map_err(|e| e.to_string()))
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let stdout = io::stdout();
    // A closed pipe (| head) ends the run quietly.
    let _ = render(&report, &mut stdout.lock());
    ExitCode::SUCCESS
}
