//! The number core: every numeral in a text, with its exact value, shared by all numeric
//! recognizers (counts, money, percentages, dates).
//!
//! Forms: Arabic (full-width too, 千分位 commas, decimals), Chinese (三千五百万, 一千零五, 两万),
//! 大写 (壹贰叁), mixed (1.2亿, 3万4000), digit strings (二〇二二), approximation (约, 超, 余, 多)
//! and ranges (3-5万, 三四十). The core only finds numerals; consumers decide what they mean.

use crate::lexicon::{APPROX_INFIXES, APPROX_PREFIXES};
use crate::{Approx, Decimal};
use serde::{Deserialize, Serialize};

/// A parsed numeral value with its qualifier and the high end of a range.
///
/// ```
/// let n = zhreport::number::parse("三千五百万").unwrap();
/// assert_eq!(n.value.to_i64(), Some(35_000_000));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// The value (the low end of a range).
    pub value: Decimal,
    /// The high end of an inclusive range.
    pub value_max: Option<Decimal>,
    /// Qualifier (约, 超, 余…), if any.
    pub approx: Option<Approx>,
}

/// One numeral found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numeral {
    /// Byte offset where the numeral starts, including an approximation prefix (超471万).
    pub start: usize,
    /// Byte offset where the digits start (after any prefix).
    pub core_start: usize,
    /// Byte offset one past the numeral (after 万/亿 and an infix 余/多).
    pub end: usize,
    /// The value, qualifier and range end.
    pub number: Number,
    /// True when the numeral is written only with Arabic digits (no Chinese characters).
    pub arabic: bool,
    /// True when a scale character (万, 亿…) is part of the numeral.
    pub scaled: bool,
    /// True when it is a plain digit sequence with no unit characters (2022, 二〇二二).
    pub digit_string: bool,
}

/// A numeral as it appears in the JSON of the `recognize` example.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberMention {
    /// The exact text.
    pub text: String,
    /// Where it stands.
    pub span: crate::Span,
    /// The value (low end of a range).
    pub value: Decimal,
    /// High end of a range.
    pub value_max: Option<Decimal>,
    /// Qualifier.
    pub approx: Option<Approx>,
}

fn digit_value(c: char) -> Option<u8> {
    Some(match c {
        '0'..='9' => c as u8 - b'0',
        '０'..='９' => (c as u32 - '０' as u32) as u8,
        '〇' | '零' | '○' | 'Ｏ' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '贰' | '貳' | '兩' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn is_arabic(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Small units inside a 万 section, as powers of ten.
fn small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        _ => return None,
    })
}

/// Section units, as powers of ten.
fn big_unit(c: char) -> Option<u32> {
    Some(match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// Whether `c` can start a numeral.
pub fn is_numeral_start(c: char) -> bool {
    is_arabic(c) || (digit_value(c).is_some() && c != '○' && c != 'Ｏ') || matches!(c, '十' | '拾' | '廿' | '卅')
}

/// Reads Arabic digits with optional 千分位 commas and a decimal part at the start of `s`.
fn read_arabic(s: &str) -> Option<(Decimal, usize)> {
    let b = s.as_bytes();
    let mut mantissa: i128 = 0;
    let mut scale = 0u32;
    let mut i = 0;
    let mut digits = 0;
    let mut in_frac = false;
    let mut chars = s.char_indices().peekable();
    while let Some(&(pos, c)) = chars.peek() {
        if is_arabic(c) {
            let d = digit_value(c)? as i128;
            mantissa = mantissa.checked_mul(10)?.checked_add(d)?;
            if in_frac {
                scale += 1;
            }
            digits += 1;
            chars.next();
            i = pos + c.len_utf8();
            continue;
        }
        let next_is_digit = |n: usize| s[n..].chars().next().is_some_and(is_arabic);
        if (c == '.' || c == '．') && !in_frac && digits > 0 && next_is_digit(pos + c.len_utf8()) {
            in_frac = true;
            chars.next();
            continue;
        }
        // 千分位: a comma followed by exactly three digits and then no digit.
        if c == ',' && !in_frac && digits > 0 && digits <= 3 + (digits / 4) * 4 {
            let rest = &b[pos + 1..];
            if rest.len() >= 3
                && rest[..3].iter().all(u8::is_ascii_digit)
                && !rest.get(3).is_some_and(u8::is_ascii_digit)
            {
                chars.next();
                continue;
            }
        }
        break;
    }
    if digits == 0 || scale > 30 {
        return None;
    }
    Some((Decimal::new(mantissa, scale)?, i))
}

/// Result of reading one numeral body (without prefix), before range handling.
struct Body {
    value: Decimal,
    len: usize,
    arabic: bool,
    scaled: bool,
    digit_string: bool,
    approx: Option<Approx>,
    /// For 三四十 / 五六百: the high end.
    value_max: Option<Decimal>,
}

/// Reads the longest valid numeral body at the start of `s`. Returns `None` when `s` does not
/// start with a numeral, and `Some(Err(()))` when the run of numeral characters is not a valid
/// number (十四五) and should be skipped whole.
fn read_body(s: &str) -> Option<Result<Body, ()>> {
    let first = s.chars().next()?;
    if !is_numeral_start(first) {
        return None;
    }
    // Digit strings: 2022, 二〇二二 (two or more digits and no unit characters).
    let mut yi = Decimal::ZERO; // accumulated 亿 part
    let mut wan = Decimal::ZERO; // accumulated 万 part
    let mut section = Decimal::ZERO; // below 万
    let mut pending: Option<Decimal> = None; // the last digit (or Arabic number) not yet placed
    let mut last_unit: Option<u32> = None; // power of the unit just before `pending`
    let mut zero_seen = false;
    let mut any_unit = false;
    let mut scaled = false;
    let mut arabic_only = true;
    let mut chinese_digits: Vec<u8> = Vec::new(); // for digit strings and 三四十 ranges
    let mut range_high: Option<Decimal> = None;
    let mut approx = None;
    let mut i = 0;
    let mut valid_end = 0;
    let mut valid_value = None;
    let mut invalid = false;

    macro_rules! total {
        () => {{
            let mut p = pending.unwrap_or(Decimal::ZERO);
            // Elided trailing unit: 两万五 = 25000, 三百五 = 350.
            if let (Some(u), Some(_), false) = (last_unit, pending, zero_seen) {
                if u >= 1 && pending.is_some_and(|p| p.is_integer() && p.mantissa() < 10) {
                    p = p.checked_mul_pow10(u - 1)?;
                }
            }
            yi.checked_add(wan)?.checked_add(section)?.checked_add(p)?
        }};
    }

    while i < s.len() {
        let c = s[i..].chars().next()?;
        let clen = c.len_utf8();
        if is_arabic(c) {
            if pending.is_some() || !chinese_digits.is_empty() {
                break;
            }
            let (v, len) = read_arabic(&s[i..])?;
            pending = Some(v);
            last_unit = None;
            i += len;
        } else if let Some(d) = digit_value(c) {
            if pending.is_some() {
                // A digit right after a digit: digit string (二〇二二) or range (三四十).
                if !any_unit && !arabic_only {
                    chinese_digits.push(d);
                    i += clen;
                    valid_end = i;
                    continue;
                }
                if any_unit {
                    invalid = true;
                }
                break;
            }
            if d == 0 && (any_unit || section != Decimal::ZERO) {
                zero_seen = true;
                last_unit = None;
                i += clen;
                continue;
            }
            arabic_only = false;
            chinese_digits.clear();
            chinese_digits.push(d);
            pending = Some(Decimal::from_int(d as i64));
            zero_seen = false;
            i += clen;
        } else if c == '廿' || c == '卅' {
            if pending.is_some() {
                break;
            }
            arabic_only = false;
            section = section.checked_add(Decimal::from_int(if c == '廿' { 20 } else { 30 }))?;
            any_unit = true;
            last_unit = Some(1);
            i += clen;
        } else if let Some(p) = small_unit(c) {
            if chinese_digits.len() == 2 && !any_unit && !arabic_only {
                // 三四十, 五六百: a range of two adjacent digits.
                let (a, b) = (chinese_digits[0], chinese_digits[1]);
                if b == a + 1 {
                    let lo = Decimal::from_int(a as i64).checked_mul_pow10(p)?;
                    let hi = Decimal::from_int(b as i64).checked_mul_pow10(p)?;
                    pending = None;
                    section = lo;
                    range_high = Some(hi);
                    chinese_digits.clear();
                    any_unit = true;
                    arabic_only = false;
                    last_unit = Some(p);
                    i += clen;
                    valid_end = i;
                    valid_value = Some(total!());
                    continue;
                }
                invalid = true;
                break;
            }
            if chinese_digits.len() > 1 {
                invalid = true;
                break;
            }
            arabic_only = false;
            let base = match pending {
                Some(v) => v,
                None if p == 1 => Decimal::from_int(1), // 十二 = 12
                None => break,
            };
            section = section.checked_add(base.checked_mul_pow10(p)?)?;
            pending = None;
            any_unit = true;
            last_unit = Some(p);
            chinese_digits.clear();
            zero_seen = false;
            i += clen;
        } else if let Some(p) = big_unit(c) {
            if chinese_digits.len() > 1 {
                invalid = true;
                break;
            }
            if pending.is_none() && section.is_zero() && wan.is_zero() && yi.is_zero() {
                break;
            }
            arabic_only = false;
            let part = section.checked_add(pending.unwrap_or(Decimal::ZERO))?;
            if p == 8 {
                yi = yi.checked_add(wan)?.checked_add(part)?.checked_mul_pow10(8)?;
                wan = Decimal::ZERO;
            } else if part.is_zero() {
                wan = wan.checked_mul_pow10(4)?; // 万万
            } else {
                wan = wan.checked_add(part)?.checked_mul_pow10(4)?;
            }
            section = Decimal::ZERO;
            pending = None;
            any_unit = true;
            scaled = true;
            last_unit = Some(p);
            chinese_digits.clear();
            zero_seen = false;
            i += clen;
        } else if (c == '点' || c == '點') && pending.is_some() && !arabic_only {
            // 三点五: Chinese decimal part.
            let mut frac = String::new();
            let mut j = i + clen;
            while let Some(fc) = s[j..].chars().next() {
                match digit_value(fc) {
                    Some(d) if !is_arabic(fc) => {
                        frac.push((b'0' + d) as char);
                        j += fc.len_utf8();
                    }
                    _ => break,
                }
            }
            if frac.is_empty() {
                break;
            }
            let int = pending?;
            let v: Decimal = format!("{int}.{frac}").parse().ok()?;
            pending = Some(v);
            last_unit = None;
            i = j;
        } else {
            // Infix approximation: 200余场次, 二百余万元, 10多个.
            if approx.is_none() && (pending.is_some() || any_unit) {
                if let Some((w, a)) = APPROX_INFIXES.iter().find(|(w, _)| s[i..].starts_with(w)) {
                    let after = &s[i + w.len()..];
                    let next = after.chars().next();
                    // 余/多 before a scale keeps reading (二百余万); otherwise it ends the numeral.
                    if next.and_then(big_unit).is_some() {
                        approx = Some(*a);
                        i += w.len();
                        continue;
                    }
                    if *w != "来" || next.is_some_and(|c| !c.is_ascii()) {
                        let v = total!();
                        approx = Some(*a);
                        valid_value = Some(v);
                        valid_end = i + w.len();
                        break;
                    }
                }
            }
            break;
        }
        valid_end = i;
        valid_value = Some(total!());
    }
    if invalid {
        return Some(Err(()));
    }
    if chinese_digits.len() > 1 && !any_unit {
        // A Chinese digit string: 二〇二二.
        let mut m: i128 = 0;
        for d in &chinese_digits {
            m = m.checked_mul(10)?.checked_add(*d as i128)?;
        }
        return Some(Ok(Body {
            value: Decimal::new(m, 0)?,
            len: valid_end,
            arabic: false,
            scaled: false,
            digit_string: true,
            approx: None,
            value_max: None,
        }));
    }
    let value = valid_value?;
    if valid_end == 0 {
        return None;
    }
    Some(Ok(Body {
        value,
        len: valid_end,
        arabic: arabic_only,
        scaled,
        digit_string: arabic_only && !s[..valid_end].contains(['.', '．', ',']),
        approx,
        value_max: range_high,
    }))
}

/// Range separators between two numerals: 3-5万, 3～5, 3至5个, 两到三万.
const RANGE_SEPARATORS: &[&str] = &["-", "－", "—", "–", "~", "～", "至", "到"];

/// Parses a whole string as one numeral (with approximation and range), or `None` when the
/// string is not exactly one numeral.
///
/// ```
/// use zhreport::number::parse;
/// assert_eq!(parse("4.35万").unwrap().value.to_i64(), Some(43500));
/// assert_eq!(parse("一千零五").unwrap().value.to_i64(), Some(1005));
/// assert_eq!(parse("1,100万").unwrap().value.to_i64(), Some(11_000_000));
/// let r = parse("3-5万").unwrap();
/// assert_eq!((r.value.to_i64(), r.value_max.unwrap().to_i64()), (Some(30000), Some(50000)));
/// assert!(parse("一流").is_none());
/// ```
pub fn parse(s: &str) -> Option<Number> {
    let s = s.trim();
    let pos = APPROX_PREFIXES.iter().find(|(w, _)| s.starts_with(w)).map_or(0, |(w, _)| w.len());
    let n = numeral_at(s, pos)?;
    (n.start == 0 && n.end == s.len()).then_some(n.number)
}

/// Reads the numeral whose digits start at byte `pos` of `text` (an approximation prefix before
/// `pos` is included), or `None` when no valid numeral starts there.
pub fn numeral_at(text: &str, pos: usize) -> Option<Numeral> {
    let body = match read_body(&text[pos..])? {
        Ok(b) => b,
        Err(_) => return None,
    };
    let mut end = pos + body.len;
    let mut value = body.value;
    let mut value_max = body.value_max;
    let mut approx = body.approx;
    let mut scaled = body.scaled;
    let mut arabic = body.arabic;
    let mut digit_string = body.digit_string;
    // A range: 3-5万 (the scale of the high end applies to the low end when it has none).
    if approx.is_none() && value_max.is_none() {
        for sep in RANGE_SEPARATORS {
            if let Some(rest) = text[end..].strip_prefix(sep) {
                let hi_pos = end + sep.len();
                if let Some(Ok(hi)) = read_body(rest) {
                    if hi.arabic != body.arabic && !(hi.scaled || body.scaled) {
                        break;
                    }
                    let mut lo = value;
                    if !body.scaled && hi.scaled && hi.value > Decimal::ZERO {
                        // Apply the high end's scale: find 10^k with hi = h × 10^k, h as written.
                        let written = &rest[..hi.len];
                        let k = scale_power(written);
                        lo = lo.checked_mul_pow10(k)?;
                    }
                    if hi.value > lo {
                        value = lo;
                        value_max = Some(hi.value);
                        end = hi_pos + hi.len;
                        approx = hi.approx;
                        scaled |= hi.scaled;
                        arabic &= hi.arabic;
                        digit_string = false;
                    }
                }
                break;
            }
        }
    }
    // Approximation prefix: 超471万, 约3000.
    let mut start = pos;
    if approx.is_none() {
        if let Some((w, a)) = APPROX_PREFIXES.iter().find(|(w, _)| text[..pos].ends_with(w)) {
            start = pos - w.len();
            approx = Some(*a);
        }
    }
    Some(Numeral {
        start,
        core_start: pos,
        end,
        number: Number { value, value_max, approx },
        arabic,
        scaled,
        digit_string,
    })
}

/// Power of ten of the trailing scale characters of a written numeral (`5万` → 4, `3亿` → 8).
fn scale_power(written: &str) -> u32 {
    let mut k = 0;
    for c in written.chars().rev() {
        match big_unit(c) {
            Some(p) => k += p,
            None if c == '余' || c == '多' => continue,
            None => break,
        }
    }
    k
}

/// Words in which numeral characters do not form a number (一流, 统一, 之一, 万一…), as
/// (text before the numeral character, the numeral character and what follows).
static NOT_NUMBER_AFTER: &[&str] = &[
    "一些", "一样", "一起", "一直", "一切", "一般", "一定", "一致", "一旦", "一体", "一流", "一同",
    "一再", "一度", "一律", "一概", "一并", "一道", "一线", "一带", "一举", "一味", "一时", "一向",
    "一边", "一面", "一方面", "一贯", "一手", "一心", "一流", "一如既往", "一揽子", "一站式", "一网",
    "一把手", "一系列", "一大批", "一批", "一系", "一带一路", "一号", "一窗", "一张", "一件事",
    "一刀切", "一键", "一码", "一区", "一城", "一户一", "一村一", "一地", "一同", "一起", "千万",
    "万一", "三农", "五位一体", "四个全面", "两会", "两院", "一二三", "百姓", "千家万户", "万家",
    "万物", "千方百计", "十分", "万众", "百花", "百年", "千年", "一揽", "一元", "万象", "一应",
    "一往", "一路", "一个中心", "九州", "一国两制", "三峡",
];

/// Characters that, directly before a numeral character, make it part of a word (统一, 之一).
static NOT_NUMBER_BEFORE: &[char] = &['统', '唯', '同', '之', '第', '初', '周', '星', '万', '逐', '专', '归', '划', '合', '单', '某', '任', '整', '纯', '均', '首', '次'];

fn excluded(text: &str, pos: usize, c: char) -> bool {
    if is_arabic(c) {
        // 第2批 is an ordinal; otherwise Arabic digits are numbers.
        return text[..pos].ends_with('第');
    }
    if let Some(prev) = text[..pos].chars().next_back() {
        // 百分之十 / 三分之一 are fractions, not the word 之一.
        if NOT_NUMBER_BEFORE.contains(&prev) && !text[..pos].ends_with("分之") {
            return true;
        }
    }
    let rest = &text[pos..];
    NOT_NUMBER_AFTER.iter().any(|w| rest.starts_with(w))
}

/// Finds every numeral in `text`, left to right, without overlaps.
///
/// ```
/// let found = zhreport::number::scan("新建4家院士工作站，参与人数超471万人次，统一部署。");
/// let values: Vec<_> = found.iter().map(|n| n.number.value.to_i64().unwrap()).collect();
/// assert_eq!(values, vec![4, 4_710_000]);
/// ```
pub fn scan(text: &str) -> Vec<Numeral> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else { break };
        if !is_numeral_start(c) {
            i += c.len_utf8();
            continue;
        }
        // Arabic digits glued to a Latin letter (4G, G20, 5A) are codes, not numbers.
        let prev = text[..i].chars().next_back();
        if is_arabic(c) && prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '.' || p == '_') {
            i += skip_run(&text[i..]);
            continue;
        }
        if excluded(text, i, c) {
            i += skip_run(&text[i..]);
            continue;
        }
        match read_body(&text[i..]) {
            Some(Ok(_)) => {
                if let Some(n) = numeral_at(text, i) {
                    if n.end > i {
                        out.push(n);
                        i = n.end;
                        continue;
                    }
                }
                i += c.len_utf8();
            }
            Some(Err(_)) => i += skip_run(&text[i..]),
            None => i += c.len_utf8(),
        }
    }
    out
}

/// Length of the run of numeral-ish characters at the start of `s` (at least one character).
fn skip_run(s: &str) -> usize {
    let mut n = 0;
    for c in s.chars() {
        if is_numeral_start(c) || small_unit(c).is_some() || big_unit(c).is_some() || c == '.' {
            n += c.len_utf8();
        } else {
            break;
        }
    }
    n.max(s.chars().next().map_or(1, char::len_utf8))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<String> {
        parse(s).map(|n| n.value.to_string())
    }

    #[test]
    fn forms() {
        let cases = [
            ("12", "12"),
            ("1,234.56", "1234.56"),
            ("１２３４．５", "1234.5"),
            ("三千五百万", "35000000"),
            ("一千零五", "1005"),
            ("一万零一十二", "10012"),
            ("两万", "20000"),
            ("十二", "12"),
            ("两万五", "25000"),
            ("三百五", "350"),
            ("1.2亿", "120000000"),
            ("3千万", "30000000"),
            ("3万4000", "34000"),
            ("25万6千", "256000"),
            ("2千零30万", "20300000"),
            ("47.264287亿", "4726428700"),
            ("100000万", "1000000000"),
            ("二〇二二", "2022"),
            ("三点五", "3.5"),
            ("壹仟贰佰", "1200"),
            ("一亿三千万", "130000000"),
            ("三万亿", "3000000000000"),
        ];
        for (s, want) in cases {
            assert_eq!(v(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn approx_and_ranges() {
        let n = parse("二百余万").unwrap();
        assert_eq!((n.value.to_i64(), n.approx), (Some(2_000_000), Some(Approx::MoreThan)));
        let n = parse("三四十").unwrap();
        assert_eq!((n.value.to_i64(), n.value_max.and_then(|v| v.to_i64())), (Some(30), Some(40)));
        let n = parse("约3000").unwrap();
        assert_eq!(n.approx, Some(Approx::About));
    }

    #[test]
    fn not_numbers() {
        assert!(scan("十四五规划").is_empty());
        assert!(scan("统一部署，一流水平，之一").is_empty());
        assert!(scan("第二批").is_empty());
    }
}
