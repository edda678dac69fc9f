//! Word tables indexed by their first and by their last character: "which words of the table
//! does this text start (end) with" costs one binary search and a comparison per word sharing
//! that character, instead of one comparison per word of the table. The hot paths of counts,
//! phrases and page chrome ask it at every candidate, some at every character.
//!
//! Words are returned in table order, so `first` keeps the meaning of a `find` over the table
//! and `longest` the meaning of a `max_by_key(len)`.

/// An index over a word table (empty words are never matched).
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    words: Vec<Box<str>>,
    /// (first character, index in `words`), sorted: one table-ordered run per character.
    by_first: Vec<(char, u32)>,
    /// (last character, index in `words`), sorted likewise.
    by_last: Vec<(char, u32)>,
    /// One bit per first character, by its code point modulo [`FILTER_BITS`]: most characters of
    /// a text start no word, and one bit test says so before any search.
    first_filter: CharFilter,
    /// Likewise for last characters.
    last_filter: CharFilter,
}

/// Bits of a [`CharFilter`].
const FILTER_BITS: usize = 1024;

/// A set of characters that may give false positives (code points equal modulo
/// [`FILTER_BITS`]), never false negatives.
#[derive(Debug, Clone)]
struct CharFilter([u64; FILTER_BITS / 64]);

impl Default for CharFilter {
    fn default() -> Self {
        CharFilter([0; FILTER_BITS / 64])
    }
}

impl CharFilter {
    fn insert(&mut self, c: char) {
        let k = c as usize % FILTER_BITS;
        self.0[k / 64] |= 1 << (k % 64);
    }

    fn may_contain(&self, c: char) -> bool {
        let k = c as usize % FILTER_BITS;
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

impl Words {
    pub(crate) fn new<S: AsRef<str>>(table: impl IntoIterator<Item = S>) -> Words {
        let words: Vec<Box<str>> = table.into_iter().map(|w| w.as_ref().into()).collect();
        let mut by_first = Vec::with_capacity(words.len());
        let mut by_last = Vec::with_capacity(words.len());
        let mut first_filter = CharFilter::default();
        let mut last_filter = CharFilter::default();
        for (i, w) in words.iter().enumerate() {
            if let (Some(f), Some(l)) = (w.chars().next(), w.chars().next_back()) {
                by_first.push((f, i as u32));
                by_last.push((l, i as u32));
                first_filter.insert(f);
                last_filter.insert(l);
            }
        }
        by_first.sort_unstable();
        by_last.sort_unstable();
        Words {
            words,
            by_first,
            by_last,
            first_filter,
            last_filter,
        }
    }

    /// The words whose first (`first`) or last character is `c`, in table order.
    fn run(&self, first: bool, c: char) -> impl Iterator<Item = (usize, &str)> + '_ {
        let (keys, filter) = if first {
            (&self.by_first, &self.first_filter)
        } else {
            (&self.by_last, &self.last_filter)
        };
        let (from, len) = if filter.may_contain(c) {
            let from = keys.partition_point(|&(k, _)| k < c);
            (from, keys[from..].partition_point(|&(k, _)| k == c))
        } else {
            (0, 0)
        };
        keys[from..from + len]
            .iter()
            .map(move |&(_, i)| (i as usize, &*self.words[i as usize]))
    }

    /// The words `s` starts with, in table order, with their table index.
    pub(crate) fn starting<'a, 's>(
        &'a self,
        s: &'s str,
    ) -> impl Iterator<Item = (usize, &'a str)> + use<'a, 's> {
        let c = s.chars().next();
        c.into_iter()
            .flat_map(move |c| self.run(true, c))
            .filter(move |(_, w)| s.starts_with(*w))
    }

    /// The words `s` ends with, in table order, with their table index.
    pub(crate) fn ending<'a, 's>(
        &'a self,
        s: &'s str,
    ) -> impl Iterator<Item = (usize, &'a str)> + use<'a, 's> {
        let c = s.chars().next_back();
        c.into_iter()
            .flat_map(move |c| self.run(false, c))
            .filter(move |(_, w)| s.ends_with(*w))
    }

    /// Whether `s` starts with a word of the table.
    pub(crate) fn starts(&self, s: &str) -> bool {
        self.starting(s).next().is_some()
    }

    /// The longest word `s` starts with.
    pub(crate) fn longest_prefix<'a>(&'a self, s: &str) -> Option<&'a str> {
        self.starting(s).map(|(_, w)| w).max_by_key(|w| w.len())
    }

    /// The longest word `s` ends with.
    pub(crate) fn longest_suffix<'a>(&'a self, s: &str) -> Option<&'a str> {
        self.ending(s).map(|(_, w)| w).max_by_key(|w| w.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_order_and_longest() {
        let ix = Words::new(["人", "人次", "万人", "次", ""]);
        let got: Vec<_> = ix.starting("人次以上").collect();
        assert_eq!(got, vec![(0, "人"), (1, "人次")]);
        assert_eq!(ix.longest_prefix("人次以上"), Some("人次"));
        assert_eq!(ix.longest_suffix("超过10万人"), Some("万人"));
        let got: Vec<_> = ix.ending("10万人").collect();
        assert_eq!(got, vec![(0, "人"), (2, "万人")]);
        assert_eq!(ix.longest_prefix("个"), None);
        assert_eq!(ix.longest_prefix(""), None);
        assert!(ix.starts("次数") && ix.ending("数").next().is_none());
    }
}
