//! Line-oriented recognition: every fact in one short text (a table cell, a headline, a column
//! of a spreadsheet), plus every numeral found in it. This is what `examples/recognize.rs`
//! prints, one JSON line per input line.

use crate::number::{self, NumberMention};
use crate::{Count, DateMention, Extractor, Money, Org, Percentage, Person, Span};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The facts of one line: the report's mention lists (without sections) and `numbers`, every
/// numeral found, also those inside money, counts or dates.
///
/// ```
/// let facts = zhreport::recognize_line("资助帮扶资金20万元，增长12.5%", None);
/// assert_eq!(facts.money[0].value.to_i64(), Some(200_000));
/// assert_eq!(facts.percentages[0].value.to_string(), "12.5");
/// assert_eq!(facts.numbers.len(), 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LineFacts {
    /// Every numeral, in text order.
    pub numbers: Vec<NumberMention>,
    /// Counts.
    pub counts: Vec<Count>,
    /// Money amounts.
    pub money: Vec<Money>,
    /// Percentages and percentage points.
    pub percentages: Vec<Percentage>,
    /// Dates.
    pub dates: Vec<DateMention>,
    /// People.
    pub people: Vec<Person>,
    /// Organizations.
    pub orgs: Vec<Org>,
}

/// A reference year and, when given, its month and day: one extractor is kept per key.
type ReferenceKey = (Option<i32>, Option<(u32, u32)>);

/// Recognizes the facts of many lines, reusing one extractor per reference year.
///
/// ```
/// let mut r = zhreport::LineRecognizer::default();
/// let a = r.recognize("今年投入3000-5000元", Some("2021-06-14"));
/// assert_eq!(a.money[0].value_max.and_then(|v| v.to_i64()), Some(5000));
/// let b = r.recognize("百分之五十", None);
/// assert_eq!(b.percentages[0].value.to_i64(), Some(50));
/// ```
#[derive(Debug, Default)]
pub struct LineRecognizer {
    extractors: HashMap<ReferenceKey, Extractor>,
}

impl LineRecognizer {
    /// The facts of `line`; `reference_date` ("YYYY-MM-DD", or just "YYYY") gives the year that
    /// relative dates resolve against. Never fails: an unreadable date is ignored.
    ///
    /// ```
    /// let mut r = zhreport::LineRecognizer::default();
    /// let facts = r.recognize("今年新建3个公园", Some("2019-05-01"));
    /// assert_eq!(facts.dates[0].start, "2019-01-01");
    /// assert_eq!(facts.counts[0].unit.as_deref(), Some("个"));
    /// ```
    pub fn recognize(&mut self, line: &str, reference_date: Option<&str>) -> LineFacts {
        let year = reference_date.and_then(reference_year);
        let day = reference_date.and_then(reference_month_day);
        let ex = self.extractors.entry((year, day)).or_insert_with(|| {
            let b = Extractor::builder();
            let b = match (year, day) {
                (Some(y), Some((m, d))) => b.reference_date(y, m, d),
                (Some(y), None) => b.year(y),
                _ => b,
            };
            b.build().unwrap_or_default()
        });
        let report = ex.extract(line);
        LineFacts {
            numbers: numbers(line),
            counts: report.counts,
            money: report.money,
            percentages: report.percentages,
            dates: report.dates,
            people: report.people,
            orgs: report.orgs,
        }
    }
}

/// The facts of one line with the default lexicons (see [`LineRecognizer`] to reuse the
/// extractor across many lines).
///
/// ```
/// let facts = zhreport::recognize_line("人民币壹佰元整", None);
/// assert_eq!(facts.money[0].value.to_i64(), Some(100));
/// ```
pub fn recognize_line(line: &str, reference_date: Option<&str>) -> LineFacts {
    LineRecognizer::default().recognize(line, reference_date)
}

/// The year of a reference date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD…`.
fn reference_year(s: &str) -> Option<i32> {
    let y = s.trim().get(..4)?;
    y.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| y.parse().ok())?
}

/// The month and day of a reference date written `YYYY-MM-DD…`.
fn reference_month_day(s: &str) -> Option<(u32, u32)> {
    let s = s.trim();
    let m = s.get(5..7)?.parse().ok()?;
    let d = s.get(8..10)?.parse().ok()?;
    Some((m, d))
}

/// Every numeral of `text` as a mention with byte and character offsets.
fn numbers(text: &str) -> Vec<NumberMention> {
    let found = number::scan(text);
    let mut out = Vec::with_capacity(found.len());
    let (mut byte, mut chars) = (0usize, 0usize);
    let mut char_at = |b: usize| {
        // Offsets arrive in increasing order (start, end, next start …), so one forward walk.
        if b >= byte {
            chars += text[byte..b].chars().count();
        } else {
            chars -= text[b..byte].chars().count();
        }
        byte = b;
        chars
    };
    for n in found {
        let char_start = char_at(n.start);
        let char_end = char_at(n.end);
        out.push(NumberMention {
            text: text[n.start..n.end].to_string(),
            span: Span {
                start: n.start,
                end: n.end,
                char_start,
                char_end,
            },
            value: n.number.value,
            value_max: n.number.value_max,
            approx: n.number.approx,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_years() {
        assert_eq!(reference_year("2021-06-14"), Some(2021));
        assert_eq!(reference_year("2021"), Some(2021));
        assert_eq!(reference_year("20"), None);
        assert_eq!(reference_year("年月日ab"), None);
    }

    #[test]
    fn number_spans_in_chars() {
        let n = numbers("新建4家，超471万人次");
        assert_eq!((n[0].span.char_start, n[0].span.char_end), (2, 3));
        assert_eq!(
            (n[1].span.char_start, n[1].span.char_end, n[1].text.as_str()),
            (5, 10, "超471万")
        );
    }
}
