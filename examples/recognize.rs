//! `recognize [--reference-date YYYY-MM-DD]` — reads stdin, one input per line (plain text or a
//! JSON object `{"text": "...", "reference_date": "YYYY-MM-DD"}`), and prints exactly one JSON
//! line per input line: `{"numbers": [...], "counts": [...], "money": [...], "percentages": [...],
//! "dates": [...], "people": [...], "orgs": [...]}`. A line that cannot be read (invalid UTF-8,
//! JSON without a "text" string) prints the empty lists, so outputs stay aligned with inputs.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;
use zhreport::{LineFacts, LineRecognizer};

fn usage() -> ExitCode {
    eprintln!("usage: recognize [--reference-date YYYY-MM-DD] < lines");
    ExitCode::from(2)
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

fn main() -> ExitCode {
    let mut default_date: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--reference-date" => match args.next() {
                Some(d) => default_date = Some(d),
                None => return usage(),
            },
            _ => match a.strip_prefix("--reference-date=") {
                Some(d) => default_date = Some(d.to_string()),
                None => return usage(),
            },
        }
    }
    let stdin = io::stdin();
    let mut reader = stdin.lock();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut recognizer = LineRecognizer::default();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("recognize: reading stdin: {e}");
                return ExitCode::FAILURE;
            }
        }
        let raw = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let facts = match std::str::from_utf8(raw)
            .ok()
            .and_then(|l| input(l, default_date.as_deref()))
        {
            Some((text, date)) => recognizer.recognize(&text, date.as_deref()),
            None => LineFacts::default(),
        };
        let json = serde_json::to_string(&facts).unwrap_or_else(|_| "{}".to_string());
        if writeln!(out, "{json}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
