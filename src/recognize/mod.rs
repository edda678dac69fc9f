//! Recognizers: one module per kind of fact, each a pure function over a text returning
//! mentions with byte spans relative to that text.

pub mod date;
pub mod money;
pub mod number;
pub mod org;
pub mod percent;
pub mod person;
pub mod quantity;

use crate::lexicon::APPROX_SUFFIXES;
use crate::Approx;

/// Characters that end a clause: an item or action never crosses them.
pub(crate) fn is_clause_boundary(c: char) -> bool {
    matches!(
        c,
        '。' | '；' | ';' | '，' | ',' | '！' | '!' | '？' | '?' | '：' | ':' | '、' | '\n' | '\r'
            | '（' | '）' | '(' | ')' | '“' | '”' | '"' | '「' | '」' | '《' | '》' | '【' | '】'
    ) || c.is_whitespace()
}

/// An approximation word right after a unit (以上, 左右), with its byte length.
pub(crate) fn approx_suffix(rest: &str) -> Option<(Approx, usize)> {
    APPROX_SUFFIXES.iter().find(|(w, _)| rest.starts_with(w)).map(|(w, a)| (*a, w.len()))
}

/// The longest entry of `table` that `rest` starts with.
pub(crate) fn longest_prefix<'t, T: AsRef<str>>(rest: &str, table: &'t [T]) -> Option<&'t str> {
    table
        .iter()
        .map(AsRef::as_ref)
        .filter(|w| !w.is_empty() && rest.starts_with(*w))
        .max_by_key(|w| w.len())
}

/// Words that end a noun phrase read forward from a count (新建4家院士工作站和…).
const ITEM_STOP_AFTER: &[&str] = &["和", "及", "与", "等", "以及", "或", "其中", "共", "累计", "同比", "比上年", "增长", "下降", "占", "达"];

/// Particles trimmed from the start of an item (的, 了, 等).
const ITEM_LEADING_TRIM: &[char] = &['的', '了', '等', '之', '是', '为', '个'];

/// The noun phrase after a quantity, up to a clause boundary or a stop word; at most 16 chars.
pub(crate) fn item_after(text: &str, from: usize) -> Option<String> {
    let rest = text[from..].trim_start_matches(ITEM_LEADING_TRIM);
    let mut end = 0;
    let mut chars = 0;
    for (i, c) in rest.char_indices() {
        if is_clause_boundary(c) || chars >= 16 || c.is_ascii_digit() || number::is_numeral_start(c) && i > 0 && c != '一' {
            break;
        }
        if ITEM_STOP_AFTER.iter().any(|w| rest[i..].starts_with(w)) && i > 0 {
            break;
        }
        end = i + c.len_utf8();
        chars += 1;
    }
    let item = rest[..end].trim_end_matches(['的', '了']);
    (!item.is_empty() && item.chars().count() >= 2).then(|| item.to_string())
}

/// The subject before a quantity within its clause (学术交流活动200余场次), at most 16 chars.
pub(crate) fn item_before(text: &str, to: usize) -> Option<String> {
    let head = &text[..to];
    let mut start = to;
    let mut chars = 0;
    for (i, c) in head.char_indices().rev() {
        if is_clause_boundary(c) || chars >= 16 || c.is_ascii_digit() {
            break;
        }
        start = i;
        chars += 1;
    }
    let item = head[start..].trim_start_matches(ITEM_LEADING_TRIM);
    let item = strip_trailing_verbs(item);
    (item.chars().count() >= 2).then(|| item.to_string())
}

/// Verbs and linking words that sit between a subject and its number (参与人数超471万 → 参与人数).
const LINK_WORDS: &[&str] = &[
    "达到", "达", "为", "有", "是", "共", "共计", "合计", "累计", "总计", "超过", "超", "突破", "增长", "增加",
    "减少", "下降", "提高", "新增", "实现", "完成", "约", "近", "逾", "分别", "全年", "总量", "总额",
];

fn strip_trailing_verbs(mut s: &str) -> &str {
    loop {
        let before = s;
        for w in LINK_WORDS {
            if let Some(rest) = s.strip_suffix(w) {
                s = rest;
            }
        }
        if s == before {
            return s;
        }
    }
}
