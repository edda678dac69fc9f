//! `recognize [OPTIONS] [FILE|-]...` — the line-oriented extractor, for columns of short texts.
//!
//! Reads one input per line (stdin when no file is given, or for `-`): plain text or a JSON
//! object `{"text": "...", "reference_date": "YYYY-MM-DD"}`. Prints exactly one JSON line per
//! input line: `{"numbers": [...], "counts": [...], "money": [...], "percentages": [...],
//! "dates": [...], "people": [...], "orgs": [...]}`. A line that cannot be read (invalid UTF-8,
//! JSON without a "text" string) prints the empty lists, so outputs stay aligned with inputs.
//! UTF-8 input streams; a UTF-16 (BOM) or GB18030/GBK input is decoded first.
//!
//! ```text
//! echo '全年新增就业1.2万人，增长5.3%。' | cargo run --release --example recognize
//! cargo run --release --example recognize -- --reference-date 2022-06-30 texts.txt -o facts.jsonl
//! ```
//!
//! Exit codes: 0 every input read; 1 an input file could not be read (the others were);
//! 2 bad arguments or the output cannot be written.

mod common;

use clap::Parser;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use zhreport::{LineFacts, LineRecognizer};

/// Finds numbers, counts, money, percentages, dates, people and organizations in short texts,
/// one per line, and prints one JSON line per input line.
#[derive(Parser)]
#[command(version, after_help = common::EXIT_CODES_HELP)]
struct Cli {
    /// Files with one text per line; `-` or none reads stdin.
    inputs: Vec<PathBuf>,
    /// Write to FILE instead of stdout (written whole, or not at all).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The date relative forms (今年, 明天, 上个月) resolve against, for lines that give none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = checked_date)]
    reference_date: Option<String>,
}

fn checked_date(s: &str) -> Result<String, String> {
    common::reference_date(s).map(|_| s.to_string())
}

/// The text and reference date of one input line.
fn input(line: &str, default_date: Option<&str>) -> Option<(String, Option<String>)> {
    let trimmed = line.trim_start();
    if trimmed.starts_with('{') {
        if let Ok(serde_json::Value::Object(obj)) =
            serde_json::from_str::<serde_json::Value>(trimmed)
        {
            let text = obj.get("text")?.as_str()?.to_string();
            let date = obj
                .get("reference_date")
                .and_then(|d| d.as_str())
                .map(str::to_string)
                .or_else(|| default_date.map(str::to_string));
            return Some((text, date));
        }
    }
    Some((line.to_string(), default_date.map(str::to_string)))
}

/// Recognizes every line of `reader` into `out`; false when `out` cannot take more (a closed
/// pipe), and an error when `reader` fails.
fn run(
    reader: &mut dyn BufRead,
    out: &mut dyn Write,
    recognizer: &mut LineRecognizer,
    default_date: Option<&str>,
) -> io::Result<bool> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            return Ok(true);
        }
        let raw = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let facts = match std::str::from_utf8(raw)
            .ok()
            .and_then(|l| input(l, default_date))
        {
            Some((text, date)) => recognizer.recognize(&text, date.as_deref()),
            None => LineFacts::default(),
        };
        let json = serde_json::to_string(&facts).unwrap_or_else(|_| "{}".to_string());
        if writeln!(out, "{json}").is_err() {
            return Ok(false);
        }
    }
}

/// How many bytes are looked at to tell a UTF-8 input from a UTF-16 or GB18030 one.
const SNIFF_BYTES: usize = 64 * 1024;

/// The lines of an input as UTF-8. UTF-8 streams through untouched; an input that starts with
/// a UTF-16 BOM or is not UTF-8 in its first 64 kB is read whole and decoded (UTF-16, GB18030),
/// or, when it cannot be decoded, passed through so that each unreadable line still gets its
/// (empty) output line.
fn utf8_lines(mut reader: Box<dyn BufRead>) -> io::Result<Box<dyn BufRead>> {
    let mut head = Vec::new();
    (&mut reader)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)?;
    let utf16 = head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF");
    let utf8 = match std::str::from_utf8(&head) {
        Ok(_) => true,
        // Cut inside a character at the end of the sniffed bytes: still UTF-8.
        Err(e) => e.error_len().is_none(),
    };
    if utf8 && !utf16 {
        return Ok(Box::new(io::Cursor::new(head).chain(reader)));
    }
    let mut all = head;
    reader.read_to_end(&mut all)?;
    let decoded = zhreport::decode::decode(&all)
        .ok()
        .map(|d| d.text.into_owned().into_bytes());
    Ok(Box::new(io::Cursor::new(decoded.unwrap_or(all))))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let inputs = if cli.inputs.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        cli.inputs
    };
    let mut recognizer = LineRecognizer::default();
    // With -o the output is collected and written whole; on stdout it streams line by line.
    let mut collected: Vec<u8> = Vec::new();
    let stdout = io::stdout();
    let mut stdout = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in &inputs {
        let opened: io::Result<Box<dyn BufRead>> = if path.as_os_str() == "-" {
            Ok(Box::new(io::stdin().lock()))
        } else {
            std::fs::File::open(path).map(|f| Box::new(BufReader::new(f)) as Box<dyn BufRead>)
        };
        let mut reader = match opened.and_then(utf8_lines) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                failed = true;
                continue;
            }
        };
        let out: &mut dyn Write = if cli.output.is_some() {
            &mut collected
        } else {
            &mut stdout
        };
        match run(
            &mut reader,
            out,
            &mut recognizer,
            cli.reference_date.as_deref(),
        ) {
            Ok(true) => {}
            // A closed pipe (| head) ends the run quietly.
            Ok(false) => return ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                failed = true;
            }
        }
    }
    if cli.output.is_none() && stdout.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    common::finish(cli.output.as_deref(), &collected, failed)
}
