//! The characters the numeral scan and the date scan look at, found in one pass over a block.
//!
//! Both scans skip most of a text: a numeral starts at few characters, a date at numerals, at
//! the first characters of its keywords, and it needs to know where sentences end. Walking every
//! character is most of what either scan costs, so one walk marks the characters of both and each
//! scan goes from mark to mark ([`super::number::scan_marked`], [`super::date::find_marked`]).

use super::{date, number};
use crate::lexicon::charset::Stops;
use crate::lexicon::CharSet;
use once_cell::sync::Lazy;

/// A character one of the scans looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    /// Its byte offset in the block.
    pub(crate) at: usize,
    /// Its code point (every marked character is in the Basic Multilingual Plane).
    pub(crate) code: u32,
    /// [`NUMERAL`] when a numeral may start there, and the date class of the character
    /// (`date::CLASS_*`) times [`DATE`].
    pub(crate) class: u8,
}

impl Mark {
    /// Whether a numeral may start at this character.
    pub(crate) fn numeral(self) -> bool {
        self.class & NUMERAL != 0
    }

    /// The character's class for the date scan (`date::CLASS_NONE` when it has none).
    pub(crate) fn date_class(self) -> u8 {
        self.class / DATE
    }

    /// The character.
    pub(crate) fn char(self) -> char {
        char::from_u32(self.code).unwrap_or(char::REPLACEMENT_CHARACTER)
    }

    /// The length of the character in bytes.
    pub(crate) fn len(self) -> usize {
        match self.code {
            0..=0x7F => 1,
            0x80..=0x7FF => 2,
            _ => 3,
        }
    }
}

/// The bit of a character where a numeral may start.
const NUMERAL: u8 = 1;
/// The multiplier of the date class.
const DATE: u8 = 2;

/// The marked three-byte characters as a [`Stops`] table, so that the pass skips every other
/// Han character with one lookup (the table names' word ends are skipped with).
static MARKED: Lazy<Stops> = Lazy::new(|| {
    let numeral_starts = number::START_CHARS_LISTED.chars();
    let date_chars = (0x800..0x10000u32)
        .filter(|&code| date::class_of(code) != date::CLASS_NONE)
        .filter_map(char::from_u32);
    Stops::new(&CharSet::new(numeral_starts.chain(date_chars)))
});

/// The ASCII characters a numeral scan looks at: digits, the point of `.5` and the `h`/`w` of
/// a web address (whose numbers are skipped).
fn ascii_numeral_mark(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'.' | b'h' | b'w')
}

/// Appends the marks of `text`, in order, to `out`.
pub(crate) fn find(text: &str, out: &mut Vec<Mark>) {
    let bytes = text.as_bytes();
    let marked: &Stops = &MARKED;
    let numeral_starts: &CharSet = &number::START_CHARS;
    let classes = date::classes();
    let mut at = 0;
    loop {
        // Most of a Chinese text: three-byte characters that are not marked.
        at = marked.skip(bytes, at);
        let rest = &bytes[at..];
        let (class, code, len) = match *rest {
            [b0 @ 0xE0..=0xEF, b1, b2, ..] => {
                let numeral = u8::from(numeral_starts.contains3(b0, b1, b2));
                let code = (usize::from(b0 & 0x0F) << 12)
                    | (usize::from(b1 & 0x3F) << 6)
                    | usize::from(b2 & 0x3F);
                (numeral | (classes[code] * DATE), code, 3)
            }
            [b0, ..] if b0 < 0x80 => {
                let numeral = u8::from(ascii_numeral_mark(b0));
                let code = usize::from(b0);
                (numeral | (classes[code] * DATE), code, 1)
            }
            [b0, b1, ..] if b0 < 0xE0 => {
                // Two-byte characters (Latin, Greek, Cyrillic) never start a numeral.
                let code = (usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F);
                (classes[code] * DATE, code, 2)
            }
            // Four-byte characters are beyond the date classes and never start a numeral.
            [_, ..] => (0, 0, 4),
            [] => return,
        };
        if class != 0 {
            out.push(Mark {
                at,
                code: code as u32,
                class,
            });
        }
        at = (at + len).min(bytes.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every mark agrees with the per-character definitions, and every character they define is
    /// marked.
    #[test]
    fn marks_are_the_characters_both_scans_look_at() {
        let text = "共3项，2022年7月20日。一是去年12.5亿元；第一季度！ab h w é 😀 万分之一 统一";
        let mut marks = Vec::new();
        find(text, &mut marks);
        let mut expected = Vec::new();
        for (at, c) in text.char_indices() {
            let numeral = if c.is_ascii() {
                ascii_numeral_mark(c as u8)
            } else {
                c.len_utf8() == 3 && number::START_CHARS_LISTED.contains(c)
            };
            let class = u8::from(numeral) | (date::class_of(c as u32) * DATE);
            if class != 0 {
                let code = c as u32;
                expected.push(Mark { at, code, class });
            }
        }
        assert_eq!(marks, expected);
        assert!(marks
            .iter()
            .all(|m| text[m.at..].starts_with(m.char()) && m.len() == m.char().len_utf8()));
        assert!(marks.iter().any(|m| m.numeral() && m.date_class() != 0));
        assert!(marks.iter().any(|m| !m.numeral() && m.date_class() != 0));
    }
}
