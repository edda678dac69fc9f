//! The Extractor builder's extension points on report-like text: user currencies, known people,
//! heading patterns, and the typed errors for bad rules.

use zhreport::{Error, Extractor};

const REPORT: &str = "\
某市对外合作办公室2025年工作总结
第一篇 对外援助
一、项目资金
全年向友好城市拨付援助资金3000比索，另有比索1.2万元等值物资。
二、人员往来
阿不都热合曼带队赴友好城市考察，欧阳小雪参加交流。
第二篇 下一步打算
一、继续推进合作
计划新建2个合作园区。
";

fn extractor() -> Extractor {
    Extractor::builder()
        .currency("比索", "MXN")
        .known_person("阿不都热合曼")
        .heading_pattern(r"第[一二三四五六七八九十]+篇\s*")
        .build()
        .expect("valid rules")
}

#[test]
fn custom_heading_pattern_nests_above_builtin_styles() {
    let r = extractor().extract(REPORT);
    let outline: Vec<(u8, Option<&str>, &str)> = r
        .sections
        .iter()
        .map(|s| (s.level, s.numbering.as_deref(), s.heading.as_str()))
        .collect();
    assert_eq!(
        outline,
        vec![
            (1, Some("第一篇"), "对外援助"),
            (2, Some("一、"), "项目资金"),
            (2, Some("二、"), "人员往来"),
            (1, Some("第二篇"), "下一步打算"),
            (2, Some("一、"), "继续推进合作"),
        ]
    );
    assert_eq!(r.sections[1].parent, Some(0));
    assert_eq!(r.sections[4].parent, Some(3));
    // Facts land in the innermost section under the custom one.
    assert_eq!(r.counts.len(), 1);
    assert_eq!(r.counts[0].section, Some(4));
}

#[test]
fn without_the_pattern_the_same_lines_are_not_top_level_parts() {
    let r = Extractor::default().extract(REPORT);
    assert!(r
        .sections
        .iter()
        .all(|s| s.numbering.as_deref() != Some("第一篇")));
    assert_eq!(r.sections.iter().filter(|s| s.level == 1).count(), 3);
}

#[test]
fn user_currency_after_and_before_an_amount() {
    let r = extractor().extract(REPORT);
    let money: Vec<(&str, String, &str)> = r
        .money
        .iter()
        .map(|m| (m.text.as_str(), m.value.to_string(), m.currency.as_str()))
        .collect();
    assert_eq!(money[0], ("3000比索", "3000".to_string(), "MXN"));
    // 比索1.2万元: the currency written before overrides the generic 元.
    assert_eq!(money[1], ("比索1.2万元", "12000".to_string(), "MXN"));
    assert!(r.money[0]
        .item
        .as_deref()
        .is_some_and(|i| i.ends_with("援助资金")));
    // The default extractor does not know the word: no money there.
    assert!(Extractor::default()
        .extract("拨付援助资金3000比索。")
        .money
        .is_empty());
}

#[test]
fn known_person_is_found_without_a_title() {
    let r = extractor().extract(REPORT);
    let names: Vec<&str> = r.people.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"阿不都热合曼"), "{names:?}");
    let default_names: Vec<String> = Extractor::default()
        .extract(REPORT)
        .people
        .into_iter()
        .map(|p| p.name.into())
        .collect();
    assert!(!default_names.iter().any(|n| n == "阿不都热合曼"));
}

fn rule_error(result: Result<Extractor, Error>) -> (String, String) {
    match result {
        Err(Error::Rule { rule, reason }) => (rule, reason),
        Err(other) => panic!("expected a rule error, got {other}"),
        Ok(_) => panic!("expected a rule error, got an extractor"),
    }
}

#[test]
fn bad_rules_are_typed_errors_naming_the_rule() {
    let (rule, reason) = rule_error(Extractor::builder().heading_pattern("第(一").build());
    assert_eq!(rule, "第(一");
    assert!(reason.contains("not a valid heading pattern"), "{reason}");

    let (rule, reason) = rule_error(Extractor::builder().heading_pattern("[0-9]*").build());
    assert_eq!(rule, "[0-9]*");
    assert!(reason.contains("empty line"), "{reason}");

    let (rule, _) = rule_error(Extractor::builder().currency("比索", "mxn").build());
    assert_eq!(rule, "比索 mxn");
    let (rule, _) = rule_error(Extractor::builder().currency(" ", "MXN").build());
    assert_eq!(rule, " ");
    let (rule, _) = rule_error(Extractor::builder().known_person("").build());
    assert_eq!(rule, "");

    // The error prints the rule and the reason.
    let err = Extractor::builder()
        .heading_pattern("(")
        .build()
        .unwrap_err();
    assert!(err.to_string().starts_with("invalid rule \"(\""), "{err}");
}

#[test]
fn a_heading_pattern_taking_the_whole_line_has_no_numbering() {
    let ex = Extractor::builder()
        .heading_pattern(r"【[^】]+】")
        .build()
        .unwrap();
    let r = ex.extract(
        "【民生保障】\n全年新增就业1.2万人，发放补贴500万元。\n【生态环境】\n新建公园3个。",
    );
    let got: Vec<(Option<&str>, &str)> = r
        .sections
        .iter()
        .map(|s| (s.numbering.as_deref(), s.heading.as_str()))
        .collect();
    assert_eq!(got, vec![(None, "【民生保障】"), (None, "【生态环境】")]);
    assert_eq!(r.counts.last().map(|c| c.section), Some(Some(1)));
}
