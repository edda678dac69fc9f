//! Heading detection: numbered styles (一、 （一） 1. （1） ① 第一章 一是) and short unnumbered
//! heading lines.

use crate::recognize::number;
use once_cell::sync::Lazy;
use regex::Regex;

/// A numbering style; levels follow the order in which styles first appear in a document.
///
/// ```
/// use zhreport::layout::headings::{numbered, Style};
/// assert_eq!(numbered("第一章 总则").unwrap().style, Style::Chapter);
/// assert_eq!(numbered("（2）加强科普").unwrap().style, Style::ArabicParen);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// 一、 (or 一．)
    ChineseComma,
    /// （一） or (一)
    ChineseParen,
    /// 1. / 1．
    ArabicDot,
    /// 1、
    ArabicComma,
    /// （1） or (1)
    ArabicParen,
    /// ① ②
    Circled,
    /// 第一章
    Chapter,
    /// 第一节
    Part,
    /// 第一部分
    Division,
    /// 一是 / 二是 (run-in only)
    Ordinal,
    /// A short line without numbering.
    Unnumbered,
    /// Back matter: 附件1, 名词解释, 注释.
    Appendix,
    /// A caller's heading pattern (its index in [`HeadingPatterns`]).
    Custom(u8),
}

impl Style {
    /// Conventional rank of a style in Chinese documents (smaller = higher). It only settles
    /// where a style appears for the first time: a new style never nests under a style that
    /// is conventionally deeper (a `（一）` after a `1.` list closes the list). Levels still
    /// follow the document: styles already open keep their depth.
    ///
    /// ```
    /// use zhreport::layout::headings::Style;
    /// assert!(Style::ChineseComma.rank() < Style::ChineseParen.rank());
    /// assert_eq!(Style::Unnumbered.rank(), None);
    /// ```
    pub fn rank(self) -> Option<u8> {
        Some(match self {
            Style::Appendix | Style::Division => 0,
            Style::Chapter => 1,
            Style::Part => 2,
            Style::ChineseComma => 3,
            Style::ChineseParen => 4,
            Style::ArabicDot | Style::ArabicComma => 5,
            Style::ArabicParen => 6,
            Style::Circled => 7,
            Style::Ordinal => 8,
            // A caller's style nests where the document first uses it.
            Style::Unnumbered | Style::Custom(_) => return None,
        })
    }

    /// True for the styles that open a part of a document (一、 第一章 第一节 第一部分): their
    /// run-in headings are looked for inside long merged lines.
    ///
    /// ```
    /// use zhreport::layout::headings::Style;
    /// assert!(Style::ChineseComma.is_major() && !Style::ArabicDot.is_major());
    /// ```
    pub fn is_major(self) -> bool {
        matches!(
            self,
            Style::ChineseComma | Style::Chapter | Style::Part | Style::Division
        )
    }
}

/// The caller's heading patterns: a line whose start matches one is a heading. The matched text
/// is its numbering and the rest of the line its heading; when the pattern takes the whole line,
/// the line is the heading and has no numbering. Each pattern is a style of its own, nested where
/// the document first uses it, like the built-in styles.
///
/// ```
/// use zhreport::layout::headings::HeadingPatterns;
/// let patterns = HeadingPatterns::new(&[r"第[一二三四五六七八九十]+篇\s*"]).unwrap();
/// let h = patterns.heading("第二篇 民生保障").unwrap();
/// assert_eq!((h.numbering_len, h.heading_len), ("第二篇 ".len(), "民生保障".len()));
/// assert!(HeadingPatterns::new(&["第(一"]).is_err());
/// assert!(HeadingPatterns::new(&["x*"]).is_err()); // would make every line a heading
/// ```
#[derive(Debug, Clone, Default)]
pub struct HeadingPatterns {
    patterns: Vec<Regex>,
}

impl HeadingPatterns {
    /// Compiles `patterns` (regex syntax, anchored at the start of a line); see the example on
    /// [`HeadingPatterns`]. A pattern that does
    /// not compile, matches an empty line, or one too many (more than 200) is an
    /// [`Error::Rule`](crate::Error::Rule).
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Result<HeadingPatterns, crate::Error> {
        const MAX_PATTERNS: usize = 200;
        let rule_error = |rule: &str, reason: String| crate::Error::Rule {
            rule: rule.to_string(),
            reason,
        };
        if patterns.len() > MAX_PATTERNS {
            let reason = format!("at most {MAX_PATTERNS} heading patterns");
            return Err(rule_error(patterns[MAX_PATTERNS].as_ref(), reason));
        }
        let mut compiled = Vec::with_capacity(patterns.len());
        for p in patterns {
            let p = p.as_ref();
            let re = Regex::new(&format!("^(?:{p})"))
                .map_err(|e| rule_error(p, format!("not a valid heading pattern: {e}")))?;
            if re.is_match("") {
                let reason = "a heading pattern must not match an empty line".to_string();
                return Err(rule_error(p, reason));
            }
            compiled.push(re);
        }
        Ok(HeadingPatterns { patterns: compiled })
    }

    /// True when there are no patterns.
    ///
    /// ```
    /// assert!(zhreport::layout::headings::HeadingPatterns::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// The heading `line` starts with under the first pattern that matches it.
    ///
    /// ```
    /// use zhreport::layout::headings::{HeadingPatterns, Style};
    /// let p = HeadingPatterns::new(&["[A-Z]\\. ", "【[^】]+】"]).unwrap();
    /// assert_eq!(p.heading("B. 民生").unwrap().style, Style::Custom(0));
    /// assert_eq!(p.heading("【民生】").unwrap().numbering_len, 0);
    /// assert!(p.heading("民生【B】").is_none());
    /// ```
    pub fn heading(&self, line: &str) -> Option<Numbered> {
        self.patterns.iter().enumerate().find_map(|(i, re)| {
            let numbering_len = re.find(line)?.end();
            let heading_len = line.len() - numbering_len;
            Some(Numbered {
                style: Style::Custom(i as u8),
                number: 1,
                numbering_len: if heading_len == 0 { 0 } else { numbering_len },
                heading_len: if heading_len == 0 {
                    line.len()
                } else {
                    heading_len
                },
                run_in: false,
            })
        })
    }
}

/// A numbered heading found at the start of a line.
///
/// ```
/// let h = zhreport::layout::headings::numbered("三、强化服务能力").unwrap();
/// assert_eq!((h.number, h.numbering_len, h.run_in), (3, "三、".len(), false));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    /// The style.
    pub style: Style,
    /// The number (1 for 一、).
    pub number: u32,
    /// Byte length of the numbering as written (`（一）`).
    pub numbering_len: usize,
    /// Byte length of the heading text after the numbering (ends before 。/：/！ or at line end).
    pub heading_len: usize,
    /// True when more text follows the heading on the same line.
    pub run_in: bool,
}

/// The numerals of Chinese numberings (一、 （一） 一是); 第…章 also takes digits.
pub(crate) const CHINESE_NUMERALS: &[char] =
    &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/// Circled numbers ① to ⑳.
const CIRCLED: std::ops::RangeInclusive<char> = '①'..='⑳';

/// A decimal digit in any script (`\d` of a Unicode regex: ASCII and fullwidth digits, …).
fn is_decimal_digit(c: char) -> bool {
    static DECIMAL: Lazy<Regex> = Lazy::new(|| Regex::new(r"^\d$").expect("digit pattern"));
    match c {
        '0'..='9' | '０'..='９' => true,
        // No other decimal digits among Latin-1 and the first blocks, punctuation and symbols,
        // CJK punctuation, kana and ideographs, fullwidth forms: most characters are told
        // apart without the Unicode tables.
        '\0'..='\u{65f}'
        | '\u{2000}'..='\u{2bff}'
        | '\u{3000}'..='\u{9fff}'
        | '\u{ff00}'..='\u{ffef}' => false,
        _ => c.is_numeric() && DECIMAL.is_match(c.encode_utf8(&mut [0; 4])),
    }
}

fn is_chinese_numeral(c: char) -> bool {
    CHINESE_NUMERALS.contains(&c)
}

/// The numbering `line` starts with: its style, the number as written (`十二`, `3`, `①`) and
/// the byte length of the numbering. The styles, first to last (the first that fits wins):
///
/// | style | shape |
/// |---|---|
/// | ChineseComma | 1–3 Chinese numerals, `、` or `．` |
/// | ChineseParen | `（` or `(`, 1–3 Chinese numerals, `）` or `)` |
/// | ArabicDot | 1–2 digits, `.` or `．`, then something other than a digit |
/// | ArabicComma | 1–2 digits, `、` |
/// | ArabicParen | `（` or `(`, 1–2 digits, `）` or `)` |
/// | Circled | ① … ⑳ |
/// | Chapter, Part, Division | `第`, 1–3 Chinese numerals or digits, `章` / `节` / `部分` |
/// | Ordinal | 1–2 Chinese numerals, `是` |
///
/// Each shape is a run of numerals of bounded length and a fixed mark after it, so it is read
/// from the first character without backtracking.
pub(crate) fn numbering(line: &str) -> Option<(Style, &str, usize)> {
    let first = line.chars().next()?;
    // The end (byte offset) of the run of `numeral`s from `from`, and its length up to 4.
    let run = |from: usize, numeral: &dyn Fn(char) -> bool| {
        let mut end = from;
        let mut n = 0;
        for c in line[from..].chars().take(4).take_while(|c| numeral(*c)) {
            end += c.len_utf8();
            n += 1;
        }
        (end, n)
    };
    let after = |at: usize| line[at..].chars().next();
    let mark = |at: usize, marks: &[char]| {
        after(at)
            .filter(|c| marks.contains(c))
            .map(|c| at + c.len_utf8())
    };
    if is_chinese_numeral(first) {
        let (end, n) = run(0, &is_chinese_numeral);
        if let Some(len) = mark(end, &['、', '．']).filter(|_| n <= 3) {
            return Some((Style::ChineseComma, &line[..end], len));
        }
        let len = mark(end, &['是']).filter(|_| n <= 2)?;
        return Some((Style::Ordinal, &line[..end], len));
    }
    if first == '（' || first == '(' {
        let from = first.len_utf8();
        let (end, n) = run(from, &is_chinese_numeral);
        if let Some(len) = mark(end, &['）', ')']).filter(|_| (1..=3).contains(&n)) {
            return Some((Style::ChineseParen, &line[from..end], len));
        }
        let (end, n) = run(from, &is_decimal_digit);
        let len = mark(end, &['）', ')']).filter(|_| (1..=2).contains(&n))?;
        return Some((Style::ArabicParen, &line[from..end], len));
    }
    if is_decimal_digit(first) {
        let (end, n) = run(0, &is_decimal_digit);
        if n > 2 {
            return None;
        }
        if let Some(len) = mark(end, &['.', '．']) {
            // The dot must be followed by something other than a digit (1.5 is a number).
            return after(len)
                .filter(|c| !is_decimal_digit(*c))
                .map(|_| (Style::ArabicDot, &line[..end], len));
        }
        let len = mark(end, &['、'])?;
        return Some((Style::ArabicComma, &line[..end], len));
    }
    if CIRCLED.contains(&first) {
        return Some((Style::Circled, &line[..first.len_utf8()], first.len_utf8()));
    }
    if first == '第' {
        let from = first.len_utf8();
        let (end, n) = run(from, &|c| is_chinese_numeral(c) || is_decimal_digit(c));
        if !(1..=3).contains(&n) {
            return None;
        }
        let numeral = &line[from..end];
        let rest = &line[end..];
        let style = [
            (Style::Chapter, "章"),
            (Style::Part, "节"),
            (Style::Division, "部分"),
        ]
        .into_iter()
        .find(|(_, w)| rest.starts_with(w))?;
        return Some((style.0, numeral, end + style.1.len()));
    }
    None
}

fn number_of(s: &str) -> Option<u32> {
    if let Some(c) = s.chars().next() {
        if ('①'..='⑳').contains(&c) {
            return Some(c as u32 - '①' as u32 + 1);
        }
    }
    if let Some(n) = plain_numeral(s) {
        return Some(n);
    }
    number::parse(s)
        .and_then(|n| n.value.to_i64())
        .and_then(|v| u32::try_from(v).ok())
}

/// The value of the numerals most numberings are written with, read directly: up to three
/// ASCII digits, or a Chinese numeral below a hundred (`七`, `十二`, `二十`, `三十五`). None for
/// anything else, which [`number::parse`] reads (a test checks that both agree).
fn plain_numeral(s: &str) -> Option<u32> {
    if (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let digit = |c: char| {
        CHINESE_NUMERALS[..9]
            .iter()
            .position(|&d| d == c)
            .map(|p| p as u32 + 1)
    };
    let mut chars = s.chars();
    let first = chars.next()?;
    let (second, third) = (chars.next(), chars.next());
    if chars.next().is_some() {
        return None;
    }
    match (first, second, third) {
        ('十', None, None) => Some(10),
        ('十', Some(d), None) => Some(10 + digit(d)?),
        (d, None, None) => digit(d),
        (d, Some('十'), None) => Some(10 * digit(d)?),
        (d, Some('十'), Some(e)) => Some(10 * digit(d)? + digit(e)?),
        _ => None,
    }
}

/// Nouns that close a part heading (`一、2013年工作回顾`). In a document flattened onto one
/// line a major heading runs straight into its first sentence without punctuation
/// (`一、2013年工作回顾过去一年是…`); the heading is then taken to end after these words.
pub static HEADING_END_WORDS: &[&str] = &[
    "工作回顾",
    "回顾",
    "总体部署",
    "重点工作",
    "主要工作",
    "工作安排",
    "安排建议",
    "主要任务",
    "目标任务",
    "工作任务",
    "总体要求",
    "政策取向",
    "主要目标",
    "发展成就",
    "基本情况",
    "主要成绩",
    "存在问题",
    "工作打算",
    "工作思路",
    "工作计划",
];

/// Longest run-in heading looked for, in characters.
const MAX_HEADING_CHARS: usize = 100;

/// Escaped or real spaces that separate a heading from its text in flattened documents.
const RUN_IN_SEPARATORS: &[&str] = &["<U+00A0>", "&nbsp;", "\u{a0}", "  ", "\u{3000}\u{3000}"];

/// Reads a numbered heading at the start of `line` (already trimmed).
///
/// ```
/// use zhreport::layout::headings::{numbered, Style};
/// let h = numbered("（一）稳定经济增长。全年…").unwrap();
/// assert_eq!((h.style, h.number), (Style::ChineseParen, 1));
/// assert_eq!(&"（一）稳定经济增长。全年…"[h.numbering_len..h.numbering_len + h.heading_len], "稳定经济增长");
/// assert!(numbered("一、二、三产业增加值分别增长4.2%").is_none());
/// ```
pub fn numbered(line: &str) -> Option<Numbered> {
    numbered_in(line, false)
}

/// Like [`numbered`], for a piece of a long line that held several paragraphs (a document
/// flattened onto one line): a major heading (一、 第一章 …) there may run into its text
/// without punctuation, so it also ends at a run of spaces or after a closing noun of
/// [`HEADING_END_WORDS`].
///
/// ```
/// use zhreport::layout::headings::numbered_in;
/// let s = "一、2013年工作回顾过去一年是本届政府依法履职的第一年，任务艰巨而繁重。";
/// let h = numbered_in(s, true).unwrap();
/// assert_eq!(&s[h.numbering_len..h.numbering_len + h.heading_len], "2013年工作回顾");
/// assert!(h.run_in);
/// ```
pub fn numbered_in(line: &str, merged: bool) -> Option<Numbered> {
    let (style, numeral, mut numbering_len) = numbering(line)?;
    let number = number_of(numeral)?;
    let rest = &line[numbering_len..];
    let rest_trimmed = rest.trim_start_matches([' ', '\u{3000}', '\t']);
    numbering_len += rest.len() - rest_trimmed.len();
    // 一、二、三产业: a list of numerals, not a heading.
    if rest_trimmed.starts_with(|c: char| number::is_numeral_start(c))
        && rest_trimmed
            .chars()
            .nth(1)
            .is_some_and(|c| c == '、' || c == '是')
    {
        return None;
    }
    // The heading ends at the first sentence punctuation within reach; looking no further
    // keeps the scan of a long line linear when it is probed at many places.
    // One walk finds both: `window` (where the reach ends) only matters when no terminator is
    // within it.
    let mut window = rest_trimmed.len();
    let mut terminator = None;
    for (n, (i, c)) in rest_trimmed.char_indices().enumerate() {
        if n == MAX_HEADING_CHARS {
            window = i;
            break;
        }
        if matches!(c, '。' | '：' | ':' | '！' | '？') {
            terminator = Some(i);
            break;
        }
    }
    let mut end = terminator.unwrap_or(window);
    if merged {
        end = end.min(flattened_heading_end(
            &rest_trimmed[..end],
            style.is_major(),
        ));
    }
    let heading = rest_trimmed[..end].trim_end_matches(['；', ';', '，', ',', ' ', '\u{3000}']);
    let unterminated = terminator.is_none_or(|t| end < t) && end == window;
    if heading.is_empty()
        || unterminated && (window < rest_trimmed.len() || heading.chars().count() > 60)
    {
        return None;
    }
    // 一是… only counts run in at the start of a paragraph ending in 。/：.
    if style == Style::Ordinal && terminator.is_none() {
        return None;
    }
    let after = rest_trimmed[end..].trim_start_matches(['。', '：', ':', '！', '？']);
    Some(Numbered {
        style,
        number,
        numbering_len,
        heading_len: heading.len(),
        run_in: !trim_spaces(after).is_empty(),
    })
}

fn trim_spaces(s: &str) -> &str {
    let mut s = s.trim_matches(super::is_space);
    while let Some(r) = RUN_IN_SEPARATORS.iter().find_map(|sep| s.strip_prefix(sep)) {
        s = r.trim_start_matches(super::is_space);
    }
    s
}

/// Where a heading ends inside flattened text `s` (which has no sentence punctuation): at a
/// space or escaped space within 30 characters; for a major heading, else after the first
/// closing noun (and the closing nouns right after it) within 30 characters; else at the end.
fn flattened_heading_end(s: &str, major: bool) -> usize {
    let window = s.char_indices().nth(30).map_or(s.len(), |(i, _)| i);
    let mut end = s[..window].find(super::is_space).unwrap_or(s.len());
    for sep in RUN_IN_SEPARATORS {
        if let Some(p) = s[..window].find(sep) {
            end = end.min(p);
        }
    }
    if end < s.len() || !major {
        return end;
    }
    let mut best: Option<usize> = None;
    for w in HEADING_END_WORDS {
        if let Some(p) = s[..window].find(w) {
            let e = p + w.len();
            if best.is_none_or(|b| e < b) {
                best = Some(e);
            }
        }
    }
    let Some(mut e) = best else { return s.len() };
    while let Some(w) = HEADING_END_WORDS.iter().find(|w| s[e..].starts_with(**w)) {
        e += w.len();
    }
    // Only where text runs on after the closing noun as a sentence (a comma follows, or the
    // run is too long for a heading): `一、“十四五”时期发展成就和…主要目标任务` stays whole.
    if s[e..].contains(['，', ',']) || s.chars().count() > 30 {
        e
    } else {
        s.len()
    }
}

/// Words that end a person's office: a line `省长 刘小涛` is a byline, not a heading.
pub static OFFICE_TITLES: &[&str] = &[
    "省长",
    "市长",
    "区长",
    "县长",
    "州长",
    "镇长",
    "总理",
    "主席",
    "书记",
    "主任",
    "局长",
    "部长",
    "厅长",
    "院长",
    "校长",
    "会长",
    "理事长",
    "董事长",
    "总经理",
    "秘书长",
    "代表",
    "委员",
    "记者",
    "通讯员",
    "编辑",
];

/// Openings of salutations and closings, which stand on short lines but head nothing
/// (`各位代表`, `同志们`, `谢谢大家`), also when their punctuation was lost.
pub static SALUTATIONS: &[&str] = &[
    "各位代表",
    "各位委员",
    "各位同志",
    "同志们",
    "尊敬的",
    "女士们",
    "朋友们",
    "谢谢",
    "特此报告",
    "以上报告",
];

/// True when `line` looks like an unnumbered heading: short, mostly Chinese, without sentence
/// punctuation, not a date, figure, caption or a person's byline (`省长 刘小涛`); the caller
/// checks that body text follows.
///
/// ```
/// use zhreport::layout::headings::unnumbered_candidate;
/// assert!(unnumbered_candidate("加强政治建设夯实思想组织根基"));
/// assert!(unnumbered_candidate("整合优质资源　创新发展思路"));
/// assert!(unnumbered_candidate("2024年工作回顾"));
/// assert!(!unnumbered_candidate("各位代表："));
/// assert!(!unnumbered_candidate("各位代表"));
/// assert!(!unnumbered_candidate("（2013年3月20日）"));
/// assert!(!unnumbered_candidate("13.4"));
/// assert!(!unnumbered_candidate("省长 刘小涛"));
/// assert!(!unnumbered_candidate("自治区主席 艾尔肯·吐尼亚孜"));
/// ```
pub fn unnumbered_candidate(line: &str) -> bool {
    // More than 120 bytes is more than 30 characters: long lines are decided without counting.
    if line.len() > 30 * 4 {
        return false;
    }
    let n = line.chars().count();
    let han = line.chars().filter(|c| is_han(*c)).count();
    let is_space = super::is_space;
    (4..=30).contains(&n)
        && han >= 4
        && han * 2 >= n
        && !line.contains(['。', '，', ',', '；', ';', '：', ':', '！', '？', '、', '（', '(', '》', '—', '|', '/', '·', '•'])
        && !line.ends_with(['摄', '电'])
        && !SALUTATIONS.iter().any(|w| line.starts_with(w))
        && line.chars().filter(|c| c.is_ascii_digit()).count() <= 4
        && !(line.contains('年') && line.ends_with('日'))
        // Parallel phrases separated by a space are each a phrase, not a name or an office.
        && line.split(is_space).filter(|p| !p.is_empty()).all(|p| {
            p.chars().count() >= 4 && !OFFICE_TITLES.iter().any(|t| p.ends_with(t))
        })
}

/// True for a CJK ideograph (the basic block and extension A).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '〇')
}

/// Titles of back matter that stand alone on a line: top-level parts after the report.
pub static BACK_MATTER: &[&str] = &[
    "名词解释",
    "名词注释",
    "注释",
    "注解",
    "附录",
    "附表",
    "附图",
    "附件",
];

/// Back matter at the start of a report's tail: `附件1`, `附件2 名词解释`, `附：名词解释`,
/// `名词解释`. Returns the byte lengths of the numbering (`附件2`, trailing spaces and colon
/// included) — the rest of the line is the heading, and may be empty when the title is on
/// the next line.
///
/// ```
/// use zhreport::layout::headings::back_matter;
/// assert_eq!(back_matter("附件2 名词解释"), Some(8));
/// assert_eq!(back_matter("附件1"), Some(7));
/// assert_eq!(back_matter("名词解释"), Some(0));
/// assert_eq!(back_matter("附件：2024年重点项目表"), Some(9));
/// assert_eq!(back_matter("附件材料齐全，手续完备。"), None);
/// ```
pub fn back_matter(line: &str) -> Option<usize> {
    // Back matter is a title of the table or starts with 附: most lines are told apart here.
    let titled = BACK_MATTER.contains(&line);
    if !titled && !line.starts_with('附') {
        return None;
    }
    if line.chars().count() > 30 || line.contains(['。', '，', '；']) {
        return None;
    }
    if titled && line != "附件" {
        return Some(0);
    }
    let rest = line
        .strip_prefix("附件")
        .or_else(|| line.strip_prefix("附"))?;
    let after_number =
        rest.trim_start_matches(|c: char| c.is_ascii_digit() || number::is_numeral_start(c));
    let after = after_number.trim_start_matches(['：', ':', ' ', '\u{3000}', '\u{a0}', '、', '.']);
    let numbered = after_number.len() < rest.len();
    let separated = after.len() < after_number.len();
    // 附件 needs a number or a separator; bare 附 needs a colon before known back matter.
    let ok = if line.starts_with("附件") {
        numbered || separated || after.is_empty()
    } else {
        after_number.starts_with(['：', ':']) && BACK_MATTER.iter().any(|b| after.starts_with(b))
    };
    ok.then_some(line.len() - after.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbering patterns as one regex: `numbering` must read every line as it does.
    static NUMBERING_PATTERN: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
            r"^(?:(?P<cc>[一二三四五六七八九十]{1,3})[、．]|[（(](?P<cp>[一二三四五六七八九十]{1,3})[）)]|(?P<ad>\d{1,2})[.．](?:\s|[^\d])|(?P<ac>\d{1,2})、|[（(](?P<ap>\d{1,2})[）)]|(?P<ci>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])|第(?P<ch>[一二三四五六七八九十\d]{1,3})章|第(?P<se>[一二三四五六七八九十\d]{1,3})节|第(?P<pa>[一二三四五六七八九十\d]{1,3})部分|(?P<or>[一二三四五六七八九十]{1,2})是)",
        )
        .unwrap()
    });

    fn by_pattern(line: &str) -> Option<(Style, &str, usize)> {
        let caps = NUMBERING_PATTERN.captures(line)?;
        let (style, group) = [
            (Style::ChineseComma, "cc"),
            (Style::ChineseParen, "cp"),
            (Style::ArabicDot, "ad"),
            (Style::ArabicComma, "ac"),
            (Style::ArabicParen, "ap"),
            (Style::Circled, "ci"),
            (Style::Chapter, "ch"),
            (Style::Part, "se"),
            (Style::Division, "pa"),
            (Style::Ordinal, "or"),
        ]
        .into_iter()
        .find_map(|(st, g)| caps.name(g).map(|m| (st, m)))?;
        let mut len = caps.get(0)?.end();
        if style == Style::ArabicDot {
            len = group.end() + line[group.end()..].chars().next()?.len_utf8();
        }
        Some((style, group.as_str(), len))
    }

    /// The numerals read directly have the value [`number::parse`] gives them.
    #[test]
    fn plain_numerals_read_as_number_parse_does() {
        let alphabet: Vec<String> = "一二三四五六七八九十0123456789"
            .chars()
            .map(String::from)
            .collect();
        let mut strings = alphabet.clone();
        for _ in 0..2 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |a| format!("{s}{a}")))
                .collect();
            strings.extend(longer);
        }
        strings.sort();
        strings.dedup();
        let mut read = 0;
        for s in &strings {
            if let Some(v) = plain_numeral(s) {
                read += 1;
                let parsed = number::parse(s).and_then(|n| n.value.to_i64());
                assert_eq!(Some(i64::from(v)), parsed, "{s}");
            }
        }
        assert!(read > 1000, "{read}");
    }

    /// Every string of up to four characters drawn from numerals, marks and text agrees (up to
    /// five from the fewer characters that make long numberings), and so does every place of
    /// every line of the shared corpus.
    #[test]
    fn numbering_reads_like_the_pattern() {
        fn strings(alphabet: &[&str], max: usize) -> Vec<String> {
            let mut all = vec![String::new()];
            let mut last = all.clone();
            for _ in 0..max {
                last = last
                    .iter()
                    .flat_map(|l| alphabet.iter().map(move |a| format!("{l}{a}")))
                    .collect();
                all.extend(last.iter().cloned());
            }
            all
        }
        let mut lines = strings(
            &[
                "一", "十", "二", "1", "9", "０", "١", "〇", "①", "⑳", "⑴", "、", "．", ".", "（",
                "(", "）", ")", "是", "第", "章", "节", "部", "分", " ", "年", "a",
            ],
            4,
        );
        lines.extend(strings(
            &[
                "一", "1", "、", ".", "（", "）", "第", "章", "部", "分", "是",
            ],
            5,
        ));
        match std::fs::read_dir("../shared/corpus") {
            Ok(dir) => {
                for file in dir.flatten() {
                    let text = std::fs::read_to_string(file.path()).unwrap_or_default();
                    for line in text.lines() {
                        for (i, _) in line.char_indices().take(3000) {
                            lines.push(line[i..].chars().take(8).collect());
                        }
                    }
                }
            }
            Err(_) => println!("../shared/corpus not found: corpus lines not tried"),
        }
        for line in &lines {
            assert_eq!(numbering(line), by_pattern(line), "{line:?}");
        }
    }
}
