//! Case tables for the number core, money and percentages (tests/cases/*.json): real phrasings
//! with the values they must give, and phrasings that must give nothing. Every failing case is
//! listed, not only the first.

use serde_json::Value;
use zhreport::recognize::{money, number, percent};

fn cases(name: &str) -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/").to_string() + name;
    serde_json::from_str(&std::fs::read_to_string(&path).expect("case file"))
        .expect("case file is JSON")
}

fn s(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn report(failures: Vec<String>, total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {total} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn number_parse_cases() {
    let c = cases("numbers.json");
    let mut failures = Vec::new();
    let list = c["parse"].as_array().unwrap();
    for case in list {
        let text = case[0].as_str().unwrap();
        let want = (s(&case[1]), s(&case[2]), s(&case[3]));
        let got = number::parse(text).map(|n| {
            (
                Some(n.value.to_string()),
                n.value_max.map(|v| v.to_string()),
                n.approx.map(name),
            )
        });
        if got.as_ref() != Some(&want) {
            failures.push(format!("parse {text:?}: want {want:?}, got {got:?}"));
        }
    }
    report(failures, list.len());
}

#[test]
fn number_scan_cases() {
    let c = cases("numbers.json");
    let mut failures = Vec::new();
    let list = c["scan"].as_array().unwrap();
    for case in list {
        let text = case[0].as_str().unwrap();
        let want: Vec<String> = case[1].as_array().unwrap().iter().filter_map(s).collect();
        let got: Vec<String> = number::scan(text)
            .iter()
            .map(|n| n.number.value.to_string())
            .collect();
        if got != want {
            failures.push(format!("scan {text:?}: want {want:?}, got {got:?}"));
        }
    }
    report(failures, list.len());
}

#[test]
fn not_number_cases() {
    let c = cases("numbers.json");
    let mut failures = Vec::new();
    let list = c["not_numbers"].as_array().unwrap();
    for case in list {
        let text = case.as_str().unwrap();
        let got: Vec<&str> = number::scan(text)
            .iter()
            .map(|n| &text[n.start..n.end])
            .collect();
        if !got.is_empty() {
            failures.push(format!("{text:?} must hold no number, got {got:?}"));
        }
    }
    report(failures, list.len());
}

/// Runs a table of `[text, [[field, …], …]]` rows: every mention `find` gives for the text, as
/// its fields in the table's order.
fn check_rows(file: &str, label: &str, find: impl Fn(&str) -> Vec<Vec<Option<String>>>) {
    let c = cases(file);
    let mut failures = Vec::new();
    let list = c.as_array().unwrap();
    for case in list {
        let text = case[0].as_str().unwrap();
        let want: Vec<Vec<Option<String>>> = case[1]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m.as_array().unwrap().iter().map(s).collect())
            .collect();
        let got = find(text);
        if got != want {
            failures.push(format!(
                "{label} {text:?}:\n  want {want:?}\n  got  {got:?}"
            ));
        }
    }
    report(failures, list.len());
}

/// The JSON name of a unit enum (more_than, points, up).
fn name(v: impl serde::Serialize) -> String {
    serde_json::to_value(v)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn money_cases() {
    check_rows("money.json", "money", |text| {
        money::find(text, &number::scan(text))
            .into_iter()
            .map(|m| {
                vec![
                    Some(m.text.into()),
                    Some(m.value.to_string()),
                    Some(m.currency.into()),
                    m.value_max.map(|v| v.to_string()),
                    m.approx.map(name),
                ]
            })
            .collect()
    });
}

#[test]
fn percent_cases() {
    check_rows("percent.json", "percent", |text| {
        percent::find(text, &number::scan(text))
            .into_iter()
            .map(|p| {
                vec![
                    Some(p.text.into()),
                    Some(p.value.to_string()),
                    Some(name(p.kind)),
                    p.value_max.map(|v| v.to_string()),
                    p.approx.map(name),
                    p.direction.map(name),
                ]
            })
            .collect()
    });
}
