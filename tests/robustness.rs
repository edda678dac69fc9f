//! Adversarial and property tests: whatever the input, parse returns a Report (or a typed decode
//! error) whose spans slice the text, whose sections nest, and which survives a JSON round trip.
//! Time bounds are measured by the benches, not here.

use proptest::prelude::*;
use zhreport::{Report, Span};

/// Every invariant a Report must satisfy for the text it came from.
fn check_invariants(text: &str, r: &Report) {
    let check = |s: &Span, what: &str, expected: Option<&str>| {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{what}: span {s:?} out of bounds"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{what}: span {s:?} not on char boundaries"
        );
        assert_eq!(
            text[..s.start].chars().count(),
            s.char_start,
            "{what}: char_start"
        );
        assert_eq!(
            text[..s.end].chars().count(),
            s.char_end,
            "{what}: char_end"
        );
        if let Some(e) = expected {
            assert_eq!(&text[s.start..s.end], e, "{what}: text");
        }
    };
    for c in &r.counts {
        check(&c.span, "count", Some(&c.text));
    }
    for m in &r.money {
        check(&m.span, "money", Some(&m.text));
    }
    for p in &r.percentages {
        check(&p.span, "percent", Some(&p.text));
    }
    for d in &r.dates {
        check(&d.span, "date", Some(&d.text));
        assert!(d.start <= d.end, "date {d:?} ends before it starts");
    }
    for p in &r.people {
        check(&p.span, "person", None);
    }
    for o in &r.orgs {
        check(&o.span, "org", Some(&o.name));
    }
    for (i, s) in r.sections.iter().enumerate() {
        check(&s.span, "section", None);
        check(&s.heading_span, "heading", Some(&s.heading));
        assert!(
            s.span.contains(&s.heading_span),
            "section {i}: heading outside its span"
        );
        if let Some(p) = s.parent {
            assert!(p < i, "section {i}: parent {p} after it");
            assert!(
                r.sections[p].span.contains(&s.span),
                "section {i} not inside its parent {p}"
            );
            assert!(
                r.sections[p].level < s.level,
                "section {i}: level not below its parent"
            );
        }
        // Sections at the same nesting either nest or do not overlap.
        for t in &r.sections[..i] {
            assert!(
                t.span.contains(&s.span) || !t.span.overlaps(&s.span),
                "sections overlap: {t:?} / {s:?}"
            );
        }
    }
    let sections_of = |span: &Span, section: Option<usize>, what: &str| {
        if let Some(i) = section {
            assert!(
                r.sections[i].span.contains(span),
                "{what} {span:?} outside its section {i}"
            );
        }
    };
    r.counts
        .iter()
        .for_each(|m| sections_of(&m.span, m.section, "count"));
    r.money
        .iter()
        .for_each(|m| sections_of(&m.span, m.section, "money"));
    r.percentages
        .iter()
        .for_each(|m| sections_of(&m.span, m.section, "percent"));
    r.dates
        .iter()
        .for_each(|m| sections_of(&m.span, m.section, "date"));
    r.people
        .iter()
        .for_each(|m| sections_of(&m.span, m.section, "person"));
    r.orgs
        .iter()
        .for_each(|m| sections_of(&m.span, m.section, "org"));
    let json = serde_json::to_string(r).expect("a report serializes");
    let back: Report = serde_json::from_str(&json).expect("its JSON reads back");
    assert_eq!(&back, r, "JSON round trip changed the report");
}

fn parse_checked(text: &str) -> Report {
    let r = zhreport::parse(text);
    check_invariants(text, &r);
    r
}

/// Characters that exercise the recognizers: digits, numerals, units, punctuation, heading marks.
const ALPHABET: &[&str] = &[
    "一",
    "二",
    "三",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "两",
    "零",
    "〇",
    "0",
    "1",
    "2",
    "5",
    "9",
    ".",
    ",",
    "%",
    "％",
    "余",
    "多",
    "约",
    "超",
    "近",
    "个",
    "家",
    "人次",
    "元",
    "万元",
    "年",
    "月",
    "日",
    "第",
    "、",
    "，",
    "。",
    "：",
    "（",
    "）",
    "-",
    "—",
    "～",
    "至",
    "\n",
    " ",
    "\u{3000}",
    "市委",
    "书记",
    "李",
    "王",
    "院士",
    "有限公司",
    "百分之",
    "个百分点",
    "十四五",
    "今年",
    "去年",
    "上半年",
    "a",
    "G",
    "¥",
    "$",
    "美元",
    "点",
    "分之",
    "是",
    "以上",
    "左右",
];

fn token_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(ALPHABET), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_keep_invariants(s in any::<String>()) {
        parse_checked(&s);
    }

    #[test]
    fn report_like_strings_keep_invariants(s in token_text()) {
        parse_checked(&s);
    }

    #[test]
    fn arbitrary_bytes_give_report_or_error(b in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(r) = zhreport::parse_bytes(&b) {
            prop_assert!(r.meta.encoding.is_some());
        }
    }
}

#[test]
fn empty_and_blank_inputs_give_empty_reports() {
    for text in ["", " ", "\n\n\n", "\u{3000}\u{3000}", "\r\n\r\n", "\t"] {
        let r = parse_checked(text);
        assert!(
            r.title.is_none() && r.sections.is_empty() && r.counts.is_empty(),
            "{text:?}"
        );
    }
    assert!(zhreport::parse_bytes(b"").unwrap().counts.is_empty());
}

#[test]
fn only_chrome_gives_no_facts() {
    let r = parse_checked("设为首页\n加入收藏\n首页\n上一篇：第3次会议\n下一篇：2022年工作\n分享到：\n【字号 大 中 小】");
    assert!(r.counts.is_empty() && r.dates.is_empty() && r.sections.is_empty());
}

#[test]
fn huge_single_line() {
    let unit = "全年新建4家院士工作站，资助帮扶资金20万元，增长12.5%。";
    let text = unit.repeat(1_000_000 / unit.len() + 1);
    let r = parse_checked(&text);
    let n = text.matches(unit).count();
    assert_eq!(r.counts.len(), n);
    assert_eq!(r.money.len(), n);
    assert_eq!(r.percentages.len(), n);
}

#[test]
fn long_runs_of_digits_and_numerals() {
    // 1 MB of digits: one numeral too large to be exact is dropped, never truncated or panicking.
    let digits = "1234567890".repeat(100_000);
    let r = parse_checked(&digits);
    assert!(r.counts.is_empty() && r.money.is_empty());
    let yi = "一".repeat(300_000);
    parse_checked(&yi);
    let mixed = "三千五百万".repeat(50_000) + "元";
    parse_checked(&mixed);
}

#[test]
fn repeated_qualifiers_and_dashes() {
    parse_checked(&"余".repeat(100_000));
    parse_checked(&format!("超{}人", "余".repeat(50_000)));
    parse_checked(&"——".repeat(100_000));
    parse_checked(&"2021-".repeat(50_000));
    parse_checked(&"第".repeat(50_000));
    parse_checked(&"1,".repeat(50_000));
    parse_checked(&"1.".repeat(50_000));
}

#[test]
fn many_headings() {
    let mut text = String::new();
    for i in 0..100_000 {
        text.push_str(["一、标题\n", "二、标题\n", "三、标题\n"][i % 3]);
    }
    text.push_str("共有5家单位参加。\n");
    let r = parse_checked(&text);
    assert!(!r.sections.is_empty());
}

#[test]
fn nul_bytes_and_controls() {
    let text = "新建\u{0}4家\u{0}院士工作站\u{7}。\u{0}\u{0}";
    parse_checked(text);
    // As bytes, NULs may be judged binary: a typed error or a report, never a panic.
    match zhreport::parse_bytes(text.as_bytes()) {
        Ok(r) => check_invariants(text, &r),
        Err(e) => assert!(matches!(e, zhreport::Error::Decode { .. }), "{e}"),
    }
}

#[test]
fn bad_encodings_are_typed_errors() {
    // A lone surrogate in UTF-16LE.
    let err = zhreport::parse_bytes(&[0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]).unwrap_err();
    assert!(matches!(err, zhreport::Error::Decode { .. }), "{err}");
    // Random binary (xorshift, deterministic).
    let mut x: u32 = 0x9e3779b9;
    let bin: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect();
    if let Ok(r) = zhreport::parse_bytes(&bin) {
        assert!(r.meta.encoding.is_some());
    }
}

#[test]
fn mixed_encodings_in_one_file() {
    // UTF-8 text followed by GBK bytes: not valid in either, so it must not be silently mangled.
    let mut bytes = "新建4家院士工作站。".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xb1, 0xa8, 0xb8, 0xe6]); // 报告 in GBK
    match zhreport::parse_bytes(&bytes) {
        Err(e) => assert!(matches!(e, zhreport::Error::Decode { .. })),
        Ok(r) => assert_ne!(r.meta.encoding.as_deref(), Some("UTF-8")),
    }
}

#[test]
fn real_reports_keep_invariants() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut n = 0;
    for dir in ["eval/dev/docs", "corpus"] {
        let Ok(rd) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for f in rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
            let text = std::fs::read_to_string(&f).unwrap();
            parse_checked(&text);
            n += 1;
        }
    }
    if n == 0 {
        eprintln!("note: ../shared not found; real-report invariants skipped");
    }
}

/// Quotients longer than a double carries (found by the property test above) keep 15 significant
/// digits, so the report still reads back from its JSON.
#[test]
fn long_quotients_survive_json() {
    let text = "一一分之1亿，三一分之2亿十，1234567又三分之一，1234567 1/3";
    parse_checked(text);
    let values: Vec<String> = zhreport::number::scan(text)
        .iter()
        .map(|n| n.number.value.to_string())
        .collect();
    assert_eq!(
        values,
        [
            "9090909.09090909",
            "6451613.22580645",
            "1234567.33333333",
            "1234567.33333333"
        ],
    );
}
