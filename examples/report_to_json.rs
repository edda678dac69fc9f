//! `report_to_json [FILE|DIR|-]...` — prints the Report of one file as pretty JSON; for several
//! files or a folder, one JSON line per document with a "file" field (JSON Lines). With no
//! argument it runs on the bundled sample report. Files that cannot be read or decoded are
//! reported on stderr, the others are still processed, and the exit code is 1.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/sample_report.txt");

fn inputs(args: &[String]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for a in args {
        let p = PathBuf::from(a);
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&p)
                .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|f| f.is_file()).collect())
                .unwrap_or_default();
            files.sort();
            out.extend(files);
        } else {
            out.push(p);
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

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let files = if args.is_empty() { vec![PathBuf::from(SAMPLE)] } else { inputs(&args) };
    let lines = files.len() > 1 || args.iter().any(|a| Path::new(a).is_dir());
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for f in &files {
        let report = match read(f) {
            Ok(bytes) => zhreport::parse_bytes(&bytes).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        let report = match report {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{}: {e}", f.display());
                failed = true;
                continue;
            }
        };
        let text = if lines {
            let mut v = serde_json::to_value(&report).expect("a report serializes");
            v.as_object_mut().map(|o| o.insert("file".into(), f.display().to_string().into()));
            serde_json::to_string(&v)
        } else {
            serde_json::to_string_pretty(&report)
        }
        .expect("a report serializes");
        // A closed pipe (| head) ends the run quietly.
        if writeln!(out, "{text}").is_err() {
            return ExitCode::SUCCESS;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
