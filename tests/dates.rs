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
            .map(|d| (d.text.into(), d.start.into(), d.end.into()))
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

#[test]
fn year_parts_follow_the_part_of_a_government_work_report() {
    let text = "一、2018年工作回顾\n过去一年，年末外汇储备充足。\n二、2019年政府工作任务\n年底前完成清偿。新的一年，继续努力。\n";
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
            ("年末", "2018-12-31", "2018-12-31"),
            ("2019年", "2019-01-01", "2019-12-31"),
            ("年底", "2019-12-31", "2019-12-31"),
            ("新的一年", "2019-01-01", "2019-12-31"),
        ]
    );
}

#[test]
fn dates_never_panic_on_odd_text() {
    let odd = [
        "",
        "年",
        "2022",
        "二〇",
        "十",
        "“十",
        "1-",
        "2022.",
        "2022.1.",
        "过去",
        "近",
        "Q",
        "前",
        "年初步",
        "～～～～",
        "12/",
        "/12",
        "2022年2月",
        "2022年13月",
        "0年",
        "00年",
        "9999年9月99日",
        "自起至止",
        "农历",
        "世纪",
        "上世纪",
        "99年代",
        "第",
        "5天",
        "个月前",
        "\u{0}\u{ffff}年",
        "２０２２年７月２０日",
        "二零二二年十二月三十一日",
        "2022-2",
        "1999.08-",
        "康熙",
        "康熙元",
        "民国元年后",
    ];
    for t in odd {
        for ctx in [
            DateContext::year(None),
            DateContext::year(Some(2020)),
            DateContext::reference_date(2020, 2, 29),
        ] {
            let _ = find_with(t, &ctx);
        }
    }
    // Every prefix and suffix of a dense line, cut at char boundaries.
    let dense = "2022年7月20日至8月1日，今年上半年，“十四五”，1999.08-2002.02，上世纪90年代，5天前，12号，2月29日或之前。";
    let ctx = DateContext::reference_date(2021, 6, 14);
    for (i, _) in dense.char_indices() {
        let _ = find_with(&dense[i..], &ctx);
        let _ = find_with(&dense[..i], &ctx);
    }
}

#[test]
fn report_year_from_a_title_with_a_space_or_chinese_digits() {
    assert_eq!(
        zhreport::parse("2022 年度工作总结\n\n一、主要工作\n今年完成任务。").year,
        Some(2022)
    );
    assert_eq!(
        zhreport::parse("二〇二二年工作总结\n\n一、主要工作\n今年完成任务。").year,
        Some(2022)
    );
}
