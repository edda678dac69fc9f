//! Layout: lines → title, byline metadata, chrome, headings and body blocks.

pub mod chrome;
pub mod headings;

use crate::lexicon::charset::{CharSet, Stops};
use crate::CompactString;
use crate::{Meta, Span};
use headings::Style;
use once_cell::sync::Lazy;

/// A heading found by the layout stage, before spans are finalized.
///
/// ```
/// let layout = zhreport::layout::analyze("一、基本情况\n（一）组织建设\n新建支部3个。");
/// let h = &layout.headings[1];
/// assert_eq!((h.level, h.numbering.as_deref(), h.heading.as_str()), (2, Some("（一）"), "组织建设"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadingDraft {
    /// Level (1 = top), from the order in which styles first appear.
    pub level: u8,
    /// The numbering as written, if any.
    pub numbering: Option<CompactString>,
    /// The heading text.
    pub heading: CompactString,
    /// Byte range of the heading text.
    pub heading_span: Span,
    /// Byte offset where the heading line starts.
    pub line_start: usize,
}

/// The structure of a document.
///
/// ```
/// let text = "2023年工作总结\n一、基本情况\n新建支部3个。";
/// let layout = zhreport::layout::analyze(text);
/// assert_eq!(layout.title.as_ref().map(|t| t.0.as_str()), Some("2023年工作总结"));
/// assert_eq!(layout.paragraphs.len(), 1);
/// assert_eq!(&text[layout.paragraphs[0].start..layout.paragraphs[0].end], "新建支部3个。");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// Title line (main part) and its byte span.
    pub title: Option<(CompactString, Span)>,
    /// Subtitle (after `——`, on the title line or the next line).
    pub subtitle: Option<CompactString>,
    /// Byline metadata.
    pub meta: Meta,
    /// Headings in order.
    pub headings: Vec<HeadingDraft>,
    /// Byte ranges of the lines facts are read from (title, subtitle, headings, paragraphs).
    pub blocks: Vec<Span>,
    /// Byte ranges of body paragraphs (not title or heading-only lines).
    pub paragraphs: Vec<Span>,
}

/// Escaped spaces that scraped pages leave as text (`<U+00A0>`, `&nbsp;`).
const ESCAPED_SPACES: &[&str] = &[
    "<U+00A0>", "<U+3000>", "&nbsp;", "&#160;", "&ensp;", "&emsp;",
];

/// Whitespace at the ends of a line: ASCII, NBSP, ideographic space, BOM, escaped spaces.
fn trim(mut s: &str) -> &str {
    if s.is_empty() {
        return s;
    }
    let is_space = |c: char| is_space(c) || c == '\u{feff}';
    // Most lines start and end with what is kept: one look at each end tells them.
    let kept_end = |c: Option<char>| {
        c.is_some_and(|c| !is_space(c) && !matches!(c, '<' | '&' | '>' | ';' | '\u{feff}'))
    };
    if kept_end(s.chars().next()) && kept_end(s.chars().next_back()) {
        return s;
    }
    // Most of the other lines are empty or indented by ideographic or ASCII spaces: those are
    // passed by their bytes, and the line is kept if its ends are then kept.
    let indent = s
        .as_bytes()
        .chunks(3)
        .take_while(|c| *c == "\u{3000}".as_bytes())
        .count()
        * 3;
    let t = s[indent..].trim_start_matches(' ');
    if kept_end(t.chars().next()) && kept_end(t.chars().next_back()) {
        return t;
    }
    loop {
        let before = s.len();
        s = s.trim_matches(is_space);
        // Every escaped space starts with < or & and ends with > or ;.
        if !(s.starts_with(['<', '&']) || s.ends_with(['>', ';'])) {
            return s;
        }
        // A run of one escape (`<U+00A0><U+00A0>…`) goes at once.
        for e in ESCAPED_SPACES {
            while let Some(rest) = s.strip_prefix(e) {
                s = rest;
            }
            while let Some(rest) = s.strip_suffix(e) {
                s = rest;
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

/// [`trim`] at the start only.
fn trim_start(mut s: &str) -> &str {
    let is_space = |c: char| is_space(c) || c == '\u{feff}';
    loop {
        let before = s.len();
        s = s.trim_start_matches(is_space);
        for e in ESCAPED_SPACES {
            while let Some(rest) = s.strip_prefix(e) {
                s = rest;
            }
        }
        if s.len() == before {
            return s;
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    text: &'a str,
    start: usize,
    /// A piece of a long line that held several paragraphs (a flattened document).
    merged: bool,
}

/// Splits `text` into trimmed non-empty lines with their byte offsets (LF, CRLF and CR ends,
/// form feeds, Unicode line and paragraph separators); a line that holds a flattened document
/// is cut further at its run-in headings.
fn lines(text: &str) -> Vec<Line<'_>> {
    let breaks = line_breaks(text);
    let mut out = Vec::with_capacity(breaks.len() + 1);
    let mut start = 0;
    for (i, len) in breaks.into_iter().chain([(text.len(), 0)]) {
        let raw = &text[start..i];
        push_trimmed(&mut out, raw, start, false);
        start = i + len;
    }
    let mut split = Vec::with_capacity(out.len());
    let numberings = major_numberings(text);
    // Lines come in text order: the numberings up to each line's start are passed once.
    let mut from = 0;
    for line in out {
        // Most lines hold no major numbering at all: they are kept whole without probing each
        // sentence start.
        let end = line.start + line.text.len();
        // A numbering at the line's start cuts nothing (cuts are made after a sentence end
        // inside the line): only one after it makes the line worth walking.
        while numberings.get(from).is_some_and(|&(s, _)| s <= line.start) {
            from += 1;
        }
        let inside = numberings[from..]
            .iter()
            .take_while(|&&(s, _)| s < end)
            .any(|&(_, e)| e <= end);
        if inside {
            split_flattened(line, &mut split);
        } else {
            split.push(line);
        }
    }
    // A flattened document starts with its title, set off by a space.
    if let Some(first) = split
        .first()
        .copied()
        .filter(|l| l.merged && title_of(l.text).is_none())
    {
        if let Some(p) = first.text.find(is_space).filter(|p| *p <= 120) {
            if title_of(&first.text[..p]).is_some() {
                let mut head = Vec::with_capacity(2);
                push_trimmed(&mut head, &first.text[..p], first.start, true);
                push_trimmed(&mut head, &first.text[p..], first.start + p, true);
                split.splice(0..1, head);
            }
        }
    }
    split
}

/// Whitespace (Unicode's, NBSP and the ideographic space among it). No character above the
/// ideographic space is whitespace: Chinese text is told apart without the Unicode tables.
pub(crate) fn is_space(c: char) -> bool {
    c <= '\u{3000}' && c.is_whitespace()
}

/// Byte offsets and lengths of line breaks in `text`: `\n`, `\r`, form feed, U+2028, U+2029.
fn line_breaks(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    // Most texts hold no U+2028 / U+2029: a SIMD search for the three one-byte breaks then does.
    // Both separators start with the byte 0xE2, rare in Chinese text (“”—…): one search for it.
    let separators = memchr::memchr_iter(0xE2, b)
        .any(|i| b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)));
    if !separators {
        return memchr::memchr3_iter(b'\n', b'\r', b'\x0c', b)
            .map(|i| (i, 1))
            .collect();
    }
    b.iter()
        .enumerate()
        .filter_map(move |(i, &c)| match c {
            b'\n' | b'\r' | b'\x0c' => Some((i, 1)),
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => {
                Some((i, 3))
            }
            _ => None,
        })
        .collect()
}

fn push_trimmed<'a>(out: &mut Vec<Line<'a>>, raw: &'a str, start: usize, merged: bool) {
    let t = trim(raw);
    if !t.is_empty() {
        let offset = start + (t.as_ptr() as usize - raw.as_ptr() as usize);
        out.push(Line {
            text: t,
            start: offset,
            merged,
        });
    }
}

/// Bytes of a flattened line looked at when probing for a run-in heading (more than the
/// longest heading looked for).
const PROBE_BYTES: usize = 1024;

/// Characters after which a new paragraph may start in a flattened line.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | '”' | '」' | '』')
}

/// The three-byte characters after which a paragraph may start: [`ends_sentence`] and the
/// spaces (U+2000 to U+200A besides).
const THREE_BYTE_BREAKS: &str = "。！？；”」』\u{3000}\u{1680}\u{2028}\u{2029}\u{202f}\u{205f}";

/// [`THREE_BYTE_BREAKS`], laid out for skipping the other characters (the characters of other
/// lengths, among them the ASCII breaks and escapes, stop the skipping anyway).
static BREAK_STOPS: Lazy<Stops> = Lazy::new(|| {
    Stops::new(&CharSet::new(
        THREE_BYTE_BREAKS.chars().chain('\u{2000}'..='\u{200a}'),
    ))
});

/// Marks that end the numbering of a `一、` heading.
static ENUMERATION_MARKS: Lazy<[memchr::memmem::Finder<'static>; 2]> =
    Lazy::new(|| ["、", "．"].map(memchr::memmem::Finder::new));

/// `第`, which opens the numbering of a 第一章, 第一节 or 第一部分 heading.
static ORDINAL_PREFIX: Lazy<memchr::memmem::Finder<'static>> =
    Lazy::new(|| memchr::memmem::Finder::new("第"));

/// Where `text` holds what the numbering of a major heading (一、 一． 第一章 第一节 第一部分, the
/// major styles of [`headings::numbered_in`]) needs: a Chinese numeral before `、` or `．`, or a
/// chapter, section or part numbering; as byte ranges, in order. Found in one search of the
/// whole text for each mark rather than three searches of every line (each search has a cost
/// of its own, and most lines hold none of them).
fn major_numberings(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    // The last UTF-8 bytes of the numerals, one bit per low six bits: most marks follow some
    // other character, which its last byte alone rules out.
    let numeral_ends = headings::CHINESE_NUMERALS.iter().fold(0u64, |bits, c| {
        bits | 1 << (c.encode_utf8(&mut [0; 4]).as_bytes()[c.len_utf8() - 1] & 63)
    });
    let mut found: Vec<(usize, usize)> = Vec::new();
    for mark in ENUMERATION_MARKS.iter() {
        found.extend(mark.find_iter(b).filter_map(|p| {
            let last = b[..p].last()?;
            if numeral_ends >> (last & 63) & 1 == 0 {
                return None;
            }
            let numeral = text[..p]
                .chars()
                .next_back()
                .filter(|c| headings::CHINESE_NUMERALS.contains(c))?;
            Some((p - numeral.len_utf8(), p + mark.needle().len()))
        }));
    }
    found.extend(ORDINAL_PREFIX.find_iter(b).filter_map(|p| {
        let (style, _, len) = headings::numbering(&text[p..])?;
        style.is_major().then_some((p, p + len))
    }));
    found.sort_unstable();
    found
}

/// Cuts a line that holds several paragraphs (a whole report scraped onto one line) at the
/// run-in headings that follow a sentence end. A line is taken as flattened only when a major
/// heading (一、 第一章 …) starts after a sentence end inside it; ordinary paragraphs keep their
/// 一是/二是 enumerations whole.
fn split_flattened<'a>(line: Line<'a>, out: &mut Vec<Line<'a>>) {
    let t = line.text;
    let mut cuts: Vec<(usize, bool)> = Vec::new(); // (byte offset, major heading)
    let mut after_break = false;
    let b = t.as_bytes();
    let mut i = 0;
    loop {
        // Characters that are neither breaks nor escapes (most of them) are passed four a round
        // without being decoded, unless one follows a break (a heading may start there).
        if !after_break {
            i = BREAK_STOPS.skip(b, i);
        }
        let Some(c) = t.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let escaped = matches!(c, '<' | '&');
        if i > 0 && (after_break || escaped && ESCAPED_SPACES.iter().any(|e| t[i..].starts_with(e)))
        {
            let rest = trim_start(&t[i..]);
            let at = t.len() - rest.len();
            if cuts.last().is_none_or(|(p, _)| *p < at) {
                // A heading is short: probe a bounded prefix so each probe costs O(1).
                let mut probe_end = rest.len().min(PROBE_BYTES);
                while !rest.is_char_boundary(probe_end) {
                    probe_end -= 1;
                }
                if let Some(h) = headings::numbered_in(&rest[..probe_end], true) {
                    cuts.push((at, h.style.is_major()));
                }
            }
        }
        after_break = ends_sentence(c) || is_space(c);
        i += c.len_utf8();
    }
    if !cuts.iter().any(|(_, major)| *major) {
        out.push(line);
        return;
    }
    let mut from = 0;
    for (at, _) in cuts.into_iter().chain([(t.len(), false)]) {
        push_trimmed(out, &t[from..at], line.start + from, true);
        from = at;
    }
}

/// True when a line reads like body text (long enough and with sentence punctuation).
fn is_body(line: &str) -> bool {
    // 120 bytes or more are 30 characters or more: long lines are decided without counting.
    // Each mark is looked for on its own: a search for one character skips ahead by its last
    // byte, where a search for any of several decodes every character.
    (line.len() >= 30 * 4 || line.chars().count() >= 30)
        && ['，', '。', '；', ','].iter().any(|&c| line.contains(c))
}

/// Heading levels as a reader sees them: the styles currently open, outermost first. A style
/// seen again closes everything opened after it; a new style opens one level deeper, after
/// closing open styles that are conventionally deeper than it ([`Style::rank`]).
#[derive(Default)]
struct Levels {
    open: Vec<Style>,
}

impl Levels {
    fn level(&mut self, style: Style) -> usize {
        if let Some(p) = self.open.iter().rposition(|s| *s == style) {
            self.open.truncate(p + 1);
            return p + 1;
        }
        if let Some(rank) = style.rank() {
            while self
                .open
                .last()
                .and_then(|s| s.rank())
                .is_some_and(|r| r > rank)
            {
                self.open.pop();
            }
        }
        self.open.push(style);
        self.open.len()
    }
}

/// True when a paragraph line stops mid-sentence (a line broken inside a sentence, so the
/// next short line continues it rather than heading a new part).
fn ends_open(line: &str) -> bool {
    !line.ends_with(|c: char| {
        matches!(
            c,
            '。' | '！'
                | '？'
                | '!'
                | '?'
                | '；'
                | ';'
                | '：'
                | ':'
                | '…'
                | '”'
                | '’'
                | '」'
                | '』'
                | '）'
                | ')'
                | '】'
                | '.'
        )
    })
}

/// Analyses the layout of `text`.
///
/// ```
/// let text = "设为首页\n年度报告——2022年工作综述\n一、基本情况\n全年新建4家院士工作站。\n责编:一冰";
/// let layout = zhreport::layout::analyze(text);
/// assert_eq!(layout.title.as_ref().map(|t| t.0.as_str()), Some("年度报告"));
/// assert_eq!(layout.subtitle.as_deref(), Some("2022年工作综述"));
/// assert_eq!(layout.headings[0].heading, "基本情况");
/// assert_eq!(layout.meta.editor.as_deref(), Some("一冰"));
/// ```
pub fn analyze(text: &str) -> Layout {
    analyze_with(text, &headings::HeadingPatterns::default())
}

/// Like [`analyze`], with the caller's heading patterns tried before the built-in styles.
///
/// ```
/// use zhreport::layout::{analyze_with, headings::HeadingPatterns};
/// let patterns = HeadingPatterns::new(&["【[^】]+】"]).unwrap();
/// let layout = analyze_with("【民生保障】\n全年新增就业1.2万人。", &patterns);
/// assert_eq!(layout.headings[0].heading, "【民生保障】");
/// ```
pub fn analyze_with(text: &str, patterns: &headings::HeadingPatterns) -> Layout {
    let lines = lines(text);
    // Most lines are blocks and paragraphs: their lists are made at that length once.
    let mut layout = Layout {
        blocks: Vec::with_capacity(lines.len()),
        paragraphs: Vec::with_capacity(lines.len()),
        ..Layout::default()
    };
    let mut levels = Levels::default();
    let mut last_number: Vec<(Style, u32)> = Vec::new();
    let mut seen_content = false;
    // Body started: a heading or a body paragraph has been seen (a date line before it is the
    // report's date, under the title).
    let mut body_started = false;
    let mut early_date: Option<String> = None;
    // The last line read (not chrome or byline): a date standing there signs the report.
    let mut last_read: Option<&str> = None;
    let mut prev_open = false;
    let mut page = chrome::PageReader::default();
    let mut consumed: Option<usize> = None;
    // The questions asked of every line that depend on nothing but the line are asked of all
    // lines, one question after the other, before the lines are read in order: each question's
    // code then stays in the instruction cache from one line to the next.
    let mut marks = chrome::MarkIndex::new(text);
    let line_marks: Vec<chrome::Marks> = lines
        .iter()
        .map(|l| marks.of(l.start, l.start + l.text.len()))
        .collect();
    let is_chrome: Vec<bool> = lines
        .iter()
        .zip(&line_marks)
        .map(|(l, m)| chrome::is_chrome_marked(l.text, *m))
        .collect();
    // Chrome lines are always skipped: they are asked nothing more.
    let mut numberings: Vec<Option<headings::Numbered>> = lines
        .iter()
        .zip(&is_chrome)
        .map(|(l, &c)| {
            (!c).then(|| {
                patterns
                    .heading(l.text)
                    .or_else(|| headings::numbered_in(l.text, l.merged))
            })
            .flatten()
        })
        .collect();
    for (idx, line) in lines.iter().enumerate() {
        let t = line.text;
        let span = Span::bytes(line.start, line.start + t.len());
        let (line_marks, chrome) = (line_marks[idx], is_chrome[idx]);
        if page.skip_judged(t, line_marks, chrome, &mut layout.meta, body_started) {
            continue;
        }
        // Only two lines' dates are kept: the first date line before the body and the last
        // line read; no other line is asked for one.
        last_read = Some(t);
        if !body_started && early_date.is_none() {
            early_date = chrome::standalone_date(t);
        }
        if consumed == Some(idx) {
            continue;
        }
        if !seen_content {
            seen_content = true;
            // A line the caller calls a heading is not the title.
            if title_of(t).is_some() && patterns.heading(t).is_none() {
                let (main, sub) = match t.find("——") {
                    Some(p) if p > 0 => (trim(&t[..p]), Some(trim(&t[p + "——".len()..]))),
                    _ => (t, None),
                };
                layout.title = Some((
                    main.into(),
                    Span::bytes(line.start, line.start + main.len()),
                ));
                layout.blocks.push(span);
                if let Some(sub) = sub.filter(|s| !s.is_empty()) {
                    layout.subtitle = Some(subtitle(
                        sub,
                        lines.get(idx + 1),
                        &mut layout.blocks,
                        &mut consumed,
                        idx,
                    ));
                }
                continue;
            }
        }
        if layout.subtitle.is_none() && layout.title.is_some() && layout.blocks.len() == 1 {
            // `——2026年1月25日在…会议上`, also without the dash.
            let delivered = t.contains('在')
                && SUBTITLE_ENDS.iter().any(|w| t.ends_with(w))
                && t.chars().count() <= 60
                && !t.contains(['。', '，', '：', ':']);
            if let Some(sub) = t
                .strip_prefix("——")
                .or_else(|| t.strip_prefix('—'))
                .or(delivered.then_some(t))
            {
                layout.blocks.push(span);
                layout.subtitle = Some(subtitle(
                    trim(sub),
                    lines.get(idx + 1),
                    &mut layout.blocks,
                    &mut consumed,
                    idx,
                ));
                continue;
            }
        }
        layout.blocks.push(span);
        if let Some(numbering_len) =
            headings::back_matter(t).filter(|_| !line.merged && body_started)
        {
            // The title of back matter may stand on the next line (附件1 / 2025年十件民生实事).
            let mut heading_span = Span::bytes(line.start + numbering_len, line.start + t.len());
            if numbering_len == t.len() {
                if let Some(next) = lines.get(idx + 1).filter(|n| back_matter_title(n.text)) {
                    heading_span = Span::bytes(next.start, next.start + next.text.len());
                    layout.blocks.push(heading_span);
                    consumed = Some(idx + 1);
                }
            }
            let mut numbering = trim(&t[..numbering_len]).trim_end_matches(['：', ':', '、', '.']);
            if heading_span.is_empty() {
                // A bare 附件1: the marker is the heading.
                heading_span = span;
                numbering = "";
            }
            levels.open.clear();
            let level = levels.level(Style::Appendix);
            prev_open = false;
            layout.headings.push(HeadingDraft {
                level: level as u8,
                numbering: (!numbering.is_empty()).then(|| numbering.into()),
                heading: text[heading_span.start..heading_span.end].into(),
                heading_span,
                line_start: line.start,
            });
            continue;
        }
        let numbered = numberings[idx].take().filter(|h| {
            if matches!(h.style, Style::Custom(_)) {
                return true;
            }
            let last = last_number
                .iter()
                .find(|(s, _)| *s == h.style)
                .map(|(_, n)| *n);
            h.number == 1 || last.is_some_and(|n| h.number == n + 1)
        });
        let (style, numbering, heading_start, heading_len) = if let Some(h) = &numbered {
            let numbering = trim(&t[..h.numbering_len]);
            let numbering = (!numbering.is_empty()).then_some(numbering);
            (h.style, numbering, h.numbering_len, h.heading_len)
        } else if !line.merged
            && !prev_open
            && headings::unnumbered_candidate(t)
            && lines.get(idx + 1).is_some_and(|next| is_body(next.text))
            && idx > 0
        {
            (Style::Unnumbered, None, 0, t.len())
        } else {
            layout.paragraphs.push(span);
            // Once the body has started, no line is asked whether it is body text.
            if !body_started {
                body_started = is_body(t);
            }
            prev_open = ends_open(t);
            continue;
        };
        body_started = true;
        prev_open = false;
        if let Some(h) = &numbered {
            match last_number.iter_mut().find(|(s, _)| *s == h.style) {
                Some(entry) => entry.1 = h.number,
                None => last_number.push((h.style, h.number)),
            }
            if h.run_in {
                layout.paragraphs.push(span);
            }
        }
        let level = levels.level(style);
        let hs = line.start + heading_start;
        layout.headings.push(HeadingDraft {
            level: level.min(u8::MAX as usize) as u8,
            numbering: numbering.map(CompactString::from),
            heading: t[heading_start..heading_start + heading_len].into(),
            heading_span: Span::bytes(hs, hs + heading_len),
            line_start: line.start,
        });
    }
    if layout.meta.published.is_none() {
        // A date line under the title, else a signature date closing the report.
        layout.meta.published = early_date
            .or_else(|| last_read.and_then(chrome::standalone_date))
            .map(CompactString::from);
    }
    layout
}

/// How the subtitle of a speech ends: `…在…第四次会议上`.
const SUBTITLE_ENDS: &[&str] = &["会议上", "大会上", "会上"];

/// The subtitle of a report: `2024年3月5日在…会议上`, without a speaker's byline run onto it
/// (`…会议上国务院总理 李强`), and joined with its second half when it was broken over two
/// lines (`——2026年1月26日在广东省第十四届` / `人民代表大会第五次会议上`; that line is then
/// taken as read).
fn subtitle(
    sub: &str,
    next: Option<&Line<'_>>,
    blocks: &mut Vec<Span>,
    consumed: &mut Option<usize>,
    idx: usize,
) -> CompactString {
    const DELIVERED_AT: &[&str] = SUBTITLE_ENDS;
    let mut out = CompactString::from(sub);
    if let Some((p, w)) = DELIVERED_AT
        .iter()
        .find_map(|w| sub.find(w).map(|p| (p, w)))
    {
        out.truncate(p + w.len());
    } else if sub.contains('在') {
        if let Some(next) = next.filter(|n| {
            n.text.chars().count() <= 30
                && DELIVERED_AT.iter().any(|w| n.text.ends_with(w))
                && !n.text.contains(['。', '，', '：', ':'])
        }) {
            out.push_str(next.text);
            blocks.push(Span::bytes(next.start, next.start + next.text.len()));
            *consumed = Some(idx + 1);
        }
    }
    out
}

/// True when the line after a bare `附件1` is its title: short, no sentence punctuation, not
/// numbered.
fn back_matter_title(line: &str) -> bool {
    line.chars().count() <= 40
        && !line.contains(['。', '；', '：', ':'])
        && headings::numbered(line).is_none()
}

/// The title when `line` (the first content line) reads like one: short, no sentence
/// punctuation, not a numbered heading.
fn title_of(line: &str) -> Option<&str> {
    let n = line.chars().count();
    let ok = (4..=80).contains(&n)
        && !line.contains(['。', '：', ':', '；', '！', '？'])
        && chrome::standalone_date(line).is_none()
        && headings::numbered(line).is_none();
    ok.then_some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every three-byte character after which a paragraph may start stops the skipping.
    #[test]
    fn break_stops_hold_every_three_byte_break() {
        let set = CharSet::new(THREE_BYTE_BREAKS.chars().chain('\u{2000}'..='\u{200a}'));
        for c in ('\u{800}'..='\u{ffff}').filter(|&c| ends_sentence(c) || is_space(c)) {
            assert!(set.contains(c), "{c:?}");
        }
    }
}
