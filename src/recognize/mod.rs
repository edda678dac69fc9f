//! Recognizers: one module per kind of fact, each a pure function over a text returning
//! mentions with byte spans relative to that text.

pub mod date;
pub(crate) mod marks;
pub mod money;
pub(crate) mod names;
pub mod number;
pub mod org;
pub mod percent;
pub mod person;
pub mod quantity;
pub mod subject;
pub(crate) mod word_ends;

use crate::lexicon::{CharSet, Words, APPROX_SUFFIXES};
use crate::Approx;
use once_cell::sync::Lazy;

/// [`ITEM_STOP_AFTER`] and [`STRONG_VERBS`] together, indexed: [`phrase_after`] asks at every
/// character whether one of them starts there.
static PHRASE_STOPS: Lazy<Words> =
    Lazy::new(|| Words::new(ITEM_STOP_AFTER.iter().chain(STRONG_VERBS)));
/// The Han characters [`phrase_after`] looks at: those that may start a numeral, the first
/// characters of [`PHRASE_STOPS`] and 达 (told from 欠发达).
static PHRASE_HAN_MARKS: Lazy<CharSet> = Lazy::new(|| {
    let stops = ITEM_STOP_AFTER.iter().chain(STRONG_VERBS);
    CharSet::new(
        stops
            .filter_map(|w| w.chars().next())
            .chain(number::start_chars_listed())
            .chain(['达']),
    )
});

/// [`LINK_WORDS`], indexed.
pub(crate) static LINK_WORDS_IX: Lazy<Words> = Lazy::new(|| Words::new(LINK_WORDS));
/// [`STRONG_VERBS`], indexed.
pub(crate) static STRONG_VERBS_IX: Lazy<Words> = Lazy::new(|| Words::new(STRONG_VERBS));
/// [`SUBJECT_VERBS`], indexed.
pub(crate) static SUBJECT_VERBS_IX: Lazy<Words> = Lazy::new(|| Words::new(SUBJECT_VERBS));

/// The characters of `s` that are in `set` (which holds characters of the Basic Multilingual
/// Plane only), with their byte offsets. A three-byte character (most of a Chinese text) is
/// tested from its bytes, without decoding it: loops that look for a few characters in a
/// phrase pass the others with one bit test each.
pub(crate) fn marked_chars<'a>(
    s: &'a str,
    set: &'a CharSet,
) -> impl Iterator<Item = (usize, char)> + 'a {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(&b0) = b.get(i) {
            let at = i;
            if b0 & 0xf0 == 0xe0 {
                i += 3;
                if let Some(&[b0, b1, b2]) = b.get(at..at + 3) {
                    if !set.contains3(b0, b1, b2) {
                        continue;
                    }
                }
            } else {
                i += match b0 {
                    0..0x80 => 1,
                    0xf0.. => 4,
                    _ => 2,
                };
            }
            let c = s[at..].chars().next()?;
            if set.contains_code(u32::from(c)) {
                return Some((at, c));
            }
        }
        None
    })
}

/// Characters that end a clause: an item or action never crosses them.
pub(crate) fn is_clause_boundary(c: char) -> bool {
    // Han characters (most of a text) are none of these, told by one range test.
    !('\u{4e00}'..='\u{9fff}').contains(&c) && is_boundary_mark(c)
}

/// [`is_clause_boundary`] for a character outside the main Han block.
fn is_boundary_mark(c: char) -> bool {
    matches!(
        c,
        '。' | '；'
            | ';'
            | '，'
            | ','
            | '！'
            | '!'
            | '？'
            | '?'
            | '：'
            | ':'
            | '、'
            | '\n'
            | '\r'
            | '（'
            | '）'
            | '('
            | ')'
            | '“'
            | '”'
            | '"'
            | '「'
            | '」'
            | '《'
            | '》'
            | '【'
            | '】'
            | '［'
            | '］'
            | '['
            | ']'
    ) || c.is_whitespace()
}

/// An approximation word right after a unit (以上, 左右), with its byte length.
pub(crate) fn approx_suffix(rest: &str) -> Option<(Approx, usize)> {
    // Asked after most counts, amounts and rates, most of them followed by none: their first
    // character says so with one bit test.
    rest.chars().next().filter(|&c| APPROX_FIRSTS.contains(c))?;
    APPROX_SUFFIXES
        .iter()
        .find(|(w, _)| rest.starts_with(w))
        .map(|(w, a)| (*a, w.len()))
}

/// The first characters of [`APPROX_SUFFIXES`].
static APPROX_FIRSTS: Lazy<CharSet> =
    Lazy::new(|| CharSet::new(APPROX_SUFFIXES.iter().filter_map(|(w, _)| w.chars().next())));

/// Most characters an item phrase may have.
const ITEM_MAX_CHARS: usize = 16;

/// Words that end a noun phrase read forward from a count (新建4家院士工作站和…, 10人当选委员,
/// 308个便民事项实现…).
pub(crate) const ITEM_STOP_AFTER: &[&str] = &[
    "和",
    "及",
    "与",
    "等",
    "以及",
    "或",
    "其中",
    "共",
    "累计",
    "同比",
    "比上年",
    "增长",
    "下降",
    "占",
    "达",
    "被",
    "获",
    "分获",
    "实现",
    "取得",
    "通过",
    "接受",
    "参训",
    "领衔",
    "参与",
    "启动",
    "试运行",
    "落户",
    "当选",
    "入选",
    "完成",
    "全部",
    "首次",
    "荣获",
    "获评",
    "获得",
    "入驻",
    "落地",
    "开工",
    "竣工",
    "投产",
    "投运",
    "受益",
    "参加",
    "观看",
    "签约",
    "加快",
    "扎实",
    "顺利",
    "相继",
    "陆续",
    "先后",
    "稳步",
    "有序",
    "建立",
    "完善",
    "启用",
    "带动",
    "制订",
    "发挥",
    "形成",
    "纳入",
    "覆盖",
    "提供",
    "均",
    "都",
    "已",
    "将",
    "正式",
    "共有",
    "在",
    "为",
    "是",
    "得到",
];

/// Verbs that, even in the middle of a subject, govern the phrase after them (美术馆举办文化展览,
/// 市人大及其常委会出台地方性法规), and end a phrase read forward (28个省份开展…); verbs that also
/// start nouns (服务, 建设, 培训) are left out.
pub(crate) const STRONG_VERBS: &[&str] = &[
    "举办",
    "开展",
    "接待",
    "引进",
    "新建",
    "建成",
    "认定",
    "评选",
    "招聘",
    "收治",
    "救助",
    "资助",
    "惠及",
    "出台",
    "制定",
    "推出",
    "淘汰",
    "完成",
    "实施",
    "累计建设",
    "帮助",
    "解决",
    "获批",
    "办理",
    "推荐",
    "获得",
    "荣获",
    "报送",
    "评审立项",
];

/// Verbs that, right after a count, say what the counted people or things did (10人当选委员):
/// the verb is the action and the rest of the phrase the item.
pub(crate) const SUBJECT_VERBS: &[&str] = &[
    "当选", "入选", "获评", "荣获", "参训", "受益", "落户", "参加", "参与",
];

/// Quote pairs an item may contain (“双百双新”项目, 《院士专家建议》).
const QUOTE_PAIRS: &[(char, char)] = &[
    ('“', '”'),
    ('‘', '’'),
    ('「', '」'),
    ('『', '』'),
    ('《', '》'),
];

/// Parenthesis pairs (省（区、市）; 基地(2021—2025年)180余家).
const PAREN_PAIRS: &[(char, char)] = &[('（', '）'), ('(', ')')];

/// Characters that end a sentence: a quoted or bracketed group never runs across them.
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n' | '\r')
}

/// The byte length (closer included) and the character count of a group whose opener was just
/// read, when `close` comes within `max` characters and no sentence ends before it.
fn group_forward(s: &str, close: char, max: usize) -> Option<(usize, usize, bool)> {
    let mut digits = false;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n > max || is_sentence_end(c) || matches!(c, '，' | ',') {
            return None;
        }
        if c == close {
            return Some((i + c.len_utf8(), n, digits));
        }
        digits |= c.is_ascii_digit() || number::is_numeral_start(c);
    }
    None
}

/// The byte offset of the opener of a group whose closer ends `head`, when it is within `max`
/// characters and no sentence ends inside.
fn group_backward(head: &str, open: char, max: usize) -> Option<usize> {
    for (n, (i, c)) in head.char_indices().rev().enumerate() {
        if n > max || is_sentence_end(c) || matches!(c, '，' | ',') {
            return None;
        }
        if c == open {
            return Some(i);
        }
    }
    None
}

/// The raw phrase after a quantity: up to a clause boundary, a numeral or a stop word; quoted
/// parts and short parentheticals without numbers (省（区、市）) stay inside.
pub(crate) fn phrase_after(text: &str, from: usize) -> &str {
    let rest = &text[from..];
    let marks: &CharSet = &PHRASE_HAN_MARKS;
    let mut i = 0;
    let mut chars = 0;
    while chars < ITEM_MAX_CHARS {
        // Most characters of a phrase are Han characters (three bytes led by E4-E9) that
        // neither end it nor start a numeral or a stop word: one bit test of their bytes passes
        // them.
        if let [b0 @ 0xe4..=0xe9, b1, b2, ..] = rest.as_bytes()[i..] {
            if !marks.contains3(b0, b1, b2) {
                i += 3;
                chars += 1;
                continue;
            }
        }
        let Some(c) = rest[i..].chars().next() else {
            break;
        };
        let after = i + c.len_utf8();
        if let Some(&(_, close)) = QUOTE_PAIRS.iter().find(|(o, _)| *o == c) {
            match group_forward(&rest[after..], close, 14) {
                Some((len, n, _)) => {
                    i = after + len;
                    chars += n + 2;
                    continue;
                }
                None => break,
            }
        }
        if let Some(&(_, close)) = PAREN_PAIRS.iter().find(|(o, _)| *o == c) {
            match group_forward(&rest[after..], close, 8) {
                Some((len, n, false)) if i > 0 => {
                    i = after + len;
                    chars += n + 2;
                    continue;
                }
                _ => break,
            }
        }
        if c.is_ascii_digit() && rest[after..].starts_with(|l: char| l.is_ascii_alphabetic()) {
            // 4A级景区, 5G基站: a code, part of the phrase.
            i = after;
            chars += 1;
            continue;
        }
        if is_clause_boundary(c)
            || c.is_ascii_digit()
            || (i > 0 && number::is_numeral_start(c) && c != '一')
        {
            break;
        }
        let stop = PHRASE_STOPS.starts(&rest[i..]);
        // 欠发达, 通达, 表达: 达 inside a word.
        let in_word = rest[i..].starts_with('达')
            && rest[..i].ends_with(['发', '通', '表', '传', '直', '抵', '送', '到']);
        if i > 0 && stop && !in_word {
            break;
        }
        i = after;
        chars += 1;
    }
    &rest[..i]
}

/// The raw phrase before a quantity within its clause, not reaching before `floor`: quoted parts
/// stay inside, a parenthetical right before the number is skipped (基地(2021—2025年)180余家).
pub(crate) fn phrase_before(text: &str, to: usize, floor: usize) -> &str {
    let floor = floor.min(to);
    let mut head = text[floor..to].trim_end_matches([' ', '\u{3000}', '\u{a0}']);
    if let Some(last) = head.chars().next_back() {
        if let Some(&(open, _)) = PAREN_PAIRS.iter().find(|(_, c)| *c == last) {
            if let Some(o) = group_backward(&head[..head.len() - last.len_utf8()], open, 20) {
                head = &head[..o];
            }
        }
    }
    let mut start = head.len();
    let mut chars = 0;
    while chars < ITEM_MAX_CHARS {
        // Han characters (most of a phrase; three bytes led by E4-E9) neither close a group nor
        // end a clause: passed by their lead byte, undecoded.
        if start >= 3 && matches!(head.as_bytes()[start - 3], 0xe4..=0xe9) {
            start -= 3;
            chars += 1;
            continue;
        }
        let Some(c) = head[..start].chars().next_back() else {
            break;
        };
        let before = start - c.len_utf8();
        if let Some(&(open, _)) = QUOTE_PAIRS.iter().find(|(_, cl)| *cl == c) {
            match group_backward(&head[..before], open, 14) {
                Some(o) => {
                    chars += head[o..start].chars().count();
                    start = o;
                    continue;
                }
                None => break,
            }
        }
        if let Some(&(open, _)) = PAREN_PAIRS.iter().find(|(_, cl)| *cl == c) {
            // 中欧班列（义新欧）开行: a parenthetical inside the subject stays.
            match group_backward(&head[..before], open, 12) {
                Some(o) if start < head.len() => {
                    chars += head[o..start].chars().count();
                    start = o;
                    continue;
                }
                _ => break,
            }
        }
        if c.is_ascii_digit() && head[start..].starts_with(|l: char| l.is_ascii_alphabetic()) {
            // 5G基站, 4K: a code, part of the phrase.
            start = before;
            chars += 1;
            continue;
        }
        if c.is_ascii_digit() {
            // 比2020年翻一番: a year baseline stays inside the phrase.
            let run = head[..start].trim_end_matches(|d: char| d.is_ascii_digit());
            let year = head[run.len()..start].len() == 4 && head[start..].starts_with('年');
            if year && run.ends_with(['比', '较', '从', '自', '于']) {
                chars += 4;
                start = run.len();
                continue;
            }
            break;
        }
        if is_clause_boundary(c) {
            break;
        }
        start = before;
        chars += 1;
    }
    &head[start..]
}

/// `《院士专家建议》` → `院士专家建议`: a title is named without its brackets.
pub(crate) fn unwrap_title(item: &str) -> &str {
    item.strip_prefix('《')
        .and_then(|s| s.strip_suffix('》'))
        .filter(|s| !s.contains(['《', '》']))
        .unwrap_or(item)
}

/// Verbs and linking words that sit between a subject and its number (参与人数超471万 → 参与人数).
pub(crate) const LINK_WORDS: &[&str] = &[
    "达到",
    "达",
    "为",
    "有",
    "是",
    "共",
    "共计",
    "合计",
    "累计",
    "总计",
    "超过",
    "超",
    "突破",
    "增长",
    "增加",
    "减少",
    "下降",
    "提高",
    "新增",
    "实现",
    "完成",
    "约",
    "近",
    "逾",
    "分别",
    "全年",
    "总量",
    "总额",
    "最高",
    "目前",
    "现有",
    "已有",
    "已",
    "又",
    "再",
    "先后",
    "保持在",
    "稳定在",
    "发展到",
    "增加到",
    "增至",
    "提高到",
    "扩大到",
    "上升到",
    "下降到",
    "降至",
    "历史性",
    "了",
    "的",
    "到",
    "至",
    "将",
    "预计",
    "力争",
];
