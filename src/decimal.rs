//! An exact decimal number: the value type of every numeric fact.
//!
//! Report values must be exact (`4.35万` is 43500, not 43499.999…), so arithmetic is done on an
//! integer mantissa with a decimal scale, never on `f64`. JSON prints them as plain numbers.

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// Largest number of fractional digits kept; divisions (fractions such as 三分之一) round here.
const MAX_SCALE: u32 = 12;

/// Significant digits a quotient keeps: JSON carries a fraction as a double, which holds 15
/// significant digits exactly, so a longer quotient (一一分之1亿 has 19) would not read back.
const MAX_DIGITS: u32 = 15;

/// An exact decimal: `mantissa × 10^-scale`, always normalized (no trailing fractional zeros).
///
/// ```
/// use zhreport::Decimal;
/// let v: Decimal = "4.35".parse().unwrap();
/// assert_eq!(v.checked_mul_pow10(4).unwrap().to_string(), "43500");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

impl Decimal {
    /// Zero.
    ///
    /// ```
    /// assert!(zhreport::Decimal::ZERO.is_zero());
    /// ```
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    /// A decimal from an integer.
    ///
    /// ```
    /// assert_eq!(zhreport::Decimal::from_int(12).to_string(), "12");
    /// ```
    pub fn from_int(v: i64) -> Decimal {
        Decimal {
            mantissa: v as i128,
            scale: 0,
        }
    }

    /// `mantissa × 10^-scale`, normalized; `None` when the scale exceeds the supported precision.
    ///
    /// ```
    /// assert_eq!(zhreport::Decimal::new(1250, 2).unwrap().to_string(), "12.5");
    /// ```
    pub fn new(mantissa: i128, scale: u32) -> Option<Decimal> {
        if scale > 30 {
            return None;
        }
        Some(Decimal { mantissa, scale }.normalized())
    }

    fn normalized(mut self) -> Decimal {
        if self.mantissa == 0 {
            self.scale = 0;
            return self;
        }
        // A mantissa that fits 64 bits is divided as one: a 128-bit division is a runtime call.
        if let Ok(mut m) = i64::try_from(self.mantissa) {
            while self.scale > 0 && m % 10 == 0 {
                m /= 10;
                self.scale -= 1;
            }
            self.mantissa = m.into();
            return self;
        }
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    /// The integer mantissa (value × 10^scale).
    ///
    /// ```
    /// let d: zhreport::Decimal = "47.264287".parse().unwrap();
    /// assert_eq!((d.mantissa(), d.scale()), (47_264_287, 6));
    /// ```
    pub fn mantissa(&self) -> i128 {
        self.mantissa
    }

    /// Number of fractional digits (trailing zeros are not kept: 12.50 has scale 1).
    ///
    /// ```
    /// assert_eq!(zhreport::Decimal::new(1250, 2).unwrap().scale(), 1);
    /// ```
    pub fn scale(&self) -> u32 {
        self.scale
    }

    /// True when the value has no fractional part.
    ///
    /// ```
    /// assert!(zhreport::Decimal::from_int(3).is_integer());
    /// ```
    pub fn is_integer(&self) -> bool {
        self.scale == 0
    }

    /// True when the value is zero.
    ///
    /// ```
    /// assert!(zhreport::Decimal::new(0, 3).unwrap().is_zero());
    /// ```
    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    /// The value as an `i64` when it is an integer that fits.
    ///
    /// ```
    /// assert_eq!(zhreport::Decimal::from_int(2022).to_i64(), Some(2022));
    /// ```
    pub fn to_i64(&self) -> Option<i64> {
        if self.scale == 0 {
            i64::try_from(self.mantissa).ok()
        } else {
            None
        }
    }

    /// The nearest `f64` (for display and plotting only; arithmetic stays exact).
    ///
    /// ```
    /// assert_eq!(zhreport::parse("增长4.35%").percentages[0].value.to_f64(), 4.35);
    /// ```
    pub fn to_f64(&self) -> f64 {
        // When the mantissa and the power of ten are both exact doubles, one division (correctly
        // rounded) gives the double nearest the value, as parsing its digits would.
        const POW10: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        match POW10.get(self.scale as usize) {
            Some(p) if self.mantissa.unsigned_abs() < 1 << 53 => self.mantissa as f64 / p,
            _ => self.to_string().parse().unwrap_or(f64::NAN),
        }
    }

    /// Both mantissas at the larger scale of the two.
    fn aligned(a: Decimal, b: Decimal) -> Option<(i128, i128, u32)> {
        if a.scale == b.scale {
            return Some((a.mantissa, b.mantissa, a.scale));
        }
        let scale = a.scale.max(b.scale);
        let am = mul_pow10(a.mantissa, scale - a.scale)?;
        let bm = mul_pow10(b.mantissa, scale - b.scale)?;
        Some((am, bm, scale))
    }

    /// Exact sum; `None` on overflow.
    ///
    /// ```
    /// use zhreport::Decimal;
    /// let s = Decimal::new(15, 1).unwrap().checked_add(Decimal::from_int(2)).unwrap();
    /// assert_eq!(s.to_string(), "3.5");
    /// ```
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        // Fast paths: the number reader adds zeros and integers at every character.
        if other.mantissa == 0 {
            return Some(self);
        }
        if self.mantissa == 0 {
            return Some(other);
        }
        if self.scale == 0 && other.scale == 0 {
            return Some(Decimal {
                mantissa: self.mantissa.checked_add(other.mantissa)?,
                scale: 0,
            });
        }
        let (a, b, scale) = Decimal::aligned(self, other)?;
        Decimal::new(a.checked_add(b)?, scale)
    }

    /// Exact product; `None` on overflow.
    ///
    /// ```
    /// use zhreport::Decimal;
    /// let p = Decimal::new(12, 1).unwrap().checked_mul(Decimal::from_int(100_000_000)).unwrap();
    /// assert_eq!(p.to_string(), "120000000");
    /// ```
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        let m = self.mantissa.checked_mul(other.mantissa)?;
        Decimal::new(m, self.scale + other.scale)
    }

    /// Multiplies by `10^exp` exactly; `None` on overflow.
    ///
    /// ```
    /// let v = zhreport::Decimal::new(435, 2).unwrap().checked_mul_pow10(4).unwrap();
    /// assert_eq!(v.to_i64(), Some(43500));
    /// ```
    pub fn checked_mul_pow10(self, exp: u32) -> Option<Decimal> {
        if exp <= self.scale {
            return Decimal::new(self.mantissa, self.scale - exp);
        }
        let m = mul_pow10(self.mantissa, exp - self.scale)?;
        Decimal::new(m, 0)
    }

    /// A quotient's value: a fraction with more than 15 significant digits rounded half away
    /// from zero to 15 (integers are exact). [`Decimal::checked_div`] gives such values; a whole
    /// number plus a quotient (1234567又三分之一) goes through this again.
    pub(crate) fn as_quotient(self) -> Decimal {
        if self.scale == 0 || self.mantissa.unsigned_abs() < 10u128.pow(MAX_DIGITS) {
            return self;
        }
        let digits = self.mantissa.unsigned_abs().ilog10() + 1;
        let cut = digits - MAX_DIGITS;
        let unit = 10i128.pow(cut);
        let (q, r) = (self.mantissa / unit, self.mantissa % unit);
        let q = if r.unsigned_abs() * 2 >= unit.unsigned_abs() {
            q + self.mantissa.signum()
        } else {
            q
        };
        if cut <= self.scale {
            Decimal {
                mantissa: q,
                scale: self.scale - cut,
            }
            .normalized()
        } else {
            // Whole digits were cut: put them back as zeros (the scale was at least 1, so the
            // value is below i128::MAX / 10 and the product fits).
            Decimal {
                mantissa: q * 10i128.pow(cut - self.scale),
                scale: 0,
            }
        }
    }

    /// Division rounded half-up to 12 fractional digits, then to 15 significant digits
    /// ([`Decimal::as_quotient`]; used for fractions such as 三分之一); `None` when dividing by
    /// zero or on overflow.
    ///
    /// ```
    /// use zhreport::Decimal;
    /// let third = Decimal::from_int(100).checked_div(Decimal::from_int(3)).unwrap();
    /// assert_eq!(third.to_string(), "33.333333333333");
    /// ```
    pub fn checked_div(self, other: Decimal) -> Option<Decimal> {
        if other.mantissa == 0 {
            return None;
        }
        let (a, b, _) = Decimal::aligned(self, other)?;
        let num = a.checked_mul(10i128.checked_pow(MAX_SCALE + 1)?)?;
        let q = num / b;
        let rounded = if q >= 0 { (q + 5) / 10 } else { (q - 5) / 10 };
        Some(Decimal::new(rounded, MAX_SCALE)?.as_quotient())
    }
}

/// `m × 10^exp`, exactly; `None` on overflow. The values of a report are small: a mantissa that
/// fits 64 bits times a power of ten that does cannot overflow 128 bits, so it needs no check
/// (an overflow-checked 128-bit product is a call into the runtime).
fn mul_pow10(m: i128, exp: u32) -> Option<i128> {
    const POW10: [i64; 19] = {
        let mut t = [1i64; 19];
        let mut k = 1;
        while k < 19 {
            t[k] = t[k - 1] * 10;
            k += 1;
        }
        t
    };
    match (i64::try_from(m), POW10.get(exp as usize)) {
        (Ok(small), Some(&p)) => Some(i128::from(small) * i128::from(p)),
        _ => m.checked_mul(10i128.checked_pow(exp)?),
    }
}

impl std::ops::Neg for Decimal {
    type Output = Decimal;

    /// The negated value.
    fn neg(self) -> Decimal {
        Decimal {
            mantissa: -self.mantissa,
            scale: self.scale,
        }
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        match Decimal::aligned(*self, *other) {
            Some((a, b, _)) => a.cmp(&b),
            None => self.to_f64().total_cmp(&other.to_f64()),
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let neg = self.mantissa < 0;
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        if neg {
            f.write_str("-")?;
        }
        if scale == 0 {
            return f.write_str(&digits);
        }
        if digits.len() <= scale {
            write!(f, "0.{}{}", "0".repeat(scale - digits.len()), digits)
        } else {
            let (int, frac) = digits.split_at(digits.len() - scale);
            write!(f, "{int}.{frac}")
        }
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Error for a string that is not a plain decimal (`[-]digits[.digits]`).
///
/// ```
/// let err = "4.35万".parse::<zhreport::Decimal>().unwrap_err();
/// assert_eq!(err.0, "4.35万");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a decimal number: {0:?}")]
pub struct ParseDecimalError(pub String);

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    /// Parses `[-]digits[.digits]` and exponent forms such as `1e9` (as printed for floats).
    fn from_str(s: &str) -> Result<Decimal, ParseDecimalError> {
        let err = || ParseDecimalError(s.to_string());
        let (body, exp) = match s.find(['e', 'E']) {
            Some(i) => (&s[..i], s[i + 1..].parse::<i32>().map_err(|_| err())?),
            None => (s, 0),
        };
        let (neg, body) = match body.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        if int.is_empty() && frac.is_empty() {
            return Err(err());
        }
        if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let mut m: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            m = m
                .checked_mul(10)
                .and_then(|m| m.checked_add((b - b'0') as i128))
                .ok_or_else(err)?;
        }
        let mut scale = frac.len() as i64 - exp as i64;
        while scale < 0 {
            m = m.checked_mul(10).ok_or_else(err)?;
            scale += 1;
        }
        let d = Decimal::new(if neg { -m } else { m }, scale as u32).ok_or_else(err)?;
        Ok(d)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Integers print exactly; fractions print as the shortest f64 that reads back to the same
        // decimal (exact up to 15 significant digits, which covers every value in a report).
        match self.to_i64() {
            Some(v) => s.serialize_i64(v),
            None => s.serialize_f64(self.to_f64()),
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::from_int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                Decimal::new(v as i128, 0).ok_or_else(|| E::custom("out of range"))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                format!("{v}").parse().map_err(E::custom)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// In JSON Schema a decimal is a plain JSON number.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "number", "description": "An exact decimal number." })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_f64_is_the_nearest_double_to_the_digits() {
        let mut m: i128 = 1;
        for k in 0..60u32 {
            m = m.wrapping_mul(7919).wrapping_add(k as i128) % 10i128.pow(17);
            for scale in [0, 1, 2, 5, 12, 16, 22, 25] {
                for v in [m, -m, m % 1000, (1i128 << 53) - 1, 1i128 << 53] {
                    let d = Decimal::new(v, scale).unwrap();
                    assert_eq!(d.to_f64(), d.to_string().parse::<f64>().unwrap(), "{d}");
                }
            }
        }
    }

    #[test]
    fn exact_scaling() {
        let v: Decimal = "47.264287".parse().unwrap();
        assert_eq!(v.checked_mul_pow10(8).unwrap().to_string(), "4726428700");
        let v: Decimal = "100000".parse().unwrap();
        assert_eq!(
            v.checked_mul_pow10(4).unwrap().to_i64(),
            Some(1_000_000_000)
        );
    }

    #[test]
    fn parse_and_display() {
        for s in ["0", "12.5", "-3.25", "0.004"] {
            assert_eq!(s.parse::<Decimal>().unwrap().to_string(), s);
        }
        assert_eq!("1.50".parse::<Decimal>().unwrap().to_string(), "1.5");
        assert_eq!(
            "1e9".parse::<Decimal>().unwrap().to_i64(),
            Some(1_000_000_000)
        );
        assert!("1.2.3".parse::<Decimal>().is_err());
        assert!("".parse::<Decimal>().is_err());
    }

    #[test]
    fn json_round_trip() {
        let v: Decimal = "18.23".parse().unwrap();
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(json, "18.23");
        assert_eq!(serde_json::from_str::<Decimal>(&json).unwrap(), v);
        assert_eq!(
            serde_json::to_string(&Decimal::from_int(43500)).unwrap(),
            "43500"
        );
    }

    #[test]
    fn long_quotients_round_to_fifteen_digits_half_away_from_zero() {
        let q = |m: i128, scale: u32| Decimal::new(m, scale).unwrap().as_quotient().to_string();
        assert_eq!(q(1_000_000_333_333_333_333, 12), "1000000.33333333");
        assert_eq!(q(-1_234_567_890_123_455, 1), "-123456789012346");
        assert_eq!(q(-12_345_678_901_234_549, 5), "-123456789012.345");
        assert_eq!(q(9_999_999_999_999_995, 3), "10000000000000");
        assert_eq!(
            q(1_234_567_890_123_456_789_012_345, 1),
            "123456789012346000000000"
        );
        // Integers and short fractions are left as they are.
        assert_eq!(
            q(123_456_789_012_345_678_901_234, 0),
            "123456789012345678901234"
        );
        assert_eq!(q(8_954_302_432, 9), "8.954302432");
        let v = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(
            v("1e8").checked_div(v("11")).unwrap().to_string(),
            "9090909.09090909"
        );
    }

    #[test]
    fn every_quotient_reads_back_from_its_json() {
        let mut m: i128 = 1;
        for k in 0..300u32 {
            m = m.wrapping_mul(7919).wrapping_add(k as i128) % 10i128.pow(k % 18 + 1);
            let a = Decimal::new(m, k % 7).unwrap();
            for b in [3, 7, 11, 13, 97, 1_000_003] {
                let quotient = a.checked_div(Decimal::from_int(b)).unwrap();
                let mixed = quotient.checked_add(Decimal::from_int(m as i64)).unwrap();
                for d in [quotient, -quotient, mixed.as_quotient()] {
                    let json = serde_json::to_string(&d).unwrap();
                    assert_eq!(serde_json::from_str::<Decimal>(&json).unwrap(), d, "{json}");
                }
            }
        }
    }

    #[test]
    fn overflow_is_none() {
        let big = Decimal::new(i128::MAX / 2, 0).unwrap();
        assert!(big.checked_mul_pow10(5).is_none());
    }
}
