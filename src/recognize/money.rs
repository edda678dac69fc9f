//! Money: amounts with a currency word or symbol (20万元, 4000.5亿元, 人民币100元, $5).

use super::number::Numeral;
use super::{approx_suffix, item_before};
use crate::lexicon::{CURRENCY_PREFIXES, CURRENCY_SUFFIXES};
use crate::{Money, Span};

/// Finds the money amounts in `text` among its `numerals`.
///
/// ```
/// use zhreport::recognize::{money, number};
/// let text = "资助帮扶资金20万元，总量突破90万亿元。";
/// let found = money::find(text, &number::scan(text));
/// assert_eq!(found[0].value.to_i64(), Some(200_000));
/// assert_eq!(found[0].currency, "CNY");
/// assert_eq!(found[1].value.to_i64(), Some(90_000_000_000_000));
/// ```
pub fn find(text: &str, numerals: &[Numeral]) -> Vec<Money> {
    numerals.iter().filter_map(|n| money_at(text, n)).collect()
}

fn money_at(text: &str, n: &Numeral) -> Option<Money> {
    let rest = &text[n.end..];
    let mut start = n.start;
    let mut value = n.number.value;
    let mut value_max = n.number.value_max;
    let (currency, mut end) = match CURRENCY_SUFFIXES.iter().find(|(w, _)| rest.starts_with(w)) {
        Some((w, code)) => {
            // 万元 / 亿元 after an unscaled numeral are already part of it; 块 must not be a count
            // of things (3块牌子): only take 块 when it ends the clause.
            if *w == "块" && !rest[w.len()..].starts_with(['钱', '，', '。']) {
                return None;
            }
            ((*code).to_string(), n.end + w.len())
        }
        None => {
            let head = &text[..n.start];
            let (w, code) = CURRENCY_PREFIXES.iter().find(|(w, _)| head.ends_with(w))?;
            start -= w.len();
            ((*code).to_string(), n.end)
        }
    };
    // 123元1角1分: jiao and fen after yuan.
    let mut tail = &text[end..];
    for (unit, power) in [("角", 1u32), ("毛", 1), ("分", 2)] {
        if let Some(Ok(d)) = tail.chars().next().map(|c| super::number::parse(&c.to_string()).ok_or(())) {
            if tail[tail.chars().next().map_or(0, char::len_utf8)..].starts_with(unit) && d.value.is_integer() {
                let frac = crate::Decimal::new(d.value.mantissa(), power)?;
                value = value.checked_add(frac)?;
                value_max = None;
                let len = tail.chars().next().map_or(0, char::len_utf8) + unit.len();
                end += len;
                tail = &text[end..];
            }
        }
    }
    let mut approx = n.number.approx;
    if approx.is_none() {
        if let Some((a, len)) = approx_suffix(&text[end..]) {
            if !text[end..].starts_with('多') {
                approx = Some(a);
                end += len;
            }
        }
    }
    Some(Money {
        text: text[start..end].to_string(),
        span: Span::bytes(start, end),
        value,
        value_max,
        currency,
        approx,
        item: item_before(text, start),
        section: None,
    })
}
