//! Dates: years, year ranges, full and partial dates, resolved to inclusive day ranges.

use crate::{DateMention, Granularity, Span};
use once_cell::sync::Lazy;
use regex::Regex;

/// Arabic year forms: 2022年7月20日, 2022年7月, 2022年, 2022年度, 2021-2025年, 2022年以来.
static ABSOLUTE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)
        (?P<y1>(?:19|20)\d{2})\s*(?:年\s*)?(?:-|－|—|–|~|～|至|到)+\s*(?P<y2>(?:19|20)\d{2})\s*年(?:度)?
      | (?P<y>(?:19|20)\d{2})\s*年(?:度)?(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:份)?(?:\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?)?
      | (?P<py>(?:19|20)\d{2})[-/.](?P<pm>1[0-2]|0?[1-9])[-/.](?P<pd>3[01]|[12]\d|0?[1-9])
      | (?P<m2>1[0-2]|[1-9])\s*月\s*(?P<d2>3[01]|[12]\d|[1-9])\s*[日号]
    ",
    )
    .expect("date pattern compiles")
});

/// Plan periods: 十四五 (2021-2025), 十三五 …
static PLAN: Lazy<Regex> = Lazy::new(|| Regex::new(r"十([一二三四五六七八九])五").expect("plan pattern compiles"));

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

fn ymd(y: i32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Finds the dates in `text`; `year` resolves partial dates (7月20日).
///
/// ```
/// let found = zhreport::recognize::date::find("2022年7月20日揭牌，2021-2025年规划。", None);
/// assert_eq!((found[0].start.as_str(), found[0].end.as_str()), ("2022-07-20", "2022-07-20"));
/// assert_eq!((found[1].start.as_str(), found[1].end.as_str()), ("2021-01-01", "2025-12-31"));
/// ```
pub fn find(text: &str, year: Option<i32>) -> Vec<DateMention> {
    let mut out = Vec::new();
    for caps in ABSOLUTE.captures_iter(text) {
        let m = caps.get(0).expect("whole match");
        let (s, e) = (m.start(), m.end());
        // A year glued to a longer number or a quantity (2000万, 20221) is not a date.
        if text[..s].chars().next_back().is_some_and(|c| c.is_ascii_digit() || c == '.' || c == '/') {
            continue;
        }
        let num = |k: &str| caps.name(k).and_then(|x| x.as_str().parse::<u32>().ok());
        let (start, end, granularity) = if let (Some(y1), Some(y2)) = (num("y1"), num("y2")) {
            if y2 <= y1 {
                continue;
            }
            (ymd(y1 as i32, 1, 1), ymd(y2 as i32, 12, 31), Granularity::MultiYear)
        } else if let Some(y) = num("y") {
            let y = y as i32;
            match (num("m"), num("d")) {
                (Some(m), Some(d)) if d <= days_in_month(y, m) => (ymd(y, m, d), ymd(y, m, d), Granularity::Day),
                (Some(m), None) => (ymd(y, m, 1), ymd(y, m, days_in_month(y, m)), Granularity::Month),
                (None, _) => (ymd(y, 1, 1), ymd(y, 12, 31), Granularity::Year),
                _ => continue,
            }
        } else if let (Some(y), Some(mo), Some(d)) = (num("py"), num("pm"), num("pd")) {
            let y = y as i32;
            if d > days_in_month(y, mo) {
                continue;
            }
            (ymd(y, mo, d), ymd(y, mo, d), Granularity::Day)
        } else if let (Some(mo), Some(d), Some(y)) = (num("m2"), num("d2"), year) {
            if d > days_in_month(y, mo) {
                continue;
            }
            (ymd(y, mo, d), ymd(y, mo, d), Granularity::Day)
        } else {
            continue;
        };
        out.push(DateMention { text: text[s..e].to_string(), span: Span::bytes(s, e), start, end, granularity, section: None });
    }
    for caps in PLAN.captures_iter(text) {
        let m = caps.get(0).expect("whole match");
        let n = super::number::parse(&format!("十{}", &caps[1])).and_then(|n| n.value.to_i64()).unwrap_or(0) as i32;
        let first = 1966 + 5 * (n - 3);
        out.push(DateMention {
            text: m.as_str().to_string(),
            span: Span::bytes(m.start(), m.end()),
            start: ymd(first, 1, 1),
            end: ymd(first + 4, 12, 31),
            granularity: Granularity::Plan,
            section: None,
        });
    }
    out.sort_by_key(|d| d.span.start);
    out
}
