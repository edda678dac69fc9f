//! Heading detection: numbered styles (一、 （一） 1. （1） ① 第一章 一是) and short unnumbered
//! heading lines.

use crate::recognize::number;
use once_cell::sync::Lazy;
use regex::Regex;

/// A numbering style; levels follow the order in which styles first appear in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// 一、
    ChineseComma,
    /// （一） or (一)
    ChineseParen,
    /// 1. / 1．
    ArabicDot,
    /// 1、
    ArabicComma,
    /// （1） or (1)
    ArabicParen,
    /// ① ②
    Circled,
    /// 第一章
    Chapter,
    /// 第一节
    Part,
    /// 第一部分
    Division,
    /// 一是 / 二是 (run-in only)
    Ordinal,
    /// A short line without numbering.
    Unnumbered,
}

/// A numbered heading found at the start of a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    /// The style.
    pub style: Style,
    /// The number (1 for 一、).
    pub number: u32,
    /// Byte length of the numbering as written (`（一）`).
    pub numbering_len: usize,
    /// Byte length of the heading text after the numbering (ends before 。/：/！ or at line end).
    pub heading_len: usize,
    /// True when more text follows the heading on the same line.
    pub run_in: bool,
}

static NUMBERING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?:(?P<cc>[一二三四五六七八九十]{1,3})、|[（(](?P<cp>[一二三四五六七八九十]{1,3})[）)]|(?P<ad>\d{1,2})[.．](?:\s|[^\d])|(?P<ac>\d{1,2})、|[（(](?P<ap>\d{1,2})[）)]|(?P<ci>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])|第(?P<ch>[一二三四五六七八九十\d]{1,3})章|第(?P<se>[一二三四五六七八九十\d]{1,3})节|第(?P<pa>[一二三四五六七八九十\d]{1,3})部分|(?P<or>[一二三四五六七八九十]{1,2})是)",
    )
    .expect("heading pattern compiles")
});

fn number_of(s: &str) -> Option<u32> {
    if let Some(c) = s.chars().next() {
        if ('①'..='⑳').contains(&c) {
            return Some(c as u32 - '①' as u32 + 1);
        }
    }
    number::parse(s).and_then(|n| n.value.to_i64()).and_then(|v| u32::try_from(v).ok())
}

/// Reads a numbered heading at the start of `line` (already trimmed).
///
/// ```
/// use zhreport::layout::headings::{numbered, Style};
/// let h = numbered("（一）稳定经济增长。全年…").unwrap();
/// assert_eq!((h.style, h.number), (Style::ChineseParen, 1));
/// assert_eq!(&"（一）稳定经济增长。全年…"[h.numbering_len..h.numbering_len + h.heading_len], "稳定经济增长");
/// assert!(numbered("一、二、三产业增加值分别增长4.2%").is_none());
/// ```
pub fn numbered(line: &str) -> Option<Numbered> {
    let caps = NUMBERING.captures(line)?;
    let (style, group) = [
        (Style::ChineseComma, "cc"),
        (Style::ChineseParen, "cp"),
        (Style::ArabicDot, "ad"),
        (Style::ArabicComma, "ac"),
        (Style::ArabicParen, "ap"),
        (Style::Circled, "ci"),
        (Style::Chapter, "ch"),
        (Style::Part, "se"),
        (Style::Division, "pa"),
        (Style::Ordinal, "or"),
    ]
    .into_iter()
    .find_map(|(st, g)| caps.name(g).map(|m| (st, m)))?;
    let number = number_of(group.as_str())?;
    let mut numbering_len = caps.get(0)?.end();
    if style == Style::ArabicDot {
        // The pattern looked one character past the dot.
        numbering_len = group.end() + line[group.end()..].chars().next()?.len_utf8();
    }
    let rest = &line[numbering_len..];
    let rest_trimmed = rest.trim_start_matches([' ', '\u{3000}', '\t']);
    numbering_len += rest.len() - rest_trimmed.len();
    // 一、二、三产业: a list of numerals, not a heading.
    if rest_trimmed.starts_with(|c: char| number::is_numeral_start(c)) && rest_trimmed.chars().nth(1).is_some_and(|c| c == '、' || c == '是') {
        return None;
    }
    let end = rest_trimmed.find(['。', '：', ':', '！', '？']).unwrap_or(rest_trimmed.len());
    let heading = rest_trimmed[..end].trim_end_matches(['；', ';', '，', ',', ' ', '\u{3000}']);
    if heading.is_empty() || heading.chars().count() > 60 && end == rest_trimmed.len() {
        return None;
    }
    // 一是… only counts run in at the start of a paragraph ending in 。/：.
    if style == Style::Ordinal && end == rest_trimmed.len() {
        return None;
    }
    Some(Numbered {
        style,
        number,
        numbering_len,
        heading_len: heading.len(),
        run_in: end < rest_trimmed.len() && rest_trimmed[end..].chars().nth(1).is_some(),
    })
}

/// True when `line` looks like an unnumbered heading: short, no sentence punctuation, not a
/// date or byline; the caller checks that body text follows.
///
/// ```
/// use zhreport::layout::headings::unnumbered_candidate;
/// assert!(unnumbered_candidate("加强政治建设夯实思想组织根基"));
/// assert!(!unnumbered_candidate("各位代表："));
/// assert!(!unnumbered_candidate("（2013年3月20日）"));
/// ```
pub fn unnumbered_candidate(line: &str) -> bool {
    let n = line.chars().count();
    (4..=30).contains(&n)
        && !line.contains(['。', '，', ',', '；', ';', '：', ':', '！', '？', '、', '（', '(', '》', '—', '|', '/'])
        && !line.ends_with(['摄', '电'])
        && line.chars().filter(|c| c.is_ascii_digit()).count() < 4
}
