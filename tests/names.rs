//! People and organizations: the case tables in tests/cases/{people,orgs}.json, and a list of
//! common words that begin with a surname character and must never be read as a name.

use serde_json::Value;

fn cases(file: &str) -> Vec<Value> {
    let path = format!("{}/tests/cases/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    v["cases"].as_array().expect("cases array").clone()
}

#[test]
fn people_case_table() {
    let mut failures = Vec::new();
    for case in cases("people.json") {
        let text = case["text"].as_str().expect("text");
        let expect: Vec<(String, Option<String>)> = case["expect"]
            .as_array()
            .expect("expect")
            .iter()
            .map(|p| {
                (
                    p[0].as_str().expect("name").to_string(),
                    p[1].as_str().map(str::to_string),
                )
            })
            .collect();
        let got: Vec<(String, Option<String>)> = zhreport::parse(text)
            .people
            .into_iter()
            .map(|p| (p.name.into(), p.title.map(String::from)))
            .collect();
        if got != expect {
            failures.push(format!(
                "{}: {text}\n  expected {expect:?}\n  got      {got:?}",
                case["rule"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} people case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn orgs_case_table() {
    let mut failures = Vec::new();
    for case in cases("orgs.json") {
        let text = case["text"].as_str().expect("text");
        let expect: Vec<String> = case["expect"]
            .as_array()
            .expect("expect")
            .iter()
            .map(|o| o.as_str().expect("name").to_string())
            .collect();
        let got: Vec<String> = zhreport::parse(text)
            .orgs
            .into_iter()
            .map(|o| o.name.into())
            .collect();
        if got != expect {
            failures.push(format!(
                "{}: {text}\n  expected {expect:?}\n  got      {got:?}",
                case["rule"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} org case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Common words of work reports that begin with a surname character.
const NON_NAME_WORDS: &[&str] = &[
    "马克思主义",
    "高质量",
    "高水平",
    "高标准",
    "高新技术",
    "周边",
    "周年",
    "金融",
    "金额",
    "时代",
    "王牌",
    "张贴",
    "陈列",
    "黄金",
    "黄河",
    "许多",
    "任务",
    "任何",
    "程序",
    "程度",
    "方面",
    "方案",
    "方式",
    "文化",
    "文明",
    "严格",
    "严重",
    "关于",
    "关键",
    "管理",
    "成为",
    "成果",
    "成效",
    "项目",
    "安全",
    "江苏",
    "沈阳",
    "林业",
    "田园",
    "董事",
    "龙头",
    "万元",
    "石油",
    "范围",
    "陆续",
    "温度",
    "洪水",
    "施工",
    "常态",
    "季度",
    "单位",
    "包括",
    "申请",
    "华东",
    "连续",
    "解决",
    "查处",
    "宁夏",
    "吉林",
    "苏州",
    "宋体",
    "韩国",
    "于是",
    "余额",
    "叶片",
    "顾问",
    "雷达",
    "史上",
    "武警",
    "孔子",
    "向好",
    "邓小平理论",
];

#[test]
fn no_person_in_common_words() {
    let mut found = Vec::new();
    for w in NON_NAME_WORDS {
        let contexts = [
            format!("{w}。"),
            format!("推动{w}发展。"),
            format!("主任{w}说。"),
            format!("书记 {w}\n"),
            format!("省领导{w}、{w}等出席。"),
            format!("，{w}同志"),
            format!("，{w}专家团队"),
            format!("有：{w}、{w}、{w}。"),
            format!("{w}　{w}　摄"),
        ];
        for text in &contexts {
            for p in zhreport::parse(text).people {
                // 邓小平 is a person; the word 邓小平理论 may name him but never "邓小平理".
                if p.name != "邓小平" {
                    found.push(format!("{text} → {}", p.name));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "people found in common words:\n{}",
        found.join("\n")
    );
}

#[test]
fn builder_extends_the_lexicons() {
    let ex = zhreport::Extractor::builder()
        .title("驻村第一书记")
        .org_suffix("院士工作站")
        .known_org("柳工")
        .build()
        .expect("valid lexicons");
    let r = ex.extract("驻村第一书记王小明介绍，柳工与市一院共建同济医院院士工作站。");
    let people: Vec<_> = r
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.title.as_deref()))
        .collect();
    assert_eq!(people, vec![("王小明", Some("驻村第一书记"))]);
    let orgs: Vec<_> = r.orgs.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(orgs, vec!["柳工", "市一院", "同济医院院士工作站"]);
    assert!(zhreport::Extractor::builder()
        .known_org("  ")
        .build()
        .is_err());
}

#[test]
fn spans_point_at_the_names() {
    let text = "邀请两院院士张德明出席，市委副书记王建国作讲话。";
    let r = zhreport::parse(text);
    for p in &r.people {
        assert_eq!(&text[p.span.start..p.span.end], p.name);
    }
    for o in &r.orgs {
        assert_eq!(&text[o.span.start..o.span.end], o.name);
    }
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "等",
        "：",
        "摄",
        "、等院士",
        "书记",
        "主任 ",
        "市",
        "委",
        "局长李",
        "局长李明",
        "局长李明。",
        "等院士",
        "、李明等院士",
        "李明同志",
        "——中国—",
        "欧阳",
        "第十届",
        "和和和局",
    ] {
        let _ = zhreport::parse(text);
    }
}

#[test]
fn repetitive_input_stays_linear() {
    // Titles, lists, colons and suffixes repeated in one paragraph: every rule must stay linear.
    let unit = "市委副书记、政法委书记李明、王强等院士专家：张华、刘伟、陈军，市科协联合市委宣传部和中国工程院";
    let text = unit.repeat(3000);
    let start = std::time::Instant::now();
    let r = zhreport::parse(&text);
    assert!(!r.people.is_empty() && !r.orgs.is_empty());
    assert!(start.elapsed().as_secs() < 60, "took {:?}", start.elapsed());
}

#[test]
fn no_panic_on_combinations_of_tricky_pieces() {
    // Every string of up to four pieces: titles, surnames, list marks, suffixes, spaces.
    let pieces = [
        "书记",
        "李",
        "明",
        "、",
        "等",
        "院士",
        "：",
        "摄",
        "　",
        "和",
        "市",
        "委",
        "局",
        "中心",
        "第十届",
        "同志",
    ];
    let mut stack: Vec<(String, usize)> = vec![(String::new(), 0)];
    let mut n = 0;
    while let Some((s, depth)) = stack.pop() {
        let _ = zhreport::recognize::person::find(&s);
        let _ = zhreport::recognize::org::find(&s);
        n += 1;
        if depth < 4 {
            for p in pieces {
                stack.push((format!("{s}{p}"), depth + 1));
            }
        }
    }
    assert_eq!(n, 1 + 16 + 16 * 16 + 16 * 16 * 16 + 16 * 16 * 16 * 16);
}
