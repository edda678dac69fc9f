//! Resolution: one pass that settles overlaps between numeric candidates, attaches each mention
//! to its innermost section, fills character offsets and builds the [`Report`].

use crate::layout::{HeadingDraft, Layout};
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
    let total = c.money.len() + c.percentages.len() + c.dates.len() + c.counts.len();
    let mut all: Vec<(Span, Kind, usize)> = Vec::with_capacity(total);
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
    let order = best_first(&all);
    // Accepted bytes, one bit each: a candidate overlaps an accepted one exactly when one of
    // its bytes is taken (mention spans are never empty).
    let mut taken = ByteSet::new(all.iter().map(|(s, _, _)| s.end).max().unwrap_or(0));
    let mut kept = vec![false; all.len()];
    for n in order {
        let s = all[n].0;
        if taken.any(s.start, s.end) {
            continue;
        }
        taken.insert(s.start, s.end);
        kept[n] = true;
    }
    fn retain<T>(v: &mut Vec<T>, kept: &[bool]) {
        let mut kept = kept.iter();
        v.retain(|_| kept.next().is_some_and(|k| *k));
    }
    // `all` lists the money, percentages, dates and counts in this order.
    let (money, rest) = kept.split_at(c.money.len());
    let (percent, rest) = rest.split_at(c.percentages.len());
    let (date, count) = rest.split_at(c.dates.len());
    retain(&mut c.money, money);
    retain(&mut c.percentages, percent);
    retain(&mut c.dates, date);
    retain(&mut c.counts, count);
}

/// The indices of `all` (candidates listed kind by kind, in [`Kind`] order), best first: longest,
/// then by kind, then by start, then as listed.
///
/// The candidates of each kind come in text order (each recognizer reads a block from its
/// start, the blocks in order): the list is then in order of kind and start already, and the
/// best-first order is by length, then place in the list. That order needs no comparisons: the
/// candidates are counted by length and placed, longest first, in list order (when the longest
/// is not much longer than the list, so that the counts take linear room).
fn best_first(all: &[(Span, Kind, usize)]) -> Vec<usize> {
    let max_len = all.iter().map(|(s, _, _)| s.len()).max().unwrap_or(0);
    let in_text_order = all
        .windows(2)
        .all(|w| w[0].1 != w[1].1 || w[0].0.start <= w[1].0.start);
    if !in_text_order || max_len > all.len() + 1024 {
        return best_first_by_fields(all);
    }
    // First place of each length (as max_len - len) in the order.
    let mut next = vec![0usize; max_len + 1];
    for (s, _, _) in all {
        next[max_len - s.len()] += 1;
    }
    let mut placed = 0;
    for n in next.iter_mut() {
        let here = *n;
        *n = placed;
        placed += here;
    }
    let mut order = vec![0; all.len()];
    for (n, (s, _, _)) in all.iter().enumerate() {
        let slot = &mut next[max_len - s.len()];
        order[*slot] = n;
        *slot += 1;
    }
    order
}

/// [`best_first`] for any list: the four fields compared one by one. The index in `all` breaks
/// ties, so the unstable sort orders exactly as a stable one would.
fn best_first_by_fields(all: &[(Span, Kind, usize)]) -> Vec<usize> {
    let mut order: Vec<(std::cmp::Reverse<usize>, Kind, usize, usize)> = all
        .iter()
        .enumerate()
        .map(|(n, (s, k, _))| (std::cmp::Reverse(s.len()), *k, s.start, n))
        .collect();
    order.sort_unstable();
    order.into_iter().map(|(_, _, _, n)| n).collect()
}

/// A set of byte offsets, one bit each.
struct ByteSet {
    words: Vec<u64>,
}

impl ByteSet {
    /// An empty set for offsets below `len`.
    fn new(len: usize) -> ByteSet {
        ByteSet {
            words: vec![0; len / 64 + 1],
        }
    }

    /// The bits of `start..end` word by word: (word index, mask).
    fn masks(start: usize, end: usize) -> impl Iterator<Item = (usize, u64)> {
        (start / 64..end.div_ceil(64)).map(move |w| {
            let lo = start.max(w * 64) - w * 64;
            let hi = end.min(w * 64 + 64) - w * 64;
            let mask = if hi - lo == 64 {
                u64::MAX
            } else {
                ((1u64 << (hi - lo)) - 1) << lo
            };
            (w, mask)
        })
    }

    /// True when an offset in `start..end` is in the set.
    fn any(&self, start: usize, end: usize) -> bool {
        Self::masks(start, end).any(|(w, m)| self.words[w] & m != 0)
    }

    /// Adds the offsets `start..end`.
    fn insert(&mut self, start: usize, end: usize) {
        for (w, m) in Self::masks(start, end) {
            self.words[w] |= m;
        }
    }
}

/// Builds the section tree from the layout's headings (their strings moved into the sections),
/// given the byte offsets where they start.
fn sections(
    text: &str,
    headings: Vec<HeadingDraft>,
    starts: &[usize],
    paragraphs: &[Span],
) -> Vec<Section> {
    let levels: Vec<u8> = headings.iter().map(|h| h.level).collect();
    let mut out: Vec<Section> = Vec::with_capacity(headings.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, h) in headings.into_iter().enumerate() {
        while stack.last().is_some_and(|&p| levels[p] >= h.level) {
            stack.pop();
        }
        let end = levels[i + 1..]
            .iter()
            .position(|&l| l <= h.level)
            .map_or(text.len(), |n| starts[i + 1 + n]);
        out.push(Section {
            level: h.level,
            numbering: h.numbering,
            heading: h.heading,
            span: Span::bytes(h.line_start, end),
            heading_span: h.heading_span,
            parent: stack.last().copied(),
            paragraphs: Vec::new(),
        });
        stack.push(i);
    }
    // The paragraphs of a section follow one another: each run is copied at once.
    let mut sections = Sections::new(starts);
    let (mut from, mut owner) = (0, None);
    for (i, p) in paragraphs.iter().enumerate() {
        let s = sections.innermost(p.start);
        if s != owner {
            if let Some(o) = owner {
                out[o].paragraphs.extend_from_slice(&paragraphs[from..i]);
            }
            (from, owner) = (i, s);
        }
    }
    if let Some(o) = owner {
        out[o].paragraphs.extend_from_slice(&paragraphs[from..]);
    }
    out
}

/// Byte → char offset conversion: the number of characters before every 64th byte, counted in
/// one pass over the text, and the characters of the few bytes after that counted per lookup
/// (no sorting of the offsets asked for).
struct CharIndex<'a> {
    bytes: &'a [u8],
    /// Characters in `bytes[..CHUNK * k]`.
    before_chunk: Vec<usize>,
}

/// Bytes per counted chunk of [`CharIndex`].
const CHUNK: usize = 64;

/// The offsets in a chunk of [`CharIndex`], 0 to 63.
const OFFSETS: [u8; CHUNK] = {
    let mut offsets = [0u8; CHUNK];
    let mut i = 0;
    while i < CHUNK {
        offsets[i] = i as u8;
        i += 1;
    }
    offsets
};

/// Characters starting in a chunk: the bytes that are not UTF-8 continuation bytes
/// (`0b10xx_xxxx`). Summed in bytes (at most 64), which the compiler does 16 or 32 at a time.
fn char_starts(chunk: &[u8; CHUNK]) -> usize {
    chunk
        .iter()
        .fold(0u8, |n, &b| n + u8::from((b as i8) >= -0x40))
        .into()
}

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        let mut before_chunk = Vec::with_capacity(bytes.len() / CHUNK + 1);
        let mut count = 0;
        before_chunk.push(0);
        let mut rest = bytes;
        while let Some((chunk, after)) = rest.split_first_chunk::<CHUNK>() {
            count += char_starts(chunk);
            before_chunk.push(count);
            rest = after;
        }
        CharIndex {
            bytes,
            before_chunk,
        }
    }

    /// The char offset of byte offset `byte` (a char boundary, at most the text's length).
    fn get(&self, byte: usize) -> usize {
        let k = byte / CHUNK;
        let before = byte - k * CHUNK;
        // The characters starting in the chunk before `byte`: the whole chunk is read and the
        // bytes from `byte` on are masked out (no copy of a length known only here, which is
        // a call and a mispredicted branch).
        let starts = match self.bytes[k * CHUNK..].first_chunk::<CHUNK>() {
            // Offsets compared as bytes, like the bytes themselves: 16 or 32 at a time.
            Some(chunk) => chunk.iter().zip(&OFFSETS).fold(0u8, |n, (&b, &j)| {
                n + u8::from((j < before as u8) & ((b as i8) >= -0x40))
            }),
            // The text's last, partial chunk.
            None => self.bytes[k * CHUNK..byte]
                .iter()
                .fold(0u8, |n, &b| n + u8::from((b as i8) >= -0x40)),
        };
        self.before_chunk[k] + usize::from(starts)
    }
}

/// The innermost section containing a byte offset: the last heading starting at or before it.
/// Offsets are mostly asked in increasing order (mentions of a kind come in text order): the
/// headings passed are counted on from the last offset instead of searched for again; an offset
/// before the last one is searched for.
struct Sections<'a> {
    /// Where the headings start.
    starts: &'a [usize],
    /// Headings starting at or before `last`.
    before: usize,
    last: usize,
}

impl<'a> Sections<'a> {
    fn new(starts: &'a [usize]) -> Sections<'a> {
        Sections {
            starts,
            before: 0,
            last: 0,
        }
    }

    fn innermost(&mut self, pos: usize) -> Option<usize> {
        if pos < self.last {
            self.before = self.starts.partition_point(|&s| s <= pos);
        } else {
            while self.starts.get(self.before).is_some_and(|&s| s <= pos) {
                self.before += 1;
            }
        }
        self.last = pos;
        self.before.checked_sub(1)
    }
}

fn finish<T: Mention>(v: &mut [T], starts: &[usize], idx: &CharIndex) {
    let mut sections = Sections::new(starts);
    for m in v.iter_mut() {
        let s = m.span();
        *m.section_mut() = sections.innermost(s.start);
        let span = m.span_mut();
        span.char_start = idx.get(s.start);
        span.char_end = idx.get(s.end);
    }
}

/// Builds the report: settles overlaps, builds sections, attributes and completes spans.
pub(crate) fn resolve(text: &str, layout: Layout, mut c: Candidates, year: Option<i32>) -> Report {
    settle_overlaps(&mut c);
    let starts: Vec<usize> = layout.headings.iter().map(|h| h.line_start).collect();
    let mut sections = sections(text, layout.headings, &starts, &layout.paragraphs);
    let idx = CharIndex::new(text);
    let hs = &starts;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_characters_before_any_offset() {
        let text = "全年新增4家，a投入20万元。".repeat(13) + "①x€𝄞";
        let idx = CharIndex::new(&text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(idx.get(b), text[..b].chars().count(), "at byte {b}");
        }
    }

    /// Packed keys order candidates in text order as the fields do, ties and all.
    #[test]
    fn best_first_packed_orders_as_by_fields() {
        let kinds = [Kind::Money, Kind::Percent, Kind::Date, Kind::Count];
        let mut all = Vec::new();
        let mut seed = 7u64;
        for (k, kind) in kinds.into_iter().enumerate() {
            let mut start = k;
            for i in 0..300 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                start += (seed >> 60) as usize % 3; // equal starts too
                let len = 1 + (seed >> 33) as usize % 9;
                all.push((Span::bytes(start, start + len), kind, i));
            }
        }
        assert!(all
            .windows(2)
            .all(|w| w[0].1 != w[1].1 || w[0].0.start <= w[1].0.start));
        assert_eq!(best_first(&all), best_first_by_fields(&all));
    }

    #[test]
    fn byte_set_finds_overlaps_across_words() {
        let mut set = ByteSet::new(300);
        set.insert(60, 130);
        assert!(set.any(129, 140) && set.any(0, 61) && set.any(64, 128));
        assert!(!set.any(0, 60) && !set.any(130, 300));
        set.insert(0, 64);
        assert!(set.any(63, 64) && !set.any(130, 131));
    }
}
