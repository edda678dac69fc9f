//! Percentages: 12.5%, ％, 百分之十二点五, 千分之三, 三分之一 (value in percent), 个百分点
//! (kind points), shares in tenths (2成 = 20) and discounts (九折 = 90, 75折 = 75).

use super::approx_suffix;
use super::number::Numeral;
use super::subject::item_of;
use crate::lexicon::{CharSet, Words, NOT_DISCOUNT_AFTER, NOT_SHARE_AFTER};
use crate::{Decimal, Direction, PercentKind, Percentage, Span};
use memchr::memmem::Finder;
use once_cell::sync::Lazy;

/// Finds the percentages in `text` among its `numerals`.
///
/// ```
/// use zhreport::recognize::{number, percent};
/// let text = "国内生产总值增长6.6%，提高1.5个百分点，占百分之十二点五，三分之一的村，七成以上。";
/// let found = percent::find(text, &number::scan(text));
/// assert_eq!(found.len(), 5);
/// assert_eq!(found[0].value.to_string(), "6.6");
/// assert_eq!(found[1].kind, zhreport::PercentKind::Points);
/// assert_eq!(found[2].value.to_string(), "12.5");
/// assert_eq!(found[3].value.to_string(), "33.3333333333");
/// assert_eq!((found[4].value.to_i64(), found[4].approx), (Some(70), Some(zhreport::Approx::MoreThan)));
/// ```
pub fn find(text: &str, numerals: &[Numeral]) -> Vec<Percentage> {
    find_among(text, numerals, half_word_ends(text))
}

/// Byte offsets in `text` of the characters [`HALF_WORDS`] end with, in order: one substring
/// search per character over a whole document (a search per block costs more to set up than
/// to run).
pub(crate) fn half_word_ends(text: &str) -> Vec<usize> {
    let mut at: Vec<usize> = Vec::new();
    for (finder, before) in HALF_WORD_ENDS.iter() {
        at.extend(finder.find_iter(text.as_bytes()).map(|p| p + before));
    }
    at.sort_unstable();
    at
}

/// [`find`], given the places of the last characters of [`HALF_WORDS`] in `text` (from
/// [`half_word_ends`]).
pub(crate) fn find_among(
    text: &str,
    numerals: &[Numeral],
    half_ends: impl IntoIterator<Item = usize>,
) -> Vec<Percentage> {
    let mut out = Vec::new();
    find_into(text, numerals, half_ends, &mut out);
    out
}

/// [`find_among`], appending the percentages to `out` (one list for every block of a
/// document).
pub(crate) fn find_into(
    text: &str,
    numerals: &[Numeral],
    half_ends: impl IntoIterator<Item = usize>,
    out: &mut Vec<Percentage>,
) {
    // The percentages of this text are those after `first`.
    let first = out.len();
    let at_numerals = numerals.iter().enumerate();
    out.extend(
        at_numerals
            .filter_map(|(i, n)| percent_at(text, n, i.checked_sub(1).map(|k| &numerals[k]))),
    );
    let before = out.len();
    // The word ending at each place (they cannot overlap one another).
    for p in half_ends {
        let Some(c) = text.get(p..).and_then(|r| r.chars().next()) else {
            continue;
        };
        let e = p + c.len_utf8();
        let head = &text[..e];
        let Some(&(word, value, needs_before)) =
            HALF_WORDS.iter().find(|(w, _, _)| head.ends_with(w))
        else {
            continue;
        };
        let s = e - word.len();
        if text[e..].starts_with('品')
            || !text[..s].ends_with(needs_before)
            || out[first..]
                .iter()
                .any(|m| m.span.start < e && s < m.span.end)
        {
            continue; // 半成品; 对折 as in folding (only 打对折 is a discount)
        }
        out.push(make(
            text,
            s,
            e,
            Decimal::from_int(value),
            None,
            PercentKind::Percent,
            None,
        ));
    }
    if out.len() > before {
        out[first..].sort_by_key(|p| p.span.start);
    }
}

/// Words that are a share without a numeral, with the word they need before them: 打对折 (50%),
/// 半折, 半成 (5%).
const HALF_WORDS: &[(&str, i64, &str)] = &[
    ("对折", 50, "打"),
    ("對折", 50, "打"),
    ("半折", 50, ""),
    ("半成", 5, ""),
];

/// What is searched for each distinct last character of [`HALF_WORDS`]: the character, or the
/// word when it is the only one ending there (成 is common, 半成 rare), with the length of what
/// precedes the last character in the needle.
static HALF_WORD_ENDS: Lazy<Vec<(Finder<'static>, usize)>> = Lazy::new(|| {
    let mut ends: Vec<char> = HALF_WORDS
        .iter()
        .filter_map(|(w, _, _)| w.chars().next_back())
        .collect();
    ends.sort_unstable();
    ends.dedup();
    ends.iter()
        .map(|&c| {
            let mut words = HALF_WORDS.iter().filter(|(w, _, _)| w.ends_with(c));
            let needle = match (words.next(), words.next()) {
                (Some((w, _, _)), None) => w.to_string(),
                _ => c.to_string(),
            };
            let before = needle.len() - c.len_utf8();
            (Finder::new(needle.as_bytes()).into_owned(), before)
        })
        .collect()
});

fn skip_spaces(text: &str, mut i: usize) -> usize {
    while text.as_bytes().get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// Matches a sequence of characters, each one of a set, with ASCII spaces allowed before each:
/// returns the end. (个 百 分 点 as written in spaced text.)
fn spaced(text: &str, mut i: usize, seq: &[&[char]]) -> Option<usize> {
    for set in seq {
        i = skip_spaces(text, i);
        let c = text[i..].chars().next().filter(|c| set.contains(c))?;
        i += c.len_utf8();
    }
    Some(i)
}

/// Signs for parts of a thousand and of ten thousand, with the power of ten they sit below a
/// percent.
const PER_MILLE: &[(char, u32)] = &[('‰', 1), ('‱', 2)];

/// `v` divided by 10^`power`, exactly.
fn scale_down(v: Decimal, power: u32) -> Option<Decimal> {
    Decimal::new(v.mantissa(), v.scale().checked_add(power)?)
}

/// The characters after a numeral that [`percent_at`] reads a form from (the first characters
/// of its match arms).
static PERCENT_NEXT: Lazy<CharSet> = Lazy::new(|| CharSet::new("%％‰‱个個百佰半成折".chars()));

const POINTS: &[&[&[char]]] = &[
    &[&['个', '個'], &['百', '佰'], &['分'], &['点', '點']],
    &[&['百', '佰'], &['分'], &['点', '點']],
];

/// The percentage of numeral `n`; `prev` is the numeral before it (7 in 7 2 折).
fn percent_at(text: &str, n: &Numeral, prev: Option<&Numeral>) -> Option<Percentage> {
    let value = n.number.value;
    if let Some(f) = n.fraction {
        // 三分之一, 百分之五, 千分之三: the quotient in percent. 3/5 is left alone (dates, scores).
        if !f.chinese {
            return None;
        }
        let v = value.checked_mul_pow10(2)?;
        let hi = n.number.value_max.and_then(|h| h.checked_mul_pow10(2));
        return Some(with_suffix_approx(
            text,
            n,
            n.end,
            v,
            hi,
            PercentKind::Percent,
        ));
    }
    let j = skip_spaces(text, n.end);
    let rest = &text[j..];
    // The character after the numeral says which form it can be: it is read once, and most
    // numerals are followed by none of them (one test of a set before the match below).
    let c = rest.chars().next().filter(|&c| PERCENT_NEXT.contains(c))?;
    // Which form it can be is told by that character; most numerals are followed by none.
    match c {
        '%' | '％' => Some(with_suffix_approx(
            text,
            n,
            j + c.len_utf8(),
            value,
            n.number.value_max,
            PercentKind::Percent,
        )),
        // 7.8‰ (per mille), 5‱ (per ten thousand): in percent.
        '‰' | '‱' => {
            let power = PER_MILLE.iter().find(|(m, _)| *m == c)?.1;
            let v = scale_down(value, power)?;
            let hi = n.number.value_max.and_then(|h| scale_down(h, power));
            Some(with_suffix_approx(
                text,
                n,
                j + c.len_utf8(),
                v,
                hi,
                PercentKind::Percent,
            ))
        }
        // 个百分点 / 百分点: percentage points.
        '个' | '個' | '百' | '佰' => {
            let end = POINTS
                .iter()
                .filter(|seq| seq[0].contains(&c))
                .find_map(|seq| spaced(text, n.end, seq))?;
            Some(with_suffix_approx(
                text,
                n,
                end,
                value,
                n.number.value_max,
                PercentKind::Points,
            ))
        }
        // 一半 (近一半, 一半以上): 50 percent.
        '半' if value == Decimal::from_int(1)
            && !n.arabic
            && n.end == j
            && !rest.starts_with("半年")
            && !rest.starts_with("半天") =>
        {
            Some(with_suffix_approx(
                text,
                n,
                j + '半'.len_utf8(),
                Decimal::from_int(50),
                None,
                PercentKind::Percent,
            ))
        }
        '成' => share(text, n, j),
        '折' => discount(text, n, prev, j),
        _ => None,
    }
}

/// 七成 = 70, 七成六 = 76, 三成半 = 35, 10成 = 100: tenths, for 0 < value ≤ 10.
fn share(text: &str, n: &Numeral, at: usize) -> Option<Percentage> {
    let v = n.number.value;
    if n.scaled
        || v <= Decimal::ZERO
        || v > Decimal::from_int(10)
        || NOT_SHARE_AFTER.iter().any(|w| text[at..].starts_with(w))
    {
        return None;
    }
    if text[at..].starts_with("成不变") {
        return None;
    }
    let mut end = at + '成'.len_utf8();
    let mut value = v.checked_mul_pow10(1)?;
    let mut hi = n.number.value_max.and_then(|h| h.checked_mul_pow10(1));
    // A trailing digit (七成六) or 半 (三成半), only when nothing else follows it.
    let k = skip_spaces(text, end);
    let mut tail = text[k..].chars();
    if let Some(c) = tail.next() {
        let boundary = tail
            .next()
            .is_none_or(|b| !b.is_alphanumeric() || matches!(b, '以' | '左' | '上'));
        let extra = if c == '半' {
            Some(5)
        } else {
            c.to_digit(10).or_else(|| single_chinese_digit(c))
        };
        if let (Some(d), true) = (extra, boundary) {
            if n.number.value_max.is_none() && v.is_integer() {
                value = value.checked_add(Decimal::from_int(d as i64))?;
                hi = None;
                end = k + c.len_utf8();
            }
        }
    }
    Some(with_suffix_approx(
        text,
        n,
        end,
        value,
        hi,
        PercentKind::Percent,
    ))
}

fn single_chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// 九折 = 90, 八点五折 = 85, 75折 = 75, 五五折 = 55, 7 2 折 = 72; not 折合, 折旧.
fn discount(text: &str, n: &Numeral, prev: Option<&Numeral>, at: usize) -> Option<Percentage> {
    let after = text[at + '折'.len_utf8()..].chars().next();
    if after.is_some_and(|c| NOT_DISCOUNT_AFTER.contains(&c))
        || n.scaled
        || n.number.value_max.is_some()
    {
        return None;
    }
    let v = n.number.value;
    let end = at + '折'.len_utf8();
    // 7 2 折, 九 九 折: two digits spaced apart (as in text taken from PDFs) are one discount.
    if let (Some(p), Some(units)) = (prev, lone_digit(text, n)) {
        if let Some(tens) = lone_digit(text, p).filter(|_| {
            p.arabic == n.arabic
                && p.end < n.start
                && text[p.end..n.start].trim_matches(' ').is_empty()
        }) {
            let value = Decimal::from_int(tens * 10 + units);
            return Some(suffix_approx(
                text,
                p.start,
                None,
                end,
                value,
                None,
                PercentKind::Percent,
            ));
        }
    }
    let value = if v > Decimal::ZERO && v < Decimal::from_int(10) {
        v.checked_mul_pow10(1)?
    } else if v.is_integer()
        && v >= Decimal::from_int(10)
        && v < Decimal::from_int(100)
        && (n.digit_string || n.arabic)
    {
        v
    } else {
        return None;
    };
    Some(with_suffix_approx(
        text,
        n,
        end,
        value,
        None,
        PercentKind::Percent,
    ))
}

/// The value of a numeral written as one digit from 1 to 9 with nothing else (7, 九).
fn lone_digit(text: &str, n: &Numeral) -> Option<i64> {
    let mut core = text[n.start..n.end].chars();
    let v = n.number.value.to_i64().filter(|v| (1..=9).contains(v))?;
    (core.next().is_some() && core.next().is_none() && n.number.approx.is_none()).then_some(v)
}

fn with_suffix_approx(
    text: &str,
    n: &Numeral,
    end: usize,
    value: Decimal,
    hi: Option<Decimal>,
    kind: PercentKind,
) -> Percentage {
    suffix_approx(text, n.start, n.number.approx, end, value, hi, kind)
}

/// A percentage from `start` to `end`, taking an approximation suffix (以上, 左右) after it when
/// the numeral had none.
fn suffix_approx(
    text: &str,
    start: usize,
    mut approx: Option<crate::Approx>,
    mut end: usize,
    value: Decimal,
    hi: Option<Decimal>,
    kind: PercentKind,
) -> Percentage {
    if approx.is_none() {
        if let Some((a, len)) = approx_suffix(&text[end..]) {
            approx = Some(a);
            end += len;
        }
    }
    make(text, start, end, value, hi, kind, approx)
}

fn make(
    text: &str,
    start: usize,
    end: usize,
    value: Decimal,
    hi: Option<Decimal>,
    kind: PercentKind,
    approx: Option<crate::Approx>,
) -> Percentage {
    Percentage {
        text: text[start..end].into(),
        span: Span::bytes(start, end),
        value,
        value_max: hi,
        kind,
        approx,
        item: item_of(text, start, end),
        direction: direction_before(&text[..start]),
        section: None,
    }
}

const UP: &[&str] = &[
    "增长", "提高", "上升", "增加", "上涨", "提升", "扩大", "增速", "增幅", "涨幅", "升高", "攀升",
    "反弹",
];
const DOWN: &[&str] = &[
    "下降", "减少", "降低", "回落", "下跌", "缩小", "下滑", "减", "降", "跌幅", "降幅", "缩减",
    "压减", "压降",
];

static UP_IX: Lazy<Words> = Lazy::new(|| Words::new(UP));
static DOWN_IX: Lazy<Words> = Lazy::new(|| Words::new(DOWN));

/// 增长 / 下降 written just before the number (增长6.6%, 下降了3%).
fn direction_before(head: &str) -> Option<Direction> {
    let head = head.trim_end_matches(['了', '约', '近', '超', '达', '到', '为', ' ']);
    if UP_IX.ends(head) {
        Some(Direction::Up)
    } else if DOWN_IX.ends(head) {
        Some(Direction::Down)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::number;

    fn pct(text: &str) -> Vec<(String, String, PercentKind)> {
        find(text, &number::scan(text))
            .into_iter()
            .map(|p| (p.text.into(), p.value.to_string(), p.kind))
            .collect()
    }

    #[test]
    fn forms() {
        let one = |t: &str| pct(t).into_iter().next().map(|p| p.1);
        assert_eq!(one("九折").as_deref(), Some("90"));
        assert_eq!(one("八点五折").as_deref(), Some("85"));
        assert_eq!(one("75折").as_deref(), Some("75"));
        assert_eq!(one("七成六").as_deref(), Some("76"));
        assert_eq!(one("三成半").as_deref(), Some("35"));
        assert_eq!(one("千分之三").as_deref(), Some("0.3"));
        assert_eq!(one("负3.9%").as_deref(), Some("-3.9"));
        assert_eq!(one("打对折").as_deref(), Some("50"));
        assert_eq!(one("只占半成").as_deref(), Some("5"));
        assert_eq!(one("半折出售").as_deref(), Some("50"));
        assert_eq!(one("新增两院院士占全国近一半").as_deref(), Some("50"));
        assert_eq!(pct("六   個 百 分點")[0].2, PercentKind::Points);
    }

    #[test]
    fn not_percentages() {
        assert!(pct("折合人民币100万元").is_empty());
        assert!(pct("3成立了").is_empty());
        assert!(pct("半成品").is_empty());
        assert!(pct("一成不变").is_empty());
    }
}
