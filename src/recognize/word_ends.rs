//! Every occurrence of the words of a table in a text, found from their last characters: the
//! people and organization recognizers look for a few hundred words (titles, suffixes, known
//! names) in every block.
//!
//! Why not an Aho-Corasick automaton: Han text defeats its prefilters, so it steps a state
//! machine through every byte. Here each character is decoded once and looked up in a bitmap
//! of the words' last characters; of the few that end a word (about one character in ten),
//! those that follow the right character (a filter over the words' last two characters, or a
//! one-character word) walk a trie of the reversed words backwards. Matches are the same:
//! every occurrence of every word, overlapping ones included, like an overlapping
//! Aho-Corasick search.

use crate::lexicon::charset::Stops;
use crate::lexicon::CharSet;

/// The words of a table as a trie of their reversed characters, with a bitmap of their last
/// characters.
#[derive(Debug, Clone)]
pub(crate) struct WordEnds {
    /// The last characters of the words (a filter beyond the Basic Multilingual Plane).
    last: CharSet,
    /// The last characters of one-character words, which end a word whatever stands before.
    single: CharSet,
    /// The last two characters of the longer words.
    pairs: PairSet,
    /// Per word of `last`, how many bits the words before it hold: the rank of a set bit
    /// numbers the root's children without a search.
    rank: Box<[u16; 1 << 10]>,
    /// Per set bit of `last` (by rank), where its characters start among the root's children
    /// (sorted by their 16 bits, then by character); one more entry ends the last run.
    root_runs: Vec<u32>,
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
    /// `last` and `mark_set` together: the one test most characters fail.
    any: CharSet,
    /// `any`, laid out to skip the three-byte characters not in it.
    stops: Stops,
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

    /// Indexes `words` as [`WordEnds::new`] does, also reporting every occurrence of the
    /// characters `marks` as the word numbered [`WordEnds::len`] (before the words that end
    /// there): one reading of a text finds both.
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
        let last = CharSet::new(words.iter().filter_map(|w| w.chars().next_back()));
        let single = CharSet::new(words.iter().filter_map(|w| {
            let mut cs = w.chars();
            cs.next().filter(|_| cs.next().is_none())
        }));
        let pairs = PairSet::new(words.iter().filter_map(|w| {
            let mut cs = w.chars().rev();
            let (b, a) = (cs.next()?, cs.next()?);
            Some((a as u32, b as u32))
        }));
        children[0].sort_unstable_by_key(|&(c, _)| (c as u32 & 0xffff, c));
        let mut root_runs: Vec<u32> = Vec::new();
        for (k, &(c, _)) in children[0].iter().enumerate() {
            if k == 0 || (children[0][k - 1].0 as u32 ^ c as u32) & 0xffff != 0 {
                root_runs.push(k as u32);
            }
        }
        root_runs.push(children[0].len() as u32);
        let mut rank = Box::new([0u16; 1 << 10]);
        let mut bits = 0;
        for (r, w) in rank.iter_mut().zip(last.words()) {
            *r = bits;
            bits += w.count_ones() as u16;
        }
        let mut nodes = Vec::with_capacity(children.len());
        let mut edges = Vec::new();
        let mut ids = Vec::new();
        for (node, (mut kids, words)) in children.into_iter().zip(node_ids).enumerate() {
            if node > 0 {
                kids.sort_unstable();
            }
            let e = edges.len() as u32;
            let i = ids.len() as u32;
            edges.extend(kids);
            ids.extend(words);
            nodes.push(Node {
                edges: (e, edges.len() as u32),
                ids: (i, ids.len() as u32),
            });
        }
        let mut marks: Vec<char> = marks.into_iter().collect();
        marks.sort_unstable();
        marks.dedup();
        let any = last.with(marks.iter().copied());
        WordEnds {
            stops: Stops::new(&any),
            any,
            mark_set: CharSet::new(marks.iter().copied()),
            marks,
            last,
            single,
            pairs,
            rank,
            root_runs,
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
    pub(crate) fn for_each(&self, text: &str, mut f: impl FnMut(usize, usize, usize)) {
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
                    let code = (w as u32) << 6 | u32::from(b2 & 0x3f);
                    self.found(text, i, (w, b), (code, 3), &mut f);
                }
                Some([]) | None => return,
                Some(_) => {
                    let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
                        return;
                    };
                    i += c.len_utf8();
                    if self.any.contains(c) {
                        let slot = CharSet::slot(c as u32);
                        self.found(text, i, slot, (c as u32, c.len_utf8()), &mut f);
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
    ) {
        if self.mark_set.words()[w] & b != 0 {
            self.mark_at(end, read, f);
        }
        if self.last.words()[w] & b != 0 {
            self.ending_at(text, end, (w, b), read, f);
        }
    }

    /// Calls `f(start, end, len)` if the character before `end`, `(code, length)`, is a mark.
    #[inline(always)]
    fn mark_at(
        &self,
        end: usize,
        (code, len): (u32, usize),
        f: &mut impl FnMut(usize, usize, usize),
    ) {
        // The set says yes for characters beyond 16 bits that share a mark's bit.
        if code < 0x10000
            || self
                .marks
                .binary_search_by_key(&code, |&m| m as u32)
                .is_ok()
        {
            f(end - len, end, self.words.len());
        }
    }

    /// Calls `f(start, end, word)` for every word that `text[..end]` ends with, shortest first;
    /// `(w, b)` is the slot in [`WordEnds::last`] of the character before `end`, `(last, len)`
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
        // Most last characters (国, 会, 家) end a word only after the right character: the
        // pair test spares the walk at most of them.
        if self.single.words()[w] & b == 0 {
            let Some((prev, _)) = code_before(text, end - len) else {
                return;
            };
            if !self.pairs.contains(prev, last) {
                return;
            }
        }
        // The root's children with these 16 bits, numbered by the bit's rank; the run holds
        // one character but for characters beyond 16 bits.
        let k = usize::from(self.rank[w]) + (self.last.words()[w] & (b - 1)).count_ones() as usize;
        let Some(&[from, to]) = self.root_runs.get(k..k + 2) else {
            return;
        };
        let root = self.edges.get(from as usize..to as usize).unwrap_or(&[]);
        let Some(&(_, mut node)) = root.iter().find(|e| e.0 as u32 == last) else {
            return;
        };
        let mut pos = end - len;
        loop {
            let Some(&Node { edges, ids }) = self.nodes.get(node as usize) else {
                return;
            };
            for &id in self.ids.get(ids.0 as usize..ids.1 as usize).unwrap_or(&[]) {
                f(pos, end, id as usize);
            }
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

/// A filter over pairs of characters, one bit per hashed pair: says yes for every pair
/// inserted, and for about one in a hundred others.
#[derive(Debug, Clone)]
struct PairSet(Box<[u64; PairSet::WORDS]>);

impl PairSet {
    const WORDS: usize = 1 << 10;

    fn new(pairs: impl IntoIterator<Item = (u32, u32)>) -> PairSet {
        let mut bits = Box::new([0u64; PairSet::WORDS]);
        for (a, b) in pairs {
            let h = Self::hash(a, b);
            bits[h >> 6] |= 1 << (h & 63);
        }
        PairSet(bits)
    }

    #[inline]
    fn hash(a: u32, b: u32) -> usize {
        // Multiplicative hashing: the top 16 bits of the product index the bits.
        let x = (u64::from(a) << 21 | u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (x >> 48) as usize
    }

    #[inline]
    fn contains(&self, a: u32, b: u32) -> bool {
        let h = Self::hash(a, b);
        self.0[h >> 6] & (1 << (h & 63)) != 0
    }
}

/// Keeps of `matches` (`(start, end, word)`, every occurrence) what a leftmost-longest
/// Aho-Corasick search reports: the leftmost, there the longest (then the first word), and on
/// after its end; sorted by position.
pub(crate) fn leftmost_longest(matches: &mut Vec<(usize, usize, usize)>) {
    matches.sort_unstable_by_key(|&(s, e, id)| (s, std::cmp::Reverse(e), id));
    let mut next = 0;
    matches.retain(|&(s, e, _)| {
        if s < next {
            return false;
        }
        next = e;
        true
    });
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
        leftmost_longest(&mut all);
        assert_eq!(all, vec![(6, 18, 1), (21, 27, 0)]);
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
        let mut plain = Vec::new();
        for end in text.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let mut here: Vec<_> = words
                .iter()
                .enumerate()
                .filter(|(_, w)| text[..end].ends_with(*w))
                .map(|(id, w)| (end - w.len(), end, id))
                .collect();
            here.sort_by_key(|&(s, _, id)| (std::cmp::Reverse(s), id));
            plain.extend(here);
        }
        assert_eq!(found, plain);
    }

    /// Marks are reported wherever they stand, before the words that end there, and only
    /// they: a character beyond 16 bits that shares a mark's bit is not one.
    #[test]
    fn marks_are_reported_where_they_stand() {
        let ix = WordEnds::marking(["公司", "司"], ['司', '王', '\u{14E00}']);
        let text = "王公司\u{24E00}\u{14E00}";
        let mut found = Vec::new();
        ix.for_each(text, |s, e, id| found.push((s, e, id)));
        assert_eq!(
            found,
            [(0, 3, 2), (6, 9, 2), (6, 9, 1), (3, 9, 0), (13, 17, 2)]
        );
    }
}
