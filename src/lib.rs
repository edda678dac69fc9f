//! # zhreport
//!
//! Turns Chinese work reports (工作综述, 工作总结, 年度报告, 政府工作报告 — web-page copies or plain
//! documents) into typed data: metadata, the section tree, and every count, money amount,
//! percentage, date, person and organization, each with its source span and section.
//!
//! ```
//! let text = "武汉市科协2022年工作综述\n一、服务创新\n2022年7月20日，新建4家院士工作站，资助帮扶资金20万元，增长12.5%。";
//! let report = zhreport::parse(text);
//! assert_eq!(report.year, Some(2022));
//! assert_eq!(report.sections[0].heading, "服务创新");
//! let c = &report.counts[0];
//! assert_eq!((c.value.to_i64(), c.unit.as_deref(), c.item.as_deref()), (Some(4), Some("家"), Some("院士工作站")));
//! assert_eq!(report.money[0].value.to_i64(), Some(200_000));
//! assert_eq!(report.percentages[0].value.to_string(), "12.5");
//! assert_eq!(report.dates[0].text, "2022年"); // in the title
//! assert_eq!(report.dates[1].start, "2022-07-20");
//! ```
//!
//! # Guide
//!
//! **Pipeline.** [`parse_bytes`] decodes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK;
//! anything else is an [`Error::Decode`]), the layout stage splits the text into chrome (kept out
//! of the facts; bylines fill [`Meta`]), title, headings and paragraphs, the recognizers read the
//! title, headings and paragraphs, and one resolution step settles overlaps (longest first, then
//! money > percent > date > count), attaches each mention to its innermost [`Section`] and fills
//! the character offsets. [`Extractor`] holds the configuration; [`parse`] uses the default one.
//!
//! **Mention kinds.**
//! - [`Count`]: a number with a measure word or unit (`新建4家院士工作站` → 4, `家`, item
//!   `院士工作站`, action `新建`); also measured quantities (`30万亩`), multipliers (`1.3倍`) and
//!   bare scaled numbers that count something (`用户3.4亿`, unit null). Not ordinals (第二批),
//!   names (十四五, 二十大), durations (连续十年) or the indefinite 一 (一个平台).
//! - [`Money`]: an amount with a currency word or symbol, in the currency's base unit with its
//!   ISO 4217 code (`20万元` → 200000 CNY).
//! - [`Percentage`]: a percent (`12.5%`, `百分之十二点五`, fractions `三分之一` as 33.33…, `九折`) or
//!   percentage points (`3个百分点`, kind [`PercentKind::Points`] — not a percent).
//! - [`DateMention`]: an explicit or resolvable calendar reference as an inclusive day range
//!   (`2022年` → 2022-01-01..2022-12-31, `十四五` → 2021..2025, `去年` against the report year).
//! - [`Person`] (name with the title attached in that mention) and [`Org`] (named organizations,
//!   also inside titles: 市委 in 市委副书记). Names are precision-first.
//!
//! **Values.** Every value is an exact [`Decimal`] (`4.35万` is 43500, never 43499.99…), printed
//! in JSON as a number. Ranges are inclusive: `3-5万家` has `value` 30000 and `value_max` 50000.
//! Qualifiers are typed ([`Approx`]): 余/多/超/逾/以上 `more_than`, 近/不足/以下 `less_than`,
//! 约/左右 `about`; the value is the number as written.
//!
//! **Spans.** [`Span`] gives byte offsets (`&text[span.start..span.end]` in Rust) and character
//! offsets (`text[char_start:char_end]` in Python) into the decoded text, end exclusive.
//!
//! **Extending.** [`ExtractorBuilder`] adds measure words, titles, org suffixes and known names,
//! and overrides the report year; invalid rules are an [`Error::Rule`] at build time.

#![deny(missing_docs)]

pub mod decimal;
pub mod decode;
mod error;
mod extractor;
pub mod layout;
pub mod lexicon;
mod line;
mod positions;
pub mod recognize;
mod report;
mod resolve;
#[doc(hidden)]
pub mod stages;

pub use decimal::Decimal;
pub use error::{DecodeFailure, Error};
pub use extractor::{Extractor, ExtractorBuilder};
pub use line::{recognize_line, LineFacts, LineRecognizer};
pub use recognize::number;
pub use report::{
    Approx, CompactString, Count, DateMention, Direction, Granularity, Meta, Money, Org,
    PercentKind, Percentage, Person, Report, Section, Span,
};

use once_cell::sync::Lazy;

static DEFAULT: Lazy<Extractor> = Lazy::new(Extractor::default);

/// Extracts a report from text with the default configuration.
///
/// ```
/// let r = zhreport::parse("参与人数超471万人次。");
/// assert_eq!(r.counts[0].value.to_i64(), Some(4_710_000));
/// assert_eq!(r.counts[0].approx, Some(zhreport::Approx::MoreThan));
/// ```
pub fn parse(text: &str) -> Report {
    DEFAULT.extract(text)
}

/// Decodes bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK) and extracts a
/// report; undecodable input is an [`Error::Decode`].
///
/// ```
/// assert!(zhreport::parse_bytes("新建4家院士工作站".as_bytes()).is_ok());
/// assert!(zhreport::parse_bytes(&[0xff, 0xfe, 0x00, 0xd8]).is_err()); // lone UTF-16 surrogate
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Result<Report, Error> {
    DEFAULT.extract_bytes(bytes)
}

/// The JSON Schema (draft 2020-12) of the [`Report`] JSON, as committed in
/// `schema/report.schema.json`. Requires the `schema` feature.
///
/// ```
/// # #[cfg(feature = "schema")] {
/// let schema = zhreport::report_schema();
/// assert!(schema["properties"]["counts"].is_object());
/// # }
/// ```
#[cfg(feature = "schema")]
pub fn report_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Report)).expect("a schema serializes")
}
