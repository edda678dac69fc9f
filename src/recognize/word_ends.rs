//! Every occurrence of the words of a table in a text, found from their last characters: the
//! people and organization recognizers look for a few hundred words (titles, suffixes, known
//! names) in every block.
//!
//! Why not an Aho-Corasick automaton: Han text defeats its prefilters, so it steps a state
//! machine through every byte. Here each character is decoded once and looked up in a bitmap
//! of the words' last characters; only the few that end a word (about one character in ten)
//! walk a trie of the reversed words backwards. Matches are the same: every occurrence of
//! every word, overlapping ones included, like an overlapping Aho-Corasick search.

use crate::lexicon::CharSet;

/// The words of a table as a trie of their reversed characters, with a bitmap of their last
/// characters.
#[derive(Debug, Clone)]
pub(crate) struct WordEnds {
    /// The last characters of the words (a filter beyond the Basic Multilingual Plane).
    last: CharSet,
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
    /// The table, to join it to another ([`WordEnds::then`]).
    words: Vec<Box<str>>,
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
        WordEnds {
            last,
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

    /// This table followed by `other`: the words of `other` are numbered from [`WordEnds::len`].
    pub(crate) fn then(&self, other: &WordEnds) -> WordEnds {
        WordEnds::new(self.words.iter().chain(&other.words))
    }

    /// Calls `f(start, end, word)` for every occurrence of every word in `text`, by end, and
    /// at one end shortest first (words given twice in table order).
    pub(crate) fn for_each(&self, text: &str, mut f: impl FnMut(usize, usize, usize)) {
        let bytes = text.as_bytes();
        let n = bytes.len();
        let mut i = 0;
        while i < n {
            let b0 = bytes[i];
            // Most of the text is three-byte Han, tested without decoding it: the bitmap word
            // is the first two bytes' payload, the bit the third's.
            let (w, b) = if b0 & 0xf0 == 0xe0 && i + 2 < n {
                let slot = CharSet::slot3(b0, bytes[i + 1], bytes[i + 2]);
                i += 3;
                slot
            } else {
                let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
                    return;
                };
                i += c.len_utf8();
                CharSet::slot(c as u32)
            };
            let word = self.last.words()[w];
            if word & b != 0 {
                // The root's children with these 16 bits, numbered by the bit's rank.
                let k = usize::from(self.rank[w]) + (word & (b - 1)).count_ones() as usize;
                self.ending_at(text, i, k, &mut f);
            }
        }
    }

    /// Calls `f(start, end, word)` for every word that `text[..end]` ends with, shortest first;
    /// `k` numbers the bit of its last character in `last`.
    fn ending_at(&self, text: &str, end: usize, k: usize, f: &mut impl FnMut(usize, usize, usize)) {
        let Some(&[from, to]) = self.root_runs.get(k..k + 2) else {
            return;
        };
        let mut kids = self.edges.get(from as usize..to as usize).unwrap_or(&[]);
        let mut root = true;
        let mut pos = end;
        while let Some(c) = text.get(..pos).and_then(|h| h.chars().next_back()) {
            // The root's run holds one character but for characters beyond 16 bits.
            let found = if root {
                kids.iter().position(|e| e.0 == c)
            } else {
                kids.binary_search_by_key(&c, |e| e.0).ok()
            };
            let Some(node) = found.and_then(|x| self.nodes.get(kids[x].1 as usize)) else {
                return;
            };
            root = false;
            pos -= c.len_utf8();
            for &id in self
                .ids
                .get(node.ids.0 as usize..node.ids.1 as usize)
                .unwrap_or(&[])
            {
                f(pos, end, id as usize);
            }
            kids = self
                .edges
                .get(node.edges.0 as usize..node.edges.1 as usize)
                .unwrap_or(&[]);
        }
    }
}

/// Keeps of `matches` (`(start, end, word)`, every occurrence) what a leftmost-longest
/// Aho-Corasick search reports: the leftmost, there the longest (then the first word), and on
/// after its end; sorted by position.
pub(crate) fn leftmost_longest(
    mut matches: Vec<(usize, usize, usize)>,
) -> Vec<(usize, usize, usize)> {
    matches.sort_unstable_by_key(|&(s, e, id)| (s, std::cmp::Reverse(e), id));
    let mut next = 0;
    matches.retain(|&(s, e, _)| {
        if s < next {
            return false;
        }
        next = e;
        true
    });
    matches
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
        assert_eq!(leftmost_longest(all), vec![(6, 18, 1), (21, 27, 0)]);
        ix.for_each("", |_, _, _| panic!("nothing to find"));
    }
}
