//! Static lexicons: every word list the recognizers use, in one place each.
//!
//! Sources: the measure words are the common 量词 of Chinese administrative and statistical
//! writing (《现代汉语量词用法词典》 categories, plus the SI and Chinese units of the national
//! statistics bulletins); the rest were collected from government work reports and work summaries.
//! Users extend them through [`crate::ExtractorBuilder`].

/// Approximation words written before a number (the longest match wins: 不超过 over 超过).
pub static APPROX_PREFIXES: &[(&str, crate::Approx)] = {
    use crate::Approx::*;
    &[
        ("超过", MoreThan),
        ("多达", MoreThan),
        ("高达", MoreThan),
        ("至少", MoreThan),
        ("最少", MoreThan),
        ("不少于", MoreThan),
        ("不低于", MoreThan),
        ("不下", MoreThan),
        ("超", MoreThan),
        ("逾", MoreThan),
        ("近乎", LessThan),
        ("接近", LessThan),
        ("将近", LessThan),
        ("不足", LessThan),
        ("不到", LessThan),
        ("不超过", LessThan),
        ("不高于", LessThan),
        ("不多于", LessThan),
        ("最多", LessThan),
        ("至多", LessThan),
        ("近", LessThan),
        ("大约", About),
        ("约", About),
        ("约合", About),
        ("大概", About),
        ("差不多", About),
    ]
};

/// Approximation words written right after the digits (before a scale or unit): 200余场次.
pub static APPROX_INFIXES: &[(&str, crate::Approx)] = {
    use crate::Approx::*;
    &[("余", MoreThan), ("多", MoreThan), ("来", About)]
};

/// Approximation words written after the unit: 100人以上, 5%左右.
pub static APPROX_SUFFIXES: &[(&str, crate::Approx)] = {
    use crate::Approx::*;
    &[
        ("以上", MoreThan),
        ("有余", MoreThan),
        ("出头", MoreThan),
        ("开外", MoreThan),
        ("多", MoreThan),
        ("以下", LessThan),
        ("以内", LessThan),
        ("左右", About),
        ("上下", About),
    ]
};

/// Measure words and units that make a number a count. Longer entries win (人次 over 人).
///
/// Source: the individual and collective 量词 of 《现代汉语量词用法词典》 that administrative and
/// statistical writing uses, the legal units of measurement (GB 3100, 《中华人民共和国法定计量单位》)
/// and the units printed in the national and provincial statistics bulletins (万吨, 标准箱, 千瓦时,
/// 微克/立方米). Some entries are counts only in context (see [`NOUN_UNITS`], [`TIME_UNITS`]);
/// extend the table with [`crate::ExtractorBuilder::measure_word`].
///
/// ```
/// assert!(zhreport::lexicon::MEASURE_WORDS.contains(&"人次"));
/// ```
pub static MEASURE_WORDS: &[&str] = &[
    // people and organizations
    "人次", "人", "名", "位", "户", "家", "所", "个", "支", "对",
    // events and activities
    "场次", "场", "次", "期", "届", "轮", "批", "项", "件", "起", "宗", "例", "单",
    // documents, works and products
    "篇", "部", "本", "册", "份", "首", "幅", "集", "条", "款", "章", "门", "课时", "学时",
    // things and places
    "座", "栋", "幢", "套", "台", "辆", "艘", "架", "株", "棵", "头", "只", "匹", "枚", "块", "片",
    "处", "间", "张", "把", "根", "口", "盏", "道", "顶", "组", "队", "类", "种", "村", "镇",
    "乡", "县", "区", "市", "省", "校", "园", "站", "床", "张床", "级", "层", "列", "趟",
    // area, length, volume, mass, energy, containers
    "平方公里", "平方千米", "平方米", "公顷", "亩", "公里", "千米", "米", "厘米",
    "立方米", "方", "吨", "公斤", "千克", "克", "斤", "担", "千瓦时", "千瓦", "兆瓦", "瓦",
    "吨公里", "人公里", "标准箱", "标箱", "吨标准煤", "度", "升", "毫升", "车次", "架次", "班次", "航次", "台次", "例次",
    "批次", "户次", "件次", "艘次", "人日", "台件", "台套", "床日",
    // concentrations (细颗粒物年均浓度27微克/立方米)
    "微克/立方米", "毫克/立方米", "毫克/升",
    // indicator values in time units (优良天数281天) and index points (849.8点)
    "天", "小时", "岁", "点",
    // multipliers (增长1.3倍, 翻两番)
    "倍", "番",
    // digital
    "GB", "TB", "MB",
];

/// Measure words that are also nouns of places (北三县, “两区”): a count only with Arabic digits
/// (8村 is rare, 北三县 a name).
///
/// ```
/// assert!(zhreport::parse("推进通州区与北三县一体化。").counts.is_empty());
/// assert_eq!(zhreport::parse("覆盖8村。").counts[0].unit.as_deref(), Some("村"));
/// ```
pub static NOUN_UNITS: &[&str] = &["方", "门", "村", "镇", "乡", "县", "区", "市", "省", "校", "园", "站"];

/// Time units: a count only as an indicator value (优良天数281天, 平均住院日8.72天), never as
/// the length of an activity (仅用90天建成, 连续十年).
///
/// ```
/// assert_eq!(zhreport::parse("优良天数281天。").counts[0].item.as_deref(), Some("优良天数"));
/// assert!(zhreport::parse("仅用90天建成数据中心。").counts.is_empty());
/// ```
pub static TIME_UNITS: &[&str] = &["天", "小时", "岁"];

/// The ends of subjects whose value is measured in time units (平均住院日, 优良天数, 人均预期寿命).
///
/// ```
/// assert_eq!(zhreport::parse("平均住院日为8.72天。").counts[0].value.to_string(), "8.72");
/// ```
pub static TIME_INDICATOR_HEADS: &[&str] = &[
    "天数", "日", "寿命", "年龄", "时间", "时长", "周期", "工时", "小时数", "用时", "耗时",
];

/// The ends of phrases that name people (农村贫困人口, 农民, 用户): a scaled number with no measure
/// word counts them (农村贫困人口减少1386万, 惠及1.77亿农民).
///
/// ```
/// let c = &zhreport::parse("农村贫困人口减少1386万。").counts[0];
/// assert_eq!((c.unit.as_deref(), c.value.to_i64()), (None, Some(13_860_000)));
/// ```
pub static BARE_COUNT_HEADS: &[&str] = &[
    "人口", "农民", "群众", "居民", "用户", "人员", "职工", "学生", "游客", "旅客", "网民", "会员",
    "党员", "志愿者", "劳动力", "农民工", "儿童", "老人", "患者", "观众", "市民", "村民", "人才",
    "家庭", "贫困人口", "就业", "人数",
];

/// Words that begin with a measure word but are nouns (人口, 人民, 个人): the number before them
/// has no measure word.
///
/// ```
/// assert_eq!(zhreport::parse("近14亿人口的大国。").counts[0].unit, None);
/// assert!(zhreport::parse("用三个月完成。").counts.is_empty());
/// ```
pub static NOT_MEASURE_WORDS: &[&str] = &[
    "人口", "人民", "人类", "人工", "人文", "人大", "人居", "人群", "人气", "人心", "人身", "人生",
    "人权", "人事", "人才", "个月", "个小时", "个工作日", "个星期", "个年头", "个百分点", "个体",
    "个性", "点钟", "点半", "天然", "天津", "天下", "岁月", "年级", "次会议", "次全会",
    "次党代会", "次代表大会", "次全体会议", "次集体学习", "次常委会", "期间", "位于", "方面",
    "方式", "方向", "方案", "方法", "方针", "度过", "条件", "条例", "项目", "部门", "部署", "部分",
    "部队", "家庭", "家长", "家乡", "门户", "门诊", "口岸", "道路", "道德", "片区", "场所", "场景",
    "区域", "区县", "市场", "市民", "站点", "所有", "所得", "所属", "台账", "头部", "层面", "层级",
    "级别", "类型", "类别", "组织", "队伍", "对接", "对口", "对外", "块状",
    "处理", "处置", "间隙", "根本", "根据", "把握", "顶层", "批准", "批示", "起来", "单位", "单元",
    "轮车", "道河", "位数", "次产业", "种子", "头脑", "口号", "方位",
];

/// Governing verbs of counts (新建4家, 开展…活动4场, 惠及民众超9200万人次, 10人当选委员), used
/// both before a number and at the start of a phrase; longest match wins.
///
/// ```
/// assert_eq!(zhreport::parse("全年新建4家院士工作站。").counts[0].action.as_deref(), Some("新建"));
/// ```
pub static ACTION_VERBS: &[&str] = &[
    "新建", "建成", "建设", "建立", "创建", "组建", "新设", "新设立", "设立", "成立", "认定", "择优认定", "命名", "举办", "主办", "承办",
    "召开", "开展", "组织", "组织开展", "实施", "启动", "推进", "推动", "推出", "培训", "培训指导", "培养", "培育", "新培育", "惠及",
    "覆盖", "服务", "带动", "吸引", "吸纳", "当选", "入选", "推荐", "推选", "评选", "评审", "评审立项", "立项", "表彰", "获评",
    "荣获", "获得", "获", "引进", "引入", "新引入", "招聘", "聘请", "招收", "录取", "收集", "收集整理", "整理", "编印", "报送",
    "发布", "出台", "制定", "制定修订", "修订", "审议", "提交", "提请", "申报", "申请", "签约", "新签约", "落地", "开工", "竣工",
    "完工", "投产", "投运", "开通", "打通", "通车", "新增", "增加", "减少", "完成", "治理", "精细化治理", "改造", "整治", "疏解",
    "疏解提质", "拆除", "腾退", "走访", "慰问", "走访慰问", "资助", "救助", "帮扶", "安置", "搬迁", "转移", "诊治", "接待", "接诊",
    "开放", "发放", "免除", "免费提供", "解决", "帮助", "帮助解决", "受理", "办理", "办结", "调解", "查处", "破获", "排查", "消除",
    "整改", "参与", "参加", "参训", "突破", "攻关", "种植", "植树造林", "推广", "造林", "新开", "开设", "设置", "配备", "聘任",
    "挂牌", "授予", "颁发", "征集", "采纳", "批示", "走访调研", "调研", "开发", "研发", "接收", "安排", "提供", "新开工", "改建",
    "扩建", "新建改建", "新建和改造", "建设改造", "收治", "救治", "筛查", "淘汰", "获批", "立改废", "设有", "拥有", "建有", "布局建设",
    "招引", "招引落地", "完善", "开辟", "新开辟", "新入选", "供应", "更新", "筹集", "筹集建设", "关闭", "关闭压缩", "支持", "开行", "检测", "检查", "抽检", "处置", "免征",
    "补充", "增产", "减产",
];

/// Verbs that, written right before a count (开工390个, 比上年减少245万人), are its action and
/// leave the subject before them as the item.
///
/// ```
/// let c = &zhreport::parse("自治区重大项目开工390个。").counts[0];
/// assert_eq!((c.item.as_deref(), c.action.as_deref()), (Some("自治区重大项目"), Some("开工")));
/// ```
pub static TRAILING_ACTION_VERBS: &[&str] = &[
    "开工", "竣工", "完工", "投产", "投运", "建成", "开通", "完成", "新增", "减少", "增加", "增长",
    "下降", "提高", "降低", "签约", "增产", "减产", "培养", "引进", "招聘", "聘请", "申报", "获",
    "获得", "惠及", "覆盖", "达标", "拓展", "扩展", "扩大", "提升", "上升", "翻", "跃升", "开行", "净增", "净增加",
];

/// Currency words written after an amount, with their ISO code. `元` alone is CNY; the longest
/// match wins (元人民币 over 元).
pub static CURRENCY_SUFFIXES: &[(&str, &str)] = &[
    ("元人民币", "CNY"),
    ("人民币元", "CNY"),
    ("人民币", "CNY"),
    ("美元", "USD"),
    ("美圆", "USD"),
    ("美金", "USD"),
    ("美刀", "USD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("日圆", "JPY"),
    ("日币", "JPY"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("澳元", "AUD"),
    ("澳币", "AUD"),
    ("加元", "CAD"),
    ("加币", "CAD"),
    ("英镑", "GBP"),
    ("卢布", "RUB"),
    ("韩元", "KRW"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("澳门元", "MOP"),
    ("新加坡元", "SGD"),
    ("新西兰元", "NZD"),
    ("瑞士法郎", "CHF"),
    ("瑞郎", "CHF"),
    ("法郎", "CHF"),
    ("印度卢比", "INR"),
    ("卢比", "INR"),
    ("泰铢", "THB"),
    ("越南盾", "VND"),
    ("林吉特", "MYR"),
    ("奈拉", "NGN"),
    ("比特币", "BTC"),
    ("个比特币", "BTC"),
    ("元", "CNY"),
    ("圆", "CNY"),
    ("圓", "CNY"),
    ("块钱", "CNY"),
    ("块", "CNY"),
];

/// Currency symbols and words written before an amount.
pub static CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("人民币", "CNY"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("¥", "CNY"),
    ("￥", "CNY"),
    ("US$", "USD"),
    ("USD", "USD"),
    ("HK$", "HKD"),
    ("HKD", "HKD"),
    ("$", "USD"),
    ("＄", "USD"),
    ("€", "EUR"),
    ("EUR", "EUR"),
    ("£", "GBP"),
    ("￡", "GBP"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("港币", "HKD"),
    ("港元", "HKD"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("英镑", "GBP"),
    ("澳元", "AUD"),
    ("加元", "CAD"),
    ("韩元", "KRW"),
    ("卢布", "RUB"),
];

/// Sub-units written after a main amount (123元1角1分, 十块三毛), as powers of ten below it.
pub static CURRENCY_SUBUNITS: &[(&str, u32)] = &[("角", 1), ("毛", 1), ("分", 2)];

/// Words after `折` that make it part of another word (折合, 折旧), not a discount.
pub static NOT_DISCOUNT_AFTER: &[char] = &[
    '合', '算', '旧', '价', '扣', '线', '射', '叠', '腾', '返', '现', '抵', '损', '磨', '服', '中', '衷', '腰', '纸',
    '页', '痕', '子', '断', '回', '返', '桂', '戟', '转',
];

/// Words after `成` that make it part of another word (成立, 成为), not a share in tenths.
pub static NOT_SHARE_AFTER: &[&str] = &[
    "成立", "成为", "成功", "成果", "成本", "成员", "成效", "成交", "成绩", "成就", "成熟", "成都", "成型", "成片",
    "成长", "成品", "成套", "成年", "成人", "成像", "成分", "成份", "成材", "成才", "成语", "成规模", "成建制",
    "成网", "成体系", "成线", "成批", "成群", "成组", "成对", "成行", "成方", "成了", "成的", "成绩",
];
pub mod names;
