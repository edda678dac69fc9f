//! Money: amounts with a currency word or symbol (20万元, 4000.5亿元, 人民币100元, $5, 壹佰元整,
//! 123元1角1分, 3000-5000元, 1万元-5万元).

use super::approx_suffix;
use super::number::{self, Numeral};
use super::subject::item_of;
use crate::lexicon::{CharSet, Words, CURRENCY_PREFIXES, CURRENCY_SUBUNITS, CURRENCY_SUFFIXES};
use crate::{Decimal, Money, Span};
use once_cell::sync::Lazy;

static SUFFIXES: Lazy<Words> = Lazy::new(|| Words::new(CURRENCY_SUFFIXES.iter().map(|e| e.0)));
static PREFIXES: Lazy<Words> = Lazy::new(|| Words::new(CURRENCY_PREFIXES.iter().map(|e| e.0)));

/// The longest built-in currency word `rest` starts with, and its code.
fn built_in_after(rest: &str) -> Option<(&'static str, &'static str)> {
    let (i, _) = SUFFIXES.longest_starting(rest)?;
    Some(CURRENCY_SUFFIXES[i])
}

/// The longest built-in currency word `head` ends with, and its code.
fn built_in_before(head: &str) -> Option<(&'static str, &'static str)> {
    let (i, _) = PREFIXES.longest_ending(head)?;
    Some(CURRENCY_PREFIXES[i])
}

/// Currency words: the built-in tables plus the caller's (written before or after an amount).
///
/// ```
/// use zhreport::recognize::{money, number};
/// let rules = money::Currencies::new(&[("比索", "MXN")]);
/// let text = "援助3000比索。";
/// let found = money::find_with(text, &number::scan(text), &rules);
/// assert_eq!((found[0].currency.as_str(), found[0].text.as_str()), ("MXN", "3000比索"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Currencies {
    /// (word, ISO code), longest first.
    extra: Vec<(String, String)>,
}

impl Currencies {
    /// The built-in currencies plus `extra` (word, ISO 4217 code) pairs; blank words are ignored.
    ///
    /// ```
    /// use zhreport::recognize::{money, number};
    /// let rules = money::Currencies::new(&[("卢布", "BYN")]); // the caller's word wins a tie
    /// let found = money::find_with("1000卢布", &number::scan("1000卢布"), &rules);
    /// assert_eq!(found[0].currency, "BYN");
    /// ```
    pub fn new<W: AsRef<str>, C: AsRef<str>>(extra: &[(W, C)]) -> Currencies {
        let mut extra: Vec<(String, String)> = extra
            .iter()
            .map(|(w, c)| (w.as_ref().trim().to_string(), c.as_ref().trim().to_string()))
            .filter(|(w, _)| !w.is_empty())
            .collect();
        extra.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Currencies { extra }
    }

    // Both are asked at nearly every numeral, most of which have no currency word: without
    // words of the caller's, one bit test of the character next to the numeral says so.

    /// The longest currency word `rest` starts with, and its code.
    #[inline]
    fn after<'a>(&'a self, rest: &str) -> Option<(&'a str, &'a str)> {
        let first = rest.chars().next()?;
        if self.extra.is_empty() && !SUFFIX_FIRSTS.contains(first) {
            return None;
        }
        self.after_any(rest)
    }

    #[inline(never)]
    fn after_any<'a>(&'a self, rest: &str) -> Option<(&'a str, &'a str)> {
        let own = self
            .extra
            .iter()
            .find(|(w, _)| rest.starts_with(w.as_str()));
        longest(built_in_after(rest), own)
    }

    /// The longest currency word `head` ends with, and its code.
    #[inline]
    fn before<'a>(&'a self, head: &str) -> Option<(&'a str, &'a str)> {
        let last = head.chars().next_back()?;
        if self.extra.is_empty() && !PREFIX_LASTS.contains(last) {
            return None;
        }
        self.before_any(head)
    }

    #[inline(never)]
    fn before_any<'a>(&'a self, head: &str) -> Option<(&'a str, &'a str)> {
        let own = self.extra.iter().find(|(w, _)| head.ends_with(w.as_str()));
        longest(built_in_before(head), own)
    }
}

/// The first characters of the built-in currency words written after an amount.
static SUFFIX_FIRSTS: Lazy<CharSet> =
    Lazy::new(|| CharSet::new(CURRENCY_SUFFIXES.iter().filter_map(|e| e.0.chars().next())));

/// The last characters of the built-in currency words written before an amount.
static PREFIX_LASTS: Lazy<CharSet> = Lazy::new(|| {
    CharSet::new(
        CURRENCY_PREFIXES
            .iter()
            .filter_map(|e| e.0.chars().next_back()),
    )
});

/// The longer of a built-in and a caller's match (the caller's wins a tie).
fn longest<'a>(
    built_in: Option<(&'static str, &'static str)>,
    own: Option<&'a (String, String)>,
) -> Option<(&'a str, &'a str)> {
    match (built_in, own) {
        (Some(b), Some((w, _))) if b.0.len() > w.len() => Some(b),
        (_, Some((w, c))) => Some((w.as_str(), c.as_str())),
        (b, None) => b,
    }
}

/// Finds the money amounts in `text` among its `numerals`.
///
/// ```
/// use zhreport::recognize::{money, number};
/// let text = "资助帮扶资金20万元，总量突破90万亿元，投入3000-5000元，计123元1角1分。";
/// let found = money::find(text, &number::scan(text));
/// assert_eq!(found[0].value.to_i64(), Some(200_000));
/// assert_eq!(found[0].currency, "CNY");
/// assert_eq!(found[1].value.to_i64(), Some(90_000_000_000_000));
/// assert_eq!((found[2].value.to_i64(), found[2].value_max.unwrap().to_i64()), (Some(3000), Some(5000)));
/// assert_eq!(found[3].value.to_string(), "123.11");
/// assert!(money::find("李四人民币", &number::scan("李四人民币")).is_empty());
/// ```
pub fn find(text: &str, numerals: &[Numeral]) -> Vec<Money> {
    find_with(text, numerals, &DEFAULT_CURRENCIES)
}

static DEFAULT_CURRENCIES: Lazy<Currencies> = Lazy::new(Currencies::default);

/// Like [`find`], with the caller's [`Currencies`].
///
/// ```
/// use zhreport::recognize::{money, number};
/// let rules = money::Currencies::new(&[("第纳尔", "DZD")]);
/// let text = "合同金额约2万第纳尔";
/// let found = money::find_with(text, &number::scan(text), &rules);
/// assert_eq!((found[0].value.to_i64(), found[0].currency.as_str()), (Some(20_000), "DZD"));
/// ```
pub fn find_with(text: &str, numerals: &[Numeral], currencies: &Currencies) -> Vec<Money> {
    let scale_words = super::quantity::scale_word_numerals(text, numerals);
    find_among(text, numerals, &scale_words, currencies)
}

/// [`find_with`], given the round numbers written with scale characters alone
/// ([`super::quantity::scale_word_numerals`], read once per block for counts and money).
pub(crate) fn find_among(
    text: &str,
    numerals: &[Numeral],
    scale_words: &[Numeral],
    currencies: &Currencies,
) -> Vec<Money> {
    let mut out = Vec::new();
    find_into(text, numerals, scale_words, currencies, &mut out);
    out
}

/// [`find_among`], appending the amounts to `out` (one list for every block of a document).
pub(crate) fn find_into(
    text: &str,
    numerals: &[Numeral],
    scale_words: &[Numeral],
    currencies: &Currencies,
    out: &mut Vec<Money>,
) {
    // 超千亿元, 突破万亿元, 上千万元: round amounts written with scale characters alone, which
    // the number core leaves to the scale-word reader; not 4个万亿元台阶 (a count of levels).
    let mut bare = scale_words
        .iter()
        .filter(|n| !text[..n.start].ends_with('个'))
        .peekable();
    let merged: Vec<Numeral>;
    let numerals = if bare.peek().is_none() {
        numerals
    } else {
        merged = {
            let mut all = numerals.to_vec();
            all.extend(bare);
            all.sort_by_key(|n| n.start);
            all
        };
        &merged
    };
    // The amount at a numeral (read again when it was first read as the high end of a range
    // that was not taken: rare, and cheaper than keeping every reading, which is large).
    let amount_at = |k: usize| money_at(text, &numerals[k], currencies);
    // The amounts of this text are those after `first`.
    let first = out.len();
    let mut i = 0;
    while i < numerals.len() {
        let n = &numerals[i];
        // Numerals inside an amount already read (1角1分 in 123元1角1分) are part of it.
        if out[first..].last().is_some_and(|m| n.start < m.span.end) {
            i += 1;
            continue;
        }
        // 5美元3分: a currency word already read as the suffix of an amount is not the prefix of
        // the next one.
        let prev_end = out[first..].last().map(|prev| prev.span.end);
        let own = amount_at(i).filter(|m| prev_end.is_none_or(|e| e <= m.start));
        let Some(m) = own else {
            // 1万(含)-5万元: a bare low end joined to the amount that follows.
            let next = numerals.get(i + 1).filter(|next| {
                n.number.value_max.is_none()
                    && n.fraction.is_none()
                    && text.get(n.end..next.start).is_some_and(joined_by_range)
            });
            if next.is_some() {
                if let Some(hi) = amount_at(i + 1) {
                    if hi.value > n.number.value && hi.value_max.is_none() {
                        let range = Amount {
                            start: n.start,
                            value: n.number.value,
                            value_max: Some(hi.value),
                            ..hi
                        };
                        out.push(range.to_money(text, range.start));
                        i += 2;
                        continue;
                    }
                }
            }
            i += 1;
            continue;
        };
        // 1万元--5万元: two amounts in the same currency joined by a range separator.
        if m.value_max.is_none() {
            if let Some(next) = numerals.get(i + 1).filter(|nx| nx.start >= m.end) {
                if joined_by_range(&text[m.end..next.start]) {
                    if let Some(hi) = amount_at(i + 1).filter(|h| {
                        h.currency == m.currency && h.value > m.value && h.value_max.is_none()
                    }) {
                        // The item is the low end's: what the text says before the range.
                        let item = item_of(text, m.start, m.end);
                        let range = Amount {
                            value_max: Some(hi.value),
                            end: hi.end,
                            approx: m.approx.or(hi.approx),
                            ..m
                        };
                        out.push(Money {
                            item,
                            ..range.to_money_without_item(text)
                        });
                        i += 2;
                        continue;
                    }
                }
            }
        }
        out.push(m.to_money(text, m.start));
        i += 1;
    }
}

/// An amount as read at a numeral, before it is kept: no text or item built yet.
#[derive(Debug, Clone, Copy)]
struct Amount<'c> {
    start: usize,
    end: usize,
    value: Decimal,
    value_max: Option<Decimal>,
    currency: &'c str,
    approx: Option<crate::Approx>,
}

impl Amount<'_> {
    /// The mention, with the item of the text from `item_from` to its end.
    fn to_money(self, text: &str, item_from: usize) -> Money {
        Money {
            item: item_of(text, item_from, self.end),
            ..self.to_money_without_item(text)
        }
    }

    fn to_money_without_item(self, text: &str) -> Money {
        Money {
            text: text[self.start..self.end].into(),
            span: Span::bytes(self.start, self.end),
            value: self.value,
            value_max: self.value_max,
            currency: self.currency.into(),
            approx: self.approx,
            item: None,
            section: None,
        }
    }
}

/// Text between two amounts that makes them one range: `-`, `--`, `——`, `至`, `到`, `~`, with an
/// optional `(含)` (inclusive) note before it.
fn joined_by_range(between: &str) -> bool {
    // Most numerals are followed by words, not a range mark: the first character that is not a
    // space says so (the first characters of the marks and of the notes below).
    let first = between.trim_start_matches(' ').chars().next();
    if !matches!(
        first,
        Some('-' | '~' | '(' | '—' | '–' | '－' | '～' | '（' | '至' | '到')
    ) {
        return false;
    }
    let b = between.trim_matches(' ');
    let b = ["(含)", "（含）"]
        .iter()
        .find_map(|w| b.strip_prefix(w))
        .unwrap_or(b)
        .trim_matches(' ');
    matches!(
        b,
        "-" | "--" | "——" | "—" | "－" | "~" | "～" | "至" | "到" | "–"
    )
}

/// Lone Chinese digits after a surname are names (李四, 张三), not amounts.
fn is_name_digit(text: &str, n: &Numeral) -> bool {
    let core = &text[n.core_start..n.end];
    let mut cs = core.chars();
    let (Some(c), None) = (cs.next(), cs.next()) else {
        return false;
    };
    !c.is_ascii_digit()
        && matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
        )
        && text[..n.start]
            .chars()
            .next_back()
            .is_some_and(|p| SURNAME_CHARS.contains_code(u32::from(p)))
}

/// The characters of [`crate::lexicon::names::SURNAMES`], as a set (one bit test instead of a
/// search of the whole list; all are in the Basic Multilingual Plane, where the set is exact).
static SURNAME_CHARS: Lazy<CharSet> =
    Lazy::new(|| CharSet::new(crate::lexicon::names::SURNAMES.chars()));

fn money_at<'c>(text: &str, n: &Numeral, currencies: &'c Currencies) -> Option<Amount<'c>> {
    if n.fraction.is_some() {
        return None;
    }
    let after_num = skip_spaces(text, n.end);
    let rest = &text[after_num..];
    let mut start = n.start;
    let mut end;
    let mut currency: &'c str;
    // The value of an amount in 角/分 only (肆角叁分), else the numeral's (taken once the
    // numeral is known to be an amount: most are not, and a value is large to copy).
    let mut sub_value = None;
    match currencies.after(rest) {
        Some((w, code)) => {
            if w.starts_with('块') && !kuai_is_money(&rest[w.len()..]) {
                return None;
            }
            currency = code;
            end = after_num + w.len();
            // 三万元欧元, 9000元日币: a generic 元 followed by the currency it is in.
            if matches!(w, "元" | "圆" | "圓") {
                if let Some((w2, code2)) = currencies
                    .after(&text[end..])
                    .filter(|(w2, _)| !w2.starts_with(['元', '块', '圆']))
                {
                    currency = code2;
                    end += w2.len();
                }
            }
        }
        None => {
            // 肆角叁分, 壹角, 五毛钱: an amount in sub-units only.
            if let Some((sub_end, v)) = subunits_only(text, n) {
                currency = "CNY";
                end = sub_end;
                sub_value = Some(v);
            } else {
                let head = trim_spaces_end(&text[..n.start]);
                let (w, code) = currencies.before(head)?;
                start = head.len() - w.len();
                currency = code;
                end = n.end;
            }
        }
    }
    let main_unit = sub_value.is_none();
    let (mut value, value_max) = match sub_value {
        Some(v) => (v, None),
        None => (n.number.value, n.number.value_max),
    };
    // 港币两千九百六十元: a currency written before overrides the generic 元 after.
    if main_unit && currency == "CNY" && start == n.start {
        let head = trim_spaces_end(&text[..n.start]);
        if let Some((w, code)) = currencies.before(head) {
            start = head.len() - w.len();
            currency = code;
        }
    }
    // 123元1角1分, 十块三毛, 壹元零壹分, 六角七分钱: sub-units after the main unit.
    if main_unit && value_max.is_none() {
        let (v, e) = add_subunits(text, end, value, currency);
        value = v;
        end = e;
    }
    // Scale classes (百亿元级产业集群, 8个万亿元级产业) are not amounts.
    if text[end..].starts_with('级') {
        return None;
    }
    for tail in ["钱", "整", "正"] {
        if text[end..].starts_with(tail) && (tail == "钱" || currency == "CNY") {
            end += tail.len();
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
    // Asked last: most numerals are no amount, and most amounts are not after a surname.
    if is_name_digit(text, n) {
        return None;
    }
    Some(Amount {
        start,
        end,
        value,
        value_max,
        currency,
        approx,
    })
}

/// `s` without the ASCII spaces at its end.
fn trim_spaces_end(s: &str) -> &str {
    let spaces = s.bytes().rev().take_while(|&b| b == b' ').count();
    &s[..s.len() - spaces]
}

fn skip_spaces(text: &str, mut i: usize) -> usize {
    while text.as_bytes().get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// 块 is money only where it cannot count things (3块牌子): at the end, before 钱, a sub-unit
/// (十块三毛) or a clause break.
fn kuai_is_money(after: &str) -> bool {
    let mut cs = after.chars();
    match cs.next() {
        None => true,
        Some('钱' | '，' | '。' | '；' | ',' | '、' | '！' | '？' | ' ' | '）' | ')') => {
            true
        }
        Some(c) => single_digit(c).is_some() && cs.next().is_some_and(|u| u == '毛' || u == '角'),
    }
}

fn single_digit(c: char) -> Option<Decimal> {
    let v = number::parse(c.encode_utf8(&mut [0u8; 4]))
        .filter(|n| n.value_max.is_none() && n.approx.is_none())?;
    (v.value.is_integer() && v.value.mantissa() >= 0 && v.value.mantissa() < 10).then_some(v.value)
}

/// Sub-units of other currencies written after the main amount (两美元又三美分, 10日元5日本銭), as
/// (word, currency code, power of ten below the main unit).
const FOREIGN_SUBUNITS: &[(&str, &str, u32)] = &[
    ("美分", "USD", 2),
    ("欧分", "EUR", 2),
    ("歐分", "EUR", 2),
    ("便士", "GBP", 2),
    ("日本銭", "JPY", 2),
    ("日本钱", "JPY", 2),
    ("銭", "JPY", 2),
    ("港仙", "HKD", 2),
    ("戈比", "RUB", 2),
];

/// The sub-unit word of `currency` at the start of `after`, with its power below the main unit.
fn subunit_word(after: &str, currency: &str) -> Option<(&'static str, u32)> {
    if currency == "CNY" {
        return CURRENCY_SUBUNITS
            .iter()
            .find(|(w, _)| after.starts_with(w))
            .copied();
    }
    FOREIGN_SUBUNITS
        .iter()
        .find(|(w, code, _)| *code == currency && after.starts_with(w))
        .map(|(w, _, p)| (*w, *p))
}

/// Adds 角/毛/分 (or the cents of another currency) written after the main unit: `(value, end)`.
fn add_subunits(
    text: &str,
    mut end: usize,
    mut value: Decimal,
    currency: &str,
) -> (Decimal, usize) {
    let mut last_power = 0;
    loop {
        let mut j = end;
        // 壹元零壹分: a 零 before a skipped 角; 两美元又三美分.
        if let Some(w) = ["零", "〇", "又"]
            .iter()
            .find(|w| text[j..].starts_with(**w))
        {
            j += w.len();
        }
        // One digit in yuan (5元6角3分); up to the place left for cents (两美元二十五美分).
        let Some(n) = number::numeral_at(text, j).filter(|n| {
            n.start == j
                && n.number.value_max.is_none()
                && n.number.approx.is_none()
                && n.fraction.is_none()
                && (currency != "CNY" || text[j..n.end].chars().count() == 1)
        }) else {
            break;
        };
        let d = n.number.value;
        let Some((w, power)) = subunit_word(&text[n.end..], currency) else {
            break;
        };
        if power <= last_power
            || !d.is_integer()
            || d <= Decimal::ZERO
            || d.mantissa() >= 10i128.pow(power - last_power)
        {
            break;
        }
        let Some(frac) = Decimal::new(d.mantissa(), power) else {
            break;
        };
        let Some(v) = (if value < Decimal::ZERO {
            value.checked_add(-frac)
        } else {
            value.checked_add(frac)
        }) else {
            break;
        };
        value = v;
        last_power = power;
        end = n.end + w.len();
    }
    (value, end)
}

/// 肆角叁分, 壹角, 五毛钱, 叁分: an amount in 角/分 only. Taken only where it cannot be a score or
/// an angle: written in 大写, or followed by 钱, or 角/毛 followed by 分.
fn subunits_only(text: &str, n: &Numeral) -> Option<(usize, Decimal)> {
    // Asked at most numerals (those with no currency after them): the sub-unit is looked for
    // first, as nearly all of them have none.
    let rest = &text[n.end..];
    let (w, power) = CURRENCY_SUBUNITS
        .iter()
        .find(|(w, _)| rest.starts_with(w))?;
    let v = n.number.value;
    if n.number.value_max.is_some() || !v.is_integer() || v.mantissa().abs() >= 10 {
        return None;
    }
    let mut end = n.end + w.len();
    let base = Decimal::new(v.mantissa(), *power)?;
    let (value, e) = add_subunits(text, end, base, "CNY");
    let more = e > end;
    end = e;
    let money_word = text[end..].starts_with('钱');
    (n.financial || money_word || (more && *power == 1)).then_some((end, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_marks() {
        for b in [
            "-",
            " -- ",
            "——",
            "—",
            "－",
            "~",
            "～",
            "至",
            "到",
            "–",
            "(含)-",
            "（含） 至",
        ] {
            assert!(joined_by_range(b), "{b}");
        }
        for b in ["", " ", "和", "元、", "(注)-", "至于", "年至"] {
            assert!(!joined_by_range(b), "{b}");
        }
    }

    fn money(text: &str) -> Vec<(String, String, Option<String>, String)> {
        find(text, &number::scan(text))
            .into_iter()
            .map(|m| {
                (
                    m.text.into(),
                    m.value.to_string(),
                    m.value_max.map(|v| v.to_string()),
                    m.currency.into(),
                )
            })
            .collect()
    }

    #[test]
    fn forms() {
        let one = |t: &str| money(t).into_iter().next().map(|m| (m.1, m.3));
        assert_eq!(one("壹佰元整"), Some(("100".into(), "CNY".into())));
        assert_eq!(one("负壹元整"), Some(("-1".into(), "CNY".into())));
        assert_eq!(one("肆角叁分"), Some(("0.43".into(), "CNY".into())));
        assert_eq!(one("十块三毛"), Some(("10.3".into(), "CNY".into())));
        assert_eq!(
            one("港币两千九百六十元"),
            Some(("2960".into(), "HKD".into()))
        );
        assert_eq!(
            one("新台币 177.1 亿元"),
            Some(("17710000000".into(), "TWD".into()))
        );
        assert_eq!(one("两个亿卢布"), Some(("200000000".into(), "RUB".into())));
        assert_eq!(one("三万元欧元"), Some(("30000".into(), "EUR".into())));
        assert_eq!(one("得分95分"), None);
    }

    #[test]
    fn boundaries() {
        assert_eq!(money("3541.07万元2.3")[0].0, "3541.07万元");
        assert!(money("李四人民币").is_empty());
        assert!(money("3块牌子").is_empty());
        let r = money("1万(含)-5万元");
        assert_eq!(
            (r[0].1.as_str(), r[0].2.as_deref()),
            ("10000", Some("50000"))
        );
    }
}
