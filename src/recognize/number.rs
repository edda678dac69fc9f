//! The number core: every numeral in a text, with its exact value, shared by all numeric
//! recognizers (counts, money, percentages, dates).
//!
//! Forms: Arabic (full-width too, 千分位 commas, decimals, `2e5`, `15k`), Chinese (三千五百万,
//! 一千零五, 两万, 廿), 大写 (壹贰叁, 萬/億), mixed (1.2亿, 3万4000), decimals (三点五, 一百点123),
//! digit strings (二〇二二), signs (负, -), fractions (三分之一, 百分之五, 3又1/2, 3/5),
//! approximation (约, 超, 余, 多, 几) and ranges (3-5万, 三四十, 两到三千). The core only finds
//! numerals; consumers decide what they mean.
//!
//! The reader is a single left-to-right pass over the characters of one numeral with a constant
//! amount of state: no allocation per character and no regular expression per numeral.

use super::marks::Mark;
use crate::lexicon::{CharSet, Words, APPROX_INFIXES, APPROX_PREFIXES};
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

/// The parts of a fraction as written (三分之一: numerator 1, denominator 3).
///
/// ```
/// let n = zhreport::number::scan("三分之一")[0];
/// let f = n.fraction.unwrap();
/// assert_eq!((f.numerator.to_i64(), f.denominator.to_i64()), (Some(1), Some(3)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fraction {
    /// The part above the line (一 in 三分之一).
    pub numerator: Decimal,
    /// The part below the line (三 in 三分之一; 100 in 百分之五).
    pub denominator: Decimal,
    /// True for the Chinese form X分之Y (百分之五, 三分之一); false for `3/5`.
    pub chinese: bool,
}

/// One numeral found in a text.
///
/// ```
/// let text = "超471万人次";
/// let n = &zhreport::recognize::number::scan(text)[0];
/// assert_eq!((&text[n.start..n.end], &text[n.core_start..n.end]), ("超471万", "471万"));
/// assert_eq!(n.number.value.to_i64(), Some(4_710_000));
/// assert!(n.scaled && !n.digit_string);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numeral {
    /// Byte offset where the numeral starts, including an approximation prefix (超471万) and a
    /// sign (负3).
    pub start: usize,
    /// Byte offset where the digits start (after any prefix or sign).
    pub core_start: usize,
    /// Byte offset one past the numeral (after 万/亿 and an infix 余/多).
    pub end: usize,
    /// The value, qualifier and range end.
    pub number: Number,
    /// True when the numeral is written only with Arabic digits (no Chinese characters).
    pub arabic: bool,
    /// True when a scale (万, 亿, k…) is part of the numeral.
    pub scaled: bool,
    /// True when it is a plain digit sequence with no unit characters (2022, 二〇二二).
    pub digit_string: bool,
    /// True when written with 大写 financial characters (壹贰叁, 拾佰仟).
    pub financial: bool,
    /// For fractions (三分之一, 百分之五, 3/5): the parts; `number.value` is their quotient.
    pub fraction: Option<Fraction>,
}

/// A numeral as it appears in the JSON of the `recognize` example.
///
/// ```
/// let facts = zhreport::recognize_line("三四十个", None);
/// let n: &zhreport::recognize::number::NumberMention = &facts.numbers[0];
/// assert_eq!((n.value.to_i64(), n.value_max.and_then(|v| v.to_i64())), (Some(30), Some(40)));
/// ```
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
    if c.is_ascii_digit() {
        return Some(c as u8 - b'0');
    }
    // Most characters asked are none: one bit test says so before the table of forms.
    if !DIGITS.contains_code(u32::from(c)) {
        return None;
    }
    digit_form(c)
}

/// The digit that `c` is a form of (the table behind [`digit_value`] and [`DIGITS`]).
fn digit_form(c: char) -> Option<u8> {
    Some(match c {
        '0'..='9' => c as u8 - b'0',
        '０'..='９' => (c as u32 - '０' as u32) as u8,
        '〇' | '零' | '○' | 'Ｏ' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '贰' | '貳' | '兩' | '倆' | '俩' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The characters other than ASCII digits that [`digit_value`] reads ([`digit_form`]), as a
/// set (a test checks it).
static DIGITS: once_cell::sync::Lazy<CharSet> = once_cell::sync::Lazy::new(|| {
    CharSet::new(
        "０１２３４５６７８９〇零○Ｏ一壹幺二两贰貳兩倆俩三叁參叄四肆五伍六陆陸七柒八捌九玖".chars(),
    )
});

/// 大写 (financial) forms: written on cheques and contracts so that digits cannot be altered.
fn is_financial(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰'
            | '貳'
            | '叁'
            | '參'
            | '叄'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
    )
}

/// The Arabic digit (ASCII or full-width) whose bytes start at `i`, with its byte length: read
/// from the bytes, as digits are the most frequent characters of a numeral.
pub(crate) fn arabic_digit_at(bytes: &[u8], i: usize) -> Option<(u8, usize)> {
    match bytes.get(i..)? {
        [b @ b'0'..=b'9', ..] => Some((b - b'0', 1)),
        // ０ (U+FF10) to ９ (U+FF19).
        [0xEF, 0xBC, b @ 0x90..=0x99, ..] => Some((b - 0x90, 3)),
        _ => None,
    }
}

fn is_arabic(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn is_cjk(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c)
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

/// Section units, as powers of ten (兆 is handled where it is read: 10^12 only inside a numeral).
fn big_unit(c: char) -> Option<u32> {
    Some(match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// Whether `c` can start a numeral.
///
/// ```
/// use zhreport::recognize::number::is_numeral_start;
/// assert!(is_numeral_start('7') && is_numeral_start('两') && is_numeral_start('拾'));
/// assert!(!is_numeral_start('万') && !is_numeral_start('第'));
/// ```
pub fn is_numeral_start(c: char) -> bool {
    // Asked at every numeral and at every character of some phrases: one bit test.
    c.is_ascii_digit() || NUMERAL_STARTS.contains_code(u32::from(c))
}

/// The characters other than ASCII digits a numeral starts with ([`numeral_start_by_rule`]).
static NUMERAL_STARTS: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| CharSet::new(NUMERAL_STARTS_LISTED.chars()));

/// [`NUMERAL_STARTS`] written out (a test checks it against [`numeral_start_by_rule`]).
const NUMERAL_STARTS_LISTED: &str =
    "０１２３４５６７８９〇零一壹幺二两贰貳兩倆俩三叁參叄四肆五伍六陆陸七柒八捌九玖十拾廿卅";

/// What [`is_numeral_start`] holds: an Arabic digit, a Chinese digit other than the 〇-like
/// letters, or a unit a numeral may open with (十二, 廿).
#[cfg(test)]
fn numeral_start_by_rule(c: char) -> bool {
    is_arabic(c)
        || (digit_value(c).is_some() && c != '○' && c != 'Ｏ')
        || matches!(c, '十' | '拾' | '廿' | '卅')
}

/// Skips ASCII spaces (as written between the parts of a numeral: "三千 八百", "2000 万").
fn skip_spaces(s: &str, mut i: usize) -> usize {
    while s.as_bytes().get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..)?.chars().next()
}

/// Multiplies by 10^exp for any sign of `exp`; `None` on overflow or excessive precision.
fn scale_pow10(v: Decimal, exp: i32) -> Option<Decimal> {
    if exp >= 0 {
        v.checked_mul_pow10(exp as u32)
    } else {
        Decimal::new(v.mantissa(), v.scale().checked_add(exp.unsigned_abs())?)
    }
}

/// Reads Arabic digits with optional 千分位 commas and a decimal part at the start of `s`: the
/// value, the length and whether only digits were read (no point, no comma). A leading `.`
/// (`.5`) is accepted when `leading_dot` is set.
fn read_arabic(s: &str, leading_dot: bool) -> Option<(Decimal, usize, bool)> {
    // Most numbers are a few ASCII digits followed by neither a point, a comma nor a full-width
    // form (all of which start with 0xEF): their value is read as one 64-bit integer.
    let bytes = s.as_bytes();
    let run = ascii_digits(bytes);
    if (1..=18).contains(&run) {
        let v = ascii_value(&bytes[..run]);
        match bytes.get(run) {
            Some(b'.' | b',' | 0xEF) => {}
            _ => return Some((Decimal::from_int(v), run, true)),
        }
        // Likewise a decimal such as 12.5 whose fraction is followed by neither a point (a dotted
        // sequence 1.2.3) nor a full-width form (digits, point or comma).
        if bytes[run] == b'.' {
            let frac = ascii_digits(&bytes[run + 1..]);
            let end = run + 1 + frac;
            if frac > 0 && run + frac <= 18 && !matches!(bytes.get(end), Some(b'.' | 0xEF)) {
                let f = ascii_value(&bytes[run + 1..end]);
                let m = v * 10i64.pow(frac as u32) + f;
                return Some((Decimal::new(i128::from(m), frac as u32)?, end, false));
            }
        }
    }
    read_arabic_grouped(s, leading_dot)
}

/// [`read_arabic`] beyond its quick forms (full-width digits, 千分位 commas, dotted sequences,
/// more than 18 digits): kept out of line, as few numbers need it.
#[inline(never)]
fn read_arabic_grouped(s: &str, leading_dot: bool) -> Option<(Decimal, usize, bool)> {
    let mut mantissa: i128 = 0;
    let mut scale = 0u32;
    let mut i = 0;
    let mut digits = 0;
    let mut in_frac = false;
    let mut groups_fullwidth_comma = false;
    let mut any_ascii_comma = false;
    let mut all_fullwidth = true;
    let mut since_comma: Option<u32> = None; // digits since the last grouping comma
    let mut pos = 0;
    while pos < s.len() {
        if let Some((d, clen)) = arabic_digit_at(s.as_bytes(), pos) {
            // Fewer than 38 digits cannot overflow (10^38 < i128::MAX), so most numbers need no
            // overflow-checked 128-bit product per digit.
            mantissa = if digits < 38 {
                mantissa * 10 + d as i128
            } else {
                mantissa.checked_mul(10)?.checked_add(d as i128)?
            };
            if in_frac {
                scale += 1;
            }
            all_fullwidth &= clen > 1;
            digits += 1;
            if let Some(k) = since_comma.as_mut() {
                *k += 1;
            }
            pos += clen;
            i = pos;
            continue;
        }
        let Some(c) = char_at(s, pos) else { break };
        let clen = c.len_utf8();
        let next_is_digit = |n: usize| char_at(s, n).is_some_and(is_arabic);
        if (c == '.' || c == '．')
            && !in_frac
            && (digits > 0 || (leading_dot && pos == 0))
            && next_is_digit(pos + clen)
        {
            // A dotted sequence (1.2.3, 2222.2222.22222) is several integers, not a decimal.
            let mut j = pos + clen;
            while char_at(s, j).is_some_and(is_arabic) {
                j += char_at(s, j).map_or(1, char::len_utf8);
            }
            if matches!(char_at(s, j), Some('.' | '．')) && char_at(s, j + 1).is_some_and(is_arabic)
            {
                break;
            }
            in_frac = true;
            pos += clen;
            continue;
        }
        // 千分位: a comma followed by exactly three digits and then no digit.
        if (c == ',' || c == '，')
            && !in_frac
            && digits > 0
            && since_comma.map_or(digits <= 3, |k| k == 3)
        {
            let mut group = s[pos + clen..].chars();
            let ok = (0..3).all(|_| group.next().is_some_and(is_arabic))
                && !group.next().is_some_and(is_arabic);
            if ok {
                since_comma = Some(0);
                if c == '，' {
                    groups_fullwidth_comma = true;
                } else {
                    any_ascii_comma = true;
                }
                pos += clen;
                continue;
            }
        }
        break;
    }
    if digits == 0 || scale > 30 {
        return None;
    }
    // A full-width comma is a clause break in Chinese text: it only groups digits in full-width
    // numbers (４，５６５) or next to other grouping or a decimal part (82，225.00元).
    if groups_fullwidth_comma && !all_fullwidth && !any_ascii_comma && !in_frac {
        let cut = s[..i].find('，').unwrap_or(i);
        return read_arabic(&s[..cut], leading_dot);
    }
    let plain = !in_frac && since_comma.is_none();
    Some((Decimal::new(mantissa, scale)?, i, plain))
}

/// The number of ASCII digits `bytes` starts with.
fn ascii_digits(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// The value of a run of at most 18 ASCII digits.
fn ascii_value(digits: &[u8]) -> i64 {
    digits
        .iter()
        .fold(0i64, |v, d| v * 10 + i64::from(d - b'0'))
}

/// Largest exponent read after `^` (2^64 still fits; larger powers are not written in reports).
const MAX_POWER: u32 = 64;

/// `base` raised to the signed whole exponent written at the start of `s` (`5`, `-1`, `+23`), and
/// the exponent's length; `None` when no exponent is written or the power cannot be exact.
fn power(base: Decimal, s: &str) -> Option<(Decimal, usize)> {
    let sign = s
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '+' | '－' | '＋' | '−'));
    let j = sign.map_or(0, char::len_utf8);
    let digits: usize = s[j..]
        .chars()
        .take_while(|c| is_arabic(*c))
        .map(char::len_utf8)
        .sum();
    let after = s[j + digits..].chars().next();
    if digits == 0 || after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == '^') {
        return None;
    }
    let exp = s[j..j + digits]
        .chars()
        .try_fold(0u32, |acc, c| {
            acc.checked_mul(10)?.checked_add(digit_value(c)? as u32)
        })
        .filter(|e| *e <= MAX_POWER)?;
    let mut v = Decimal::from_int(1);
    for _ in 0..exp {
        v = v.checked_mul(base)?;
    }
    if matches!(sign, Some('-' | '－' | '−')) {
        v = Decimal::from_int(1).checked_div(v)?;
    }
    Some((v, j + digits))
}

/// After a space inside a numeral: an Arabic part that goes on with a lower unit (7万 5千 4百,
/// 1亿 2000万), not a new number (2万 3万, 7万 5).
fn lower_arabic_part(s: &str, last_unit: Option<u32>) -> bool {
    let Some(last) = last_unit else {
        return false;
    };
    let run: usize = s
        .chars()
        .take_while(|c| is_arabic(*c))
        .map(char::len_utf8)
        .sum();
    char_at(s, run)
        .and_then(|u| small_unit(u).or_else(|| big_unit(u)))
        .is_some_and(|p| p < last)
}

/// Result of reading one numeral body (without prefix, sign or fraction), before ranges.
#[derive(Debug, Clone, Copy)]
struct Body {
    value: Decimal,
    len: usize,
    arabic: bool,
    scaled: bool,
    digit_string: bool,
    financial: bool,
    approx: Option<Approx>,
    /// For 三四十 / 五六百: the high end.
    value_max: Option<Decimal>,
    /// Power of ten of the trailing units as written (3千万 → 7, 5万 → 4, 三 → 0), used to carry
    /// the high end's scale to a bare low end (3-5万).
    trailing_power: u32,
    /// A single digit with no unit (the low end of 两到三千).
    bare_digit: bool,
}

/// Reads the longest valid numeral body at the start of `s`. Returns `None` when `s` does not
/// start with a numeral, and `Some(Err(()))` when the run of numeral characters is not a valid
/// number (十四五) and should be skipped whole.
fn read_body(s: &str) -> Option<Result<Body, ()>> {
    let first = s.chars().next()?;
    if !is_numeral_start(first) && first != '.' && first != '．' {
        return None;
    }
    // Most numerals are one Arabic number or one Chinese digit that nothing after it goes on
    // with: read without the state of `read_parts` (which reads them the same). The Arabic
    // number a body starts with is read once.
    let mut head = None;
    if is_arabic(first) {
        let (value, len, plain) = read_arabic(s, true)?;
        if let Some(body) = lone_arabic(s, value, len, plain) {
            return Some(Ok(body));
        }
        head = Some((value, len, plain));
    } else if let Some(body) = lone_digit(s, first) {
        return Some(Ok(body));
    }
    read_parts(s, head)
}

/// [`read_body`] for a body of several parts (三千五百万, 3.5亿, 二〇二二, 两到三千 …), `head`
/// the Arabic number it starts with when already read: kept out of line, so that the code of
/// the lone bodies most numerals are stays small.
#[inline(never)]
fn read_parts(s: &str, mut head: Option<(Decimal, usize, bool)>) -> Option<Result<Body, ()>> {
    let mut zhao = Decimal::ZERO; // accumulated 兆 part
    let mut yi = Decimal::ZERO; // accumulated 亿 part
    let mut wan = Decimal::ZERO; // accumulated 万 part
    let mut section = Decimal::ZERO; // below 万
    let mut pending: Option<Decimal> = None; // the last digit run (or Arabic number) not yet placed
    let mut pending_arabic = false;
    let mut last_unit: Option<u32> = None; // power of the unit just before `pending`
    let mut zero_seen = false;
    let mut any_unit = false;
    let mut scaled = false;
    let mut arabic_only = true;
    let mut plain_digits = true; // only digits so far (no point, comma, unit)
    let mut financial = false;
    let mut digit_run = 0u32; // consecutive Chinese digits without a unit between
    let mut run_first = [0u8; 2];
    let mut range_high: Option<Decimal> = None;
    let mut approx = None;
    let mut has_point = false;
    let mut trailing_power = 0u32;
    let mut i = 0;
    let mut valid_end = 0;
    let mut valid_value = None;
    let mut valid_power = 0u32;
    let mut invalid = false;

    macro_rules! total {
        () => {{
            let mut p = pending.unwrap_or(Decimal::ZERO);
            // Elided trailing unit: 两万五 = 25000, 三百五 = 350.
            if let (Some(u), Some(_), false) = (last_unit, pending, zero_seen) {
                if u >= 1
                    && pending
                        .is_some_and(|p| p.is_integer() && p.mantissa() < 10 && p.mantissa() > 0)
                {
                    p = p.checked_mul_pow10(u - 1)?;
                }
            }
            zhao.checked_add(yi)?
                .checked_add(wan)?
                .checked_add(section)?
                .checked_add(p)?
        }};
    }

    while i < s.len() {
        let c = char_at(s, i)?;
        let clen = c.len_utf8();
        // Most numerals end at a character no branch below reads: one bit test says so.
        if !BODY_CHARS.contains(c) {
            break;
        }
        if c == ' ' {
            // Spaces inside a numeral ("三千 八百", "2000 万", "十 余 万"): only before a part that
            // can continue it.
            let j = skip_spaces(s, i);
            let Some(c2) = char_at(s, j) else { break };
            let continues = if small_unit(c2).is_some() || big_unit(c2).is_some() {
                pending.is_some() || (any_unit && big_unit(c2).is_some())
            } else if matches!(c2, '余' | '几' | '幾' | '点' | '點') {
                pending.is_some() || any_unit
            } else {
                digit_value(c2).is_some()
                    && pending.is_none()
                    && any_unit
                    && !has_point
                    && (!is_arabic(c2) || lower_arabic_part(&s[j..], last_unit))
            };
            if !continues {
                break;
            }
            i = j;
            continue;
        }
        if is_arabic(c) || (i == 0 && (c == '.' || c == '．')) {
            if pending.is_some() || digit_run > 0 || has_point {
                break;
            }
            let (mut v, len, plain) = match head.take() {
                Some(read) => read,
                None => read_arabic(&s[i..], i == 0)?,
            };
            if !plain {
                plain_digits = false;
            }
            i += len;
            // Scientific notation (2e5, 12.32e+14) and the k suffix (15k), not before a letter.
            let rest = &s[i..];
            let rb = rest.as_bytes();
            if matches!(rb.first(), Some(b'e' | b'E')) {
                let mut j = 1;
                let sign = rest[1..]
                    .chars()
                    .next()
                    .filter(|c| matches!(c, '-' | '+' | '－' | '＋' | '−'));
                let neg = matches!(sign, Some('-' | '－' | '−'));
                j += sign.map_or(0, char::len_utf8);
                let ds = rest[j..]
                    .chars()
                    .take_while(|c| is_arabic(*c))
                    .map(char::len_utf8)
                    .sum::<usize>();
                if ds > 0 && ds <= 6 && !rb.get(j + ds).is_some_and(|b| b.is_ascii_alphanumeric()) {
                    let e = rest[j..j + ds]
                        .chars()
                        .try_fold(0i32, |acc, c| Some(acc * 10 + digit_value(c)? as i32))?;
                    if let Some(sv) = scale_pow10(v, if neg { -e } else { e }) {
                        v = sv;
                        i += j + ds;
                        plain_digits = false;
                        scaled = true;
                    }
                }
            } else if let Some((pv, plen)) = rest.strip_prefix('^').and_then(|r| power(v, r)) {
                // 2^5, 2.5^-1: a power with a whole exponent.
                v = pv;
                i += 1 + plen;
                plain_digits = false;
                scaled = true;
            } else if let Some(k) = rest
                .chars()
                .next()
                .filter(|k| matches!(k, 'k' | 'K' | 'Ｋ' | 'w' | 'W'))
            {
                let after = &rest[k.len_utf8()..];
                let letter_after = after
                    .chars()
                    .next()
                    .is_some_and(|a| a.is_ascii_alphanumeric());
                // w (万) only where it cannot be watts: before money or approximation words.
                let w_ok = after.is_empty()
                    || ["元", "块", "左右", "上下", "以上", "以下", "多"]
                        .iter()
                        .any(|x| after.starts_with(x));
                let power = if matches!(k, 'w' | 'W') { 4 } else { 3 };
                if !letter_after && (power == 3 || w_ok) {
                    v = v.checked_mul_pow10(power)?;
                    i += k.len_utf8();
                    plain_digits = false;
                    scaled = true;
                    valid_end = i;
                    valid_value = Some(v);
                    valid_power = power;
                    break;
                }
            }
            pending = Some(v);
            pending_arabic = true;
            last_unit = None;
            trailing_power = 0;
        } else if let Some(d) = digit_value(c) {
            if has_point {
                break;
            }
            if let Some(p) = pending {
                if pending_arabic {
                    break;
                }
                if any_unit {
                    // A digit right after a digit inside a unit numeral (十四五): not a number.
                    invalid = true;
                    break;
                }
                // A Chinese digit string (二〇二二) or a two-digit range (三四十).
                if digit_run < 2 {
                    run_first[digit_run as usize] = d;
                }
                digit_run += 1;
                pending = Some(
                    p.checked_mul_pow10(1)?
                        .checked_add(Decimal::from_int(d as i64))?,
                );
                financial |= is_financial(c);
                i += clen;
                valid_end = i;
                valid_value = pending;
                continue;
            }
            if d == 0 && (any_unit || !section.is_zero() || !wan.is_zero() || !yi.is_zero()) {
                zero_seen = true;
                last_unit = None;
                i += clen;
                continue;
            }
            arabic_only = false;
            plain_digits = false;
            financial |= is_financial(c);
            run_first[0] = d;
            digit_run = 1;
            pending = Some(Decimal::from_int(d as i64));
            pending_arabic = false;
            zero_seen = false;
            trailing_power = 0;
            i += clen;
        } else if c == '廿' || c == '卅' {
            if pending.is_some() || has_point {
                break;
            }
            arabic_only = false;
            plain_digits = false;
            section = section.checked_add(Decimal::from_int(if c == '廿' { 20 } else { 30 }))?;
            any_unit = true;
            last_unit = Some(1);
            trailing_power = 1;
            i += clen;
        } else if let Some(p) = small_unit(c) {
            if has_point {
                break;
            }
            // 百分点 / 百分比 after a number: the 百 belongs to the suffix (3百分点 is 3 points).
            if p == 2 {
                let after = skip_spaces(s, i + clen);
                let tail = &s[after..];
                if tail.starts_with("分点")
                    || tail.starts_with("分點")
                    || tail.starts_with("分比")
                    || tail.starts_with("分 点")
                {
                    break;
                }
            }
            if digit_run == 2 && !any_unit {
                // 三四十, 五六百, 三五百: a range of two digits.
                let (a, b) = (run_first[0], run_first[1]);
                if a > 0 && (b == a + 1 || (a, b) == (3, 5)) {
                    section = Decimal::from_int(a as i64).checked_mul_pow10(p)?;
                    range_high = Some(Decimal::from_int(b as i64).checked_mul_pow10(p)?);
                    pending = None;
                    digit_run = 0;
                    any_unit = true;
                    arabic_only = false;
                    last_unit = Some(p);
                    trailing_power = p;
                    i += clen;
                    valid_end = i;
                    valid_value = Some(total!());
                    valid_power = trailing_power;
                    continue;
                }
                invalid = true;
                break;
            }
            if digit_run > 1 {
                invalid = true;
                break;
            }
            arabic_only = false;
            plain_digits = false;
            financial |= is_financial(c);
            let base = match pending {
                Some(v) if v.is_zero() && !pending_arabic => Decimal::from_int(1), // 零十 = 10
                Some(v) => v,
                None if p == 1 || zero_seen => Decimal::from_int(1), // 十二 = 12, 一万零百一十一
                None => break,
            };
            section = section.checked_add(base.checked_mul_pow10(p)?)?;
            pending = None;
            pending_arabic = false;
            any_unit = true;
            last_unit = Some(p);
            trailing_power = p;
            digit_run = 0;
            zero_seen = false;
            i += clen;
        } else if let Some(p) = big_unit(c).or_else(|| {
            // 兆 is 10^12 only when the numeral goes on (五兆六十二亿); alone it is mega (100兆).
            (c == '兆'
                && char_at(s, skip_spaces(s, i + clen))
                    .is_some_and(|n| digit_value(n).is_some() && !is_arabic(n)))
            .then_some(12)
        }) {
            if digit_run == 2 && !any_unit {
                // 八九亿: a range of two digits before a scale.
                let (a, b) = (run_first[0], run_first[1]);
                if a > 0 && (b == a + 1 || (a, b) == (3, 5)) {
                    let lo = Decimal::from_int(a as i64).checked_mul_pow10(p)?;
                    let hi = Decimal::from_int(b as i64).checked_mul_pow10(p)?;
                    range_high = Some(hi);
                    any_unit = true;
                    scaled = true;
                    arabic_only = false;
                    i += clen;
                    valid_end = i;
                    valid_value = Some(lo);
                    valid_power = p;
                    break;
                }
                invalid = true;
                break;
            }
            if digit_run > 1 {
                invalid = true;
                break;
            }
            if pending.is_none()
                && section.is_zero()
                && wan.is_zero()
                && yi.is_zero()
                && zhao.is_zero()
            {
                break;
            }
            arabic_only = false;
            plain_digits = false;
            let part = section.checked_add(pending.unwrap_or(Decimal::ZERO))?;
            match p {
                12 => {
                    zhao = zhao
                        .checked_add(yi)?
                        .checked_add(wan)?
                        .checked_add(part)?
                        .checked_mul_pow10(12)?;
                    yi = Decimal::ZERO;
                    wan = Decimal::ZERO;
                }
                8 => {
                    yi = yi
                        .checked_add(wan)?
                        .checked_add(part)?
                        .checked_mul_pow10(8)?;
                    wan = Decimal::ZERO;
                }
                _ if part.is_zero() => wan = wan.checked_mul_pow10(4)?, // 万万
                _ => wan = wan.checked_add(part)?.checked_mul_pow10(4)?,
            }
            trailing_power = if last_unit.is_some() && pending.is_none() {
                trailing_power + p
            } else {
                p
            };
            section = Decimal::ZERO;
            pending = None;
            pending_arabic = false;
            any_unit = true;
            scaled = true;
            last_unit = Some(p);
            digit_run = 0;
            zero_seen = false;
            has_point = false;
            i += clen;
        } else if (c == '点' || c == '點') && !has_point && (pending.is_some() || any_unit) {
            // 三点五, 两千三点一 (= 2300.1), 一百点123, 四点 五: a decimal part after the integer.
            let mut j = skip_spaces(s, i + clen);
            let mut frac: i128 = 0;
            let mut fdigits = 0u32;
            let arabic_frac = char_at(s, j).is_some_and(is_arabic);
            while let Some(fc) = char_at(s, j) {
                match digit_value(fc) {
                    // 两 is never a decimal digit (两百点两 is 200 and 2).
                    Some(d)
                        if is_arabic(fc) == arabic_frac
                            && fdigits < 28
                            && !matches!(fc, '两' | '兩' | '倆' | '俩') =>
                    {
                        frac = frac * 10 + d as i128;
                        fdigits += 1;
                        j += fc.len_utf8();
                    }
                    _ => break,
                }
            }
            // 三点五十分 is a time of day, not 3.5.
            if fdigits == 0 || char_at(s, j).is_some_and(|n| small_unit(n).is_some()) {
                break;
            }
            let int = total!();
            let v = int.checked_add(Decimal::new(frac, fdigits)?)?;
            zhao = Decimal::ZERO;
            yi = Decimal::ZERO;
            wan = Decimal::ZERO;
            section = Decimal::ZERO;
            pending = Some(v);
            pending_arabic = false;
            last_unit = None;
            digit_run = 0;
            zero_seen = false;
            has_point = true;
            plain_digits = false;
            arabic_only = false;
            trailing_power = 0;
            i = j;
        } else if (c == '几' || c == '幾') && ((any_unit && pending.is_none()) || zero_seen) {
            // 二十几万, 一百零几: an unknown last digit, read as "more than".
            approx = approx.or(Some(Approx::MoreThan));
            last_unit = None;
            zero_seen = false;
            arabic_only = false;
            i += clen;
        } else if c == '个' && pending.is_some() && s[i + clen..].starts_with('亿') {
            // 两个亿 = 2亿.
            i += clen;
            continue;
        } else {
            // Infix approximation: 200余场次, 二百余万元, 10多个.
            if approx.is_none() && (pending.is_some() || any_unit) {
                if let Some((w, a)) = APPROX_INFIXES
                    .iter()
                    .find(|(w, _)| s.as_bytes()[i..].starts_with(w.as_bytes()))
                {
                    let after_pos = skip_spaces(s, i + w.len());
                    let next = char_at(s, after_pos);
                    // 余/多 before a scale keeps reading (二百余万); otherwise it ends the numeral.
                    if next.and_then(big_unit).is_some() && digit_run <= 1 {
                        approx = Some(*a);
                        i = after_pos;
                        continue;
                    }
                    if *w != "来" || next.is_some_and(|c| !c.is_ascii()) {
                        let v = total!();
                        approx = Some(*a);
                        valid_value = Some(v);
                        valid_end = i + w.len();
                        valid_power = trailing_power;
                        break;
                    }
                }
            }
            break;
        }
        valid_end = i;
        valid_value = Some(total!());
        valid_power = trailing_power;
    }
    if invalid {
        return Some(Err(()));
    }
    let value = valid_value?;
    if valid_end == 0 {
        return None;
    }
    let chinese_digit_string = digit_run > 1 && !any_unit && !has_point && !pending_arabic;
    Some(Ok(Body {
        value,
        len: valid_end,
        arabic: arabic_only,
        scaled,
        digit_string: (arabic_only && plain_digits) || chinese_digit_string,
        financial,
        approx,
        value_max: range_high,
        trailing_power: valid_power,
        bare_digit: !any_unit && digit_run <= 1 && !has_point && !scaled,
    }))
}

/// The body of an Arabic number (4, 2022, 12.5, 1,234, ２０２３: `value`, read from the first
/// `len` bytes of `s`, `plain` when only digits) that nothing after it goes on with, as
/// [`read_body`]'s state would read it; `None` when something may go on.
fn lone_arabic(s: &str, value: Decimal, len: usize, plain: bool) -> Option<Body> {
    // An exponent, a power or a k/w scale may go on.
    if matches!(
        s.as_bytes().get(len),
        Some(b'e' | b'E' | b'^' | b'k' | b'K' | b'w' | b'W')
    ) || s[len..].starts_with('Ｋ')
    {
        return None;
    }
    lone(s, value, len, true, plain, false)
}

/// The body of one Chinese digit (一, 两, 五) that nothing after it goes on with, as
/// [`read_body`]'s state would read it; `None` for anything else.
fn lone_digit(s: &str, first: char) -> Option<Body> {
    if first.len_utf8() != 3 {
        return None;
    }
    let value = Decimal::from_int(i64::from(digit_value(first)?));
    lone(s, value, 3, false, false, is_financial(first))
}

/// A body of `len` bytes without units or scale when the character after it does not go on
/// with it: 个 goes on only in 两个亿, the other characters of a body may go on.
fn lone(
    s: &str,
    value: Decimal,
    len: usize,
    arabic: bool,
    digit_string: bool,
    financial: bool,
) -> Option<Body> {
    let rest = &s[len..];
    let goes_on = char_at(s, len).is_some_and(|c| {
        BODY_CHARS.contains(c) && (c != '个' || rest[c.len_utf8()..].starts_with('亿'))
    });
    if goes_on {
        return None;
    }
    Some(Body {
        value,
        len,
        arabic,
        scaled: false,
        digit_string,
        financial,
        approx: None,
        value_max: None,
        trailing_power: 0,
        bare_digit: true,
    })
}

/// Range separators between two numerals, longest first: 3-5万, 3～5, 3至5个, 两到三万, 2——3万.
const RANGE_SEPARATORS: &[&str] = &[
    "——", "--", "-", "－", "—", "–", "―", "~", "～", "〜", "至", "到",
];

/// [`RANGE_SEPARATORS`], indexed by first character: asked after every numeral.
static RANGE_SEPARATORS_IX: once_cell::sync::Lazy<Words> =
    once_cell::sync::Lazy::new(|| Words::new(RANGE_SEPARATORS));

/// The characters something read after a numeral body starts with: a space, 分 (分之), 又 (a
/// whole number and a fraction), a slash (3/5), 打 (dozens) and the range separators.
static AFTER_BODY_CHARS: once_cell::sync::Lazy<CharSet> = once_cell::sync::Lazy::new(|| {
    let separators = RANGE_SEPARATORS.iter().filter_map(|w| w.chars().next());
    CharSet::new(" 分又/／打".chars().chain(separators))
});

/// Signs written before a numeral.
const MINUS_SIGNS: &[char] = &['负', '負', '-', '－', '−'];

/// Parses a whole string as one numeral (with sign, approximation, range or fraction), or
/// `None` when the string is not exactly one numeral.
///
/// ```
/// use zhreport::number::parse;
/// assert_eq!(parse("4.35万").unwrap().value.to_i64(), Some(43500));
/// assert_eq!(parse("一千零五").unwrap().value.to_i64(), Some(1005));
/// assert_eq!(parse("1,100万").unwrap().value.to_i64(), Some(11_000_000));
/// assert_eq!(parse("负三十二").unwrap().value.to_i64(), Some(-32));
/// assert_eq!(parse("两千三点一").unwrap().value.to_string(), "2300.1");
/// assert_eq!(parse("三分之一").unwrap().value.to_string(), "0.333333333333");
/// let r = parse("3-5万").unwrap();
/// assert_eq!((r.value.to_i64(), r.value_max.unwrap().to_i64()), (Some(30000), Some(50000)));
/// assert!(parse("一流").is_none());
/// ```
pub fn parse(s: &str) -> Option<Number> {
    let s = s.trim();
    let found = scan(s);
    match found.as_slice() {
        [n] if n.start == 0 && n.end == s.len() => Some(n.number),
        _ => None,
    }
}

/// [`APPROX_PREFIXES`], indexed by last character: asked before every numeral.
static APPROX_PREFIXES_IX: once_cell::sync::Lazy<Words> =
    once_cell::sync::Lazy::new(|| Words::new(APPROX_PREFIXES.iter().map(|(w, _)| *w)));

/// The longest approximation prefix that `head` ends with.
fn approx_prefix_before(head: &str) -> Option<(Approx, usize)> {
    APPROX_PREFIXES_IX
        .longest_ending(head)
        .map(|(i, w)| (APPROX_PREFIXES[i].1, w.len()))
}

/// A minus sign right before byte `pos`, with its length. An ASCII or full-width hyphen counts
/// only after a space, an opening bracket, a separator or a verb of change (增长-3%), never after
/// a digit, a letter or a unit (2022-2023, 1万元-5万元 are ranges).
fn sign_before(text: &str, pos: usize) -> Option<usize> {
    let head = &text[..pos];
    // Most numerals have none: the last byte of every sign (负 負 - － −) says so undecoded.
    if !matches!(
        head.as_bytes().last(),
        Some(0x9F | 0xA0 | b'-' | 0x8D | 0x92)
    ) {
        return None;
    }
    let w = head
        .chars()
        .next_back()
        .filter(|c| MINUS_SIGNS.contains(c))?;
    if is_cjk(w) {
        return Some(w.len_utf8());
    }
    let before = head[..head.len() - w.len_utf8()].chars().next_back();
    let ok = match before {
        None => true,
        Some(b) => {
            b.is_whitespace()
                || matches!(
                    b,
                    '（' | '('
                        | '：'
                        | ':'
                        | '，'
                        | ','
                        | '、'
                        | '；'
                        | ';'
                        | '='
                        | '＝'
                        | '为'
                        | '长'
                        | '降'
                        | '是'
                        | '达'
                        | '['
                        | '【'
                )
        }
    };
    ok.then_some(w.len_utf8())
}

/// A denominator written as bare units before 分之: 百分之, 千分之, 万分之, 百万分之, 万万分之.
fn unit_denominator(s: &str) -> Option<(Decimal, usize)> {
    let mut power = 0u32;
    let mut i = 0;
    while let Some(p) = char_at(s, i).and_then(|c| small_unit(c).or_else(|| big_unit(c))) {
        power += p;
        if power > 24 {
            return None;
        }
        i = skip_spaces(s, i + char_at(s, i).map_or(1, char::len_utf8));
    }
    if power == 0 {
        return None;
    }
    let den = Decimal::from_int(1).checked_mul_pow10(power)?;
    Some((den, i))
}

/// After a denominator ending at `pos`: `分之` and the numerator (三分之一, 3 分 之 1, 五分之负二).
/// Returns the numerator body, its sign and where it ends.
fn fraction_tail(text: &str, pos: usize) -> Option<(Body, bool, usize)> {
    let mut j = skip_spaces(text, pos);
    j += text[j..].strip_prefix('分').map(|_| '分'.len_utf8())?;
    j = skip_spaces(text, j);
    j += text[j..].strip_prefix('之').map(|_| '之'.len_utf8())?;
    j = skip_spaces(text, j);
    let mut neg = false;
    if let Some(w) = ["负", "負"].iter().find(|w| text[j..].starts_with(**w)) {
        neg = true;
        j += w.len();
    }
    if let Some(c) = ['百', '佰'].into_iter().find(|c| text[j..].starts_with(*c)) {
        // 百分之百: the whole.
        if !text[j + c.len_utf8()..].starts_with(|n: char| {
            digit_value(n).is_some() || small_unit(n).is_some() || big_unit(n).is_some()
        }) {
            let len = c.len_utf8();
            let body = Body {
                value: Decimal::from_int(100),
                len,
                arabic: false,
                scaled: false,
                digit_string: false,
                financial: c == '佰',
                approx: None,
                value_max: None,
                trailing_power: 2,
                bare_digit: false,
            };
            return Some((body, neg, j + len));
        }
    }
    let body = read_body(&text[j..])?.ok()?;
    // 百分之二三十 stays a range; a numerator never carries its own range separator.
    Some((body, neg, j + body.len))
}

/// An Arabic fraction `3/5` after a numerator ending at `pos`: the denominator and the end.
/// Not a date (2019/04/19, 7/20/2021): no third part, no leading zero.
fn slash_tail(text: &str, pos: usize) -> Option<(Decimal, usize)> {
    let rest = &text[pos..];
    let slash = rest.chars().next().filter(|c| *c == '/' || *c == '／')?;
    let dpos = pos + slash.len_utf8();
    let first = char_at(text, dpos)?;
    if !is_arabic(first) || digit_value(first) == Some(0) {
        return None;
    }
    let mut j = dpos;
    while char_at(text, j).is_some_and(is_arabic) {
        j += char_at(text, j).map_or(1, char::len_utf8);
    }
    if matches!(char_at(text, j), Some('/' | '／' | '.' | '．'))
        || char_at(text, j).is_some_and(|c| c.is_ascii_alphabetic())
    {
        return None;
    }
    let (den, _, _) = read_arabic(&text[dpos..j], false)?;
    Some((den, j))
}

/// An Arabic fraction after the whole number `whole` that ends at `pos`: `3/5` (the whole number
/// is the numerator) or `1 4/3` (one space, then a fraction added to it). Returns the fraction,
/// the total value and the end.
fn arabic_fraction_after(
    text: &str,
    pos: usize,
    whole: Decimal,
) -> Option<(Fraction, Decimal, usize)> {
    let mixed = text[pos..].strip_prefix(' ').and_then(|rest| {
        if !rest.starts_with(is_arabic) {
            return None;
        }
        let (num, nlen, _) = read_arabic(rest, false).filter(|(n, _, _)| n.is_integer())?;
        let (den, fend) = slash_tail(text, pos + 1 + nlen)?;
        let total = num.checked_div(den)?.checked_add(whole)?.as_quotient();
        Some((num, den, total, fend))
    });
    let (numerator, denominator, value, end) = match mixed {
        Some(m) => m,
        None => {
            let (den, fend) = slash_tail(text, pos)?;
            (whole, den, whole.checked_div(den)?, fend)
        }
    };
    let f = Fraction {
        numerator,
        denominator,
        chinese: false,
    };
    Some((f, value, end))
}

/// Characters after 打 that make it the verb (打击, 打造, 打好, 三打两建) rather than a dozen.
const VERB_AFTER_DA: &[char] = &[
    '击', '造', '好', '赢', '通', '破', '开', '响', '出', '下', '掉', '工', '算', '扫', '印', '卡',
    '包', '听', '假', '黑', '拐', '私', '非', '伞', '压', '退', '捞', '井', '基', '牢', '实', '赌',
    '架', '气', '球', '交', '仗', '针', '折', '白', '了', '着', '过', '电', '车', '底', '磨', '头',
    '扮', '理', '量', '捆', '样', '分', '码', '补', '入', '进', '成', '倒', '断', '动', '发', '法',
    '的', '得', '上', '来', '去', '死', '伤', '人', '拼', '点', '點', '字', '就', '便', '败', '跑',
    '住', '中',
];

/// The length of a dozen word 打 at `pos` (一打, 五十打, 十打苹果), or `None` where 打 is a verb.
fn dozen_after(text: &str, pos: usize) -> Option<usize> {
    let rest = text[pos..].strip_prefix('打')?;
    let next = rest.chars().next();
    if next.is_some_and(|c| {
        VERB_AFTER_DA.contains(&c)
            || is_numeral_start(c)
            || small_unit(c).is_some()
            || big_unit(c).is_some()
    }) {
        return None;
    }
    Some('打'.len_utf8())
}

/// Reads the numeral whose digits start at byte `pos` of `text` (an approximation prefix or a
/// sign before `pos` is included), or `None` when no valid numeral starts there.
///
/// ```
/// let text = "增长超过30%";
/// let n = zhreport::number::numeral_at(text, text.find('3').unwrap()).unwrap();
/// assert_eq!((&text[n.start..n.end], n.number.approx), ("超过30", Some(zhreport::Approx::MoreThan)));
/// ```
pub fn numeral_at(text: &str, pos: usize) -> Option<Numeral> {
    let first = char_at(text, pos)?;
    // 百分之五, 千分之三, 万分之一: the denominator is written with units alone.
    if !is_numeral_start(first) && (small_unit(first).is_some() || big_unit(first).is_some()) {
        let (f, value, num, end) = chinese_fraction_at(text, pos)?;
        return Some(finish_fraction(text, pos, end, f, value, num));
    }
    // An invalid run (十四五) is no numeral: the scan skips it whole.
    let body = read_body(&text[pos..])?.ok()?;
    // What may follow a body (分之, 又, 3/5, 打, a range) starts with one of few characters;
    // most numerals end at another.
    let goes_on = text[pos + body.len..]
        .chars()
        .next()
        .is_some_and(|c| AFTER_BODY_CHARS.contains(c));
    if goes_on {
        return numeral_going_on(text, pos, body);
    }
    let (start, negative, approx) = prefix_and_sign(text, pos, &body.value_max, body.approx);
    Some(Numeral {
        start,
        core_start: pos,
        end: pos + body.len,
        number: Number {
            value: if negative { -body.value } else { body.value },
            value_max: body.value_max,
            approx,
        },
        arabic: body.arabic,
        scaled: body.scaled,
        digit_string: body.digit_string,
        financial: body.financial,
        fraction: None,
    })
}

/// [`numeral_at`] for a `body` (read at `pos`) followed by a character something read after a
/// body starts with ([`AFTER_BODY_CHARS`]): a fraction (分之, 又, 3/5), dozens (打) or a range.
/// Kept out of line: most numerals end at another character.
#[inline(never)]
fn numeral_going_on(text: &str, pos: usize, body: Body) -> Option<Numeral> {
    // X分之Y: a fraction whose denominator was just read.
    if let Some((f, value, num, end)) = fraction_after_body(text, pos, &body) {
        return Some(finish_fraction(text, pos, end, f, value, num));
    }
    let mut end = pos + body.len;
    let mut value = body.value;
    let mut value_max = body.value_max;
    let mut approx = body.approx;
    let mut scaled = body.scaled;
    let mut arabic = body.arabic;
    let mut digit_string = body.digit_string;
    let mut fraction = None;
    // 3又三分之一, 一百万又五十万分之二十五, 3又1/2: a whole number and a fraction.
    if approx.is_none() && value_max.is_none() && value.is_integer() {
        let j = skip_spaces(text, end);
        if let Some(after) = text[j..].strip_prefix('又') {
            let fpos = skip_spaces(text, j + '又'.len_utf8());
            let _ = after;
            if let Some((f, q, num, fend)) = chinese_fraction_at(text, fpos)
                .filter(|(_, q, num, _)| num.approx.is_none() && *q > Decimal::ZERO)
            {
                if let Some(total) = value.checked_add(q).map(Decimal::as_quotient) {
                    return Some(finish_fraction(text, pos, fend, f, total, num));
                }
            }
        }
    }
    // 3/5 and 1 4/3 (Arabic fractions; not a date such as 2019/04/19).
    if body.arabic && body.digit_string && !text[..pos].ends_with(['/', '／']) {
        if let Some((f, total, fend)) = arabic_fraction_after(text, end, value) {
            fraction = Some(f);
            value = total;
            end = fend;
            digit_string = false;
        }
    }
    // 一打, 十打苹果: dozens.
    if fraction.is_none() && value_max.is_none() && !scaled && value > Decimal::ZERO {
        if let Some(len) = dozen_after(text, end) {
            value = value.checked_mul(Decimal::from_int(12))?;
            end += len;
            digit_string = false;
        }
    }
    // A range: 3-5万 (the scale of the high end applies to a bare low end when that stays below).
    if fraction.is_none() && approx.is_none() && value_max.is_none() {
        if let Some((_, sep)) = RANGE_SEPARATORS_IX.starting(&text[end..]).next() {
            let hi_pos = end + sep.len();
            let rest = &text[hi_pos..];
            let high = match read_body(rest) {
                // Arabic and Chinese ends go together only with a scale (3-5万, 3千-五千万).
                Some(Ok(hi))
                    if hi.arabic == body.arabic
                        || hi.scaled
                        || body.scaled
                        || (body.bare_digit && hi.trailing_power > 0) =>
                {
                    Some(hi)
                }
                _ => None,
            };
            if let Some(hi) = high {
                let mut lo = value;
                // 3-5万, 两到三千: a bare low end takes all the high end's trailing units;
                // 十八至三十万, 一千到两千万: a low end with its own units takes only the scale.
                let power = if body.bare_digit || (body.arabic && !body.scaled) {
                    hi.trailing_power
                } else if !body.scaled && body.value_max.is_none() {
                    big_suffix_power(&rest[..hi.len])
                } else {
                    0
                };
                if power > 0 && hi.value > Decimal::ZERO {
                    if let Some(scaled_lo) = lo.checked_mul_pow10(power) {
                        if scaled_lo < hi.value {
                            lo = scaled_lo;
                        }
                    }
                }
                if hi.value > lo && hi.value_max.is_none() {
                    // 从8500到3万: an unscaled low end that is already a number of its own.
                    value = lo;
                    value_max = Some(hi.value);
                    end = hi_pos + hi.len;
                    approx = hi.approx;
                    scaled |= hi.scaled;
                    arabic &= hi.arabic;
                    digit_string = false;
                }
            }
        }
    }
    let (start, negative, approx) = prefix_and_sign(text, pos, &value_max, approx);
    Some(Numeral {
        start,
        core_start: pos,
        end,
        number: Number {
            value: if negative { -value } else { value },
            value_max,
            approx,
        },
        arabic,
        scaled,
        digit_string,
        financial: body.financial,
        fraction,
    })
}

/// Power of ten of the scale characters ending a written numeral (`三十万` → 4, `两千亿` → 8).
fn big_suffix_power(written: &str) -> u32 {
    let mut k = 0;
    for c in written.chars().rev() {
        match big_unit(c) {
            Some(p) => k += p,
            None if matches!(c, '余' | '多' | ' ') => continue,
            None => break,
        }
    }
    k
}

/// The sign and the approximation prefix written before `pos`: where the numeral starts, whether
/// its value is negated and its approximation (`approx`, read after the digits, comes first).
fn prefix_and_sign(
    text: &str,
    pos: usize,
    value_max: &Option<Decimal>,
    approx: Option<Approx>,
) -> (usize, bool, Option<Approx>) {
    let mut start = pos;
    // A sign before a range (-3~5) is left out: only the low end would be negative.
    let sign = sign_before(text, pos).filter(|_| value_max.is_none());
    if let Some(len) = sign {
        start -= len;
    }
    if approx.is_none() {
        if let Some((a, len)) = approx_prefix_before(&text[..start]) {
            return (start - len, sign.is_some(), Some(a));
        }
    }
    (start, sign.is_some(), approx)
}

/// A Chinese fraction (三分之一, 百分之五) whose denominator starts at `pos`, without a whole
/// part: its parts, value, numerator body and end.
fn chinese_fraction_at(text: &str, pos: usize) -> Option<(Fraction, Decimal, Body, usize)> {
    let first = char_at(text, pos)?;
    if !is_numeral_start(first) {
        let (den, len) = unit_denominator(&text[pos..])?;
        return fraction_parts(text, pos + len, den);
    }
    let body = read_body(&text[pos..])?.ok()?;
    fraction_after_body(text, pos, &body)
}

/// 分之 and a numerator after a denominator `body` read at `pos`.
fn fraction_after_body(
    text: &str,
    pos: usize,
    body: &Body,
) -> Option<(Fraction, Decimal, Body, usize)> {
    if body.approx.is_some() || body.value_max.is_some() || body.value.is_zero() {
        return None;
    }
    fraction_parts(text, pos + body.len, body.value)
}

fn fraction_parts(
    text: &str,
    den_end: usize,
    den: Decimal,
) -> Option<(Fraction, Decimal, Body, usize)> {
    let (num, neg, end) = fraction_tail(text, den_end)?;
    let numerator = if neg { -num.value } else { num.value };
    let value = numerator.checked_div(den)?;
    Some((
        Fraction {
            numerator,
            denominator: den,
            chinese: true,
        },
        value,
        num,
        end,
    ))
}

/// Builds a fraction numeral (value already computed, a whole part included) with its sign and
/// approximation; a range in the numerator (百分之二三十) becomes a range of the quotient.
fn finish_fraction(
    text: &str,
    pos: usize,
    end: usize,
    f: Fraction,
    value: Decimal,
    num: Body,
) -> Numeral {
    let (start, negative, approx) = prefix_and_sign(text, pos, &None, num.approx);
    let value = if negative { -value } else { value };
    let value_max = num.value_max.and_then(|hi| hi.checked_div(f.denominator));
    // 负3分之负157: two signs cancel.
    let fraction = if start < pos && text[start..pos].contains(['负', '負', '-', '－', '−']) {
        Fraction {
            numerator: -f.numerator,
            ..f
        }
    } else {
        f
    };
    Numeral {
        start,
        core_start: pos,
        end,
        number: Number {
            value,
            value_max,
            approx,
        },
        arabic: false,
        scaled: false,
        digit_string: false,
        financial: num.financial,
        fraction: Some(fraction),
    }
}

/// Words in which numeral characters do not form a number (一流, 统一, 之一, 万一…), as
/// (the numeral character and what follows).
static NOT_NUMBER_AFTER: &[&str] = &[
    "一些",
    "一样",
    "一起",
    "一直",
    "一切",
    "一般",
    "一定",
    "一致",
    "一旦",
    "一体",
    "一流",
    "一同",
    "一再",
    "一度",
    "一律",
    "一概",
    "一并",
    "一道",
    "一线",
    "一带",
    "一举",
    "一味",
    "一时",
    "一向",
    "一边",
    "一面",
    "一方面",
    "一贯",
    "一手",
    "一心",
    "一如既往",
    "一揽子",
    "一站式",
    "一网",
    "一把手",
    "一系列",
    "一大批",
    "一批",
    "一系",
    "一带一路",
    "一号",
    "一窗",
    "一张",
    "一件事",
    "一刀切",
    "一键",
    "一码",
    "一区",
    "一城",
    "一户一",
    "一村一",
    "一地",
    "千万",
    "一看",
    "一成不变",
    "万一",
    "三农",
    "五位一体",
    "四个全面",
    "两会",
    "两院",
    "一二三产业",
    "一二三级",
    "百姓",
    "千家万户",
    "万家",
    "万物",
    "千方百计",
    "十分",
    "万众",
    "百花",
    "百年",
    "千年",
    "一揽",
    "一元",
    "万象",
    "一应",
    "一往",
    "一路",
    "一个中心",
    "九州",
    "一国两制",
    "三峡",
    "四川",
    "十足",
    "壹切",
    "两岸",
    "一流",
    "一把",
    "一律",
    "一下",
    "万分",
    "一番",
    "三三两两",
    "七上八下",
    "七八糟",
    "五湖四海",
    "四面八方",
];

/// Characters that, directly before a numeral character, make it part of a word (统一, 之一).
static NOT_NUMBER_BEFORE: &[char] = &[
    '统', '唯', '同', '之', '第', '初', '周', '星', '万', '逐', '专', '归', '划', '合', '单', '某',
    '任', '整', '纯', '均', '首', '次', '收', '拾', '夕', '队', '入', '退', '登', '大', '海', '放',
];

/// [`NOT_NUMBER_BEFORE`] as a set: asked before every Chinese numeral.
static NOT_NUMBER_BEFORE_SET: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| CharSet::new(NOT_NUMBER_BEFORE.iter().copied()));

/// When the numeral character at `pos` is part of a word, the byte length to skip (the whole
/// word for 一国两制, the numeral run for 统一); `None` when it may start a number.
/// `prev` is the character before `pos`, as the scan has read it.
fn excluded(text: &str, pos: usize, c: char, prev: Option<char>) -> Option<usize> {
    if is_arabic(c) {
        // 第2批 is an ordinal; 4G/5G are network generations (one ASCII digit, then G).
        let after = text.as_bytes().get(pos + 1..).unwrap_or_default();
        let generation = c.is_ascii_digit()
            && after.first() == Some(&b'G')
            && !after.get(1).is_some_and(u8::is_ascii_alphanumeric)
            && matches!(digit_value(c), Some(2..=6));
        return (prev == Some('第') || generation).then(|| skip_run(&text[pos..]));
    }
    if let Some(prev) = prev {
        // 百分之十 / 三分之一 are fractions, not the word 之一; 一万 is a number after 万.
        let is_word_char = NOT_NUMBER_BEFORE_SET.contains(prev)
            && NOT_NUMBER_BEFORE.contains(&prev)
            && !text[..pos].ends_with("分之");
        // 大写 characters are also ordinary words (陆地, 队伍, 收拾, 放肆): only 拾/伍/肆/陆 need
        // the wider list; the common Chinese digits keep the short one.
        let only_for_financial = matches!(
            prev,
            '收' | '拾' | '夕' | '队' | '入' | '退' | '登' | '大' | '海' | '放'
        );
        if is_word_char && (!only_for_financial || is_financial(c)) {
            return Some(skip_run(&text[pos..]));
        }
    }
    let rest = &text[pos..];
    if rest.starts_with("十分之") {
        return None;
    }
    let key = pair_key_of(c, rest[c.len_utf8()..].chars().next()?);
    // Most numeral characters make no pair that starts such a word: one bit test says so.
    let (word, bit) = pair_bit(key);
    if NOT_NUMBER_PAIR_BITS[word] & bit == 0 {
        return None;
    }
    let words = &NOT_NUMBER_BY_PAIR[NOT_NUMBER_BY_PAIR.partition_point(|(k, _)| *k < key)..];
    words
        .iter()
        .take_while(|(k, _)| *k == key)
        .filter(|(_, w)| rest.starts_with(*w))
        .map(|(_, w)| w.len())
        .max()
}

/// The first two characters of `s` as one integer (their code points), ordered as the pairs.
fn pair_key(s: &str) -> Option<u64> {
    let mut cs = s.chars();
    Some(pair_key_of(cs.next()?, cs.next()?))
}

/// [`pair_key`] of the characters `a` and `b`.
fn pair_key_of(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// The first two characters of every entry of [`NOT_NUMBER_AFTER`] ([`pair_key`]), hashed into
/// 64K bits ([`pair_bit`]): a filter before the search of [`NOT_NUMBER_BY_PAIR`].
static NOT_NUMBER_PAIR_BITS: once_cell::sync::Lazy<Box<[u64; 1024]>> =
    once_cell::sync::Lazy::new(|| {
        let mut bits = Box::new([0u64; 1024]);
        for &(key, _) in NOT_NUMBER_BY_PAIR.iter() {
            let (word, bit) = pair_bit(key);
            bits[word] |= bit;
        }
        bits
    });

/// The word and bit of a [`pair_key`] in [`NOT_NUMBER_PAIR_BITS`].
fn pair_bit(key: u64) -> (usize, u64) {
    let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize;
    (slot / 64, 1 << (slot % 64))
}

/// [`NOT_NUMBER_AFTER`] by its first two characters (every entry has two or more, [`pair_key`]),
/// sorted: most entries start with 一, so the second character is what tells them apart.
static NOT_NUMBER_BY_PAIR: once_cell::sync::Lazy<Vec<(u64, &'static str)>> =
    once_cell::sync::Lazy::new(|| {
        let mut v: Vec<(u64, &'static str)> = NOT_NUMBER_AFTER
            .iter()
            .filter_map(|w| Some((pair_key(w)?, *w)))
            .collect();
        v.sort_unstable();
        v
    });

/// Characters after a lone 大写 digit that make it an amount (壹元, 叁分, 伍角, 捌万).
const FINANCIAL_FOLLOWERS: &[char] = &[
    '元', '圆', '圓', '角', '分', '块', '整', '万', '萬', '亿', '億', '点', '點',
];

/// Words after 届 that make N届 the name of a session (十三届全国人大, 十九届中央纪委), not a count.
const SESSION_AFTER: &[&str] = &[
    "中全会",
    "全会",
    "全国",
    "人大",
    "政协",
    "中央",
    "省委",
    "市委",
    "县委",
    "区委",
    "党委",
    "纪委",
    "常委",
    "代表大会",
    "人民代表",
    "历次",
    "以来",
];

/// Words after N大 that make it a party congress (党的二十大, 十九大以来), not N major things.
const CONGRESS_AFTER: &[&str] = &[
    "精神", "报告", "以来", "代表", "胜利", "召开", "提出", "作出", "部署", "确定", "闭幕", "开幕",
    "主题", "党章", "的", "和", "强调", "以后", "后", "前", "上", "期间", "重要", "决策",
];

/// True for a numeral that names something: a session (十九届四中全会, 八次全会), a party congress
/// (二十大, 12 to 20) or a short slogan in quotes (“四服务”).
#[inline(never)]
fn name_like(text: &str, n: &Numeral) -> bool {
    if n.arabic || n.start < n.core_start || n.number.value_max.is_some() {
        return false;
    }
    let after = &text[n.end..];
    // 四中全会, 八次全会: the ordinal of a plenary session.
    if after.starts_with("中全会") || after.starts_with("次全会") {
        return true;
    }
    if let Some(rest) = after.strip_prefix('届') {
        if rest.starts_with(|c: char| digit_value(c).is_some() && !is_arabic(c))
            || SESSION_AFTER.iter().any(|w| rest.starts_with(w))
        {
            return true;
        }
    }
    if let Some(rest) = after.strip_prefix('大') {
        let congress = n
            .number
            .value
            .to_i64()
            .is_some_and(|v| (12..=20).contains(&v));
        if congress
            && (rest.chars().next().is_none_or(|c| !is_cjk(c))
                || CONGRESS_AFTER.iter().any(|w| rest.starts_with(w)))
        {
            return true;
        }
    }
    in_short_quote(text, n)
}

/// A Chinese numeral inside a short quoted name (“四服务”, “两个确立”, “八五”): at most
/// [`QUOTE_SPAN`] characters to each quote mark, with other words inside (not “一百万”).
fn in_short_quote(text: &str, n: &Numeral) -> bool {
    // Most numerals have no opening quote mark within reach: one byte search says so before
    // the characters are walked (the mark is E2 80 9C; a character of up to four bytes each).
    let window = &text.as_bytes()[n.start.saturating_sub(QUOTE_SPAN * 4)..n.start];
    if !memchr::memchr_iter(0xE2, window).any(|k| window.get(k + 1..k + 3) == Some(&[0x80, 0x9C])) {
        return false;
    }
    let Some(before) = quote_side(text[..n.start].chars().rev(), '“', '”') else {
        return false;
    };
    // A quoted Chinese digit string (“八五”, a plan) is a name too.
    quote_side(text[n.end..].chars(), '”', '“')
        .is_some_and(|after| before || after || n.digit_string)
}

/// Walks from a numeral towards quote mark `mark`: `Some(words seen)` when it is reached within
/// [`QUOTE_SPAN`] characters, `None` at the other mark, a clause break or too far.
fn quote_side(chars: impl Iterator<Item = char>, mark: char, other: char) -> Option<bool> {
    let mut words = false;
    for c in chars.take(QUOTE_SPAN) {
        if c == mark {
            return Some(words);
        }
        if c == other || matches!(c, '，' | '。' | '；' | '\n') {
            return None;
        }
        words |= is_cjk(c)
            && digit_value(c).is_none()
            && small_unit(c).is_none()
            && big_unit(c).is_none();
    }
    None
}

/// How many characters a quoted name may reach on each side of its numeral.
const QUOTE_SPAN: usize = 8;

/// True for a numeral that is really part of a word: a lone 大写 character between other
/// characters (陆地, 伍仁, 拾起) or a doubled digit (两两, 一一对应, 九九), or a name.
fn word_like(text: &str, n: &Numeral) -> bool {
    // Neither a name nor a word is written in Arabic digits alone.
    if n.arabic {
        return false;
    }
    if name_like(text, n) {
        return true;
    }
    let core = &text[n.core_start..n.end];
    let mut chars = core.chars();
    let (Some(a), b, rest) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    if n.start < n.core_start {
        return false; // 负壹, 约伍
    }
    let next = text[n.end..].chars().next();
    if b.is_none() && is_financial(a) {
        // 陆地, 伍仁, 拾取: a word when a character follows; 夕拾, 放肆 are caught by `excluded`.
        return next.is_some_and(|c| is_cjk(c) && !FINANCIAL_FOLLOWERS.contains(&c));
    }
    // 两两, 一一, 九九: reduplication, not the number 22/11/99.
    if let (Some(b), None) = (b, rest) {
        if a == b
            && !is_arabic(a)
            && !is_financial(a)
            && digit_value(a).is_some_and(|d| d > 0)
            && !matches!(next, Some('折' | '成'))
        {
            return true;
        }
    }
    false
}

/// The three-byte characters (U+0800..U+FFFF) that can start a numeral or a fraction (百分之),
/// or a leading full-width point (．5): one load and one bit test at a Han character the pass of
/// [`super::marks`] does not skip.
pub(crate) static START_CHARS: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| CharSet::new(start_chars_listed()));

/// [`START_CHARS`] written out (a test checks it against [`may_start_numeral`]), so the set is
/// built from a few dozen characters rather than by testing the whole plane: the numeral starts
/// and the characters that open only a fraction (百分之) or a leading point (．5).
pub(crate) fn start_chars_listed() -> impl Iterator<Item = char> {
    NUMERAL_STARTS_LISTED
        .chars()
        .chain("百千万佰仟萬．".chars())
}

/// The characters a numeral body goes on with (the filter of [`read_body`]'s loop): those that
/// start one ([`START_CHARS`]), ASCII digits, spaces and points, the units and marks read only
/// inside one ([`BODY_ONLY_CHARS`]) and the approximation infixes (余, 多, 来).
static BODY_CHARS: once_cell::sync::Lazy<CharSet> = once_cell::sync::Lazy::new(|| {
    let infixes = APPROX_INFIXES.iter().filter_map(|(w, _)| w.chars().next());
    START_CHARS.with(('0'..='9').chain(BODY_ONLY_CHARS.chars()).chain(infixes))
});

/// Characters read inside a numeral that do not start one: 〇-like zeros, 亿, 兆, points, 几,
/// 个 (两个亿) and the ASCII space and point.
const BODY_ONLY_CHARS: &str = "○Ｏ亿億兆点點几幾个 .";

/// What [`BODY_CHARS`] holds (as a test checks).
#[cfg(test)]
fn continues_numeral(c: char) -> bool {
    digit_value(c).is_some()
        || small_unit(c).is_some()
        || big_unit(c).is_some()
        || matches!(
            c,
            ' ' | '.' | '．' | '廿' | '卅' | '兆' | '点' | '點' | '几' | '幾' | '个'
        )
        || APPROX_INFIXES.iter().any(|(w, _)| w.starts_with(c))
}

/// What [`START_CHARS`] holds: a character that starts a numeral or a fraction (百分之), or a
/// leading full-width point (．5).
#[cfg(test)]
fn may_start_numeral(c: char) -> bool {
    numeral_start_by_rule(c) || matches!(c, '百' | '千' | '万' | '佰' | '仟' | '萬' | '．')
}

/// Finds every numeral in `text`, left to right, without overlaps.
///
/// ```
/// let found = zhreport::number::scan("新建4家院士工作站，参与人数超471万人次，统一部署。");
/// let values: Vec<_> = found.iter().map(|n| n.number.value.to_i64().unwrap()).collect();
/// assert_eq!(values, vec![4, 4_710_000]);
/// ```
pub fn scan(text: &str) -> Vec<Numeral> {
    let mut marks = super::marks::Marks::default();
    super::marks::find(text, &mut marks);
    let mut found = Vec::new();
    scan_marked(text, &marks.numerals, &mut found);
    found
}

/// [`scan`] over the numeral marks of `text` (from [`super::marks::find`], which marks the
/// date scan's characters in the same pass): a numeral starts only at a marked character. The numerals are added to `out` (one
/// list for all of a document's blocks, rather than one allocated per block).
pub(crate) fn scan_marked(text: &str, marks: &[Mark], out: &mut Vec<Numeral>) {
    let mut i = 0;
    let mut url_until = 0usize;
    let mut marks = marks.iter();
    // The first character at or after `i` where a numeral may start.
    while let Some(mark) = marks.find(|m| m.at >= i) {
        i = mark.at;
        let (c, clen) = (mark.char(), mark.len());
        // Numbers inside a web address (…?q=30%25) are not numbers of the text.
        if (c == 'h' || c == 'w') && i >= url_until {
            url_until = web_address_end(text, i).unwrap_or(url_until);
        }
        if i < url_until {
            i += clen;
            continue;
        }
        let prev = char_before(text, i);
        if c == '.' || c == '．' {
            match leading_point(text, i, clen, prev) {
                Some(n) => {
                    out.push(n);
                    i = n.end;
                }
                None => i += clen,
            }
            continue;
        }
        let starts = is_numeral_start(c);
        let fraction_start = !starts
            && matches!(c, '百' | '千' | '万' | '佰' | '仟' | '萬')
            && char_at(text, skip_spaces(text, i + clen))
                .is_some_and(|n| n == '分' || small_unit(n).is_some() || big_unit(n).is_some());
        if !starts && !fraction_start {
            i += clen;
            continue;
        }
        if fraction_start {
            match numeral_at(text, i) {
                Some(n) => {
                    out.push(n);
                    i = n.end;
                }
                None => i += clen,
            }
            continue;
        }
        // Arabic digits glued to a Latin letter (4G, G20, 5A) are codes, not numbers; digits after a
        // dot continue a dotted sequence (1.2.3) unless the dot follows a letter (v1.2).
        if is_arabic(c) && prev.is_some_and(|p| p.is_ascii_alphabetic() || p == '_') {
            i += skip_run(&text[i..]);
            continue;
        }
        if is_arabic(c) && matches!(prev, Some('.' | '．')) {
            let before_dot = text[..i - prev.map_or(1, char::len_utf8)]
                .chars()
                .next_back();
            if before_dot.is_some_and(|p| p.is_ascii_alphabetic() || p == '_') {
                i += skip_run(&text[i..]);
                continue;
            }
            if before_dot.is_some_and(is_arabic) {
                let (n, run) = dotted_part(text, i);
                out.extend(n);
                i += run;
                continue;
            }
        }
        if let Some(len) = excluded(text, i, c, prev) {
            i += len.max(clen);
            continue;
        }
        match numeral_at(text, i) {
            Some(n) if n.end > i => {
                if !word_like(text, &n) {
                    out.push(n);
                }
                i = n.end;
            }
            Some(_) => i += clen,
            // Invalid (十四五) or overflowing runs are skipped whole, which keeps the scan linear.
            None => i += skip_run(&text[i..]),
        }
    }
}

/// The character that ends at byte `i` of `text`: read from its bytes when it is ASCII or of
/// three bytes (most characters before a numeral), decoded backwards otherwise.
fn char_before(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(..i)? {
        [.., b] if b.is_ascii() => Some(char::from(*b)),
        // A lead byte three bytes back starts the character that ends at `i`.
        [.., b0 @ 0xE0..=0xEF, b1, b2] => char::from_u32(
            (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
        ),
        _ => text[..i].chars().next_back(),
    }
}

/// The end of the web address that starts at `i` (http://, https://, www.), if one does.
#[cold]
fn web_address_end(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let address =
        rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
    address.then(|| {
        i + rest
            .find(|ch: char| ch.is_whitespace() || !ch.is_ascii())
            .unwrap_or(rest.len())
    })
}

/// The numeral a point (`clen` bytes, after `prev`) at `i` starts: .5 is a decimal;
/// 2222.2222.22 and ...9 are not.
#[inline(never)]
fn leading_point(text: &str, i: usize, clen: usize, prev: Option<char>) -> Option<Numeral> {
    let leading = char_at(text, i + clen).is_some_and(is_arabic)
        && !prev
            .is_some_and(|p| is_arabic(p) || p.is_ascii_alphanumeric() || p == '.' || p == '．');
    leading.then(|| numeral_at(text, i)).flatten()
}

/// The next part of a dotted sequence (2222.2222.22) at `i`, an integer of its own, and the
/// length of its digits.
#[inline(never)]
fn dotted_part(text: &str, i: usize) -> (Option<Numeral>, usize) {
    let run: usize = text[i..]
        .chars()
        .take_while(|c| is_arabic(*c))
        .map(char::len_utf8)
        .sum();
    let n = read_arabic(&text[i..i + run], false).map(|(v, _, _)| plain_numeral(i, i + run, v));
    (n, run)
}

fn plain_numeral(start: usize, end: usize, value: Decimal) -> Numeral {
    Numeral {
        start,
        core_start: start,
        end,
        number: Number {
            value,
            value_max: None,
            approx: None,
        },
        arabic: true,
        scaled: false,
        digit_string: true,
        financial: false,
        fraction: None,
    }
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
            ("两千三点一", "2300.1"),
            ("一七二零点一", "1720.1"),
            ("十点二三三", "10.233"),
            ("一百点123", "100.123"),
            ("两千万点五五四四", "20000000.5544"),
            ("三点五亿", "350000000"),
            ("负三十二", "-32"),
            ("-10.1万", "-101000"),
            ("零十", "10"),
            ("五兆六十二亿四万五千二", "5006200045200"),
            ("三千 八百 九十六 万 四千 九百 六十五", "38964965"),
            ("2e5", "200000"),
            ("40k", "40000"),
            ("４，５６５", "4565"),
            ("82，225.00", "82225"),
        ];
        for (s, want) in cases {
            assert_eq!(v(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn fractions() {
        assert_eq!(v("五分之一").as_deref(), Some("0.2"));
        assert_eq!(v("百分之五十").as_deref(), Some("0.5"));
        assert_eq!(v("千分之三").as_deref(), Some("0.003"));
        assert_eq!(v("3又一千分之23").as_deref(), Some("3.023"));
        assert_eq!(v("3/5").as_deref(), Some("0.6"));
        assert_eq!(v("负一又二分之一").as_deref(), Some("-1.5"));
        let n = scan("三分之二以上的村")[0];
        let f = n.fraction.unwrap();
        assert_eq!(
            (f.numerator.to_i64(), f.denominator.to_i64(), f.chinese),
            (Some(2), Some(3), true)
        );
    }

    #[test]
    fn approx_and_ranges() {
        let n = parse("二百余万").unwrap();
        assert_eq!(
            (n.value.to_i64(), n.approx),
            (Some(2_000_000), Some(Approx::MoreThan))
        );
        let n = parse("三四十").unwrap();
        assert_eq!(
            (n.value.to_i64(), n.value_max.and_then(|v| v.to_i64())),
            (Some(30), Some(40))
        );
        let n = parse("约3000").unwrap();
        assert_eq!(n.approx, Some(Approx::About));
        let n = parse("两到三千").unwrap();
        assert_eq!(
            (n.value.to_i64(), n.value_max.and_then(|v| v.to_i64())),
            (Some(2000), Some(3000))
        );
        let n = parse("8500到3万").unwrap();
        assert_eq!(
            (n.value.to_i64(), n.value_max.and_then(|v| v.to_i64())),
            (Some(8500), Some(30000))
        );
        let n = parse("二十几万").unwrap();
        assert_eq!(
            (n.value.to_i64(), n.approx),
            (Some(200_000), Some(Approx::MoreThan))
        );
    }

    #[test]
    fn digits_are_the_characters_with_a_digit_value() {
        for cp in 0x80..0x10000u32 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(DIGITS.contains(c), digit_form(c).is_some(), "{c}");
            }
        }
    }

    #[test]
    fn numeral_starts_are_the_rule() {
        for cp in 0..0x11000u32 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(is_numeral_start(c), numeral_start_by_rule(c), "{c}");
            }
        }
    }

    #[test]
    fn start_chars_hold_every_three_byte_numeral_start() {
        for cp in 0x800..0x10000u32 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(START_CHARS.contains(c), may_start_numeral(c), "{c}");
            }
        }
    }

    #[test]
    fn body_chars_hold_every_character_a_numeral_goes_on_with() {
        for cp in 0..0x10000u32 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(BODY_CHARS.contains(c), continues_numeral(c), "{c}");
            }
        }
    }

    #[test]
    fn not_number_words_have_two_characters() {
        // NOT_NUMBER_BY_PAIR keys them by their first two characters.
        assert!(NOT_NUMBER_AFTER.iter().all(|w| w.chars().count() >= 2));
        assert_eq!(NOT_NUMBER_BY_PAIR.len(), NOT_NUMBER_AFTER.len());
    }

    #[test]
    fn not_numbers() {
        assert!(scan("十四五规划").is_empty());
        assert!(scan("统一部署，一流水平，之一").is_empty());
        assert!(scan("第二批").is_empty());
        assert!(scan("陆地上的队伍收拾行装").is_empty());
        assert!(scan("两两结对").is_empty());
        assert!(scan("见 https://a.cn/q?x=30%25").is_empty());
    }
}
