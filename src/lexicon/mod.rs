//! Static lexicons: every word list the recognizers use, in one place each.
//!
//! Sources: the measure words are the common 量词 of Chinese administrative and statistical
//! writing (《现代汉语量词用法词典》 categories, plus the SI and Chinese units of the national
//! statistics bulletins); the rest were collected from government work reports and work summaries.
//! Users extend them through [`crate::ExtractorBuilder`].

/// Approximation words written before a number, longest first within a shared prefix.
pub static APPROX_PREFIXES: &[(&str, crate::Approx)] = {
    use crate::Approx::*;
    &[
        ("超过", MoreThan),
        ("多达", MoreThan),
        ("高达", MoreThan),
        ("至少", MoreThan),
        ("超", MoreThan),
        ("逾", MoreThan),
        ("近乎", LessThan),
        ("接近", LessThan),
        ("不足", LessThan),
        ("不到", LessThan),
        ("近", LessThan),
        ("大约", About),
        ("约", About),
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
        ("多", MoreThan),
        ("以下", LessThan),
        ("以内", LessThan),
        ("左右", About),
        ("上下", About),
    ]
};

/// Measure words and units that make a number a count. Longer entries win (人次 over 人).
pub static MEASURE_WORDS: &[&str] = &[
    // people and organizations
    "人次", "人", "名", "位", "户", "家", "所", "个", "支", "对",
    // events and activities
    "场次", "场", "次", "期", "届", "轮", "批", "项", "件", "起", "宗", "例", "单",
    // documents and works
    "篇", "部", "本", "册", "份", "首", "幅", "集", "条", "款", "章", "门", "课时", "学时",
    // things and places
    "座", "栋", "幢", "套", "台", "辆", "艘", "架", "株", "棵", "头", "只", "匹", "枚", "块", "片",
    "处", "间", "张", "把", "根", "口", "盏", "道", "顶", "组", "队", "类", "种", "村", "镇",
    "乡", "县", "区", "市", "省", "校", "园", "站", "床", "张床", "级", "层",
    // area, length, volume, mass, energy, containers
    "平方公里", "平方千米", "平方米", "万平方米", "公顷", "亩", "公里", "千米", "米", "厘米",
    "立方米", "方", "吨", "公斤", "千克", "克", "斤", "担", "千瓦时", "千瓦", "兆瓦", "瓦",
    "标准箱", "标箱", "吨标准煤", "度", "升", "毫升", "车次", "架次", "班次", "航次",
    // time as an indicator value (优良天数281天)
    "天", "小时", "岁", "倍", "番",
    // digital
    "兆", "G", "GB", "TB", "MB",
];

/// Currency words written after an amount, with their ISO code. `元` alone is CNY.
pub static CURRENCY_SUFFIXES: &[(&str, &str)] = &[
    ("元人民币", "CNY"),
    ("人民币", "CNY"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("日圆", "JPY"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("澳元", "AUD"),
    ("加元", "CAD"),
    ("英镑", "GBP"),
    ("卢布", "RUB"),
    ("韩元", "KRW"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("澳门元", "MOP"),
    ("新加坡元", "SGD"),
    ("瑞士法郎", "CHF"),
    ("法郎", "CHF"),
    ("卢比", "INR"),
    ("泰铢", "THB"),
    ("元", "CNY"),
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
    ("GBP", "GBP"),
    ("美元", "USD"),
];
