//! People: a name with the title attached to it (两院院士李德仁, 市委副书记、政法委书记李义龙).

use crate::{Person, Span};
use once_cell::sync::Lazy;
use regex::Regex;

/// Titles written directly before a name.
pub static TITLES: &[&str] = &[
    "两院院士", "中国科学院院士", "中国工程院院士", "院士", "教授", "研究员", "副书记", "书记", "副省长",
    "省长", "副市长", "市长", "副主任", "主任", "副局长", "局长", "厅长", "副主席", "主席", "部长",
    "董事长", "总经理", "校长", "院长", "总理", "区长", "县长", "镇长", "首席专家", "专家", "责编",
];

/// Common single-character surnames (the most frequent ~120) and compound surnames.
pub static SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤殷邬葛温洪";

static TITLE_NAME: Lazy<Regex> = Lazy::new(|| {
    let titles = TITLES.join("|");
    Regex::new(&format!(r"(?P<title>{titles})\s?(?P<name>[{SURNAMES}][\p{{Han}}]{{1,2}}?)(?P<next>[，。、；：,\s向在作为和主持出席表示指出强调说等受同志]|$)"))
        .expect("person pattern compiles")
});

/// Finds titled people in `text`. Precision first: only a title directly before a surname-led
/// name of two or three characters, followed by a boundary, is taken.
///
/// ```
/// let people = zhreport::recognize::person::find("邀请两院院士李德仁向全市发倡议");
/// assert_eq!(people[0].name, "李德仁");
/// assert_eq!(people[0].title.as_deref(), Some("两院院士"));
/// ```
pub fn find(text: &str) -> Vec<Person> {
    let mut out = Vec::new();
    for caps in TITLE_NAME.captures_iter(text) {
        let name = caps.name("name").expect("name group");
        let title = caps.name("title").expect("title group");
        out.push(Person {
            name: name.as_str().to_string(),
            title: Some(title.as_str().to_string()),
            span: Span::bytes(name.start(), name.end()),
            section: None,
        });
    }
    out
}
