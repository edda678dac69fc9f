//! Word tables indexed by their first and by their last character: "which words of the table
//! does this text start (end) with" costs one table lookup and a comparison per word sharing
//! that character's bucket, instead of one comparison per word of the table. The hot paths of
//! counts, phrases and page chrome ask it at every candidate, some at every character.
//!
//! Each word is compared by its first (last) eight bytes packed in one integer, so most
//! comparisons are one mask and one compare instead of a call to `memcmp`; only longer words
//! compare the rest.
//!
//! Words are returned in table order, so `first` keeps the meaning of a `find` over the table
//! and `longest` the meaning of a `max_by_key(len)`.

/// An index over a word table (empty words are never matched).
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    words: Vec<Box<str>>,
    /// The words by first character, keyed by their first eight bytes.
    by_first: Buckets,
    /// The words by last character, keyed by their last eight bytes.
    by_last: Buckets,
}

/// Buckets of a [`Buckets`] index: a character's bucket is its code point modulo this. Most
/// characters of a text fall in an empty bucket, and one lookup says so.
const BUCKETS: usize = 512;

/// The bucket of the first character of `s`, read from its bytes without decoding it: the low
/// nine bits of a code point are the low three bits of its second-to-last byte and the six
/// payload bits of its last.
#[inline]
fn first_bucket(s: &[u8]) -> Option<usize> {
    let b0 = *s.first()?;
    let len = match b0 {
        0..0x80 => return Some(usize::from(b0)),
        0xf0.. => 4,
        0xe0.. => 3,
        _ => 2,
    };
    Some(pair_bucket(*s.get(len - 2)?, *s.get(len - 1)?))
}

/// The bucket of the last character of `s` (see [`first_bucket`]).
#[inline]
fn last_bucket(s: &[u8]) -> Option<usize> {
    match s {
        [] => None,
        [.., b] if *b < 0x80 => Some(usize::from(*b)),
        [.., a, b] => Some(pair_bucket(*a, *b)),
        [_] => None,
    }
}

/// The bucket of a multi-byte character from its last two bytes.
#[inline]
fn pair_bucket(a: u8, b: u8) -> usize {
    (usize::from(a & 0x07) << 6) | usize::from(b & 0x3f)
}

/// A word as its bucket holds it: up to eight bytes of one end packed in an integer (see
/// [`head8`] and [`tail8`]), the mask of the bytes it has there, and its table index.
#[derive(Debug, Clone, Copy)]
struct Key {
    packed: u64,
    mask: u64,
    index: u32,
}

/// The keys of the words grouped by the bucket of their first (last) character: the keys of
/// bucket `b` are `keys[starts[b]..starts[b + 1]]`, in table order.
#[derive(Debug, Clone)]
struct Buckets {
    keys: Vec<Key>,
    starts: Vec<u32>,
}

impl Default for Buckets {
    fn default() -> Self {
        Buckets::new(Vec::new(), true)
    }
}

/// The first eight bytes of `s` as an integer, zero where `s` is shorter. A word's bytes are
/// never zero, so a word longer than `s` never matches it.
#[inline]
fn head8(s: &[u8]) -> u64 {
    match s.first_chunk::<8>() {
        Some(b) => u64::from_le_bytes(*b),
        None => {
            let mut b = [0u8; 8];
            for (d, &x) in b.iter_mut().zip(s) {
                *d = x;
            }
            u64::from_le_bytes(b)
        }
    }
}

/// The last eight bytes of `s` as an integer, zero before the start of a shorter `s`.
#[inline]
fn tail8(s: &[u8]) -> u64 {
    match s.last_chunk::<8>() {
        Some(b) => u64::from_le_bytes(*b),
        None => {
            let mut b = [0u8; 8];
            for (d, &x) in b.iter_mut().rev().zip(s.iter().rev()) {
                *d = x;
            }
            u64::from_le_bytes(b)
        }
    }
}

/// The mask of the first (`head`) or last `len` of eight bytes packed as [`head8`] / [`tail8`].
fn mask(len: usize, head: bool) -> u64 {
    let ones = if len >= 8 {
        u64::MAX
    } else {
        (1u64 << (8 * len)) - 1
    };
    if head || len >= 8 {
        ones
    } else {
        ones << (8 * (8 - len))
    }
}

impl Buckets {
    /// `words` are (bucket character, packed end, word length, table index).
    fn new(mut words: Vec<(char, u64, usize, u32)>, head: bool) -> Buckets {
        words.sort_unstable_by_key(|&(c, _, _, i)| (c as usize % BUCKETS, i));
        let mut starts = vec![0u32; BUCKETS + 1];
        for &(c, ..) in &words {
            starts[c as usize % BUCKETS + 1] += 1;
        }
        for b in 0..BUCKETS {
            starts[b + 1] += starts[b];
        }
        let keys = words
            .into_iter()
            .map(|(_, packed, len, index)| Key {
                packed,
                mask: mask(len, head),
                index,
            })
            .collect();
        Buckets { keys, starts }
    }

    /// The keys of the bucket of the first character of `s` (empty for an empty `s`).
    #[inline]
    fn of_first(&self, s: &[u8]) -> &[Key] {
        first_bucket(s).map_or(&[], |b| self.bucket(b))
    }

    /// The keys of the bucket of the last character of `s` (empty for an empty `s`).
    #[inline]
    fn of_last(&self, s: &[u8]) -> &[Key] {
        last_bucket(s).map_or(&[], |b| self.bucket(b))
    }

    /// The keys of bucket `b` (every character of the bucket), in table order.
    #[inline]
    fn bucket(&self, b: usize) -> &[Key] {
        match (self.starts.get(b), self.starts.get(b + 1)) {
            (Some(&lo), Some(&hi)) => self.keys.get(lo as usize..hi as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

impl Words {
    pub(crate) fn new<S: AsRef<str>>(table: impl IntoIterator<Item = S>) -> Words {
        let words: Vec<Box<str>> = table.into_iter().map(|w| w.as_ref().into()).collect();
        let mut by_first = Vec::with_capacity(words.len());
        let mut by_last = Vec::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            if let (Some(f), Some(l)) = (w.chars().next(), w.chars().next_back()) {
                let b = w.as_bytes();
                by_first.push((f, head8(b), b.len(), i as u32));
                by_last.push((l, tail8(b), b.len(), i as u32));
            }
        }
        Words {
            words,
            by_first: Buckets::new(by_first, true),
            by_last: Buckets::new(by_last, false),
        }
    }

    /// Whether the word of `key` starts (`head`) or ends `s`, whose packed end is `packed`.
    #[inline]
    fn found(&self, key: &Key, s: &[u8], packed: u64, head: bool) -> bool {
        if packed & key.mask != key.packed {
            return false;
        }
        let w = self.words[key.index as usize].as_bytes();
        // Words of up to eight bytes are wholly in the packed key.
        w.len() <= 8
            || (s.len() >= w.len()
                && if head {
                    s[8..w.len()] == w[8..]
                } else {
                    s[s.len() - w.len()..s.len() - 8] == w[..w.len() - 8]
                })
    }

    /// The words whose first (`head`) or last character is that of `s`, and which `s` starts
    /// (ends) with, in table order.
    fn run<'a, 's>(
        &'a self,
        s: &'s str,
        head: bool,
    ) -> impl Iterator<Item = (usize, &'a str)> + use<'a, 's> {
        let b = s.as_bytes();
        let (bucket, packed) = if head {
            (self.by_first.of_first(b), head8(b))
        } else {
            (self.by_last.of_last(b), tail8(b))
        };
        bucket
            .iter()
            .filter(move |k| self.found(k, b, packed, head))
            .map(move |k| (k.index as usize, &*self.words[k.index as usize]))
    }

    /// The words `s` starts with, in table order, with their table index.
    pub(crate) fn starting<'a, 's>(
        &'a self,
        s: &'s str,
    ) -> impl Iterator<Item = (usize, &'a str)> + use<'a, 's> {
        self.run(s, true)
    }

    /// The words `s` ends with, in table order, with their table index.
    pub(crate) fn ending<'a, 's>(
        &'a self,
        s: &'s str,
    ) -> impl Iterator<Item = (usize, &'a str)> + use<'a, 's> {
        self.run(s, false)
    }

    // The questions asked most often are plain loops over the bucket: iterator adapters around
    // a lookup this small cost more than the lookup. Most characters of a text fall in an empty
    // bucket: that answer is given inline, without a call.

    /// Whether `s` starts with a word of the table.
    #[inline]
    pub(crate) fn starts(&self, s: &str) -> bool {
        let bucket = self.by_first.of_first(s.as_bytes());
        !bucket.is_empty() && self.any(bucket, s.as_bytes(), true)
    }

    /// Whether `s` ends with a word of the table.
    #[inline]
    pub(crate) fn ends(&self, s: &str) -> bool {
        let bucket = self.by_last.of_last(s.as_bytes());
        !bucket.is_empty() && self.any(bucket, s.as_bytes(), false)
    }

    /// Whether `s` is a word of the table.
    #[inline]
    pub(crate) fn contains(&self, s: &str) -> bool {
        // No word longer than `s` starts it, so `s` is the longest when it is a word.
        self.longest_starting(s)
            .is_some_and(|(_, w)| w.len() == s.len())
    }

    /// The longest word `s` starts with.
    #[inline]
    pub(crate) fn longest_prefix<'a>(&'a self, s: &str) -> Option<&'a str> {
        self.longest_starting(s).map(|(_, w)| w)
    }

    /// The longest word `s` ends with.
    #[inline]
    pub(crate) fn longest_suffix<'a>(&'a self, s: &str) -> Option<&'a str> {
        self.longest_ending(s).map(|(_, w)| w)
    }

    /// The longest word `s` starts with and its table index (the last in table order among
    /// equal lengths, as `max_by_key` would).
    #[inline]
    pub(crate) fn longest_starting<'a>(&'a self, s: &str) -> Option<(usize, &'a str)> {
        let bucket = self.by_first.of_first(s.as_bytes());
        if bucket.is_empty() {
            return None;
        }
        self.longest(bucket, s.as_bytes(), true)
    }

    /// The longest word `s` ends with and its table index (the last in table order among equal
    /// lengths).
    #[inline]
    pub(crate) fn longest_ending<'a>(&'a self, s: &str) -> Option<(usize, &'a str)> {
        let bucket = self.by_last.of_last(s.as_bytes());
        if bucket.is_empty() {
            return None;
        }
        self.longest(bucket, s.as_bytes(), false)
    }

    /// Whether a word of `bucket` starts (`head`) or ends `s`.
    #[inline(never)]
    fn any(&self, bucket: &[Key], s: &[u8], head: bool) -> bool {
        let packed = if head { head8(s) } else { tail8(s) };
        bucket.iter().any(|k| self.found(k, s, packed, head))
    }

    /// The longest word of `bucket` that starts (`head`) or ends `s`.
    #[inline(never)]
    fn longest<'a>(&'a self, bucket: &[Key], s: &[u8], head: bool) -> Option<(usize, &'a str)> {
        let packed = if head { head8(s) } else { tail8(s) };
        let mut best: Option<(usize, &str)> = None;
        for k in bucket {
            if self.found(k, s, packed, head) {
                let w = &*self.words[k.index as usize];
                if w.len() >= best.map_or(1, |(_, b)| b.len()) {
                    best = Some((k.index as usize, w));
                }
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

    #[test]
    fn buckets_read_from_bytes_are_code_points_modulo_the_bucket_count() {
        for c in ['a', '$', 'é', '‰', '万', '“', '。', '𠀋'] {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(first_bucket(b), Some(c as usize % BUCKETS), "{c}");
            assert_eq!(last_bucket(b), Some(c as usize % BUCKETS), "{c}");
        }
        assert_eq!((first_bucket(b""), last_bucket(b"")), (None, None));
    }

    #[test]
    fn words_longer_than_the_packed_key_and_texts_shorter_than_a_word() {
        // 三个字 is nine bytes: its last byte is compared outside the packed eight.
        let ix = Words::new(["三个字", "三个", "US$", "$"]);
        assert_eq!(ix.longest_prefix("三个字以上"), Some("三个字"));
        assert_eq!(ix.longest_prefix("三个孩子"), Some("三个"));
        assert_eq!(ix.longest_prefix("三个"), Some("三个"));
        assert_eq!(ix.longest_prefix("三"), None);
        assert_eq!(ix.longest_suffix("写了三个字"), Some("三个字"));
        assert_eq!(ix.longest_suffix("写了两个字"), None);
        assert_eq!(ix.longest_suffix("个字"), None);
        assert_eq!(ix.longest_suffix("合计US$"), Some("US$"));
        assert_eq!(ix.longest_suffix("$"), Some("$"));
        assert!(ix.starts("US$5") && !ix.starts("U") && ix.ends("三个"));
        assert!(
            ix.contains("三个") && ix.contains("$") && !ix.contains("三个孩子") && !ix.contains("")
        );
    }
}
