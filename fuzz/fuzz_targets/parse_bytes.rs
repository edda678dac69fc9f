//! Any bytes: parse_bytes returns a report whose spans slice the decoded text, or a typed error.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = zhreport::parse_bytes(data) {
        let json = serde_json_len(&report);
        assert!(json > 0);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let r = zhreport::parse(text);
        for c in &r.counts {
            assert_eq!(&text[c.span.start..c.span.end], c.text);
        }
        for m in &r.money {
            assert_eq!(&text[m.span.start..m.span.end], m.text);
        }
        for d in &r.dates {
            assert_eq!(&text[d.span.start..d.span.end], d.text);
        }
    }
});

fn serde_json_len(r: &zhreport::Report) -> usize {
    format!("{r:?}").len()
}
