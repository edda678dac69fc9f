//! Bytes → text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, GBK/GB18030.
//!
//! Nothing is replaced silently: bytes that are invalid in every encoding tried, and bytes
//! that decode but cannot be text (control characters, private-use characters, or GBK
//! decoding that lands mostly outside the common GB2312 set, as Latin-1 or Big5 bytes do),
//! are an [`Error::Decode`] naming the encodings tried and the byte offset of the problem.

use crate::error::{DecodeFailure, Error};
use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE};
use std::borrow::Cow;

/// Decoded text and the name of the encoding it came from.
///
/// ```
/// let d = zhreport::decode::decode("\u{feff}年度报告".as_bytes()).unwrap();
/// assert_eq!(d.text, "年度报告");
/// assert_eq!(d.encoding, "UTF-8");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text, borrowed when the input was UTF-8 already (without its BOM).
    pub text: Cow<'a, str>,
    /// `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GBK` (GB18030 bytes that use only its two-byte GBK
    /// part) or `GB18030`.
    pub encoding: &'static str,
}

/// Share of suspicious characters (controls, private use) above which decoded text is taken
/// for binary data: one in fifty.
const MAX_SUSPICIOUS_PER_50: usize = 1;

/// Decodes report bytes. A BOM decides first (UTF-8, UTF-16LE, UTF-16BE); without one UTF-8
/// is tried, then GB18030 (a superset of GBK and GB2312).
///
/// ```
/// use zhreport::decode::decode;
/// // "报告" in GBK
/// let d = decode(&[0xb1, 0xa8, 0xb8, 0xe6]).unwrap();
/// assert_eq!((d.text.as_ref(), d.encoding), ("报告", "GBK"));
/// // "报告" in UTF-16LE with its BOM
/// assert_eq!(decode(&[0xff, 0xfe, 0xa5, 0x62, 0x4a, 0x54]).unwrap().text, "报告");
/// // Invalid everywhere: the error says what was tried and where it failed.
/// let err = decode(&[0xb1, 0xa8, 0xff, 0xff, 0x00]).unwrap_err();
/// assert_eq!(err.to_string(), "cannot decode input as UTF-8, GB18030: invalid bytes at offset 2");
/// // Binary data is not text, whatever the encoding could make of it.
/// assert!(decode(&[0x00, 0x01, 0x02, 0x03, 0x41, 0x42]).is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let text = utf8(rest).map_err(|valid| invalid("UTF-8", valid + 3))?;
        return checked(Cow::Borrowed(text), "UTF-8", |_, i| i + 3);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16(UTF_16LE, rest, "UTF-16LE");
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16(UTF_16BE, rest, "UTF-16BE");
    }
    let utf8_error = match utf8(bytes) {
        Ok(text) => return checked(Cow::Borrowed(text), "UTF-8", |_, i| i),
        Err(valid) => valid,
    };
    const TRIED: &str = "UTF-8, GB18030";
    match GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => {
            let scan = scan_gb(bytes);
            if scan.uncommon * 5 > scan.multibyte && scan.uncommon >= 2 {
                return Err(Error::Decode {
                    tried: TRIED.into(),
                    offset: scan.first_uncommon,
                    failure: DecodeFailure::Implausible,
                });
            }
            let name = if scan.four_byte == 0 {
                "GBK"
            } else {
                "GB18030"
            };
            // Offsets in the input: the decoded prefix encoded back (GB18030 round-trips).
            checked(text, name, |t, i| GB18030.encode(&t[..i]).0.len()).map_err(|e| match e {
                Error::Decode {
                    offset, failure, ..
                } => Error::Decode {
                    tried: TRIED.into(),
                    offset,
                    failure,
                },
                other => other,
            })
        }
        None => Err(invalid(TRIED, utf8_error.max(valid_prefix(GB18030, bytes)))),
    }
}

/// `bytes` as UTF-8 text, or the length of its longest valid prefix. Most input is valid UTF-8
/// and is validated with SIMD (`simdutf8`, several times fewer instructions per byte than
/// `std::str::from_utf8`); only invalid input is read again to find where it goes wrong.
fn utf8(bytes: &[u8]) -> Result<&str, usize> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(_) => std::str::from_utf8(bytes).map_err(|e| e.valid_up_to()),
    }
}

fn invalid(tried: &str, offset: usize) -> Error {
    Error::Decode {
        tried: tried.into(),
        offset,
        failure: DecodeFailure::InvalidBytes,
    }
}

fn utf16<'a>(
    enc: &'static Encoding,
    bytes: &'a [u8],
    name: &'static str,
) -> Result<Decoded<'a>, Error> {
    match enc.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => checked(text, name, |t, i| 2 + t[..i].encode_utf16().count() * 2),
        None => Err(invalid(name, 2 + valid_prefix(enc, bytes))),
    }
}

/// Accepts `text` unless it looks like binary data; `to_input(text, i)` maps byte offset `i`
/// in the text to one in the input bytes.
fn checked<'a>(
    text: Cow<'a, str>,
    name: &'static str,
    to_input: impl Fn(&str, usize) -> usize,
) -> Result<Decoded<'a>, Error> {
    if let Some(first) = first_suspicious(&text) {
        let total = text.chars().count();
        if suspicious_count(&text) * 50 > total * MAX_SUSPICIOUS_PER_50 {
            let offset = to_input(&text, first);
            return Err(Error::Decode {
                tried: name.into(),
                offset,
                failure: DecodeFailure::Binary,
            });
        }
    }
    Ok(Decoded {
        text,
        encoding: name,
    })
}

/// Characters that do not occur in text: controls other than tab, line ends and form feed,
/// private-use characters, replacement characters and non-characters. A DOS end-of-file mark
/// (U+001A) at the very end is tolerated.
fn is_suspicious(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{e}'..='\u{19}' | '\u{1b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{e000}'..='\u{f8ff}' | '\u{fffd}' | '\u{fffe}' | '\u{ffff}' | '\u{f0000}'..)
}

/// True when the UTF-8 bytes `lead`, `next`, `after` start a character that [`is_suspicious`]
/// (or U+001A). A continuation byte (0x80..=0xBF) never matches, so this may be asked at every
/// byte of a text without finding its character boundaries.
fn starts_suspicious(lead: u8, next: u8, after: u8) -> bool {
    let control = lead < 0x20 && !matches!(lead, b'\t'..=b'\r');
    let c1 = lead == 0xC2 && next < 0xA0; // U+0080..=U+009F
    let private = lead == 0xEE || lead == 0xEF && next <= 0xA3; // U+E000..=U+F8FF
    let nonchar = lead == 0xEF && next == 0xBF && after >= 0xBD; // U+FFFD..=U+FFFF
    let plane15 = lead == 0xF3 && next >= 0xB0 || lead == 0xF4; // U+F0000..
    control || lead == 0x7F || c1 || private || nonchar || plane15
}

/// A looser test than [`starts_suspicious`], true wherever it is, written without branches so
/// that the compiler tests a whole block of bytes at once with SIMD compares. Chinese text
/// rarely trips it: its fullwidth punctuation (EF BC …, EF BD …) is let through. Every lead
/// byte from EE up trips it otherwise (four-byte characters too, rare in Chinese text): one
/// compare fewer than telling F3 and F4 from F0 to F2.
fn may_start_suspicious(lead: u8, next: u8) -> bool {
    let control = (lead < 0x20) & (lead.wrapping_sub(b'\t') > b'\r' - b'\t');
    let c1 = (lead == 0xC2) & (next < 0xA0);
    let high = (lead >= 0xEE) & !((lead == 0xEF) & (next & 0xFE == 0xBC));
    control | (lead == 0x7F) | c1 | high
}

/// Bytes tested at once by [`first_suspicious`].
const BLOCK: usize = 64;

/// Byte offset of the first suspicious character of `text` (U+001A counts unless it ends the
/// text). Blocks are screened with [`may_start_suspicious`] and only a block that trips it is
/// searched byte by byte.
fn first_suspicious(text: &str) -> Option<usize> {
    let body = text.strip_suffix('\u{1a}').unwrap_or(text);
    let b = body.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let exact = |from: usize, to: usize| {
        (from..to).find(|&i| starts_suspicious(b[i], at(i + 1), at(i + 2)))
    };
    let mut start = 0;
    // Each block is read with the byte after it, which the screen looks at too.
    while let Some(block) = b
        .get(start..)
        .and_then(|r| r.first_chunk::<{ BLOCK + 1 }>())
    {
        let hit = (0..BLOCK).fold(false, |acc, i| {
            acc | may_start_suspicious(block[i], block[i + 1])
        });
        if hit {
            if let Some(p) = exact(start, start + BLOCK) {
                return Some(p);
            }
        }
        start += BLOCK;
    }
    exact(start, b.len())
}

fn suspicious_count(text: &str) -> usize {
    let body = text.strip_suffix('\u{1a}').unwrap_or(text);
    body.chars()
        .filter(|c| is_suspicious(*c) || *c == '\u{1a}')
        .count()
}

/// Length of the longest prefix of `bytes` that `enc` decodes without error.
fn valid_prefix(enc: &'static Encoding, bytes: &[u8]) -> usize {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        decoder
            .max_utf8_buffer_length(bytes.len())
            .unwrap_or(bytes.len() * 3),
    );
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        // `read` counts the malformed sequence and the bytes consumed after it.
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            read.saturating_sub(bad as usize + after as usize)
        }
        _ => read,
    }
}

/// What a GB18030 byte sequence is made of.
#[derive(Debug, Default)]
struct GbScan {
    /// Multi-byte characters.
    multibyte: usize,
    /// Multi-byte characters outside GB2312 (GBK extension areas or four-byte codes): rare in
    /// real Chinese text, common when Latin-1 or Big5 bytes are read as GBK.
    uncommon: usize,
    /// Four-byte codes.
    four_byte: usize,
    /// Byte offset of the first uncommon character.
    first_uncommon: usize,
}

fn scan_gb(bytes: &[u8]) -> GbScan {
    let mut s = GbScan::default();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        s.multibyte += 1;
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let (len, common) = if (0x30..=0x39).contains(&next) {
            s.four_byte += 1;
            (4, false)
        } else if b == 0x80 {
            (1, false)
        } else {
            (
                2,
                (0xA1..=0xF7).contains(&b) && (0xA1..=0xFE).contains(&next),
            )
        };
        if !common {
            if s.uncommon == 0 {
                s.first_uncommon = i;
            }
            s.uncommon += 1;
        }
        i += len;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-level search finds what a walk over the characters finds, for every character
    /// at every place in a block (first, last, straddling the end, in the unscreened tail).
    #[test]
    fn byte_screen_agrees_with_the_character_definition() {
        let by_chars = |text: &str| {
            let body = text.strip_suffix('\u{1a}').unwrap_or(text);
            body.char_indices()
                .find(|(_, c)| is_suspicious(*c) || *c == '\u{1a}')
                .map(|(i, _)| i)
        };
        let fill = "报告，（一）全年增长5%：".repeat(9);
        // Every character near the edges of the suspicious ranges, and a sample of the rest.
        let near = [
            0..0x800,
            0xD7F0..0x10010,
            0xEFFF0..0xF0010,
            0xFFFF0..0x100010,
            0x10FFF0..0x110000,
        ];
        let sample = (0..0x110000).step_by(97);
        let chars = near
            .into_iter()
            .flatten()
            .chain(sample)
            .filter_map(char::from_u32);
        for c in chars {
            for pad in [0, 1, 2, 3, 62, 63, 64, 65] {
                let mut short = "a".repeat(pad);
                short.push(c);
                let long = format!("{short}{fill}");
                for text in [&short, &long] {
                    assert_eq!(
                        first_suspicious(text),
                        by_chars(text),
                        "U+{:04X} at {pad}",
                        c as u32
                    );
                }
            }
        }
        assert_eq!(first_suspicious("abc\u{1a}"), None);
        assert_eq!(first_suspicious("abc\u{1a}\u{1a}"), Some(3));
    }

    #[test]
    fn offsets_point_into_the_input() {
        // UTF-8 with a BOM and a broken sequence after "报告".
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend("报告".as_bytes());
        bytes.push(0xff);
        assert!(matches!(
            decode(&bytes),
            Err(Error::Decode { offset: 9, .. })
        ));
        // UTF-16LE: a lone high surrogate after one character.
        let err = decode(&[0xff, 0xfe, 0xa5, 0x62, 0x00, 0xd8]).unwrap_err();
        assert!(
            matches!(err, Error::Decode { offset: 4, ref tried, .. } if tried == "UTF-16LE"),
            "{err:?}"
        );
        // UTF-16 text with a NUL in it: binary.
        let err = decode(&[0xff, 0xfe, 0xa5, 0x62, 0x00, 0x00]).unwrap_err();
        assert!(
            matches!(
                err,
                Error::Decode {
                    offset: 4,
                    failure: DecodeFailure::Binary,
                    ..
                }
            ),
            "{err:?}"
        );
    }
}
