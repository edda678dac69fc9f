//! Sets of characters as one bit per 16-bit code point (8 KB): the scanners of numbers, dates
//! and names skip most of a Han text by testing each character against such a set, straight
//! from its three UTF-8 bytes, before doing any work at it.
//!
//! Characters beyond the Basic Multilingual Plane share the bit of their low 16 bits, so a set
//! is a filter there: [`CharSet::contains`] may say yes for a character that was not inserted,
//! never no for one that was. Every user confirms a hit by comparing words or classes.

/// A set of characters, one bit per 16-bit code point.
#[derive(Debug, Clone)]
pub(crate) struct CharSet(Box<[u64; 1024]>);

impl CharSet {
    /// The set of `chars`.
    pub(crate) fn new(chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut bits = Box::new([0u64; 1024]);
        for c in chars {
            let (word, bit) = Self::slot(c as u32);
            bits[word] |= bit;
        }
        CharSet(bits)
    }

    /// This set with `chars` added.
    pub(crate) fn with(&self, chars: impl IntoIterator<Item = char>) -> CharSet {
        let mut bits = self.0.clone();
        for c in chars {
            let (word, bit) = Self::slot(c as u32);
            bits[word] |= bit;
        }
        CharSet(bits)
    }

    /// The bitmap word and the bit of a code point (its low 16 bits).
    #[inline]
    pub(crate) fn slot(code: u32) -> (usize, u64) {
        ((code as usize >> 6) & 0x3ff, 1 << (code & 63))
    }

    /// The slot of the character whose UTF-8 form is the three bytes `b0 b1 b2` (U+0800 to
    /// U+FFFF, all of Han): the first two bytes' payload is the word, the third's the bit.
    #[inline]
    pub(crate) fn slot3(b0: u8, b1: u8, b2: u8) -> (usize, u64) {
        (
            (usize::from(b0 & 0x0f) << 6) | usize::from(b1 & 0x3f),
            1 << (b2 & 0x3f),
        )
    }

    /// Whether `c` is in the set (or, beyond the plane, may be).
    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        let (word, bit) = Self::slot(c as u32);
        self.0[word] & bit != 0
    }

    /// Whether the character with code point `code` is in the set, exactly: false beyond the
    /// Basic Multilingual Plane, where [`CharSet::contains`] only filters (for sets that hold no
    /// character there).
    #[inline]
    pub(crate) fn contains_code(&self, code: u32) -> bool {
        let (word, bit) = Self::slot(code);
        code < 0x1_0000 && self.0[word] & bit != 0
    }

    /// Whether the character written as the three UTF-8 bytes `b0 b1 b2` is in the set, tested
    /// without decoding it.
    #[inline]
    pub(crate) fn contains3(&self, b0: u8, b1: u8, b2: u8) -> bool {
        let (word, bit) = Self::slot3(b0, b1, b2);
        self.0[word] & bit != 0
    }

    /// The bitmap's words, for callers that test several sets at one [`CharSet::slot`].
    #[inline]
    pub(crate) fn words(&self) -> &[u64; 1024] {
        &self.0
    }
}

/// A [`CharSet`] laid out for skipping the characters not in it, one lookup per three-byte
/// character: per first byte and low six bits of the second byte (the character's first two
/// bytes read as one 14-bit key), a bitmap over the low six bits of the third byte. A byte
/// that starts no three-byte character (ASCII, two- and four-byte characters) stops the
/// skipping whatever follows it: its row is all ones.
#[derive(Debug, Clone)]
pub(crate) struct Stops(Box<[u64; 1 << 14]>);

impl Stops {
    /// The table of `set`.
    pub(crate) fn new(set: &CharSet) -> Stops {
        let mut rows = Box::new([!0u64; 1 << 14]);
        for (word, &bits) in set.0.iter().enumerate() {
            // The word of the lead byte 0xE0 | word >> 6 and second byte 0x80 | word & 0x3f.
            rows[(word & 0x3f) << 8 | 0xe0 | word >> 6] = bits;
        }
        Stops(rows)
    }

    /// Where, from `i` (a character boundary of the UTF-8 `bytes`), the first character stands
    /// that is in the set or not of three bytes; `bytes.len()` when there is none.
    #[inline(always)]
    pub(crate) fn skip(&self, bytes: &[u8], mut i: usize) -> usize {
        // Four characters a round, their twelve bytes read as two overlapping words (bytes
        // 0..8 and 4..12): a quarter of the loop's own work, and no byte read on its own.
        while let Some(chunk) = bytes.get(i..i + 12) {
            let (Some(x), Some(z)) = (chunk.first_chunk(), chunk.last_chunk()) else {
                break;
            };
            let (x, z) = (u64::from_le_bytes(*x), u64::from_le_bytes(*z));
            if self.stops_at(x) {
                return i;
            }
            if self.stops_at(x >> 24) {
                return i + 3;
            }
            if self.stops_at(z >> 16) {
                return i + 6;
            }
            if self.stops_at(z >> 40) {
                return i + 9;
            }
            i += 12;
        }
        while let Some(&[b0, b1, b2]) = bytes.get(i..i + 3) {
            if self.stops_at(u64::from_le_bytes([b0, b1, b2, 0, 0, 0, 0, 0])) {
                return i;
            }
            i += 3;
        }
        i
    }

    /// Whether a character whose first three bytes are the low 24 bits of `bytes` (first byte
    /// lowest) stops the skipping: the first two bytes pick the row, the third the bit.
    #[inline(always)]
    fn stops_at(&self, bytes: u64) -> bool {
        self.0[(bytes & 0x3fff) as usize] >> (bytes >> 16 & 63) & 1 != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_characters_agree() {
        let set = CharSet::new("一万亿年月日".chars());
        for cp in 0x800..0x10000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(set.contains3(b[0], b[1], b[2]), set.contains(c), "{c}");
            assert_eq!(set.contains(c), "一万亿年月日".contains(c), "{c}");
        }
        assert!(!set.contains('a'));
        // Beyond the plane the set is a filter: U+1_4E00 shares 一's bit.
        assert!(set.contains('\u{14E00}'));
    }

    #[test]
    fn stops_at_members_and_at_other_lengths() {
        let stops = Stops::new(&CharSet::new("万亿年".chars()));
        let at = |text: &str, from: usize| stops.skip(text.as_bytes(), from);
        assert_eq!(at("一二三万四", 0), 9);
        assert_eq!(at("一二三万四", 9), 9);
        assert_eq!(at("一二三万四", 12), 15);
        assert_eq!(at("一二a三", 0), 6);
        assert_eq!(at("一二é三", 0), 6);
        assert_eq!(at("一\u{24E00}", 0), 3);
        assert_eq!(at("一二", 0), 6);
        assert_eq!(at("", 0), 0);
        // Runs longer than one round of four characters: the first stop wherever it stands,
        // a member or a character of another length, from any start.
        for len in 0..14 {
            for k in 0..len {
                for stop in ["万", "a", "é", "\u{24E00}"] {
                    let mut text = "一".repeat(len);
                    text.replace_range(k * 3..k * 3 + 3, stop);
                    for from in 0..=k {
                        assert_eq!(at(&text, from * 3), k * 3, "{text} {from}");
                    }
                }
            }
            let text = "一".repeat(len);
            assert_eq!(stops.skip(text.as_bytes(), 0), text.len());
        }
        // Every three-byte character: a stop exactly where the set holds it.
        for cp in 0x800..0x10000u32 {
            if let Some(c) = char::from_u32(cp) {
                let text = format!("{c}一");
                assert_eq!(at(&text, 0) == 0, "万亿年".contains(c), "{c}");
            }
        }
    }
}
