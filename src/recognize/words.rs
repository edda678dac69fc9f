//! Word tables indexed by their first and last character, so that "which entry does this text
//! start (or end) with" costs a hash lookup and a few comparisons instead of one comparison per
//! entry. Used on the hot paths of money, percentages and items.

use std::collections::HashMap;

/// An index over `(word, value)` entries.
///
/// ```ignore
/// let ix = WordIndex::new(&[("万元", 4), ("元", 0)]);
/// assert_eq!(ix.longest_prefix("万元以上"), Some(("万元", 4)));
/// ```
#[derive(Debug)]
pub(crate) struct WordIndex<T: Copy + 'static> {
    by_first: HashMap<char, Vec<(&'static str, T)>>,
    by_last: HashMap<char, Vec<(&'static str, T)>>,
}

impl<T: Copy + 'static> WordIndex<T> {
    pub(crate) fn new(entries: &[(&'static str, T)]) -> Self {
        let mut by_first: HashMap<char, Vec<(&'static str, T)>> = HashMap::new();
        let mut by_last: HashMap<char, Vec<(&'static str, T)>> = HashMap::new();
        for &(w, v) in entries {
            if let (Some(f), Some(l)) = (w.chars().next(), w.chars().next_back()) {
                by_first.entry(f).or_default().push((w, v));
                by_last.entry(l).or_default().push((w, v));
            }
        }
        // Longest first, so the first hit is the longest match.
        for v in by_first.values_mut().chain(by_last.values_mut()) {
            v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        WordIndex { by_first, by_last }
    }

    /// The longest entry that `rest` starts with.
    pub(crate) fn longest_prefix(&self, rest: &str) -> Option<(&'static str, T)> {
        let c = rest.chars().next()?;
        self.by_first
            .get(&c)?
            .iter()
            .find(|(w, _)| rest.starts_with(w))
            .copied()
    }

    /// The longest entry that `head` ends with.
    pub(crate) fn longest_suffix(&self, head: &str) -> Option<(&'static str, T)> {
        let c = head.chars().next_back()?;
        self.by_last
            .get(&c)?
            .iter()
            .find(|(w, _)| head.ends_with(w))
            .copied()
    }
}

/// Builds an index of plain words (value `()`).
pub(crate) fn plain(words: &[&'static str]) -> WordIndex<()> {
    let entries: Vec<(&'static str, ())> = words.iter().map(|w| (*w, ())).collect();
    WordIndex::new(&entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_matches() {
        let ix = WordIndex::new(&[("元", 1), ("元人民币", 2), ("美元", 3)]);
        assert_eq!(ix.longest_prefix("元人民币整"), Some(("元人民币", 2)));
        assert_eq!(ix.longest_prefix("元整"), Some(("元", 1)));
        assert_eq!(ix.longest_suffix("共计100美元"), Some(("美元", 3)));
        assert_eq!(ix.longest_prefix("个"), None);
    }
}
