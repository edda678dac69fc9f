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

fn approx_name(a: Option<zhreport::Approx>) -> Option<String> {
    a.map(|a| {
        serde_json::to_value(a)
            .unwrap()
            .as_str()
            .unwrap()
            .to_string()
    })
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
                approx_name(n.approx),
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

#[test]
fn money_cases() {
    let c = cases("money.json");
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
        let got: Vec<Vec<Option<String>>> = money::find(text, &number::scan(text))
            .into_iter()
            .map(|m| {
                vec![
                    Some(m.text),
                    Some(m.value.to_string()),
                    Some(m.currency),
                    m.value_max.map(|v| v.to_string()),
                    approx_name(m.approx),
                ]
            })
            .collect();
        if got != want {
            failures.push(format!("money {text:?}:\n  want {want:?}\n  got  {got:?}"));
        }
    }
    report(failures, list.len());
}

#[test]
fn percent_cases() {
    let c = cases("percent.json");
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
        let got: Vec<Vec<Option<String>>> = percent::find(text, &number::scan(text))
            .into_iter()
            .map(|p| {
                let dir = p.direction.map(|d| {
                    serde_json::to_value(d)
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_string()
                });
                let kind = serde_json::to_value(p.kind)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string();
                vec![
                    Some(p.text),
                    Some(p.value.to_string()),
                    Some(kind),
                    p.value_max.map(|v| v.to_string()),
                    approx_name(p.approx),
                    dir,
                ]
            })
            .collect();
        if got != want {
            failures.push(format!(
                "percent {text:?}:\n  want {want:?}\n  got  {got:?}"
            ));
        }
    }
    report(failures, list.len());
}
