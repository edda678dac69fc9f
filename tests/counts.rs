//! Counts: the case table tests/cases/counts.json (one case per rule, including what must not
//! be a count) and a snapshot of the counts of the bundled sample report.

use serde_json::Value;
use zhreport::{Approx, Count};

fn approx_name(a: Option<Approx>) -> Value {
    serde_json::to_value(a).unwrap()
}

/// A count as the case table writes it: only the fields an expectation gives are compared.
fn field(c: &Count, key: &str) -> Value {
    let opt = |s: &Option<String>| s.as_ref().map_or(Value::Null, |s| Value::from(s.as_str()));
    match key {
        "text" => c.text.as_str().into(),
        "value" => c.value.to_string().into(),
        "value_max" => c.value_max.map_or(Value::Null, |v| v.to_string().into()),
        "unit" => opt(&c.unit),
        "approx" => approx_name(c.approx),
        "item" => opt(&c.item),
        "action" => opt(&c.action),
        other => panic!("unknown field {other} in tests/cases/counts.json"),
    }
}

#[test]
fn case_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/counts.json");
    let table: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let cases = table["cases"].as_array().unwrap();
    let mut failures = Vec::new();
    for case in cases {
        let (rule, text) = (
            case["rule"].as_str().unwrap(),
            case["text"].as_str().unwrap(),
        );
        let want = case["counts"].as_array().unwrap();
        let got = zhreport::parse(text).counts;
        if got.len() != want.len() {
            let texts: Vec<_> = got.iter().map(|c| (&c.text, &c.item, &c.action)).collect();
            failures.push(format!(
                "{rule}: {text}\n  want {} counts, got {texts:?}",
                want.len()
            ));
            continue;
        }
        for (g, w) in got.iter().zip(want) {
            for (key, expected) in w.as_object().unwrap() {
                let actual = field(g, key);
                if &actual != expected {
                    failures.push(format!(
                        "{rule}: {text}\n  {} {key}: want {expected}, got {actual}",
                        g.text
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// One line per count of the sample: text, value, unit, approx, item, action, section.
fn sample_lines() -> String {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/sample_report.txt"
    ))
    .unwrap();
    let report = zhreport::parse_bytes(&bytes).unwrap();
    let mut out = String::new();
    for c in &report.counts {
        let s = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
        let approx = approx_name(c.approx);
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            c.text,
            c.value,
            s(&c.unit),
            approx.as_str().unwrap_or("-"),
            s(&c.item),
            s(&c.action),
            c.section.map_or("-".to_string(), |i| i.to_string()),
        ));
    }
    out
}

/// The sample's counts against tests/snapshots/sample_counts.tsv; `UPDATE_SNAPSHOTS=1 cargo test`
/// rewrites the file after a deliberate change (review the diff).
#[test]
fn sample_snapshot() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/snapshots/sample_counts.tsv"
    );
    let got = sample_lines();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
        std::fs::write(path, &got).unwrap();
    }
    let want =
        std::fs::read_to_string(path).expect("snapshot present (UPDATE_SNAPSHOTS=1 writes it)");
    assert_eq!(
        got, want,
        "sample counts changed; rerun with UPDATE_SNAPSHOTS=1 if intended"
    );
}
