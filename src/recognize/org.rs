//! Organizations: names ending in an organizational suffix, with their full left extent
//! (中铁大桥局集团有限公司), place-prefixed abbreviations (市科协, 市委宣传部) and known bodies
//! (国务院, 市委, 中国科协).
//!
//! How a name is read: an Aho-Corasick pass finds every suffix (集团, 医院, 局 …) and every known
//! name; from each suffix the name is read leftwards until punctuation, a word that introduces a
//! name (在, 推动, 组建 … — [`ORG_LEFT_STOPS`]) or 24 characters. The candidate is then checked:
//! generic references (全市科协系统, 国家实验室, 5家医院) and internal units (院党委) are dropped,
//! one-character suffixes need a place at the start (市财政局, not 格局). Overlapping candidates
//! are settled longest first.

use crate::lexicon::names::{
    KNOWN_ORGS, ORG_ANCHORED_SUFFIXES, ORG_ANCHORS, ORG_BLOCKED_FOLLOWERS, ORG_GENERIC_HEADS,
    ORG_GENERIC_MODIFIERS, ORG_GENERIC_PREFIXES, ORG_GOVERNMENT_QUALITIES, ORG_LEFT_STOPS,
    ORG_NOT_PLACE_LAST, ORG_STOPS_NAMING_BEFORE_SUFFIX, ORG_SUFFIXES, ORG_SUFFIX_BLOCKED_NEXT,
    ORG_SUFFIX_BLOCKED_PREV, ORG_WEAK_SUFFIXES, PLACE_NAMES,
};
use crate::lexicon::{CharSet, Words};
use crate::recognize::word_ends::WordEnds;
use crate::{Org, Span};
use once_cell::sync::Lazy;

/// Characters that make a one-character level (区, 市, 省, 县) the start of a common word
/// (区域, 市场, 省级, 县域, 市长) rather than a place.
const ANCHOR_WORD_NEXT: &str = "域场级内外属情民长间别分位块容值面份钱力城";

/// [`PLACE_NAMES`], indexed: is any of them inside a candidate name.
static PLACE_NAMES_IX: Lazy<Words> = Lazy::new(|| Words::new(PLACE_NAMES));

/// [`ORG_ANCHORS`], indexed: does a candidate name begin with one. None begins another, so
/// the one a text starts with is the longest.
static ANCHORS_IX: Lazy<Words> = Lazy::new(|| Words::new(ORG_ANCHORS));

/// [`ANCHOR_WORD_NEXT`] as a set.
static ANCHOR_WORD_NEXT_SET: Lazy<CharSet> = Lazy::new(|| CharSet::new(ANCHOR_WORD_NEXT.chars()));

/// [`ORG_NOT_PLACE_LAST`] as a set.
static NOT_PLACE_LAST_SET: Lazy<CharSet> = Lazy::new(|| CharSet::new(ORG_NOT_PLACE_LAST.chars()));

/// The longest name read leftwards from a suffix, in characters.
const MAX_NAME_CHARS: usize = 24;

/// Compiled organization lexicons: suffixes, known names and the words around names.
/// [`OrgRules::default`] holds the built-in tables; [`crate::ExtractorBuilder`] adds to them.
///
/// ```
/// use zhreport::recognize::org::{find_with, OrgRules};
/// let rules = OrgRules::new(&["院士工作站"], &["玉柴"]);
/// let names: Vec<_> = find_with("玉柴入选领军企业，同济医院院士工作站揭牌", &rules).into_iter().map(|o| o.name).collect();
/// assert_eq!(names, vec!["玉柴", "同济医院院士工作站"]);
/// ```
#[derive(Debug, Clone)]
pub struct OrgRules {
    /// Per suffix pattern: (text, needs a place at the start).
    suffix_info: Vec<(String, bool)>,
    /// Per suffix pattern, what the tables say of it.
    suffix_traits: Vec<SuffixTraits>,
    known_names: Vec<String>,
    /// Suffixes then known names in one index (every occurrence): [`find_with`] reads a text
    /// once for both. Word ids below `suffix_info.len()` are suffixes.
    suffixes_and_known: WordEnds,
    left_stops: WordSet,
    generic_prefixes: Words,
    generic_modifiers: Words,
}

static DEFAULT_RULES: Lazy<OrgRules> = Lazy::new(|| OrgRules::new::<&str>(&[], &[]));

impl Default for OrgRules {
    fn default() -> Self {
        DEFAULT_RULES.clone()
    }
}

impl OrgRules {
    /// The built-in tables plus `extra_suffixes` (ending a name whatever stands before them) and
    /// `extra_known` names (found wherever they stand).
    ///
    /// ```
    /// let rules = zhreport::recognize::org::OrgRules::new(&["院士工作站"], &[] as &[&str]);
    /// let orgs = zhreport::recognize::org::find_with("，同济医院院士工作站揭牌", &rules);
    /// assert_eq!(orgs[0].name, "同济医院院士工作站");
    /// ```
    pub fn new<S: AsRef<str>>(extra_suffixes: &[S], extra_known: &[S]) -> OrgRules {
        let mut suffix_info: Vec<(String, bool)> = ORG_SUFFIXES
            .iter()
            .map(|s| (s.to_string(), false))
            .collect();
        suffix_info.extend(ORG_ANCHORED_SUFFIXES.iter().map(|s| (s.to_string(), true)));
        suffix_info.extend(
            extra_suffixes
                .iter()
                .map(|s| (s.as_ref().trim().to_string(), false))
                .filter(|(s, _)| !s.is_empty()),
        );
        let mut known_names: Vec<String> = KNOWN_ORGS.iter().map(|s| s.to_string()).collect();
        known_names.extend(
            extra_known
                .iter()
                .map(|s| s.as_ref().trim().to_string())
                .filter(|s| !s.is_empty()),
        );
        let blocked = |table: &[(&str, &str)], suffix: &str| -> Box<[char]> {
            let mut set: Vec<char> = table
                .iter()
                .find(|(s, _)| *s == suffix)
                .map_or("", |(_, b)| *b)
                .chars()
                .collect();
            set.sort_unstable();
            set.into()
        };
        let suffix_traits = suffix_info
            .iter()
            .map(|(s, _)| SuffixTraits {
                blocked: [
                    blocked(ORG_SUFFIX_BLOCKED_NEXT, s),
                    blocked(ORG_SUFFIX_BLOCKED_PREV, s),
                ],
                weak: ORG_WEAK_SUFFIXES.contains(&s.as_str()),
                generic_head: ORG_GENERIC_HEADS.contains(&s.as_str()),
            })
            .collect();
        let suffixes_and_known = WordEnds::new(
            suffix_info
                .iter()
                .map(|(s, _)| s.as_str())
                .chain(known_names.iter().map(String::as_str)),
        );
        // Indexed: every candidate name is checked against them, the modifiers word by word.
        let generic_modifiers = Words::new(ORG_GENERIC_MODIFIERS);
        let generic_prefixes = Words::new(ORG_GENERIC_PREFIXES);
        OrgRules {
            suffix_info,
            suffix_traits,
            known_names,
            suffixes_and_known,
            left_stops: WordSet::new(ORG_LEFT_STOPS.iter().copied()),
            generic_prefixes,
            generic_modifiers,
        }
    }
}

/// What the tables say of one suffix pattern, looked up once instead of at every candidate.
#[derive(Debug, Clone)]
struct SuffixTraits {
    /// The characters after it and before it that block it ([`ORG_SUFFIX_BLOCKED_NEXT`],
    /// [`ORG_SUFFIX_BLOCKED_PREV`]), sorted.
    blocked: [Box<[char]>; 2],
    /// One of [`ORG_WEAK_SUFFIXES`].
    weak: bool,
    /// One of [`ORG_GENERIC_HEADS`].
    generic_head: bool,
}

/// A set of short words, checked as the end (or start) of a text by length, through an index
/// by first and last character ([`Words`]): names are read character by character and ask
/// it at each one.
#[derive(Debug, Clone)]
pub(crate) struct WordSet {
    words: Words,
    /// The words' last characters: most characters end none, told before any lookup.
    lasts: CharSet,
}

impl WordSet {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str> + Clone) -> WordSet {
        WordSet {
            words: Words::new(words.clone()),
            lasts: CharSet::new(words.into_iter().filter_map(|w| w.chars().next_back())),
        }
    }

    /// The longest word of the set that `text` ends with, in bytes; `last` is the last
    /// character of `text`.
    pub(crate) fn ending_in(&self, text: &str, last: char) -> Option<usize> {
        if !self.lasts.contains(last) {
            return None;
        }
        self.ending(text)
    }

    /// The longest word of the set that `text` ends with, in bytes.
    pub(crate) fn ending(&self, text: &str) -> Option<usize> {
        self.words.longest_suffix(text).map(str::len)
    }

    /// The longest word of the set that `text` starts with, in bytes.
    pub(crate) fn starting(&self, text: &str) -> Option<usize> {
        self.words.longest_prefix(text).map(str::len)
    }
}

/// Finds organizations in `text` with the built-in lexicons.
///
/// ```
/// let orgs = zhreport::recognize::org::find("在市委、市政府的坚强领导下，武汉市科协联合市委宣传部开展活动");
/// let names: Vec<_> = orgs.iter().map(|o| o.name.as_str()).collect();
/// assert_eq!(names, vec!["市委", "市政府", "武汉市科协", "市委宣传部"]);
/// ```
pub fn find(text: &str) -> Vec<Org> {
    find_with(text, &DEFAULT_RULES)
}

/// Finds organizations in `text` with the given lexicons.
///
/// ```
/// use zhreport::recognize::org::{find_with, OrgRules};
/// let orgs = find_with("推动省人民医院、苏大附一院等5家医院与市一院对接", &OrgRules::default());
/// let names: Vec<_> = orgs.iter().map(|o| o.name.as_str()).collect();
/// assert_eq!(names, vec!["省人民医院", "苏大附一院", "市一院"]);
/// ```
pub fn find_with(text: &str, rules: &OrgRules) -> Vec<Org> {
    let mut hits = OrgHits::default();
    // One reading of the text finds every suffix and every known name.
    rules
        .suffixes_and_known
        .for_each(text, |start, end, id| hits.add(rules, start, end, id));
    hits.end_block();
    let mut orgs = Vec::new();
    read_hits(text, rules, &mut hits, 0, &mut orgs);
    orgs
}

/// The words of [`OrgRules`] looked for in a text, numbered as [`OrgHits::add`] reads them.
pub(crate) fn words(rules: &OrgRules) -> &WordEnds {
    &rules.suffixes_and_known
}

/// The suffixes and known names found in the blocks of a text, as [`words`] reports them,
/// block after block: all blocks are read before any is read for names, so that the reading
/// of names runs block after block with its code in the instruction cache.
#[derive(Debug, Default)]
pub(crate) struct OrgHits {
    known: Vec<(usize, usize)>,
    /// For each end position, the longest suffix ending there (of the same suffix given
    /// twice, the first): (end, start, pattern).
    by_end: Vec<SuffixEnd>,
    /// Where each block's hits end in `known` and `by_end`.
    block_ends: Vec<(usize, usize)>,
    /// Where the block at hand starts in `by_end`.
    block_start: usize,
    /// The candidate names of the block [`read_hits`] reads: (start, end, known).
    cands: Vec<(usize, usize, bool)>,
    /// The candidates it keeps.
    kept: Claims,
}

/// The suffixes ending at one position of a text.
#[derive(Debug, Clone, Copy)]
struct SuffixEnd {
    end: usize,
    /// The longest suffix ending there (of the same suffix given twice, the first): its start
    /// and pattern.
    start: usize,
    pattern: usize,
    /// Where the shortest suffix ending there starts.
    shortest: usize,
}

impl OrgHits {
    /// Empties the lists, keeping their room for the next text.
    pub(crate) fn clear(&mut self) {
        self.known.clear();
        self.by_end.clear();
        self.block_ends.clear();
        self.block_start = 0;
    }

    /// Ends the hits of the block at hand: those added next are the next block's.
    pub(crate) fn end_block(&mut self) {
        self.block_ends.push((self.known.len(), self.by_end.len()));
        self.block_start = self.by_end.len();
    }

    /// Word `id` of [`words`] spans `start..end` (in the block at hand); words come by end, at
    /// one end shortest first.
    pub(crate) fn add(&mut self, rules: &OrgRules, start: usize, end: usize, id: usize) {
        if id >= rules.suffix_info.len() {
            self.known.push((start, end));
            return;
        }
        // A suffix of the last block never ends here.
        let in_block = self.by_end.len() > self.block_start;
        match self.by_end.last_mut() {
            Some(e) if e.end == end && in_block => {
                if start < e.start {
                    (e.start, e.pattern) = (start, id);
                }
            }
            // The first at an end is the shortest.
            _ => self.by_end.push(SuffixEnd {
                end,
                start,
                pattern: id,
                shortest: start,
            }),
        }
    }
}

/// Appends to `out` the organizations named by the suffixes and known names found in `text`,
/// the block numbered `block` of `hits`, in order, with spans in `text`.
pub(crate) fn read_hits(
    text: &str,
    rules: &OrgRules,
    hits: &mut OrgHits,
    block: usize,
    out: &mut Vec<Org>,
) {
    let first = block.checked_sub(1).and_then(|b| hits.block_ends.get(b));
    let (known_from, by_end_from) = first.copied().unwrap_or((0, 0));
    let Some(&(known_to, by_end_to)) = hits.block_ends.get(block) else {
        return;
    };
    let OrgHits {
        known,
        by_end,
        cands,
        kept,
        ..
    } = hits;
    let known = known.get_mut(known_from..known_to).unwrap_or_default();
    let by_end = by_end.get(by_end_from..by_end_to).unwrap_or(&[]);
    // Many blocks (headings, short lines) hold neither.
    if known.is_empty() && by_end.is_empty() {
        return;
    }
    cands.clear();
    // Known names leftmost-longest, as a search for them alone would read them: the leftmost
    // start, there the longest, then on after its end.
    known.sort_unstable_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
    let mut next = 0;
    for &(s, e) in known.iter() {
        if s >= next {
            next = e;
            if known_is_standalone(text, s, e) {
                cands.push((s, e, true));
            }
        }
    }
    let found = Found {
        known,
        suffix_ends: by_end,
    };
    for &SuffixEnd {
        end,
        start: sstart,
        pattern: pat,
        ..
    } in by_end.iter()
    {
        let (suffix, anchored) = &rules.suffix_info[pat];
        let traits = &rules.suffix_traits[pat];
        let suffix = (suffix.as_str(), sstart, *anchored);
        if let Some(start) = name_start(text, end, suffix, traits, rules, &found) {
            cands.push((start, end, false));
        }
    }
    settle(text, cands, kept, out);
}

/// Every known name and suffix of a text, as [`OrgHits`] holds them: what a candidate name
/// holds is looked up there instead of searched for again.
struct Found<'a> {
    /// Every occurrence of a known name, sorted by start and longest first.
    known: &'a [(usize, usize)],
    /// Every end of a suffix, sorted.
    suffix_ends: &'a [SuffixEnd],
}

impl Found<'_> {
    /// The known names inside `from..to`, leftmost-longest, as a search of that text alone
    /// finds them.
    fn known_within(&self, from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let first = self.known.partition_point(|&(s, _)| s < from);
        let mut next = from;
        self.known
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |&&(s, _)| s < to)
            .filter(move |&&(s, e)| {
                let take = e <= to && s >= next;
                if take {
                    next = e;
                }
                take
            })
            .copied()
    }

    /// The ends of the suffixes inside `from..to` that start after `from`.
    fn suffix_ends_within(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
        let first = self.suffix_ends.partition_point(|x| x.end <= from);
        self.suffix_ends
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |x| x.end <= to)
            .filter(move |x| x.shortest > from)
            .map(|x| x.end)
    }
}

/// Keeps the longest candidates that do not overlap (市委宣传部 over 市委, 国家统计局大庆调查队
/// over 国家统计局); at equal length a known name wins. Appends them to `out` in text order.
fn settle(
    text: &str,
    cands: &mut Vec<(usize, usize, bool)>,
    kept: &mut Claims,
    out: &mut Vec<Org>,
) {
    cands.sort_by_key(|&(s, e, known)| (std::cmp::Reverse(e - s), s, !known));
    cands.dedup_by_key(|c| (c.0, c.1));
    kept.reset(text.len());
    for &(s, e, _) in cands.iter() {
        kept.claim(s, e);
    }
    let kept = kept.spans();
    kept.sort_unstable();
    out.extend(kept.iter().map(|&(s, e)| Org {
        name: text[s..e].into(),
        span: Span::bytes(s, e),
        section: None,
    }));
}

/// Spans of a text claimed by mentions that may not overlap, marked byte by byte: a claim
/// costs the length of its span (mentions are short), however many there are, and the lists
/// keep their room from text to text.
#[derive(Debug, Default)]
pub(crate) struct Claims {
    /// Per byte of the text: is it in a claimed span.
    claimed: Vec<bool>,
    /// The claimed spans, in the order claimed.
    spans: Vec<(usize, usize)>,
}

impl Claims {
    /// Forgets every claim, for a text of `len` bytes.
    pub(crate) fn reset(&mut self, len: usize) {
        for &(s, e) in &self.spans {
            self.claimed[s..e].fill(false);
        }
        self.spans.clear();
        if self.claimed.len() < len {
            self.claimed.resize(len, false);
        }
    }

    /// Claims `start..end` unless some of it is claimed already; says whether it did.
    pub(crate) fn claim(&mut self, start: usize, end: usize) -> bool {
        match self.claimed.get_mut(start..end) {
            Some(span) if !span.contains(&true) => {
                span.fill(true);
                self.spans.push((start, end));
                true
            }
            _ => false,
        }
    }

    /// The spans claimed since the last [`Claims::reset`], in the order claimed.
    pub(crate) fn spans(&mut self) -> &mut [(usize, usize)] {
        &mut self.spans
    }
}

/// A known name stands alone unless it is the head of a longer word (市委员, 东盟国家 is fine).
fn known_is_standalone(text: &str, start: usize, end: usize) -> bool {
    let name = &text[start..end];
    let next = text[end..].chars().next();
    // 市委员会 / 省委员: the 委 begins 委员.
    !(name.ends_with('委') && next == Some('员'))
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '〇')
}

/// `c` is one of the characters of `set`: a short set read character by character costs less
/// than a substring search for the encoded character.
fn in_set(set: &str, c: char) -> bool {
    set.chars().any(|x| x == c)
}

fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '0'..='9'
            | '〇'
            | '零'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '两'
    )
}

/// The start of the name whose suffix `(suffix, sstart, anchored)` spans `sstart..end`, or
/// None when no name ends there; `found` holds every known name and suffix of the text.
fn name_start(
    text: &str,
    end: usize,
    (suffix, sstart, anchored): (&str, usize, bool),
    traits: &SuffixTraits,
    rules: &OrgRules,
    found: &Found,
) -> Option<usize> {
    let [blocked_next, blocked_prev] = &traits.blocked;
    let after = &text[end..];
    let next = after.chars().next();
    if next.is_some_and(|c| blocked_next.binary_search(&c).is_ok()) {
        return None;
    }
    if ORG_BLOCKED_FOLLOWERS.iter().any(|w| after.starts_with(w)) {
        return None;
    }
    let before = &text[..sstart];
    let prev = before.chars().next_back();
    if prev.is_some_and(|c| blocked_prev.binary_search(&c).is_ok()) {
        return None;
    }
    // Read leftwards.
    let mut start = sstart;
    let mut chars = 0;
    while chars < MAX_NAME_CHARS {
        let head = &text[..start];
        let Some(c) = head.chars().next_back() else {
            break;
        };
        let dash = matches!(c, '—' | '－' | '-');
        if !(is_han(c)
            || dash
                && head[..head.len() - c.len_utf8()]
                    .chars()
                    .next_back()
                    .is_some_and(is_han))
        {
            break;
        }
        // 2022年北京市政府: a date before the name.
        if matches!(c, '年' | '月' | '日')
            && head[..head.len() - c.len_utf8()]
                .chars()
                .next_back()
                .is_some_and(is_numeral)
        {
            break;
        }
        if let Some(n) = rules.left_stops.ending_in(head, c) {
            let word = &head[head.len() - n..];
            let soft = matches!(word, "和" | "与" | "及");
            if start == sstart && ORG_STOPS_NAMING_BEFORE_SUFFIX.contains(&word) {
                start -= c.len_utf8();
                chars += 1;
                continue;
            }
            // 市发展和改革委员会, 健康与安全国家重点实验室: go on through 和/与 when the name read
            // so far is not complete on its own (市一院和市城南医院) and a short word stands
            // before the 和 (该院与复旦大学… is two names).
            let joins = soft
                && start < sstart
                && !traits.weak
                && !has_place_start(&text[start..sstart])
                && !is_generic(&text[start..sstart], rules)
                && joins_name(&head[..head.len() - n], rules);
            if !joins {
                break;
            }
        }
        start -= c.len_utf8();
        chars += 1;
    }
    let mut name = &text[start..end];
    // 第十届全国人民代表大会 → 全国人民代表大会; 十一届全国人大 → 全国人大.
    let trimmed = trim_ordinal(name);
    if trimmed.len() != name.len() && (ANCHORS_IX.starts(trimmed) || name.starts_with('第')) {
        start += name.len() - trimmed.len();
        name = trimmed;
    }
    // 原市城南医院: the former name of a body that begins with a place.
    if let Some(rest) = name.strip_prefix('原').filter(|r| ANCHORS_IX.starts(r)) {
        start += name.len() - rest.len();
        name = rest;
    }
    // 3家国家实验室: a measure word after a number is not part of the name.
    if text[..start].chars().next_back().is_some_and(is_numeral) {
        if let Some(c) = name.chars().next().filter(|&c| in_set("家个所座批项位", c)) {
            start += c.len_utf8();
            name = &text[start..end];
        }
    }
    // 服务市委市政府: a known name followed by a name beginning with a place is two names.
    let known_in_name = || {
        found
            .known_within(start, end)
            .map(|(s, e)| (s - start, e - start))
    };
    let cut = known_in_name()
        .filter(|&(_, me)| anchored && me < name.len() && ANCHORS_IX.starts(&name[me..]))
        .last()
        .map(|(_, me)| me);
    // 照世界银行: one stray character before a known name.
    let cut = cut.or_else(|| {
        known_in_name()
            .find(|&(ms, me)| me == name.len() && ms > 0)
            .and_then(|(ms, _)| {
                let x = &name[..ms];
                (x.chars().count() == 1 && !ANCHORS_IX.contains(x)).then_some(ms)
            })
    });
    if let Some(cut) = cut {
        start += cut;
        name = &text[start..end];
    }
    if name.len() <= suffix.len() {
        // A bare suffix: 学会, 办事处 alone are generic; 政协 in 政协委员 is the body.
        let bare_ok = (suffix == "人大" && after.starts_with("代表"))
            || (suffix == "政协" && after.starts_with("委员"));
        return bare_ok.then_some(start);
    }
    if rules.generic_prefixes.starts(name)
        || name
            .split('全')
            .skip(1)
            .any(|after| after.starts_with(['省', '市', '区', '县']))
    {
        return None;
    }
    let stem = &name[..name.len() - suffix.len()];
    let weak = traits.weak;
    if anchored && !has_place_start(stem) {
        return None;
    }
    // 坚持医院, 四个中心: a common head needs a longer or placed name.
    if weak && stem.chars().count() < 3 && !has_place_start(stem) {
        return None;
    }
    // 一支队, 三中队: a bare number names a unit of something else.
    if stem.chars().all(is_numeral) {
        return None;
    }
    // 三校一院, 5个中心: a number starts a count, not a name.
    let mut sc = stem.chars();
    if sc.next().is_some_and(is_numeral)
        && sc
            .next()
            .is_some_and(|c| is_numeral(c) || in_set("个大校家所级类项批院区届间", c))
    {
        return None;
    }
    // Internal units: 市一院党委, 医院党委 are the organization's own committee.
    if matches!(suffix, "党委" | "党工委" | "工会" | "团委") && ends_with_org(stem, rules)
    {
        return None;
    }
    // 三基地两中心: a number right before the head counts it.
    let mut rc = stem.chars().rev();
    if rc.next().is_some_and(is_numeral)
        && rc.next().is_some_and(|c| c != '第' && !is_numeral(c))
        && !suffix.starts_with(is_numeral)
    {
        return None;
    }
    // 北京证券交易所上市公司, 北交所上市公司: an organization (a suffix after the first
    // character, or a known name) and a generic remainder.
    let generic_after = |m_end: usize| m_end < sstart && is_generic(&text[m_end..sstart], rules);
    if found.suffix_ends_within(start, sstart).any(generic_after)
        || found
            .known_within(start, sstart)
            .any(|(_, me)| generic_after(me))
    {
        return None;
    }
    // 国家实验室, 高水平研究型大学: only scope words and modifiers before a generic head.
    if traits.generic_head {
        if core_of(stem, rules).chars().count() < 2 {
            return None;
        }
    } else if is_generic(stem, rules) {
        return None;
    }
    // 国际消费中心, 科技创新中心: a center without a place is a function.
    let placed = has_place_start(stem) && !stem.starts_with("国家") || contains_place_name(stem);
    if suffix == "中心" && !placed {
        return None;
    }
    // 全国法治政府, 服务型政府: a goal, not a body.
    let after_place = ANCHORS_IX
        .longest_prefix(stem)
        .map_or(stem, |a| &stem[a.len()..]);
    if ORG_GOVERNMENT_QUALITIES
        .iter()
        .any(|q| after_place.starts_with(q))
    {
        return None;
    }
    Some(start)
}

/// Some [`PLACE_NAMES`] entry stands inside `stem`.
fn contains_place_name(stem: &str) -> bool {
    stem.char_indices()
        .any(|(i, _)| PLACE_NAMES_IX.starts(&stem[i..]))
}

/// What stands before a 和/与/及 inside a name: two to six characters back to punctuation or a
/// stop word, not itself an organization (市发展|和改革委员会, 桥梁结构健康|与安全…).
fn joins_name(head: &str, rules: &OrgRules) -> bool {
    if ends_with_org(head, rules) {
        return false;
    }
    let mut n = 0;
    let mut pos = head.len();
    while n <= 6 {
        let h = &head[..pos];
        match h.chars().next_back() {
            Some(c) if is_han(c) && rules.left_stops.ending_in(h, c).is_none() => {
                pos -= c.len_utf8();
                n += 1;
            }
            _ => return n >= 2,
        }
    }
    false
}

/// Removes a leading ordinal 第N届 / N届.
fn trim_ordinal(name: &str) -> &str {
    let rest = name.strip_prefix('第').unwrap_or(name);
    let digits = rest
        .char_indices()
        .find(|&(_, c)| !is_numeral(c))
        .map_or(rest.len(), |(i, _)| i);
    if digits > 0 && rest[digits..].starts_with(['届', '批']) {
        &rest[digits + '届'.len_utf8()..]
    } else {
        name
    }
}

/// A stem begins with a place or level: 市…, 自治区…, 中共…, or a place name of up to four
/// characters followed by 省/市/区/县/州 (武汉市, 包河区) whose last character does not end a
/// verb (抓好省委, 修订省政府).
fn has_place_start(stem: &str) -> bool {
    // 区域, 市场, 省级, 县域: a level character that begins a word is no place.
    if let Some(a) = ANCHORS_IX.longest_prefix(stem) {
        let next = stem[a.len()..].chars().next();
        return !(a.chars().count() == 1 && next.is_some_and(|c| ANCHOR_WORD_NEXT_SET.contains(c)));
    }
    // A level character after the first, the one before it not ending a verb.
    let mut prev = None;
    for c in stem.chars().take(5) {
        if matches!(c, '省' | '市' | '区' | '县' | '州')
            && prev.is_some_and(|p| !NOT_PLACE_LAST_SET.contains(p))
        {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// The text ends with an organization suffix or a known name (so it is a name itself).
fn ends_with_org(text: &str, rules: &OrgRules) -> bool {
    rules
        .suffix_info
        .iter()
        .any(|(s, _)| text.ends_with(s.as_str()) && text.len() > s.len())
        || rules.known_names.iter().any(|k| text.ends_with(k.as_str()))
}

/// What is left of a stem after its leading places (市, 中国) and modifiers (国家, 重点).
fn core_of<'a>(stem: &'a str, rules: &OrgRules) -> &'a str {
    let mut rest = stem;
    loop {
        let anchor = ANCHORS_IX.longest_prefix(rest).map(str::len);
        let modifier = rules.generic_modifiers.longest_prefix(rest).map(str::len);
        match anchor.max(modifier) {
            Some(n) => rest = &rest[n..],
            None => return rest,
        }
    }
}

/// A stem made only of scope words and modifiers (国家, 重点, 三级, 综合性) names a kind, not one
/// organization.
fn is_generic(stem: &str, rules: &OrgRules) -> bool {
    let mut rest = stem;
    loop {
        if rest.is_empty() {
            return true;
        }
        match rules.generic_modifiers.longest_prefix(rest) {
            Some(m) => rest = &rest[m.len()..],
            None => return false,
        }
    }
}
