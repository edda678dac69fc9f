//! Bytes → text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, GB18030/GBK.

use crate::Error;
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
    /// The text, borrowed when the input was UTF-8 already.
    pub text: Cow<'a, str>,
    /// `UTF-8`, `UTF-16LE`, `UTF-16BE` or `GB18030`.
    pub encoding: &'static str,
}

/// Decodes report bytes. UTF-8 is tried first (a BOM is dropped), then a UTF-16 BOM, then
/// GB18030 (a superset of GBK). Bytes that are valid in none of them are an [`Error::Decode`]
/// naming the first invalid UTF-8 byte offset; nothing is replaced silently.
///
/// ```
/// // "报告" in GBK
/// let d = zhreport::decode::decode(&[0xb1, 0xa8, 0xb8, 0xe6]).unwrap();
/// assert_eq!((d.text.as_ref(), d.encoding), ("报告", "GB18030"));
/// assert!(zhreport::decode::decode(&[0xff, 0xff, 0x00]).is_err());
/// ```
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest).map_err(|offset| Error::Decode { tried: "UTF-8".into(), offset: offset + 3 });
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return strict(UTF_16LE, &bytes[2..], "UTF-16LE", 2);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return strict(UTF_16BE, &bytes[2..], "UTF-16BE", 2);
    }
    match utf8(bytes) {
        Ok(d) => Ok(d),
        Err(offset) => strict(GB18030, bytes, "GB18030", 0).map_err(|_| Error::Decode {
            tried: "UTF-8, GB18030".into(),
            offset,
        }),
    }
}

fn utf8(bytes: &[u8]) -> Result<Decoded<'_>, usize> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded { text: Cow::Borrowed(s), encoding: "UTF-8" }),
        Err(e) => Err(e.valid_up_to()),
    }
}

fn strict<'a>(
    enc: &'static Encoding,
    bytes: &'a [u8],
    name: &'static str,
    bom: usize,
) -> Result<Decoded<'a>, Error> {
    match enc.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(Decoded { text: Cow::Owned(text.into_owned()), encoding: name }),
        None => {
            // Find where decoding fails, for the error message.
            let mut decoder = enc.new_decoder_without_bom_handling();
            let mut out = String::with_capacity(bytes.len() * 2);
            let (_, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
            Err(Error::Decode { tried: name.into(), offset: read + bom })
        }
    }
}
