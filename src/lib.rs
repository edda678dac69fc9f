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
//! Values are exact decimals ([`Decimal`]); ranges are inclusive (`value` … `value_max`);
//! qualifiers (余, 约, 近) are typed ([`Approx`]); spans give byte and character offsets.

pub mod decimal;
pub mod decode;
mod error;
mod extractor;
pub mod layout;
pub mod lexicon;
mod line;
pub mod recognize;
mod report;
mod resolve;

pub use decimal::Decimal;
pub use error::{DecodeFailure, Error};
pub use extractor::{Extractor, ExtractorBuilder};
pub use line::{recognize_line, LineFacts, LineRecognizer};
pub use recognize::number;
pub use report::{
    Approx, Count, DateMention, Direction, Granularity, Meta, Money, Org, PercentKind, Percentage, Person, Report,
    Section, Span,
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
