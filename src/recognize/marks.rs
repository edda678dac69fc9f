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
use std::ops::Range;

/// A character one of the scans looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark {
    /// Its byte offset in the block.
    pub(crate) at: usize,
    /// Its code point (every marked character is in the Basic Multilingual Plane).
    pub(crate) code: u32,
    /// [`NUMERAL`] when a numeral may start there, and the date class of the character
    /// (`date::CLASS_NUMERAL` or `date::CLASS_WORD`) times [`DATE`].
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

/// The marks of a document's blocks in two lists, each in text order: the numeral scan's and
/// the date scan's (a character both look at is in both), so that each scan goes over its own
/// marks only (most numeral marks start no date: 一是, 12.5%).
#[derive(Debug, Default)]
pub(crate) struct Marks {
    /// The marks where a numeral may start.
    pub(crate) numerals: Vec<Mark>,
    /// The marks where a date may start.
    pub(crate) dates: Vec<Mark>,
}

/// Where the marks of a block are in [`Marks`]' lists.
#[derive(Debug, Clone)]
pub(crate) struct BlockMarks {
    /// Its numeral marks, in [`Marks::numerals`].
    pub(crate) numerals: Range<usize>,
    /// Its date marks, in [`Marks::dates`].
    pub(crate) dates: Range<usize>,
}

impl Marks {
    /// Appends the marks of `text` (a block) and says where they are.
    pub(crate) fn find(&mut self, text: &str) -> BlockMarks {
        let (numerals, dates) = (self.numerals.len(), self.dates.len());
        find(text, self);
        BlockMarks {
            numerals: numerals..self.numerals.len(),
            dates: dates..self.dates.len(),
        }
    }

    /// Adds `mark` to the lists its class says.
    #[inline]
    fn push(&mut self, mark: Mark) {
        if mark.numeral() {
            self.numerals.push(mark);
        }
        if mark.date_class() != date::CLASS_NONE {
            self.dates.push(mark);
        }
    }

    /// Empties both lists.
    pub(crate) fn clear(&mut self) {
        self.numerals.clear();
        self.dates.clear();
    }
}

/// The bit of a character where a numeral may start.
const NUMERAL: u8 = 1;
/// The multiplier of the date class.
const DATE: u8 = 2;
/// The bits a mark carries: [`NUMERAL`] and the date class times [`DATE`].
const MARK_BITS: u8 = 7;
/// The bit of a keyword's first character that is marked from the character after it
/// ([`MARKED_BY_NEXT`]), not where it stands.
const BY_NEXT: u8 = 8;
/// The bit of a character that marks the character before it when that is one of
/// [`MARKED_BY_NEXT`] (the second characters of their keywords).
const MARKS_BEFORE: u8 = 16;
/// The bit of an Arabic digit (ASCII or full-width): the digits right after it are not marked.
const DIGIT: u8 = 32;

/// Common characters that start a date keyword only before a few rarer characters (国 of 国庆,
/// 建 of 建党节, 中 of 中秋, 年 of 年初, 重 of 重阳 …): the pass stops at those second characters
/// and marks the first from there, rather than stop at every 国, 建, 中. Neither numerals nor
/// count or rolling prefixes, whose next characters are many (a test checks).
const MARKED_BY_NEXT: &str = "国建中年重开平农教立道小正首神康";

/// The class of every character of the Basic Multilingual Plane as a mark would carry it
/// ([`Mark::class`]) and the [`BY_NEXT`] and [`MARKS_BEFORE`] bits, so that the pass reads it
/// with one lookup.
static CLASSES: Lazy<Box<[u8; 65_536]>> = Lazy::new(|| {
    let mut t = Box::new([0u8; 65_536]);
    for (class, &date_class) in t.iter_mut().zip(date::classes().iter()) {
        *class = date_class * DATE;
    }
    for b in (0..0x80u8).filter(|&b| ascii_numeral_mark(b)) {
        t[usize::from(b)] |= NUMERAL;
    }
    // Two-byte characters (Latin, Greek, Cyrillic) never start a numeral.
    for c in number::start_chars_listed() {
        t[c as usize] |= NUMERAL;
    }
    for c in ('0'..='9').chain('０'..='９') {
        t[c as usize] |= DIGIT;
    }
    for c in MARKED_BY_NEXT.chars() {
        t[c as usize] |= BY_NEXT;
    }
    for (first, second) in date::start_word_pairs() {
        if MARKED_BY_NEXT.contains(first) {
            t[second as usize] |= MARKS_BEFORE;
        }
    }
    t
});

/// The three-byte characters the pass stops at as a [`Stops`] table, so that it skips every
/// other Han character with one lookup (the table names' word ends are skipped with): the marked
/// ones but [`MARKED_BY_NEXT`], and the characters that mark those.
static MARKED: Lazy<Stops> = Lazy::new(|| {
    let classes: &[u8; 65_536] = &CLASSES;
    let marked = (0x800..0x10000u32)
        .filter(|&code| {
            let class = classes[code as usize];
            class & BY_NEXT == 0 && class != 0
        })
        .filter_map(char::from_u32);
    Stops::new(&CharSet::new(marked))
});

/// The ASCII characters a numeral scan looks at: digits, the point of `.5` and the `h`/`w` of
/// a web address (whose numbers are skipped).
fn ascii_numeral_mark(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'.' | b'h' | b'w')
}

/// Appends the marks of `text`, in order, to the lists of `out` ([`Marks`]).
///
/// An Arabic digit right after another (the 0 of 2022) is not marked: a number read from the
/// first goes on over it (or a run that cannot be read is skipped whole), and no date starts
/// there ([`date::StartTables::may_start`]).
///
/// The first character of a date keyword or a numeral is marked for the date scan only when the
/// characters next to it may go on with a date ([`date::StartTables::may_start`]): these
/// characters are common (国, 中, 年, 新, 一, the 12 of 12.5%) and most of them lead nowhere, so the pass drops
/// them rather than have the date scan go to each.
pub(crate) fn find(text: &str, out: &mut Marks) {
    let bytes = text.as_bytes();
    let marked: &Stops = &MARKED;
    let classes: &[u8; 65_536] = &CLASSES;
    let starts = date::StartTables::get();
    let mut at = 0;
    loop {
        // Most of a Chinese text: three-byte characters that are not marked.
        at = marked.skip(bytes, at);
        let Some((code, len)) = date::decode(bytes, at) else {
            return;
        };
        // Four-byte characters are beyond the classes: no scan looks at them.
        let bits = classes.get(code as usize).copied().unwrap_or(0);
        if bits & MARKS_BEFORE != 0 {
            mark_before(bytes, at, classes, starts, out);
        }
        let mut class = bits & MARK_BITS;
        if bits & DIGIT != 0 {
            // The pass steps over the digits after this one, and whether a date may start
            // here is told by the run and the character after it (what may_start asks).
            let (end, may_date) = date::arabic_run(bytes, at);
            if !may_date {
                class &= NUMERAL;
            }
            out.push(Mark { at, code, class });
            at = end;
            continue;
        }
        if class >= DATE && !starts.may_start(bytes, at, code, len, class / DATE) {
            class &= NUMERAL;
        }
        out.push(Mark { at, code, class });
        at += len;
    }
}

/// Marks the character before `at` when it is one of [`MARKED_BY_NEXT`] and a date may start
/// there ([`date::StartTables::may_start`]): the character at `at` is a second character of its
/// keywords.
fn mark_before(
    bytes: &[u8],
    at: usize,
    classes: &[u8; 65_536],
    starts: date::StartTables,
    out: &mut Marks,
) {
    // A lead byte three bytes back starts the character that ends at `at`.
    let Some(&[b0 @ 0xE0..=0xEF, b1, b2]) = at.checked_sub(3).and_then(|p| bytes.get(p..at)) else {
        return;
    };
    let code = (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
    let class = classes[code as usize];
    if class & BY_NEXT != 0 && starts.may_start(bytes, at - 3, code, 3, (class & MARK_BITS) / DATE)
    {
        out.push(Mark {
            at: at - 3,
            code,
            class: class & MARK_BITS,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every mark agrees with the per-character definitions, and every character they define is
    /// marked.
    #[test]
    fn marks_are_the_characters_both_scans_look_at() {
        let text = "共3项，2022年7月20日。一是去年12.5亿元；第一季度！ab h w é 😀 万分之一 统一 国家 国庆节 年 \
                    中秋 中国 年初 年度 国国庆 庆 ２０２3年 4５";
        let mut found = Marks::default();
        find(text, &mut found);
        let mut expected = Vec::new();
        let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
        for (at, c) in text.char_indices() {
            // A digit after a digit goes on with its number.
            if digit(c) && text[..at].chars().next_back().is_some_and(digit) {
                continue;
            }
            let numeral = if c.is_ascii() {
                ascii_numeral_mark(c as u8)
            } else {
                c.len_utf8() == 3 && number::start_chars_listed().any(|s| s == c)
            };
            let mut date_class = date::class_of(c as u32);
            // A character of MARKED_BY_NEXT only before a second character of its keywords.
            let next_marks = text[at + c.len_utf8()..].chars().next().is_some_and(|n| {
                CLASSES
                    .get(n as usize)
                    .is_some_and(|&k| k & MARKS_BEFORE != 0)
            });
            if !date::mark_may_start(text, at, c as u32, c.len_utf8(), date_class)
                || MARKED_BY_NEXT.contains(c) && !next_marks
            {
                date_class = date::CLASS_NONE;
            }
            let class = u8::from(numeral) | (date_class * DATE);
            if class != 0 {
                let code = c as u32;
                expected.push(Mark { at, code, class });
            }
        }
        // Each list holds the marks of its scan, in order.
        let numerals: Vec<Mark> = expected.iter().copied().filter(|m| m.numeral()).collect();
        let dates: Vec<Mark> = expected
            .iter()
            .copied()
            .filter(|m| m.date_class() != 0)
            .collect();
        assert_eq!(found.numerals, numerals);
        assert_eq!(found.dates, dates);
        let marks = expected;
        assert!(marks
            .iter()
            .all(|m| text[m.at..].starts_with(m.char()) && m.len() == m.char().len_utf8()));
        assert!(marks.iter().any(|m| m.numeral() && m.date_class() != 0));
        assert!(marks.iter().any(|m| !m.numeral() && m.date_class() != 0));
        // 国 of 国庆节 is marked, 国 of 国家 is not; 一 of 一是 only for the numeral scan.
        let date_mark = |at: usize| marks.iter().any(|m| m.at == at && m.date_class() != 0);
        assert!(!date_mark(text.find("国家").unwrap()));
        assert!(date_mark(text.find("国庆节").unwrap()));
        assert!(!date_mark(text.find("一是").unwrap()));
        assert!(date_mark(text.find("中秋").unwrap()) && !date_mark(text.find("中国").unwrap()));
        assert!(date_mark(text.find("年初").unwrap()) && !date_mark(text.find("年度").unwrap()));
        let twice = text.find("国国庆").unwrap();
        assert!(!date_mark(twice) && date_mark(twice + 3));
    }

    /// The characters marked from the next are keyword starts only: no numeral, no count or
    /// rolling prefix (whose pairs with numerals are not words).
    #[test]
    fn characters_marked_by_the_next_start_words_only() {
        for c in MARKED_BY_NEXT.chars() {
            assert_eq!(date::class_of(c as u32), date::CLASS_WORD, "{c}");
            assert_eq!(CLASSES[c as usize] & NUMERAL, 0, "{c}");
            assert!(!date::has_count_pairs(c), "{c}");
            assert!(date::start_word_pairs().any(|(first, _)| first == c), "{c}");
        }
    }
}
