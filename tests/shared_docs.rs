//! Every real report in ../shared (eval dev docs and corpus) parses without panic and yields at
//! least one section and one count. Skipped with a note where ../shared is absent.

use std::path::Path;

fn docs() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut out = Vec::new();
    for dir in ["eval/dev/docs", "corpus"] {
        if let Ok(rd) = std::fs::read_dir(root.join(dir)) {
            out.extend(
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "txt")),
            );
        }
    }
    out.sort();
    out
}

#[test]
fn every_shared_report_parses() {
    let files = docs();
    if files.is_empty() {
        eprintln!("note: ../shared not found; skipping the real-report test");
        return;
    }
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        let r = zhreport::parse_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        assert!(!r.counts.is_empty(), "{name}: no count");
        // 202 and 203 are a news story and a profile without headings.
        if !["202_", "203_"].iter().any(|p| name.starts_with(p)) {
            assert!(!r.sections.is_empty(), "{name}: no section");
        }
    }
}
