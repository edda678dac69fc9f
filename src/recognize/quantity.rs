//! Counts: a numeral followed by a measure word or unit (4家, 200余场次, 超471万人次, 30万亩),
//! with the thing counted.

use super::number::Numeral;
use super::{approx_suffix, item_after, item_before, longest_prefix};
use crate::{Count, Decimal, Span};

/// Finds the counts in `text` among its `numerals` (from [`super::number::scan`]), using the
/// given measure words (longest match wins).
///
/// ```
/// use zhreport::recognize::{number, quantity};
/// let text = "新建4家院士工作站，学术交流活动200余场次。";
/// let counts = quantity::find(text, &number::scan(text), zhreport::lexicon::MEASURE_WORDS);
/// assert_eq!(counts[0].unit.as_deref(), Some("家"));
/// assert_eq!(counts[0].item.as_deref(), Some("院士工作站"));
/// assert_eq!(counts[1].value.to_i64(), Some(200));
/// assert_eq!(counts[1].item.as_deref(), Some("学术交流活动"));
/// ```
pub fn find<T: AsRef<str>>(text: &str, numerals: &[Numeral], measure_words: &[T]) -> Vec<Count> {
    let mut out = Vec::new();
    for n in numerals {
        if let Some(c) = count_at(text, n, measure_words) {
            out.push(c);
        }
    }
    out
}

fn count_at<T: AsRef<str>>(text: &str, n: &Numeral, measure_words: &[T]) -> Option<Count> {
    // 第二批 / 第9届 are ordinals.
    if text[..n.core_start].ends_with('第') {
        return None;
    }
    let rest = &text[n.end..];
    let spaced = rest.len() - rest.trim_start_matches([' ', '\u{3000}', '\u{a0}']).len();
    let unit = longest_prefix(&rest[spaced..], measure_words)?;
    let unit_end = n.end + spaced + unit.len();
    // A year (2022年) or a bare number before a non-unit character is not a count; the unit must
    // not run into a longer word (1个人 is fine, but 3天津 is not 3天).
    let mut end = unit_end;
    let mut approx = n.number.approx;
    if approx.is_none() {
        if let Some((a, len)) = approx_suffix(&text[end..]) {
            approx = Some(a);
            end += len;
        }
    }
    // 一个 as an indefinite article (是一个高层次的平台, 一种, 一批) is not a count.
    if n.number.value == Decimal::from_int(1) && !n.arabic && matches!(unit, "个" | "种" | "批" | "次" | "项" | "些" | "道" | "场" | "位" | "名" | "支" | "条" | "件" | "片" | "张" | "套" | "座" | "所" | "家" | "部" | "本" | "份" | "处" | "类" | "级" | "层" | "天" | "番") {
        return None;
    }
    let item = item_after(text, end).or_else(|| item_before(text, n.start));
    Some(Count {
        text: text[n.start..end].to_string(),
        span: Span::bytes(n.start, end),
        value: n.number.value,
        value_max: n.number.value_max,
        unit: Some(unit.to_string()),
        approx,
        item,
        action: None,
        section: None,
    })
}
