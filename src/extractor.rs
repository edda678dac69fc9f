//! The [`Extractor`]: configuration and the pipeline decode → layout → recognizers → resolve.

use crate::layout::{self, Layout};
use crate::recognize::{date, money, number, org, percent, person, quantity};
use crate::resolve::{self, Candidates};
use crate::{decode, lexicon, Error, Report};

/// A configured extractor. Build one with [`Extractor::builder`] and reuse it; it is cheap to
/// share across threads.
///
/// ```
/// let ex = zhreport::Extractor::builder().year(2022).build().unwrap();
/// let r = ex.extract("新建4家院士工作站。");
/// assert_eq!(r.year, Some(2022));
/// assert_eq!(r.counts.len(), 1);
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    year: Option<i32>,
    measure_words: Vec<String>,
}

/// Builder for [`Extractor`].
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    year: Option<i32>,
    extra_measure_words: Vec<String>,
}

impl ExtractorBuilder {
    /// Sets the report year (instead of inferring it from the title or the text); relative dates
    /// (今年, 去年) resolve against it.
    ///
    /// ```
    /// let ex = zhreport::Extractor::builder().year(2019).build().unwrap();
    /// assert_eq!(ex.extract("工作总结").year, Some(2019));
    /// ```
    pub fn year(mut self, year: i32) -> Self {
        self.year = Some(year);
        self
    }

    /// Adds a measure word or unit that makes a number a count.
    ///
    /// ```
    /// let ex = zhreport::Extractor::builder().measure_word("只猫").build().unwrap();
    /// assert_eq!(ex.extract("收养3只猫。").counts[0].unit.as_deref(), Some("只猫"));
    /// ```
    pub fn measure_word(mut self, word: impl Into<String>) -> Self {
        self.extra_measure_words.push(word.into());
        self
    }

    /// Builds the extractor; a blank measure word is an [`Error::Rule`].
    ///
    /// ```
    /// assert!(zhreport::Extractor::builder().measure_word(" ").build().is_err());
    /// ```
    pub fn build(self) -> Result<Extractor, Error> {
        let mut measure_words: Vec<String> = lexicon::MEASURE_WORDS.iter().map(|s| s.to_string()).collect();
        for w in self.extra_measure_words {
            if w.trim().is_empty() {
                return Err(Error::Rule { rule: w, reason: "a measure word cannot be blank".into() });
            }
            measure_words.push(w);
        }
        Ok(Extractor { year: self.year, measure_words })
    }
}

impl Default for Extractor {
    fn default() -> Self {
        ExtractorBuilder::default().build().expect("the default lexicons are valid")
    }
}

impl Extractor {
    /// A builder with the default lexicons.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts a report from text. Never fails: text without facts gives an empty report.
    ///
    /// ```
    /// let r = zhreport::Extractor::default().extract("");
    /// assert!(r.counts.is_empty() && r.sections.is_empty());
    /// ```
    pub fn extract(&self, text: &str) -> Report {
        let layout = layout::analyze(text);
        let numerals: Vec<Vec<number::Numeral>> =
            layout.blocks.iter().map(|b| number::scan(&text[b.start..b.end])).collect();
        let year = self.year.or_else(|| infer_year(text, &layout, &numerals));
        let mut all = Candidates::default();
        for (block, nums) in layout.blocks.iter().zip(&numerals) {
            let t = &text[block.start..block.end];
            let found = Candidates {
                counts: quantity::find(t, nums, &self.measure_words),
                money: money::find(t, nums),
                percentages: percent::find(t, nums),
                dates: date::find(t, year),
                people: person::find(t),
                orgs: org::find(t),
            };
            all.absorb(found, block.start);
        }
        resolve::resolve(text, layout, all, year)
    }

    /// Decodes bytes (UTF-8, UTF-16 with BOM, GB18030) and extracts a report.
    ///
    /// ```
    /// let r = zhreport::Extractor::default().extract_bytes("投入20万元。".as_bytes()).unwrap();
    /// assert_eq!(r.meta.encoding.as_deref(), Some("UTF-8"));
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Report, Error> {
        let decoded = decode::decode(bytes)?;
        let mut report = self.extract(&decoded.text);
        report.meta.encoding = Some(decoded.encoding.to_string());
        Ok(report)
    }
}

/// The report year: a year in the title or subtitle; else the year after a "N年工作回顾"
/// heading; else the most frequent 4-digit year written with 年.
fn infer_year(text: &str, layout: &Layout, numerals: &[Vec<number::Numeral>]) -> Option<i32> {
    let year_in = |s: &str| {
        number::scan(s).iter().find_map(|n| {
            let v = n.number.value.to_i64()?;
            ((1949..=2100).contains(&v) && n.digit_string).then_some(v as i32)
        })
    };
    if let Some(y) = layout.title.as_ref().and_then(|t| year_in(&t.0)) {
        return Some(y);
    }
    if let Some(y) = layout.subtitle.as_deref().and_then(year_in) {
        return Some(y);
    }
    for h in &layout.headings {
        if h.heading.ends_with("工作回顾") {
            if let Some(y) = year_in(&h.heading) {
                return Some(y + 1);
            }
        }
    }
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for (block, nums) in layout.blocks.iter().zip(numerals) {
        for n in nums {
            let Some(v) = n.number.value.to_i64() else { continue };
            if n.digit_string && (1949..=2100).contains(&v) && text[block.start + n.end..].starts_with('年') {
                match counts.iter_mut().find(|(y, _)| *y == v as i32) {
                    Some(e) => e.1 += 1,
                    None => counts.push((v as i32, 1)),
                }
            }
        }
    }
    counts.into_iter().max_by_key(|&(y, c)| (c, y)).map(|(y, _)| y)
}
