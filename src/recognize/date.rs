//! Dates: absolute dates (2022年7月20日, 二〇二二年七月二十日, 2022.7.20, 20240307), partial dates
//! (7月20日, 年末, 上半年, 一季度末), ranges (2021-2025年, 2022年1月至9月, 1-9月, 前三季度), open
//! ranges (2018年以前, 2012年1月7日或之前), relative years (今年, 去年, 过去五年, 一年来), dates with
//! 以来, five-year plans (十四五), lunar dates (农历八月十五, 正月初一, 春节, 除夕) converted to the
//! Gregorian calendar, solar terms and seasons (冬至, 2022年春季 from 立春), and, against a reference
//! day, conversational forms (明天, 3年半以前, 17天内); each resolved to an inclusive range of days.
//!
//! One hand scanner walks the text once; at each position that can start a date it tries the
//! forms below with bounded look-ahead, so the whole pass is linear. Partial and relative forms
//! resolve against a [`DateContext`]: the year the text was written in (今年, 去年, 7月20日), the year
//! it looks back on (一年来, 过去一年, 年末) and the report year (which closes 2010年以来).

use super::marks::Mark;
use crate::lexicon::{CharSet, Words};
use crate::{DateMention, Granularity, Span};
use compact_str::{format_compact, CompactString};
use std::cell::Cell;

// ---------------------------------------------------------------------------------------------
// Tables (rules are data)
// ---------------------------------------------------------------------------------------------

/// Relative years, as offsets from the year the text was written in.
const RELATIVE_YEARS: &[(&str, i32)] = &[
    ("大前年", -3),
    ("大后年", 3),
    ("今年", 0),
    ("本年", 0),
    ("去年", -1),
    ("上年", -1),
    ("前年", -2),
    ("明年", 1),
    ("后年", 2),
];

/// Characters that, right before a relative year, make it a comparison baseline (比上年, 与去年持平)
/// or part of another word (此后年均, 每年).
const RELATIVE_YEAR_BAD_BEFORE: &[char] = &[
    '比', '较', '与', '同', '和', '跟', '于', '此', '以', '之', '然', '最', '每', '往', '历', '多',
    '近', '前', '上', '今', '去', '明', '后', '本', '过', '失', '除', '回', '出', '进', '离', '下',
];

/// Words that, right after a relative year, make it a comparison baseline (去年同期).
const RELATIVE_YEAR_BAD_AFTER: &[&str] = &["同期", "同比", "水平"];

/// Parts of a year written after it (2012年上半年) or alone (上半年, 年末).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// First (1) or second (2) half.
    Half(u32),
    /// Quarter 1..=4.
    Quarter(u32),
    /// The first n quarters (前三季度).
    FirstQuarters(u32),
    /// 春 1, 夏 2, 秋 3, 冬 4, from 立春, 立夏, 立秋, 立冬.
    Season(u32),
    /// A run of months (暑假 July–August).
    Months(u32, u32),
    /// 年初: the first day.
    Start,
    /// 年末 / 年底: the last day.
    End,
    /// 年内: the whole year.
    Whole,
}

/// Parts that may follow a year or stand alone (with the year from the context).
const YEAR_PARTS: &[(&str, Part)] = &[
    ("上半年", Part::Half(1)),
    ("下半年", Part::Half(2)),
    ("前半年", Part::Half(1)),
    ("后半年", Part::Half(2)),
    ("年初", Part::Start),
    ("年末", Part::End),
    ("年底", Part::End),
    ("年内", Part::Whole),
];

/// Parts that only follow a year (2022年春季, 2014年末): alone they are too ambiguous.
const YEAR_SUFFIX_PARTS: &[(&str, Part)] = &[
    ("春季", Part::Season(1)),
    ("夏季", Part::Season(2)),
    ("秋季", Part::Season(3)),
    ("冬季", Part::Season(4)),
    ("春天", Part::Season(1)),
    ("夏天", Part::Season(2)),
    ("秋天", Part::Season(3)),
    ("冬天", Part::Season(4)),
    ("暑假", Part::Months(7, 8)),
    ("寒假", Part::Months(1, 2)),
];

/// A season in one character right after a year (2021年春), only where no word goes on (not
/// 2021年春耕, 2022年夏粮).
const SEASON_CHARS: &[(&str, Part)] = &[
    ("春", Part::Season(1)),
    ("夏", Part::Season(2)),
    ("秋", Part::Season(3)),
    ("冬", Part::Season(4)),
];

/// The 24 solar terms in calendar order from 小寒 (two a month), with the C of
/// [`solar_term_day`] for the 21st and the 20th century, times 10 000.
const SOLAR_TERMS: &[(&str, i32, i32)] = &[
    ("小寒", 54_055, 61_100),
    ("大寒", 201_200, 208_400),
    ("立春", 38_700, 46_295),
    ("雨水", 187_300, 194_599),
    ("惊蛰", 56_300, 63_826),
    ("春分", 206_460, 214_155),
    ("清明", 48_100, 55_900),
    ("谷雨", 201_000, 208_880),
    ("立夏", 55_200, 63_180),
    ("小满", 210_400, 218_600),
    ("芒种", 56_780, 65_000),
    ("夏至", 213_700, 222_000),
    ("小暑", 71_080, 79_280),
    ("大暑", 228_300, 236_500),
    ("立秋", 75_000, 83_500),
    ("处暑", 231_300, 239_500),
    ("白露", 76_460, 84_400),
    ("秋分", 230_420, 238_220),
    ("寒露", 83_180, 90_980),
    ("霜降", 234_380, 242_180),
    ("立冬", 74_380, 82_180),
    ("小雪", 223_600, 230_800),
    ("大雪", 71_800, 79_000),
    ("冬至", 219_400, 226_000),
];

/// Solar terms that are also weather words (大雪, 小雪, 大寒): alone they are dates only with a
/// year before them.
const SOLAR_TERM_WEATHER: &[&str] = &["小寒", "大寒", "小暑", "大暑", "小雪", "大雪"];

/// After a year that ends in 年 (2014年末, 今年初): 末 / 底 / 初 alone.
const YEAR_END_CHARS: &[(&str, Part)] =
    &[("末", Part::End), ("底", Part::End), ("初", Part::Start)];

/// After a month (10月底, 3月初): whether it names the first day (初) or the last (底, 末).
const MONTH_END_CHARS: &[(&str, bool)] = &[("底", false), ("末", false), ("初", true)];

/// What, after 初, makes it another word (2014年初步建成, 年初中考).
const START_BAD_AFTER: &[char] = &[
    '步', '期', '中', '级', '次', '心', '衷', '见', '始', '稿', '选', '赛', '审',
];

/// Characters before a bare 年初 / 年末 / 年底 / 年内 that make it part of another word (比上年末,
/// 新年初, 多年内).
const YEAR_PART_BAD_BEFORE: &[char] = &[
    '年', '上', '去', '今', '明', '前', '后', '本', '当', '同', '每', '新', '近', '多', '数', '余',
    '全', '历', '周', '半', '比', '次', '两', '几', '某', '该', '往', '翌', '隔', '学', '财', '同',
    '元', '跨', '整', '常', '千', '百', '万', '十', '一', '二', '三', '四', '五', '六', '七', '八',
    '九', '〇', '零',
];

/// Relative multi-year spans looking back on the reviewed year (一年来, 过去五年, 近三年): the
/// prefix, the suffix, and whether the count must follow (N).
const LOOK_BACK_PREFIXES: &[&str] = &["过去的", "过去", "最近", "近"];

/// Prefixes of spans looking forward from the year of writing (今后五年, 未来五年).
const LOOK_AHEAD_PREFIXES: &[&str] = &["今后的", "今后", "未来的", "未来"];

/// What, after 近N年, makes it a duration (历时近三年时间) rather than a period.
const LOOK_BACK_BAD_AFTER: &[&str] = &["时间", "多", "半", "左右", "以上"];

/// What, before 近N年, makes it a duration (历时近三年, 用了近三年).
const LOOK_BACK_BAD_BEFORE: &[char] = &[
    '了', '时', '过', '达', '用', '花', '经', '有', '将', '需', '要',
];

/// Words after a plan numeral that confirm it is a plan (“九五”计划).
const PLAN_WORDS: &[&str] = &["计划", "规划", "时期", "期间", "末", "初", "以来", "开局"];

/// Characters after a plan numeral that make it a count (十四五个人, 十四五岁).
const PLAN_BAD_AFTER: &[char] = &[
    '个', '岁', '天', '年', '月', '日', '号', '万', '亿', '千', '百', '人', '名', '次', '家', '项',
    '%', '％', '元',
];

/// Characters after a bare year that make it a quantity (2000万, 2600余名) rather than a year
/// before a name (2022医学前沿论坛).
const BARE_YEAR_BAD_AFTER: &[char] = &[
    '万', '亿', '千', '百', '十', '余', '多', '元', '年', '月', '日', '号', '天', '周', '岁', '届',
    '次', '倍', '分', '秒', '点', '％', '%', '‰', '.', '·', '×', '/', '／', ':', '：', '-', '—',
    '~', '～', '至', '到', '左', '以', '强', '来', '美', '欧', '英', '港', '镑', '卢', '韩', '日',
    '亩', '米', '吨', '斤', '克', '升', '度', '瓦', '户', '名', '人', '个',
];

/// Characters before a bare year that make it a quantity (超2000人, 达2022).
const BARE_YEAR_BAD_BEFORE: &[char] = &[
    '近', '约', '超', '逾', '达', '共', '计', '第', '为', '有', '增', '减', '降', '升', '至', '到',
    '-', '—', '~', '～', '约',
];

/// Characters before a 4-digit year with 年 that make it a duration (近2000年, 历时2000年).
const YEAR_BAD_BEFORE: &[char] = &['近', '约', '超', '逾', '达', '共', '计', '第', '有', '历'];

/// Words after 年 that make a 4-digit number a duration (2000年来, 5000年历史).
const YEAR_BAD_AFTER_NIAN: &[&str] = &["来", "历史", "的历史", "多", "余", "左右", "之久"];

/// Days relative to the reference date (明天, 大前天); they resolve only when a reference date is
/// known.
const RELATIVE_DAYS: &[(&str, i64)] = &[
    ("大大前天", -4),
    ("大大后天", 4),
    ("大前天", -3),
    ("大后天", 3),
    ("前天", -2),
    ("后天", 2),
    ("後天", 2),
    ("昨天", -1),
    ("昨日", -1),
    ("今天", 0),
    ("今日", 0),
    ("本日", 0),
    ("当天", 0),
    ("最近", 0),
    ("明天", 1),
    ("明日", 1),
];

/// Months relative to the reference date (上个月, 本月).
const RELATIVE_MONTHS: &[(&str, i32)] = &[
    ("上上个月", -2),
    ("下下个月", 2),
    ("上一个月", -1),
    ("下一个月", 1),
    ("上个月", -1),
    ("下个月", 1),
    ("这个月", 0),
    ("上月", -1),
    ("下月", 1),
    ("本月", 0),
    ("当月", 0),
    ("这月", 0),
];

/// What, after 今日 / 明日, makes it a name (今日头条).
const RELATIVE_DAY_BAD_AFTER: &[&str] = &["头条"];

/// Vague pasts relative to the reference date (前两天 "the other day", 前几年 "a few years back"):
/// the nearest and farthest day or year back, and whether it counts years. 两 and 几 say "a
/// couple"; the nearest is the one before 昨天 / 去年, which have their own words.
const VAGUE_PAST: &[(&str, (i32, i32, bool))] = &[
    ("前两天", (2, 7, false)),
    ("前几天", (2, 7, false)),
    ("前两年", (2, 5, true)),
    ("前几年", (2, 5, true)),
];

/// Characters that may end a clause's subject or adverb right before 过两天 / 前两天 (我们过两天再来,
/// 他前两天来过); after another Han character 过 and 前 belong to a word (超过两天, 会前两天).
const CLAUSE_SUBJECT_ENDS: &[char] = &['我', '你', '他', '她', '们', '再', '就', '也', '都', '还'];

/// Half years relative to the reference date (上个半年, 这个半年).
const RELATIVE_HALVES: &[(&str, i32)] = &[("上个半年", -1), ("下个半年", 1), ("这个半年", 0)];

/// Quarters relative to the reference date (上个季度, 本季度).
const RELATIVE_QUARTERS: &[(&str, i32)] = &[
    ("上个季度", -1),
    ("下个季度", 1),
    ("这个季度", 0),
    ("上季度", -1),
    ("下季度", 1),
    ("本季度", 0),
];

/// Years relative to the reference date written with 一 (上一年, 这一年).
const RELATIVE_YEARS_YI: &[(&str, i32)] = &[
    ("上一年", -1),
    ("这一年", 0),
    ("下一年", 1),
    ("今明两年", 0),
];

/// Holidays on a fixed day of the Gregorian calendar.
const FIXED_HOLIDAYS: &[(&str, u32, u32)] = &[
    ("元旦节", 1, 1),
    ("元旦", 1, 1),
    ("情人节", 2, 14),
    ("女生节", 3, 7),
    ("妇女节", 3, 8),
    ("三八节", 3, 8),
    ("植树节", 3, 12),
    ("愚人节", 4, 1),
    ("劳动节", 5, 1),
    ("五一节", 5, 1),
    ("五一", 5, 1),
    ("青年节", 5, 4),
    ("五四青年节", 5, 4),
    ("儿童节", 6, 1),
    ("六一儿童节", 6, 1),
    ("建党节", 7, 1),
    ("建军节", 8, 1),
    ("教师节", 9, 10),
    ("国庆节", 10, 1),
    ("十一", 10, 1),
    ("国庆", 10, 1),
    ("万圣节", 10, 31),
    ("光棍节", 11, 11),
    ("双十一", 11, 11),
    ("双十二", 12, 12),
    ("平安夜", 12, 24),
    ("圣诞节", 12, 25),
];

/// Words after 十一 that make it National Day (十一期间, 十一黄金周); alone 十一 is a number.
const HOLIDAY_SEASON_WORDS: &[&str] = &["期间", "假期", "长假", "小长假", "黄金周"];

/// Characters that may stand right before a holiday name that is also a given name (2020年国庆,
/// 欢度国庆); after any other Han character (林国庆) it is a name.
const HOLIDAY_OK_BEFORE: &[char] = &[
    '年', '的', '迎', '度', '到', '至', '在', '是', '过', '和', '及', '与',
];

/// 清明, the one solar term that is also a holiday (its day is the solar term's).
const HOLIDAY_SOLAR_TERMS: &[&str] = &["清明节", "清明"];

/// Holidays on the n-th weekday of a month: (name, month, weekday with 0 = Sunday, n).
const WEEKDAY_HOLIDAYS: &[(&str, u32, i64, u32)] = &[
    ("母亲节", 5, 0, 2),
    ("父亲节", 6, 0, 3),
    ("感恩节", 11, 4, 4),
];

/// Holidays of the Chinese lunar calendar: (name, lunar month, lunar day); day 0 is the last day
/// of the lunar year (除夕, 大年三十, whether the twelfth month has 29 or 30 days).
const LUNAR_HOLIDAYS: &[(&str, u32, u32)] = &[
    ("春节", 1, 1),
    ("元宵节", 1, 15),
    ("元宵", 1, 15),
    ("端午节", 5, 5),
    ("端午", 5, 5),
    ("中元节", 7, 15),
    ("中秋节", 8, 15),
    ("中秋", 8, 15),
    ("重阳节", 9, 9),
    ("重阳", 9, 9),
    ("腊八节", 12, 8),
    ("除夕", 12, 0),
    ("大年三十", 12, 0),
];

/// What, before a day of one to ten, names a day of the lunar new year (大年初三).
const LUNAR_NEW_YEAR_DAYS: &str = "大年初";

/// Words that say the month and day after them are lunar (农历八月十五, 阴历二〇二一年六月).
const LUNAR_MARKERS: &[&str] = &["农历", "阴历"];

/// Lunar month names that are lunar by themselves (正月, 腊月, 冬月): (first character, month).
const LUNAR_MONTH_NAMES: &[(&str, u32)] = &[("正", 1), ("冬", 11), ("腊", 12)];

/// The lunar years 1900..=2099, one number each: bits 0–12 say which months (in order, the leap
/// month after its namesake) have 30 days rather than 29, bits 13–16 the leap month (0 = none), and
/// bits 17 on how many days after 1 January of the same Gregorian year 正月初一 falls. Re-encoded
/// from the widely published 1900–2099 lunar month table (the `lunarInfo` of calendar programs) and
/// checked against known new-year days (2012-01-23, 2020-01-25 with 闰四月, 2023-01-22, 2024-02-10).
const LUNAR_FIRST_YEAR: i32 = 1900;
#[rustfmt::skip]
const LUNAR_YEARS: [u32; 200] = [
    0x3d16d2, 0x620752, 0x4c0ea5, 0x38b64a, 0x5c064b, 0x440a9b, 0x309556, 0x56056a,
    0x400b59, 0x2a5752, 0x500752, 0x3adb25, 0x600b25, 0x480a4b, 0x32b4ab, 0x5802ad,
    0x42056b, 0x2c4b69, 0x520da9, 0x3efd92, 0x640e92, 0x4c0d25, 0x36ba4d, 0x5c0a56,
    0x4602b6, 0x2e95b5, 0x5606d4, 0x400ea9, 0x2c5e92, 0x500e92, 0x3acd26, 0x5e052b,
    0x480a57, 0x32b2b6, 0x580b5a, 0x4406d4, 0x2e6ec9, 0x520749, 0x3cf693, 0x620a93,
    0x4c052b, 0x34ca5b, 0x5a0aad, 0x46056a, 0x309b55, 0x560ba4, 0x400b49, 0x2a5a93,
    0x500a95, 0x38f52d, 0x5e0536, 0x480aad, 0x34b5aa, 0x5805b2, 0x420da5, 0x2e7d4a,
    0x540d4a, 0x3d0a95, 0x600a97, 0x4c0556, 0x36cab5, 0x5a0ad5, 0x4606d2, 0x308ea5,
    0x560ea5, 0x40064a, 0x286c97, 0x4e0a9b, 0x3af55a, 0x5e056a, 0x480b69, 0x34b752,
    0x5a0b52, 0x420b25, 0x2c964b, 0x520a4b, 0x3d14ab, 0x6002ad, 0x4a056d, 0x36cb69,
    0x5c0da9, 0x460d92, 0x309d25, 0x560d25, 0x415a4d, 0x640a56, 0x4e02b6, 0x38c5b5,
    0x5e06d5, 0x480ea9, 0x34be92, 0x5a0e92, 0x440d26, 0x2c6a56, 0x500a57, 0x3d14d6,
    0x62035a, 0x4a06d5, 0x36b6c9, 0x5c0749, 0x460693, 0x2e952b, 0x54052b, 0x3e0a5b,
    0x2a555a, 0x4e056a, 0x38fb55, 0x600ba4, 0x4a0b49, 0x32ba93, 0x580a95, 0x42052d,
    0x2c8aad, 0x500ab5, 0x3d35aa, 0x6205d2, 0x4c0da5, 0x36dd4a, 0x5c0d4a, 0x460c95,
    0x30952e, 0x540556, 0x3e0ab5, 0x2a55b2, 0x5006d2, 0x38cea5, 0x5e0725, 0x48064b,
    0x32ac97, 0x560cab, 0x42055a, 0x2c6ad6, 0x520b69, 0x3d7752, 0x620b52, 0x4c0b25,
    0x36da4b, 0x5a0a4b, 0x4404ab, 0x2ea55b, 0x5405ad, 0x3e0b6a, 0x2a5b52, 0x500d92,
    0x3afd25, 0x5e0d25, 0x480a55, 0x32b4ad, 0x5804b6, 0x4005b5, 0x2c6daa, 0x520ec9,
    0x3f1e92, 0x620e92, 0x4c0d26, 0x36ca56, 0x5a0a57, 0x4404d6, 0x2e86d5, 0x540755,
    0x400749, 0x286e93, 0x4e0693, 0x38f52b, 0x5e052b, 0x460a5b, 0x32b55a, 0x58056a,
    0x420b65, 0x2c974a, 0x520b4a, 0x3d1a95, 0x620a95, 0x4a052d, 0x34caad, 0x5a0ab5,
    0x4605aa, 0x2e8ba5, 0x540da5, 0x400d4a, 0x2a7c95, 0x4e0c96, 0x38f94e, 0x5e0556,
    0x480ab5, 0x32b5b2, 0x5806d2, 0x420ea5, 0x2e8e4a, 0x50068b, 0x3b0c97, 0x6004ab,
    0x4a055b, 0x34cad6, 0x5a0b6a, 0x460752, 0x309725, 0x540b45, 0x3e0a8b, 0x28549b,
];

/// Reign eras and the republic: the first year of each (康熙三年 = 1664).
const ERAS: &[(&str, i32)] = &[
    ("民国", 1912),
    ("宣统", 1909),
    ("光绪", 1875),
    ("同治", 1862),
    ("咸丰", 1851),
    ("道光", 1821),
    ("嘉庆", 1796),
    ("乾隆", 1736),
    ("雍正", 1723),
    ("康熙", 1662),
    ("顺治", 1644),
    ("崇祯", 1628),
    ("万历", 1573),
    ("嘉靖", 1522),
    ("永乐", 1403),
    ("洪武", 1368),
    ("天宝", 742),
    ("开元", 713),
    ("神龙", 705),
    ("贞观", 627),
];

/// What, after 12号 / 3日 without a month, makes it a name or a label (3号线, 12号楼).
const DAY_ALONE_BAD_AFTER: &[char] = &[
    '楼', '线', '院', '馆', '室', '房', '门', '车', '床', '位', '桥', '码', '机', '文', '令', '件',
    '字', '球', '台', '站', '库', '坑', '井', '厅', '区', '街', '路', '巷',
];

/// What a word after a date or a length of time says of it: an open range from or up to a day
/// (2012年1月7日或之前, 2018年以后), or a time counted from the reference day (5天前, 17天内).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Relation {
    /// 之前 / 以前: up to the day (or period) before.
    Before,
    /// 或之前 / 及以前: up to and including the day (or period).
    Until,
    /// 或之后 / 及以后: from the day (or period) on.
    From,
    /// 之后 / 以后: from the day on (legal usage counts the day itself: 2022年1月1日以后出生),
    /// from the next period after a year or month (2018年之后 → 2019-01-01 on).
    After,
    /// 前 after a length of time: the day, month or year that far back (5天前).
    Ago,
    /// 后 after a length of time: the day, month or year that far ahead.
    Later,
    /// 以内 / 之内 / 内 after a length of time: from today to the end of that far ahead.
    Within,
    /// 以来 after a length of time: from the start of that far back to today.
    Since,
}

/// After a date or a length of time. 起 (自2022年1月1日起施行) is left out: reports name the day
/// itself; 前 / 后 / 内 / 以来 after a date are read elsewhere (2015年前 is a deadline, 2010年以来).
const RELATIONS: &[(&str, Relation)] = &[
    ("或之前", Relation::Until),
    ("及之前", Relation::Until),
    ("或以前", Relation::Until),
    ("及以前", Relation::Until),
    ("之前", Relation::Before),
    ("以前", Relation::Before),
    ("或之后", Relation::From),
    ("及之后", Relation::From),
    ("或以后", Relation::From),
    ("及以后", Relation::From),
    ("之后", Relation::After),
    ("以后", Relation::After),
    ("前", Relation::Ago),
    ("后", Relation::Later),
    ("以内", Relation::Within),
    ("之内", Relation::Within),
    ("内", Relation::Within),
    ("以来", Relation::Since),
];

/// Parts of a decade or century (二十世纪九十年代末期): first and last year within it, per ten.
const ERA_PARTS: &[(&str, u32, u32)] = &[
    ("初期", 0, 2),
    ("前期", 0, 2),
    ("中期", 3, 6),
    ("末期", 7, 9),
    ("后期", 7, 9),
    ("初", 0, 2),
    ("末", 7, 9),
];

/// A length of time in the unit it resolves to.
#[derive(Debug, Clone, Copy)]
enum Amount {
    Days(i64),
    Months(i32),
    Years(i32),
}

/// A length of time: 5天, 3年半, 一年半, 两个半月, 半年, 半个月, 20多个月, 三个季度.
fn read_amount(text: &str, pos: usize) -> Option<(Amount, usize)> {
    let (n, e, mut half) = match word_at(text, pos, &["半"]) {
        Some(e) => (0, e, true),
        // 07年以后 is a year, not seven years.
        None if starts(text, pos, "0") => return None,
        None => {
            let (n, e) = read_count(text, pos)?;
            (n, e, false)
        }
    };
    let e = word_at(text, e, &["个"]).unwrap_or(e);
    // 两个半月, 十个多月: 半 / 多 before the unit; 3年半, 3年多: after it.
    let half_or_more = |e: usize, half: &mut bool| {
        if *half {
            e
        } else if let Some(h) = word_at(text, e, &["半"]) {
            *half = true;
            h
        } else {
            word_at(text, e, &["多"]).unwrap_or(e)
        }
    };
    let e = half_or_more(e, &mut half);
    let e = word_at(text, e, &["个"]).unwrap_or(e);
    let (unit_months, e) = if let Some(e) = word_at(text, e, &["季度"]) {
        (3, e)
    } else if let Some(e) = word_at(text, e, &["年"]) {
        (12, e)
    } else if let Some(m) = word_at(text, e, &["月"]) {
        // 4月前 is before April; months are counted with 个 (4个月前) or by halves (半月).
        if !(half || text.get(pos..e).is_some_and(|t| t.contains('个'))) {
            return None;
        }
        (1, m)
    } else {
        (0, word_at(text, e, &["天"])?)
    };
    let e = half_or_more(e, &mut half);
    let n = i32::try_from(n).ok().filter(|&n| n <= 1000)?;
    let amount = match (unit_months, half) {
        (0, true) => return None,
        (0, false) => Amount::Days(i64::from(n)),
        (1, true) => Amount::Days(30 * i64::from(n) + 15),
        (12, false) => Amount::Years(n),
        (u, h) => Amount::Months(n * u + if h { u / 2 } else { 0 }),
    };
    (n > 0 || half).then_some((amount, e))
}

/// The day, month or year a length of time reaches from `today`, before (`dir` -1) or after (1).
fn reach(today: Ymd, amount: Amount, dir: i32) -> Val {
    match amount {
        Amount::Days(n) => Val::day(add_days(today, i64::from(dir) * n)),
        Amount::Years(n) => Val::year(today.y + dir * n),
        Amount::Months(n) => {
            let (y, m) = add_months(today.y, today.m, dir * n);
            Val::months(y, m, m, Granularity::Month)
        }
    }
}

/// The first day of an open range and the last day of one (2012年1月7日或之前, 2010年1月1日之后).
const OPEN_START: Ymd = Ymd { y: 1, m: 1, d: 1 };
const OPEN_END: Ymd = Ymd {
    y: 9999,
    m: 12,
    d: 31,
};

/// Characters that end a sentence: the year of a sentence does not carry past them (found by
/// [`ends_sentence`], as a test checks).
#[cfg(test)]
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?', '\n', '\r', '；', ';'];

/// Characters around a clause (the ends of sentences and commas).
const CLAUSE_EDGES: &[char] = &['。', '！', '？', '!', '?', '\n', '\r', '；', ';', '，', ','];

// ---------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------

/// What partial and relative dates resolve against.
///
/// A 2019 government work report is written in 2019 (今年 = 2019, 去年 = 2018) and looks back on
/// 2018 (过去一年 = 一年来 = 2018, 年末 = 2018-12-31); a 2012 year-end summary is written in and looks
/// back on 2012. Fields left `None` leave the forms that need them unresolved (not reported).
///
/// ```
/// use zhreport::recognize::date::{find_with, DateContext};
/// let ctx = DateContext { year: Some(2019), now: Some(2019), reviewed: Some(2018), ..Default::default() };
/// let found = find_with("过去一年，去年年末，今年。", &ctx);
/// let got: Vec<_> = found.iter().map(|d| (d.start.as_str(), d.end.as_str())).collect();
/// assert_eq!(got, [("2018-01-01", "2018-12-31"), ("2018-12-31", "2018-12-31"), ("2019-01-01", "2019-12-31")]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateContext {
    /// The report year (Report.year): it closes open ranges (2010年以来 → 2010-01-01 .. its end).
    pub year: Option<i32>,
    /// The year the text was written in: 今年, 去年, 明年, 今后五年, N年前, and dates without a
    /// year (7月20日).
    pub now: Option<i32>,
    /// The year the text looks back on: 一年来, 过去一年, 近三年, 过去五年, and year parts without a
    /// year (年末, 上半年, 一季度); 新的一年 is the year after it.
    pub reviewed: Option<i32>,
    /// Month and day of the reference date, for forms relative to a day (明天, 上个月).
    pub today: Option<(u32, u32)>,
    /// The year of year parts written without one (年末, 上半年, 年内) when it is not the reviewed
    /// year: in the forward-looking part of a government work report they are its own year.
    pub parts_year: Option<i32>,
}

impl DateContext {
    /// A context where the report year, the year of writing and the reviewed year are all `year`.
    ///
    /// ```
    /// let ctx = zhreport::recognize::date::DateContext::year(Some(2012));
    /// assert_eq!((ctx.now, ctx.reviewed), (Some(2012), Some(2012)));
    /// ```
    pub fn year(year: Option<i32>) -> Self {
        DateContext {
            year,
            now: year,
            reviewed: year,
            today: None,
            parts_year: None,
        }
    }

    /// A context for a reference date (the day the text speaks from): all years are its year.
    ///
    /// ```
    /// let ctx = zhreport::recognize::date::DateContext::reference_date(2021, 6, 14);
    /// assert_eq!(ctx.today, Some((6, 14)));
    /// ```
    pub fn reference_date(year: i32, month: u32, day: u32) -> Self {
        DateContext {
            today: Some((month, day)),
            ..DateContext::year(Some(year))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------------------------------

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Ymd {
    y: i32,
    m: u32,
    d: u32,
}

impl Ymd {
    fn new(y: i32, m: u32, d: u32) -> Ymd {
        Ymd { y, m, d }
    }
    /// YYYY-MM-DD, written digit by digit (the formatting machinery cost more than the scan of a
    /// date's text); years outside 0..=9999 and impossible fields go through `format!`.
    fn iso(self) -> CompactString {
        match self.iso_bytes() {
            // ASCII digits and dashes: one inline copy, not ten pushes.
            Some(ascii) => std::str::from_utf8(&ascii)
                .map(CompactString::new)
                .unwrap_or_default(),
            None => format_compact!("{:04}-{:02}-{:02}", self.y, self.m, self.d),
        }
    }

    /// The ten bytes of [`Ymd::iso`] when the year is in 0..=9999 and the fields have two
    /// digits at most.
    fn iso_bytes(self) -> Option<[u8; 10]> {
        let y = u32::try_from(self.y)
            .ok()
            .filter(|&y| y <= 9999 && self.m <= 99 && self.d <= 99)?;
        let digit = |v: u32| b'0' + (v % 10) as u8;
        let (m, d) = (self.m, self.d);
        Some([
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(d / 10),
            digit(d),
        ])
    }

    /// [`Ymd::iso`] of `first` and `last`, every mention's two days: their twenty bytes are
    /// checked as text in one call, from a buffer aligned to 8 bytes, where the check takes ASCII
    /// a word at a time (of ten bytes alone, one by one: it cost as much as writing them).
    fn iso_pair(first: Ymd, last: Ymd) -> (CompactString, CompactString) {
        #[repr(align(8))]
        struct Aligned([u8; 20]);
        let (Some(a), Some(b)) = (first.iso_bytes(), last.iso_bytes()) else {
            return (first.iso(), last.iso());
        };
        let mut buf = Aligned([0; 20]);
        buf.0[..10].copy_from_slice(&a);
        buf.0[10..].copy_from_slice(&b);
        match std::str::from_utf8(&buf.0) {
            Ok(both) => {
                let (a, b) = both.split_at(10);
                (CompactString::new(a), CompactString::new(b))
            }
            Err(_) => (first.iso(), last.iso()),
        }
    }
    fn month_end(y: i32, m: u32) -> Ymd {
        Ymd::new(y, m, days_in_month(y, m))
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

/// Whether `year-month-day` is a real calendar day.
///
/// ```
/// assert!(zhreport::recognize::date::is_valid(2024, 2, 29));
/// assert!(!zhreport::recognize::date::is_valid(2023, 2, 29));
/// ```
pub fn is_valid(year: i32, month: u32, day: u32) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> Ymd {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    Ymd::new(y, m, d)
}

/// The day `n` days after `d`.
fn add_days(d: Ymd, n: i64) -> Ymd {
    civil_from_days(days_from_civil(d.y, d.m, d.d) + n)
}

/// The same day `n` years later (29 February falls back to the 28th).
fn shift_years(d: Ymd, n: i32) -> Ymd {
    let y = d.y + n;
    Ymd::new(y, d.m, d.d.min(days_in_month(y, d.m)))
}

/// The same day `n` months later (clamped to the month's last day).
fn shift_months(d: Ymd, n: i32) -> Ymd {
    let (y, m) = add_months(d.y, d.m, n);
    Ymd::new(y, m, d.d.min(days_in_month(y, m)))
}

/// The last leap year not after `y` (2月29日 without a year).
fn leap_year_not_after(y: i32) -> i32 {
    (y - 7..=y).rev().find(|&y| is_leap(y)).unwrap_or(y)
}

/// The month `n` months after `y-m` (n may be negative).
fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let idx = y * 12 + m as i32 - 1 + n;
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

/// The `nth` given weekday (0 = Sunday) of a month: 母亲节 is the second Sunday of May.
fn nth_weekday(y: i32, m: u32, weekday: i64, nth: u32) -> Ymd {
    let first = days_from_civil(y, m, 1);
    // 1970-01-01 was a Thursday (4).
    let first_wd = (first + 4).rem_euclid(7);
    let offset = (weekday - first_wd).rem_euclid(7) + 7 * i64::from(nth - 1);
    civil_from_days(first + offset)
}

/// The day of solar term `i` (0 = 小寒 … 23 = 冬至, see [`SOLAR_TERMS`]) in Gregorian year `y`, by
/// the usual formula day = ⌊Y × 0.2422 + C⌋ − ⌊L / 4⌋ (Y the last two digits of the year, L = Y, or
/// Y − 1 for the January and February terms), in integers scaled by 10 000. Exact for 1901–2100
/// but for a handful of years where a term falls within minutes of midnight.
fn solar_term_day(y: i32, i: usize) -> Option<Ymd> {
    let &(_, c21, c20) = SOLAR_TERMS.get(i)?;
    let yy = y.rem_euclid(100);
    let c = if y >= 2000 { c21 } else { c20 };
    let l = if i < 4 { yy - 1 } else { yy };
    let d = (yy * 2422 + c) / 10_000 - l.div_euclid(4);
    let m = i as u32 / 2 + 1;
    let d = u32::try_from(d).ok().filter(|&d| is_valid(y, m, d))?;
    Some(Ymd::new(y, m, d))
}

/// A season as Chinese usage counts it (现代汉语词典: 春季 from 立春 to 立夏): 春 1 from 立春, 夏 2
/// from 立夏, 秋 3 from 立秋, 冬 4 from 立冬 to the day before the next 立春.
fn season(y: i32, s: u32) -> Option<Val> {
    let first = |s: u32| -> Option<Ymd> {
        // 立春 is term 2, 立夏 8, 立秋 14, 立冬 20; the season after 冬 is next year's 春.
        let (y, s) = if s == 5 { (y + 1, 1) } else { (y, s) };
        solar_term_day(y, 2 + 6 * (s as usize - 1))
    };
    Some(Val {
        start: first(s)?,
        end: add_days(first(s + 1)?, -1),
        gran: Granularity::Season,
    })
}

/// The first and last day of lunar month `month` of lunar year `ly` (`leap`: the intercalary month
/// that follows it); `None` outside 1900..=2099 or for a leap month the year does not have.
fn lunar_month(ly: i32, month: u32, leap: bool) -> Option<(Ymd, Ymd)> {
    let info = *LUNAR_YEARS.get(usize::try_from(ly - LUNAR_FIRST_YEAR).ok()?)?;
    let leap_month = (info >> 13) & 0xF;
    if !(1..=12).contains(&month) || leap && leap_month != month {
        return None;
    }
    let after_leap = leap_month != 0 && (month > leap_month || leap);
    let index = month - 1 + u32::from(after_leap);
    let len = |k: u32| if info >> k & 1 == 1 { 30 } else { 29 };
    let first =
        days_from_civil(ly, 1, 1) + i64::from(info >> 17) + (0..index).map(len).sum::<i64>();
    Some((
        civil_from_days(first),
        civil_from_days(first + len(index) - 1),
    ))
}

/// The Gregorian day of lunar `month`/`day` in lunar year `ly`; day 0 is the month's last day.
fn lunar_day(ly: i32, month: u32, leap: bool, day: u32) -> Option<Ymd> {
    let (first, last) = lunar_month(ly, month, leap)?;
    if day == 0 {
        return Some(last);
    }
    let d = add_days(first, i64::from(day) - 1);
    (day <= 30 && d <= last).then_some(d)
}

/// A resolved range of days with its granularity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Val {
    start: Ymd,
    end: Ymd,
    gran: Granularity,
}

impl Val {
    fn year(y: i32) -> Val {
        Val {
            start: Ymd::new(y, 1, 1),
            end: Ymd::new(y, 12, 31),
            gran: Granularity::Year,
        }
    }
    fn years(first: i32, last: i32) -> Val {
        Val {
            start: Ymd::new(first, 1, 1),
            end: Ymd::new(last, 12, 31),
            gran: Granularity::MultiYear,
        }
    }
    fn months(y: i32, first: u32, last: u32, gran: Granularity) -> Val {
        Val {
            start: Ymd::new(y, first, 1),
            end: Ymd::month_end(y, last),
            gran,
        }
    }
    fn day(d: Ymd) -> Val {
        Val {
            start: d,
            end: d,
            gran: Granularity::Day,
        }
    }
}

fn part_value(y: i32, part: Part) -> Val {
    match part {
        Part::Half(1) => Val::months(y, 1, 6, Granularity::HalfYear),
        Part::Half(_) => Val::months(y, 7, 12, Granularity::HalfYear),
        Part::Quarter(q) => Val::months(y, 3 * q - 2, 3 * q, Granularity::Quarter),
        Part::FirstQuarters(n) => Val::months(y, 1, 3 * n, Granularity::Range),
        Part::Season(s) => season(y, s).unwrap_or(Val::year(y)),
        Part::Months(first, last) => Val::months(y, first, last, Granularity::Range),
        Part::Start => Val::day(Ymd::new(y, 1, 1)),
        Part::End => Val::day(Ymd::new(y, 12, 31)),
        Part::Whole => Val::year(y),
    }
}

// ---------------------------------------------------------------------------------------------
// Small readers (bounded look-ahead; positions are byte offsets on char boundaries)
// ---------------------------------------------------------------------------------------------

// char_at and char_before are asked at a hundred places of the readers: inlined, their UTF-8
// decoding made the readers' code too large for the instruction cache (simulated I1 misses of
// find_marked 157k -> 102k out of line, 2.5% more instructions).
#[inline(never)]
fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

#[inline(never)]
fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos)?.chars().next_back()
}

/// Whether `word` (never empty) is written at byte `pos` of `text`. Compared byte by byte: the
/// words are a few characters long and most differ in their first bytes, where a call to memcmp
/// would cost more than the comparison.
fn starts(text: &str, pos: usize, word: &str) -> bool {
    let word = word.as_bytes();
    text.as_bytes()
        .get(pos..)
        .is_some_and(|t| t.len() >= word.len() && t.iter().zip(word).all(|(a, b)| a == b))
}

/// The longest table entry at `pos`, with its end.
fn table_at<T: Copy>(text: &str, pos: usize, table: &[(&str, T)]) -> Option<(T, usize)> {
    table
        .iter()
        .filter(|(w, _)| starts(text, pos, w))
        .max_by_key(|(w, _)| w.len())
        .map(|(w, v)| (*v, pos + w.len()))
}

fn word_at(text: &str, pos: usize, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .filter(|w| starts(text, pos, w))
        .map(|w| pos + w.len())
        .max()
}

fn ascii_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

fn is_digit(c: char) -> bool {
    ascii_digit(c).is_some()
}

/// A Chinese digit written digit by digit (二〇二二).
fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '○' | '零' | 'Ｏ' | 'O' | 'o' | '０' => 0,
        '一' | '壹' => 1,
        '二' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn is_cn_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '○'
            | '零'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '两'
            | '百'
            | '千'
            | '廿'
            | '卅'
    )
}

/// A run of at most `max` digits at `pos`, read by `digit` (given the character and how many came
/// before it): value, digit count, end; `None` when the run is longer.
fn digit_run(
    text: &str,
    pos: usize,
    max: usize,
    digit: impl Fn(char, usize) -> Option<u32>,
) -> Option<(u32, usize, usize)> {
    let mut v: u32 = 0;
    let mut n = 0;
    let mut end = pos;
    for c in text.get(pos..)?.chars() {
        let Some(d) = digit(c, n) else { break };
        n += 1;
        if n > max {
            return None;
        }
        v = v * 10 + d;
        end += c.len_utf8();
    }
    (n > 0).then_some((v, n, end))
}

/// A run of Arabic digits read by [`read_digits`]: its value, number of digits and end.
type DigitRun = (u32, usize, usize);

/// Arabic digits at `pos` (at most 8, ASCII or fullwidth): value, digit count, end. Read byte by
/// byte (a digit's first byte is never inside another character): every numeral the scan meets
/// asks for them, often more than once.
fn read_digits(text: &str, pos: usize) -> Option<(u32, usize, usize)> {
    let bytes = text.as_bytes();
    let mut v: u32 = 0;
    let mut n = 0;
    let mut end = pos;
    while let Some((d, len)) = super::number::arabic_digit_at(bytes, end) {
        n += 1;
        if n > 8 {
            return None;
        }
        v = v * 10 + u32::from(d);
        end += len;
    }
    (n > 0).then_some((v, n, end))
}

/// Chinese digits written one by one (二〇二二, 九七): value, count, end. The letter O counts
/// only inside a run that started with a Chinese digit.
fn read_cn_digits(text: &str, pos: usize) -> Option<(u32, usize, usize)> {
    digit_run(text, pos, 4, |c, n| {
        if n == 0 && matches!(c, 'O' | 'o' | '０') {
            None
        } else {
            cn_digit(c)
        }
    })
}

/// A small Chinese number (一 … 九十九; 廿, 卅): value and end.
fn read_cn_small(text: &str, pos: usize) -> Option<(u32, usize)> {
    let rest = text.get(pos..)?;
    let mut it = rest.char_indices().peekable();
    let unit = |c: char| match c {
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    };
    let (_, c0) = it.next()?;
    let (mut v, mut end) = match c0 {
        '十' => (10, c0.len_utf8()),
        '廿' => (20, c0.len_utf8()),
        '卅' => (30, c0.len_utf8()),
        _ => {
            let d = unit(c0)?;
            match it.peek() {
                Some(&(i, '十')) => {
                    it.next();
                    (d * 10, i + '十'.len_utf8())
                }
                _ => return Some((d, pos + c0.len_utf8())),
            }
        }
    };
    if let Some(&(i, c)) = it.peek() {
        if let Some(d) = unit(c) {
            v += d;
            end = i + c.len_utf8();
        }
    }
    Some((v, pos + end))
}

/// A small number in Arabic (one or two digits) or Chinese: value and end.
fn read_small(text: &str, pos: usize) -> Option<(u32, usize)> {
    small_of(read_digits(text, pos), text, pos)
}

/// [`read_small`] from `digits`, the run of Arabic digits at `pos` ([`read_digits`]).
fn small_of(digits: Option<DigitRun>, text: &str, pos: usize) -> Option<(u32, usize)> {
    match digits {
        Some((v, n, end)) if n <= 2 => Some((v, end)),
        Some(_) => None,
        None => read_cn_small(text, pos),
    }
}

/// A two-digit year: the one in the century of `now` unless that is more than twenty years ahead
/// (reports plan up to about fifteen years out: in 2021, 35 → 2035, 58 → 1958; in 1973, 90 →
/// 1990); without `now`, 07 → 2007, 98 → 1998.
fn two_digit_year(v: u32, now: Option<i32>) -> i32 {
    let v = v as i32;
    match now {
        Some(now) => {
            let y = now.div_euclid(100) * 100 + v;
            if y > now + 20 {
                y - 100
            } else {
                y
            }
        }
        None if v < 50 => 2000 + v,
        None => 1900 + v,
    }
}

/// Whether two digits read as a rough number (三四, 五六, 三五): neighbours, or the set phrase 三五.
fn is_rough_pair(v: u32) -> bool {
    v / 10 + 1 == v % 10 || v == 35
}

/// The end of a run of Chinese numeral characters (两千零四).
fn cn_number_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?;
    let len: usize = rest
        .chars()
        .take_while(|&c| is_cn_numeral(c) && !matches!(c, '廿' | '卅'))
        .map(char::len_utf8)
        .sum();
    (len > 0).then_some(pos + len)
}

/// A count of days or months (5, 20, 两, 十七): up to three Arabic digits or a small Chinese
/// number.
fn read_count(text: &str, pos: usize) -> Option<(u32, usize)> {
    match read_digits(text, pos) {
        Some((v, n, end)) if n <= 3 => Some((v, end)),
        Some(_) => None,
        None => read_cn_small(text, pos),
    }
}

/// A range connector (-, —, ~, 至, 到): its end.
fn connector(text: &str, pos: usize) -> Option<usize> {
    let pos = skip_spaces(text, pos);
    let mut end = pos;
    for (i, c) in text.get(pos..)?.char_indices() {
        match c {
            _ if i < 6 && RANGE_DASHES.contains(&c) => end = pos + i + c.len_utf8(),
            '至' | '到' if end == pos => return Some(skip_spaces(text, pos + i + c.len_utf8())),
            // 自2020-05-26起至2020-05-29止.
            '起' if end == pos => {
                return word_at(text, pos + i + c.len_utf8(), &["至", "到"]);
            }
            _ => break,
        }
    }
    (end > pos).then_some(skip_spaces(text, end))
}

fn skip_spaces(text: &str, mut pos: usize) -> usize {
    while char_at(text, pos) == Some(' ') {
        pos += 1;
    }
    pos
}

// ---------------------------------------------------------------------------------------------
// The scanner
// ---------------------------------------------------------------------------------------------

/// How precise a point is, for ranges (the second end inherits what it omits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Year,
    Part,
    Month,
    Day,
}

/// One date expression read at a position.
#[derive(Debug, Clone, Copy)]
struct Point {
    end: usize,
    val: Val,
    level: Level,
    /// A 4-digit number without 年 (2021 in 2021-2025年, 2022 in 2022医学前沿论坛).
    bare: bool,
    /// The year this point sets for partial dates later in the sentence.
    year: Option<i32>,
}

fn pt(end: usize, val: Val, level: Level) -> Point {
    Point {
        end,
        val,
        level,
        bare: false,
        year: None,
    }
}

struct Scanner<'t> {
    text: &'t str,
    ctx: DateContext,
    /// The year of the current sentence, for partial dates (2022年…，7月20日).
    sentence_year: Option<i32>,
    /// The run of Arabic digits last read ([`Scanner::digits`]) and where: the readers an
    /// expression tries one after the other ask for the run at its start up to seven times.
    digits_read: Cell<(usize, Option<DigitRun>)>,
}

/// Finds the dates in `text`, with `year` as the report year, the year of writing and the year
/// looked back on (see [`find_with`] to set them apart).
///
/// ```
/// let found = zhreport::recognize::date::find("2022年7月20日揭牌，2021-2025年规划，“十四五”时期。", None);
/// let got: Vec<_> = found.iter().map(|d| (d.text.as_str(), d.start.as_str(), d.end.as_str())).collect();
/// assert_eq!(got, [
///     ("2022年7月20日", "2022-07-20", "2022-07-20"),
///     ("2021-2025年", "2021-01-01", "2025-12-31"),
///     ("十四五", "2021-01-01", "2025-12-31"),
/// ]);
/// ```
pub fn find(text: &str, year: Option<i32>) -> Vec<DateMention> {
    find_with(text, &DateContext::year(year))
}

/// Finds the dates in `text`, resolving partial and relative forms against `ctx`.
///
/// ```
/// use zhreport::recognize::date::{find_with, DateContext};
/// let ctx = DateContext { year: Some(2014), now: Some(2015), reviewed: Some(2014), ..Default::default() };
/// let found = find_with("2010年以来，去年，十年前。1-9月，比上年增长5%。", &ctx);
/// let got: Vec<_> = found.iter().map(|d| (d.text.as_str(), d.start.as_str(), d.end.as_str())).collect();
/// assert_eq!(got, [
///     ("2010年以来", "2010-01-01", "2014-12-31"),
///     ("去年", "2014-01-01", "2014-12-31"),
///     ("十年前", "2005-01-01", "2005-12-31"),
///     ("1-9月", "2015-01-01", "2015-09-30"),
/// ]);
/// ```
pub fn find_with(text: &str, ctx: &DateContext) -> Vec<DateMention> {
    let mut marks = super::marks::Marks::default();
    super::marks::find(text, &mut marks);
    let mut found = Vec::new();
    find_marked(text, &marks.dates, ctx, &mut found);
    found
}

/// [`find_with`] over the date marks of `text` (from [`super::marks::find`], which marks the
/// numeral scan's characters in the same pass): a date starts only at a marked character. The
/// dates are appended to `out` (one list for every block: no list per block).
pub(crate) fn find_marked(
    text: &str,
    marks: &[Mark],
    ctx: &DateContext,
    out: &mut Vec<DateMention>,
) {
    let mut sc = Scanner::new(text, *ctx);
    let rolling = ctx.today.is_some();
    let mut pos = 0;
    let mut marks = marks.iter();
    while let Some(Start { at, len }) = next_start(text, &mut marks, pos, rolling) {
        // The year of a sentence does not carry past its end. Sentence ends are not marked
        // (they are common and most sentences set no year): the text since the last date or
        // start is searched for one only while a year is set.
        if sc.sentence_year.is_some() && text.as_bytes().get(pos..at).is_some_and(ends_sentence) {
            sc.sentence_year = None;
        }
        pos = at;
        if let Some(p) = sc.expression(pos) {
            if let Some(y) = p.year {
                sc.sentence_year = Some(y);
            }
            let (start, end) = Ymd::iso_pair(p.val.start, p.val.end);
            out.push(DateMention {
                text: text[pos..p.end].into(),
                span: Span::bytes(pos, p.end),
                start,
                end,
                granularity: p.val.gran,
                section: None,
            });
            pos = p.end;
            continue;
        }
        pos += len;
    }
}

/// Whether `bytes` (UTF-8 text) hold one of the [`SENTENCE_ENDS`], read byte by byte: an ASCII
/// end, or the last byte of a three-byte end (。, ！, ？, ；) after its first two. One table
/// lookup per byte tells the few bytes that may be either.
fn ends_sentence(bytes: &[u8]) -> bool {
    /// Per byte: an ASCII end (1), the last byte of 。 (E3 80 82: 2), of ！, ？ or ； (EF BC 81,
    /// EF BC 9F, EF BC 9B: 3), or nothing (0).
    const LAST_BYTES: [u8; 256] = {
        let mut t = [0u8; 256];
        t[b'\n' as usize] = 1;
        t[b'\r' as usize] = 1;
        t[b'!' as usize] = 1;
        t[b'?' as usize] = 1;
        t[b';' as usize] = 1;
        t[0x82] = 2;
        t[0x81] = 3;
        t[0x9F] = 3;
        t[0x9B] = 3;
        t
    };
    for (k, &b) in bytes.iter().enumerate() {
        let kind = LAST_BYTES[usize::from(b)];
        if kind != 0 {
            let first_two = match kind {
                1 => return true,
                2 => [0xE3, 0x80],
                _ => [0xEF, 0xBC],
            };
            if k >= 2 && bytes[k - 2..k] == first_two {
                return true;
            }
        }
    }
    false
}

/// The first characters of a set of words: one lookup tells that no word of the set starts at a
/// position, before the words are compared.
fn first_chars<'a>(words: impl IntoIterator<Item = &'a str>) -> CharSet {
    CharSet::new(words.into_iter().filter_map(|w| w.chars().next()))
}

/// Whether a word whose first characters are `firsts` may start at `pos`.
fn may_start(firsts: &CharSet, text: &str, pos: usize) -> bool {
    char_at(text, pos).is_some_and(|c| firsts.contains(c))
}

/// The holiday names (`holiday`).
fn holiday_words() -> impl Iterator<Item = &'static str> {
    FIXED_HOLIDAYS
        .iter()
        .map(|e| e.0)
        .chain(WEEKDAY_HOLIDAYS.iter().map(|e| e.0))
        .chain(HOLIDAY_SOLAR_TERMS.iter().copied())
}

/// The lunar holidays (`lunar_holiday`).
fn lunar_holiday_words() -> impl Iterator<Item = &'static str> {
    LUNAR_HOLIDAYS
        .iter()
        .map(|e| e.0)
        .chain([LUNAR_NEW_YEAR_DAYS])
}

/// The parts of a year written as words (`year_part`, before quarters).
fn year_part_words() -> impl Iterator<Item = &'static str> {
    [YEAR_PARTS, YEAR_SUFFIX_PARTS, YEAR_END_CHARS, SEASON_CHARS]
        .into_iter()
        .flatten()
        .map(|e| e.0)
}

/// The first characters of the holiday names (`holiday`).
static HOLIDAY_FIRSTS: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| first_chars(holiday_words()));

/// The first characters of the lunar holidays (`lunar_holiday`).
static LUNAR_HOLIDAY_FIRSTS: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| first_chars(lunar_holiday_words()));

/// The first characters of the solar terms (`solar_term`).
static SOLAR_TERM_FIRSTS: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| first_chars(SOLAR_TERMS.iter().map(|e| e.0)));

/// The first characters of the parts of a year written as words (`year_part`, before quarters).
static YEAR_PART_FIRSTS: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| first_chars(year_part_words()));

/// The first characters of the reigns (`year_at`, [`keyword_leads_nowhere`]).
static ERA_FIRSTS: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| first_chars(ERAS.iter().map(|e| e.0)));

/// The first characters of the words [`Scanner::year_rest`] compares literally (前, 后, 最后,
/// 首月, 第, 本月, 这个月, 当月), and those of `lunar_month_day` (闰) and `quarter` (Q, q, 首季度).
const YEAR_REST_WORD_FIRSTS: &str = "前后最首第本这当闰Qq";

/// The first characters of what may follow a year ([`Scanner::year_rest`]: a holiday, a lunar
/// date, a solar term, the first or last months, a month, a part of the year): after any other
/// character (2022年，, 2022年我市) nothing does, and the readers are not asked.
static YEAR_REST_FIRSTS: once_cell::sync::Lazy<CharSet> = once_cell::sync::Lazy::new(|| {
    let words = holiday_words()
        .chain(lunar_holiday_words())
        .chain(SOLAR_TERMS.iter().map(|e| e.0))
        .chain(year_part_words())
        .chain(LUNAR_MARKERS.iter().copied())
        .chain(LUNAR_MONTH_NAMES.iter().map(|e| e.0));
    first_chars(words).with(YEAR_REST_WORD_FIRSTS.chars().chain(NUMERAL_CHARS.chars()))
});

/// The dashes of a range (2021-2025年, 1～9月), which [`connector`] takes up to the sixth byte.
const RANGE_DASHES: &[char] = &['-', '－', '—', '–', '~', '～', '―'];

/// The first characters of what may follow a point in an expression: spaces, a range connector
/// ([`RANGE_DASHES`], 至, 到, 起), an open end ([`RELATIONS`]) or 以来 / 至今. Most points (2022年，,
/// 今年我市) are followed by none.
static POINT_TAIL_FIRSTS: once_cell::sync::Lazy<CharSet> = once_cell::sync::Lazy::new(|| {
    CharSet::new(
        RANGE_DASHES
            .iter()
            .copied()
            .chain([' ', '至', '到', '起', '以'])
            .chain(RELATIONS.iter().filter_map(|e| e.0.chars().next())),
    )
});

/// A position where a date may start, found by [`next_start`].
struct Start {
    /// Its byte offset.
    at: usize,
    /// The length of its character in bytes.
    len: usize,
}

/// The first position at or after `pos` where a date may start, going on through `marks` (the
/// date marks, in order): numerals and the first characters of keywords (those the marks pass
/// kept, [`StartTables::may_start`]) are tested by [`could_start`].
fn next_start(
    text: &str,
    marks: &mut std::slice::Iter<'_, Mark>,
    pos: usize,
    rolling: bool,
) -> Option<Start> {
    loop {
        let mark = marks.next()?;
        if mark.at < pos {
            continue;
        }
        let class = mark.date_class();
        let (at, code, len) = (mark.at, mark.code, mark.len());
        // The marks pass kept only the marks that pass `StartTables::may_start` (no digit right after a
        // digit, so none inside a number could_start said no to).
        if could_start(text, at, code, class, rolling) {
            return Some(Start { at, len });
        }
    }
}

/// Whether an Arabic digit (ASCII or fullwidth) ends right before `pos`.
fn digit_before(bytes: &[u8], pos: usize) -> bool {
    matches!(
        bytes.get(..pos),
        Some([.., b'0'..=b'9'] | [.., 0xEF, 0xBC, 0x90..=0x99])
    )
}

/// The code point of a three-byte character (U+0800 to U+FFFF, all of Han).
fn code3(b0: u8, b1: u8, b2: u8) -> u32 {
    (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F)
}

/// The code point of the character starting at byte `pos` of valid UTF-8 and its length, decoded
/// by hand: the scan looks at every character, and this is its whole cost for most of them.
pub(crate) fn decode(bytes: &[u8], pos: usize) -> Option<(u32, usize)> {
    let cont = |b: u8| u32::from(b & 0x3F);
    match *bytes.get(pos)? {
        b0 @ 0..=0x7F => Some((u32::from(b0), 1)),
        b0 @ 0xE0..=0xEF => match *bytes.get(pos + 1..pos + 3)? {
            [b1, b2] => Some((code3(b0, b1, b2), 3)),
            _ => None,
        },
        b0 @ 0..=0xDF => Some(((u32::from(b0 & 0x1F) << 6) | cont(*bytes.get(pos + 1)?), 2)),
        b0 => match *bytes.get(pos + 1..pos + 4)? {
            [b1, b2, b3] => Some((
                (u32::from(b0 & 0x07) << 18) | (cont(b1) << 12) | (cont(b2) << 6) | cont(b3),
                4,
            )),
            _ => None,
        },
    }
}

/// The first two characters of every keyword that can start a date (年初, 过去, 国庆节, 康熙 …),
/// hashed into a 64K-bit table, so the scan tests each character in constant time and calls the
/// readers only where a date can start.
static START_PAIRS: once_cell::sync::Lazy<Box<[u64; 1024]>> = once_cell::sync::Lazy::new(|| {
    let mut bits = Box::new([0u64; 1024]);
    let mut add = |a: char, b: char| {
        let h = pair_hash(u32::from(a), u32::from(b));
        bits[h / 64] |= 1 << (h % 64);
    };
    for w in start_words() {
        let mut it = w.chars();
        if let (Some(a), Some(b)) = (it.next(), it.next()) {
            add(a, b);
        }
    }
    // 上2个月, 后1年: with a reference day a count after these starts a date (`could_start`).
    for a in ROLLING_PREFIXES.iter().copied() {
        for b in NUMERAL_CHARS.chars().chain(['百', '千']) {
            add(a, b);
        }
    }
    for a in COUNT_PREFIXES.iter().copied() {
        for b in NUMERAL_CHARS
            .chars()
            .chain(COUNT_PREFIX_NEXT.iter().copied())
        {
            add(a, b);
        }
    }
    bits
});

/// The words (of two characters or more) a date can start with: a pair that passes `START_PAIRS`
/// is a date start only when one of them follows (劳动 starts 劳动节, 劳动力 nothing).
static START_WORDS: once_cell::sync::Lazy<Words> =
    once_cell::sync::Lazy::new(|| Words::new(start_words().filter(|w| w.chars().nth(1).is_some())));

/// The tables [`StartTables::may_start`] reads, taken once per block by the marks pass rather
/// than at each character.
#[derive(Clone, Copy)]
pub(crate) struct StartTables {
    pairs: &'static [u64; 1024],
    cn_goes_on: &'static CharSet,
    numerals: &'static CharSet,
}

impl StartTables {
    /// The tables.
    pub(crate) fn get() -> StartTables {
        StartTables {
            pairs: &START_PAIRS,
            cn_goes_on: &CN_NUMERAL_GOES_ON,
            numerals: &NUMERALS_BEFORE,
        }
    }

    /// Whether a date may start at byte `at` of `bytes` (UTF-8), where the character `code`
    /// (`len` bytes) of date class `class` is, judged from the characters next to it: the first
    /// character of a keyword only when the pair it makes with the next character may start a
    /// date (`START_PAIRS`, a filter: a few other pairs pass), an Arabic numeral not right after
    /// a digit and whose run may be a date ([`arabic_run`]), a Chinese one not right after
    /// another numeral and before a character a date's numeral goes on with
    /// ([`CN_NUMERAL_GOES_ON`]). [`could_start`] says no wherever this does; the marks pass
    /// ([`super::marks`]) asks it at each such character (of a digit, [`arabic_run`] alone) and
    /// marks only those that pass, most of them do not (国家, 中国, 一是, 12.5%).
    #[inline(always)]
    pub(crate) fn may_start(
        self,
        bytes: &[u8],
        at: usize,
        code: u32,
        len: usize,
        class: u8,
    ) -> bool {
        let next = || decode(bytes, at + len).map(|(next, _)| next);
        if class == CLASS_WORD {
            return next().is_some_and(|next| {
                let h = pair_hash(code, next);
                self.pairs[h / 64] & (1 << (h % 64)) != 0
            });
        }
        if class != CLASS_NUMERAL {
            return true;
        }
        // An Arabic digit, ASCII or fullwidth.
        if code.wrapping_sub(u32::from(b'0')) < 10 || code.wrapping_sub(0xFF10) < 10 {
            return !digit_before(bytes, at) && arabic_run(bytes, at).1;
        }
        // The character before: an ASCII digit, or a three-byte numeral (a lead byte three
        // bytes back starts the character that ends at `at`).
        let numeral_before = match bytes.get(..at) {
            Some([.., b]) if b.is_ascii() => b.is_ascii_digit(),
            Some([.., b0 @ 0xE0..=0xEF, b1, b2]) => {
                self.numerals.contains_code(code3(*b0, *b1, *b2))
            }
            _ => false,
        };
        !numeral_before && next().is_some_and(|next| self.cn_goes_on.contains_code(next))
    }
}

/// [`StartTables::may_start`] for the character at byte `at` of `text`.
#[cfg(test)]
pub(crate) fn mark_may_start(text: &str, at: usize, code: u32, len: usize, class: u8) -> bool {
    StartTables::get().may_start(text.as_bytes(), at, code, len, class)
}

/// The numerals a Chinese numeral that starts a date does not follow ([`is_cn_numeral`] and
/// [`is_digit`], as a test checks).
static NUMERALS_BEFORE: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| CharSet::new(NUMERAL_CHARS.chars().chain(['百', '千'])));

/// What may follow the first character of a run of Chinese numerals that starts a date (the
/// rest of the run, [`CN_NUMERALS_NEXT`], the first characters of [`HOLIDAY_SEASON_WORDS`]):
/// after any other character [`cn_numerals_going_on`] finds a run of one numeral that goes on
/// with nothing.
static CN_NUMERAL_GOES_ON: once_cell::sync::Lazy<CharSet> = once_cell::sync::Lazy::new(|| {
    CharSet::new(
        CN_RUN_CHARS
            .chars()
            .chain(CN_NUMERALS_NEXT.iter().copied())
            .chain(HOLIDAY_SEASON_WORDS.iter().filter_map(|w| w.chars().next())),
    )
});

/// The characters of a run of Chinese numerals ([`is_cn_numeral`] or [`cn_digit`], as a test
/// checks).
const CN_RUN_CHARS: &str = "〇○零一二三四五六七八九十两百千廿卅壹贰叁肆伍陆柒捌玖ＯOo０";

/// Characters before a count that start a date when a reference day is known (上2个月, 后1年,
/// 下3天).
const ROLLING_PREFIXES: &[char] = &['上', '后', '下'];

/// Words before a count (近三年, 前三季度, 第一季度, Q1, 闰四月, 过两天): any numeral may follow them.
const COUNT_PREFIXES: &[char] = &['近', '前', '第', 'Q', 'q', '闰', '过'];

/// What must follow the numerals after a count prefix, without a reference day, for a reader to
/// take them: 近三年 and 近 三 年 (a span of years), 前三季度 and 前两个季度, 第一季度, 闰四月; 过两天
/// only with a reference day. After Q (Q1) anything may.
const COUNT_PREFIX_FOLLOWERS: &[(char, &str)] = &[
    ('近', "年 "),
    ('前', "季个"),
    ('第', "季"),
    ('闰', "月"),
    ('过', ""),
];

/// What else may follow a count prefix (闰正月, 近 三 年).
const COUNT_PREFIX_NEXT: &[char] = &['正', '冬', '腊', ' '];

/// The first two characters of every word of two characters or more a date can start with
/// (the pairs of `START_PAIRS` other than those of the count and rolling prefixes).
pub(crate) fn start_word_pairs() -> impl Iterator<Item = (char, char)> {
    start_words().filter_map(|w| {
        let mut it = w.chars();
        Some((it.next()?, it.next()?))
    })
}

/// Whether `START_PAIRS` holds pairs of `c` other than those of words: a count or rolling
/// prefix before a numeral (近三年, 上2个月).
#[cfg(test)]
pub(crate) fn has_count_pairs(c: char) -> bool {
    ROLLING_PREFIXES.contains(&c) || COUNT_PREFIXES.contains(&c)
}

/// Every keyword and the other words a date can start with.
fn start_words() -> impl Iterator<Item = &'static str> {
    keywords().chain(["新一年", "上个世纪", "上半月", "下半月", "过半"])
}

/// Every keyword a date can start with (年初, 过去, 国庆节, 康熙, 农历, 腊月 …).
fn keywords() -> impl Iterator<Item = &'static str> {
    RELATIVE_YEARS
        .iter()
        .map(|e| e.0)
        .chain(RELATIVE_DAYS.iter().map(|e| e.0))
        .chain(RELATIVE_MONTHS.iter().map(|e| e.0))
        .chain(RELATIVE_QUARTERS.iter().map(|e| e.0))
        .chain(RELATIVE_YEARS_YI.iter().map(|e| e.0))
        .chain(FIXED_HOLIDAYS.iter().map(|e| e.0))
        .chain(WEEKDAY_HOLIDAYS.iter().map(|e| e.0))
        .chain(LUNAR_HOLIDAYS.iter().map(|e| e.0))
        .chain(ERAS.iter().map(|e| e.0))
        .chain(YEAR_PARTS.iter().map(|e| e.0))
        .chain(LOOK_BACK_PREFIXES.iter().copied())
        .chain(LOOK_AHEAD_PREFIXES.iter().copied())
        .chain(LUNAR_MARKERS.iter().copied())
        .chain(SOLAR_TERMS.iter().map(|e| e.0))
        .chain(RELATIVE_HALVES.iter().map(|e| e.0))
        .chain(VAGUE_PAST.iter().map(|e| e.0))
        .chain([
            "新的一年",
            "上世纪",
            "本世纪",
            "这个世纪",
            "未来",
            "首季度",
            "清明",
            "正月",
            "冬月",
            "腊月",
            LUNAR_NEW_YEAR_DAYS,
            "半年",
            "半个",
            "半月",
        ])
}

pub(crate) const CLASS_NONE: u8 = 0;
pub(crate) const CLASS_NUMERAL: u8 = 1;
pub(crate) const CLASS_WORD: u8 = 2;

/// The date class of the character with code point `code` (`CLASS_NONE` beyond the plane).
#[cfg(test)]
pub(crate) fn class_of(code: u32) -> u8 {
    CHAR_CLASS.get(code as usize).copied().unwrap_or(CLASS_NONE)
}

/// [`CHAR_CLASS`], for the pass that marks the characters of a block ([`super::marks`]).
pub(crate) fn classes() -> &'static [u8; 65_536] {
    &CHAR_CLASS
}

/// The class of every character of the Basic Multilingual Plane: nothing, a numeral or the first
/// character of a keyword; one table lookup per character.
static CHAR_CLASS: once_cell::sync::Lazy<Box<[u8; 65_536]>> = once_cell::sync::Lazy::new(|| {
    let mut t = Box::new([CLASS_NONE; 65_536]);
    let words = keywords().chain(["近", "前", "第", "Q", "q", "上", "后", "下", "闰"]);
    for w in words {
        if let Some(c) = w.chars().next() {
            if (c as usize) < 65_536 {
                t[c as usize] = CLASS_WORD;
            }
        }
    }
    for c in NUMERAL_CHARS.chars() {
        t[c as usize] = CLASS_NUMERAL;
    }
    t
});

/// Whether a numeral at `pos` can start a date: a 4-digit number (a year before a name), or a
/// date character (年, 月, 日, 号, 世纪, 季度, 天, 节, separators) within the next few characters,
/// or 五 (十四五) right after it. Most numerals (一个, 进一步, 3.5%) fail here cheaply.
fn numeral_may_date(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let mut at = pos;
    // The length of the run of digits at `pos`, while it lasts.
    let mut digits = 0;
    let mut in_run = true;
    for i in 0..12 {
        let Some((code, len)) = decode(bytes, at) else {
            break;
        };
        if in_run && (code.wrapping_sub(u32::from('0')) < 10 || code.wrapping_sub(0xFF10) < 10) {
            digits += 1;
        } else {
            if in_run && (digits == 4 || digits == 8) {
                return true;
            }
            in_run = false;
        }
        if is_window_date_char(code) || (code == u32::from('五') && i < 3) {
            return true;
        }
        at += len;
    }
    in_run && (digits == 4 || digits == 8)
        || word_at(text, pos, &["十一"])
            .is_some_and(|e| word_at(text, e, HOLIDAY_SEASON_WORDS).is_some())
}

/// What may follow a run of Arabic digits in a date: 年, 月, 日, 号, 世纪, 季度, a length of
/// time (5天前, 3个月后, 20多天, 3半年), the separators of numeric dates and ranges (2022/7/20,
/// 6·30, 2021-2025, 1至9月) and spaces (2022 年). After any other character the digits are a plain
/// number (3.5%, 20万, 10个人) unless [`digits_may_date`] says otherwise.
const DIGITS_NEXT: &[char] = &[
    '年', '月', '日', '号', '世', '季', '天', '个', '多', '半', ' ', '-', '－', '—', '–', '~',
    '～', '―', '/', '／', '．', '·', '至', '到', '起',
];

/// [`DIGITS_NEXT`] as a set: asked after every run of digits.
static DIGITS_NEXT_SET: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| CharSet::new(DIGITS_NEXT.iter().copied()));

/// [`CN_NUMERALS_NEXT`] as a set: asked after every run of Chinese numerals.
static CN_NUMERALS_NEXT_SET: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| CharSet::new(CN_NUMERALS_NEXT.iter().copied()));

/// The first characters of [`HOLIDAY_SEASON_WORDS`].
static HOLIDAY_SEASON_FIRSTS: once_cell::sync::Lazy<CharSet> =
    once_cell::sync::Lazy::new(|| first_chars(HOLIDAY_SEASON_WORDS.iter().copied()));

/// The run of Arabic digits at `pos`, when it goes on as in a date: its length and the character
/// after it. It goes on with 8 digits (20240307); with 4 before one of [`DIGITS_NEXT`] or '.'
/// (2022.7.20, 2008.03-2009), or as a year standing alone ([`bare_year_ok`]); with fewer or more
/// before one of [`DIGITS_NEXT`]. A run longer than 8 digits is no date.
fn digits_going_on(text: &str, pos: usize) -> Option<(u32, usize, usize, Option<char>)> {
    let (v, n, end) = read_digits(text, pos)?;
    // Asked at every number the date scan meets: the next character is decoded from its bytes.
    let next_code = decode(text.as_bytes(), end).map(|(code, _)| code);
    let goes_on = digits_go_on(n, next_code)
        || n == 4 && (1900..=2100).contains(&v) && bare_year_ok(text, pos, end);
    goes_on.then_some((v, n, end, next_code.and_then(char::from_u32)))
}

/// Whether `n` Arabic digits before the character `next` (a code point) go on as in a date, a
/// year standing alone ([`bare_year_ok`]) left aside: 8 digits whatever follows, 4 before one
/// of [`DIGITS_NEXT`] or '.', up to 8 others before one of [`DIGITS_NEXT`].
fn digits_go_on(n: usize, next: Option<u32>) -> bool {
    let next_goes_on = next.is_some_and(|c| DIGITS_NEXT_SET.contains_code(c));
    match n {
        8 => true,
        4 => next_goes_on || next == Some(u32::from('.')),
        1..=7 => next_goes_on,
        _ => false,
    }
}

/// The run of Arabic digits (ASCII or fullwidth) that starts at byte `at` of `bytes` (UTF-8),
/// read whole: where it ends, and whether a date may start with it. [`digits_going_on`] says no
/// to every run this says no to (it asks [`bare_year_ok`] of a 4-digit year this lets through),
/// and most runs of a report are no date (12,5%, 300万, 2.5): the marks pass, which steps over
/// every run, asks this rather than have the date scan go to each.
pub(crate) fn arabic_run(bytes: &[u8], mut at: usize) -> (usize, bool) {
    let (mut v, mut n) = (0u32, 0usize);
    while let Some((d, len)) = super::number::arabic_digit_at(bytes, at) {
        n += 1;
        if n <= 8 {
            v = v * 10 + u32::from(d);
        }
        at += len;
    }
    let next = decode(bytes, at).map(|(code, _)| code);
    let may_date = digits_go_on(n, next) || n == 4 && (1900..=2100).contains(&v);
    (at, may_date)
}

/// What may follow a 4-digit year that the readers take (2022年, 2022 年, 2022-07-20, 2022/7/20,
/// 2021-2025, 2021至2025年, 2020起至…); after anything else (2000多, 2022个) only a year standing
/// alone ([`bare_year_ok`]) is a date. A point is asked about apart ([`point_goes_on`]).
const YEAR_DIGITS_NEXT: &[char] = &[
    '年', ' ', '-', '－', '—', '–', '~', '～', '―', '/', '／', '至', '到', '起',
];

/// What, after a count of at most three digits, makes a length of time or a day only the
/// reference day resolves (5天前, 3个月后, 20多天, 12号): without one it is no date.
const DAY_COUNT_NEXT: &[char] = &['个', '多', '半', '天', '日', '号'];

/// What may follow the digits after a point in a date: the next separator of a numeric date
/// (2022.7.20, ３．７．２０１７) or a range connector after a month written with a point
/// (1999.08-2002.02).
const AFTER_POINT_NEXT: &[char] = &[
    '.', '．', '-', '－', '/', '／', ' ', '—', '–', '~', '～', '―', '至', '到', '起',
];

/// Whether a date may go on at `pos`, right after a run of digits and a point: only with one or
/// two digits and one of [`AFTER_POINT_NEXT`]; 2019.5亿, ３．５％ and 2019.txt are no dates.
fn point_goes_on(text: &str, pos: usize) -> bool {
    read_digits(text, pos).is_some_and(|(_, n, end)| {
        n <= 2 && char_at(text, end).is_some_and(|c| AFTER_POINT_NEXT.contains(&c))
    })
}

/// Whether the run of Arabic digits at `pos` can start a date: it goes on as in a date
/// ([`digits_going_on`]) and has 8 digits, or 4 before what a year goes on with
/// ([`YEAR_DIGITS_NEXT`], [`bare_year_ok`]), or a date character right after it (7月, 6·30) or
/// soon after ([`numeral_may_date`]: 3个月前, 1至9月); a count before a length of time or a day
/// ([`DAY_COUNT_NEXT`]) only with a reference day (`rolling`). The readers take a point after
/// digits only in a numeric date or a range of months ([`point_goes_on`]).
fn digits_may_date(text: &str, pos: usize, rolling: bool) -> bool {
    let Some((v, n, end, next)) = digits_going_on(text, pos) else {
        return false;
    };
    match (n, next) {
        (8, _) => true,
        (_, Some(point @ ('.' | '．'))) => point_goes_on(text, end + point.len_utf8()),
        (4, _) => {
            next.is_some_and(|c| YEAR_DIGITS_NEXT.contains(&c))
                || (1900..=2100).contains(&v) && bare_year_ok(text, pos, end)
        }
        (1 | 2, Some('年')) if !rolling => years_may_date(text, end + '年'.len_utf8(), n, v),
        (_, Some(c)) if !rolling && DAY_COUNT_NEXT.contains(&c) => false,
        _ => next.is_some_and(|c| is_window_date_char(u32::from(c))) || numeral_may_date(text, pos),
    }
}

/// Whether one or two digits (`n`, of value `v`) and 年 before `after` may be a date without a
/// reference day: one digit only as a count of years before 前, 后 or 代 (5年前, 0年代; 连续5年 is a
/// length); two digits also as a year with a leading zero (08年), before a part of a year or an
/// open end (19年底, 07年以后, [`YEAR_REST_FIRSTS`], [`POINT_TAIL_FIRSTS`]) or as a clause of its
/// own (24年，…), not before another word (30年试点, 11年全国第一).
fn years_may_date(text: &str, after: usize, n: usize, v: u32) -> bool {
    let next = char_at(text, after);
    if n == 1 {
        return next.is_some_and(|c| LONE_NUMERAL_YEARS_NEXT.contains(&c));
    }
    v < 10
        || next.is_none_or(|c| {
            YEAR_REST_FIRSTS.contains(c)
                || POINT_TAIL_FIRSTS.contains(c)
                || CLAUSE_EDGES.contains(&c)
                || c == '代'
        })
}

/// Whether the 4-digit number from `start` to `end` may be a year without 年: standing alone (a
/// table cell, "2018 看起来是一个年份", "= 2019") or directly before a name (2022医学前沿论坛), not
/// a quantity (2000万, 超2000人).
fn bare_year_ok(text: &str, start: usize, end: usize) -> bool {
    let prev = char_before(text, start);
    let next = char_at(text, end);
    if prev.is_none_or(|p| p.is_whitespace() || matches!(p, '=' | '：' | ':'))
        && next.is_none_or(char::is_whitespace)
    {
        return true;
    }
    let Some(next) = next else {
        return false;
    };
    if !is_han(next) || BARE_YEAR_BAD_AFTER.contains(&next) || is_cn_numeral(next) {
        return false;
    }
    if crate::lexicon::MEASURE_WORDS
        .iter()
        .any(|w| starts(text, end, w))
    {
        return false;
    }
    !prev.is_some_and(|p| BARE_YEAR_BAD_BEFORE.contains(&p))
}

/// What may follow a run of Chinese numerals in a date: 年, 月, 日, 号, 世纪, 季度, a length of
/// time (三天前, 两个月后, 十多天), 节 and 儿 of holidays (三八节, 六一儿童节), and the separators of
/// ranges (一至九月) and spaces.
const CN_NUMERALS_NEXT: &[char] = &[
    '年', '月', '日', '号', '世', '季', '天', '个', '多', '半', '节', '儿', ' ', '-', '－', '—',
    '–', '~', '～', '―', '至', '到', '起',
];

/// How the run of Chinese numerals at `pos` goes on: whether it is two or more numerals with 五
/// among the first three (十四五, 九五, 五一: a plan or a holiday whatever follows), and whether
/// one of [`CN_NUMERALS_NEXT`] or a word of the holiday season (十一期间) follows it. Most numerals
/// (一些, 进一步, 三是, 五项) are neither.
fn cn_numerals_going_on(text: &str, pos: usize) -> (bool, bool, Option<char>) {
    let mut at = pos;
    let mut n = 0;
    let mut wu = false;
    while let Some((code, len)) = decode(text.as_bytes(), at) {
        let c = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
        if !(is_cn_numeral(c) || cn_digit(c).is_some()) {
            break;
        }
        wu |= c == '五' && n < 3;
        at += len;
        n += 1;
    }
    let next = char_at(text, at);
    let goes_on = next.is_some_and(|c| CN_NUMERALS_NEXT_SET.contains_code(c as u32))
        || may_start(&HOLIDAY_SEASON_FIRSTS, text, at)
            && word_at(text, at, HOLIDAY_SEASON_WORDS).is_some();
    (wu && n > 1, goes_on, next)
}

/// Whether the run of Chinese numerals at `pos` can start a date: a plan ([`plan`]: not 十五个,
/// 九五”普法) or a holiday written with numerals (五一, 五四青年节), or one that goes on as in a date
/// with a date character soon after it ([`cn_numerals_going_on`], [`numeral_may_date`]); without
/// a reference day (`rolling`) not before one of [`DAY_COUNT_NEXT`] (五个, 十多年, 三号).
fn cn_numeral_may_date(text: &str, pos: usize, rolling: bool) -> bool {
    let (plan_or_holiday, goes_on, next) = cn_numerals_going_on(text, pos);
    let day_count = !rolling && next.is_some_and(|c| DAY_COUNT_NEXT.contains(&c));
    plan_or_holiday && (plan(text, pos).is_some() || numeral_holiday_at(text, pos))
        || goes_on && !day_count && numeral_may_date(text, pos)
}

/// Whether a holiday written with numerals (五一, 三八节, 五四青年节) starts at `pos`.
fn numeral_holiday_at(text: &str, pos: usize) -> bool {
    holiday_words()
        .filter(|w| w.starts_with(is_cn_numeral))
        .any(|w| starts(text, pos, w))
}

/// Whether the numeral at `pos` (after a count prefix: 第, 近, 前) goes on as in a date
/// ([`digits_going_on`], [`cn_numerals_going_on`]).
fn numeral_going_on(text: &str, pos: usize) -> bool {
    if char_at(text, pos).is_some_and(is_digit) {
        digits_going_on(text, pos).is_some()
    } else {
        let (plan_or_holiday, goes_on, _) = cn_numerals_going_on(text, pos);
        plan_or_holiday || goes_on
    }
}

/// The character after the run of numerals (Arabic or Chinese) at `pos`.
fn numeral_run_next(text: &str, pos: usize) -> Option<char> {
    if char_at(text, pos).is_some_and(is_digit) {
        read_digits(text, pos).and_then(|(_, _, end)| char_at(text, end))
    } else {
        cn_numerals_going_on(text, pos).2
    }
}

/// The characters whose presence near a numeral lets it start a date (年, 月, 日, 号, 世纪, 季度,
/// 天, 节, 儿童节, separators), by code point.
fn is_window_date_char(code: u32) -> bool {
    const YEAR: u32 = '年' as u32;
    const MONTH: u32 = '月' as u32;
    const DAY: u32 = '日' as u32;
    const HAO: u32 = '号' as u32;
    const SHI: u32 = '世' as u32;
    const JI: u32 = '季' as u32;
    const TIAN: u32 = '天' as u32;
    const JIE: u32 = '节' as u32;
    const ER: u32 = '儿' as u32;
    const WIDE_MINUS: u32 = '－' as u32;
    const MIDDLE_DOT: u32 = '·' as u32;
    const WIDE_DOT: u32 = '．' as u32;
    const WIDE_SLASH: u32 = '／' as u32;
    matches!(
        code,
        0x2E | 0x2F
            | 0x2D
            | YEAR
            | MONTH
            | DAY
            | HAO
            | SHI
            | JI
            | TIAN
            | JIE
            | ER
            | WIDE_MINUS
            | MIDDLE_DOT
            | WIDE_DOT
            | WIDE_SLASH
    )
}

/// Characters that start a numeral a date can be written with.
const NUMERAL_CHARS: &str = "0123456789０１２３４５６７８９〇○零一二两三四五六七八九十廿卅";

/// The slot of a pair of characters (code points) in `START_PAIRS`, below 65 536.
fn pair_hash(a: u32, b: u32) -> usize {
    ((a as usize)
        .wrapping_mul(31)
        .wrapping_add(b as usize)
        .wrapping_mul(0x9E37))
        >> 3
        & 0xFFFF
}

/// Whether the relative year from `pos` to `end` (a word of [`RELATIVE_YEARS`]) is a baseline
/// rather than a date: after a word of comparison or inside another word (比上年, 每年), before
/// 同期 / 同比 / 水平, or 上年 alone, which is a date only after a verb like 总结.
fn relative_year_is_baseline(text: &str, pos: usize, end: usize) -> bool {
    let prev = char_before(text, pos);
    prev.is_some_and(|p| RELATIVE_YEAR_BAD_BEFORE.contains(&p))
        || word_at(text, end, RELATIVE_YEAR_BAD_AFTER).is_some()
        || starts(text, pos, "上年") && !prev.is_some_and(|p| matches!(p, '结' | '顾'))
}

/// Whether the keyword at `pos` leads to no date whatever the readers make of it, told from the
/// next characters, when no reference day is known (the readers of forms relative to one say
/// nothing then): a relative year as a baseline ([`relative_year_is_baseline`]: 上年增长,
/// 去年同期), which no other reader starts with, a span word of `relative_span` (过去, 近,
/// 今后, 未来) not before a count of years (未来产业, 今后一个时期: without a reference day a span
/// is of years), and a reign not before a number or 元 (人民国防, 共同治理). Most keyword starts the date scan
/// meets in reports are these.
fn keyword_leads_nowhere(text: &str, pos: usize) -> bool {
    if let Some((_, end)) = table_at(text, pos, RELATIVE_YEARS) {
        return relative_year_is_baseline(text, pos, end);
    }
    if let Some(p) = word_at(text, pos, LOOK_BACK_PREFIXES) {
        let count = read_small(text, skip_spaces(text, p));
        return !count.is_some_and(|(_, e)| starts(text, skip_spaces(text, e), "年"));
    }
    if let Some(p) = word_at(text, pos, LOOK_AHEAD_PREFIXES) {
        return !read_small(text, p).is_some_and(|(_, e)| starts(text, e, "年"));
    }
    // 民国三年, 康熙元年; not 人民国防, 共同治理.
    if let Some((_, e)) = may_start(&ERA_FIRSTS, text, pos)
        .then(|| table_at(text, pos, ERAS))
        .flatten()
    {
        return !(starts(text, e, "元") || read_count(text, e).is_some());
    }
    false
}

/// What may follow 年 after one Chinese numeral for a reader to take it: 十年前 and 两年后
/// (counted from the year of writing), 十年代 (a decade); after 一 also 来 and 以 (一年来, 一年以来:
/// the reviewed year).
const LONE_NUMERAL_YEARS_NEXT: &[char] = &['前', '后', '代'];

/// Whether the Chinese numeral `c` at `pos` is a numeral alone before 年 that no reader takes
/// as a date without a reference day: a length of years (三年行动, 五年规划, 五年来, 一年多, 一年。),
/// the most frequent Chinese numeral before a date character in reports. A year needs two digits
/// at least (九八年, 二〇二二年).
fn lone_numeral_years(text: &str, pos: usize, c: char) -> bool {
    let after = pos + c.len_utf8();
    starts(text, after, "年")
        && !char_at(text, after + '年'.len_utf8()).is_some_and(|n| {
            LONE_NUMERAL_YEARS_NEXT.contains(&n) || c == '一' && matches!(n, '来' | '以')
        })
}

/// Whether a date can start at `pos`, where the character `code` of class `class` is: a numeral
/// that does not continue another and may start a date ([`digits_may_date`],
/// [`numeral_may_date`]), or the first two characters of a keyword. `rolling`: a reference day is
/// known, so 上2个月 / 后1年 count too.
fn could_start(text: &str, pos: usize, code: u32, class: u8, rolling: bool) -> bool {
    let c = char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER);
    if class == CLASS_NUMERAL {
        return if is_digit(c) {
            !digit_before(text.as_bytes(), pos) && digits_may_date(text, pos, rolling)
        } else {
            !char_before(text, pos).is_some_and(|p| is_cn_numeral(p) || is_digit(p))
                && (rolling || !lone_numeral_years(text, pos, c))
                && cn_numeral_may_date(text, pos, rolling)
        };
    }
    let Some(n) = decode(text.as_bytes(), pos + c.len_utf8()).and_then(|(n, _)| char::from_u32(n))
    else {
        return false;
    };
    if rolling && ROLLING_PREFIXES.contains(&c) && (is_digit(n) || is_cn_numeral(n)) {
        return true;
    }
    if !rolling && keyword_leads_nowhere(text, pos) {
        return false;
    }
    // The pair of `c` and `n` passed `START_PAIRS` in the marks pass (`StartTables::may_start`).
    let n_class = CHAR_CLASS.get(n as usize).copied().unwrap_or(CLASS_NONE);
    // 第一季度, 近三年, 闰四月, Q1 (which needs nothing after it).
    let at = pos + c.len_utf8();
    let followers = COUNT_PREFIX_FOLLOWERS.iter().find(|e| e.0 == c);
    let counted = COUNT_PREFIXES.contains(&c)
        && (n_class == CLASS_NUMERAL
            && match followers.filter(|_| !rolling) {
                Some(&(_, then)) => numeral_run_next(text, at).is_some_and(|x| then.contains(x)),
                None => c.is_ascii() || numeral_going_on(text, at),
            }
            || COUNT_PREFIX_NEXT.contains(&n));
    counted || text.get(pos..).is_some_and(|rest| START_WORDS.starts(rest))
}

impl<'t> Scanner<'t> {
    /// A scanner of `text` with no sentence year yet.
    fn new(text: &'t str, ctx: DateContext) -> Scanner<'t> {
        Scanner {
            text,
            ctx,
            sentence_year: None,
            digits_read: Cell::new((usize::MAX, None)),
        }
    }

    /// [`read_digits`] at `pos`, read once for consecutive asks at one position.
    fn digits(&self, pos: usize) -> Option<DigitRun> {
        let (at, run) = self.digits_read.get();
        if at == pos {
            return run;
        }
        let run = read_digits(self.text, pos);
        self.digits_read.set((pos, run));
        run
    }

    /// [`read_small`] at `pos`, its digits read through [`Scanner::digits`].
    fn small(&self, pos: usize) -> Option<(u32, usize)> {
        small_of(self.digits(pos), self.text, pos)
    }

    /// The reference day, when one is known.
    fn today(&self) -> Option<Ymd> {
        let (m, d) = self.ctx.today?;
        let y = self.ctx.now?;
        is_valid(y, m, d).then_some(Ymd::new(y, m, d))
    }

    /// A full expression at `pos`: a point, a range of points, a point with 以来, or a relative
    /// span or plan.
    // Out of line: the loop over the marks stays small (a third of the starts get here).
    #[inline(never)]
    fn expression(&self, pos: usize) -> Option<Point> {
        let text = self.text;
        let prev = char_before(text, pos);
        let c = char_at(text, pos)?;
        // Never start inside a number or a word written in Latin letters (20221, G2022, 4/5G).
        if is_digit(c)
            && prev.is_some_and(|p| {
                is_digit(p)
                    || p.is_ascii_alphabetic()
                    || matches!(p, '.' | '/' | '．' | '%' | '_' | '第')
            })
        {
            return None;
        }
        if (cn_digit(c).is_some() || is_cn_numeral(c))
            && prev
                .is_some_and(|p| is_cn_numeral(p) || is_digit(p) || matches!(p, '第' | '几' | '数'))
        {
            return None;
        }
        if let Some(p) = plan(text, pos)
            .or_else(|| self.relative_span(pos))
            .or_else(|| self.century(pos))
            .or_else(|| self.day_relative(pos))
            .or_else(|| self.dotted_months(pos))
        {
            return Some(p);
        }
        let p1 = self.point(pos, self.sentence_year)?;
        // Most points stand alone (2022年，, 今年我市): a range, an open end or 以来 is looked
        // for only after one of their first characters.
        let goes_on = may_start(&POINT_TAIL_FIRSTS, text, p1.end);
        if let Some(range) = goes_on.then(|| self.range_from(&p1)).flatten() {
            return Some(range);
        }
        if p1.bare && !bare_year_ok(text, pos, p1.end) {
            return None;
        }
        if goes_on {
            return self.open_or_since(p1);
        }
        Some(p1)
    }

    /// A range from point `p1` (2021-2025年, 2022年1月至9月): the second end inherits the year
    /// (and month) it leaves out.
    #[inline(never)]
    fn range_from(&self, p1: &Point) -> Option<Point> {
        let text = self.text;
        let cend = connector(text, p1.end)?;
        let p2 = self.range_end(cend, p1)?;
        // 起至 … needs its closing 止 (自2020-05-26起至2020-05-29止).
        let qi_without_zhi = starts(text, p1.end, "起") && !starts(text, p2.end, "止");
        if p2.val.end < p1.val.start || qi_without_zhi {
            return None;
        }
        let gran = if p1.level == Level::Year && p2.level == Level::Year {
            Granularity::MultiYear
        } else {
            Granularity::Range
        };
        let val = Val {
            start: p1.val.start,
            end: p2.val.end,
            gran,
        };
        Some(Point {
            end: word_at(text, p2.end, &["止"]).unwrap_or(p2.end),
            val,
            level: p2.level,
            bare: false,
            year: p2.year.or(p1.year),
        })
    }

    /// Point `p1` as an open range (2012年1月7日或之前, 2010-01-01之后, 2018年以前: from or up to
    /// a day or a period) or with 以来 / 至今 (2010年以来: from it to the end of the report year,
    /// none without one); else `p1` itself.
    #[inline(never)]
    fn open_or_since(&self, p1: Point) -> Option<Point> {
        let text = self.text;
        let closed = matches!(
            p1.val.gran,
            Granularity::Day | Granularity::Year | Granularity::Month
        );
        if closed && p1.val.start.y > OPEN_START.y && p1.val.end.y < OPEN_END.y {
            if let Some((kind, end)) = self.open_end(skip_spaces(text, p1.end)) {
                let Val {
                    start,
                    end: last,
                    gran,
                } = p1.val;
                let (start, last) = match kind {
                    Relation::Before => (OPEN_START, add_days(start, -1)),
                    Relation::Until => (OPEN_START, last),
                    Relation::After if gran != Granularity::Day => (add_days(last, 1), OPEN_END),
                    _ => (start, OPEN_END),
                };
                let val = Val {
                    start,
                    end: last,
                    gran: Granularity::Open,
                };
                return Some(Point { end, val, ..p1 });
            }
        }
        if let Some(end) = word_at(text, p1.end, &["以来", "至今"]) {
            let last = self.ctx.year.or(self.ctx.now)?;
            if last >= p1.val.start.y {
                let val = Val {
                    start: p1.val.start,
                    end: Ymd::new(last, 12, 31),
                    gran: Granularity::Range,
                };
                return Some(Point {
                    end,
                    val,
                    level: Level::Day,
                    bare: false,
                    year: p1.year,
                });
            }
        }
        Some(p1)
    }

    /// The second end of a range, inheriting the year and month of the first.
    fn range_end(&self, pos: usize, p1: &Point) -> Option<Point> {
        let year = p1.year.or(Some(p1.val.end.y));
        // 2014年11月到下个月9号: the second end may be relative to the reference day.
        let p2 = self.point(pos, year).or_else(|| self.day_relative(pos))?;
        if p2.bare {
            return None;
        }
        // 3月1日至5日: a day alone after a day.
        Some(p2)
    }

    /// A point: a year with its parts, a month, a day, a year part alone.
    fn point(&self, pos: usize, inherit: Option<i32>) -> Option<Point> {
        let text = self.text;
        if let Some(p) = self.numeric_date(pos) {
            return Some(p);
        }
        if let Some((y, end, nian, bare)) = self.year_at(pos) {
            if bare {
                let val = Val::year(y);
                return Some(Point {
                    end,
                    val,
                    level: Level::Year,
                    bare: true,
                    year: Some(y),
                });
            }
            let after = skip_spaces(text, end);
            let after = word_at(text, after, &["的"]).unwrap_or(after);
            let p = self.year_rest(after, y, nian).unwrap_or(Point {
                end,
                val: Val::year(y),
                level: Level::Year,
                bare: false,
                year: None,
            });
            return Some(Point { year: Some(y), ..p });
        }
        let year = inherit.or(self.ctx.now);
        if let Some(p) = year.and_then(|y| self.short_numeric(pos, y)) {
            return Some(p);
        }
        if let Some(p) = self.lunar(pos, year) {
            return Some(p);
        }
        if let Some(p) = self.month_part(pos, year, false) {
            return Some(p);
        }
        if let Some(p) = year.and_then(|y| self.holiday(pos, y)) {
            return Some(p);
        }
        // 芒种, 清明: a solar term alone is a date of the year of writing, in conversation (with a
        // reference day) only: in a report 雨水 is rainwater (雨水污水处理).
        if let Some(p) = year
            .filter(|_| self.ctx.today.is_some())
            .and_then(|y| self.solar_term(pos, y, true))
        {
            return Some(p);
        }
        // A year part alone (上半年, 年末, 前三季度): the sentence's year or the reviewed one.
        let prev = char_before(text, pos);
        if prev.is_some_and(|p| YEAR_PART_BAD_BEFORE.contains(&p) || is_digit(p))
            && starts(text, pos, "年")
        {
            return None;
        }
        self.year_part(
            pos,
            inherit.or(self.ctx.parts_year).or(self.ctx.reviewed)?,
            false,
        )
    }

    /// What follows year `y` at `after` (its end): a holiday, a lunar date, the first or last
    /// months, a month, a day, a part of the year (2022年国庆节, 2022年前十一个月, 2022年7月20日,
    /// 2022年上半年, 2014年末).
    fn year_rest(&self, after: usize, y: i32, nian: bool) -> Option<Point> {
        if !may_start(&YEAR_REST_FIRSTS, self.text, after) {
            return None;
        }
        self.read_year_rest(after, y, nian)
    }

    /// [`Scanner::year_rest`] after one of [`YEAR_REST_FIRSTS`].
    fn read_year_rest(&self, after: usize, y: i32, nian: bool) -> Option<Point> {
        let text = self.text;
        if let Some(p) = self
            .holiday(after, y)
            .or_else(|| self.lunar(after, Some(y)))
            .or_else(|| self.solar_term(after, y, false))
        {
            return Some(p);
        }
        // 2022年前十一个月, 2021年后三月, 2005年首月: the first or last months of the year.
        if let Some(p) = word_at(text, after, &["前", "后", "最后", "最後"]) {
            let p = skip_spaces(text, p);
            if let Some((n, e)) = self.small(p) {
                let e = skip_spaces(text, e);
                if let Some(e) = word_at(text, e, &["个月", "月"]).filter(|_| (1..=12).contains(&n))
                {
                    let (first, last) = if starts(text, after, "前") {
                        (1, n)
                    } else {
                        (13 - n, 12)
                    };
                    return Some(pt(
                        e,
                        Val::months(y, first, last, Granularity::Range),
                        Level::Month,
                    ));
                }
            }
        }
        // 去年的前10天: the first days of the year.
        if let Some((n, e)) = word_at(text, after, &["前"]).and_then(|p| read_count(text, p)) {
            if let Some(e) = word_at(text, e, &["天"]).filter(|_| (1..=365).contains(&n)) {
                let first = Ymd::new(y, 1, 1);
                let val = Val {
                    start: first,
                    end: add_days(first, i64::from(n) - 1),
                    gran: Granularity::Range,
                };
                return Some(pt(e, val, Level::Day));
            }
        }
        if let Some(e) = word_at(text, after, &["首月"]) {
            return Some(pt(
                e,
                Val::months(y, 1, 1, Granularity::Month),
                Level::Month,
            ));
        }
        // 2021年的第三个月.
        if let Some((m, e)) = word_at(text, after, &["第"]).and_then(|p| self.small(p)) {
            if let Some(e) = word_at(text, e, &["个月"]).filter(|_| (1..=12).contains(&m)) {
                return Some(pt(
                    e,
                    Val::months(y, m, m, Granularity::Month),
                    Level::Month,
                ));
            }
        }
        if let (Some((m, _)), Some(e)) = (
            self.ctx.today,
            word_at(text, after, &["本月", "这个月", "当月"]),
        ) {
            return self.month_rest(e, y, m, true);
        }
        self.month_part(after, Some(y), true)
            .or_else(|| self.year_part(after, y, nian))
    }

    /// 2022.7.20, 2022/7/20, 2022-07-20.
    fn numeric_date(&self, pos: usize) -> Option<Point> {
        let text = self.text;
        if let Some(p) = self.compact_date(pos) {
            return Some(p);
        }
        let sep = |p: usize| {
            char_at(text, p).filter(|c| matches!(c, '-' | '/' | '.' | '．' | '／' | '－' | ' '))
        };
        let (g1, n1, e1) = self.digits(pos)?;
        let s1 = sep(e1)?;
        let (g2, n2, e2) = self.digits(e1 + s1.len_utf8())?;
        let s2 = sep(e2).filter(|&c| (c == ' ') == (s1 == ' '))?;
        let (g3, n3, mut e3) = self.digits(e2 + s2.len_utf8())?;
        // 2022-07-20 (year first) or 3-7-2017 / 1/2/2020 (day first, as written in English).
        let (y, m, d) = match (n1, n2, n3) {
            (4, 1..=2, 1..=2) => (g1, g2, g3),
            (1..=2, 1..=2, 4) if s1 != ' ' && s1 != '.' => (g3, g2, g1),
            _ => return None,
        };
        // Spaces only between two-digit groups (2010 01 29), never in running numbers.
        if s1 == ' ' && (n2 != 2 || n3 != 2) {
            return None;
        }
        if !(1000..=2999).contains(&y) || !(1..=12).contains(&m) {
            return None;
        }
        let y = y as i32;
        if d == 0 || d > days_in_month(y, m) {
            return None;
        }
        // The number must end here (not 2022.7.20.1, not a version 1.2.3.4).
        if char_at(text, e3).is_some_and(|c| is_digit(c) || c.is_ascii_alphabetic())
            || (char_at(text, e3) == Some(s2) && char_at(text, e3 + 1).is_some_and(is_digit))
        {
            return None;
        }
        if let Some(c @ ('日' | '号')) = char_at(text, e3) {
            e3 += c.len_utf8();
        }
        Some(Point {
            end: e3,
            val: Val::day(Ymd::new(y, m, d)),
            level: Level::Day,
            bare: false,
            year: Some(y),
        })
    }

    /// Eight digits standing alone as a day (20240307).
    fn compact_date(&self, pos: usize) -> Option<Point> {
        let (v, 8, end) = self.digits(pos)? else {
            return None;
        };
        let (y, m, d) = ((v / 10_000) as i32, v / 100 % 100, v % 100);
        let alone = !char_at(self.text, end).is_some_and(|c| c.is_alphanumeric() || c == '.');
        ((1900..=2100).contains(&y) && is_valid(y, m, d) && alone).then(|| Point {
            year: Some(y),
            ..pt(end, Val::day(Ymd::new(y, m, d)), Level::Day)
        })
    }

    /// A month and day in digits without a year (6·30, 09-01, 12/1), in year `y`. A pair that may
    /// be a fraction, a score or a range of numbers is not a date: it must stand alone, and with -
    /// or / it must be zero-padded (09-01) or not a proper fraction (12/1, never 1/3).
    fn short_numeric(&self, pos: usize, y: i32) -> Option<Point> {
        let text = self.text;
        let (m, n1, e1) = self.digits(pos)?;
        let sep = char_at(text, e1).filter(|c| matches!(c, '·' | '-' | '/' | '／' | '－'))?;
        let (d, n2, end) = self.digits(e1 + sep.len_utf8())?;
        let padded = n1 == 2 && n2 == 2 && (starts(text, pos, "0") || d < 10);
        let shape_ok = match sep {
            '·' => n2 <= 2,
            '/' | '／' => padded || n1 <= 2 && n2 <= 2 && m > d,
            _ => padded,
        };
        // Not a name in quotes either (“7·20”特大暴雨, “5·12”).
        let alone = !char_at(text, end).is_some_and(|c| {
            c.is_alphanumeric()
                || matches!(
                    c,
                    '.' | '·' | '-' | '/' | '／' | '－' | '%' | '％' | '”' | '"' | '」'
                )
        }) && !char_before(text, pos).is_some_and(|c| {
            c.is_alphanumeric()
                || matches!(c, '“' | '"' | '「' | '-' | '/' | '.' | '·' | '－' | '／')
        });
        (shape_ok && alone && n1 <= 2 && is_valid(y, m, d))
            .then(|| pt(end, Val::day(Ymd::new(y, m, d)), Level::Day))
    }

    /// A range of months written with dots (1999.08-2002.02, 2008.03-2009), as in résumés; a
    /// lone 2008.03 stays a decimal number.
    fn dotted_months(&self, pos: usize) -> Option<Point> {
        let text = self.text;
        let month_at = |p: usize| -> Option<(i32, u32, usize)> {
            let (y, 4, e) = self.digits(p)? else {
                return None;
            };
            if !matches!(char_at(text, e), Some('.' | '．')) {
                return None;
            }
            let (m, 2, e2) = self.digits(e + 1)? else {
                return None;
            };
            ((1000..=2999).contains(&y) && (1..=12).contains(&m)).then_some((y as i32, m, e2))
        };
        let (y1, m1, e1) = month_at(pos)?;
        let c = connector(text, e1)?;
        let (end, last) = if let Some((y2, m2, e2)) = month_at(c) {
            (e2, Ymd::month_end(y2, m2))
        } else {
            let (y2, 4, e2) = self.digits(c)? else {
                return None;
            };
            if !(1000..=2999).contains(&y2) || matches!(char_at(text, e2), Some('.' | '．')) {
                return None;
            }
            (e2, Ymd::new(y2 as i32, 12, 31))
        };
        if char_at(text, end).is_some_and(is_digit) || last < Ymd::new(y1, m1, 1) {
            return None;
        }
        Some(pt(
            end,
            Val {
                start: Ymd::new(y1, m1, 1),
                end: last,
                gran: Granularity::Range,
            },
            Level::Month,
        ))
    }

    /// A year at `pos`: (year, end, whether it ended with 年, bare 4-digit number without 年).
    fn year_at(&self, pos: usize) -> Option<(i32, usize, bool, bool)> {
        let text = self.text;
        let prev = char_before(text, pos);
        if let Some((v, n, e)) = self.digits(pos) {
            let e2 = skip_spaces(text, e);
            if starts(text, e2, "年") {
                let after = e2 + '年'.len_utf8();
                let (year, ok) = match n {
                    4 => (v as i32, (1000..=2999).contains(&v)),
                    // 07年第三季度, 19年底: a two-digit year only with a part after it, a
                    // leading zero (08年奥运会), or as a clause of its own (24年，…): 连续24年 and
                    // 24年来 are lengths.
                    2 => (
                        two_digit_year(v, self.ctx.now),
                        v < 10 || self.has_part_after(after) || self.clause_alone(pos, after),
                    ),
                    // 在789年, 公元789年: three digits only after 在 / 于 / 公元, and not a
                    // length (在100年内).
                    3 => (
                        v as i32,
                        v >= 100
                            && prev.is_some_and(|p| matches!(p, '在' | '于' | '元'))
                            && !char_at(text, after).is_some_and(|c| {
                                matches!(
                                    c,
                                    '来' | '内'
                                        | '间'
                                        | '前'
                                        | '后'
                                        | '以'
                                        | '之'
                                        | '多'
                                        | '余'
                                        | '左'
                                        | '历'
                                )
                            }),
                    ),
                    _ => (0, false),
                };
                // 历 of 历时 (历时2000年), not of 农历.
                let after_marker = text
                    .get(..pos)
                    .is_some_and(|t| LUNAR_MARKERS.iter().any(|m| t.ends_with(m)));
                if !ok || prev.is_some_and(|p| YEAR_BAD_BEFORE.contains(&p)) && !after_marker {
                    return None;
                }
                if word_at(text, after, YEAR_BAD_AFTER_NIAN).is_some() {
                    return None;
                }
                return Some(self.with_du(year, after));
            }
            return (n == 4 && (1900..=2100).contains(&v)).then_some((v as i32, e, false, true));
        }
        if let Some((v, n, e)) = read_cn_digits(text, pos) {
            if !starts(text, e, "年") {
                return None;
            }
            let after = e + '年'.len_utf8();
            let year = match n {
                4 if v >= 1000 => v as i32,
                // 三六七年: a year written digit by digit, even a short one.
                3 if v >= 100 => v as i32,
                // 三三年, 九八年: digit by digit a year, as a length it would read 三十三年; but
                // 三四年, 五六年, 三五年 are rough lengths (three or four years).
                2 if v < 10 || !is_rough_pair(v) || self.has_part_after(after) => {
                    two_digit_year(v, self.ctx.now)
                }
                _ => return None,
            };
            return Some(self.with_du(year, after));
        }
        // 两千零四年, 二千年: a year written as a Chinese number with 千.
        if let Some(e) = cn_number_end(text, pos) {
            let s = &text[pos..e];
            if s.contains('千') && starts(text, e, "年") {
                let v = super::number::parse(s).and_then(|n| n.value.to_i64())?;
                if (1000..=2999).contains(&v) {
                    return Some(self.with_du(v as i32, e + '年'.len_utf8()));
                }
            }
        }
        // 康熙三年, 民国元年: a reign or the republic.
        if let Some((first, e)) = table_at(text, pos, ERAS) {
            let (n, ne) = if starts(text, e, "元") {
                (1, e + '元'.len_utf8())
            } else {
                read_count(text, e)?
            };
            if n == 0 || !starts(text, ne, "年") {
                return None;
            }
            return Some(self.with_du(first + n as i32 - 1, ne + '年'.len_utf8()));
        }
        // 今年, 去年 …, not as a baseline (比上年, 去年同期).
        let (offset, end) = table_at(text, pos, RELATIVE_YEARS)?;
        if relative_year_is_baseline(text, pos, end) {
            return None;
        }
        let year = self.ctx.now? + offset;
        Some(self.with_du(year, end))
    }

    /// Takes 度 after 年 (2022年度); says the year ended with 年 when it did not.
    fn with_du(&self, year: i32, after: usize) -> (i32, usize, bool, bool) {
        if starts(self.text, after, "度") {
            (year, after + '度'.len_utf8(), false, false)
        } else {
            (year, after, true, false)
        }
    }

    /// An open end after a date at `pos` (或之前, 以后): the relations that make one.
    fn open_end(&self, pos: usize) -> Option<(Relation, usize)> {
        table_at(self.text, pos, RELATIONS).filter(|(r, _)| {
            matches!(
                r,
                Relation::Before | Relation::Until | Relation::From | Relation::After
            )
        })
    }

    /// Whether a part of a year or an open end follows a two-digit year (07年第三季度, 19年底,
    /// 07年以后): only then is it read as a year.
    fn has_part_after(&self, pos: usize) -> bool {
        let pos = skip_spaces(self.text, pos);
        self.year_rest(pos, 2000, true).is_some() || self.open_end(pos).is_some()
    }

    /// Whether the text from `start` to `end` stands as a clause of its own: the text or a clause
    /// starts before it and ends after it (24年，全市…).
    fn clause_alone(&self, start: usize, end: usize) -> bool {
        let edge = |c: Option<char>| c.is_none_or(|c| CLAUSE_EDGES.contains(&c));
        edge(char_before(self.text, start)) && edge(char_at(self.text, end))
    }

    /// A part of year `y` at `pos` (上半年, 一季度, 前三季度, 春季, 年末; after 年 also 末/底/初).
    fn year_part(&self, pos: usize, y: i32, after_nian: bool) -> Option<Point> {
        let text = self.text;
        let words = may_start(&YEAR_PART_FIRSTS, text, pos);
        let found = words
            .then(|| table_at(text, pos, YEAR_PARTS))
            .flatten()
            .or_else(|| {
                if after_nian && words {
                    table_at(text, pos, YEAR_SUFFIX_PARTS)
                } else {
                    None
                }
            })
            .or_else(|| {
                if after_nian && words {
                    table_at(text, pos, YEAR_END_CHARS)
                } else {
                    None
                }
            })
            .or_else(|| {
                table_at(text, pos, SEASON_CHARS).filter(|&(_, e)| {
                    words && after_nian && !char_at(text, e).is_some_and(|c| c.is_alphanumeric())
                })
            })
            .or_else(|| self.quarter(pos));
        let (part, end) = found?;
        if part == Part::Start && char_at(text, end).is_some_and(|c| START_BAD_AFTER.contains(&c)) {
            return None;
        }
        if let Part::Quarter(_) = part {
            if let Some(p) = self.quarter_edge(end, part_value(y, part)) {
                return Some(p);
            }
        }
        let val = part_value(y, part);
        let level = if matches!(part, Part::Start | Part::End) {
            Level::Day
        } else {
            Level::Part
        };
        Some(Point {
            end,
            val,
            level,
            bare: false,
            year: None,
        })
    }

    /// 末 / 底 / 初 after quarter `q` at `pos` (一季度末, 上季度末, 四季度初): its last or first
    /// day, as 年末 and 年初 are of a year.
    fn quarter_edge(&self, pos: usize, q: Val) -> Option<Point> {
        let text = self.text;
        let (edge, e) = table_at(text, pos, YEAR_END_CHARS)?;
        if edge == Part::Start && char_at(text, e).is_some_and(|c| START_BAD_AFTER.contains(&c)) {
            return None;
        }
        let day = if edge == Part::Start { q.start } else { q.end };
        Some(pt(e, Val::day(day), Level::Day))
    }

    /// 一季度, 第一季度, 1季度, Q1, 前三季度, 首季度, 前两个季度.
    fn quarter(&self, pos: usize) -> Option<(Part, usize)> {
        let text = self.text;
        let mut p = pos;
        let mut first_n = false;
        if starts(text, p, "Q") || starts(text, p, "q") {
            let (q, e) = self.small(p + 1)?;
            let e = word_at(text, e, &["季度"]).unwrap_or(e);
            return (1..=4).contains(&q).then_some((Part::Quarter(q), e));
        }
        if starts(text, p, "首季度") {
            return Some((Part::Quarter(1), p + "首季度".len()));
        }
        if let Some(e) = word_at(text, p, &["第"]) {
            p = e;
        } else if let Some(e) = word_at(text, p, &["前"]) {
            p = e;
            first_n = true;
        }
        let (q, mut e) = self.small(p)?;
        if first_n && starts(text, e, "个") {
            e += '个'.len_utf8();
        }
        let e = word_at(text, e, &["季度"])?;
        if !(1..=4).contains(&q) {
            return None;
        }
        Some((
            if first_n {
                Part::FirstQuarters(q)
            } else {
                Part::Quarter(q)
            },
            e,
        ))
    }

    /// A month at `pos` in year `y` (7月, 7月20日, 七月二十日, 7月上旬, 1-9月, 3月份); a Chinese
    /// month alone needs a day, 份 or a year before it.
    fn month_part(&self, pos: usize, y: Option<i32>, after_year: bool) -> Option<Point> {
        let text = self.text;
        let arabic = char_at(text, pos).is_some_and(is_digit);
        let (m, mut e) = self.small(pos)?;
        // 1-9月, 1至9月: a range of months.
        let mut m_last = m;
        if let Some(ce) = connector(text, e) {
            if let Some((m2, e2)) = self.small(ce) {
                if starts(text, e2, "月") && m2 > m {
                    m_last = m2;
                    e = e2;
                }
            }
        }
        e = skip_spaces(text, e);
        if !starts(text, e, "月") || !(1..=12).contains(&m) || !(1..=12).contains(&m_last) {
            return None;
        }
        e += '月'.len_utf8();
        let fen = starts(text, e, "份");
        if fen {
            e += '份'.len_utf8();
        }
        // Not a duration (三个月 never gets here; 6月余 / 6月多 do).
        if word_at(text, e, &["余", "多", "来", "以来"]).is_some() && !after_year {
            return None;
        }
        let y = y?;
        if m_last != m {
            return Some(pt(
                e,
                Val::months(y, m, m_last, Granularity::Range),
                Level::Month,
            ));
        }
        // 2月29日 without a year: the last leap year (not after a year: 2019年2月29日 is no day).
        let y = if !after_year
            && char_before(text, pos) != Some('年')
            && m == 2
            && !is_leap(y)
            && self
                .small(skip_spaces(text, e))
                .is_some_and(|(d, _)| d == 29)
        {
            leap_year_not_after(y)
        } else {
            y
        };
        let p = self.month_rest(e, y, m, !arabic)?;
        // A Chinese month alone (三月) needs a day, 份 or a year before it.
        if p.level == Level::Month && !arabic && !after_year && !fen {
            return None;
        }
        Some(p)
    }

    /// What follows a month: a day (20日, 二十六日, 3月1日至5日), a ten-day part (上旬), or
    /// nothing (the whole month). `chinese`: the month was written in Chinese, so a Chinese day
    /// may follow without 日 (八月十五).
    fn month_rest(&self, e: usize, y: i32, m: u32, chinese: bool) -> Option<Point> {
        let text = self.text;
        let month = pt(e, Val::months(y, m, m, Granularity::Month), Level::Month);
        let day_end = |p: usize| match char_at(text, p) {
            Some(c @ ('日' | '号')) => Some(p + c.len_utf8()),
            _ => None,
        };
        let e_ws = skip_spaces(text, e);
        if let Some((d, de)) = self.small(e_ws) {
            let de = skip_spaces(text, de);
            let day_ok = d >= 1 && d <= days_in_month(y, m);
            if let Some(end) = day_end(de) {
                if !day_ok {
                    return None;
                }
                // 3月1日至5日, 3月1-5日.
                if let Some((d2, d2e)) = connector(text, end).and_then(|ce| self.small(ce)) {
                    if let Some(end2) = day_end(d2e) {
                        if d2 > d && d2 <= days_in_month(y, m) {
                            let val = Val {
                                start: Ymd::new(y, m, d),
                                end: Ymd::new(y, m, d2),
                                gran: Granularity::Range,
                            };
                            return Some(pt(end2, val, Level::Day));
                        }
                    }
                }
                return Some(pt(end, Val::day(Ymd::new(y, m, d)), Level::Day));
            }
            if let Some((d2, d2e)) = connector(text, de).and_then(|ce| self.small(ce)) {
                if let Some(end2) = day_end(d2e) {
                    if day_ok && d2 > d && d2 <= days_in_month(y, m) {
                        let val = Val {
                            start: Ymd::new(y, m, d),
                            end: Ymd::new(y, m, d2),
                            gran: Granularity::Range,
                        };
                        return Some(pt(end2, val, Level::Day));
                    }
                }
            }
            // A day without 日: 八月十五, or 1月3 at the end of a phrase.
            let digit_day = char_at(text, e_ws).is_some_and(is_digit);
            let ends_phrase = char_at(text, de)
                .is_none_or(|c| super::is_clause_boundary(c) || c == '到' || c == '至' || c == '-');
            if day_ok && ends_phrase && (digit_day || chinese && d >= 10) && !starts(text, de, "个")
            {
                return Some(pt(de, Val::day(Ymd::new(y, m, d)), Level::Day));
            }
        }
        let last_day = days_in_month(y, m);
        // 7月前两天, 上月最后五天: the first or last days of the month.
        if let Some(p) = word_at(text, e, &["前", "头", "最后", "最後"]) {
            if let Some((n, ne)) = read_count(text, p) {
                if let Some(end) =
                    word_at(text, ne, &["天"]).filter(|_| (1..=last_day).contains(&n))
                {
                    let (first, last) = if starts(text, e, "前") || starts(text, e, "头") {
                        (1, n)
                    } else {
                        (last_day - n + 1, last_day)
                    };
                    let val = Val {
                        start: Ymd::new(y, m, first),
                        end: Ymd::new(y, m, last),
                        gran: Granularity::Range,
                    };
                    return Some(pt(end, val, Level::Day));
                }
            }
        }
        // 10月底, 7月末, 3月初: the last or first day, as 年底 and 年初 are of a year.
        let own = word_at(text, e, &["月"]).unwrap_or(e);
        if let Some((first, end)) = table_at(text, own, MONTH_END_CHARS) {
            if !(first && char_at(text, end).is_some_and(|c| START_BAD_AFTER.contains(&c))) {
                let d = if first { 1 } else { last_day };
                return Some(pt(end, Val::day(Ymd::new(y, m, d)), Level::Day));
            }
        }
        for (w, first, last) in [
            ("上旬", 1, 10),
            ("中旬", 11, 20),
            ("下旬", 21, 0),
            ("上半月", 1, 15),
            ("下半月", 16, 0),
        ] {
            if starts(text, e, w) {
                let last = if last == 0 { days_in_month(y, m) } else { last };
                let val = Val {
                    start: Ymd::new(y, m, first),
                    end: Ymd::new(y, m, last),
                    gran: Granularity::TenDays,
                };
                return Some(pt(e + w.len(), val, Level::Day));
            }
        }
        Some(month)
    }

    /// Forms relative to the reference day (only when one is known): 明天, 大前天, 5天前, 20天之后,
    /// 上个月, 本月10日, 3个月后, 本季度, 上一年, 今明两年.
    fn day_relative(&self, pos: usize) -> Option<Point> {
        let (m0, d0) = self.ctx.today?;
        let y0 = self.ctx.now?;
        let text = self.text;
        let today = days_from_civil(y0, m0, d0);
        if let Some((off, e)) = table_at(text, pos, RELATIVE_YEARS_YI) {
            if char_before(text, pos).is_some_and(|p| RELATIVE_YEAR_BAD_BEFORE.contains(&p)) {
                return None;
            }
            let val = if starts(text, pos, "今明两年") {
                Val::years(y0, y0 + 1)
            } else {
                Val::year(y0 + off)
            };
            return Some(pt(e, val, Level::Year));
        }
        if let Some((off, e)) = table_at(text, pos, RELATIVE_DAYS) {
            // 今日头条, 《明日之后》: names, not days.
            if word_at(text, e, RELATIVE_DAY_BAD_AFTER).is_some()
                || char_before(text, pos) == Some('《')
            {
                return None;
            }
            return Some(pt(e, Val::day(civil_from_days(today + off)), Level::Day));
        }
        if let Some((off, e)) = table_at(text, pos, RELATIVE_HALVES) {
            let idx = y0 * 2 + i32::from(m0 > 6) + off;
            let half = Part::Half(idx.rem_euclid(2) as u32 + 1);
            return Some(pt(e, part_value(idx.div_euclid(2), half), Level::Part));
        }
        if let Some((off, e)) = table_at(text, pos, RELATIVE_MONTHS) {
            let (y, m) = add_months(y0, m0, off);
            return Some(Point {
                year: Some(y),
                ..self.month_rest(e, y, m, true)?
            });
        }
        if let Some((off, e)) = table_at(text, pos, RELATIVE_QUARTERS) {
            let idx = y0 * 4 + ((m0 - 1) / 3) as i32 + off;
            let q = idx.rem_euclid(4) as u32 + 1;
            let val = part_value(idx.div_euclid(4), Part::Quarter(q));
            return self.quarter_edge(e, val).or(Some(pt(e, val, Level::Part)));
        }
        // 上半月, 下半月 of the reference month.
        if word_at(text, pos, &["上半月", "下半月"]).is_some() {
            return self.month_rest(pos, y0, m0, true);
        }
        // 未来两天: the days after today.
        if let Some(p) = word_at(text, pos, &["未来"]) {
            let (n, e) = read_count(text, p)?;
            let e = word_at(text, e, &["天"])?;
            let val = Val {
                start: civil_from_days(today + 1),
                end: civil_from_days(today + i64::from(n)),
                gran: Granularity::Range,
            };
            return (n >= 1).then_some(pt(e, val, Level::Day));
        }
        let today_ymd = Ymd::new(y0, m0, d0);
        // 前两天 (the other day), 前几年 (a few years back): a vague past short of 昨天 / 去年,
        // which have their own words; 会议前两天 is two days before the meeting.
        if let Some(((near, far, years), e)) = table_at(text, pos, VAGUE_PAST) {
            let prev = char_before(text, pos);
            if !prev.is_none_or(|c| !is_han(c) || CLAUSE_SUBJECT_ENDS.contains(&c)) {
                return None;
            }
            let val = if years {
                Val::years(y0 - far, y0 - near)
            } else {
                Val {
                    start: civil_from_days(today - i64::from(far)),
                    end: civil_from_days(today - i64::from(near)),
                    gran: Granularity::Range,
                }
            };
            return Some(pt(e, val, Level::Day));
        }
        // 上2个月, 后1年: rolling spans around the reference day.
        if let Some(p) = word_at(text, pos, &["上", "后", "下"]) {
            if let Some((n, e)) = read_count(text, p) {
                let back = starts(text, pos, "上") || starts(text, pos, "前");
                let n = n as i32;
                let span = if let Some(e) = word_at(text, e, &["个月"]) {
                    Some((
                        e,
                        if back {
                            shift_months(today_ymd, -n)
                        } else {
                            shift_months(today_ymd, n)
                        },
                    ))
                } else {
                    word_at(text, e, &["年"])
                        .filter(|_| !back)
                        .map(|e| (e, shift_years(today_ymd, n)))
                };
                if let Some((e, other)) = span.filter(|_| n >= 1) {
                    let val = if back {
                        Val {
                            start: other,
                            end: add_days(today_ymd, -1),
                            gran: Granularity::Range,
                        }
                    } else {
                        Val {
                            start: add_days(today_ymd, 1),
                            end: other,
                            gran: Granularity::Range,
                        }
                    };
                    return Some(pt(e, val, Level::Day));
                }
            }
        }
        if let Some(p) = self.rolling(pos, today_ymd) {
            return Some(p);
        }
        // 12号, 29日: a day of the reference month, or of the month before when the reference
        // month has no such day.
        let (n, e) = read_count(text, pos)?;
        if let Some(c @ ('日' | '号')) = char_at(text, e) {
            let end = e + c.len_utf8();
            // 2月30日: the day of an impossible date is not a day of the reference month.
            if char_at(text, end).is_some_and(|c| DAY_ALONE_BAD_AFTER.contains(&c))
                || char_before(text, pos) == Some('月')
                || !(1..=31).contains(&n)
            {
                return None;
            }
            let (y, m) = if n <= days_in_month(y0, m0) {
                (y0, m0)
            } else {
                add_months(y0, m0, -1)
            };
            let (y, m) = if n <= days_in_month(y, m) {
                (y, m)
            } else {
                add_months(y, m, -1)
            };
            return Some(pt(end, Val::day(Ymd::new(y, m, n)), Level::Day));
        }
        None
    }

    /// A lunar date at `pos` in lunar year `year`: 农历八月十五, 正月初一, 腊月, 闰四月, 五月廿二,
    /// 大年初十, 农历2015年十月初一. Without 农历 / 阴历 a month is lunar only when its name or its
    /// day says so (正月, 腊月, 闰, 初一, 廿二); 八月十五, 三月二十日 and 3月 stay Gregorian (peers
    /// disagree on a Chinese day without 日; written text defaults to the Gregorian calendar).
    /// Lunar years outside 1900..=2099 are not resolved.
    fn lunar(&self, pos: usize, year: Option<i32>) -> Option<Point> {
        let text = self.text;
        let marker = word_at(text, pos, LUNAR_MARKERS);
        let at = marker.unwrap_or(pos);
        // 农历2015年十月初一: the year after the marker.
        if marker.is_some() {
            if let Some((y, end, true, false)) = self.year_at(at) {
                return Some(Point {
                    year: Some(y),
                    ..self.lunar_month_day(end, y, true)?
                });
            }
        }
        let y = year?;
        if let Some(p) = self.lunar_holiday(at, y) {
            return Some(p);
        }
        self.lunar_month_day(at, y, marker.is_some())
    }

    /// A lunar holiday (春节, 中秋节, 除夕, 大年初三) of lunar year `y`.
    fn lunar_holiday(&self, pos: usize, y: i32) -> Option<Point> {
        let text = self.text;
        if !may_start(&LUNAR_HOLIDAY_FIRSTS, text, pos) {
            return None;
        }
        let (m, d, end) = if let Some(((m, d), end)) = LUNAR_HOLIDAYS
            .iter()
            .filter(|(w, _, _)| starts(text, pos, w))
            .max_by_key(|(w, _, _)| w.len())
            .map(|&(w, m, d)| ((m, d), pos + w.len()))
        {
            (m, d, end)
        } else {
            let e = word_at(text, pos, &[LUNAR_NEW_YEAR_DAYS])?;
            let (d, end) = self.small(e)?;
            ((1..=10).contains(&d)).then_some(())?;
            (1, d, end)
        };
        Some(pt(end, Val::day(lunar_day(y, m, false, d)?), Level::Day))
    }

    /// A lunar month with an optional day at `pos` (正月, 闰四月, 八月十五, 腊月初十, 农历8月23号).
    fn lunar_month_day(&self, pos: usize, y: i32, marked: bool) -> Option<Point> {
        let text = self.text;
        let leap_end = word_at(text, pos, &["闰"]);
        let p = leap_end.unwrap_or(pos);
        let (m, named, e) = match table_at(text, p, LUNAR_MONTH_NAMES) {
            Some((m, e)) => (m, true, e),
            None => {
                let (m, e) = self.small(p)?;
                (m, false, e)
            }
        };
        let e = word_at(text, e, &["月"])?;
        let mut lunar = marked || named || leap_end.is_some();
        // The day: 初一 … 初十, 十一 … 三十, 廿一; Arabic digits only after 农历 or 初 (初8).
        let day = if let Some(d0) = word_at(text, e, &["初"]) {
            self.small(d0)
                .filter(|&(d, _)| (1..=10).contains(&d))
                .map(|(d, end)| (d, end, true))
        } else if char_at(text, e).is_some_and(is_digit) {
            self.small(e)
                .filter(|_| lunar)
                .map(|(d, end)| (d, end, false))
        } else {
            read_cn_small(text, e).map(|(d, end)| (d, end, starts(text, e, "廿")))
        };
        let leap = leap_end.is_some();
        match day {
            Some((d, mut end, day_marked)) => {
                let with_ri = matches!(char_at(text, end), Some('日' | '号'));
                lunar |= day_marked;
                if !lunar || starts(text, end, "个") {
                    return None;
                }
                if with_ri {
                    end += '日'.len_utf8();
                }
                let day = lunar_day(y, m, leap, d)?;
                Some(pt(end, Val::day(day), Level::Day))
            }
            None if lunar => {
                let (first, last) = lunar_month(y, m, leap)?;
                let val = Val {
                    start: first,
                    end: last,
                    gran: Granularity::Month,
                };
                Some(pt(e, val, Level::Month))
            }
            None => None,
        }
    }

    /// A length of time counted from the reference day `today`, with what it says of it (5天前,
    /// 3年半以前, 半年之后, 20多个月之后, 17天内, 3个多月以来, 三个季度后). Whole years give a year,
    /// months and half years a month, days and half months a day; 多 (more than) is left out.
    fn rolling(&self, pos: usize, today: Ymd) -> Option<Point> {
        let text = self.text;
        // 过两天, 过几个月: that far ahead (两天后), said at the start of a clause or after its
        // subject (我们过两天再来); after another character 过 ends a verb (超过两天, 经过三年).
        if let Some(p) = word_at(text, pos, &["过"]) {
            let prev = char_before(text, pos);
            if !prev.is_none_or(|c| !is_han(c) || CLAUSE_SUBJECT_ENDS.contains(&c)) {
                return None;
            }
            let (amount, e) = read_amount(text, p)?;
            if table_at(text, e, RELATIONS).is_some() {
                return None;
            }
            return Some(pt(e, reach(today, amount, 1), Level::Day));
        }
        let (amount, e) = read_amount(text, pos)?;
        let (kind, end) = table_at(text, e, RELATIONS)?;
        let reach = |dir: i32| reach(today, amount, dir);
        let open = |start: Ymd, end: Ymd, gran: Granularity| Val { start, end, gran };
        let val = match kind {
            Relation::Ago => reach(-1),
            Relation::Later => reach(1),
            Relation::Before | Relation::Until => {
                open(OPEN_START, reach(-1).end, Granularity::Open)
            }
            Relation::After | Relation::From => open(reach(1).start, OPEN_END, Granularity::Open),
            Relation::Within => open(today, reach(1).end, Granularity::Range),
            Relation::Since => open(reach(-1).start, today, Granularity::Range),
        };
        Some(pt(end, val, Level::Day))
    }

    /// A holiday in year `y` (元旦, 国庆节, 母亲节, 清明节).
    fn holiday(&self, pos: usize, y: i32) -> Option<Point> {
        let text = self.text;
        if !may_start(&HOLIDAY_FIRSTS, text, pos) {
            return None;
        }
        let fixed = FIXED_HOLIDAYS
            .iter()
            .filter(|(w, _, _)| starts(text, pos, w))
            .max_by_key(|(w, _, _)| w.len())
            .filter(|(w, _, _)| match *w {
                // 国庆 without 节 is also a given name (市长林国庆).
                "国庆" => char_before(text, pos)
                    .is_none_or(|p| !is_han(p) || HOLIDAY_OK_BEFORE.contains(&p)),
                "十一" => word_at(text, pos + w.len(), HOLIDAY_SEASON_WORDS).is_some(),
                _ => true,
            })
            .map(|&(w, m, d)| (Ymd::new(y, m, d), pos + w.len()));
        let weekday = WEEKDAY_HOLIDAYS
            .iter()
            .find(|(w, _, _, _)| starts(text, pos, w))
            .map(|&(w, m, wd, n)| (nth_weekday(y, m, wd, n), pos + w.len()));
        let qing =
            word_at(text, pos, HOLIDAY_SOLAR_TERMS).and_then(|e| Some((solar_term_day(y, 6)?, e)));
        let (day, end) = fixed.or(weekday).or(qing)?;
        Some(pt(end, Val::day(day), Level::Day))
    }

    /// A solar term of year `y` (2024年冬至, 清明, 芒种); 小寒 and 大寒 close the solar year, so
    /// 2017年大寒 is in January 2018. `alone`: no year is written before it, so the weather words
    /// (大雪, 小暑) are left out.
    fn solar_term(&self, pos: usize, y: i32, alone: bool) -> Option<Point> {
        let text = self.text;
        if !may_start(&SOLAR_TERM_FIRSTS, text, pos) {
            return None;
        }
        let (i, &(w, _, _)) = SOLAR_TERMS
            .iter()
            .enumerate()
            .find(|(_, (w, _, _))| starts(text, pos, w))?;
        if alone && SOLAR_TERM_WEATHER.contains(&w) {
            return None;
        }
        let y = if i < 2 { y + 1 } else { y };
        Some(pt(
            pos + w.len(),
            Val::day(solar_term_day(y, i)?),
            Level::Day,
        ))
    }

    /// Centuries and decades: 18世纪, 上世纪90年代, 二十世纪九十年代末期, 九十年代.
    fn century(&self, pos: usize) -> Option<Point> {
        let text = self.text;
        let mut p = pos;
        let mut base: Option<i32> = None;
        if let Some(e) = word_at(text, p, &["上世纪", "上个世纪"]) {
            base = Some((self.ctx.now? / 100 - 1) * 100);
            p = e;
        } else if let Some(e) = word_at(text, p, &["本世纪", "这个世纪"]) {
            base = Some(self.ctx.now? / 100 * 100);
            p = e;
        } else if let Some((n, e)) = self.small(p) {
            if let Some(e) = word_at(text, e, &["世纪"]) {
                if !(1..=30).contains(&n) {
                    return None;
                }
                base = Some((n as i32 - 1) * 100);
                p = e;
            }
        }
        // The decade: 90年代, 九十年代.
        if let Some((d, e)) = self
            .small(p)
            .or_else(|| self.digits(p).filter(|g| g.1 == 2).map(|g| (g.0, g.2)))
        {
            if let Some(e) = word_at(text, e, &["年代"]) {
                if d % 10 != 0 || d > 90 {
                    return None;
                }
                let first = match base {
                    Some(b) => b + d as i32,
                    None => {
                        let now = self.ctx.now.unwrap_or(2000);
                        if 2000 + d as i32 <= now {
                            2000 + d as i32
                        } else {
                            1900 + d as i32
                        }
                    }
                };
                if let Some((lo, hi, end)) = ERA_PARTS
                    .iter()
                    .find(|(w, _, _)| starts(text, e, w))
                    .map(|&(w, lo, hi)| (lo, hi, e + w.len()))
                {
                    return Some(pt(
                        end,
                        Val::years(first + lo as i32, first + hi as i32),
                        Level::Year,
                    ));
                }
                return Some(pt(e, Val::years(first, first + 9), Level::Year));
            }
        }
        let b = base?;
        if let Some((lo, hi, end)) = ERA_PARTS
            .iter()
            .find(|(w, _, _)| starts(text, p, w))
            .map(|&(w, lo, hi)| (lo, hi, p + w.len()))
        {
            // 世纪初 / 世纪末: the first or last twenty years.
            let (lo, hi) = if lo == 0 {
                (0, 19)
            } else if hi == 9 && lo == 7 {
                (80, 99)
            } else {
                (lo * 10, hi * 10 + 9)
            };
            return Some(pt(
                end,
                Val::years(b + lo as i32, b + hi as i32),
                Level::Year,
            ));
        }
        Some(pt(p, Val::years(b, b + 99), Level::Year))
    }

    /// Spans relative to the text's years: 一年来 / 过去一年 (the reviewed year), 过去五年 / 近三年
    /// (ending with it), 今后五年 (from the year of writing), 十年前, 新的一年; and, against a
    /// reference day only, months: 近三个月 / 过去三个月 (ending the day before), 未来两个月 /
    /// 今后两个月 (starting the day after).
    fn relative_span(&self, pos: usize) -> Option<Point> {
        let text = self.text;
        let ctx = self.ctx;
        let point = |end: usize, val: Val| {
            Some(Point {
                end,
                val,
                level: Level::Year,
                bare: false,
                year: None,
            })
        };
        if let Some(e) = word_at(text, pos, &["一年来", "一年以来"]) {
            let r = ctx.reviewed?;
            return point(e, Val::year(r));
        }
        if let Some(e) = word_at(text, pos, &["新的一年", "新一年"]) {
            let r = ctx.reviewed?;
            return point(e, Val::year(r + 1));
        }
        if let Some(p) = word_at(text, pos, LOOK_BACK_PREFIXES) {
            let (n, e) = self.small(skip_spaces(text, p))?;
            let (e, unit) = span_unit(text, skip_spaces(text, e), n)?;
            let is_jin = !starts(text, pos, "过去");
            if word_at(text, e, LOOK_BACK_BAD_AFTER).is_some() && is_jin {
                return None;
            }
            if is_jin && char_before(text, pos).is_some_and(|c| LOOK_BACK_BAD_BEFORE.contains(&c)) {
                return None;
            }
            // With a reference day the span rolls back from it (近三年 on 2017-03-22:
            // 2014-03-22 .. 2017-03-21); in a report it is whole years ending with the reviewed one.
            if let Some(today) = self.today() {
                let val = Val {
                    start: unit.shift(today, -(n as i32)),
                    end: add_days(today, -1),
                    gran: Granularity::Range,
                };
                return point(e, val);
            }
            let r = ctx.reviewed.filter(|_| unit == SpanUnit::Year)?;
            let val = if n == 1 {
                Val::year(r)
            } else {
                Val::years(r - n as i32 + 1, r)
            };
            return point(e, val);
        }
        if let Some(p) = word_at(text, pos, LOOK_AHEAD_PREFIXES) {
            let (n, e) = self.small(p)?;
            let (e, unit) = span_unit(text, e, n)?;
            if word_at(text, e, &["多", "半", "左右", "内", "间"]).is_some() {
                return None;
            }
            if let Some(today) = self.today() {
                let val = Val {
                    start: add_days(today, 1),
                    end: unit.shift(today, n as i32),
                    gran: Granularity::Range,
                };
                return point(e, val);
            }
            let a = ctx.now.filter(|_| unit == SpanUnit::Year)?;
            let val = if n == 1 {
                Val::year(a)
            } else {
                Val::years(a, a + n as i32 - 1)
            };
            return point(e, val);
        }
        // 十年前, 两年后: a year counted from the year of writing.
        let (n, e) = self.small(pos)?;
        let e = word_at(text, e, &["年"])?;
        let (sign, end) = if starts(text, e, "前") {
            (-1, e + '前'.len_utf8())
        } else if starts(text, e, "后") && !starts(text, e, "后期") {
            (1, e + '后'.len_utf8())
        } else {
            return None;
        };
        if n == 0 || n > 100 || word_at(text, end, &["后"]).is_some() {
            return None;
        }
        let a = ctx.now?;
        point(end, Val::year(a + sign * n as i32))
    }
}

/// Five-year plans: 十四五 (2021–2025), “九五”计划; the n-th plan starts in 1953, 1958, and from
/// the third on in 1966 + 5 × (n − 3).
fn plan(text: &str, pos: usize) -> Option<Point> {
    // Every plan has its 五 one or two characters on, each of three bytes (X五, 十五, 十X五):
    // most starts (2022年, 今年, 一是) are told from the bytes there, without reading a character.
    let wu = |at: usize| starts(text, at, "五");
    if !(wu(pos + 3) || wu(pos + 6)) {
        return None;
    }
    let quoted = matches!(char_before(text, pos), Some('“' | '"' | '「' | '\''));
    // The numeral: 十X五 (n = 10 + X), X五 (n = X), or 十五 (n = 10).
    let digit_then_wu = |p: usize| {
        let c = char_at(text, p)?;
        let d = cn_digit(c).filter(|d| (1..=9).contains(d) && !c.is_ascii())?;
        let e = p + c.len_utf8();
        starts(text, e, "五").then_some((d, e + '五'.len_utf8()))
    };
    let (n, e) = if starts(text, pos, "十") {
        let after = pos + '十'.len_utf8();
        match digit_then_wu(after) {
            Some((d, e)) => (10 + d, e),
            None if starts(text, after, "五") => (10, after + '五'.len_utf8()),
            None => return None,
        }
    } else {
        digit_then_wu(pos)?
    };
    let closing = char_at(text, e).filter(|c| matches!(c, '”' | '"' | '」' | '\''));
    let named_after = word_at(text, e + closing.map_or(0, char::len_utf8), PLAN_WORDS).is_some();
    if n < 11 && !(quoted && closing.is_some() && named_after) {
        return None;
    }
    // 十四五个 / 十四五岁: a count, not a plan.
    if char_at(text, e).is_some_and(|c| PLAN_BAD_AFTER.contains(&c)) {
        return None;
    }
    let first = match n {
        1 => 1953,
        2 => 1958,
        _ => 1966 + 5 * (n as i32 - 3),
    };
    let val = Val {
        start: Ymd::new(first, 1, 1),
        end: Ymd::new(first + 4, 12, 31),
        gran: Granularity::Plan,
    };
    Some(Point {
        end: e,
        val,
        level: Level::Year,
        bare: false,
        year: None,
    })
}

/// The unit of a span counted back or ahead (近三年, 未来两个月).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SpanUnit {
    Year,
    Month,
}

impl SpanUnit {
    fn shift(self, d: Ymd, n: i32) -> Ymd {
        match self {
            SpanUnit::Year => shift_years(d, n),
            SpanUnit::Month => shift_months(d, n),
        }
    }
}

/// The unit written at `at` after a count `n` (年, or 个月, which only a reference day resolves)
/// and the end of it; `None` for another unit or a count out of range (1..=50 years, 1..=120
/// months).
fn span_unit(text: &str, at: usize, n: u32) -> Option<(usize, SpanUnit)> {
    if let Some(e) = word_at(text, at, &["个月"]) {
        return (1..=120).contains(&n).then_some((e, SpanUnit::Month));
    }
    let e = word_at(text, at, &["年"])?;
    (1..=50).contains(&n).then_some((e, SpanUnit::Year))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str, ctx: &DateContext) -> Vec<(String, String, String)> {
        find_with(text, ctx)
            .into_iter()
            .map(|d| (d.text.into(), d.start.into(), d.end.into()))
            .collect()
    }

    #[test]
    fn readers_handle_chinese_small_numbers() {
        assert_eq!(read_cn_small("二十六日", 0), Some((26, 9)));
        assert_eq!(read_cn_small("十月", 0), Some((10, 3)));
        assert_eq!(read_cn_small("十二月", 0), Some((12, 6)));
        assert_eq!(read_cn_small("廿三", 0), Some((23, 6)));
        assert_eq!(read_cn_digits("二○一二年", 0), Some((2012, 4, 12)));
    }

    #[test]
    fn word_starts_are_no_numerals() {
        // could_start reads the numeral rules for numeral-class characters only.
        for (code, &class) in CHAR_CLASS.iter().enumerate() {
            let c = char::from_u32(code as u32).unwrap_or('\0');
            if class == CLASS_WORD {
                assert!(!is_digit(c) && !is_cn_numeral(c), "{c}");
            }
            if class == CLASS_NUMERAL {
                assert!(is_digit(c) || is_cn_numeral(c), "{c}");
            }
        }
    }

    #[test]
    fn cn_run_chars_are_the_run_readers_characters() {
        for code in 0..0x1_0000u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let run = is_cn_numeral(c) || cn_digit(c).is_some();
            assert_eq!(CN_RUN_CHARS.contains(c), run, "{c}");
        }
    }

    /// Texts made of the readers' words, numbers written every way, separators, other
    /// characters and `more_words`: every pair of tokens, then random runs of up to six.
    fn filter_test_texts(more_words: &str) -> impl Iterator<Item = String> {
        let mut tokens: Vec<String> = start_words().map(str::to_string).collect();
        let words = [YEAR_PARTS, YEAR_SUFFIX_PARTS, SEASON_CHARS, YEAR_END_CHARS];
        tokens.extend(words.iter().flat_map(|t| t.iter().map(|e| e.0.to_string())));
        tokens.extend(RELATIONS.iter().map(|e| e.0.to_string()));
        tokens.extend(
            PLAN_WORDS
                .iter()
                .chain(LOOK_BACK_BAD_AFTER)
                .chain(RELATIVE_YEAR_BAD_AFTER)
                .chain(YEAR_BAD_AFTER_NIAN)
                .chain(HOLIDAY_SEASON_WORDS)
                .map(|w| w.to_string()),
        );
        tokens.extend(
            RELATIVE_YEAR_BAD_BEFORE
                .iter()
                .chain(YEAR_BAD_BEFORE)
                .chain(BARE_YEAR_BAD_AFTER)
                .chain(DIGITS_NEXT)
                .chain(CN_NUMERALS_NEXT)
                .map(|c| c.to_string()),
        );
        // Numbers written every way, separators, date characters and other words.
        let more = "1 2 3 9 12 20 123 2022 1999 2100 20240307 12345 ０ １ １２ ２０２２ ３ 一 二 三 \
                    五 十 十四 两 二〇二二 九八 百 千 两千 廿 ○ . ． · - / ／ ~ － — 至 到 起 止 \
                    年 月 日 号 天 个 多 半 世纪 季度 节 前 后 以来 至今 底 末 初 上旬 份 的 度 ， 。 \
                    “ ” 产 增长 国 家 总结 比 a G Q % 亿 万 元 来 内 间 余 左右 农历 闰 正 腊 代 \
                    年代 一年来 一年以来 世纪初";
        tokens.extend(more.split_whitespace().map(str::to_string));
        tokens.extend(more_words.split_whitespace().map(str::to_string));
        tokens.extend([" ", "\n"].map(str::to_string));
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let runs: Vec<String> = (0..60_000)
            .map(|_| {
                (0..1 + next(6))
                    .map(|_| tokens[next(tokens.len())].as_str())
                    .collect()
            })
            .collect();
        let pairs: Vec<String> = tokens
            .iter()
            .flat_map(|a| tokens.iter().map(move |b| format!("{a}{b}")))
            .collect();
        pairs.into_iter().chain(runs)
    }

    /// The contexts the filter tests read texts in: a report, a conversation with a reference
    /// day, and nothing known.
    fn filter_test_contexts() -> [DateContext; 3] {
        [
            DateContext {
                year: Some(2020),
                now: Some(2021),
                reviewed: Some(2020),
                parts_year: Some(2020),
                ..Default::default()
            },
            DateContext {
                year: Some(2020),
                now: Some(2021),
                reviewed: Some(2020),
                today: Some((3, 22)),
                ..Default::default()
            },
            DateContext::default(),
        ]
    }

    /// Wherever the filters before the readers (the marks pass's [`StartTables::may_start`] and
    /// [`could_start`]) say no, the readers find no date.
    #[test]
    fn start_filters_drop_no_date() {
        let contexts = filter_test_contexts();
        let starts = StartTables::get();
        let mut dropped = 0;
        for text in filter_test_texts("") {
            let bytes = text.as_bytes();
            for (pos, c) in text.char_indices() {
                let code = c as u32;
                let class = CHAR_CLASS.get(code as usize).copied().unwrap_or(CLASS_NONE);
                for ctx in &contexts {
                    let rolling = ctx.today.is_some();
                    let may = class != CLASS_NONE
                        && starts.may_start(bytes, pos, code, c.len_utf8(), class)
                        && could_start(&text, pos, code, class, rolling);
                    if may {
                        continue;
                    }
                    dropped += 1;
                    for sentence_year in [None, Some(2019)] {
                        let sc = Scanner {
                            sentence_year,
                            ..Scanner::new(&text, *ctx)
                        };
                        let found = sc.expression(pos);
                        assert!(
                            found.is_none(),
                            "{text:?} at {pos}: {:?}",
                            found.map(|p| &text[pos..p.end])
                        );
                    }
                }
            }
        }
        assert!(dropped > 100_000, "{dropped}");
    }

    /// What follows a year ([`Scanner::year_rest`]) and a point (a range, an open end, 以来)
    /// starts only with one of [`YEAR_REST_FIRSTS`] and [`POINT_TAIL_FIRSTS`]: the readers asked
    /// after any other character find nothing.
    #[test]
    fn tails_start_with_their_first_characters() {
        let contexts = filter_test_contexts();
        let mut skipped = 0;
        // The words year_rest compares literally, in the forms it reads them.
        let words =
            "第三个月 第一季度 最后两个月 最後 首月 前10天 本月 这个月 当月 大年初三 1至9月";
        for text in filter_test_texts(words) {
            for (pos, c) in text.char_indices() {
                if !YEAR_REST_FIRSTS.contains(c) {
                    skipped += 1;
                    for ctx in &contexts {
                        let sc = Scanner::new(&text, *ctx);
                        for nian in [false, true] {
                            let rest = sc.read_year_rest(pos, 2020, nian);
                            assert!(rest.is_none(), "{text:?} at {pos}");
                        }
                    }
                }
                if !POINT_TAIL_FIRSTS.contains(c) {
                    assert!(connector(&text, pos).is_none(), "{text:?} at {pos}");
                    assert!(table_at(&text, skip_spaces(&text, pos), RELATIONS).is_none());
                    assert!(word_at(&text, pos, &["以来", "至今"]).is_none());
                }
            }
        }
        assert!(skipped > 100_000, "{skipped}");
    }

    #[test]
    fn numerals_before_are_the_numerals() {
        for code in 0..0x1_0000u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let numeral = is_cn_numeral(c) || is_digit(c);
            assert_eq!(NUMERALS_BEFORE.contains(c), numeral, "{c}");
        }
    }

    #[test]
    fn sentence_ends_are_found_by_their_bytes() {
        for code in 0..0x1_0000u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let text = format!("年{c}");
            let found = ends_sentence(text.as_bytes());
            assert_eq!(found, SENTENCE_ENDS.contains(&c), "{c}");
            assert_eq!(ends_sentence(&text.as_bytes()[3..]), found, "{c}");
        }
        assert!(!ends_sentence(b""));
    }

    #[test]
    fn iso_dates_pad_and_fall_back() {
        assert_eq!(Ymd::new(1, 1, 1).iso(), "0001-01-01");
        assert_eq!(Ymd::new(9999, 12, 31).iso(), "9999-12-31");
        assert_eq!(Ymd::new(2024, 2, 29).iso(), "2024-02-29");
        assert_eq!(Ymd::new(-5, 3, 4).iso(), format!("{:04}-03-04", -5));
        assert_eq!(Ymd::new(12345, 3, 4).iso(), "12345-03-04");
        let pair = |a: Ymd, b: Ymd| {
            let (a, b) = Ymd::iso_pair(a, b);
            (a.to_string(), b.to_string())
        };
        let expect = |a: &str, b: &str| (a.to_string(), b.to_string());
        let (first, last) = (Ymd::new(2021, 1, 1), Ymd::new(2025, 12, 31));
        assert_eq!(pair(first, last), expect("2021-01-01", "2025-12-31"));
        let far = Ymd::new(12345, 3, 4);
        assert_eq!(pair(first, far), expect("2021-01-01", "12345-03-04"));
        assert_eq!(pair(far, first), expect("12345-03-04", "2021-01-01"));
    }

    #[test]
    fn no_panic_on_odd_text() {
        let ctx = DateContext::year(Some(2020));
        for t in [
            "",
            "年",
            "2022",
            "十",
            "“十",
            "1-",
            "2022.",
            "2022.1.",
            "过去",
            "近",
            "Q",
            "前",
            "年初步",
            "～～～～～～～～",
        ] {
            let _ = spans(t, &ctx);
        }
    }
}
