//! Each stage of the pipeline alone, so the benchmarks (`benches/extract.rs`) can time them one
//! by one. Not part of the stable API: signatures follow the pipeline as it changes.
//!
//! ```
//! use zhreport::stages;
//! let text = "一、基本情况\n2022年新建4家院士工作站，投入20万元，增长12.5%。";
//! let layout = stages::layout(text);
//! let numerals = stages::numbers(text, &layout);
//! assert_eq!(stages::counts(text, &layout, &numerals), 1);
//! assert_eq!(stages::money_and_percent(text, &layout, &numerals), 2);
//! assert_eq!(stages::dates(text, &layout, Some(2022)), 1);
//! let resolvable = stages::before_resolve(text);
//! assert_eq!(stages::resolve(text, resolvable).counts.len(), 1);
//! ```

use crate::layout::{self, Layout};
use crate::recognize::number::Numeral;
use crate::recognize::{date, money, number, org, percent, person, quantity};
use crate::{Extractor, Org, Report};
use once_cell::sync::Lazy;

static PERSON_RULES: Lazy<person::PersonRules> =
    Lazy::new(|| person::PersonRules::new::<&str>(&[]));
static ORG_RULES: Lazy<org::OrgRules> = Lazy::new(|| org::OrgRules::new::<&str>(&[], &[]));

fn blocks<'t>(text: &'t str, layout: &'t Layout) -> impl Iterator<Item = &'t str> + 't {
    layout.blocks.iter().map(move |b| &text[b.start..b.end])
}

/// Layout: lines, chrome, meta, title, headings and the blocks the recognizers read.
pub fn layout(text: &str) -> Layout {
    layout::analyze(text)
}

/// The numeral scan of every block.
pub fn numbers(text: &str, layout: &Layout) -> Vec<Vec<Numeral>> {
    blocks(text, layout).map(number::scan).collect()
}

/// Count candidates in every block; returns how many.
pub fn counts(text: &str, layout: &Layout, numerals: &[Vec<Numeral>]) -> usize {
    blocks(text, layout)
        .zip(numerals)
        .map(|(t, n)| quantity::find_indexed(t, n, quantity::default_measure_words()).len())
        .sum()
}

/// Money and percentage candidates in every block; returns how many.
pub fn money_and_percent(text: &str, layout: &Layout, numerals: &[Vec<Numeral>]) -> usize {
    blocks(text, layout)
        .zip(numerals)
        .map(|(t, n)| money::find(t, n).len() + percent::find(t, n).len())
        .sum()
}

/// Date candidates in every block, against `year`; returns how many.
pub fn dates(text: &str, layout: &Layout, year: Option<i32>) -> usize {
    let ctx = date::DateContext {
        year,
        now: year,
        reviewed: year,
        ..Default::default()
    };
    blocks(text, layout)
        .map(|t| date::find_with(t, &ctx).len())
        .sum()
}

/// Organization candidates of every block.
pub fn orgs(text: &str, layout: &Layout) -> Vec<Vec<Org>> {
    blocks(text, layout)
        .map(|t| org::find_with(t, &ORG_RULES))
        .collect()
}

/// People in every block (given its organizations) and again wherever a found name recurs;
/// returns how many.
pub fn people(text: &str, layout: &Layout, orgs: &[Vec<Org>]) -> usize {
    let mut all = Vec::new();
    for (b, o) in layout.blocks.iter().zip(orgs) {
        let mut found = person::find_with(&text[b.start..b.end], &PERSON_RULES, o);
        for p in &mut found {
            p.span.start += b.start;
            p.span.end += b.start;
        }
        all.extend(found);
    }
    let spans: Vec<(usize, usize)> = layout.blocks.iter().map(|b| (b.start, b.end)).collect();
    person::find_again(text, &spans, &mut all, &PERSON_RULES);
    all.len()
}

/// The pipeline up to resolution (layout and every recognizer), for [`resolve`].
#[derive(Debug, Clone)]
pub struct Resolvable(Layout, crate::resolve::Candidates, Option<i32>);

/// Runs everything before resolution with the default extractor.
pub fn before_resolve(text: &str) -> Resolvable {
    static DEFAULT: Lazy<Extractor> = Lazy::new(Extractor::default);
    let (layout, candidates, year) = DEFAULT.candidates(text);
    Resolvable(layout, candidates, year)
}

/// Resolution alone: settles overlaps, attaches sections and builds the report.
pub fn resolve(text: &str, r: Resolvable) -> Report {
    crate::resolve::resolve(text, r.0, r.1, r.2)
}
