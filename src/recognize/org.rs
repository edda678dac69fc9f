//! Organizations: names ending in an organizational suffix, and the bare government bodies.

use crate::{Org, Span};
use once_cell::sync::Lazy;
use regex::Regex;

/// Government bodies and abbreviations named without a suffix pattern.
pub static KNOWN_BODIES: &[&str] = &["国务院", "全国人大", "全国政协", "党中央", "中共中央", "市委", "市政府", "省委", "省政府", "市人大", "市政协", "中国科协"];

/// Suffixes that end an organization's name.
pub static SUFFIXES: &[&str] = &[
    "股份有限公司", "有限公司", "集团", "大学", "学院", "研究院", "研究所", "重点实验室", "实验室", "委员会",
    "协会", "学会", "联合会", "科协", "局", "厅", "医院", "基金会",
];

static SUFFIXED: Lazy<Regex> = Lazy::new(|| {
    let suffixes = SUFFIXES.join("|");
    Regex::new(&format!(r"(?:中国|全国|国家|[\p{{Han}}]{{1,6}}?[省市区县])[\p{{Han}}]{{0,12}}?(?:{suffixes})")).expect("org pattern compiles")
});

static KNOWN: Lazy<Regex> = Lazy::new(|| Regex::new(&KNOWN_BODIES.join("|")).expect("known bodies compile"));

/// Finds organizations in `text`.
///
/// ```
/// let orgs = zhreport::recognize::org::find("在市委、市政府的坚强领导下");
/// let names: Vec<_> = orgs.iter().map(|o| o.name.as_str()).collect();
/// assert_eq!(names, vec!["市委", "市政府"]);
/// ```
pub fn find(text: &str) -> Vec<Org> {
    let mut out: Vec<Org> = Vec::new();
    for m in SUFFIXED.find_iter(text) {
        out.push(Org { name: m.as_str().to_string(), span: Span::bytes(m.start(), m.end()), section: None });
    }
    for m in KNOWN.find_iter(text) {
        let span = Span::bytes(m.start(), m.end());
        if !out.iter().any(|o| o.span.overlaps(&span)) {
            out.push(Org { name: m.as_str().to_string(), span, section: None });
        }
    }
    out.sort_by_key(|o| o.span.start);
    out
}
