//! The output types: a [`Report`] and the mentions it holds.
//!
//! Field names follow the JSON contract of the design document; extra fields (`action`,
//! `direction`, `paragraphs`, `encoding`, `author`) are additions, never renames.

use crate::Decimal;
/// The text type of the output's fields: a string stored inline up to 24 bytes (nearly every
/// mention, unit and date), so building and dropping a report takes no allocation per field. It
/// derefs to `&str` and serializes as a JSON string.
///
/// ```
/// let r = zhreport::parse("新建4家院士工作站。");
/// assert_eq!(r.counts[0].text, "4家");
/// assert_eq!(r.counts[0].unit.as_deref(), Some("家"));
/// let owned: String = r.counts[0].text.to_string();
/// assert_eq!(owned, "4家");
/// ```
pub use compact_str::CompactString;
use serde::{Deserialize, Serialize};

/// Where a mention stands in the decoded text: byte offsets (for Rust `&text[start..end]`) and
/// character offsets (for Python/JS slicing), both end-exclusive.
///
/// ```
/// let r = zhreport::parse("新建4家院士工作站。");
/// let s = r.counts[0].span;
/// assert_eq!((s.start, s.end, s.char_start, s.char_end), (6, 10, 2, 4));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Character (Unicode scalar) offset of the first character.
    pub char_start: usize,
    /// Character offset one past the last character.
    pub char_end: usize,
}

impl Span {
    /// A span with byte offsets only; the char offsets are filled in by the pipeline.
    ///
    /// ```
    /// let s = zhreport::Span::bytes(3, 9);
    /// assert_eq!(s.len(), 6);
    /// ```
    pub fn bytes(start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            char_start: 0,
            char_end: 0,
        }
    }

    /// Length in bytes.
    ///
    /// ```
    /// let r = zhreport::parse("投入20万元。");
    /// let span = r.money[0].span;
    /// assert_eq!((span.len(), span.char_end - span.char_start), ("20万元".len(), 4));
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    ///
    /// ```
    /// assert!(zhreport::Span::bytes(3, 3).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// True when `other` lies inside `self`.
    ///
    /// ```
    /// let r = zhreport::parse("一、科技创新\n新建4家院士工作站。");
    /// assert!(r.sections[0].span.contains(&r.counts[0].span));
    /// ```
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    ///
    /// ```
    /// use zhreport::Span;
    /// assert!(Span::bytes(0, 4).overlaps(&Span::bytes(3, 6)));
    /// assert!(!Span::bytes(0, 3).overlaps(&Span::bytes(3, 6)));
    /// ```
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A qualifier on a quantity: 余/多/超/逾 (more than), 近/不足 (less than), 约/左右 (about).
///
/// ```
/// let r = zhreport::parse("学术交流活动200余场次。");
/// assert_eq!(r.counts[0].approx, Some(zhreport::Approx::MoreThan));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Approx {
    /// 余, 多, 超, 超过, 逾, 以上, 多达, 上万…
    MoreThan,
    /// 近, 不足, 不到, 以下, 以内.
    LessThan,
    /// 约, 左右, 上下, 大约.
    About,
}

/// Whether a percentage is a share (`12.5%`) or a difference in percentage points (`3个百分点`).
///
/// ```
/// let r = zhreport::parse("城镇化率提高3个百分点。");
/// assert_eq!(r.percentages[0].kind, zhreport::PercentKind::Points);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PercentKind {
    /// A percentage (%, ％, 百分之, 成, 折, fractions as percent).
    Percent,
    /// Percentage points (个百分点).
    Points,
}

/// Direction of a change a percentage or amount describes (增长 / 下降), when the text says.
///
/// ```
/// let r = zhreport::parse("工业增加值下降1.5%。");
/// assert_eq!(r.percentages[0].direction, Some(zhreport::Direction::Down));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Direction {
    /// 增长, 提高, 上升, 增加.
    Up,
    /// 下降, 减少, 降低, 回落.
    Down,
}

/// How precise a date mention is.
///
/// ```
/// let r = zhreport::parse("2022年7月20日，揭牌。");
/// assert_eq!(r.dates[0].granularity, zhreport::Granularity::Day);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Granularity {
    /// One day.
    Day,
    /// 上旬 / 中旬 / 下旬.
    TenDays,
    /// One month.
    Month,
    /// A season (春季).
    Season,
    /// A quarter (一季度).
    Quarter,
    /// 上半年 / 下半年.
    HalfYear,
    /// One year.
    Year,
    /// Several years (2021-2025年, 过去五年).
    MultiYear,
    /// A five-year plan (十四五).
    Plan,
    /// A range of days or months inside a year (1-9月, 1月至9月).
    Range,
    /// An open range: up to a day (2012年1月7日或之前: start 0001-01-01) or from it (之后: end
    /// 9999-12-31).
    Open,
}

/// Document metadata found in web-page chrome and byline lines.
///
/// ```
/// let r = zhreport::parse("年度工作总结\n来源：市科协  发布时间：2023-01-05\n一、概况\n新建4家工作站。\n责任编辑：王一");
/// assert_eq!(r.meta.source.as_deref(), Some("市科协"));
/// assert_eq!(r.meta.editor.as_deref(), Some("王一"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Meta {
    /// 责编 / 编辑.
    pub editor: Option<CompactString>,
    /// 来源.
    pub source: Option<CompactString>,
    /// 发布时间 / 时间, as YYYY-MM-DD.
    pub published: Option<CompactString>,
    /// 作者.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<CompactString>,
    /// The encoding the input bytes were decoded from (`UTF-8`, `GB18030`, `UTF-16LE`…), when
    /// parsed from bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<CompactString>,
}

/// A heading of the report and the part of the text it governs.
///
/// ```
/// let r = zhreport::parse("一、服务创新\n（一）平台建设\n新建4家院士工作站。");
/// let sub = &r.sections[1];
/// assert_eq!((sub.level, sub.numbering.as_deref(), sub.heading.as_str()), (2, Some("（一）"), "平台建设"));
/// assert_eq!(sub.parent, Some(0));
/// assert_eq!(r.counts[0].section, Some(1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Section {
    /// Depth a reader sees, 1 = top.
    pub level: u8,
    /// The numbering as written (`一、`, `（一）`, `1.`), or null for unnumbered headings.
    pub numbering: Option<CompactString>,
    /// The heading text without numbering and final punctuation.
    pub heading: CompactString,
    /// Span of the section: from its heading to the start of the next heading of the same or a
    /// higher level (or the end of the text).
    pub span: Span,
    /// Span of the heading text itself.
    #[serde(default)]
    pub heading_span: Span,
    /// Index of the enclosing section in `Report::sections`, if any.
    pub parent: Option<usize>,
    /// Spans of the body paragraphs directly in this section (before any subsection).
    #[serde(default)]
    pub paragraphs: Vec<Span>,
}

/// A number with a measure word or unit that counts something: `新建4家院士工作站`.
///
/// ```
/// let c = &zhreport::parse("新建4家院士工作站。").counts[0];
/// assert_eq!((c.value.to_i64(), c.unit.as_deref()), (Some(4), Some("家")));
/// assert_eq!((c.action.as_deref(), c.item.as_deref()), (Some("新建"), Some("院士工作站")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Count {
    /// The exact text (`200余场次`).
    pub text: CompactString,
    /// Where it stands.
    pub span: Span,
    /// The value, 万/亿 applied; the low end of a range.
    pub value: Decimal,
    /// The high end of an inclusive range (`3-5家`), else null.
    pub value_max: Option<Decimal>,
    /// The measure word or unit as written (`家`, `人次`, `亩`), or null for a bare scaled number.
    pub unit: Option<CompactString>,
    /// Qualifier, if any.
    pub approx: Option<Approx>,
    /// What is counted (`院士工作站`), or null.
    pub item: Option<CompactString>,
    /// The verb governing the count (`新建`), or null.
    #[serde(default)]
    pub action: Option<CompactString>,
    /// Index of the innermost section containing it.
    pub section: Option<usize>,
}

/// An amount of money: `20万元` → 200000 CNY.
///
/// ```
/// let m = &zhreport::parse("全年国内生产总值达到18.23万亿元。").money[0];
/// assert_eq!((m.value.to_i64(), m.currency.as_str()), (Some(18_230_000_000_000), "CNY"));
/// assert_eq!(m.item.as_deref(), Some("国内生产总值"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Money {
    /// The exact text.
    pub text: CompactString,
    /// Where it stands.
    pub span: Span,
    /// Amount in the currency's base unit (元, dollar…); the low end of a range.
    pub value: Decimal,
    /// The high end of an inclusive range, else null.
    pub value_max: Option<Decimal>,
    /// ISO 4217 code (`CNY`, `USD`…).
    pub currency: CompactString,
    /// Qualifier, if any.
    pub approx: Option<Approx>,
    /// What the amount is of (`帮扶资金`), or null.
    pub item: Option<CompactString>,
    /// Index of the innermost section containing it.
    pub section: Option<usize>,
}

/// A percentage or a difference in percentage points.
///
/// ```
/// use zhreport::PercentKind;
/// let r = zhreport::parse("一般公共预算收入增长4.6%，比上年提高0.5个百分点。");
/// assert_eq!((r.percentages[0].value.to_string(), r.percentages[0].kind), ("4.6".into(), PercentKind::Percent));
/// assert_eq!(r.percentages[1].kind, PercentKind::Points);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Percentage {
    /// The exact text.
    pub text: CompactString,
    /// Where it stands.
    pub span: Span,
    /// The value in percent (`12.5%` → 12.5; `三分之一` → 33.333333333333); the low end of a range.
    pub value: Decimal,
    /// The high end of an inclusive range, else null.
    pub value_max: Option<Decimal>,
    /// Percent or points.
    pub kind: PercentKind,
    /// Qualifier, if any.
    pub approx: Option<Approx>,
    /// What the rate is of (`一般公共预算收入`), or null.
    pub item: Option<CompactString>,
    /// 增长 / 下降, when the text says.
    #[serde(default)]
    pub direction: Option<Direction>,
    /// Index of the innermost section containing it.
    pub section: Option<usize>,
}

/// A calendar reference resolved to an inclusive range of days.
///
/// ```
/// let d = &zhreport::parse("2022年上半年完成投资。").dates[0];
/// assert_eq!((d.start.as_str(), d.end.as_str()), ("2022-01-01", "2022-06-30"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct DateMention {
    /// The exact text.
    pub text: CompactString,
    /// Where it stands.
    pub span: Span,
    /// First day, YYYY-MM-DD.
    pub start: CompactString,
    /// Last day (inclusive), YYYY-MM-DD.
    pub end: CompactString,
    /// How precise it is.
    pub granularity: Granularity,
    /// Index of the innermost section containing it.
    pub section: Option<usize>,
}

/// A person named in the text, with the title attached in that mention.
///
/// ```
/// let p = &zhreport::parse("市委副书记李义龙作讲话。").people[0];
/// assert_eq!((p.name.as_str(), p.title.as_deref()), ("李义龙", Some("市委副书记")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Person {
    /// The name as written.
    pub name: CompactString,
    /// The title or role attached (`两院院士`, `市委副书记`), or null.
    pub title: Option<CompactString>,
    /// Span of the name.
    pub span: Span,
    /// Index of the innermost section containing it.
    pub section: Option<usize>,
}

/// A named organization.
///
/// ```
/// let r = zhreport::parse("武汉市科学技术协会召开全委会。");
/// assert_eq!(r.orgs[0].name, "武汉市科学技术协会");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Org {
    /// The name as written (`中铁大桥局集团有限公司`, `市科协`).
    pub name: CompactString,
    /// Where it stands.
    pub span: Span,
    /// Index of the innermost section containing it.
    pub section: Option<usize>,
}

/// Everything extracted from one report.
///
/// ```
/// let r = zhreport::parse("武汉市科协2022年工作综述\n一、基本情况\n新建4家院士工作站，投入20万元。");
/// assert_eq!(r.year, Some(2022));
/// assert_eq!(r.sections[0].heading, "基本情况");
/// assert_eq!(r.money[0].value.to_i64(), Some(200000));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Report {
    /// The main title, or null.
    pub title: Option<CompactString>,
    /// The subtitle (after `——`), or null.
    pub subtitle: Option<CompactString>,
    /// The year the report is about.
    pub year: Option<i32>,
    /// Byline and page metadata.
    pub meta: Meta,
    /// Headings in document order.
    pub sections: Vec<Section>,
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
