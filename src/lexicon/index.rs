//! Word tables indexed by their first and by their last character: "which words of the table
//! does this text start (end) with" costs one table lookup and a comparison per word sharing
//! that character's bucket, instead of one comparison per word of the table. The hot paths of
//! counts, phrases and page chrome ask it at every candidate, some at every character.
//!
//! Words are returned in table order, so `first` keeps the meaning of a `find` over the table
//! and `longest` the meaning of a `max_by_key(len)`.

/// An index over a word table (empty words are never matched).
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    words: Vec<Box<str>>,
    /// The words by first character.
    by_first: Buckets,
    /// The words by last character.
    by_last: Buckets,
}

/// Buckets of a [`Buckets`] index: a character's bucket is its code point modulo this. Most
/// characters of a text fall in an empty bucket, and one lookup says so.
const BUCKETS: usize = 512;

/// (character, index in the table) pairs grouped by the character's bucket: the pairs of bucket
/// `b` are `keys[starts[b]..starts[b + 1]]`, in table order for each character.
#[derive(Debug, Clone)]
struct Buckets {
    keys: Vec<(char, u32)>,
    starts: Vec<u32>,
}

impl Default for Buckets {
    fn default() -> Self {
        Buckets::new(Vec::new())
    }
}

impl Buckets {
    fn new(mut keys: Vec<(char, u32)>) -> Buckets {
        keys.sort_unstable_by_key(|&(c, i)| (c as usize % BUCKETS, c, i));
        let mut starts = vec![0u32; BUCKETS + 1];
        for &(c, _) in &keys {
            starts[c as usize % BUCKETS + 1] += 1;
        }
        for b in 0..BUCKETS {
            starts[b + 1] += starts[b];
        }
        Buckets { keys, starts }
    }

    /// The pairs of the bucket of `c` (other characters of the bucket included), in table order
    /// for each character.
    #[inline]
    fn of(&self, c: char) -> &[(char, u32)] {
        let b = c as usize % BUCKETS;
        &self.keys[self.starts[b] as usize..self.starts[b + 1] as usize]
    }
}

impl Words {
    pub(crate) fn new<S: AsRef<str>>(table: impl IntoIterator<Item = S>) -> Words {
        let words: Vec<Box<str>> = table.into_iter().map(|w| w.as_ref().into()).collect();
        let mut by_first = Vec::with_capacity(words.len());
        let mut by_last = Vec::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            if let (Some(f), Some(l)) = (w.chars().next(), w.chars().next_back()) {
                by_first.push((f, i as u32));
                by_last.push((l, i as u32));
            }
        }
        Words {
            words,
            by_first: Buckets::new(by_first),
            by_last: Buckets::new(by_last),
        }
    }

    /// The words whose first (`first`) or last character is `c`, in table order.
    fn run(&self, first: bool, c: char) -> impl Iterator<Item = (usize, &str)> + '_ {
        let keys = if first { &self.by_first } else { &self.by_last };
        keys.of(c)
            .iter()
            .filter(move |&&(k, _)| k == c)
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

    // The three questions asked most often are plain loops over the bucket: iterator adapters
    // around a lookup this small cost more than the lookup.

    /// Whether `s` starts with a word of the table.
    pub(crate) fn starts(&self, s: &str) -> bool {
        s.chars()
            .next()
            .is_some_and(|c| self.any(&self.by_first, c, |w| s.starts_with(w)))
    }

    /// Whether `s` ends with a word of the table.
    pub(crate) fn ends(&self, s: &str) -> bool {
        s.chars()
            .next_back()
            .is_some_and(|c| self.any(&self.by_last, c, |w| s.ends_with(w)))
    }

    /// Whether a word of `c`'s bucket in `keys` is `found` (the loop of [`Words::starts`] and
    /// [`Words::ends`], as [`Words::longest`] is that of the longest-word questions).
    fn any(&self, keys: &Buckets, c: char, found: impl Fn(&str) -> bool) -> bool {
        keys.of(c)
            .iter()
            .any(|&(k, i)| k == c && found(&self.words[i as usize]))
    }

    /// The longest word `s` starts with.
    pub(crate) fn longest_prefix<'a>(&'a self, s: &str) -> Option<&'a str> {
        self.longest_starting(s).map(|(_, w)| w)
    }

    /// The longest word `s` ends with.
    pub(crate) fn longest_suffix<'a>(&'a self, s: &str) -> Option<&'a str> {
        self.longest_ending(s).map(|(_, w)| w)
    }

    /// The longest word `s` starts with and its table index (the last in table order among
    /// equal lengths, as `max_by_key` would).
    pub(crate) fn longest_starting<'a>(&'a self, s: &str) -> Option<(usize, &'a str)> {
        let c = s.chars().next()?;
        self.longest(&self.by_first, c, |w| s.starts_with(w))
    }

    /// The longest word `s` ends with and its table index (the last in table order among equal
    /// lengths).
    pub(crate) fn longest_ending<'a>(&'a self, s: &str) -> Option<(usize, &'a str)> {
        let c = s.chars().next_back()?;
        self.longest(&self.by_last, c, |w| s.ends_with(w))
    }

    fn longest<'a>(
        &'a self,
        keys: &Buckets,
        c: char,
        found: impl Fn(&str) -> bool,
    ) -> Option<(usize, &'a str)> {
        let mut best: Option<(usize, &str)> = None;
        for &(k, i) in keys.of(c) {
            let w = &*self.words[i as usize];
            if k == c && w.len() >= best.map_or(1, |(_, b)| b.len()) && found(w) {
                best = Some((i as usize, w));
            }
        }
        best
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
