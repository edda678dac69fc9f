//! Percentages: 12.5%, ％, 百分之十二点五, 个百分点 (points).

use super::number::{numeral_at, Numeral};
use super::{approx_suffix, item_before};
use crate::{Direction, PercentKind, Percentage, Span};

/// Finds the percentages in `text` among its `numerals`.
///
/// ```
/// use zhreport::recognize::{number, percent};
/// let text = "国内生产总值增长6.6%，提高1.5个百分点，占百分之十二点五。";
/// let found = percent::find(text, &number::scan(text));
/// assert_eq!(found.len(), 3);
/// assert_eq!(found[0].value.to_string(), "6.6");
/// assert_eq!(found[1].kind, zhreport::PercentKind::Points);
/// assert_eq!(found[2].value.to_string(), "12.5");
/// ```
pub fn find(text: &str, numerals: &[Numeral]) -> Vec<Percentage> {
    let mut out = Vec::new();
    for n in numerals {
        if let Some(p) = percent_at(text, n) {
            out.push(p);
        }
    }
    out
}

fn percent_at(text: &str, n: &Numeral) -> Option<Percentage> {
    let rest = &text[n.end..];
    let mut start = n.start;
    let (kind, mut end) = if rest.starts_with('%') || rest.starts_with('％') {
        (PercentKind::Percent, n.end + rest.chars().next()?.len_utf8())
    } else if let Some(w) = ["个百分点", "百分点"].iter().find(|w| rest.starts_with(**w)) {
        (PercentKind::Points, n.end + w.len())
    } else if text[..n.core_start].ends_with("百分之") && n.start == n.core_start {
        start = n.core_start - "百分之".len();
        (PercentKind::Percent, n.end)
    } else {
        return None;
    };
    // 百分之 forms: the numeral was scanned after 百分之, which the scanner sees as 百 + 分之.
    let _ = numeral_at;
    let mut approx = n.number.approx;
    if approx.is_none() {
        if let Some((a, len)) = approx_suffix(&text[end..]) {
            approx = Some(a);
            end += len;
        }
    }
    let head = &text[..start];
    let direction = direction_before(head);
    Some(Percentage {
        text: text[start..end].to_string(),
        span: Span::bytes(start, end),
        value: n.number.value,
        value_max: n.number.value_max,
        kind,
        approx,
        item: item_before(text, start),
        direction,
        section: None,
    })
}

const UP: &[&str] = &["增长", "提高", "上升", "增加", "上涨", "提升", "扩大"];
const DOWN: &[&str] = &["下降", "减少", "降低", "回落", "下跌", "缩小", "下滑"];

/// 增长 / 下降 written just before the number (增长6.6%, 下降了3%).
fn direction_before(head: &str) -> Option<Direction> {
    let head = head.trim_end_matches(['了', '约', '近', '超', '达', '到']);
    if UP.iter().any(|w| head.ends_with(w)) {
        Some(Direction::Up)
    } else if DOWN.iter().any(|w| head.ends_with(w)) {
        Some(Direction::Down)
    } else {
        None
    }
}
