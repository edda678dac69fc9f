//! Counts: a numeral followed by a measure word or unit (4家, 200余场次, 超471万人次, 30万亩),
//! with the thing counted (item) and the verb that governs it (action).
//!
//! What is not a count, and why (GOLD_SCHEMA rules): ordinals (第二批, 首批), numbers inside
//! names and slogans (十九届, “四个中心”, 北三县), sessions (十六届人大三次会议), phases (二期),
//! grades and scale classes (三级甲等, 30万吨级), durations (三个月, 仅用90天), indefinite 一
//! (一个高层次的平台, 新一轮) and idioms (两条腿走路).

use super::marks::Mark;
use super::number::{Number, Numeral};
use super::{
    approx_suffix, is_clause_boundary, is_sentence_end, phrase_after, phrase_before, unwrap_title,
    LINK_WORDS_IX, STRONG_VERBS_IX, SUBJECT_VERBS_IX,
};
use crate::lexicon::{
    CharSet, Words, ACTION_VERBS, APPROX_PREFIXES, BARE_COUNT_HEADS, CURRENCY_SUFFIXES,
    MEASURE_WORDS, NOT_MEASURE_WORDS, NOUN_UNITS, TIME_INDICATOR_HEADS, TIME_UNITS,
    TRAILING_ACTION_VERBS,
};
use crate::CompactString;
use crate::{Approx, Count, Decimal, Span};
use memchr::memmem::Finder;
use once_cell::sync::Lazy;
use std::sync::Arc;

// The tables below and the lexicon's, indexed by first and last character (see [`Words`]):
// every numeral asks them, several at every character of its phrase.
static MEASURE_WORDS_IX: Lazy<Arc<Words>> = Lazy::new(|| Arc::new(Words::new(MEASURE_WORDS)));
static NOT_MEASURE_WORDS_IX: Lazy<Words> = Lazy::new(|| Words::new(NOT_MEASURE_WORDS));
static ACTION_VERBS_IX: Lazy<Words> = Lazy::new(|| Words::new(ACTION_VERBS));
static TRAILING_ACTION_VERBS_IX: Lazy<Words> = Lazy::new(|| Words::new(TRAILING_ACTION_VERBS));
static IDIOMS_IX: Lazy<Words> = Lazy::new(|| Words::new(IDIOMS));
static CURRENCY_SUFFIXES_IX: Lazy<Words> =
    Lazy::new(|| Words::new(CURRENCY_SUFFIXES.iter().map(|(w, _)| w)));
static LEADING_ADVERBS_IX: Lazy<Words> = Lazy::new(|| Words::new(LEADING_ADVERBS));
static PASSIVE_VERBS_IX: Lazy<Words> = Lazy::new(|| Words::new(PASSIVE_VERBS));
static NOUN_UNITS_IX: Lazy<Words> = Lazy::new(|| Words::new(NOUN_UNITS));
static TIME_UNITS_IX: Lazy<Words> = Lazy::new(|| Words::new(TIME_UNITS));
static TRAILING_ADVERBS_IX: Lazy<Words> = Lazy::new(|| Words::new(TRAILING_ADVERBS));
/// One finder per scale character: each runs a SIMD scan for a rare byte pair of its
/// character, much faster over Han text than an automaton walking every byte.
static SCALE_FINDERS: Lazy<[Finder<'static>; 4]> =
    Lazy::new(|| ["百", "千", "万", "亿"].map(|c| Finder::new(c.as_bytes()).into_owned()));

/// Byte offsets of the scale characters in `text`, in order.
pub(crate) fn scale_positions(text: &str) -> Vec<usize> {
    let mut at: Vec<usize> = SCALE_FINDERS
        .iter()
        .flat_map(|f| f.find_iter(text.as_bytes()))
        .collect();
    at.sort_unstable();
    at
}

/// 亿, the one scale character that never starts a numeral (so the marks pass leaves it out).
static YI_FINDER: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("亿"));

/// Byte offsets of 亿 in `text`, in order: searched once per document (the other scale
/// characters are numeral marks, see [`scale_positions_marked`]).
pub(crate) fn yi_positions(text: &str) -> Vec<usize> {
    YI_FINDER.find_iter(text.as_bytes()).collect()
}

/// The positions of the scale characters of a block, in order, from its marks (百千万 start
/// numerals, so the marks pass marks every one) and the positions of 亿 in it (`yi_at`, from
/// [`yi_positions`]): what [`scale_positions`] finds, without searching the text again.
pub(crate) fn scale_positions_marked<'a>(
    marks: &'a [Mark],
    yi_at: impl IntoIterator<Item = usize> + 'a,
) -> impl Iterator<Item = usize> + 'a {
    const SCALES: [u32; 3] = ['百' as u32, '千' as u32, '万' as u32];
    let marked = marks
        .iter()
        .filter(|m| SCALES.contains(&m.code))
        .map(|m| m.at)
        .peekable();
    let mut yi = yi_at.into_iter().peekable();
    let mut marked = marked;
    std::iter::from_fn(move || match (marked.peek(), yi.peek()) {
        (Some(&m), Some(&y)) if y < m => yi.next(),
        (Some(_), _) => marked.next(),
        (None, _) => yi.next(),
    })
}

/// The places of 翻一番 in a block, from its marks (一 starts a numeral, so every one is
/// marked): what [`doubling_positions`] finds, without searching the text again.
pub(crate) fn doubling_positions_marked<'a>(
    text: &'a str,
    marks: &'a [Mark],
) -> impl Iterator<Item = usize> + 'a {
    let bytes = text.as_bytes();
    // 一 is a common mark and 翻一番 rare: the last byte of 翻 is looked for before every mark,
    // and one branch taken on both tests (a branch on 一 alone is mispredicted often).
    let fan_end = utf8_of('翻')[2];
    marks
        .iter()
        .filter(move |m| {
            let after_fan_end = bytes.get(m.at.wrapping_sub(1)) == Some(&fan_end);
            (m.code == u32::from('一')) & after_fan_end
                && m.at >= "翻".len()
                && bytes[m.at - "翻".len()..].starts_with("翻一番".as_bytes())
        })
        .map(|m| m.at - "翻".len())
}

/// Numerals that are part of set phrases, not counts (两条腿走路, 三位一体).
const IDIOMS: &[&str] = &[
    "两条腿",
    "三位一体",
    "五位一体",
    "一方",
    "两手抓",
    "两张皮",
    "一盘棋",
    "一张网",
    "一张图",
    "八项规定",
    "三个代表",
    "四个全面",
    "四个意识",
    "四个自信",
    "两个维护",
    "两个确立",
    "两个毫不动摇",
    "三大攻坚战",
    "四个中心",
    "四个服务",
    "两个大局",
    "两个结合",
    "五大发展理念",
    "两个市场",
    "两种资源",
    "五项原则",
];

/// 大写 digits, written alone only inside words (陆家嘴, 伍).
const FORMAL_DIGITS: &[char] = &['壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾'];

/// Verbs after which 期 counts sessions or issues (举办二十期, 推出四期), not a phase.
const ISSUE_VERBS: &[&str] = &[
    "举办", "开展", "组织", "推出", "开办", "培训", "办", "出版", "发行", "编发", "编印", "刊发",
    "共",
];

/// Administrative levels that, listed before 级, make a tier (省市县三级, 市、县、乡三级).
const TIER_LEVELS: &[&str] = &[
    "国家", "中央", "省", "市", "县", "区", "乡", "镇", "村", "街道", "社区", "、",
];

/// Words after which 上 + 万/千/亿 is "more than" (上万支) rather than the end of another word (线上).
const NOT_SHANG_BEFORE: &[char] = &[
    '线', '网', '以', '之', '向', '身', '马', '加', '会', '础', '界', '史', '实', '体', '面', '上',
    '在', '于', '本', '晚', '早', '北', '南',
];

/// Places written before what a count counts (全市有学前教育机构565所).
const PLACES: &[&str] = &[
    "全市", "全省", "全区", "全县", "全国", "全街", "全镇", "我市", "我省", "我区", "我县",
];
static PLACES_IX: Lazy<Words> = Lazy::new(|| Words::new(PLACES));

/// Adverbs and connectives before a subject or verb (成功创建…, 累计建设…, 其中…).
const LEADING_ADVERBS: &[&str] = &[
    "累计",
    "先后",
    "共有",
    "其中",
    "同时",
    "截止目前",
    "截至目前",
    "目前",
    "成功",
    "顺利",
    "积极",
    "全力",
    "大力",
    "加快",
    "持续",
    "不断",
    "全年",
    "今年",
    "去年",
    "当年",
    "年内",
    "共计",
    "合计",
    "总计",
    "另外",
    "此外",
    "进一步",
    "首次",
    "全面",
    "扎实",
    "深入",
    "有序",
    "稳步",
    "每年",
    "每月",
    "年均",
    "平均每年",
];

/// Characters after which the phrase after a count is not its item (为, 对, 比, 和 …): one bit
/// test instead of a comparison with each.
static BAD_ITEM_STARTS: Lazy<CharSet> =
    Lazy::new(|| CharSet::new("为对向把将从给以于由被比较占和及与或等达".chars()));

/// Particles and adverbs stripped from the front of a subject (的了等之是为并还又再均已共将).
static LEADING_PARTICLES: Lazy<CharSet> =
    Lazy::new(|| CharSet::new("的了等之是为并还又再均已共将".chars()));

/// Verbs that also head nouns (服务活动, 建设项目, 培训班): never the second verb of a chain.
const NOUN_LIKE_VERBS: &[&str] = &[
    "服务", "建设", "培训", "开发", "研发", "调研", "推广", "改造", "更新", "支持", "供应", "安排",
    "提供", "整治", "治理", "帮扶", "培养", "种植", "检测", "检查", "开放", "安置", "转移",
];

static NOUN_LIKE_VERBS_IX: Lazy<Words> = Lazy::new(|| Words::new(NOUN_LIKE_VERBS));

/// Verbs right after a count that say what the counted things received (6项获市领导批示).
const PASSIVE_VERBS: &[&str] = &["获", "获得", "被", "得到", "受到"];

/// Subjects whose value is a generic measure of the verb before them (参与人数): the verb stays.
const GENERIC_ITEMS: &[&str] = &[
    "人数", "人次", "次数", "数量", "面积", "规模", "总量", "总数", "里程", "产量", "工作",
];

/// Finds the counts in `text` among its `numerals` (from [`super::number::scan`]), using the
/// given measure words (longest match wins). Bare round numbers written with a scale character
/// only (上万支, 突破百条, 百亿斤) are read here too.
///
/// ```
/// use zhreport::recognize::{number, quantity};
/// let text = "新建4家院士工作站，学术交流活动200余场次。";
/// let counts = quantity::find(text, &number::scan(text), zhreport::lexicon::MEASURE_WORDS);
/// assert_eq!(counts[0].unit.as_deref(), Some("家"));
/// assert_eq!(counts[0].item.as_deref(), Some("院士工作站"));
/// assert_eq!(counts[0].action.as_deref(), Some("新建"));
/// assert_eq!(counts[1].value.to_i64(), Some(200));
/// assert_eq!(counts[1].item.as_deref(), Some("学术交流活动"));
/// ```
pub fn find<T: AsRef<str>>(text: &str, numerals: &[Numeral], measure_words: &[T]) -> Vec<Count> {
    find_indexed(text, numerals, &Words::new(measure_words))
}

/// The default measure words ([`MEASURE_WORDS`]), indexed, for [`find_indexed`].
pub(crate) fn default_measure_words() -> &'static Arc<Words> {
    &MEASURE_WORDS_IX
}

/// As [`find`], with the measure words already indexed (built once per extractor).
pub(crate) fn find_indexed(text: &str, numerals: &[Numeral], measure_words: &Words) -> Vec<Count> {
    find_among(
        text,
        numerals,
        &scale_word_numerals(text, numerals),
        doubling_positions(text),
        measure_words,
    )
}

/// [`find_indexed`], given the round numbers written with scale characters alone
/// ([`scale_word_numerals`], read once per block for counts and money) and the places of 翻一番
/// ([`doubling_positions`], found once per document).
pub(crate) fn find_among(
    text: &str,
    numerals: &[Numeral],
    scale_words: &[Numeral],
    doubling_at: impl IntoIterator<Item = usize>,
    measure_words: &Words,
) -> Vec<Count> {
    let mut counts = Vec::new();
    find_units(
        text,
        numerals,
        scale_words,
        doubling_at,
        measure_words,
        &mut counts,
    );
    read_items(text, &mut counts);
    counts
}

/// The first step of [`find_among`]: appends the counts of `text` to `out` as found at their
/// numerals, without the item and action of a count with a measure word (its item is `None`
/// until [`read_items`] reads it; a tier and a bare count of people have theirs).
///
/// The two steps are apart so that a caller can run each over every block before the next:
/// every numeral asks the first, few counts reach the second, whose code is large, so each
/// step's code stays in the instruction cache while it works.
pub(crate) fn find_units(
    text: &str,
    numerals: &[Numeral],
    scale_words: &[Numeral],
    doubling_at: impl IntoIterator<Item = usize>,
    measure_words: &Words,
    out: &mut Vec<Count>,
) {
    let doubling = doubling_numerals(text, numerals, doubling_at);
    // Most blocks have neither: their numerals (in order already) are read without a copy.
    let merged: Vec<Numeral>;
    let in_order = numerals.windows(2).all(|w| w[0].start <= w[1].start);
    let all = if scale_words.is_empty() && doubling.is_empty() && in_order {
        numerals
    } else {
        let mut v = numerals.to_vec();
        v.extend_from_slice(scale_words);
        v.extend(doubling);
        v.sort_by_key(|n| n.start);
        merged = v;
        &merged
    };
    let mut floor = 0;
    for n in all {
        if let Some(found) = count_at(text, n, measure_words, floor) {
            floor = found.span.end;
            out.push(found);
        }
    }
}

/// The second step of [`find_among`]: the items and actions of the counts [`find_units`] found
/// in `text`, read in order (a count may take its item from the one before).
pub(crate) fn read_items(text: &str, counts: &mut [Count]) {
    for k in 0..counts.len() {
        let (done, rest) = counts.split_at_mut(k);
        let Some(c) = rest.first_mut().filter(|c| c.item.is_none()) else {
            continue;
        };
        let prev = done.last();
        let floor = prev.map_or(0, |p| p.span.end);
        let unit = c.unit.as_deref().unwrap_or("");
        let (item, action) = item_and_action(text, c.span.start, unit, c.span.end, floor, prev);
        c.item = item;
        c.action = action;
    }
}

/// Round numbers written with scale characters alone, which the number core does not read:
/// 上万支 / 上千 (more than), 突破百条, 不足百个, 百亿斤 (two scale characters).
pub(crate) fn scale_word_numerals(text: &str, numerals: &[Numeral]) -> Vec<Numeral> {
    scale_word_numerals_at(text, numerals, scale_positions(text))
}

/// [`scale_word_numerals`], given the positions of the scale characters in `text` (in order):
/// a document's are found in one pass rather than one per block, where the search setup costs
/// more than the search.
pub(crate) fn scale_word_numerals_at(
    text: &str,
    numerals: &[Numeral],
    scale_at: impl IntoIterator<Item = usize>,
) -> Vec<Numeral> {
    let mut out = Vec::new();
    let mut next = 0; // index into numerals, which are sorted and disjoint
    let mut run_end = 0; // the end of the last run read: its scale characters are read once
    for i in scale_at {
        if i < run_end {
            continue;
        }
        while next < numerals.len() && numerals[next].end <= i {
            next += 1;
        }
        if next < numerals.len() && numerals[next].start <= i {
            continue;
        }
        let prev = text[..i].chars().next_back();
        if prev.is_some_and(|p| {
            super::number::is_numeral_start(p) || scale_of(p).is_some() || p == '数' || p == '几'
        }) {
            continue;
        }
        let mut end = i;
        let mut power = 0u32;
        let mut run = 0;
        let mut last = 0;
        for (j, d) in text[i..].char_indices() {
            match scale_of(d) {
                // 千万, 百亿: each scale larger than the last (亿千瓦时 is a unit, not a number).
                Some(p) if run < 3 && (run == 0 || p > last) => {
                    last = p;
                    power += p;
                    run += 1;
                    end = i + j + d.len_utf8();
                }
                _ => break,
            }
        }
        // Skip the rest of the run so 千万 is read once.
        run_end = end;
        let head = &text[..i];
        let (start, approx) = if head.ends_with('上')
            && !head[..head.len() - '上'.len_utf8()]
                .chars()
                .next_back()
                .is_some_and(|p| NOT_SHANG_BEFORE.contains(&p) || scale_of(p).is_some())
        {
            (i - '上'.len_utf8(), Some(Approx::MoreThan))
        } else if let Some((w, a)) = APPROX_PREFIXES.iter().find(|(w, _)| head.ends_with(w)) {
            (i - w.len(), Some(*a))
        } else if head.ends_with("突破") {
            (i, Some(Approx::MoreThan))
        } else if run >= 2 {
            (i, None)
        } else if text[end..].starts_with(['余', '多']) {
            // 千余人, 百余家: the infix makes it an amount.
            (i, Some(Approx::MoreThan))
        } else {
            continue;
        };
        let end = if text[end..].starts_with(['余', '多']) {
            end + '余'.len_utf8()
        } else {
            end
        };
        let approx = if end > i && text[..end].ends_with(['余', '多']) {
            approx.or(Some(Approx::MoreThan))
        } else {
            approx
        };
        let Some(value) = Decimal::from_int(1).checked_mul_pow10(power) else {
            continue;
        };
        out.push(Numeral {
            start,
            core_start: i,
            end,
            number: Number {
                value,
                value_max: None,
                approx,
            },
            arabic: false,
            scaled: true,
            digit_string: false,
            financial: false,
            fraction: None,
        });
    }
    out
}

/// 翻一番 (doubling), searched once per document like the scale characters: a search per block
/// costs more to set up than to run.
static DOUBLING: Lazy<Finder<'static>> = Lazy::new(|| Finder::new("翻一番"));

/// Byte offsets of 翻一番 in `text`, in order.
pub(crate) fn doubling_positions(text: &str) -> Vec<usize> {
    DOUBLING.find_iter(text.as_bytes()).collect()
}

/// The positions of `at` (sorted, in a whole text) from `start` to before `end`, made relative
/// to `start`: a document's marks as one of its blocks sees them.
pub(crate) fn within(at: &[usize], start: usize, end: usize) -> impl Iterator<Item = usize> + '_ {
    let lo = at.partition_point(|&p| p < start);
    let hi = at.partition_point(|&p| p < end);
    at[lo..hi.max(lo)].iter().map(move |p| p - start)
}

/// 翻一番 (doubling) at the positions `at` of `text` (from [`doubling_positions`]): the number
/// core leaves 一番 alone (一番努力), but after 翻 it is a multiplier.
fn doubling_numerals(
    text: &str,
    numerals: &[Numeral],
    at: impl IntoIterator<Item = usize>,
) -> Vec<Numeral> {
    at.into_iter()
        // Only what lies wholly in `text` (a block of the document).
        .filter(|&i| text.get(i..).is_some_and(|r| r.starts_with("翻一番")))
        .map(|i| i + "翻".len())
        .filter(|&pos| !numerals.iter().any(|n| n.start <= pos && pos < n.end))
        .map(|pos| Numeral {
            start: pos,
            core_start: pos,
            end: pos + '一'.len_utf8(),
            number: Number {
                value: Decimal::from_int(1),
                value_max: None,
                approx: None,
            },
            arabic: false,
            scaled: false,
            digit_string: false,
            financial: false,
            fraction: None,
        })
        .collect()
}

/// The UTF-8 bytes of a three-byte character (U+0800..U+FFFF), for comparisons with the bytes
/// of a text.
const fn utf8_of(c: char) -> [u8; 3] {
    let c = c as u32;
    [
        0xe0 | (c >> 12) as u8,
        0x80 | ((c >> 6) & 0x3f) as u8,
        0x80 | (c & 0x3f) as u8,
    ]
}

fn scale_of(c: char) -> Option<u32> {
    match c {
        '百' => Some(2),
        '千' => Some(3),
        '万' => Some(4),
        '亿' => Some(8),
        _ => None,
    }
}

/// The measure word after a numeral, unless the text there is a longer word (人口, 个月).
fn unit_after<'t>(rest: &'t str, measure_words: &'t Words) -> Option<&'t str> {
    let unit = measure_words.longest_prefix(rest)?;
    let shadowed = NOT_MEASURE_WORDS_IX
        .longest_prefix(rest)
        .is_some_and(|w| w.len() > unit.len());
    (!shadowed).then_some(unit)
}

/// The count at numeral `n`; the item and action of a count with a measure word other than 级
/// are left to [`read_items`] (its item is `None` until then).
fn count_at(text: &str, n: &Numeral, measure_words: &Words, floor: usize) -> Option<Count> {
    // The character before, told by its last three bytes: every character asked about is three
    // bytes long, and no other character ends with the three bytes of one.
    if let Some(&before) = text.as_bytes()[..n.core_start].last_chunk::<3>() {
        // 几十家, 数十个: indefinite amounts are not annotated.
        let indefinite = ((before == utf8_of('几')) | (before == utf8_of('数'))) & !n.arabic;
        // 第二批 / 第9届 / 首批 are ordinals, 前五位 a rank.
        let ordinal =
            (before == utf8_of('第')) | (before == utf8_of('首')) | (before == utf8_of('前'));
        // (One branch on all five: most numerals follow none of them.)
        if indefinite | ordinal {
            return None;
        }
    }
    // 零部件, 陆家嘴: a lone 零 or 大写 digit is a word, not a number.
    // 二期, 二轮, 二道河: a lone 二 before a measure word is an ordinal or a name (two is 两).
    // (Both are three bytes long: a core of another length is neither.)
    let lone_word = || {
        let core = &text[n.core_start..n.end];
        core == "二"
            || core
                .chars()
                .next()
                .is_some_and(|c| FORMAL_DIGITS.contains(&c))
    };
    // (The sign of a decimal is its mantissa's: no aligned comparison needed.)
    if n.number.value.mantissa() <= 0 || (n.end - n.core_start == 3 && lone_word()) {
        return None;
    }
    // Set phrases (两条腿) and quoted names (“四个中心”) are not counts; asked only of a numeral
    // that would otherwise be one, as most numerals have no measure word.
    let named = || IDIOMS_IX.starts(&text[n.core_start..]) || in_short_quote(text, n.start, n.end);
    let rest = &text[n.end..];
    // Spaces are rare after a numeral: the first byte says whether to look (' ', or the lead
    // byte of U+3000 or U+00A0).
    let spaced = match rest.as_bytes().first() {
        Some(b' ' | 0xe3 | 0xc2) => {
            rest.len() - rest.trim_start_matches([' ', '\u{3000}', '\u{a0}']).len()
        }
        _ => 0,
    };
    let unit = unit_after(&rest[spaced..], measure_words);
    let Some(unit) = unit else {
        return bare_count(text, n, floor).filter(|_| !named());
    };
    let unit_end = n.end + spaced + unit.len();
    let after_unit = &text[unit_end..];
    let one = n.number.value == Decimal::from_int(1) && n.number.value_max.is_none() && !n.scaled;
    let chinese_one = one && !n.arabic && text[n.core_start..].starts_with('一');
    // The unit when it is one character, which the rules below match (one comparison of
    // characters instead of one of strings per rule).
    let lone = lone_char(unit);
    // Scale classes (30万吨级航道, 千亿级) are not counts.
    if lone != Some('级') && after_unit.starts_with('级') {
        return None;
    }
    if !accept_unit(text, n, unit, lone, after_unit, chinese_one, floor) || named() {
        return None;
    }
    let mut end = unit_end;
    let mut approx = n.number.approx;
    if approx.is_none() {
        if let Some((a, len)) = approx_suffix(after_unit) {
            approx = Some(a);
            end += len;
        } else if after_unit.starts_with('内') && !TIME_UNITS_IX.contains(unit) {
            approx = Some(Approx::LessThan);
            end += '内'.len_utf8();
        } else if text[..n.start].ends_with("突破") {
            approx = Some(Approx::MoreThan);
        }
    }
    // A tier always has its item (accept_unit took it only with one).
    let item = if lone == Some('级') {
        tier_item(text, n.start)
    } else {
        None
    };
    Some(Count {
        text: text[n.start..end].into(),
        span: Span::bytes(n.start, end),
        value: n.number.value,
        value_max: n.number.value_max,
        unit: Some(unit.into()),
        approx,
        item,
        action: None,
        section: None,
    })
}

/// The character of a one-character string.
fn lone_char(s: &str) -> Option<char> {
    let mut cs = s.chars();
    cs.next().filter(|_| cs.as_str().is_empty())
}

/// Context rules of single measure words (`lone` is the unit's character when it has one).
fn accept_unit(
    text: &str,
    n: &Numeral,
    unit: &str,
    lone: Option<char>,
    after_unit: &str,
    chinese_one: bool,
    floor: usize,
) -> bool {
    let head = &text[..n.start];
    match lone {
        // 翻一番 / 翻两番 are multipliers; 一番努力 and 三番五次 are not.
        Some('番') => return head.ends_with('翻'),
        // 一 + measure word is an indefinite article (是一个高层次的平台, 一种, 新一轮).
        _ if chinese_one => return false,
        // 十九届, 市六届人大: a 届 is a count only when nothing follows it (已连续举办5届。).
        Some('届') => return after_unit.chars().next().is_none_or(is_clause_boundary),
        // 市委八届二次全会, 三次会议: sessions are names.
        Some('次') if head.ends_with('届') || names_session(after_unit) => return false,
        // 国家会议中心二期, 航道一期: a phase, not a number of issues.
        // 18号线二期, 白龙港三期污水处理设施: a phase, unless a verb or qualifier makes it a number
        // of sessions (举办二十余期培训).
        Some('期')
            if !n.arabic
                && n.number.approx.is_none()
                && !ISSUE_VERBS.iter().any(|v| head.ends_with(v)) =>
        {
            return false
        }
        // Index points (综合指数849.8点, 下降38.6点), never the time of day.
        Some('点') => {
            return n.arabic
                && (!n.number.value.is_integer() || clause_of(text, n.start).contains("指数"))
                && !after_unit.starts_with(['钟', '半', '整', '多'])
        }
        // 省市县三级 is a tier; 三级甲等医院, 三级公路, 四级手术 are grades.
        Some('级') => return tier_item(text, n.start).is_some(),
        _ => {}
    }
    if !n.arabic && NOUN_UNITS_IX.contains(unit) {
        return false;
    }
    if TIME_UNITS_IX.contains(unit) {
        // An indicator value (优良天数281天, 平均住院日为8.72天), not how long something took.
        let subject = strip_links(phrase_before(text, n.start, floor));
        return TIME_INDICATOR_HEADS.iter().any(|h| subject.ends_with(h));
    }
    true
}

/// 次 followed (maybe through a list 七次、八次) by 全会 or 会议: a session's name.
fn names_session(mut after_unit: &str) -> bool {
    loop {
        if ["全会", "会议", "全体会议", "代表大会", "党代会", "常委会"]
            .iter()
            .any(|w| after_unit.starts_with(w))
        {
            return true;
        }
        let Some(rest) = after_unit.strip_prefix('、') else {
            return false;
        };
        let digits = rest.len()
            - rest
                .trim_start_matches(|c: char| super::number::is_numeral_start(c))
                .len();
        match rest[digits..].strip_prefix('次') {
            Some(r) if digits > 0 => after_unit = r,
            _ => return false,
        }
    }
}

/// Whether, a few characters on, another number with the same unit follows (由71所优化整合为47所,
/// 从39个拓展到91个): the words between belong to that number, not to this one.
fn leads_to_same_unit(text: &str, pos: usize, unit: &str) -> bool {
    let rest = &text[pos..];
    for (skipped, (i, c)) in rest.char_indices().enumerate() {
        if skipped > 3 || is_clause_boundary(c) {
            return false;
        }
        if c.is_ascii_digit() || super::number::is_numeral_start(c) {
            // Only a linking verb may stand between (为, 到, 有): 5个地级市和5个县级城市 is a list.
            let gap = &rest[..i];
            if !gap.is_empty() && !strip_links(gap).is_empty() {
                return false;
            }
            let tail = rest[i..].trim_start_matches(|d: char| {
                d.is_ascii_digit()
                    || d == '.'
                    || super::number::is_numeral_start(d)
                    || scale_of(d).is_some()
                    || d == '余'
                    || d == '多'
            });
            return tail.starts_with(unit);
        }
    }
    false
}

/// The tier named before 级 (省市县三级 → 省市县), when at least two levels are listed.
fn tier_item(text: &str, start: usize) -> Option<CompactString> {
    let head = &text[..start];
    let mut from = head.len();
    let mut levels = 0;
    while let Some(w) = TIER_LEVELS.iter().find(|w| head[..from].ends_with(**w)) {
        from -= w.len();
        levels += usize::from(*w != "、");
    }
    // 三级甲等医院, 国家三级公路: grades, even after a level word.
    let window_end = text[start..]
        .char_indices()
        .nth(6)
        .map_or(text.len(), |(i, _)| start + i);
    let window = &text[start..window_end];
    let grade = ["甲等", "乙等", "医院", "公路", "航道", "综合"]
        .iter()
        .any(|w| window.contains(w));
    let tier = head[from..].trim_start_matches('、');
    (levels >= 2 && !grade).then(|| tier.into())
}

/// A scaled number with no measure word that counts people (农村贫困人口减少1386万, 惠及1.77亿农民).
fn bare_count(text: &str, n: &Numeral, floor: usize) -> Option<Count> {
    if !n.scaled || n.number.value < Decimal::from_int(10_000) {
        return None;
    }
    let rest = &text[n.end..];
    let blocked = rest.starts_with(['%', '％', '年', '元', '倍', '级'])
        || rest.starts_with("个百分点")
        || CURRENCY_SUFFIXES_IX.starts(rest);
    if blocked {
        return None;
    }
    let people = |s: &str| BARE_COUNT_HEADS.iter().any(|h| s.ends_with(h));
    // 近14亿人口的发展中大国: the noun right after, up to 的.
    let after = phrase_after(text, n.end);
    let after = after.find('的').map_or(after, |i| &after[..i]);
    let phrase = phrase_before(text, n.start, floor);
    let split = split_before(phrase, follows_digit(text, n.start, phrase));
    let (item, action) = if people(after) && !after.is_empty() {
        (Some(after.into()), action_before(text, n.start))
    } else {
        (
            split.item.filter(|s| people(s)).map(CompactString::from),
            split.action.map(CompactString::from),
        )
    };
    let item = item?;
    // 农村贫困人口减少1000万以上, 实时人口1.5亿左右.
    let (approx, end) = match (n.number.approx, approx_suffix(rest)) {
        (None, Some((a, len))) if !rest.starts_with('多') => (Some(a), n.end + len),
        (a, _) => (a, n.end),
    };
    Some(Count {
        text: text[n.start..end].into(),
        span: Span::bytes(n.start, end),
        value: n.number.value,
        value_max: n.number.value_max,
        unit: None,
        approx,
        item: Some(item),
        action,
        section: None,
    })
}

/// Whether the numeral sits inside a short quoted name (“四个中心”, ‘一院两区’, “两项”补贴).
fn in_short_quote(text: &str, start: usize, end: usize) -> bool {
    // The opening marks (“ ‘ 「) start with byte E2 or E3: most numerals have neither in the
    // ten characters (at most 40 bytes) before them.
    let window = &text.as_bytes()[start.saturating_sub(40)..start];
    let opener = |i: usize| {
        let c = window.get(i..i + 3);
        c == Some(&utf8_of('“')[..])
            || c == Some(&utf8_of('‘')[..])
            || c == Some(&utf8_of('「')[..])
    };
    if !memchr::memchr2_iter(0xe2, 0xe3, window).any(opener) {
        return false;
    }
    quote_mark_first(
        text[..start].chars().rev(),
        ['“', '‘', '「'],
        ['”', '’', '」'],
    ) && quote_mark_first(text[end..].chars(), ['”', '’', '」'], ['“', '‘', '「'])
}

/// Whether, within 10 characters of `chars`, one of `marks` comes before the end of the
/// sentence, a comma or one of `others`.
fn quote_mark_first(
    chars: impl Iterator<Item = char>,
    marks: [char; 3],
    others: [char; 3],
) -> bool {
    for c in chars.take(10) {
        if marks.contains(&c) {
            return true;
        }
        if is_sentence_end(c) || others.contains(&c) || matches!(c, '，' | ',') {
            return false;
        }
    }
    false
}

/// The clause around a position (for context words such as 指数).
/// Looks back at most 60 characters, so a long text without sentence ends stays linear.
fn clause_of(text: &str, pos: usize) -> &str {
    let head = &text[..pos];
    let mut start = pos;
    for (i, c) in head.char_indices().rev().take(60) {
        if is_sentence_end(c) {
            break;
        }
        start = i;
    }
    &text[start..pos]
}

/// Strips linking words and particles from the end of a subject (最高达 → "").
fn strip_links(mut s: &str) -> &str {
    loop {
        let before = s;
        if let Some(w) = LINK_WORDS_IX.longest_suffix(s) {
            s = &s[..s.len() - w.len()];
        }
        if s == before {
            return s;
        }
    }
}

/// A subject phrase split into its item and its action.
struct Before<'a> {
    item: Option<&'a str>,
    action: Option<&'a str>,
    /// The clause only compares or links to a previous count (比上年减少, 竣工, 最高达).
    inherits: bool,
}

/// Splits the phrase before a number: 自治区重大项目开工 → (自治区重大项目, 开工);
/// 开展院士专家行活动 → (院士专家行活动, 开展); 比上年减少 → inherits.
fn split_before(phrase: &str, after_digit: bool) -> Before<'_> {
    let marks = Marks::of(phrase);
    let mut s = phrase;
    let mut action = None;
    loop {
        let before = s;
        if action.is_none() {
            if let Some(v) = TRAILING_ACTION_VERBS_IX.longest_suffix(s) {
                action = Some(&s[s.len() - v.len()..]);
                s = &s[..s.len() - v.len()];
            }
        }
        s = strip_links(s);
        if marks.compare {
            s = strip_baseline(s);
        }
        s = strip_duration(s);
        if s == before {
            break;
        }
    }
    // 比上年减少 / 较上年 / 同比: a comparison with the previous count's subject.
    if s.is_empty() || s.starts_with(['比', '较']) || s.starts_with("同比") {
        return Before {
            item: None,
            action,
            inherits: true,
        };
    }
    // 农民专业合作社由十年前的 → 农民专业合作社.
    let from_at = marks.from.then(|| earliest(s.find('由'), s.find('从')));
    if let Some(i) = from_at.flatten() {
        if at_least_two_chars(&s[..i]) {
            s = strip_links(&s[..i]);
        }
    }
    // 2025年共招引… cut at the year: the rest of a date is not part of the subject.
    if after_digit {
        s = s.trim_start_matches(['年', '月', '日', '底', '末', '%', '％', '‰']);
    }
    // 全市有学前教育机构565所: the place and 有 are not part of what is counted.
    if PLACES_IX.starts(s) {
        for place in PLACES {
            if let Some(r) = s.strip_prefix(place) {
                if let Some(r) = ["拥有", "共有", "现有", "有"]
                    .iter()
                    .find_map(|w| r.strip_prefix(w))
                {
                    s = r;
                }
            }
        }
    }
    for _ in 0..3 {
        let before = s;
        s = s.trim_start_matches(|c: char| LEADING_PARTICLES.contains(c));
        // One pass over the table in order, each word stripped when the text then starts with it.
        let mut next = 0;
        // (`starts` answers inline, most often no; the walk in table order only after a yes.)
        while let Some((i, w)) = LEADING_ADVERBS_IX
            .starts(s)
            .then(|| LEADING_ADVERBS_IX.starting(s).find(|&(i, _)| i >= next))
            .flatten()
        {
            s = &s[w.len()..];
            next = i + 1;
        }
        // A pass that strips nothing leaves nothing for the next one.
        if s == before {
            break;
        }
    }
    // 美术馆举办文化展览 → (文化展览, 举办): a strong verb inside the subject governs the rest.
    if let Some((i, v)) = last_strong_verb(s) {
        let rest = s[i + v.len()..].trim_start_matches(['了', '的']);
        if i > 0 && at_least_two_chars(rest) && !GENERIC_ITEMS.contains(&rest) {
            if action.is_none() {
                action = Some(&s[i..i + v.len()]);
            }
            s = rest;
        }
    }
    // 认定命名武汉市科普教育基地, 推动出台管理措施: up to two verbs in a row govern the object.
    let verbs_start = s;
    let mut verbs_len = 0;
    for _ in 0..2 {
        let Some(v) = ACTION_VERBS_IX.longest_prefix(s) else {
            break;
        };
        // 开展服务活动: a verb that also heads nouns does not chain after another verb.
        if verbs_len > 0 && NOUN_LIKE_VERBS_IX.contains(v) {
            break;
        }
        let mut len = v.len();
        // 新建和改造农村饮水安全工程: two verbs joined by 和 share the object (looked for only
        // when one of the joining words follows the verb: most verbs are followed by none).
        let conjs = ["和", "及", "、", "与"];
        let joined = s[len..].starts_with(['和', '及', '、', '与']);
        for conj in conjs.into_iter().filter(|_| joined) {
            if let Some(v2) = s[len..]
                .strip_prefix(conj)
                .and_then(|r| ACTION_VERBS_IX.longest_prefix(r))
            {
                len += conj.len() + v2.len();
            }
        }
        let rest = s[len..].trim_start_matches(['了', '的']);
        if !at_least_two_chars(rest) || GENERIC_ITEMS.contains(&rest) {
            break;
        }
        verbs_len += s.len() - rest.len();
        s = rest;
    }
    if verbs_len == 0 {
        if let Some(v) = ACTION_VERBS_IX.longest_prefix(s) {
            // 培训指导1000人次: the verb phrase itself names what is counted.
            action = action.or(Some(v));
        }
    } else if action.is_none() {
        action = Some(verbs_start[..verbs_len].trim_end_matches(['了', '的']));
    }
    // 推广虾稻共作、两减示范等面积: the head after 等 is what is counted.
    if let Some(i) = marks.etc.then(|| s.rfind('等')).flatten() {
        let head = &s[i + '等'.len_utf8()..];
        if at_least_two_chars(head) {
            s = head;
        }
    }
    let s = s.trim_end_matches(['的', '了']);
    if !at_least_two_chars(s) {
        return Before {
            item: None,
            action,
            inherits: true,
        };
    }
    Before {
        item: Some(unwrap_title(s)),
        action,
        inherits: false,
    }
}

/// Which of the characters [`split_before`] cuts at a phrase holds, read in one pass: a byte
/// search for each costs more, on a phrase this short, than reading the phrase once.
#[derive(Default)]
struct Marks {
    /// 比 or 较 (a comparison baseline).
    compare: bool,
    /// 由 or 从 (a change from a previous value).
    from: bool,
    /// 等 (the head after a list).
    etc: bool,
}

impl Marks {
    fn of(phrase: &str) -> Marks {
        let mut m = Marks::default();
        for (_, c) in super::marked_chars(phrase, &SPLIT_MARKS) {
            match c {
                '比' | '较' => m.compare = true,
                '由' | '从' => m.from = true,
                '等' => m.etc = true,
                _ => {}
            }
        }
        m
    }
}

/// The characters [`Marks`] notes.
static SPLIT_MARKS: Lazy<CharSet> = Lazy::new(|| CharSet::new("比较由从等".chars()));

/// The quote marks [`last_strong_verb`] counts and the first characters of the strong verbs.
static STRONG_VERB_MARKS: Lazy<CharSet> = Lazy::new(|| {
    let firsts = super::STRONG_VERBS.iter().filter_map(|v| v.chars().next());
    CharSet::new("“‘「《”’」》".chars().chain(firsts))
});

/// `s.chars().count() >= 2`, reading at most two characters.
fn at_least_two_chars(s: &str) -> bool {
    s.chars().nth(1).is_some()
}

/// The earlier of two positions.
fn earliest(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The last verb of [`super::STRONG_VERBS`] inside a phrase, with its byte offset.
fn last_strong_verb(s: &str) -> Option<(usize, &'static str)> {
    let verbs = &*STRONG_VERBS_IX;
    let mut best: Option<(usize, &'static str)> = None;
    let mut open = 0i32;
    for (i, c) in super::marked_chars(s, &STRONG_VERB_MARKS) {
        match c {
            '“' | '‘' | '「' | '《' => open += 1,
            '”' | '’' | '」' | '》' => open -= 1,
            _ if open > 0 => {}
            _ => {
                if let Some(v) = verbs.longest_prefix(&s[i..]) {
                    best = Some((i, v));
                }
            }
        }
    }
    best
}

/// Adverbs that end a phrase read forward before its verb (普通高中全覆盖, 孤独症儿童家庭免费提供).
const TRAILING_ADVERBS: &[&str] = &[
    "免费", "全部", "已经", "正在", "大幅", "分别", "共同", "连续", "首次", "率先", "成功", "全",
    "并", "均", "都", "已", "将", "也", "又", "还", "正",
];

/// Words ending in one of the one-character adverbs (安全, 合并).
const NOT_TRAILING_ADVERBS: &[&str] = &[
    "安全", "健全", "完全", "齐全", "周全", "保全", "合并", "兼并", "平均", "人均",
];

/// Strips adverbs from the end of a phrase read forward, when a verb (not a boundary) follows it.
fn strip_trailing_adverbs<'a>(mut s: &'a str, next: &str) -> &'a str {
    if next.chars().next().is_none_or(is_clause_boundary) {
        return s;
    }
    while let Some((_, w)) = TRAILING_ADVERBS_IX
        .ends(s)
        .then(|| {
            TRAILING_ADVERBS_IX
                .ending(s)
                .find(|(_, w)| s.len() > w.len())
        })
        .flatten()
    {
        if NOT_TRAILING_ADVERBS.iter().any(|n| s.ends_with(n)) {
            break;
        }
        s = s[..s.len() - w.len()].trim_end_matches(['的', '了']);
    }
    s
}

/// Whether the phrase before a number (ending at `to`) was cut short by a digit (2025年共…).
fn follows_digit(text: &str, _to: usize, phrase: &str) -> bool {
    // `phrase` is a slice of `text` (from phrase_before), so its offset is exact.
    let offset = (phrase.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    text.get(..offset)
        .is_some_and(|head| head.ends_with(|c: char| c.is_ascii_digit()))
}

/// Removes a trailing duration from a subject (总产量十年增长 → 总产量).
fn strip_duration(s: &str) -> &str {
    // Most subjects end otherwise: one look at the last character says so.
    if !s.ends_with(['来', '年', '月']) {
        return s;
    }
    for unit in ["年来", "年", "个月"] {
        if let Some(r) = s.strip_suffix(unit) {
            let digits = r.len()
                - r.trim_end_matches(|c: char| {
                    super::number::is_numeral_start(c) || c.is_ascii_digit()
                })
                .len();
            if digits > 0 {
                return &r[..r.len() - digits];
            }
        }
    }
    s
}

/// Removes a comparison baseline from the end of a subject (比上年, 比2005年, 同比, 比上年末).
fn strip_baseline(s: &str) -> &str {
    if let Some(r) = s.strip_suffix("同比") {
        return r;
    }
    if let Some(i) = s.rfind('比').max(s.rfind('较')) {
        let tail = &s[i..];
        let baseline = [
            "上年",
            "去年",
            "上年末",
            "上年同期",
            "同期",
            "年",
            "年末",
            "年底",
            "水平",
            "前",
        ]
        .iter()
        .any(|w| tail.ends_with(w));
        if baseline && tail.chars().count() <= 10 {
            return &s[..i];
        }
    }
    s
}

/// The verb right before a number (新建4家, 择优认定20家, 累计推出119个).
fn action_before(text: &str, start: usize) -> Option<CompactString> {
    let phrase = phrase_before(text, start, 0).trim_end_matches(['了', '共']);
    let verb_at_end = |s: &str| ACTION_VERBS_IX.longest_suffix(s).map(CompactString::from);
    // 累计新增4家: 新增 is both a verb and a linking word; the verb reading wins.
    verb_at_end(phrase).or_else(|| verb_at_end(strip_links(phrase).trim_end_matches(['了', '共'])))
}

/// The item (after the unit, else the subject before the number) and the action of a count.
fn item_and_action(
    text: &str,
    start: usize,
    unit: &str,
    end: usize,
    floor: usize,
    prev: Option<&Count>,
) -> (Option<CompactString>, Option<CompactString>) {
    let raw = phrase_after(text, end);
    // 不足百个发展到目前的1735个: a phrase that runs into the next number belongs to it.
    let runs_into_number = text[end + raw.len()..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit() || super::number::is_numeral_start(c))
        && {
            let core = raw.trim_end_matches('的');
            strip_links(core).len() < core.len() || core.ends_with(['到', '至', '为', '达', '有'])
        }
        || leads_to_same_unit(text, end + raw.len(), unit);
    // 57个县（市）生产总值近3000亿元: the phrase is the next number's subject, but still the best
    // guess when nothing before names the counted thing.
    let fallback = runs_into_number
        .then(|| strip_links(raw.trim_end_matches('的')))
        .filter(|f| {
            at_least_two_chars(f)
                && ACTION_VERBS_IX.longest_prefix(f).is_none()
                && strip_links(f) == *f
        });
    let raw = if runs_into_number { "" } else { raw };
    let after = raw.trim_start_matches(['的', '了', '等', '之']);
    let starts_badly = after.starts_with(|c: char| BAD_ITEM_STARTS.contains(c))
        || after.starts_with("其中")
        || after.starts_with("同比")
        || after.starts_with("分别");
    // 完成课题18项，其中6项获市领导批示: what the counted things received is not what they are;
    // they are a part of the previous count.
    if let Some(v) = PASSIVE_VERBS_IX
        .longest_prefix(after)
        .filter(|_| SUBJECT_VERBS_IX.longest_prefix(after).is_none())
    {
        let item = prev
            .filter(|p| same_sentence(text, p.span.end, start))
            .and_then(|p| p.item.clone());
        return (item, Some(v.into()));
    }
    if !after.is_empty() && !starts_badly {
        let trimmed = strip_trailing_adverbs(
            after.trim_end_matches(['的', '了']),
            &text[end + raw.len()..],
        );
        if let Some(v) = SUBJECT_VERBS_IX.longest_prefix(trimmed) {
            let rest = &trimmed[v.len()..];
            let item = (!rest.is_empty()).then(|| unwrap_title(rest).into());
            return (item, Some(v.into()));
        }
        if !trimmed.is_empty() {
            // 53名优秀科技工作者当选…: a verb right after the phrase is the action when none precedes.
            let action = action_before(text, start).or_else(|| {
                SUBJECT_VERBS_IX
                    .longest_prefix(&text[end + raw.len()..])
                    .map(CompactString::from)
            });
            return (Some(unwrap_title(trimmed).into()), action);
        }
    }
    let phrase = phrase_before(text, start, floor);
    // 由71所优化整合为47所: words joining two counts of one clause say how the first became the second.
    let joined = floor > 0
        && text[floor..start].trim_start() == phrase
        && strip_links(phrase).len() < phrase.len().max(1);
    if let Some(p) = prev.filter(|p| joined && p.span.end == floor) {
        let link = strip_links(phrase);
        let action = (!link.is_empty())
            .then(|| link.into())
            .or_else(|| p.action.clone());
        return (p.item.clone(), action);
    }
    let split = split_before(phrase, follows_digit(text, start, phrase));
    let action = split.action.map(CompactString::from);
    if let Some(item) = split.item {
        return (Some(item.into()), action);
    }
    if split.inherits {
        if let Some(p) = prev.filter(|p| same_sentence(text, p.span.end, start)) {
            return (p.item.clone(), action.or_else(|| p.action.clone()));
        }
    }
    (fallback.map(|f| unwrap_title(f).into()), action)
}

fn same_sentence(text: &str, from: usize, to: usize) -> bool {
    from <= to && !text[from..to].contains(is_sentence_end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::number;

    fn counts(text: &str) -> Vec<Count> {
        find(text, &number::scan(text), crate::lexicon::MEASURE_WORDS)
    }

    /// The scale characters and 翻一番 read from a block's marks are those a search finds.
    #[test]
    fn positions_from_marks_are_those_searched() {
        let text =
            "百亿斤，上千万元，翻一番，一百二十万，亿万，3千，翻一番半，千亿级，一番努力，万一";
        let mut marks = crate::recognize::marks::Marks::default();
        crate::recognize::marks::find(text, &mut marks);
        let marks = &marks.numerals;
        let marked: Vec<usize> = scale_positions_marked(marks, yi_positions(text)).collect();
        assert_eq!(marked, scale_positions(text));
        let doubling: Vec<usize> = doubling_positions_marked(text, marks).collect();
        assert_eq!(doubling, doubling_positions(text));
        assert_eq!(doubling.len(), 2);
    }

    #[test]
    fn scale_words() {
        let c =
            counts("吸引国内外参赛队伍上万支，集装箱航线突破百条，全年办理群众来信来访近百件。");
        let got: Vec<_> = c
            .iter()
            .map(|c| (c.value.to_i64(), c.unit.as_deref(), c.approx))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some(10_000), Some("支"), Some(Approx::MoreThan)),
                (Some(100), Some("条"), Some(Approx::MoreThan)),
                (Some(100), Some("件"), Some(Approx::LessThan)),
            ]
        );
    }
}
