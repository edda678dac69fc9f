//! Counts: the case table tests/cases/counts.json (one case per rule, including what must not
//! be a count) and a snapshot of the counts of the bundled sample report.

use serde_json::Value;
use zhreport::{Approx, Count};

fn approx_name(a: Option<Approx>) -> Value {
    serde_json::to_value(a).unwrap()
}

/// A count as the case table writes it: only the fields an expectation gives are compared.
fn field(c: &Count, key: &str) -> Value {
    let opt = |s: &Option<zhreport::CompactString>| {
        s.as_ref().map_or(Value::Null, |s| Value::from(s.as_str()))
    };
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
        let s = |o: &Option<zhreport::CompactString>| o.as_deref().unwrap_or("-").to_string();
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

/// Tricky inputs built from the characters the count rules look at (numerals, units, quotes,
/// brackets, boundaries, ordinals): parsing never panics and every count's text is its span.
#[test]
fn never_panics_and_spans_hold() {
    const PIECES: &[&str] = &[
        "一", "二", "两", "十", "百", "千", "万", "亿", "零", "陆", "3", "4.5", "0", "12", "个",
        "家", "人", "人次", "级", "期", "届", "次", "番", "翻", "倍", "点", "天", "岁", "第", "首",
        "前", "上", "超", "近", "余", "多", "以上", "左右", "内", "“", "”", "‘", "’", "（", "）",
        "(", ")", "《", "》", "，", "。", "、", "；", " ", "\n", "的", "了", "等", "由", "为",
        "到", "比", "同比", "新建", "开展", "获", "当选", "企业", "项目", "人口", "G", "A", "/",
        "-", "至", "几", "数", "吨", "级", "甲等", "省", "市", "县", "全会", "会议", "年",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..3000 {
        let len = 1 + next(40);
        let text: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
        for c in zhreport::parse(&text).counts {
            let (s, e) = (c.span.start, c.span.end);
            assert!(
                s < e && text.is_char_boundary(s) && text.is_char_boundary(e),
                "{text:?}: {c:?}"
            );
            assert_eq!(&text[s..e], c.text, "{text:?}");
            assert!(c.value > zhreport::Decimal::ZERO, "{text:?}: {c:?}");
            for part in [&c.item, &c.action].into_iter().flatten() {
                assert!(
                    !part.is_empty() && !part.contains(['。', '；', '，']),
                    "{text:?}: {c:?}"
                );
            }
        }
    }
}
