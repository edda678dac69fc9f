//! One report written for the crate (tests/data/twin/report.txt, UTF-8) and its twins: GBK,
//! UTF-16LE/BE with BOM, CRLF, CR (with a UTF-8 BOM) and the whole report on one line. Each twin
//! gives the same facts and section tree; spans point into the twin's own decoded text. Bad
//! bytes give the typed decode error.

use serde_json::Value;
use zhreport::{DecodeFailure, Error, Report};

fn read(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/data/twin/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn parse(name: &str) -> (Report, String) {
    let bytes = read(name);
    let text = zhreport::decode::decode(&bytes).unwrap().text.into_owned();
    (zhreport::parse_bytes(&bytes).unwrap(), text)
}

/// The report as JSON without offsets (spans, paragraph lists) and without the encoding.
fn facts(r: &Report) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                m.remove("span");
                m.remove("heading_span");
                m.remove("paragraphs");
                m.remove("encoding");
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(r).unwrap();
    strip(&mut v);
    v
}

/// Every mention's span slices its own text out of the decoded document, in bytes and chars.
fn assert_spans(r: &Report, text: &str, name: &str) {
    let check = |t: &str, s: &zhreport::Span| {
        assert_eq!(&text[s.start..s.end], t, "{name}: byte span of {t}");
        let chars: String = text
            .chars()
            .skip(s.char_start)
            .take(s.char_end - s.char_start)
            .collect();
        assert_eq!(chars, t, "{name}: char span of {t}");
    };
    r.counts.iter().for_each(|m| check(&m.text, &m.span));
    r.money.iter().for_each(|m| check(&m.text, &m.span));
    r.percentages.iter().for_each(|m| check(&m.text, &m.span));
    r.dates.iter().for_each(|m| check(&m.text, &m.span));
    r.people.iter().for_each(|m| check(&m.name, &m.span));
    r.orgs.iter().for_each(|m| check(&m.name, &m.span));
    for s in &r.sections {
        check(&s.heading, &s.heading_span);
        assert!(
            s.span.start <= s.heading_span.start && s.heading_span.end <= s.span.end,
            "{name}: {}",
            s.heading
        );
        for p in &s.paragraphs {
            assert!(
                s.span.start <= p.start && p.end <= s.span.end,
                "{name}: paragraph outside {}",
                s.heading
            );
        }
    }
}

#[test]
fn utf8_original() {
    let (r, text) = parse("report.txt");
    assert_spans(&r, &text, "report.txt");
    assert_eq!(r.title.as_deref(), Some("青山区科技局2023年工作总结"));
    assert_eq!(r.year, Some(2023));
    assert_eq!(r.meta.published.as_deref(), Some("2024-01-12"));
    assert_eq!(r.meta.encoding.as_deref(), Some("UTF-8"));
    let tree: Vec<_> = r
        .sections
        .iter()
        .map(|s| {
            (
                s.level,
                s.numbering.as_deref().unwrap_or(""),
                s.heading.as_str(),
                s.parent,
            )
        })
        .collect();
    assert_eq!(
        tree,
        [
            (1, "一、", "主要工作成效", None),
            (2, "（一）", "科技企业培育", Some(0)),
            (2, "（二）", "创新平台建设", Some(0)),
            (1, "二、", "存在的问题", None),
            (1, "三、", "2024年工作打算", None),
            (2, "一是", "加大企业培育力度", Some(4)),
            (2, "二是", "推进平台提质增效", Some(4)),
        ]
    );
    // Mentions carry their innermost section.
    let c = r.counts.iter().find(|c| c.text == "120家").unwrap();
    assert_eq!(c.section, Some(1));
    let m = r.money.iter().find(|m| m.text == "3500万元").unwrap();
    assert_eq!(m.section, Some(2));
    let c = r.counts.iter().find(|c| c.text == "35家").unwrap();
    assert_eq!(c.section, None);
}

#[test]
fn encoded_twins_give_the_same_report() {
    let (original, _) = parse("report.txt");
    for (name, encoding) in [
        ("report.gbk.txt", "GBK"),
        ("report.utf16le.txt", "UTF-16LE"),
        ("report.utf16be.txt", "UTF-16BE"),
    ] {
        let (r, text) = parse(name);
        assert_eq!(r.meta.encoding.as_deref(), Some(encoding), "{name}");
        assert_spans(&r, &text, name);
        // Same decoded text, so the very same report, offsets included.
        let mut r = r;
        r.meta.encoding = original.meta.encoding.clone();
        assert_eq!(r, original, "{name}");
    }
}

#[test]
fn line_end_twins_give_the_same_facts() {
    let (original, _) = parse("report.txt");
    for name in ["report.crlf.txt", "report.cr.txt"] {
        let (r, text) = parse(name);
        assert_spans(&r, &text, name);
        assert_eq!(facts(&r), facts(&original), "{name}");
    }
}

#[test]
fn one_line_twin_gives_the_same_facts_and_tree() {
    let (original, _) = parse("report.txt");
    let (r, text) = parse("report.oneline.txt");
    assert_eq!(text.lines().count(), 1);
    assert_spans(&r, &text, "report.oneline.txt");
    let mut expected = facts(&original);
    let mut got = facts(&r);
    // The dates under the title and at the end share a line with other text here, so they are
    // no longer standalone date lines: no publication date.
    assert_eq!(got["meta"]["published"], Value::Null);
    expected["meta"]["published"] = Value::Null;
    got["meta"]["published"] = Value::Null;
    assert_eq!(got, expected);
}

#[test]
fn bad_bytes_are_a_typed_error() {
    // GBK text broken by a byte that is invalid in both UTF-8 and GB18030.
    let mut bytes = read("report.gbk.txt");
    bytes.insert(10, 0xff);
    match zhreport::parse_bytes(&bytes).unwrap_err() {
        Error::Decode {
            tried,
            offset,
            failure,
            ..
        } => {
            assert_eq!(
                (tried.as_str(), offset, failure),
                ("UTF-8, GB18030", 10, DecodeFailure::InvalidBytes)
            );
        }
        e => panic!("{e:?}"),
    }
    // UTF-16 with a lone surrogate.
    let mut bytes = read("report.utf16le.txt");
    bytes.splice(6..8, [0x00, 0xdc]);
    assert!(matches!(
        zhreport::parse_bytes(&bytes),
        Err(Error::Decode {
            offset: 6,
            failure: DecodeFailure::InvalidBytes,
            ..
        })
    ));
    // Binary data (pseudo-random bytes, NULs included) is an error, not GB18030 mojibake.
    let mut x: u32 = 12345;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 16) as u8
        })
        .collect();
    assert!(matches!(
        zhreport::parse_bytes(&noise),
        Err(Error::Decode { .. })
    ));
    // Printable noise without control bytes: decodes as GB18030 only into rare characters.
    let printable: Vec<u8> = noise.iter().map(|b| b | 0x80).collect();
    assert!(matches!(
        zhreport::parse_bytes(&printable),
        Err(Error::Decode { .. })
    ));
    // Latin-1 text is not GBK.
    let latin1 = b"R\xe9sum\xe9 de l'ann\xe9e: tr\xe8s bonne ann\xe9e pour l'\xe9quipe.";
    assert!(matches!(
        zhreport::parse_bytes(latin1),
        Err(Error::Decode { .. })
    ));
    // Big5 text (本年度工作報告：全年完成營業收入三億元…) decodes as GB18030, into mojibake of rare
    // characters (セ厨ЧΘ…): implausible, so an error.
    let big5: Vec<u8> = (0..big5_hex().len() / 2)
        .map(|i| u8::from_str_radix(&big5_hex()[2 * i..2 * i + 2], 16).unwrap())
        .collect();
    assert!(zhreport::decode::decode(&big5).is_err());
    assert!(matches!(
        zhreport::parse_bytes(&big5),
        Err(Error::Decode {
            failure: DecodeFailure::Implausible,
            offset: 2,
            ..
        })
    ));
    // UTF-16 without a BOM reads as UTF-8 full of NULs: binary, not text.
    let utf16_no_bom: Vec<u8> = "2023年工作总结"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    assert!(zhreport::parse_bytes(&utf16_no_bom).is_err());
    // The same without its BOM: not guessed, and not passed on as GBK mojibake.
    for name in ["report.utf16le.txt", "report.utf16be.txt"] {
        let bytes = read(name);
        assert!(
            zhreport::parse_bytes(&bytes[2..]).is_err(),
            "{name} without BOM"
        );
    }
    // Error messages name the encodings and the offset.
    let e = zhreport::parse_bytes(b"\xb1\xa8\xff").unwrap_err();
    assert_eq!(
        e.to_string(),
        "cannot decode input as UTF-8, GB18030: invalid bytes at offset 2"
    );
}

#[test]
fn empty_and_whitespace_inputs() {
    for bytes in [
        &b""[..],
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\r\n\r\n",
        "\u{3000}\u{a0}".as_bytes(),
    ] {
        let r = zhreport::parse_bytes(bytes).unwrap();
        assert!(
            r.sections.is_empty() && r.counts.is_empty() && r.title.is_none(),
            "{bytes:?}"
        );
    }
}

fn big5_hex() -> &'static str {
    "a5bba67eabd7a475a740b3f8a769a147a5fea67ea7b9a6a8c0e7b77ea6aca44aa454bbf5a4b8a141b8fba457a67ebc57aaf8a6caa4c0a4a7a451a143"
}
