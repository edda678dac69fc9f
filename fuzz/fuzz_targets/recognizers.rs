//! Each recognizer alone, on any UTF-8 text: no panic, spans inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use zhreport::recognize::{date, money, number, org, percent, person, quantity};

fuzz_target!(|text: &str| {
    let _ = number::parse(text);
    let numerals = number::scan(text);
    for n in &numerals {
        assert!(n.start <= n.core_start && n.core_start <= n.end && n.end <= text.len());
    }
    let _ = quantity::find(text, &numerals, zhreport::lexicon::MEASURE_WORDS);
    let _ = money::find(text, &numerals);
    let _ = percent::find(text, &numerals);
    for d in date::find(text, Some(2022)) {
        assert!(d.span.end <= text.len() && d.start <= d.end);
    }
    let _ = person::find(text);
    let _ = org::find(text);
    let _ = zhreport::recognize_line(text, Some("2022-06-30"));
});
