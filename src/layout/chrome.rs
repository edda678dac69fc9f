//! Web-page chrome (navigation, share buttons, footers) and byline lines that fill `meta`.

use crate::lexicon::charset::{CharSet, Stops};
use crate::lexicon::Words;
use crate::positions::Cursor;
use crate::CompactString;
use crate::Meta;
use once_cell::sync::Lazy;
use std::borrow::Cow;

/// Lines that are navigation or page furniture when they start a line (with the
/// [`LINK_LIST_HEADERS`], which are furniture too).
pub static CHROME_PREFIXES: &[&str] = &[
    "设为首页",
    "加入收藏",
    "上一条",
    "下一条",
    "分享到",
    "分享：",
    "分享:",
    "【字号",
    "【字体",
    "字号",
    "当前位置",
    "您当前的位置",
    "您现在的位置",
    "您的位置",
    "所在位置",
    "扫一扫",
    "版权所有",
    "Copyright",
    "copyright",
    "COPYRIGHT",
    "©",
    "ICP",
    "京ICP",
    "网站地图",
    "联系我们",
    "主办单位",
    "承办单位",
    "主办：",
    "承办：",
    "技术支持",
    "<!--",
    "-->",
    "打印本页",
    "关闭窗口",
    "【打印",
    "【关闭",
    "[打印",
    "[关闭",
    "返回顶部",
    "返回首页",
    "点击数",
    "点击量",
    "点击率",
    "浏览次数",
    "浏览量",
    "阅读次数",
    "阅读量",
    "访问量",
    "索引号",
    "主题分类",
    "发文机关",
    "成文日期",
    "公开方式",
    "网站标识码",
    "手机版",
    "上一页",
    "下一页",
    "地址：",
    "地址:",
    "邮编：",
    "邮编:",
    "电话：",
    "电话:",
    "联系电话",
    "传真：",
    "传真:",
    "邮箱：",
    "E-mail",
    "Email",
    "【E-mail",
    "【发表评论",
    "【推荐",
    "【收藏",
    "【纠错",
    "【我要",
];

/// Page furniture anywhere in a short line (footers, browser notes).
pub static CHROME_INFIXES: &[&str] = &[
    "ICP备",
    "ICP证",
    "公网安备",
    "网站标识码",
    "版权所有",
    "建议使用",
    "最佳浏览",
    "扫一扫",
    "政务微博",
    "微信公众号",
];

/// [`CHROME_INFIXES`], indexed by first character.
static CHROME_INFIXES_IX: Lazy<Words> = Lazy::new(|| Words::new(CHROME_INFIXES));

/// The first characters of [`CHROME_INFIXES`], laid out for skipping the characters that start
/// none: a short line is passed four characters a round, stopping only where an infix may start.
static CHROME_INFIX_STARTS: Lazy<Stops> = Lazy::new(|| {
    Stops::new(&CharSet::new(
        CHROME_INFIXES.iter().filter_map(|w| w.chars().next()),
    ))
});

/// True when one of [`CHROME_INFIXES`] is in `line` (looked for in short lines only).
fn holds_infix(line: &str) -> bool {
    let b = line.as_bytes();
    let mut i = 0;
    loop {
        i = CHROME_INFIX_STARTS.skip(b, i);
        let Some(c) = line.get(i..).and_then(|rest| rest.chars().next()) else {
            return false;
        };
        if CHROME_INFIXES_IX.starts(&line[i..]) {
            return true;
        }
        i += c.len_utf8();
    }
}

/// Script left in a scraped page, at any line length.
pub static CODE_MARKERS: &[&str] = &[
    "document.",
    "window.",
    "function(",
    "function ",
    "javascript:",
    "getElementById",
];

/// Lines that are chrome when they are the whole line.
pub static CHROME_LINES: &[&str] = &[
    "首页",
    "打印",
    "关闭",
    "下载",
    "收藏",
    "全屏",
    "加大",
    "还原",
    "减小",
    "】",
    "【",
    "大",
    "中",
    "小",
    "分享",
    "返回",
    "顶部",
    "登录",
    "注册",
    "搜索",
    "English",
    "无障碍",
    "简体",
    "繁体",
    "微信",
    "微博",
    "纠错",
    "评论",
    "推荐",
    "打印本页",
    "关闭窗口",
    "字体",
    "字号",
    "默认",
    "视力保护色",
];

/// The longest of [`CHROME_LINES`], in bytes: longer lines are not compared with them.
static CHROME_LINE_MAX: Lazy<usize> =
    Lazy::new(|| CHROME_LINES.iter().map(|l| l.len()).max().unwrap_or(0));

/// Headers of link lists (related stories): the short lines after them are link titles.
pub static LINK_LIST_HEADERS: &[&str] = &[
    "相关报道",
    "相关链接",
    "相关新闻",
    "相关文章",
    "相关阅读",
    "推荐阅读",
    "延伸阅读",
    "热点新闻",
    "上一篇",
    "下一篇",
];

/// Byline labels that fill `meta`, with the field they fill (longer labels first).
pub static META_LABELS: &[(&str, MetaField)] = &[
    ("责任编辑", MetaField::Editor),
    ("责编", MetaField::Editor),
    ("编辑", MetaField::Editor),
    ("信息来源", MetaField::Source),
    ("文章来源", MetaField::Source),
    ("稿件来源", MetaField::Source),
    ("来源", MetaField::Source),
    ("发布时间", MetaField::Published),
    ("发布日期", MetaField::Published),
    ("发表时间", MetaField::Published),
    ("发稿时间", MetaField::Published),
    ("更新时间", MetaField::Published),
    ("更新日期", MetaField::Published),
    ("时间", MetaField::Published),
    ("日期", MetaField::Published),
    ("作者", MetaField::Author),
    ("撰稿", MetaField::Author),
];

/// The labels of [`META_LABELS`], each searched for with a searcher built once (a byline holds
/// several: every label is looked for in it).
static META_LABEL_FINDERS: Lazy<Vec<memchr::memmem::Finder<'static>>> = Lazy::new(|| {
    META_LABELS
        .iter()
        .map(|(label, _)| memchr::memmem::Finder::new(label))
        .collect()
});

/// The labels of [`META_LABELS`], indexed by last character.
static META_LABELS_IX: Lazy<Words> = Lazy::new(|| Words::new(META_LABELS.iter().map(|(w, _)| w)));

/// Which `meta` field a byline fills. A label alone on its line (`来源：`) leaves its field
/// pending, and the next short line fills it.
///
/// ```
/// let mut page = zhreport::layout::chrome::PageReader::default();
/// let mut meta = zhreport::Meta::default();
/// assert!(page.skip("来源：", &mut meta, false));
/// assert!(page.skip("市科学技术协会", &mut meta, false));
/// assert_eq!(meta.source.as_deref(), Some("市科学技术协会"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaField {
    /// 责编 / 编辑.
    Editor,
    /// 来源.
    Source,
    /// 发布时间.
    Published,
    /// 作者.
    Author,
}

/// [`CHROME_PREFIXES`] and [`LINK_LIST_HEADERS`], indexed by first character: every line is checked against it.
static CHROME_PREFIXES_IX: Lazy<Words> =
    Lazy::new(|| Words::new(CHROME_PREFIXES.iter().chain(LINK_LIST_HEADERS)));

/// True when `line` (trimmed) is navigation or page furniture.
///
/// ```
/// use zhreport::layout::chrome::is_chrome;
/// assert!(is_chrome("分享到: 0"));
/// assert!(is_chrome("上一篇:市科协召开党组会议"));
/// assert!(is_chrome("当前位置：首页 > 政务公开 > 工作总结"));
/// assert!(is_chrome("【打印本页】【关闭窗口】"));
/// assert!(is_chrome("）"));
/// assert!(is_chrome("be341a59f1dd422394845dcb3fce09dc:"));
/// assert!(!is_chrome("2022年,武汉市科协深入学习贯彻党的二十大精神。"));
/// assert!(!is_chrome("一、基本情况"));
/// ```
pub fn is_chrome(line: &str) -> bool {
    is_chrome_marked(line, Marks::of(line))
}

/// What a line holds of the few characters that some chrome and byline tests need: `>` (a
/// breadcrumb), `n` or `:` (every code marker holds one), a colon (every byline field).
/// Most lines hold none of them: [`MarkIndex`] finds them in a whole text in one search each,
/// instead of a search of every line for each.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Marks {
    gt: bool,
    code: bool,
    colon: bool,
}

/// The ASCII characters of [`Marks`], searched for together: `>`, `n` (in every code marker
/// but `javascript:`) and `:` (a colon, and in `javascript:`).
const ASCII_MARKS: [u8; 3] = [b'>', b'n', b':'];

impl Marks {
    /// The marks of `line`, searched for in it.
    fn of(line: &str) -> Marks {
        let b = line.as_bytes();
        let [gt, n, colon] = ASCII_MARKS;
        Marks {
            gt: memchr::memchr(gt, b).is_some(),
            code: memchr::memchr2(n, colon, b).is_some(),
            colon: memchr::memchr(colon, b).is_some() || FULLWIDTH_COLON.find(b).is_some(),
        }
    }
}

/// Where the characters of [`Marks`] stand in a whole text, read line by line in text order.
#[derive(Debug, Default)]
pub(crate) struct MarkIndex {
    gt: MarkList,
    code: MarkList,
    colon: MarkList,
}

/// Offsets of one mark in a text, read line by line.
#[derive(Debug, Default)]
struct MarkList {
    at: Vec<usize>,
    cursor: Cursor,
}

impl MarkList {
    /// True when a mark lies in `start..end`.
    fn any(&mut self, start: usize, end: usize) -> bool {
        self.cursor
            .from(&self.at, start)
            .first()
            .is_some_and(|&p| p < end)
    }
}

impl MarkIndex {
    pub(crate) fn new(text: &str) -> MarkIndex {
        let b = text.as_bytes();
        let [gt, n, colon] = ASCII_MARKS;
        // One search finds the three ASCII marks (all rare in Chinese text), sorted out after.
        let ascii: Vec<usize> = memchr::memchr3_iter(gt, n, colon, b).collect();
        let only = |mark: &dyn Fn(u8) -> bool| -> Vec<usize> {
            ascii.iter().copied().filter(|&i| mark(b[i])).collect()
        };
        let code = only(&|c| c != gt);
        let mut colons = only(&|c| c == colon);
        colons.extend(FULLWIDTH_COLON.find_iter(b));
        colons.sort_unstable();
        let list = |at| MarkList {
            at,
            cursor: Cursor::default(),
        };
        MarkIndex {
            gt: list(only(&|c| c == gt)),
            code: list(code),
            colon: list(colons),
        }
    }

    /// The marks of the line at bytes `start..end` of the text.
    pub(crate) fn of(&mut self, start: usize, end: usize) -> Marks {
        Marks {
            gt: self.gt.any(start, end),
            code: self.code.any(start, end),
            colon: self.colon.any(start, end),
        }
    }
}

/// [`is_chrome`], with the line's [`Marks`] known.
pub(crate) fn is_chrome_marked(line: &str, marks: Marks) -> bool {
    // 60 characters take at most 240 bytes: longer lines are long without counting.
    let short = line.len() <= 60 || line.len() <= 60 * 4 && line.chars().count() <= 60;
    let b = line.as_bytes();
    line.len() <= *CHROME_LINE_MAX && CHROME_LINES.contains(&line)
        || CHROME_PREFIXES_IX.starts(line)
        || marks.gt
            && (memchr::memchr_iter(b'>', b).any(|i| b.get(i + 1) == Some(&b'>'))
                || line.starts_with("首页"))
        || short && holds_infix(line)
        // Every code marker holds an n or a colon: a SIMD search rules most lines out.
        || marks.code
            && CODE_MARKERS.iter().any(|p| line.contains(p))
        || short && bracket_buttons(line)
        || !line
            .chars()
            .any(|c| super::headings::is_han(c) || is_alphanumeric(c))
        || is_hash(line)
        || is_menu(line)
}

/// Punctuation of Chinese text, none of it a letter or digit: the general punctuation block
/// (“”—…), CJK symbols and punctuation up to 〄 and from 〈 to 〠 (、。《》【】), and the fullwidth
/// marks around the fullwidth digits (，（）：；？). A test checks every one of them.
const PUNCTUATION: [std::ops::RangeInclusive<char>; 5] = [
    '\u{2000}'..='\u{206f}',
    '\u{3000}'..='\u{3004}',
    '\u{3008}'..='\u{3020}',
    '\u{ff01}'..='\u{ff0f}',
    '\u{ff1a}'..='\u{ff20}',
];

/// [`char::is_alphanumeric`], with the punctuation of Chinese text told apart before the
/// Unicode tables are asked (a lookup there costs some hundred instructions).
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !PUNCTUATION.iter().any(|r| r.contains(&c)) && c.is_alphanumeric()
}

/// The three-byte characters a menu's walk stops at: its bars, the usual punctuation and the
/// spaces (every other character it meets stops it too, being of another length).
const MENU_MARKS: &str = "｜丨，。、：；“”（）\u{3000}\u{1680}\u{2028}\u{2029}\u{202f}\u{205f}";

/// [`MENU_MARKS`] and the spaces U+2000 to U+200A, laid out for skipping the other characters.
static MENU_STOPS: Lazy<Stops> = Lazy::new(|| {
    Stops::new(&CharSet::new(
        MENU_MARKS.chars().chain('\u{2000}'..='\u{200a}'),
    ))
});

/// A navigation menu: `首页 | 新闻中心 | 政务公开`, or four or more short words separated by
/// spaces with no punctuation (`政府信息公开 政务服务 互动交流 走进江城`).
///
/// ```
/// use zhreport::layout::chrome::is_chrome;
/// assert!(is_chrome("首页 | 新闻中心 | 政务公开 | 互动交流"));
/// assert!(is_chrome("政府信息公开 政务服务 互动交流 走进江城"));
/// assert!(!is_chrome("凝心聚力 服务创新"));
/// assert!(!is_chrome("政 府 工 作 报 告"));
/// ```
fn is_menu(line: &str) -> bool {
    // Most lines have neither two bars nor three spaces: decide those without splitting.
    let (mut bar_count, mut space_count) = (0, 0);
    let b = line.as_bytes();
    let mut i = 0;
    loop {
        // Most characters are passed four a round without being decoded. A character passed
        // over that is neither a letter nor a digit (《) is no menu word: the splits below say
        // no for it, as the walk would have.
        i = MENU_STOPS.skip(b, i);
        let Some(c) = line.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        // Only the characters the skipping stops at come here; the usual punctuation, which
        // ends most lines' walk, is asked about first.
        if matches!(
            c,
            '，' | '。' | '、' | '：' | '；' | '“' | '”' | '（' | '）'
        ) {
            return false;
        } else if matches!(c, '|' | '｜' | '丨') {
            bar_count += 1;
        } else if super::is_space(c) {
            space_count += 1;
        } else if !is_alphanumeric(c) {
            // Menus hold only words, bars and spaces: a sentence stops at its first comma.
            return false;
        }
    }
    if bar_count < 2 && space_count < 3 {
        return false;
    }
    let short_word = |w: &str, max: usize| {
        (1..=max).contains(&w.chars().count()) && w.chars().all(char::is_alphanumeric)
    };
    let bars: Vec<&str> = line.split(['|', '｜', '丨']).map(str::trim).collect();
    if bars.len() >= 3 && bars.iter().all(|w| w.is_empty() || short_word(w, 8)) {
        return true;
    }
    let words: Vec<&str> = line
        .split(super::is_space)
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 4
        && words.iter().all(|w| {
            let n = w.chars().count();
            (2..=6).contains(&n) && w.chars().all(|c| c.is_alphabetic())
        })
}

/// `【打印】【关闭】`, `[大 中 小]`: a line made only of bracketed buttons.
fn bracket_buttons(line: &str) -> bool {
    // Most lines start with no bracket: told apart before the line is trimmed at both ends.
    if !line.trim_start().starts_with(['【', '[', '［']) {
        return false;
    }
    let mut rest = line.trim();
    let mut any = false;
    while let Some(r) = rest.strip_prefix(['【', '[', '［']) {
        let Some(close) = r.find(['】', ']', '］']) else {
            return false;
        };
        let inner = r[..close].trim();
        if !(CHROME_LINES.contains(&inner)
            || inner.split_whitespace().all(|w| CHROME_LINES.contains(&w))
            || CHROME_PREFIXES
                .iter()
                .chain(LINK_LIST_HEADERS)
                .any(|p| inner.starts_with(p.trim_start_matches(['【', '['])))
            || inner.contains("打印")
            || inner.contains("关闭"))
        {
            return false;
        }
        any = true;
        rest = r[close..].trim_start_matches(['】', ']', '］']).trim();
    }
    any && rest.is_empty()
}

/// A page id or hash left as a line: 16 or more hex digits, nothing else but a colon.
fn is_hash(line: &str) -> bool {
    // Most lines start with a character that is no hex digit: told apart by their first byte.
    if !line.as_bytes().first().is_some_and(u8::is_ascii_hexdigit) {
        return false;
    }
    let t = line.trim_end_matches([':', '：']);
    t.len() >= 16 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Reads the byline fields of `line` into `meta`; true when the line is a byline (and so not
/// part of the facts). A line may hold several (`2009年03月16日　来源：新华社`), and may be
/// wrapped in brackets (`（责任编辑： 郭桢`).
///
/// ```
/// let mut meta = zhreport::Meta::default();
/// assert!(zhreport::layout::chrome::read_meta("发布日期：2023-01-05 来源：区科技局 浏览次数：123", &mut meta));
/// assert_eq!(meta.published.as_deref(), Some("2023-01-05"));
/// assert_eq!(meta.source.as_deref(), Some("区科技局"));
/// assert!(!zhreport::layout::chrome::read_meta("资金来源：财政拨款3000万元，用于改造。", &mut zhreport::Meta::default()));
/// ```
pub fn read_meta(line: &str, meta: &mut Meta) -> bool {
    read_meta_fields(line, Marks::of(line), meta).0
}

/// `：`, searched for with a searcher built once.
static FULLWIDTH_COLON: Lazy<memchr::memmem::Finder<'static>> =
    Lazy::new(|| memchr::memmem::Finder::new("："));

/// As [`read_meta`]; also returns the field of a label left without a value (`来源:` with the
/// value on the next line).
fn read_meta_fields(line: &str, marks: Marks, meta: &mut Meta) -> (bool, Option<MetaField>) {
    if !marks.colon {
        return (false, None);
    }
    let line = line
        .trim_start_matches(['（', '(', '【', '['])
        .trim_end_matches(['）', ')', '】', ']'])
        .trim();
    // Every field needs a colon after its label, and a line where no colon follows a label
    // (spaces between allowed) is no byline: most lines with a colon are sentences, told apart
    // here without searching the line for every label.
    let b = line.as_bytes();
    let mut colons = memchr::memchr_iter(b':', b).chain(FULLWIDTH_COLON.find_iter(b));
    let labelled = colons.any(|i| {
        let head = line[..i].trim_end_matches([' ', '\u{3000}']);
        META_LABELS_IX.ending(head).next().is_some()
    });
    if !labelled {
        return (false, None);
    }
    let mut found = false;
    let mut dangling = None;
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for ((label, field), finder) in META_LABELS.iter().zip(META_LABEL_FINDERS.iter()) {
        let Some(pos) = finder.find(line.as_bytes()) else {
            continue;
        };
        if taken.iter().any(|&(s, e)| pos < e && s < pos + label.len()) {
            continue; // 来源 inside 信息来源, already read
        }
        let after = line[pos + label.len()..].trim_start_matches([' ', '\u{3000}']);
        let Some(value) = after.strip_prefix(['：', ':']) else {
            continue;
        };
        // Only labels at the start of the line or after spacing: not 来源 inside a sentence.
        let before = &line[..pos];
        if !(before.is_empty()
            || before.ends_with([' ', '\u{3000}', '\u{a0}', '\t', '|', '丨'])
            || found)
        {
            continue;
        }
        taken.push((pos, pos + label.len()));
        let value = value.trim_start_matches([' ', '\u{3000}', '\u{a0}']);
        let value = if *field == MetaField::Published {
            // Dates may hold a space before the time: 2026-02-09 10:21.
            value
                .split(['\u{3000}', '\t', '|', '丨'])
                .next()
                .unwrap_or("")
                .split("  ")
                .next()
                .unwrap_or("")
                .trim()
        } else {
            value
                .split([' ', '\u{3000}', '\u{a0}', '\t', '|', '丨'])
                .next()
                .unwrap_or("")
                .trim()
        };
        if value.is_empty() {
            if before.is_empty() && line.chars().count() <= 8 {
                dangling = Some(*field);
                found = true;
            }
            continue;
        }
        if !fill(meta, *field, value) {
            continue;
        }
        found = true;
    }
    if found && line.chars().count() <= 80 && !line.contains('。') {
        // A date on a byline line is the publication date (2009年03月16日 来源：新华社).
        if meta.published.is_none() {
            meta.published = iso_date(line).map(CompactString::from);
        }
        return (true, dangling);
    }
    (false, None)
}

/// Fills `field` with `value` unless already set; false when a date does not parse.
fn fill(meta: &mut Meta, field: MetaField, value: &str) -> bool {
    let value = if field == MetaField::Published {
        match iso_date(value) {
            Some(d) => d,
            None => return false,
        }
    } else {
        value.trim_end_matches(['）', ')', '】', ']']).to_string()
    };
    if value.is_empty() {
        return false;
    }
    let slot = match field {
        MetaField::Editor => &mut meta.editor,
        MetaField::Source => &mut meta.source,
        MetaField::Published => &mut meta.published,
        MetaField::Author => &mut meta.author,
    };
    if slot.is_none() {
        *slot = Some(value.into());
    }
    true
}

/// Reads page furniture line by line, with the little state a page needs: a byline label
/// whose value is on the next line (`来源:` / `四川日报`), and link lists (相关报道, 上一篇)
/// whose short lines are link titles.
///
/// ```
/// use zhreport::layout::chrome::PageReader;
/// let mut meta = zhreport::Meta::default();
/// let mut page = PageReader::default();
/// assert!(page.skip("来源:", &mut meta, false));
/// assert!(page.skip("四川日报", &mut meta, false));
/// assert_eq!(meta.source.as_deref(), Some("四川日报"));
/// assert!(page.skip("相关报道", &mut meta, true));
/// assert!(page.skip("我区召开科技工作会议", &mut meta, true));
/// assert!(!page.skip("全年新增高新技术企业35家，同比增长18.5%，创历史新高。", &mut meta, true));
/// ```
#[derive(Debug, Default, Clone)]
pub struct PageReader {
    pending: Option<MetaField>,
    link_list: bool,
}

impl PageReader {
    /// True when `line` is chrome or a byline (its fields go into `meta`). `after_body` says
    /// whether the report's body has begun (link lists are only followed after it, so a
    /// sidebar list cannot swallow the title).
    ///
    /// ```
    /// let mut page = zhreport::layout::chrome::PageReader::default();
    /// let mut meta = zhreport::Meta::default();
    /// assert!(page.skip("设为首页 | 加入收藏", &mut meta, false));
    /// assert!(page.skip("责任编辑：王一", &mut meta, true));
    /// assert_eq!(meta.editor.as_deref(), Some("王一"));
    /// ```
    pub fn skip(&mut self, line: &str, meta: &mut Meta, after_body: bool) -> bool {
        let marks = Marks::of(line);
        self.skip_judged(line, marks, is_chrome_marked(line, marks), meta, after_body)
    }

    /// [`PageReader::skip`], with the line's [`Marks`] known and whether it is chrome
    /// ([`is_chrome_marked`], asked of every line beforehand).
    pub(crate) fn skip_judged(
        &mut self,
        line: &str,
        marks: Marks,
        chrome: bool,
        meta: &mut Meta,
        after_body: bool,
    ) -> bool {
        if let Some(field) = self.pending.take() {
            if line.chars().count() <= 30
                && !line.contains('。')
                && !chrome
                && fill(meta, field, line)
            {
                return true;
            }
        }
        if self.link_list {
            let link_like = line.chars().count() <= 50 && !line.contains(['。', '；']);
            if link_like {
                return true;
            }
            self.link_list = false;
        }
        if chrome {
            let header = LINK_LIST_HEADERS.iter().any(|h| line.starts_with(h));
            self.link_list = header && after_body;
            return true;
        }
        if let Some(date) = datetime_line(line) {
            if meta.published.is_none() {
                meta.published = Some(date.into());
            }
            return true;
        }
        let (is_meta, dangling) = read_meta_fields(line, marks, meta);
        self.pending = dangling;
        is_meta
    }
}

/// The first `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` or `YYYY年M月D日` date in `s`, as ISO.
///
/// ```
/// use zhreport::layout::chrome::iso_date;
/// assert_eq!(iso_date("发布时间：2026-02-09 10:21:33").as_deref(), Some("2026-02-09"));
/// assert_eq!(iso_date("2009年03月16日　来源：新华社").as_deref(), Some("2009-03-16"));
/// assert_eq!(iso_date("共12345-6-7"), None);
/// ```
pub fn iso_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits = |from: usize, max: usize| {
        let n = b[from..]
            .iter()
            .take(max + 1)
            .take_while(|c| c.is_ascii_digit())
            .count();
        (1..=max)
            .contains(&n)
            .then(|| (s[from..from + n].parse::<u32>().ok(), from + n))
    };
    let sep = |at: usize, chinese: &str| -> Option<usize> {
        let rest = s.get(at..)?;
        let rest_t = rest.trim_start_matches(' ');
        let skipped = rest.len() - rest_t.len();
        if let Some(c) = rest_t
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '/' | '.'))
        {
            return Some(at + skipped + c.len_utf8());
        }
        rest_t
            .starts_with(chinese)
            .then(|| at + skipped + chinese.len())
    };
    let mut i = 0;
    while i + 4 <= b.len() {
        if (i == 0 || !b[i - 1].is_ascii_digit())
            && b[i..i + 4].iter().all(u8::is_ascii_digit)
            && b.get(i + 4).is_none_or(|c| !c.is_ascii_digit())
        {
            let y = &s[i..i + 4];
            let parsed = (|| {
                let p = sep(i + 4, "年")?;
                let (m, p) = digits(p, 2)?;
                let p = sep(p, "月")?;
                let (d, _) = digits(p, 2)?;
                Some((m?, d?))
            })();
            if let Some((m, d)) = parsed {
                if (1..=12).contains(&m) && (1..=31).contains(&d) {
                    return Some(format!("{y}-{m:02}-{d:02}"));
                }
            }
        }
        i += 1;
    }
    None
}

/// The date of a line that is only a date: `2013年3月20日`, `（2013年3月20日）`,
/// `二○一二年十月二十六日` (the signature date at the end of a report), `2012-10-26`; as ISO.
///
/// ```
/// use zhreport::layout::chrome::standalone_date;
/// assert_eq!(standalone_date("（2013年3月20日）").as_deref(), Some("2013-03-20"));
/// assert_eq!(standalone_date("二○一二年十月二十六日").as_deref(), Some("2012-10-26"));
/// assert_eq!(standalone_date("２０１４年１月５日").as_deref(), Some("2014-01-05"));
/// assert_eq!(standalone_date("2026年02月10日 07时41分").as_deref(), Some("2026-02-10"));
/// assert_eq!(standalone_date("2013年3月20日召开会议"), None);
/// ```
pub fn standalone_date(line: &str) -> Option<String> {
    let trimmed = |c: char| super::is_space(c) || matches!(c, '（' | '）' | '(' | ')');
    // Most lines are sentences with nothing to trim at either end: long ones are decided by
    // their length alone.
    if line.len() > 20 * 4 && !line.starts_with(trimmed) && !line.ends_with(trimmed) {
        return None;
    }
    let s = line.trim_matches(trimmed);
    // More than 80 bytes is more than 20 characters: long lines are decided without counting.
    if s.is_empty() || s.len() > 20 * 4 || s.chars().count() > 20 {
        return None;
    }
    // A date has four digits of a year (ASCII or fullwidth) or, in Chinese numerals, a month.
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    if !s.contains(digit) && !s.contains('月') {
        return None;
    }
    let s = strip_time(s);
    // Fullwidth digits and separators read as ASCII; most lines hold none and are read as
    // they are.
    let fullwidth = |c: char| matches!(c, '０'..='９' | '－' | '．' | '／');
    let norm: Cow<str> = if s.contains(fullwidth) {
        s.chars()
            .map(|c| match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
                '－' => '-',
                '．' => '.',
                '／' => '/',
                _ => c,
            })
            .collect()
    } else {
        Cow::Borrowed(s)
    };
    if norm
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | '年' | '月' | '日'))
    {
        let d = iso_date(&norm)?;
        // The whole line is the date: nothing but its digits and separators.
        return (norm.chars().filter(char::is_ascii_digit).count() <= 8).then_some(d);
    }
    chinese_date(&norm)
}

/// `二○一二年十月二十六日` → `2012-10-26`: the year digit by digit, month and day as numerals.
fn chinese_date(s: &str) -> Option<String> {
    let (y, rest) = s.split_once('年')?;
    let (m, rest) = rest.split_once('月')?;
    let d = rest
        .strip_suffix('日')
        .or_else(|| rest.strip_suffix('号'))?;
    let digit = |c: char| {
        "〇○零一二三四五六七八九"
            .chars()
            .position(|x| x == c)
            .map(|p| p.saturating_sub(2) as u32)
    };
    let year = y
        .chars()
        .try_fold(0u32, |acc, c| Some(acc * 10 + digit(c)?))?;
    if y.chars().count() != 4 || !(1900..=2100).contains(&year) {
        return None;
    }
    let small = |s: &str| -> Option<u32> {
        let v = crate::recognize::number::parse(s)?.value.to_i64()?;
        u32::try_from(v).ok()
    };
    let (m, d) = (small(m)?, small(d)?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{year:04}-{m:02}-{d:02}"))
}

/// The date of a line that is only a date and a clock time (`2026年02月10日 07时41分`,
/// `2023-01-05 10:21:33`): a page's time stamp, not a fact of the report.
///
/// ```
/// use zhreport::layout::chrome::datetime_line;
/// assert_eq!(datetime_line("2026年02月10日 07时41分").as_deref(), Some("2026-02-10"));
/// assert_eq!(datetime_line("2013年3月20日"), None);
/// ```
pub fn datetime_line(line: &str) -> Option<String> {
    let date = strip_time(line);
    (date.len() < line.len())
        .then(|| standalone_date(date))
        .flatten()
}

/// `2026年02月10日 07时41分` → `2026年02月10日`: drops a clock time after a date.
fn strip_time(s: &str) -> &str {
    let t = s.trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, ':' | '：' | '时' | '分' | '秒')
    });
    if t.len() < s.len() && t.ends_with([' ', '\u{3000}', '\u{a0}']) {
        t.trim_end_matches([' ', '\u{3000}', '\u{a0}'])
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No character of [`PUNCTUATION`] is a letter or digit, so [`is_alphanumeric`] agrees
    /// with [`char::is_alphanumeric`] everywhere.
    #[test]
    fn punctuation_is_neither_letter_nor_digit() {
        for c in PUNCTUATION.iter().flat_map(|r| r.clone()) {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// Every three-byte space stops a menu's walk.
    #[test]
    fn menu_stops_at_every_three_byte_space() {
        let stops = CharSet::new(MENU_MARKS.chars().chain('\u{2000}'..='\u{200a}'));
        for c in ('\u{800}'..='\u{ffff}').filter(|c| c.is_whitespace()) {
            assert!(stops.contains(c), "{c:?}");
        }
    }

    /// `is_chrome` looks for code markers only in lines holding an `n` or a `:`.
    #[test]
    fn every_code_marker_holds_n_or_a_colon() {
        for m in CODE_MARKERS {
            assert!(m.contains(['n', ':']), "{m}");
        }
    }
}
