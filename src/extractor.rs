//! The [`Extractor`]: configuration and the pipeline decode → layout → recognizers → resolve.

use crate::layout::{self, headings::HeadingPatterns, Layout};
use crate::positions::Cursor;
use crate::recognize::{date, marks, money, names, number, org, percent, person, quantity};
use crate::resolve::{self, Candidates, Mention};
use crate::{decode, lexicon, Error, Report};
use once_cell::sync::Lazy;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

/// The lists of marks and numerals a parse works on, kept (empty) on each thread for its next
/// parse. Made afresh, a document's lists are large enough (hundreds of kB for a long report)
/// that the allocator maps new pages for them every time and unmaps them after; reused, they
/// cost nothing after the first document.
#[derive(Default)]
struct Scratch {
    marks: marks::Marks,
    numerals: Vec<number::Numeral>,
}

impl Scratch {
    /// Lists whose room exceeds both this (bytes) and twice what the last document used are not
    /// kept: a thread holds at most what its last document needed (or this much), so one huge
    /// document is not paid for again by the next one, nor held after smaller ones.
    const KEEP_ANYWAY: usize = 16 << 20;

    fn take() -> Scratch {
        SCRATCH.with(|s| std::mem::take(&mut *s.borrow_mut()))
    }

    fn give_back(mut self) {
        let bytes = |marks: usize, numerals: usize| {
            marks * std::mem::size_of::<marks::Mark>()
                + numerals * std::mem::size_of::<number::Numeral>()
        };
        let (numeral_marks, date_marks) = (&self.marks.numerals, &self.marks.dates);
        let room = bytes(
            numeral_marks.capacity() + date_marks.capacity(),
            self.numerals.capacity(),
        );
        let used = bytes(numeral_marks.len() + date_marks.len(), self.numerals.len());
        if room <= Self::KEEP_ANYWAY.max(2 * used) {
            self.marks.clear();
            self.numerals.clear();
            SCRATCH.with(|s| *s.borrow_mut() = self);
        }
    }
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

static DEFAULT_PERSON_RULES: Lazy<Arc<person::PersonRules>> =
    Lazy::new(|| Arc::new(person::PersonRules::default()));
static DEFAULT_ORG_RULES: Lazy<Arc<org::OrgRules>> =
    Lazy::new(|| Arc::new(org::OrgRules::default()));
static DEFAULT_NAME_RULES: Lazy<Arc<names::NameRules>> = Lazy::new(|| {
    Arc::new(names::NameRules::new(
        Arc::clone(&DEFAULT_ORG_RULES),
        Arc::clone(&DEFAULT_PERSON_RULES),
    ))
});

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
    today: Option<(u32, u32)>,
    /// The measure words, indexed once here rather than searched at every numeral.
    measure_words: Arc<lexicon::Words>,
    /// Organization and person rules, their words looked for together.
    names: Arc<names::NameRules>,
    currencies: Arc<money::Currencies>,
    heading_patterns: Arc<HeadingPatterns>,
}

/// Builder for [`Extractor`]: the report year or reference date, and the caller's own rules
/// (measure words, currencies, titles, known people and organizations, org suffixes, heading
/// patterns). [`ExtractorBuilder::build`] checks them and returns [`Error::Rule`] for a bad one.
///
/// ```
/// let ex = zhreport::Extractor::builder()
///     .year(2023)
///     .measure_word("只猫")
///     .currency("比索", "MXN")
///     .build()?;
/// let r = ex.extract("收养3只猫，花费300比索。");
/// assert_eq!((r.counts[0].unit.as_deref(), r.money[0].currency.as_str()), (Some("只猫"), "MXN"));
/// # Ok::<(), zhreport::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    year: Option<i32>,
    today: Option<(u32, u32)>,
    extra_measure_words: Vec<String>,
    extra_titles: Vec<String>,
    extra_org_suffixes: Vec<String>,
    extra_orgs: Vec<String>,
    extra_people: Vec<String>,
    extra_currencies: Vec<(String, String)>,
    heading_patterns: Vec<String>,
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

    /// Sets the reference date the text speaks from: its year is the report year, and forms
    /// relative to a day (明天, 上个月, 5天前) resolve against it. An impossible date is ignored.
    ///
    /// ```
    /// let ex = zhreport::Extractor::builder().reference_date(2017, 3, 22).build().unwrap();
    /// let r = ex.extract("明天出发，下个月完工。");
    /// assert_eq!(r.dates[0].start, "2017-03-23");
    /// assert_eq!((r.dates[1].start.as_str(), r.dates[1].end.as_str()), ("2017-04-01", "2017-04-30"));
    /// ```
    pub fn reference_date(mut self, year: i32, month: u32, day: u32) -> Self {
        if date::is_valid(year, month, day) {
            self.year = Some(year);
            self.today = Some((month, day));
        }
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

    /// Adds a title written before a person's name.
    ///
    /// ```
    /// let ex = zhreport::Extractor::builder().title("驻村第一书记").build().unwrap();
    /// let r = ex.extract("驻村第一书记王小明带领村民修路。");
    /// assert_eq!(r.people[0].title.as_deref(), Some("驻村第一书记"));
    /// ```
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.extra_titles.push(title.into());
        self
    }

    /// Adds a suffix that ends an organization's name (院士工作站).
    ///
    /// ```
    /// let ex = zhreport::Extractor::builder().org_suffix("院士工作站").build().unwrap();
    /// let r = ex.extract("新建中铁大桥局院士工作站。");
    /// assert_eq!(r.orgs[0].name, "中铁大桥局院士工作站");
    /// ```
    pub fn org_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.extra_org_suffixes.push(suffix.into());
        self
    }

    /// Adds an organization known by name, found wherever it stands (玉柴, 柳工).
    ///
    /// ```
    /// let ex = zhreport::Extractor::builder().known_org("柳工").build().unwrap();
    /// assert_eq!(ex.extract("柳工入选领军企业。").orgs[0].name, "柳工");
    /// ```
    pub fn known_org(mut self, name: impl Into<String>) -> Self {
        self.extra_orgs.push(name.into());
        self
    }

    /// Adds a person known by name, found wherever the text mentions them, with or without a
    /// title (for names the built-in rules would not take: unusual surnames, names written
    /// without a title).
    ///
    /// ```
    /// let ex = zhreport::Extractor::builder().known_person("阿不都热合曼").build().unwrap();
    /// let r = ex.extract("阿不都热合曼介绍了合作社的经验。");
    /// assert_eq!(r.people[0].name, "阿不都热合曼");
    /// ```
    pub fn known_person(mut self, name: impl Into<String>) -> Self {
        self.extra_people.push(name.into());
        self
    }

    /// Adds a currency word with its ISO 4217 code, recognized before or after an amount
    /// (3000比索, 比索3000). A code that is not three capital letters is an [`Error::Rule`].
    ///
    /// ```
    /// let ex = zhreport::Extractor::builder().currency("比索", "MXN").build().unwrap();
    /// let r = ex.extract("援助资金3000比索。");
    /// assert_eq!(r.money[0].currency, "MXN");
    /// assert!(zhreport::Extractor::builder().currency("比索", "peso").build().is_err());
    /// ```
    pub fn currency(mut self, word: impl Into<String>, iso_code: impl Into<String>) -> Self {
        self.extra_currencies.push((word.into(), iso_code.into()));
        self
    }

    /// Adds a heading pattern (regex syntax, anchored at the start of a line): a matching line
    /// is a heading, the matched text its numbering and the rest of the line its heading; a
    /// pattern that takes the whole line makes the line a heading without numbering. Patterns
    /// are tried in the order given, before the built-in styles; each nests like a numbering
    /// style of its own. A pattern that does not compile or matches an empty line is an
    /// [`Error::Rule`].
    ///
    /// ```
    /// let ex = zhreport::Extractor::builder()
    ///     .heading_pattern(r"【[^】]+】")
    ///     .build()
    ///     .unwrap();
    /// let r = ex.extract("【民生保障】\n全年新增就业1.2万人。");
    /// assert_eq!(r.sections[0].heading, "【民生保障】");
    /// assert_eq!(r.counts[0].section, Some(0));
    /// assert!(zhreport::Extractor::builder().heading_pattern("第(一").build().is_err());
    /// ```
    pub fn heading_pattern(mut self, pattern: impl Into<String>) -> Self {
        self.heading_patterns.push(pattern.into());
        self
    }

    /// Builds the extractor; a blank measure word, title, suffix or name is an [`Error::Rule`].
    ///
    /// ```
    /// assert!(zhreport::Extractor::builder().measure_word(" ").build().is_err());
    /// ```
    pub fn build(self) -> Result<Extractor, Error> {
        for w in &self.extra_measure_words {
            if w.trim().is_empty() {
                return Err(Error::Rule {
                    rule: w.clone(),
                    reason: "a measure word cannot be blank".into(),
                });
            }
        }
        let measure_words = if self.extra_measure_words.is_empty() {
            Arc::clone(quantity::default_measure_words())
        } else {
            let all = lexicon::MEASURE_WORDS.iter().copied();
            Arc::new(lexicon::Words::new(
                all.chain(self.extra_measure_words.iter().map(String::as_str)),
            ))
        };
        for w in self
            .extra_titles
            .iter()
            .chain(&self.extra_org_suffixes)
            .chain(&self.extra_orgs)
            .chain(&self.extra_people)
            .chain(self.extra_currencies.iter().map(|(w, _)| w))
        {
            if w.trim().is_empty() {
                return Err(Error::Rule {
                    rule: w.clone(),
                    reason: "a title, suffix or name cannot be blank".into(),
                });
            }
        }
        for (word, code) in &self.extra_currencies {
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(Error::Rule {
                    rule: format!("{word} {code}"),
                    reason: "a currency code is three capital letters (ISO 4217)".into(),
                });
            }
        }
        let heading_patterns = Arc::new(HeadingPatterns::new(&self.heading_patterns)?);
        let currencies = Arc::new(money::Currencies::new(&self.extra_currencies));
        // The built-in automata take milliseconds to build: extractors without extras of a kind
        // share one set, so building an extractor per reference year stays cheap.
        let default_people = self.extra_titles.is_empty() && self.extra_people.is_empty();
        let default_orgs = self.extra_org_suffixes.is_empty() && self.extra_orgs.is_empty();
        let names = if default_people && default_orgs {
            Arc::clone(&DEFAULT_NAME_RULES)
        } else {
            let person_rules = if default_people {
                Arc::clone(&DEFAULT_PERSON_RULES)
            } else {
                Arc::new(person::PersonRules::with_names(
                    &self.extra_titles,
                    &self.extra_people,
                ))
            };
            let org_rules = if default_orgs {
                Arc::clone(&DEFAULT_ORG_RULES)
            } else {
                Arc::new(org::OrgRules::new(
                    &self.extra_org_suffixes,
                    &self.extra_orgs,
                ))
            };
            Arc::new(names::NameRules::new(org_rules, person_rules))
        };
        Ok(Extractor {
            year: self.year,
            today: self.today,
            measure_words,
            names,
            currencies,
            heading_patterns,
        })
    }
}

impl Default for Extractor {
    fn default() -> Self {
        ExtractorBuilder::default()
            .build()
            .expect("the default lexicons are valid")
    }
}

impl Extractor {
    /// A builder with the default lexicons.
    ///
    /// ```
    /// let ex = zhreport::Extractor::builder().build().unwrap();
    /// assert_eq!(ex.extract("新建4家院士工作站。").counts[0].value.to_i64(), Some(4));
    /// ```
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
        let (layout, all, year) = self.candidates(text);
        resolve::resolve(text, layout, all, year)
    }

    /// Everything before resolution: the layout, every recognizer's candidates and the report
    /// year (split out so the benchmarks can time resolution alone).
    pub(crate) fn candidates(&self, text: &str) -> (Layout, Candidates, Option<i32>) {
        let layout = layout::analyze_with(text, &self.heading_patterns);
        let blocks: Vec<(usize, usize)> = layout.blocks.iter().map(|b| (b.start, b.end)).collect();
        let block_texts = || blocks.iter().map(|&(start, end)| &text[start..end]);
        // Each stage runs over every block (below: every block of a group) before the next
        // starts, rather than every stage per block, so the code of one recognizer stays in the
        // instruction cache while it works.
        // The characters the numeral and date scans look at, marked in one pass per block.
        let mut scratch = Scratch::take();
        let marks = &mut scratch.marks;
        let block_marks: Vec<_> = block_texts().map(|t| marks.find(t)).collect();
        // Likewise every block's numerals in one list.
        let marks = &scratch.marks;
        let all_numerals = &mut scratch.numerals;
        let block_numerals: Vec<_> = block_texts()
            .zip(&block_marks)
            .map(|(t, marked)| {
                let first = all_numerals.len();
                number::scan_marked(t, &marks.numerals[marked.numerals.clone()], all_numerals);
                first..all_numerals.len()
            })
            .collect();
        let all_numerals = &scratch.numerals[..];
        let numerals_of = |blocks: &[Range<usize>]| {
            blocks
                .iter()
                .map(|r| &all_numerals[r.clone()])
                .collect::<Vec<_>>()
        };
        let years = date::DateContext {
            today: self.today,
            ..infer_years(
                text,
                &layout,
                numerals_of(&block_numerals).into_iter(),
                self.year,
            )
        };
        let year = years.year;
        let mut all = Candidates::default();
        let mut name_finds = names::NameFinds::default();
        // The scale characters 百千万 are numeral marks; 亿 (which starts no numeral) is found
        // in one pass over the whole text.
        let yi_positions = quantity::yi_positions(text);
        let mut yi_at = ByBlock::new(&yi_positions);
        // Likewise the words of a share without a numeral (打对折, 半成).
        let half_ends = percent::half_word_ends(text);
        let mut half_at = ByBlock::new(&half_ends);
        let parts = forward_parts(&layout, &years);
        let forward = date::DateContext {
            parts_year: years.now,
            ..years
        };
        let mut part = parts.iter().peekable();
        let mut looking_forward = false;
        // The stages below take a group of blocks (about GROUP_BYTES of text) at a time: still
        // many blocks per stage, and the group's text and numerals stay in the data caches
        // while every stage reads them (over a whole long document they would be read from
        // memory once per stage).
        for group in block_groups(&blocks) {
            let blocks = &blocks[group.clone()];
            let block_marks = &block_marks[group.clone()];
            let group_numerals = numerals_of(&block_numerals[group]);
            let numerals = || group_numerals.iter().copied();
            let block_texts = || blocks.iter().map(|&(start, end)| &text[start..end]);
            let texts_at = block_texts().zip(blocks.iter().map(|b| b.0));
            let (orgs, people) = (&mut all.orgs, &mut all.people);
            self.names.find(texts_at, &mut name_finds, orgs, people);
            let scale_words: Vec<Vec<number::Numeral>> = block_texts()
                .zip(blocks)
                .zip(numerals().zip(block_marks))
                .map(|((t, &(start, end)), (nums, marked))| {
                    let scale_at = quantity::scale_positions_marked(
                        &marks.numerals[marked.numerals.clone()],
                        yi_at.within(start, end),
                    );
                    quantity::scale_word_numerals_at(t, nums, scale_at)
                })
                .collect();
            let numbered = || block_texts().zip(blocks).zip(numerals().zip(&scale_words));
            // Counts in two steps, each over every block: the units at the numerals, then the
            // items and actions of the counts found (a large body of code few numerals reach).
            // Their spans are the blocks' until both are done.
            let mut counts_of_block = Vec::with_capacity(blocks.len());
            for (((t, _), (nums, scale_words)), marked) in numbered().zip(block_marks) {
                // 翻一番: its 一 is a numeral mark.
                let marked = &marks.numerals[marked.numerals.clone()];
                let doubling = quantity::doubling_positions_marked(t, marked);
                let first = all.counts.len();
                let words = &self.measure_words;
                quantity::find_units(t, nums, scale_words, doubling, words, &mut all.counts);
                counts_of_block.push(first..all.counts.len());
            }
            for ((t, &(start, _)), found) in block_texts().zip(blocks).zip(counts_of_block) {
                let found = &mut all.counts[found];
                quantity::read_items(t, found);
                shift_spans(found, start);
            }
            for ((t, &(start, _)), (nums, scale_words)) in numbered() {
                let first = all.money.len();
                money::find_into(t, nums, scale_words, &self.currencies, &mut all.money);
                shift_spans(&mut all.money[first..], start);
            }
            for ((t, &(start, end)), (nums, _)) in numbered() {
                let first = all.percentages.len();
                let half_words = half_at.within(start, end);
                percent::find_into(t, nums, half_words, &mut all.percentages);
                shift_spans(&mut all.percentages[first..], start);
            }
            for ((t, &(start, _)), marked) in block_texts().zip(blocks).zip(block_marks) {
                while let Some(&&(part_start, fwd)) = part.peek() {
                    if part_start > start {
                        break;
                    }
                    looking_forward = fwd;
                    part.next();
                }
                let ctx = if looking_forward { &forward } else { &years };
                let first = all.dates.len();
                date::find_marked(t, &marks.dates[marked.dates.clone()], ctx, &mut all.dates);
                shift_spans(&mut all.dates[first..], start);
            }
        }
        // A name found once is found wherever else the document mentions it.
        let (starts, rules) = (Some(&name_finds.name_starts[..]), &self.names.people);
        person::find_again_at(text, &blocks, starts, &mut all.people, rules);
        scratch.give_back();
        (layout, all, year)
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
        report.meta.encoding = Some(decoded.encoding.into());
        Ok(report)
    }
}

/// Moves the spans of the mentions found in a block (from the block's start) to the text's.
fn shift_spans<T: Mention>(found: &mut [T], offset: usize) {
    for m in found {
        let span = m.span_mut();
        span.start += offset;
        span.end += offset;
    }
}

/// A sorted list of positions in a whole text, handed out block by block (blocks come in text
/// order).
struct ByBlock<'a> {
    at: &'a [usize],
    cursor: Cursor,
}

impl<'a> ByBlock<'a> {
    fn new(at: &'a [usize]) -> ByBlock<'a> {
        let cursor = Cursor::default();
        ByBlock { at, cursor }
    }

    /// The positions from `start` to before `end`, made relative to `start` by
    /// [`quantity::within`] (which then searches only them).
    fn within(&mut self, start: usize, end: usize) -> impl Iterator<Item = usize> + 'a {
        let rest = self.cursor.from(self.at, start);
        let inside = rest.iter().take_while(|&&p| p < end).count();
        quantity::within(&rest[..inside], start, end)
    }
}

/// The years dates resolve against, found once per document.
///
/// The report year (`Report.year`) is, in order: the override; a year in the title or subtitle;
/// the year after a "N年工作回顾" heading (a government work report delivered in N+1); the most
/// frequent year written with 年 (moved one year on for a government work report that reviews N
/// and plans N+1); the year of the published date.
///
/// A government work report is written in its year and looks back on the year before; a text
/// whose year comes from its title is written in and looks back on that year; a text whose year
/// is only the most frequent one is a look back written after it when it says 去年 or 新的一年 and
/// never 今年 or 明年 (or when its published date says so).
/// Text per group of blocks taken through the stages together (see [`Extractor::candidates`]):
/// large enough that every stage runs over many blocks, small enough to stay in the caches.
const GROUP_BYTES: usize = 256 << 10;

/// Consecutive ranges of `blocks` (indices) of about [`GROUP_BYTES`] of text each.
fn block_groups(blocks: &[(usize, usize)]) -> Vec<Range<usize>> {
    let mut groups = Vec::new();
    let (mut first, mut bytes) = (0, 0);
    for (k, &(start, end)) in blocks.iter().enumerate() {
        bytes += end - start;
        if bytes >= GROUP_BYTES {
            groups.push(first..k + 1);
            (first, bytes) = (k + 1, 0);
        }
    }
    if first < blocks.len() {
        groups.push(first..blocks.len());
    }
    groups
}

fn infer_years<'a>(
    text: &str,
    layout: &Layout,
    numerals: impl Iterator<Item = &'a [number::Numeral]>,
    over: Option<i32>,
) -> date::DateContext {
    let year_in = |s: &str| {
        number::scan(s).iter().find_map(|n| {
            let v = n.number.value.to_i64()?;
            ((1949..=2100).contains(&v)
                && n.digit_string
                && s[n.end..].trim_start().starts_with('年'))
            .then_some(v as i32)
        })
    };
    let published = layout
        .meta
        .published
        .as_deref()
        .and_then(|p| p.get(..4)?.parse::<i32>().ok());
    let title = layout.title.as_ref().map(|t| t.0.as_str());
    let gov_title = title.is_some_and(|t| t.contains("政府工作报告"));
    let titled = title
        .and_then(year_in)
        .or_else(|| layout.subtitle.as_deref().and_then(year_in));
    let review_heading = layout.headings.iter().find_map(|h| {
        (h.heading.ends_with("工作回顾"))
            .then(|| year_in(&h.heading))
            .flatten()
    });
    let context = |year: i32, gov: bool| date::DateContext {
        year: Some(year),
        now: Some(year),
        reviewed: Some(if gov { year - 1 } else { year }),
        today: None,
        parts_year: None,
    };
    if let Some(y) = over.or(titled) {
        return context(y, gov_title || review_heading == Some(y - 1));
    }
    if let Some(n) = review_heading {
        return context(n + 1, true);
    }
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for (block, nums) in layout.blocks.iter().zip(numerals) {
        for n in nums {
            let Some(v) = n.number.value.to_i64() else {
                continue;
            };
            if n.digit_string
                && n.arabic
                && (1949..=2100).contains(&v)
                && text[block.start + n.end..].starts_with('年')
            {
                match counts.iter_mut().find(|(y, _)| *y == v as i32) {
                    Some(e) => e.1 += 1,
                    None => counts.push((v as i32, 1)),
                }
            }
        }
    }
    let Some((dominant, freq)) = counts.iter().copied().max_by_key(|&(y, c)| (c, y)) else {
        return published.map_or_else(date::DateContext::default, |y| context(y, false));
    };
    // A government work report (or news of one) reviews N and plans N+1: its year is N+1.
    let next = counts
        .iter()
        .find(|(y, _)| *y == dominant + 1)
        .map_or(0, |c| c.1);
    if text.contains("政府工作报告") && next >= 2 && next * 2 >= freq {
        return context(dominant + 1, true);
    }
    let mut ctx = context(dominant, false);
    let written_after = match published {
        Some(p) if p == dominant || p == dominant + 1 => p > dominant,
        _ => {
            !text.contains("今年")
                && !text.contains("明年")
                && (says_last_year(text) || text.contains("新的一年"))
        }
    };
    if written_after {
        ctx.now = Some(dominant + 1);
    }
    ctx
}

/// Words of a top-level heading that opens the forward-looking part of a government work report
/// (2026年重点工作, 今年工作安排): there 年底 / 上半年 / 年内 are the report's own year.
const FORWARD_HEADING_WORDS: &[&str] = &[
    "工作安排",
    "重点工作",
    "主要任务",
    "主要工作",
    "总体要求",
    "工作任务",
    "政策取向",
    "总体部署",
    "目标任务",
    "今年",
];

/// Where, in a report that looks back on the year before its own (a government work report), the
/// top-level sections switch between looking back (工作回顾) and looking forward (2026年重点工作):
/// (heading line start, forward) in document order. Other headings keep the part they are in.
fn forward_parts(layout: &Layout, years: &date::DateContext) -> Vec<(usize, bool)> {
    let (Some(now), Some(reviewed)) = (years.now, years.reviewed) else {
        return Vec::new();
    };
    if reviewed >= now {
        return Vec::new();
    }
    let own_year = format!("{now}年");
    let mut out = Vec::new();
    for h in layout.headings.iter().filter(|h| h.level == 1) {
        let t = h.heading.as_str();
        if t.contains("回顾") || t.contains("成就") {
            out.push((h.line_start, false));
        } else if t.contains(&own_year) || FORWARD_HEADING_WORDS.iter().any(|w| t.contains(w)) {
            out.push((h.line_start, true));
        }
    }
    out
}

/// Whether the text says 去年 as a date (not as a baseline: 比去年, 与去年持平, 去年同期).
fn says_last_year(text: &str) -> bool {
    text.match_indices("去年").any(|(i, w)| {
        let before = text[..i].chars().next_back();
        let after = &text[i + w.len()..];
        !before.is_some_and(|c| matches!(c, '比' | '较' | '与' | '同' | '和' | '跟' | '于' | '过'))
            && !after.starts_with("同期")
            && !after.starts_with("同比")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_groups_cover_every_block_once_in_order() {
        let blocks: Vec<(usize, usize)> = (0..2000).map(|k| (k * 1000, k * 1000 + 700)).collect();
        let groups = block_groups(&blocks);
        assert!(groups.len() > 1);
        let mut next = 0;
        for (k, g) in groups.iter().enumerate() {
            assert_eq!(g.start, next);
            let bytes: usize = blocks[g.clone()].iter().map(|&(s, e)| e - s).sum();
            if k + 1 < groups.len() {
                assert!((GROUP_BYTES..GROUP_BYTES + 700).contains(&bytes), "{bytes}");
            }
            next = g.end;
        }
        assert_eq!(next, blocks.len());
        assert!(block_groups(&[]).is_empty());
    }

    /// A document of many groups gives every mention once, in order, with its document span.
    #[test]
    fn a_long_document_is_read_whole_across_groups() {
        let line = "新建4家院士工作站，投入20万元，增长5%。\n";
        let repeats = 3 * GROUP_BYTES / line.len();
        let text = line.repeat(repeats);
        let r = Extractor::default().extract(&text);
        assert_eq!(r.counts.len(), repeats);
        assert_eq!(r.money.len(), repeats);
        assert_eq!(r.percentages.len(), repeats);
        for (k, c) in r.counts.iter().enumerate() {
            assert_eq!(&text[c.span.start..c.span.end], "4家");
            assert_eq!(c.span.start, k * line.len() + "新建".len());
        }
    }
}
