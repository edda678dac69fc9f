//! Property tests of the number core: numbers written out in Chinese by an independent converter
//! (the `chinese-number` crate) read back to the same exact value.

use chinese_number::{ChineseCase, ChineseCountMethod, ChineseVariant, NumberToChinese};
use proptest::prelude::*;
use zhreport::number::parse;
use zhreport::Decimal;

fn value(s: &str) -> Option<String> {
    parse(s)
        .filter(|n| n.value_max.is_none() && n.approx.is_none())
        .map(|n| n.value.to_string())
}

fn chinese(n: u64, variant: ChineseVariant, case: ChineseCase) -> String {
    n.to_chinese(variant, case, ChineseCountMethod::TenThousand)
        .expect("u64 converts")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// 三千五百万, 一千零五, 十二: the everyday simplified form, below 10^12 (万亿 is written as
    /// 万亿 in reports, not 兆).
    #[test]
    fn simplified_integers(n in 0u64..1_000_000_000_000) {
        let s = chinese(n, ChineseVariant::Simple, ChineseCase::Lower);
        prop_assert_eq!(value(&s), Some(n.to_string()), "{}", s);
    }

    /// 壹仟贰佰叁拾肆: 大写 as on cheques.
    #[test]
    fn financial_integers(n in 1u64..1_000_000_000_000) {
        let s = chinese(n, ChineseVariant::Simple, ChineseCase::Upper);
        prop_assert_eq!(value(&s), Some(n.to_string()), "{}", s);
    }

    /// 一萬零五, 壹億貳仟萬: traditional characters.
    #[test]
    fn traditional_integers(n in 0u64..1_000_000_000_000, upper in any::<bool>()) {
        let case = if upper { ChineseCase::Upper } else { ChineseCase::Lower };
        let s = chinese(n, ChineseVariant::Traditional, case);
        prop_assert_eq!(value(&s), Some(n.to_string()), "{}", s);
    }

    /// 三点一四: an integer part in words and decimal digits one by one.
    #[test]
    fn decimals(int in 0u64..100_000_000, frac in 1u32..100_000) {
        let frac_digits = format!("{frac:05}").trim_end_matches('0').to_string();
        let mut s = chinese(int, ChineseVariant::Simple, ChineseCase::Lower);
        s.push('点');
        for d in frac_digits.chars() {
            let d = d.to_digit(10).unwrap() as u8;
            s.push_str(&d.to_chinese_naive(ChineseVariant::Simple, ChineseCase::Lower));
        }
        let want: Decimal = format!("{int}.{frac_digits}").parse().unwrap();
        prop_assert_eq!(value(&s), Some(want.to_string()), "{}", s);
    }

    /// 二〇二二, 一七二零: digit strings (three digits or more; 一一 is a word).
    #[test]
    fn digit_strings(n in 100u64..10_000_000_000) {
        let s = n.to_chinese_naive(ChineseVariant::Simple, ChineseCase::Lower);
        prop_assert_eq!(value(&s), Some(n.to_string()), "{}", s);
    }

    /// 4.35万, 47.264287亿, 1,234万: Arabic decimals with a scale, exact.
    #[test]
    fn arabic_with_scale(m in 1u64..10_000_000, scale in 0u32..7, big in any::<bool>()) {
        let d = Decimal::new(m as i128, scale).unwrap();
        let (word, power) = if big { ("亿", 8) } else { ("万", 4) };
        let s = format!("{d}{word}");
        prop_assert_eq!(value(&s), Some(d.checked_mul_pow10(power).unwrap().to_string()), "{}", s);
    }

    /// 1,234,567.89 with thousands separators.
    #[test]
    fn grouped_arabic(n in 1_000u64..10_000_000_000, cents in 0u32..100) {
        let digits = n.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let s = format!("{grouped}.{cents:02}");
        let want: Decimal = format!("{n}.{cents:02}").parse().unwrap();
        prop_assert_eq!(value(&s), Some(want.to_string()), "{}", s);
    }

    /// 7万 5千 4百: Arabic parts after each unit, spaced apart as in text taken from PDFs.
    #[test]
    fn spaced_arabic_parts(wan in 1u64..10_000, qian in 1u64..10, bai in 1u64..10) {
        let s = format!("{wan}万 {qian}千 {bai}百");
        prop_assert_eq!(value(&s), Some((wan * 10_000 + qian * 1_000 + bai * 100).to_string()), "{}", s);
    }

    /// 2^5, 2.5^-1: powers with a whole exponent, exact where the quotient ends.
    #[test]
    fn powers(base in 1i64..30, exp in 0u32..12, tenths in any::<bool>()) {
        let b = if tenths { Decimal::new(base as i128, 1).unwrap() } else { Decimal::from_int(base) };
        let mut want = Decimal::from_int(1);
        for _ in 0..exp {
            want = want.checked_mul(b).unwrap();
        }
        let s = format!("{b}^{exp}");
        prop_assert_eq!(value(&s), Some(want.to_string()), "{}", s);
        // A negative exponent of a power of two or five ends: 1/2^k, 1/5^k.
        if !tenths && (base == 2 || base == 5) && exp > 0 {
            let s = format!("{b}^-{exp}");
            let inverse = Decimal::from_int(1).checked_div(want).unwrap();
            prop_assert_eq!(value(&s), Some(inverse.to_string()), "{}", s);
        }
    }

    /// 五十打: dozens of a count below 万 written in Chinese (scaled counts of dozens are not read).
    #[test]
    fn dozens(n in 1u64..10_000) {
        let s = format!("{}打", chinese(n, ChineseVariant::Simple, ChineseCase::Lower));
        prop_assert_eq!(value(&s), Some((n * 12).to_string()), "{}", s);
    }

    /// Any text: the scanner never panics and its spans lie on character boundaries, in order.
    #[test]
    fn scan_is_total(s in "[0-9一二三四五六七八九十百千万亿零两点分之负余多约超.,%～\\- 元角个年打^“”届大]{0,40}") {
        let mut last = 0;
        for n in zhreport::number::scan(&s) {
            prop_assert!(n.start >= last && n.start <= n.core_start && n.core_start < n.end && n.end <= s.len());
            prop_assert!(s.is_char_boundary(n.start) && s.is_char_boundary(n.end));
            last = n.end;
        }
    }
}
