//! Table-driven layout tests: golden heading trees for each numbering style
//! (tests/cases/headings.json) and web-page chrome from several site layouts
//! (tests/cases/chrome.json). The phrasings are written for these tests.

use serde_json::Value;

fn cases(name: &str) -> Vec<Value> {
    let path = format!("{}/tests/cases/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn text_of(case: &Value) -> String {
    case["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn heading_trees() {
    for case in cases("headings.json") {
        let name = case["name"].as_str().unwrap();
        let text = text_of(&case);
        let report = zhreport::parse(&text);
        let got: Vec<Value> = report
            .sections
            .iter()
            .map(|s| serde_json::json!([s.level, s.numbering, s.heading, s.parent]))
            .collect();
        assert_eq!(Value::Array(got), case["tree"], "{name}");
        // Spans: the heading text is where the section says, inside the section.
        for s in &report.sections {
            assert_eq!(
                &text[s.heading_span.start..s.heading_span.end],
                s.heading,
                "{name}"
            );
            assert!(
                s.span.start <= s.heading_span.start && s.heading_span.end <= s.span.end,
                "{name}"
            );
            if let Some(p) = s.parent {
                let parent = &report.sections[p];
                assert!(
                    parent.span.start <= s.span.start && s.span.end <= parent.span.end,
                    "{name}: nesting"
                );
            }
        }
    }
}

#[test]
fn page_chrome_and_meta() {
    for case in cases("chrome.json") {
        let name = case["name"].as_str().unwrap();
        let text = text_of(&case);
        let layout = zhreport::layout::analyze(&text);
        assert_eq!(
            layout.title.as_ref().map(|t| t.0.as_str()),
            case["title"].as_str(),
            "{name}: title"
        );
        assert_eq!(
            layout.subtitle.as_deref(),
            case["subtitle"].as_str(),
            "{name}: subtitle"
        );
        let meta = &case["meta"];
        assert_eq!(
            layout.meta.editor.as_deref(),
            meta["editor"].as_str(),
            "{name}: editor"
        );
        assert_eq!(
            layout.meta.source.as_deref(),
            meta["source"].as_str(),
            "{name}: source"
        );
        assert_eq!(
            layout.meta.published.as_deref(),
            meta["published"].as_str(),
            "{name}: published"
        );
        let blocks: Vec<&str> = layout
            .blocks
            .iter()
            .map(|b| &text[b.start..b.end])
            .collect();
        let expected: Vec<&str> = case["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b.as_str().unwrap())
            .collect();
        assert_eq!(blocks, expected, "{name}: blocks");
    }
}

/// Facts are never read from chrome: a number in a navigation or footer line is no count.
#[test]
fn no_facts_from_chrome() {
    let text = "首页 > 工作动态 > 正文\n浏览次数：1024\n上一篇：全区新建5家企业\n新建4家院士工作站。\n苏ICP备12345678号";
    let r = zhreport::parse(text);
    let counts: Vec<_> = r.counts.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(counts, ["4家"]);
}

/// Mentions carry the innermost section, also after a flattened line was cut into blocks.
#[test]
fn mentions_carry_innermost_section() {
    for text in [
        "一、工作回顾\n（一）产业发展\n新增企业35家。\n（二）城乡建设\n新建公路120公里。\n二、工作安排\n实施项目80个。",
        "一、工作回顾 （一）产业发展 新增企业35家。（二）城乡建设 新建公路120公里。二、工作安排 实施项目80个。",
    ] {
        let r = zhreport::parse(text);
        let headings: Vec<_> = r.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings, ["工作回顾", "产业发展", "城乡建设", "工作安排"], "{text}");
        let sections: Vec<_> = r.counts.iter().map(|c| (c.text.as_str(), c.section)).collect();
        assert_eq!(sections, [("35家", Some(1)), ("120公里", Some(2)), ("80个", Some(3))], "{text}");
        // Paragraph spans sit in their section.
        for (i, s) in r.sections.iter().enumerate() {
            for p in &s.paragraphs {
                assert!(s.span.start <= p.start && p.end <= s.span.end, "section {i}");
            }
        }
    }
}

/// Line ends and spaces: CRLF, CR, NBSP, ideographic spaces and escaped spaces around lines.
#[test]
fn line_ends_and_spaces() {
    let text = "\u{feff}年度工作总结\r\n\r\n\u{3000}\u{3000}一、基本情况\u{a0}\r全年新建4家院士工作站，帮扶资金20万元。<U+00A0>\n";
    let r = zhreport::parse(text);
    assert_eq!(r.title.as_deref(), Some("年度工作总结"));
    assert_eq!(r.sections[0].heading, "基本情况");
    assert_eq!(
        &text[r.sections[0].heading_span.start..r.sections[0].heading_span.end],
        "基本情况"
    );
    assert_eq!(r.counts[0].text, "4家");
    // Form feeds and Unicode paragraph separators end lines too.
    let text = "年度工作总结\u{2029}一、基本情况\u{2028}全年新建4家院士工作站，帮扶资金20万元。\u{c}二、存在问题\n人才不足。";
    let r = zhreport::parse(text);
    let headings: Vec<_> = r.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(headings, ["基本情况", "存在问题"]);
    assert_eq!(r.title.as_deref(), Some("年度工作总结"));
}

/// Large and odd inputs stay fast and never panic.
#[test]
fn long_single_lines() {
    let sentence = "全年新建4家院士工作站，帮扶资金20万元。";
    let long: String = std::iter::repeat_n(sentence, 5_000).collect();
    let t = std::time::Instant::now();
    let r = zhreport::parse(&long);
    assert_eq!(r.counts.iter().filter(|c| c.text == "4家").count(), 5_000);
    let dots: String = std::iter::repeat_n("。一、", 10_000).collect();
    let _ = zhreport::parse(&dots);
    for unit in [
        " 一是加强",
        " （一）加强",
        "。一、加强",
        " 1.加强",
        "<U+00A0>一、工作回顾",
    ] {
        let s: String = std::iter::repeat_n(unit, 10_000).collect();
        let _ = zhreport::parse(&s);
    }
    assert!(t.elapsed().as_secs() < 20, "too slow: {:?}", t.elapsed());
}
