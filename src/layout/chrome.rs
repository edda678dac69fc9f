//! Web-page chrome (navigation, share buttons, footers) and byline lines that fill `meta`.

use crate::Meta;

/// Lines that are navigation or page furniture when they start a line.
pub static CHROME_PREFIXES: &[&str] = &[
    "设为首页", "加入收藏", "上一篇", "下一篇", "分享到", "【字号", "【字体", "字号", "当前位置", "您当前的位置",
    "您现在的位置", "扫一扫", "相关报道", "相关链接", "相关新闻", "版权所有", "Copyright", "copyright", "©",
    "ICP", "京ICP", "网站地图", "联系我们", "主办单位", "承办单位", "技术支持", "<!--", "-->", "打印本页",
    "关闭窗口", "【打印", "【关闭", "[打印", "[关闭", "返回顶部", "点击数", "浏览次数", "阅读次数",
];

/// Lines that are chrome when they are the whole line.
pub static CHROME_LINES: &[&str] = &[
    "首页", "打印", "关闭", "下载", "收藏", "全屏", "加大", "还原", "减小", "】", "【", "大", "中", "小",
    "分享", "返回", "顶部", "登录", "注册", "搜索", "English", "无障碍", "简体", "繁体", "微信", "微博",
];

/// Byline labels that fill `meta`, with the field they fill.
pub static META_LABELS: &[(&str, MetaField)] = &[
    ("责任编辑", MetaField::Editor),
    ("责编", MetaField::Editor),
    ("编辑", MetaField::Editor),
    ("来源", MetaField::Source),
    ("发布时间", MetaField::Published),
    ("发布日期", MetaField::Published),
    ("时间", MetaField::Published),
    ("日期", MetaField::Published),
    ("作者", MetaField::Author),
];

/// Which `meta` field a byline fills.
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

/// True when `line` (trimmed) is navigation or page furniture.
///
/// ```
/// use zhreport::layout::chrome::is_chrome;
/// assert!(is_chrome("分享到: 0"));
/// assert!(is_chrome("上一篇:市科协召开党组会议"));
/// assert!(!is_chrome("2022年,武汉市科协深入学习贯彻党的二十大精神。"));
/// ```
pub fn is_chrome(line: &str) -> bool {
    CHROME_LINES.contains(&line)
        || CHROME_PREFIXES.iter().any(|p| line.starts_with(p))
        || line.contains(">>")
        || line.contains("> ") && line.starts_with("首页")
}

/// Reads the byline fields of `line` into `meta`; true when the line is a byline (and so not
/// part of the facts). A line may hold several (`2009年03月16日　来源：新华社`).
pub fn read_meta(line: &str, meta: &mut Meta) -> bool {
    let mut found = false;
    for (label, field) in META_LABELS {
        let Some(pos) = line.find(label) else { continue };
        let after = &line[pos + label.len()..];
        let Some(value) = after.strip_prefix(['：', ':']) else { continue };
        // Only labels at the start of the line or after spacing: not 来源 inside a sentence.
        let before = &line[..pos];
        if !(before.is_empty() || before.ends_with([' ', '\u{3000}', '\u{a0}', '\t']) || found) {
            continue;
        }
        let value = value.trim_start().split(['\u{3000}', '\t']).next().unwrap_or("").trim();
        let value = value.split("  ").next().unwrap_or("").trim();
        if value.is_empty() {
            continue;
        }
        let slot = match field {
            MetaField::Editor => &mut meta.editor,
            MetaField::Source => &mut meta.source,
            MetaField::Published => &mut meta.published,
            MetaField::Author => &mut meta.author,
        };
        let value = if *field == MetaField::Published {
            match iso_date(value) {
                Some(d) => d,
                None => continue,
            }
        } else {
            value.to_string()
        };
        if slot.is_none() {
            *slot = Some(value);
        }
        found = true;
    }
    if found && line.chars().count() <= 80 {
        // A date on a byline line is the publication date (2009年03月16日 来源：新华社).
        if meta.published.is_none() {
            meta.published = iso_date(line);
        }
        return true;
    }
    false
}

/// The first `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY年M月D日` date in `s`, as ISO.
pub fn iso_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut i = 0;
    while i + 4 <= b.len() {
        if b[i..i + 4].iter().all(u8::is_ascii_digit) && (i == 0 || !b[i - 1].is_ascii_digit()) {
            let y = &s[i..i + 4];
            let rest = &s[i + 4..];
            let mut parts = rest
                .split(|c: char| matches!(c, '-' | '/' | '.' | '年' | '月' | '日'))
                .skip(1)
                .take(2)
                .map(|p| p.trim().parse::<u32>().ok());
            if let (Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next()) {
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
/// assert_eq!(standalone_date("2013年3月20日召开会议"), None);
/// ```
pub fn standalone_date(line: &str) -> Option<String> {
    let s = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '（' | '）' | '(' | ')' | '\u{3000}' | '\u{a0}'));
    if s.is_empty() || s.chars().count() > 20 {
        return None;
    }
    let norm: String = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' => '-',
            '．' => '.',
            '／' => '/',
            _ => c,
        })
        .collect();
    if norm.chars().all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | '年' | '月' | '日')) {
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
    let d = rest.strip_suffix('日').or_else(|| rest.strip_suffix('号'))?;
    let digit = |c: char| "〇○零一二三四五六七八九".chars().position(|x| x == c).map(|p| p.saturating_sub(2) as u32);
    let year = y.chars().try_fold(0u32, |acc, c| Some(acc * 10 + digit(c)?))?;
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
