//! Every occurrence of the words of a table in a text, found from their last characters: the
//! people and organization recognizers look for a few hundred words (titles, suffixes, known
//! names) in every block.
//!
//! Why not an Aho-Corasick automaton: Han text defeats its prefilters, so it steps a state
//! machine through every byte. Here each character is decoded once and looked up in a bitmap
//! of the words' last characters; of the few that end a word (about one character in ten),
//! the trie of the reversed words is entered by a hashed lookup of the last character (for
//! one-character words) and of the last two (for longer ones), most of which miss, and walked
//! backwards from there. A word ending in one of the most common characters
//! ([`COMMON_HAN`]: 联合国, 负责人, 中国移动) is looked for from its rarer next-to-last
//! character instead, with the character after it: the text has far fewer of those to stop
//! at. Matches are the same:
//! every occurrence of every word, overlapping ones included, like an overlapping
//! Aho-Corasick search.

use crate::lexicon::charset::Stops;
use crate::lexicon::{CharSet, COMMON_HAN};
use std::collections::BTreeMap;

/// The words of a table as a trie of their reversed characters, with bitmaps of their last
/// characters.
#[derive(Debug, Clone)]
pub(crate) struct WordEnds {
    /// The one-character words (a filter beyond the Basic Multilingual Plane).
    single: CharSet,
    /// The last characters of the longer words (a filter beyond the plane), but those of
    /// `early`.
    longer: CharSet,
    /// Common characters ([`COMMON_HAN`]) that end only longer words, each after a rarer
    /// character: their words are looked for at that character (all below 16 bits).
    early: CharSet,
    /// The characters before an `early` one in a word (a filter beyond the plane).
    before_early: CharSet,
    /// The last two characters of the longer words, hashed to one bit each of 2^16: most
    /// pairs ending in a last character (中国, 扩大, 人民: nine in ten) are none, told before
    /// the pair is looked up.
    pairs: Box<[u64; 1024]>,
    /// The trie's nodes one and two characters deep, by their characters: where a walk
    /// starts, found without a search among the root's children.
    heads: Heads,
    /// Per trie node (0 is the root): its children in `edges`, its words in `ids`.
    nodes: Vec<Node>,
    /// Children of each node, a run per node sorted by character.
    edges: Vec<(char, u32)>,
    /// Indexes (in table order) of the words ending at each node, a run per node.
    ids: Vec<u32>,
    /// The table, to join it to another ([`WordEnds::words`]).
    words: Vec<Box<str>>,
    /// Characters reported wherever they stand ([`WordEnds::marking`]), sorted.
    marks: Vec<char>,
    /// `marks` as a set (a filter beyond the Basic Multilingual Plane).
    mark_set: CharSet,
    /// The three-byte marks that nothing else is looked for at (most surnames): reported and
    /// passed at once.
    only_marks: CharSet,
    /// The words' last characters and `mark_set` together: the one test most characters fail.
    any: CharSet,
    /// `any`, laid out to skip the three-byte characters not in it.
    stops: Stops,
    /// The ASCII characters of `any`, one bit each.
    ascii: u128,
}

#[derive(Debug, Clone, Copy, Default)]
struct Node {
    edges: (u32, u32),
    ids: (u32, u32),
}

impl WordEnds {
    /// Indexes `words`; a match reports the word's position in this sequence. Empty words never
    /// match; a word given twice reports both positions, in order.
    pub(crate) fn new<S: AsRef<str>>(words: impl IntoIterator<Item = S>) -> WordEnds {
        WordEnds::marking(words, [])
    }

    /// Indexes `words` as [`WordEnds::new`] does, also finding every occurrence of the
    /// characters `marks` ([`WordEnds::for_each_marking`]): one reading of a text finds both.
    pub(crate) fn marking<S: AsRef<str>>(
        words: impl IntoIterator<Item = S>,
        marks: impl IntoIterator<Item = char>,
    ) -> WordEnds {
        // Built as nested lists, then laid out flat.
        let mut children: Vec<Vec<(char, u32)>> = vec![Vec::new()];
        let mut node_ids: Vec<Vec<u32>> = vec![Vec::new()];
        let words: Vec<Box<str>> = words.into_iter().map(|w| w.as_ref().into()).collect();
        for (id, word) in words.iter().enumerate() {
            if word.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for c in word.chars().rev() {
                node = match children[node].iter().find(|e| e.0 == c) {
                    Some(&(_, child)) => child as usize,
                    None => {
                        let child = children.len();
                        children[node].push((c, child as u32));
                        children.push(Vec::new());
                        node_ids.push(Vec::new());
                        child
                    }
                };
            }
            node_ids[node].push(id as u32);
        }
        let mut marks: Vec<char> = marks.into_iter().collect();
        marks.sort_unstable();
        marks.dedup();
        let single = CharSet::new(words.iter().filter_map(|w| {
            let mut cs = w.chars();
            cs.next().filter(|_| cs.next().is_none())
        }));
        // The last two characters of each word, the last first.
        let ends = || {
            words.iter().filter_map(|w| {
                let mut cs = w.chars().rev();
                Some((cs.next()?, cs.next()))
            })
        };
        let common: Vec<char> = COMMON_HAN.chars().collect();
        let rank = |c: char| common.iter().position(|&x| x == c);
        // A common last character goes early when every word ending in it has a rarer
        // character before it, and nothing else (a mark, a one-character word) stops there.
        let mut early: BTreeMap<char, bool> = BTreeMap::new();
        for (last, prev) in ends() {
            let rarer_prev = rank(last).is_some_and(|r| {
                prev.is_some_and(|p| rank(p).is_none_or(|rp| rp > r))
                    && marks.binary_search(&last).is_err()
            });
            *early.entry(last).or_insert(true) &= rarer_prev;
        }
        let early = CharSet::new(early.into_iter().filter(|e| e.1).map(|e| e.0));
        let late = |&(last, _): &(char, Option<char>)| !early.contains_code(last as u32);
        let longer = CharSet::new(
            ends()
                .filter(late)
                .filter_map(|(last, prev)| prev.and(Some(last))),
        );
        let before_early = CharSet::new(ends().filter(|e| !late(e)).filter_map(|(_, prev)| prev));
        let mut heads = Vec::new();
        let mut pairs = Box::new([0u64; 1024]);
        for &(last, one) in &children[0] {
            heads.push((Heads::one(last as u32), one));
            for &(prev, two) in &children[one as usize] {
                let pair = Heads::two(prev as u32, last as u32);
                heads.push((pair, two));
                let (w, b) = pair_slot(pair);
                pairs[w] |= b;
            }
        }
        let mut nodes = Vec::with_capacity(children.len());
        let mut edges = Vec::new();
        let mut ids = Vec::new();
        for (mut kids, words) in children.into_iter().zip(node_ids) {
            kids.sort_unstable();
            let e = edges.len() as u32;
            let i = ids.len() as u32;
            edges.extend(kids);
            ids.extend(words);
            nodes.push(Node {
                edges: (e, edges.len() as u32),
                ids: (i, ids.len() as u32),
            });
        }
        let any = single.with(ends().filter(late).map(|(last, _)| last));
        let any = any.with(ends().filter(|e| !late(e)).filter_map(|(_, prev)| prev));
        let any = any.with(marks.iter().copied());
        let only_marks = CharSet::new(marks.iter().copied().filter(|&m| {
            let wanted = |set: &CharSet| set.contains(m);
            m.len_utf8() == 3 && ![&single, &longer, &before_early].into_iter().any(wanted)
        }));
        let ascii = (0..128u8)
            .filter(|&b| any.contains(char::from(b)))
            .fold(0, |bits, b| bits | 1 << b);
        WordEnds {
            stops: Stops::new(&any),
            ascii,
            any,
            mark_set: CharSet::new(marks.iter().copied()),
            only_marks,
            marks,
            single,
            longer,
            early,
            before_early,
            pairs,
            heads: Heads::new(&heads),
            nodes,
            edges,
            ids,
            words,
        }
    }

    /// How many words the table holds (empty ones included).
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// The words of the table, in order.
    pub(crate) fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|w| &**w)
    }

    /// Calls `f(start, end, word)` for every occurrence of every word in `text`, by end, and
    /// at one end shortest first (words given twice in table order).
    pub(crate) fn for_each(&self, text: &str, f: impl FnMut(usize, usize, usize)) {
        self.for_each_marking(text, f, |_| {});
    }

    /// [`WordEnds::for_each`], also calling `mark(start)` for every occurrence of a mark
    /// ([`WordEnds::marking`]), before the words that end with it.
    pub(crate) fn for_each_marking(
        &self,
        text: &str,
        mut f: impl FnMut(usize, usize, usize),
        mut mark: impl FnMut(usize),
    ) {
        let bytes = text.as_bytes();
        let mut i = 0;
        loop {
            // Most of the text is three-byte characters nothing is looked for at.
            i = self.stops.skip(bytes, i);
            match bytes.get(i..) {
                // A three-byte character of `any`, read straight from its bytes: the bitmap
                // word is the first two bytes' payload, the bit the third's.
                Some(&[b0, b1, b2, ..]) if b0 & 0xf0 == 0xe0 => {
                    i += 3;
                    let (w, b) = CharSet::slot3(b0, b1, b2);
                    if self.only_marks.words()[w] & b != 0 {
                        mark(i - 3);
                        continue;
                    }
                    let code = (w as u32) << 6 | u32::from(b2 & 0x3f);
                    self.found(text, i, (w, b), (code, 3), &mut f, &mut mark);
                }
                Some([]) | None => return,
                // A run of ASCII (numbers, Latin words, line ends) read in one go.
                Some(&[b, ..]) if b < 0x80 => {
                    while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii()) {
                        i += 1;
                        if self.ascii >> b & 1 != 0 {
                            let slot = CharSet::slot(u32::from(b));
                            self.found(text, i, slot, (u32::from(b), 1), &mut f, &mut mark);
                        }
                    }
                }
                Some(_) => {
                    let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                        return;
                    };
                    i += c.len_utf8();
                    if self.any.contains(c) {
                        let slot = CharSet::slot(c as u32);
                        self.found(text, i, slot, (c as u32, c.len_utf8()), &mut f, &mut mark);
                    }
                }
            }
        }
    }

    /// Reports what ends at `end` with the character `(code, length)` of `any`, whose slot
    /// in the sets is `(w, b)`.
    #[inline(always)]
    fn found(
        &self,
        text: &str,
        end: usize,
        (w, b): (usize, u64),
        read: (u32, usize),
        f: &mut impl FnMut(usize, usize, usize),
        mark: &mut impl FnMut(usize),
    ) {
        if self.mark_set.words()[w] & b != 0 {
            self.mark_at(end, read, mark);
        }
        // Not asked whether it ends a word at all: `ending_at` asks what kind of word it ends.
        self.ending_at(text, end, (w, b), read, f);
        if self.before_early.words()[w] & b != 0 {
            self.ending_after(text, end, read, f);
        }
    }

    /// Calls `mark(start)` if the character before `end`, `(code, length)`, is a mark.
    #[inline(always)]
    fn mark_at(&self, end: usize, (code, len): (u32, usize), mark: &mut impl FnMut(usize)) {
        // The set says yes for characters beyond 16 bits that share a mark's bit.
        if code < 0x10000
            || self
                .marks
                .binary_search_by_key(&code, |&m| m as u32)
                .is_ok()
        {
            mark(end - len);
        }
    }

    /// Calls `f(start, end, word)` for every word that `text[..end]` ends with, shortest first;
    /// `(w, b)` is the slot in the sets of the character before `end`, `(last, len)`
    /// its code and length.
    #[inline(always)]
    fn ending_at(
        &self,
        text: &str,
        end: usize,
        (w, b): (usize, u64),
        (last, len): (u32, usize),
        f: &mut impl FnMut(usize, usize, usize),
    ) {
        if self.single.words()[w] & b != 0 {
            let node = self.heads.get(Heads::one(last));
            if let Some(node) = node.and_then(|n| self.nodes.get(n as usize)) {
                self.report(node, end - len, end, f);
            }
        }
        if self.longer.words()[w] & b == 0 {
            return;
        }
        let Some((prev, prev_len)) = code_before(text, end - len) else {
            return;
        };
        // Most last characters (国, 会, 家) end a word only after the right character: the
        // bit of the pair is not set at most of them.
        self.walk_pair(text, (prev, last), end - len - prev_len, end, f);
    }

    /// Calls `f(start, end, word)` for every word ending in an `early` character that the
    /// character before `end`, `(code, length)`, stands before, shortest first: the words
    /// that end with the next character.
    #[inline(always)]
    fn ending_after(
        &self,
        text: &str,
        end: usize,
        (code, len): (u32, usize),
        f: &mut impl FnMut(usize, usize, usize),
    ) {
        let Some((next, next_len)) = code_after(text, end) else {
            return;
        };
        if !self.early.contains_code(next) {
            return;
        }
        self.walk_pair(text, (code, next), end - len, end + next_len, f);
    }

    /// Calls `f(start, end, word)` for the longer words that end with the two characters
    /// `pair`, which stand at `start..end` (see [`Self::walk`]), when the pair's bit says some
    /// word ends with them.
    #[inline(always)]
    fn walk_pair(
        &self,
        text: &str,
        (first, second): (u32, u32),
        start: usize,
        end: usize,
        f: &mut impl FnMut(usize, usize, usize),
    ) {
        let pair = Heads::two(first, second);
        let (pw, pb) = pair_slot(pair);
        if self.pairs[pw] & pb == 0 {
            return;
        }
        if let Some(node) = self.heads.get(pair) {
            self.walk(text, node, start, end, f);
        }
    }

    /// Calls `f(start, end, word)` for the words of the trie node `node`, whose characters
    /// stand at `pos..end`, and of the nodes below it that the text before `pos` leads to.
    #[inline(always)]
    fn walk(
        &self,
        text: &str,
        mut node: u32,
        mut pos: usize,
        end: usize,
        f: &mut impl FnMut(usize, usize, usize),
    ) {
        loop {
            let Some(here) = self.nodes.get(node as usize) else {
                return;
            };
            self.report(here, pos, end, f);
            let edges = here.edges;
            if edges.0 == edges.1 {
                return;
            }
            let Some((c, c_len)) = code_before(text, pos) else {
                return;
            };
            let kids = self
                .edges
                .get(edges.0 as usize..edges.1 as usize)
                .unwrap_or(&[]);
            let Ok(x) = kids.binary_search_by_key(&c, |e| e.0 as u32) else {
                return;
            };
            node = kids[x].1;
            pos -= c_len;
        }
    }

    /// Calls `f(start, end, word)` for the words ending at the trie node `node`.
    #[inline(always)]
    fn report(
        &self,
        node: &Node,
        start: usize,
        end: usize,
        f: &mut impl FnMut(usize, usize, usize),
    ) {
        let ids = node.ids;
        for &id in self.ids.get(ids.0 as usize..ids.1 as usize).unwrap_or(&[]) {
            f(start, end, id as usize);
        }
    }
}

/// The code and length of the character of `text` that ends at `pos` (a character
/// boundary), three-byte ones read straight from their bytes.
#[inline(always)]
fn code_before(text: &str, pos: usize) -> Option<(u32, usize)> {
    match text.as_bytes().get(pos.wrapping_sub(3)..pos) {
        // A lead byte three bytes back starts the character that ends here.
        Some(&[b0, b1, b2]) if b0 & 0xf0 == 0xe0 => Some((
            u32::from(b0 & 0x0f) << 12 | u32::from(b1 & 0x3f) << 6 | u32::from(b2 & 0x3f),
            3,
        )),
        _ => {
            let c = text.get(..pos)?.chars().next_back()?;
            Some((c as u32, c.len_utf8()))
        }
    }
}

/// The code and length of the character of `text` that starts at `pos` (a character
/// boundary), three-byte ones read straight from their bytes.
#[inline(always)]
fn code_after(text: &str, pos: usize) -> Option<(u32, usize)> {
    match text.as_bytes().get(pos..pos + 3) {
        Some(&[b0, b1, b2]) if b0 & 0xf0 == 0xe0 => Some((
            u32::from(b0 & 0x0f) << 12 | u32::from(b1 & 0x3f) << 6 | u32::from(b2 & 0x3f),
            3,
        )),
        _ => {
            let c = text.get(pos..)?.chars().next()?;
            Some((c as u32, c.len_utf8()))
        }
    }
}

/// The word and bit of the pair key `pair` ([`Heads::two`]) in [`WordEnds::pairs`].
#[inline(always)]
fn pair_slot(pair: u64) -> (usize, u64) {
    let h = pair.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 48;
    ((h >> 6) as usize & 0x3ff, 1 << (h & 63))
}

/// A hashed table (open addressing) from the last character, or the last two characters, of
/// a word to the trie node they lead to.
#[derive(Debug, Clone)]
struct Heads {
    /// The keys ([`Heads::one`], [`Heads::two`]), [`Heads::EMPTY`] where none is.
    keys: Box<[u64]>,
    /// The node of each key.
    nodes: Box<[u32]>,
    /// 64 less the bits of a slot number: the top bits of a hashed key number its slot.
    shift: u32,
}

impl Heads {
    /// No key: codes are at most 21 bits, so keys are below 2^43.
    const EMPTY: u64 = u64::MAX;

    /// The table of `entries` (key, node), at most a quarter full so that most lookups that
    /// miss (nine in ten) end at the first slot.
    fn new(entries: &[(u64, u32)]) -> Heads {
        let size = (entries.len() * 4).next_power_of_two().max(16);
        let shift = 64 - size.trailing_zeros();
        let mut keys = vec![Self::EMPTY; size].into_boxed_slice();
        let mut nodes = vec![0; size].into_boxed_slice();
        for &(key, node) in entries {
            let mut h = Self::hash(key, shift);
            while keys[h] != Self::EMPTY {
                h = (h + 1) & (size - 1);
            }
            keys[h] = key;
            nodes[h] = node;
        }
        Heads { keys, nodes, shift }
    }

    /// The key of a last character alone.
    #[inline]
    fn one(last: u32) -> u64 {
        1 << 42 | u64::from(last)
    }

    /// The key of the last two characters.
    #[inline]
    fn two(prev: u32, last: u32) -> u64 {
        u64::from(prev) << 21 | u64::from(last)
    }

    #[inline]
    fn hash(key: u64, shift: u32) -> usize {
        // Multiplicative hashing: the top bits of the product number the slot.
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize
    }

    /// The node of `key`, if the table holds it.
    #[inline]
    fn get(&self, key: u64) -> Option<u32> {
        let size = self.keys.len();
        let mut h = Self::hash(key, self.shift);
        loop {
            let k = *self.keys.get(h)?;
            if k == key {
                return self.nodes.get(h).copied();
            }
            if k == Self::EMPTY {
                return None;
            }
            h = (h + 1) & (size - 1);
        }
    }
}

/// Keeps of `matches` (`(start, end, word)`, every occurrence) what a leftmost-longest
/// Aho-Corasick search reports: the leftmost, there the longest (then the first word), and on
/// after its end; sorted by position, at the front of `matches`, which it returns.
pub(crate) fn leftmost_longest(
    matches: &mut [(usize, usize, usize)],
) -> &mut [(usize, usize, usize)] {
    matches.sort_unstable_by_key(|&(s, e, id)| (s, std::cmp::Reverse(e), id));
    let mut next = 0;
    let mut kept = 0;
    for i in 0..matches.len() {
        let (s, e, _) = matches[i];
        if s >= next {
            next = e;
            matches.swap(kept, i);
            kept += 1;
        }
    }
    &mut matches[..kept]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_and_leftmost_longest() {
        let ix = WordEnds::new(["公司", "有限公司", "", "司", "限公", "公司"]);
        let text = "某某有限公司和公司";
        let mut all = Vec::new();
        ix.for_each(text, |s, e, id| all.push((s, e, id)));
        let expected = [
            (9, 15, 4),
            (15, 18, 3),
            (12, 18, 0),
            (12, 18, 5),
            (6, 18, 1),
            (24, 27, 3),
            (21, 27, 0),
            (21, 27, 5),
        ];
        assert_eq!(all, expected);
        assert_eq!(leftmost_longest(&mut all), [(6, 18, 1), (21, 27, 0)]);
        ix.for_each("", |_, _, _| panic!("nothing to find"));
    }

    /// Every occurrence a plain search finds, whatever stands before the word's last
    /// character: one-character words, pairs the filter has not seen, characters of one, two,
    /// three and four bytes, and a character beyond 16 bits that shares a bit with one below.
    #[test]
    fn finds_what_a_plain_search_finds() {
        let words = [
            "局",
            "公安局",
            "a",
            "ab",
            "é局",
            "\u{14E00}",
            "一\u{14E00}",
            "一",
            "𝕏",
            "x𝕏",
            "等",
            "等人",
        ];
        let ix = WordEnds::new(words);
        let text = "ab公安局é局一\u{14E00}x𝕏等人，局长一a局\u{24E00}等b";
        let mut found = Vec::new();
        ix.for_each(text, |s, e, id| found.push((s, e, id)));
        assert_eq!(found, plain_search(text, &words, &[]));
    }

    /// What `for_each_marking` finds in `text`, in the order found: the marks as the word
    /// numbered [`WordEnds::len`].
    fn with_marks(ix: &WordEnds, text: &str) -> Vec<(usize, usize, usize)> {
        let found = std::cell::RefCell::new(Vec::new());
        ix.for_each_marking(
            text,
            |s, e, id| found.borrow_mut().push((s, e, id)),
            |s| {
                let len = text[s..].chars().next().map_or(0, char::len_utf8);
                found.borrow_mut().push((s, s + len, ix.len()));
            },
        );
        found.into_inner()
    }

    /// What `for_each` must report, found the slow way: at each character's end, a mark (id
    /// `words.len()`) if it is one, then every word ending there, shortest first.
    fn plain_search(text: &str, words: &[&str], marks: &[char]) -> Vec<(usize, usize, usize)> {
        let mut plain = Vec::new();
        for (i, c) in text.char_indices() {
            let end = i + c.len_utf8();
            if marks.contains(&c) {
                plain.push((i, end, words.len()));
            }
            let mut here: Vec<_> = words
                .iter()
                .enumerate()
                .filter(|(_, w)| text[..end].ends_with(*w))
                .map(|(id, w)| (end - w.len(), end, id))
                .collect();
            here.sort_by_key(|&(s, _, id)| (std::cmp::Reverse(s), id));
            plain.extend(here);
        }
        plain
    }

    /// Words ending in a common character after a rarer one (联合国, 负责人, 人大) are found
    /// from that rarer character, and still in order: by end, shortest first, after the
    /// marks and the words that end before them. 大 stays a last character where a word has
    /// a commoner one before it (国大), 民 where it is a word of its own.
    #[test]
    fn common_last_characters_are_found_from_the_one_before() {
        // (words, marks, the characters whose words are found from the one before)
        let cases: [(&[&str], &[char], &str); 2] = [
            (
                &[
                    "联合国",
                    "负责人",
                    "主要负责人",
                    "人大",
                    "全国人大",
                    "江泽民",
                    "a国",
                ],
                &['江'],
                "国人大民",
            ),
            (
                &["联合国", "人大", "国大", "民", "江泽民", "负责人"],
                &['江', '人'],
                "国",
            ),
        ];
        let text = "联合国负责人和主要负责人在全国人大，江泽民国大a国人大𝕏国合国";
        for (words, marks, early) in cases {
            let ix = WordEnds::marking(words.iter().copied(), marks.iter().copied());
            for c in "国人大民".chars() {
                assert_eq!(ix.early.contains(c), early.contains(c), "{c} in {words:?}");
            }
            assert_eq!(
                with_marks(&ix, text),
                plain_search(text, words, marks),
                "{words:?}"
            );
        }
    }

    /// Marks are reported wherever they stand, before the words that end there, and only
    /// they: a character beyond 16 bits that shares a mark's bit is not one.
    #[test]
    fn marks_are_reported_where_they_stand() {
        let ix = WordEnds::marking(["公司", "司"], ['司', '王', '\u{14E00}']);
        let text = "王公司\u{24E00}\u{14E00}";
        assert_eq!(
            with_marks(&ix, text),
            [(0, 3, 2), (6, 9, 2), (6, 9, 1), (3, 9, 0), (13, 17, 2)]
        );
        // Without a mark callback, only the words.
        let mut words = Vec::new();
        ix.for_each(text, |s, e, id| words.push((s, e, id)));
        assert_eq!(words, [(6, 9, 1), (3, 9, 0)]);
    }
}
