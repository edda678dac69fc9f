//! The item of a money amount or a rate: what it is of (全年国内生产总值达到18.23万亿元 →
//! 国内生产总值; 一般公共预算收入增长4.6% → 一般公共预算收入).
//!
//! Read in this order, never past the end of the sentence (。；！？ or a line break):
//! 1. a list with 分别 (A、B、C分别增长1%、2%、3%): the list entry at the value's position;
//! 2. the subject of the value's own clause (up to ，、：), with baselines (比上年, 同比), link verbs
//!    (达到, 增长), framing words (全年, 其中) and a first value of the clause (由9.8%降至) removed;
//! 3. when that clause says nothing (比上年增长10%, 总量突破90万亿元, 高于全国0.4个百分点): the
//!    subject of the clauses before it in the same sentence, which is what the reader carries over;
//! 4. a noun phrase right after the value when the value opens its clause (超80%监测对象…).

use super::{is_sentence_end, phrase_after};
use crate::lexicon::{CharSet, Words};
use crate::CompactString;
use memchr::memmem::FinderRev;
use once_cell::sync::Lazy;

static LEADING_IX: Lazy<Words> = Lazy::new(|| Words::new(LEADING));
static TRAILING_IX: Lazy<Words> = Lazy::new(|| Words::new(TRAILING));

/// How far back (bytes) a subject is looked for; keeps the search constant per mention.
const LOOKBACK: usize = 360;

/// Longest item kept, in characters.
const MAX_CHARS: usize = 18;

/// Words that open a clause without naming anything (stripped from the front of an item).
const LEADING: &[&str] = &[
    "全年",
    "全市",
    "全省",
    "全区",
    "全县",
    "全国",
    "全自治区",
    "其中",
    "今年",
    "去年",
    "当年",
    "上年",
    "年末",
    "年底",
    "年初",
    "目前",
    "截至",
    "同时",
    "此外",
    "另外",
    "共",
    "累计",
    "实现",
    "完成",
    "全面",
    "全部",
    "带动",
    "推动",
    "纳入",
    "争取",
    "新增",
    "我市",
    "我省",
    "我区",
    "本市",
    "该院",
    "全院",
    "每年",
    "每月",
    "年内",
    "初步核算",
    // Spending verbs before what is spent (投入帮扶资金20万元 → 帮扶资金).
    "投入",
    "安排",
    "资助",
    "拨付",
    "下达",
    "筹集",
    "募集",
    "发放",
    "落实",
];

/// Words between a subject and its value (stripped from the end of an item), longest first where
/// they share an ending.
const TRAILING: &[&str] = &[
    "比上年同期",
    "比上年",
    "比去年",
    "较上年",
    "同比",
    "同口径",
    "扣除价格因素",
    "按可比价格计算",
    "按可比价计算",
    "达到",
    "达",
    "为",
    "是",
    "有",
    "共计",
    "合计",
    "累计",
    "总计",
    "共",
    "超过",
    "超",
    "突破",
    "首次突破",
    "首破",
    "重回",
    "迈上",
    "跨过",
    "连跨",
    "跨上",
    "迈过",
    "站上",
    "登上",
    "过",
    "率先",
    "增长",
    "增加",
    "上涨",
    "涨幅",
    "降幅",
    "控制在",
    "实际",
    "减少",
    "下降",
    "提高",
    "提升",
    "降低",
    "上升",
    "回落",
    "扩大",
    "缩小",
    "实现",
    "完成",
    "约",
    "近",
    "逾",
    "分别",
    "确保",
    "力争",
    "预期",
    "预计",
    "首次",
    "年均",
    "平均",
    "稳定在",
    "保持在",
    "由",
    "从",
    "降至",
    "降到",
    "增至",
    "增到",
    "提高到",
    "提高至",
    "提升至",
    "提升到",
    "上升到",
    "上升至",
    "下降到",
    "下降至",
    "扩大到",
    "达到了",
    "了",
    "到",
    "至",
    "将",
    "已",
    "又",
    "再",
    "占",
    "每月",
    "每年",
    "安排",
    "投入",
    "下达",
    "拨付",
    "筹集",
    "落实",
    "发放",
    "支出",
    "用于",
    "的",
];

/// Clause remainders that name nothing: the value belongs to an earlier subject.
const EMPTY_SUBJECTS: &[&str] = &[
    "总量",
    "总额",
    "规模",
    "总计",
    "合计",
    "其中",
    "总体",
    "总数",
    "全年",
    "增速分别",
];

/// Comparison openers: 高于全国0.4个百分点 compares with a baseline, it is not of 全国.
const COMPARISONS: &[&str] = &[
    "高于",
    "低于",
    "快于",
    "慢于",
    "超过",
    "比上年",
    "比去年",
    "比全",
    "较上年",
    "较去年",
    "较全",
    "占",
    "相当于",
    "居全",
    "居于",
    "位居",
    "排名",
    "排在",
    "与去年",
    "与上年",
];

/// Words inside an item after which comes what it is compared with (低于全市平均水平).
const COMPARED_WITH: &[&str] = &["高于", "低于", "快于", "慢于"];

/// 分别 (respectively), searched backwards from a value.
static RESPECTIVELY: Lazy<FinderRev<'static>> = Lazy::new(|| FinderRev::new("分别"));

static COMPARISONS_IX: Lazy<Words> = Lazy::new(|| Words::new(COMPARISONS));
/// The currency words written after an amount, indexed.
static CURRENCY_SUFFIXES_IX: Lazy<Words> =
    Lazy::new(|| Words::new(crate::lexicon::CURRENCY_SUFFIXES.iter().map(|(w, _)| w)));
/// The start of the leftmost word of [`COMPARED_WITH`] in `s`. All are two characters ending
/// in 于, so only the places of 于 (found by a byte search) are asked.
fn compared_with_at(s: &str) -> Option<usize> {
    s.match_indices('于').find_map(|(i, _)| {
        let head = &s[..i + '于'.len_utf8()];
        COMPARED_WITH
            .iter()
            .find(|w| head.ends_with(*w))
            .map(|w| head.len() - w.len())
    })
}

/// Measure words of a count that can stand before a subject (1550个省重点项目).
const COUNT_MEASURE_CHARS: &str = "个家项所座条名位批件户";

/// Unit and particle characters that follow a value inside a clause (50米内, 3万元的).
const UNIT_CHARS: &str =
    "米内外个家项元万亿千百十分点成年月日度人次余多以上下来的倍吨亩公里平方千瓦时%％";

/// [`UNIT_CHARS`], as a set.
static UNIT_CHAR_SET: Lazy<CharSet> = Lazy::new(|| CharSet::new(UNIT_CHARS.chars()));

/// Verbs of spending after which the item follows the amount (中央安排30亿元国债资金).
const DISBURSE: &[&str] = &[
    "安排", "投入", "下达", "拨付", "筹集", "落实", "发放", "争取", "投资", "募集",
];

static DISBURSE_IX: Lazy<Words> = Lazy::new(|| Words::new(DISBURSE));

/// Verbs that open a purpose rather than name an item (安排219亿元支持…).
const PURPOSE_VERBS: &[&str] = &[
    "支持", "用于", "帮助", "建设", "实施", "开展", "解决", "推进", "完成", "保障", "补助", "奖励",
];

/// What [`clean`] looks for in a clause: 于, 占, 在 and the numeral characters.
static CLEAN_MARKS: Lazy<CharSet> =
    Lazy::new(|| CharSet::new("于占在%％".chars().chain('0'..='9').chain('０'..='９')));

#[inline]
fn is_clause_break(c: char) -> bool {
    // A space separates run-together headings from text (问题 研发投入…) in flattened documents.
    // Han characters (most of a text) are none of these, told by one range test.
    !('\u{4e00}'..='\u{9fff}').contains(&c)
        && (is_sentence_end(c)
            || c.is_whitespace()
            || matches!(c, '，' | ',' | '、' | '：' | ':' | '（' | '）' | '(' | ')'))
}

#[inline]
fn is_numeral_char(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c) || matches!(c, '%' | '％')
}

/// The first character boundary at most `LOOKBACK` bytes before `pos`.
fn lookback_floor(text: &str, pos: usize) -> usize {
    let mut floor = pos.saturating_sub(LOOKBACK);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    floor
}

/// The byte offset where the sentence containing `pos` starts, looking back at most `LOOKBACK`.
fn sentence_start(text: &str, pos: usize) -> usize {
    let floor = lookback_floor(text, pos);
    text[floor..pos]
        .char_indices()
        .rev()
        .find(|(_, c)| is_sentence_end(*c))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

/// Cleans a raw clause head into an item: the part before its first value, without framing and
/// linking words; `None` when nothing that names a thing is left.
fn clean(raw: &str) -> Option<&str> {
    let mut s = raw.trim_matches([' ', '\u{3000}', '“', '”']);
    // 2014年果蔬产出: a leading date is framing; so is a leading count (1550个省重点项目完成投资
    // → 省重点项目完成投资), whose digits the clause split left in front of the subject.
    let digits_dropped =
        s.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    if digits_dropped.len() < s.len() {
        let date_dropped = digits_dropped.trim_start_matches(['年', '月', '日', '度', '底', '末']);
        s = if date_dropped.len() < digits_dropped.len() {
            date_dropped
        } else {
            let approx_dropped = digits_dropped.trim_start_matches(['余', '多']);
            approx_dropped
                .strip_prefix(|c: char| COUNT_MEASURE_CHARS.contains(c))
                .unwrap_or(approx_dropped)
        };
    }
    // The characters cut at below, read in one pass: on a clause this short that costs less than
    // a byte search for each. `s` only shrinks from here, so what it lacks stays lacking.
    let (mut numeral, mut yu, mut zhan, mut zai) = (None, false, false, false);
    for (i, c) in super::marked_chars(s, &CLEAN_MARKS) {
        match c {
            '于' => yu = true,
            '占' => zhan = true,
            '在' => zai = true,
            _ => numeral = numeral.or(Some(i)),
        }
    }
    // 关税总水平由9.8%降至: the subject stands before the first value of a change; otherwise
    // after the last value (公交与轨道50米内换乘比例达 → 换乘比例).
    if let Some(i) = numeral {
        let before = &s[..i];
        if before.ends_with(['由', '从']) || i == 0 {
            s = before;
        } else {
            let last = s
                .char_indices()
                .rev()
                .find(|(_, c)| is_numeral_char(*c))
                .map_or(0, |(j, c)| j + c.len_utf8());
            let after = s[last..].trim_start_matches(|c: char| {
                UNIT_CHAR_SET.contains(c) || is_numeral_char(c) || c == '.'
            });
            let change = [
                "提高", "提升", "降", "增至", "增到", "升", "下降", "上升", "增长", "增加", "减少",
                "扩大", "缩小", "到", "至",
            ];
            // 27微克/立方米: a compound unit, not an item.
            let unit_left = after.contains('/') || CURRENCY_SUFFIXES_IX.starts(after);
            s = if after.chars().count() >= 2
                && !unit_left
                && !change.iter().any(|w| after.starts_with(w))
            {
                after
            } else {
                before
            };
        }
    }
    loop {
        let before = s.len();
        if let Some(w) = LEADING_IX.longest_prefix(s) {
            s = &s[w.len()..];
        }
        if let Some(w) = TRAILING_IX.longest_suffix(s) {
            s = &s[..s.len() - w.len()];
        }
        s = trim_filler(s);
        if s.len() == before {
            break;
        }
    }
    if COMPARISONS_IX.starts(s) || EMPTY_SUBJECTS.contains(&s) {
        return None;
    }
    // 研发投入强度仍低于全市平均水平: the item is what is compared.
    if let Some(p) = yu.then(|| compared_with_at(s)).flatten() {
        s = s[..p].trim_end_matches(['仍', '均', '也', '都', '还', '略']);
    }
    // 第一产业增加值占地区生产总值的比重: the item is what takes the share.
    if let Some(p) = zhan.then(|| s.find('占')).flatten() {
        s = &s[..p];
    }
    // 硕士以上人员在临床医师中的比重: likewise before 在…中.
    let zai_at = zai.then(|| s.find('在')).flatten();
    if let Some(p) = zai_at.filter(|&p| s[p..].contains('中')) {
        if p > 0 {
            s = &s[..p];
        }
    }
    // (A text of at most MAX_CHARS bytes has at most as many characters: not counted.)
    let n = if s.len() > MAX_CHARS {
        s.chars().count()
    } else {
        0
    };
    if n > MAX_CHARS {
        let cut = s.char_indices().nth(n - MAX_CHARS).map_or(0, |(i, _)| i);
        s = &s[cut..];
    }
    let has_han = s
        .chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .nth(1)
        .is_some();
    has_han.then_some(s)
}

/// `s` without ' ', U+3000, '，' and '的' at either end (as `trim_matches` with those four,
/// read by byte patterns: this runs several times per clause).
fn trim_filler(mut s: &str) -> &str {
    const FILLER: [&[u8]; 4] = [
        b" ",
        "\u{3000}".as_bytes(),
        "，".as_bytes(),
        "的".as_bytes(),
    ];
    while let Some(f) = FILLER.iter().find(|f| s.as_bytes().starts_with(f)) {
        s = &s[f.len()..];
    }
    while let Some(f) = FILLER.iter().find(|f| s.as_bytes().ends_with(f)) {
        s = &s[..s.len() - f.len()];
    }
    s
}

/// True when `s` opens with a count (两个台阶, 3家企业): numerals and a measure word.
fn starts_with_count(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| {
        super::number::is_numeral_start(c) || matches!(c, '百' | '千' | '万' | '亿' | '.')
    });
    rest.len() < s.len() && rest.starts_with(|c: char| COUNT_MEASURE_CHARS.contains(c))
}

/// 汽车用锂电池、太阳能电池、工业机器人产量分别增长54.5%、43.1%、86.3%: the entry at the value's
/// position when the list and the values have the same length.
fn list_entry(text: &str, sent: usize, start: usize, end: usize) -> Option<CompactString> {
    let head = &text[sent..start];
    let p = RESPECTIVELY.rfind(head.as_bytes())?;
    let between = &head[p + "分别".len()..];
    if between.contains(['，', ',', '；']) {
        return None;
    }
    let k = between.matches(['、', '和']).count();
    let tail = &text[end..];
    let tail = &tail[..tail
        .find(|c: char| is_sentence_end(c) || c == '，' || c == ',')
        .unwrap_or(tail.len())];
    let after = tail.matches('、').count() + tail.matches('和').count();
    let whole_head = &head[..p];
    let cut = whole_head.rfind(['，', ',', '：', ':']).map_or(0, |i| {
        i + whole_head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let list_head = &whole_head[cut..];
    let items: Vec<&str> = list_head.split(['、', '和']).collect();
    if items.len() != k + 1 + after || items.len() < 2 {
        return clause_entry(whole_head, k, k + 1 + after);
    }
    // 一、二、三产业增加值: entries too short to stand alone share the whole list.
    if items.iter().any(|i| i.chars().count() < 2) {
        return clean(list_head).map(CompactString::from);
    }
    clean(items[k]).map(CompactString::from)
}

/// 城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，分别增长9.6%和6.2%: with
/// no list in its own clause, the `k`-th of the last `total` clauses before 分别 that hold a value.
fn clause_entry(head: &str, k: usize, total: usize) -> Option<CompactString> {
    if total < 2 {
        return None;
    }
    let valued: Vec<&str> = head
        .split(['，', ','])
        .filter(|c| c.chars().any(is_numeral_char))
        .collect();
    let first = valued.len().checked_sub(total)?;
    clean(valued[first + k]).map(CompactString::from)
}

/// What the money amount or rate at `start..end` of `text` is of, or `None` when the sentence does
/// not say.
///
/// ```
/// use zhreport::recognize::subject::item_of;
/// let t = "全年实现地区生产总值4000.5亿元，比上年增长10%。";
/// let p = t.find("10%").unwrap();
/// assert_eq!(item_of(t, p, p + 3).as_deref(), Some("地区生产总值"));
/// let t = "关税总水平由9.8%降至7.5%。";
/// let p = t.find("7.5%").unwrap();
/// assert_eq!(item_of(t, p, p + 4).as_deref(), Some("关税总水平"));
/// ```
pub fn item_of(text: &str, start: usize, end: usize) -> Option<CompactString> {
    let floor = lookback_floor(text, start);
    // One walk back from the value to the comma before it finds the clause break nearest the
    // value and whether 分别 is written there: a list with 分别 counts only when no comma
    // stands between 分别 and the value, so the sentence start is looked for only then.
    let mut brk = None;
    let mut respectively = false;
    let mut next = None;
    for (i, c) in text[floor..start].char_indices().rev() {
        respectively |= c == '分' && next == Some('别');
        if is_clause_break(c) {
            brk = brk.or(Some((floor + i, c)));
            if is_sentence_end(c) || matches!(c, '，' | ',') {
                break;
            }
        }
        next = Some(c);
    }
    if respectively {
        if let Some(item) = list_entry(text, sentence_start(text, start), start, end) {
            return Some(item);
        }
    }
    // The value's own clause, then the clauses before it, back to the sentence start (a
    // sentence end, or `floor`).
    let mut clause_end = start;
    let mut first = true;
    loop {
        let clause_start = brk.map_or(floor, |(q, c): (usize, char)| q + c.len_utf8());
        let raw = &text[clause_start..clause_end];
        if first && DISBURSE_IX.ends(raw) {
            let after = phrase_after(text, end);
            if !PURPOSE_VERBS.iter().any(|v| after.starts_with(v)) {
                if let Some(item) = clean(after) {
                    return Some(item.into());
                }
            }
        }
        if let Some(item) = clean(raw) {
            return Some(item.into());
        }
        // A value opening its clause names its item after it (超80%监测对象稳定消除返贫风险).
        if first && raw.trim().is_empty() {
            let after = phrase_after(text, end);
            // Not a count of what follows (5万亿元、6万亿元两个台阶): the subject is earlier.
            if let Some(item) = clean(after)
                .filter(|a| !a.starts_with(['的', '以', '左', '和', '、']) && !starts_with_count(a))
            {
                return Some(item.into());
            }
        }
        first = false;
        // Step over the break (、 ， ：) to the clause before.
        match brk {
            Some((q, c)) if !is_sentence_end(c) && q > floor => {
                clause_end = q;
                brk = text[floor..q]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| is_clause_break(*c))
                    .map(|(i, c)| (floor + i, c));
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(t: &str, value: &str) -> Option<String> {
        let p = t.find(value).unwrap();
        item_of(t, p, p + value.len()).map(String::from)
    }

    #[test]
    fn carried_subjects() {
        assert_eq!(
            item(
                "全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点。",
                "0.4个百分点"
            )
            .as_deref(),
            Some("地区生产总值")
        );
        assert_eq!(
            item("国内生产总值增长6.6%，总量突破90万亿元。", "90万亿元").as_deref(),
            Some("国内生产总值")
        );
        assert_eq!(
            item("其中住宅443.4万平方米，同比增长13%。", "13%").as_deref(),
            Some("住宅")
        );
        assert_eq!(
            item("第一产业增加值占地区生产总值的比重为3.8%", "3.8%").as_deref(),
            Some("第一产业增加值")
        );
        assert_eq!(
            item("城乡居民基础养老金最低标准从每月70元提高到88元。", "88元").as_deref(),
            Some("城乡居民基础养老金最低标准")
        );
        assert_eq!(
            item("公交与轨道50米内换乘比例达91%；", "91%").as_deref(),
            Some("换乘比例")
        );
        assert_eq!(
            item(
                "增速比上年提高1.5个百分点，高于全市平均水平4个百分点。",
                "4个百分点"
            )
            .as_deref(),
            Some("增速")
        );
        assert_eq!(
            item("中央安排30亿元国债资金支持中西部", "30亿元").as_deref(),
            Some("国债资金支持中西部")
        );
        assert_eq!(
            item(
                "问题 研发投入强度仍低于全市平均水平0.3个百分点",
                "0.3个百分点"
            )
            .as_deref(),
            Some("研发投入强度")
        );
    }

    #[test]
    fn spending_verbs_counts_and_steps_are_not_part_of_the_item() {
        let cases = [
            ("全年资助帮扶资金20万元。", "20万元", Some("帮扶资金")),
            ("投入帮扶资金20万元。", "20万元", Some("帮扶资金")),
            (
                "安排专项资金3000万元，支持企业技术改造。",
                "3000万元",
                Some("专项资金"),
            ),
            (
                "1550个省重点项目完成投资7398亿元。",
                "7398亿元",
                Some("省重点项目完成投资"),
            ),
            (
                "新引进30余家企业完成投资12亿元。",
                "12亿元",
                Some("企业完成投资"),
            ),
            ("2014年果蔬产出57亿元", "57亿元", Some("果蔬产出")),
            (
                "经济总量连跨5万亿元、6万亿元两个台阶。",
                "5万亿元",
                Some("经济总量"),
            ),
            (
                "经济总量连跨5万亿元、6万亿元两个台阶。",
                "6万亿元",
                Some("经济总量"),
            ),
            // 投入 inside a subject stays.
            ("研发投入强度达到2.5%", "2.5%", Some("研发投入强度")),
        ];
        for (text, value, want) in cases {
            assert_eq!(item(text, value).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn lists() {
        let t = "汽车用锂电池、太阳能电池、工业机器人产量分别增长54.5%、43.1%、86.3%，新产业";
        assert_eq!(item(t, "43.1%").as_deref(), Some("太阳能电池"));
        assert_eq!(item(t, "86.3%").as_deref(), Some("工业机器人产量"));
        // 分别 after clauses that each hold a value: one clause per value, in order.
        let t = "城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，扣除价格因素，分别增长9.6%和6.2%。";
        assert_eq!(item(t, "9.6%").as_deref(), Some("城镇居民人均可支配收入"));
        assert_eq!(item(t, "6.2%").as_deref(), Some("农村居民人均纯收入"));
        // Fewer valued clauses than values: nothing is guessed from the list.
        let t = "扣除价格因素，分别增长9.6%和6.2%。";
        assert_eq!(item(t, "9.6%"), None);
    }

    #[test]
    fn filler_is_trimmed_at_both_ends() {
        assert_eq!(trim_filler(" 　，的产值的，　 "), "产值");
        assert_eq!(trim_filler("的的"), "");
        assert_eq!(trim_filler("目的地"), "目的地");
    }

    #[test]
    fn compared_with_words() {
        // compared_with_at asks only the places of 于.
        assert!(COMPARED_WITH
            .iter()
            .all(|w| w.chars().count() == 2 && w.ends_with('于')));
        assert_eq!(compared_with_at("增速低于全市"), Some("增速".len()));
        assert_eq!(compared_with_at("位于高于"), Some("位于".len()));
        assert_eq!(compared_with_at("于是"), None);
    }

    #[test]
    fn clean_marks_are_what_clean_looks_for() {
        for c in (0..0x1_0000u32).filter_map(char::from_u32) {
            let clean = matches!(c, '于' | '占' | '在') || is_numeral_char(c);
            assert_eq!(CLEAN_MARKS.contains(c), clean, "{c:?}");
        }
    }

    #[test]
    fn nothing_said() {
        assert_eq!(item("增长10%。", "10%"), None);
        assert_eq!(item("。比上年增长10%", "10%"), None);
    }
}
