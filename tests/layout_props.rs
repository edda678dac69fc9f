//! Property tests of the layout and decode stages: any text made of the pieces that trip
//! them (numbering, sentence ends, spaces of every kind, escaped spaces, line ends, chrome and
//! byline words, dates) lays out without panic into sorted, disjoint blocks on char
//! boundaries, and sections whose spans nest; any bytes decode or give the typed error.

use proptest::prelude::*;

const PIECES: &[&str] = &[
    "一、",
    "二、",
    "十一、",
    "（一）",
    "(二)",
    "1.",
    "2．",
    "3、",
    "（1）",
    "①",
    "第一章",
    "第二节",
    "第一部分",
    "一是",
    "二是",
    "附件1",
    "附件2 ",
    "名词解释",
    "注释",
    "。",
    "：",
    "！",
    "；",
    "，",
    "——",
    "—",
    " ",
    "  ",
    "\u{3000}",
    "\u{a0}",
    "<U+00A0>",
    "&nbsp;",
    "\n",
    "\r\n",
    "\r",
    "\u{feff}",
    "工作回顾",
    "重点工作",
    "总体部署",
    "全年新建4家院士工作站",
    "增长12.5%",
    "20万元",
    "2023年",
    "二○一二年十月二十六日",
    "（2013年3月20日）",
    "2026年02月10日 07时41分",
    "来源：",
    "来源:",
    "责任编辑：",
    "发布时间：2024-01-15",
    "上一篇：",
    "相关报道",
    "设为首页",
    "首页 > 正文",
    "【打印】",
    "|",
    "各位代表：",
    "省长 王某",
    "加强政治建设夯实思想根基",
    "x",
    "é",
    "𠀀",
    "🙂",
];

fn text_from(picks: &[usize]) -> String {
    picks.iter().map(|&i| PIECES[i % PIECES.len()]).collect()
}

fn check(text: &str) {
    let layout = zhreport::layout::analyze(text);
    let mut last_end = 0;
    for b in &layout.blocks {
        assert!(
            b.start >= last_end && b.start < b.end && b.end <= text.len(),
            "block {b:?}"
        );
        assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
        last_end = b.end;
    }
    for h in &layout.headings {
        assert!(h.level >= 1);
        assert_eq!(&text[h.heading_span.start..h.heading_span.end], h.heading);
    }
    let r = zhreport::parse(text);
    for (i, s) in r.sections.iter().enumerate() {
        assert!(s.span.start <= s.heading_span.start && s.heading_span.end <= s.span.end);
        if let Some(p) = s.parent {
            assert!(p < i && r.sections[p].level < s.level);
            assert!(
                r.sections[p].span.start <= s.span.start && s.span.end <= r.sections[p].span.end
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_lays_out(picks in proptest::collection::vec(0usize..1000, 0..120)) {
        check(&text_from(&picks));
    }

    #[test]
    fn any_bytes_decode_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        match zhreport::decode::decode(&bytes) {
            Ok(d) => check(&d.text),
            Err(zhreport::Error::Decode { offset, .. }) => prop_assert!(offset <= bytes.len()),
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }
}
