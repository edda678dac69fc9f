//! Runs the date case table (tests/cases/dates.json): every phrasing with the dates it must give,
//! and the ones that must give none.

use serde::Deserialize;
use zhreport::recognize::date::{find_with, DateContext};

#[derive(Deserialize)]
struct Table {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    ctx: Ctx,
    expect: Vec<(String, String, String)>,
}

#[derive(Deserialize)]
struct Ctx {
    year: i32,
    now: Option<i32>,
    reviewed: Option<i32>,
    today: Option<(u32, u32)>,
}

#[test]
fn date_case_table() {
    let raw = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/cases/dates.json"
    ))
    .unwrap();
    let table: Table = serde_json::from_str(&raw).unwrap();
    let mut failures = Vec::new();
    for case in &table.cases {
        let ctx = DateContext {
            now: Some(case.ctx.now.unwrap_or(case.ctx.year)),
            reviewed: Some(case.ctx.reviewed.unwrap_or(case.ctx.year)),
            today: case.ctx.today,
            ..DateContext::year(Some(case.ctx.year))
        };
        let got: Vec<(String, String, String)> = find_with(&case.text, &ctx)
            .into_iter()
            .map(|d| (d.text, d.start, d.end))
            .collect();
        if got != case.expect {
            failures.push(format!(
                "{}\n   expected {:?}\n   got      {:?}",
                case.text, case.expect, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} date cases fail:\n{}",
        failures.len(),
        table.cases.len(),
        failures.join("\n")
    );
}

#[test]
fn report_year_and_relative_dates_in_a_whole_report() {
    let text =
        "一、2018年工作回顾\n过去一年，我们砥砺前行。今年是新中国成立70周年。年末外汇储备充足。";
    let r = zhreport::parse(text);
    assert_eq!(r.year, Some(2019));
    let got: Vec<_> = r
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.start.as_str(), d.end.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("2018年", "2018-01-01", "2018-12-31"),
            ("过去一年", "2018-01-01", "2018-12-31"),
            ("今年", "2019-01-01", "2019-12-31"),
            ("年末", "2018-12-31", "2018-12-31"),
        ]
    );
}
