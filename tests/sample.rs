//! Golden test of the bundled sample report: concrete values computed by the pipeline.

use zhreport::{Approx, PercentKind};

fn sample() -> zhreport::Report {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/sample_report.txt"
    ))
    .unwrap();
    zhreport::parse_bytes(&bytes).unwrap()
}

#[test]
fn metadata_and_sections() {
    let r = sample();
    assert_eq!(r.title.as_deref(), Some("凝心聚力 服务创新"));
    assert_eq!(
        r.subtitle.as_deref(),
        Some("江城市科学技术协会2023年工作总结")
    );
    assert_eq!(r.year, Some(2023));
    assert_eq!(r.meta.editor.as_deref(), Some("林晓"));
    assert_eq!(r.meta.source.as_deref(), Some("江城市科协"));
    assert_eq!(r.meta.published.as_deref(), Some("2024-01-15"));
    let headings: Vec<_> = r
        .sections
        .iter()
        .map(|s| (s.level, s.numbering.as_deref(), s.heading.as_str()))
        .collect();
    assert_eq!(
        headings,
        vec![
            (1, Some("一、"), "服务创新发展"),
            (1, Some("二、"), "科学普及"),
            (1, Some("三、"), "人才举荐"),
            (1, Some("四、"), "智库建设"),
            (1, Some("五、"), "自身建设"),
        ]
    );
}

#[test]
fn counts() {
    let r = sample();
    let got: Vec<_> = r
        .counts
        .iter()
        .map(|c| {
            (
                c.text.as_str(),
                c.value.to_i64().unwrap(),
                c.unit.as_deref().unwrap(),
                c.approx,
                c.section,
            )
        })
        .collect();
    let m = Some(Approx::MoreThan);
    let expected = [
        ("4家", 4, "家", None, Some(0)),
        ("12家", 12, "家", None, Some(0)),
        ("30余个", 30, "个", m, Some(0)),
        ("60余项", 60, "项", m, Some(0)),
        ("15项", 15, "项", None, Some(0)),
        ("200余场次", 200, "场次", m, Some(1)),
        ("超35万人次", 350_000, "人次", m, Some(1)),
        ("25个", 25, "个", None, Some(1)),
        ("3名", 3, "名", None, Some(2)),
        ("20余期", 20, "期", m, Some(2)),
        ("2600余名", 2600, "名", m, Some(2)),
        ("18项", 18, "项", None, Some(3)),
        ("6项", 6, "项", None, Some(3)),
        ("12次", 12, "次", None, Some(4)),
    ];
    for e in expected {
        assert!(got.contains(&e), "missing {e:?} in {got:?}");
    }
    let item = |t: &str| {
        r.counts
            .iter()
            .find(|c| c.text == t)
            .and_then(|c| c.item.clone())
    };
    assert_eq!(item("4家").as_deref(), Some("院士专家工作站"));
    assert!(item("200余场次").unwrap().contains("科普活动"));
}

#[test]
fn money_percent_dates() {
    let r = sample();
    let money: Vec<_> = r
        .money
        .iter()
        .map(|m| {
            (
                m.text.as_str(),
                m.value.to_i64().unwrap(),
                m.currency.as_str(),
            )
        })
        .collect();
    assert_eq!(
        money,
        vec![
            ("3.5亿元", 350_000_000, "CNY"),
            ("800万元", 8_000_000, "CNY")
        ]
    );
    let pct: Vec<_> = r
        .percentages
        .iter()
        .map(|p| (p.value.to_string(), p.kind, p.approx))
        .collect();
    assert_eq!(
        pct,
        vec![
            ("12.5".to_string(), PercentKind::Percent, None),
            ("1.2".to_string(), PercentKind::Points, None),
            ("40".to_string(), PercentKind::Percent, Some(Approx::About)),
        ]
    );
    let dates: Vec<_> = r
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.start.as_str(), d.end.as_str()))
        .collect();
    for e in [
        ("2023年", "2023-01-01", "2023-12-31"),
        ("2023年5月18日", "2023-05-18", "2023-05-18"),
        ("2021-2025年", "2021-01-01", "2025-12-31"),
        ("十四五", "2021-01-01", "2025-12-31"),
    ] {
        assert!(dates.contains(&e), "missing {e:?} in {dates:?}");
    }
}

#[test]
fn spans_slice_the_text() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/data/sample_report.txt"
    ))
    .unwrap();
    let r = zhreport::parse(&text);
    for c in &r.counts {
        assert_eq!(&text[c.span.start..c.span.end], c.text);
        let chars: String = text
            .chars()
            .skip(c.span.char_start)
            .take(c.span.char_end - c.span.char_start)
            .collect();
        assert_eq!(chars, c.text);
    }
    assert_eq!(zhreport::parse(&text), r, "same input, same output");
}
