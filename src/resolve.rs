//! Resolution: one pass that settles overlaps between numeric candidates, attaches each mention
//! to its innermost section, fills character offsets and builds the [`Report`].

use crate::layout::Layout;
use crate::{Count, DateMention, Money, Org, Percentage, Person, Report, Section, Span};

/// Access to the span and section of any mention type.
pub(crate) trait Mention {
    fn span(&self) -> Span;
    fn span_mut(&mut self) -> &mut Span;
    fn section_mut(&mut self) -> &mut Option<usize>;
}

macro_rules! impl_mention {
    ($($t:ty),*) => {$(
        impl Mention for $t {
            fn span(&self) -> Span { self.span }
            fn span_mut(&mut self) -> &mut Span { &mut self.span }
            fn section_mut(&mut self) -> &mut Option<usize> { &mut self.section }
        }
    )*};
}
impl_mention!(Count, Money, Percentage, DateMention, Person, Org);

/// The numeric candidates found in a document, before overlaps are settled.
#[derive(Debug, Default, Clone)]
pub(crate) struct Candidates {
    pub counts: Vec<Count>,
    pub money: Vec<Money>,
    pub percentages: Vec<Percentage>,
    pub dates: Vec<DateMention>,
    pub people: Vec<Person>,
    pub orgs: Vec<Org>,
}

impl Candidates {
    /// Moves the mentions found in a block (spans relative to the block) into the document.
    pub fn absorb(&mut self, mut block: Candidates, offset: usize) {
        fn shift<T: Mention>(v: &mut Vec<T>, into: &mut Vec<T>, offset: usize) {
            for m in v.iter_mut() {
                let s = m.span_mut();
                s.start += offset;
                s.end += offset;
            }
            into.append(v);
        }
        shift(&mut block.counts, &mut self.counts, offset);
        shift(&mut block.money, &mut self.money, offset);
        shift(&mut block.percentages, &mut self.percentages, offset);
        shift(&mut block.dates, &mut self.dates, offset);
        shift(&mut block.people, &mut self.people, offset);
        shift(&mut block.orgs, &mut self.orgs, offset);
    }
}

/// Priority when two candidates of equal length overlap: money > percent > date > count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Money = 0,
    Percent = 1,
    Date = 2,
    Count = 3,
}

/// Keeps, among overlapping numeric candidates, the longest; equal lengths go by priority.
fn settle_overlaps(c: &mut Candidates) {
    let mut all: Vec<(Span, Kind, usize)> = Vec::new();
    all.extend(
        c.money
            .iter()
            .enumerate()
            .map(|(i, m)| (m.span, Kind::Money, i)),
    );
    all.extend(
        c.percentages
            .iter()
            .enumerate()
            .map(|(i, m)| (m.span, Kind::Percent, i)),
    );
    all.extend(
        c.dates
            .iter()
            .enumerate()
            .map(|(i, m)| (m.span, Kind::Date, i)),
    );
    all.extend(
        c.counts
            .iter()
            .enumerate()
            .map(|(i, m)| (m.span, Kind::Count, i)),
    );
    // Best first; accept a candidate when it overlaps nothing accepted so far.
    all.sort_by_key(|(s, k, _)| (std::cmp::Reverse(s.len()), *k, s.start));
    let mut accepted: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new(); // start → end
    let mut keep = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
    for (s, k, i) in all {
        let before = accepted.range(..s.end).next_back();
        if before.is_some_and(|(_, &end)| end > s.start) {
            continue;
        }
        accepted.insert(s.start, s.end);
        keep[k as usize].push(i);
    }
    fn retain<T>(v: &mut Vec<T>, keep: &mut [usize]) {
        keep.sort_unstable();
        let mut idx = 0;
        let mut k = 0;
        v.retain(|_| {
            let ok = k < keep.len() && keep[k] == idx;
            if ok {
                k += 1;
            }
            idx += 1;
            ok
        });
    }
    let [money, percent, date, count] = &mut keep;
    retain(&mut c.money, money);
    retain(&mut c.percentages, percent);
    retain(&mut c.dates, date);
    retain(&mut c.counts, count);
}

/// Builds the section tree from the layout's headings.
fn sections(text: &str, layout: &Layout) -> Vec<Section> {
    let hs = &layout.headings;
    let mut out: Vec<Section> = Vec::with_capacity(hs.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, h) in hs.iter().enumerate() {
        while stack.last().is_some_and(|&p| hs[p].level >= h.level) {
            stack.pop();
        }
        let end = hs[i + 1..]
            .iter()
            .find(|n| n.level <= h.level)
            .map_or(text.len(), |n| n.line_start);
        out.push(Section {
            level: h.level,
            numbering: h.numbering.clone(),
            heading: h.heading.clone(),
            span: Span::bytes(h.line_start, end),
            heading_span: h.heading_span,
            parent: stack.last().copied(),
            paragraphs: Vec::new(),
        });
        stack.push(i);
    }
    for p in &layout.paragraphs {
        if let Some(s) = innermost(hs, p.start) {
            out[s].paragraphs.push(*p);
        }
    }
    out
}

/// The innermost section containing byte `pos`: the last heading starting at or before it.
fn innermost(hs: &[crate::layout::HeadingDraft], pos: usize) -> Option<usize> {
    hs.partition_point(|h| h.line_start <= pos).checked_sub(1)
}

/// Byte → char offset conversion for a sorted set of byte offsets, in one walk over the text.
struct CharIndex {
    bytes: Vec<usize>,
    chars: Vec<usize>,
}

impl CharIndex {
    fn new(text: &str, mut offsets: Vec<usize>) -> CharIndex {
        offsets.sort_unstable();
        offsets.dedup();
        let mut chars = Vec::with_capacity(offsets.len());
        let (mut byte, mut count) = (0usize, 0usize);
        for &o in &offsets {
            count += text[byte..o].chars().count();
            byte = o;
            chars.push(count);
        }
        CharIndex {
            bytes: offsets,
            chars,
        }
    }

    fn get(&self, byte: usize) -> usize {
        let i = self.bytes.partition_point(|&b| b < byte);
        self.chars[i]
    }
}

fn finish<T: Mention>(v: &mut [T], hs: &[crate::layout::HeadingDraft], idx: &CharIndex) {
    for m in v.iter_mut() {
        let s = m.span();
        *m.section_mut() = innermost(hs, s.start);
        let span = m.span_mut();
        span.char_start = idx.get(s.start);
        span.char_end = idx.get(s.end);
    }
}

/// Builds the report: settles overlaps, builds sections, attributes and completes spans.
pub(crate) fn resolve(text: &str, layout: Layout, mut c: Candidates, year: Option<i32>) -> Report {
    settle_overlaps(&mut c);
    let mut sections = sections(text, &layout);
    let mut offsets = Vec::new();
    {
        let mut add = |s: &Span| {
            offsets.push(s.start);
            offsets.push(s.end);
        };
        c.counts.iter().for_each(|m| add(&m.span));
        c.money.iter().for_each(|m| add(&m.span));
        c.percentages.iter().for_each(|m| add(&m.span));
        c.dates.iter().for_each(|m| add(&m.span));
        c.people.iter().for_each(|m| add(&m.span));
        c.orgs.iter().for_each(|m| add(&m.span));
        for s in &sections {
            add(&s.span);
            add(&s.heading_span);
            s.paragraphs.iter().for_each(&mut add);
        }
    }
    let idx = CharIndex::new(text, offsets);
    let hs = &layout.headings;
    finish(&mut c.counts, hs, &idx);
    finish(&mut c.money, hs, &idx);
    finish(&mut c.percentages, hs, &idx);
    finish(&mut c.dates, hs, &idx);
    finish(&mut c.people, hs, &idx);
    finish(&mut c.orgs, hs, &idx);
    for s in &mut sections {
        for span in std::iter::once(&mut s.span)
            .chain(std::iter::once(&mut s.heading_span))
            .chain(s.paragraphs.iter_mut())
        {
            span.char_start = idx.get(span.start);
            span.char_end = idx.get(span.end);
        }
    }
    Report {
        title: layout.title.map(|t| t.0),
        subtitle: layout.subtitle,
        year,
        meta: layout.meta,
        sections,
        counts: c.counts,
        money: c.money,
        percentages: c.percentages,
        dates: c.dates,
        people: c.people,
        orgs: c.orgs,
    }
}
