//! People: a name with the title attached to it in that mention (两院院士李德仁,
//! 市委副书记、政法委书记李义龙, 习近平总书记), lists sharing one title (马丁、邬堂春等院士专家),
//! and, once a name is known, every other mention of it in the document.
//!
//! Rules, not a statistical model, and precision first: a name is a surname from the table
//! (single or compound) and one or two more characters, and it is taken only in a context that
//! marks it as a name — right after a title (书记李义龙, 省长 李殿勋), right before a title that
//! follows names (习近平同志), in a list that shares a title (…等院士专家, 市领导A、B等, 执行主席…
//! 的有：A、B、C), or as a photo credit (A　B　摄). It ends before a verb, particle or punctuation
//! ([`NAME_END_WORDS`]: 李德仁向全市…), and is never one of [`NOT_NAMES`] (高质量, 周边, 金融).

use crate::lexicon::names::{
    COMMON_NAME_STARTS, COMPOUND_SURNAMES, KNOWN_PEOPLE, NAME_END_WORDS, NOT_NAMES, SURNAMES,
    TITLES, TITLES_AFTER_NAME, TITLE_PREFIXES,
};
use crate::lexicon::CharSet;
use crate::recognize::org::{self, Claims, WordSet};
use crate::recognize::word_ends::{leftmost_longest, WordEnds};
use crate::CompactString;
use crate::{Org, Person, Span};
use once_cell::sync::Lazy;

/// Words before a name that leave it standing on its own (以习近平同志为核心, 新成立了王学浩院士工作站).
const LEFT_OF_NAME: &[&str] = &[
    "以", "了", "和", "与", "及", "同", "向", "对", "请", "邀请", "邀", "诚邀", "在", "由", "是",
    "为", "给", "把", "将", "被", "让", "有", "经", "据", "陪同", "会见", "看望", "慰问", "分获",
    "获", "授予", "聘请", "祝贺", "感谢", "欢迎", "代表", "委托", "批准", "任命", "学习", "宣传",
    "号召",
];

/// A workroom named after a person (李兆申工作室): the name before it is a person's.
const NAMED_WORKROOM: &str = "工作室";

/// Characters after a title word that show it is part of a longer word (主席台, 委员会, 代表团).
const TITLE_BLOCKED_NEXT: &str = "台会团组处班层下们库级室性";

/// Compiled person lexicons. [`PersonRules::default`] holds the built-in tables;
/// [`crate::ExtractorBuilder::title`] adds titles.
///
/// ```
/// use zhreport::recognize::person::{find_with, PersonRules};
/// let rules = PersonRules::new(&["驻村第一书记"]);
/// let people = find_with("驻村第一书记王小明带领村民", &rules, &[]);
/// assert_eq!(people[0].name, "王小明");
/// assert_eq!(people[0].title.as_deref(), Some("驻村第一书记"));
/// ```
#[derive(Debug, Clone)]
pub struct PersonRules {
    /// Every word [`find_with`] looks for, in one index read once per text: titles, titles
    /// after names, known people, then [`MARKERS`] (ids in that order, see [`PersonRules::cue`]).
    cues: WordEnds,
    /// How many titles, titles after names and known people `cues` holds.
    counts: [usize; 3],
    /// The characters a name found by these rules starts with, sorted: surnames and the
    /// first characters of compound surnames and known people ([`find_again_at`] looks only
    /// there).
    pub(crate) name_starts: Vec<char>,
    /// The characters of `name_starts` that report text mostly uses in other words
    /// ([`COMMON_NAME_STARTS`]), sorted: the reading of the blocks does not note them
    /// ([`PersonRules::noted_starts`]), [`find_again_at`] searches for them.
    unnoted_starts: Vec<char>,
    /// [`TITLES_AFTER_NAME`], asked whether a text starts with one.
    after: WordSet,
    /// The one-character surnames (all below 16 bits).
    surnames: CharSet,
    compound: Vec<&'static str>,
    /// The first characters of `compound`.
    compound_firsts: CharSet,
    end_words: WordSet,
    not_names: WordSet,
    title_prefixes: WordSet,
    left_of_name: WordSet,
}

/// What a word found by [`PersonRules::cues`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Title,
    After,
    Known,
    /// One of [`MARKERS`], by its position there.
    Marker(usize),
}

/// Words that mark a list or a credit ([`find_with`]): 等, 摄, a workroom named after a person,
/// and colons.
const MARKERS: &[&str] = &["等", "摄", NAMED_WORKROOM, "：", ":"];
const MARK_DENG: Cue = Cue::Marker(0);
const MARK_PHOTO: Cue = Cue::Marker(1);
const MARK_WORKROOM: Cue = Cue::Marker(2);

static DEFAULT_RULES: Lazy<PersonRules> = Lazy::new(|| PersonRules::new::<&str>(&[]));

impl Default for PersonRules {
    fn default() -> Self {
        DEFAULT_RULES.clone()
    }
}

impl PersonRules {
    /// The built-in tables plus `extra_titles` (written before a name).
    ///
    /// ```
    /// let rules = zhreport::recognize::person::PersonRules::new(&["总工艺师"]);
    /// let p = zhreport::recognize::person::find_with("总工艺师赵刚介绍", &rules, &[]);
    /// assert_eq!(p[0].name, "赵刚");
    /// ```
    pub fn new<S: AsRef<str>>(extra_titles: &[S]) -> PersonRules {
        PersonRules::with_names::<S, &str>(extra_titles, &[])
    }

    /// The built-in tables plus `extra_titles` and `extra_names`: people known by name, found
    /// wherever the text mentions them, with or without a title.
    ///
    /// ```
    /// let rules = zhreport::recognize::person::PersonRules::with_names::<&str, _>(&[], &["欧阳小雪"]);
    /// let p = zhreport::recognize::person::find_with("欧阳小雪介绍了经验", &rules, &[]);
    /// assert_eq!(p[0].name, "欧阳小雪");
    /// ```
    pub fn with_names<S: AsRef<str>, N: AsRef<str>>(
        extra_titles: &[S],
        extra_names: &[N],
    ) -> PersonRules {
        let mut titles: Vec<String> = TITLES.iter().map(|s| s.to_string()).collect();
        titles.extend(
            extra_titles
                .iter()
                .map(|s| s.as_ref().trim().to_string())
                .filter(|s| !s.is_empty()),
        );
        let after: Vec<String> = TITLES_AFTER_NAME.iter().map(|s| s.to_string()).collect();
        let mut known: Vec<String> = KNOWN_PEOPLE.iter().map(|s| s.to_string()).collect();
        known.extend(
            extra_names
                .iter()
                .map(|s| s.as_ref().trim().to_string())
                .filter(|s| !s.is_empty()),
        );
        // Every name starts with a surname or is a known person's.
        let name_starts: std::collections::BTreeSet<char> = SURNAMES
            .chars()
            .chain(COMPOUND_SURNAMES.iter().filter_map(|c| c.chars().next()))
            .chain(known.iter().filter_map(|k| k.chars().next()))
            .collect();
        let cues = WordEnds::new(
            titles
                .iter()
                .chain(&after)
                .chain(&known)
                .map(String::as_str)
                .chain(MARKERS.iter().copied()),
        );
        PersonRules {
            cues,
            counts: [titles.len(), after.len(), known.len()],
            unnoted_starts: COMMON_NAME_STARTS
                .chars()
                .filter(|c| name_starts.contains(c))
                .collect::<std::collections::BTreeSet<char>>()
                .into_iter()
                .collect(),
            name_starts: name_starts.into_iter().collect(),
            after: WordSet::new(after.iter().map(String::as_str)),
            surnames: CharSet::new(SURNAMES.chars()),
            compound: COMPOUND_SURNAMES.to_vec(),
            compound_firsts: CharSet::new(
                COMPOUND_SURNAMES.iter().filter_map(|c| c.chars().next()),
            ),
            end_words: WordSet::new(NAME_END_WORDS.iter().copied()),
            not_names: WordSet::new(NOT_NAMES.iter().copied()),
            title_prefixes: WordSet::new(TITLE_PREFIXES.iter().copied()),
            left_of_name: WordSet::new(LEFT_OF_NAME.iter().copied()),
        }
    }

    /// The characters of [`PersonRules::name_starts`] whose places the reading of the blocks
    /// notes for [`find_again_at`]: all but the common ones it searches for itself.
    pub(crate) fn noted_starts(&self) -> impl Iterator<Item = char> + '_ {
        let noted = |c: &char| self.unnoted_starts.binary_search(c).is_err();
        self.name_starts.iter().copied().filter(noted)
    }

    /// What the word `id` of [`PersonRules::cues`] is.
    fn cue(&self, id: usize) -> Cue {
        let [titles, after, known] = self.counts;
        if id < titles {
            Cue::Title
        } else if id < titles + after {
            Cue::After
        } else if id < titles + after + known {
            Cue::Known
        } else {
            Cue::Marker(id - titles - after - known)
        }
    }

    /// The title written after names that `text` starts with (同志, 总书记), in bytes.
    fn after_at(&self, text: &str) -> Option<usize> {
        self.after.starting(text)
    }

    /// Length in bytes of the surname `s` starts with (compound first), if any.
    fn surname(&self, s: &str) -> Option<usize> {
        let c = s.chars().next()?;
        // Most characters begin no compound surname: told before the list is read.
        if self.compound_firsts.contains(c) {
            if let Some(x) = self.compound.iter().find(|x| s.starts_with(*x)) {
                return Some(x.len());
            }
        }
        self.surnames.contains_code(c as u32).then(|| c.len_utf8())
    }

    /// A candidate name is acceptable: not a common word, not a title.
    fn plausible(&self, name: &str) -> bool {
        let n = name.chars().count();
        (2..=4).contains(&n)
            && name.chars().all(is_han)
            && self.not_names.starting(name).is_none()
            && !name.ends_with(|c| "省市县区州镇乡村".contains(c))
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\u{a0}' | '\t')
}

/// Finds people in `text` with the built-in lexicons (organizations for the titles are found
/// with [`org::find`]).
///
/// ```
/// let people = zhreport::recognize::person::find("邀请两院院士李德仁向全市发倡议，市委副书记、政法委书记李义龙作讲话");
/// assert_eq!(people[0].name, "李德仁");
/// assert_eq!(people[0].title.as_deref(), Some("两院院士"));
/// assert_eq!(people[1].name, "李义龙");
/// assert_eq!(people[1].title.as_deref(), Some("市委副书记、政法委书记"));
/// ```
pub fn find(text: &str) -> Vec<Person> {
    let orgs = org::find(text);
    find_with(text, &DEFAULT_RULES, &orgs)
}

/// Finds people in `text` with the given lexicons; `orgs` (found in the same text) extend a
/// title to the organization written before it (市发展和改革委员会主任).
///
/// ```
/// use zhreport::recognize::{org, person};
/// let text = "积极邀请马丁、邬堂春等院士专家出席";
/// let people = person::find_with(text, &person::PersonRules::default(), &org::find(text));
/// let names: Vec<_> = people.iter().map(|p| (p.name.as_str(), p.title.as_deref())).collect();
/// assert_eq!(names, vec![("马丁", Some("院士专家")), ("邬堂春", Some("院士专家"))]);
/// ```
pub fn find_with(text: &str, rules: &PersonRules, orgs: &[Org]) -> Vec<Person> {
    let mut hits = PersonHits::default();
    // One reading of the text finds every title, name and marker.
    rules
        .cues
        .for_each(text, |start, end, id| hits.add(rules, start, end, id));
    hits.end_block();
    let mut people = Vec::new();
    read_hits(text, rules, orgs, &mut hits, 0, &mut people);
    people
}

/// The words of [`PersonRules`] looked for in a text, numbered as [`PersonHits::add`] reads
/// them.
pub(crate) fn words(rules: &PersonRules) -> &WordEnds {
    &rules.cues
}

/// The titles, names and markers found in the blocks of a text, as [`words`] reports them, by
/// kind, block after block (as [`org::OrgHits`]).
#[derive(Debug, Default)]
pub(crate) struct PersonHits {
    titles: Vec<(usize, usize, usize)>,
    after: Vec<(usize, usize, usize)>,
    known: Vec<(usize, usize, usize)>,
    deng: Vec<usize>,
    photo: Vec<usize>,
    workroom: Vec<usize>,
    colons: Vec<(usize, usize)>,
    /// The spans of `titles` kept by [`read_hits`].
    title_spans: Vec<(usize, usize)>,
    /// Where each block's hits end in the lists, in the order of [`PersonHits::lens`].
    block_ends: Vec<[usize; 7]>,
    /// The organizations of the block [`read_hits`] reads.
    orgs: OrgIndex,
    /// The spans of the people it found.
    taken: Claims,
}

impl PersonHits {
    /// Empties the lists, keeping their room for the next text.
    pub(crate) fn clear(&mut self) {
        self.titles.clear();
        self.after.clear();
        self.known.clear();
        self.deng.clear();
        self.photo.clear();
        self.workroom.clear();
        self.colons.clear();
        self.title_spans.clear();
        self.block_ends.clear();
    }

    /// Ends the hits of the block at hand: those added next are the next block's.
    pub(crate) fn end_block(&mut self) {
        self.block_ends.push(self.lens());
    }

    /// The lengths of the lists of hits.
    fn lens(&self) -> [usize; 7] {
        [
            self.titles.len(),
            self.after.len(),
            self.known.len(),
            self.deng.len(),
            self.photo.len(),
            self.workroom.len(),
            self.colons.len(),
        ]
    }

    /// Word `id` of [`words`] spans `start..end`; words come by end.
    pub(crate) fn add(&mut self, rules: &PersonRules, start: usize, end: usize, id: usize) {
        match rules.cue(id) {
            Cue::Title => self.titles.push((start, end, id)),
            Cue::After => self.after.push((start, end, id)),
            Cue::Known => self.known.push((start, end, id)),
            MARK_DENG => self.deng.push(start),
            MARK_PHOTO => self.photo.push(start),
            MARK_WORKROOM => self.workroom.push(start),
            Cue::Marker(_) => self.colons.push((start, end)),
        }
    }
}

/// Appends to `out` the people named around the titles, names and markers found in `text`,
/// the block numbered `block` of `hits`, in order, with spans in `text`; `orgs` (found in the
/// same text) extend a title to the organization written before it.
pub(crate) fn read_hits(
    text: &str,
    rules: &PersonRules,
    orgs: &[Org],
    hits: &mut PersonHits,
    block: usize,
    out: &mut Vec<Person>,
) {
    let Some(&to) = hits.block_ends.get(block) else {
        return;
    };
    let from = block
        .checked_sub(1)
        .and_then(|b| hits.block_ends.get(b))
        .copied()
        .unwrap_or_default();
    // Most blocks hold no cue at all: nothing to index their organizations for.
    if from == to {
        return;
    }
    // Each kind is read as its own search would: titles, titles after names and known people
    // leftmost-longest (sorted by start and by end), markers all.
    let PersonHits {
        titles,
        after,
        known,
        deng,
        photo,
        workroom,
        colons,
        title_spans,
        orgs: org_index,
        taken,
        ..
    } = hits;
    let titles = titles.get_mut(from[0]..to[0]).unwrap_or_default();
    let after = after.get_mut(from[1]..to[1]).unwrap_or_default();
    let known = known.get_mut(from[2]..to[2]).unwrap_or_default();
    let deng = deng.get(from[3]..to[3]).unwrap_or_default();
    let photo = photo.get(from[4]..to[4]).unwrap_or_default();
    let workroom = workroom.get(from[5]..to[5]).unwrap_or_default();
    let colons = colons.get(from[6]..to[6]).unwrap_or_default();
    let titles = leftmost_longest(titles);
    title_spans.clear();
    title_spans.extend(titles.iter().map(|&(s, e, _)| (s, e)));
    let titles = &title_spans[..];
    org_index.fill(orgs);
    let orgs = &*org_index;
    let first = out.len();
    taken.reset(text.len());
    let mut push =
        |out: &mut Vec<Person>, start: usize, end: usize, title: Option<CompactString>| {
            if taken.claim(start, end) {
                out.push(Person {
                    name: text[start..end].into(),
                    title,
                    span: Span::bytes(start, end),
                    section: None,
                });
            }
        };
    // Title, then a name (and a list of names sharing it): 市领导杨鹏飞、林庆生等.
    for &(ts, te) in titles {
        let mut p = te;
        for c in text[te..].chars().take(2) {
            if is_space(c) {
                p += c.len_utf8();
            } else {
                break;
            }
        }
        let Some(end) = name_at(text, p, rules) else {
            continue;
        };
        if orgs.overlaps(p, end) {
            continue;
        }
        let title = CompactString::from(&text[title_start(text, ts, orgs, titles, rules)..te]);
        push(out, p, end, Some(title.clone()));
        for (s, e) in list_after(text, end, rules) {
            push(out, s, e, Some(title.clone()));
        }
    }
    // Names, then a title that follows names: 习近平总书记, 王学浩院士工作站.
    // A list before it shares the title: 张伟、李明同志.
    for &(ms, me, _) in leftmost_longest(after).iter() {
        for (s, e) in list_before(text, ms, rules) {
            if !orgs.overlaps(s, e) {
                push(out, s, e, Some(text[ms..me].into()));
            }
        }
    }
    // A three-character name before a workroom named after it: 、李兆申工作室.
    for &i in workroom.iter() {
        if let Some(start) =
            name_ending_at(text, i, rules, true).filter(|&s| text[s..i].chars().count() == 3)
        {
            if !orgs.overlaps(start, i) {
                push(out, start, i, None);
            }
        }
    }
    // Lists ending in 等 + title: 邀请马丁、邬堂春等院士专家; 等人 without a title.
    for &i in deng.iter() {
        let after = i + '等'.len_utf8();
        if text[after..].starts_with('人')
            && !text[after + '人'.len_utf8()..]
                .starts_with(|c: char| "员才民口们数次力类工为大".contains(c))
        {
            let items = list_before(text, i, rules);
            if items.len() >= 2 {
                for (s, e) in items {
                    push(out, s, e, None);
                }
            }
            continue;
        }
        let Ok(k) = titles.binary_search_by_key(&after, |t| t.0) else {
            continue;
        };
        let Some(&(_, te)) = titles.get(k) else {
            continue;
        };
        if text[te..]
            .chars()
            .next()
            .is_some_and(|c| TITLE_BLOCKED_NEXT.contains(c))
        {
            continue;
        }
        let items = list_before(text, i, rules);
        for (s, e) in items {
            push(out, s, e, Some(text[after..te].into()));
        }
    }
    // A list introduced by a colon: 执行主席…的有：杨根生、梁建勇、林光大。
    for &(i, end) in colons.iter() {
        let items = list_after_colon(text, end, rules);
        if items.len() >= 3 {
            let title = colon_title(text, i, orgs, titles, rules);
            for (s, e) in items {
                push(out, s, e, title.clone());
            }
        }
    }
    // Photo credits: 徐学仕　李升华　摄.
    for &i in photo.iter() {
        for (s, e) in photo_credit(text, i, rules) {
            push(out, s, e, None);
        }
    }
    // People named everywhere: 邓小平理论, 习近平新时代….
    for &(s, e, _) in leftmost_longest(known).iter() {
        let title = title_after(text, e, rules);
        push(out, s, e, title);
    }
    out[first..].sort_by_key(|p| p.span.start);
}

/// Looks again, in the whole document, for every name already found: 林光大 found as 执行主席 is
/// also the 林光大 of 林光大主持大会. `blocks` are the byte ranges searched; `people` holds the
/// mentions found so far (document offsets) and receives the new ones, sorted by position.
///
/// ```
/// use zhreport::recognize::person;
/// let text = "市长梁建勇作报告。梁建勇说，要加快发展。";
/// let mut people = person::find(text);
/// person::find_again(text, &[(0, text.len())], &mut people, &person::PersonRules::default());
/// let found: Vec<_> = people.iter().map(|p| (p.name.as_str(), p.title.as_deref())).collect();
/// assert_eq!(found, vec![("梁建勇", Some("市长")), ("梁建勇", None)]);
/// ```
pub fn find_again(
    text: &str,
    blocks: &[(usize, usize)],
    people: &mut Vec<Person>,
    rules: &PersonRules,
) {
    find_again_at(text, blocks, None, people, rules);
}

/// [`find_again`], looking only at `name_starts` (sorted document offsets of every character
/// of `blocks` that is one of [`PersonRules::noted_starts`], as the reading of each block
/// reports them) when given, and at the places of the other characters of
/// [`PersonRules::name_starts`] that a name found starts with, searched for here.
pub(crate) fn find_again_at(
    text: &str,
    blocks: &[(usize, usize)],
    name_starts: Option<&[usize]>,
    people: &mut Vec<Person>,
    rules: &PersonRules,
) {
    let mut names: Vec<&str> = people
        .iter()
        .map(|p| p.name.as_str())
        .filter(|n| n.chars().nth(1).is_some())
        .collect();
    names.sort_unstable();
    names.dedup();
    if names.is_empty() {
        return;
    }
    // A name can only start at a character some name starts with: the reading of the blocks
    // reported where those are, unless a name starts otherwise (a caller's own list).
    let first_chars = || names.iter().filter_map(|n| n.chars().next());
    let given =
        name_starts.filter(|_| first_chars().all(|c| rules.name_starts.binary_search(&c).is_ok()));
    // A filter (beyond 16 bits) before the search among the names.
    let firsts = CharSet::new(first_chars());
    // The names by first character, a run of the sorted list each: (character, run start).
    let mut groups: Vec<(char, usize)> = Vec::new();
    for (i, c) in first_chars().enumerate() {
        if groups.last().is_none_or(|g| g.0 != c) {
            groups.push((c, i));
        }
    }
    let bytes = text.as_bytes();
    // Most starts are surnames no name found begins with: told from their bytes in one pass,
    // so that the reading below sees only the few left (about one in seven).
    let may_start = |&s: &usize| match bytes.get(s..s + 3) {
        Some(&[b0, b1, b2]) if b0 & 0xf0 == 0xe0 => firsts.contains3(b0, b1, b2),
        _ => true,
    };
    let mut starts: Vec<usize> = match given {
        Some(starts) => {
            let mut starts: Vec<usize> = starts.iter().copied().filter(may_start).collect();
            // A common character a name starts with (高, 施): where it stands, in the whole
            // text (the blocks are read below).
            for &(c, _) in &groups {
                if rules.unnoted_starts.binary_search(&c).is_ok() {
                    let mut buf = [0; 4];
                    let needle = c.encode_utf8(&mut buf).as_bytes();
                    starts.extend(memchr::memmem::find_iter(bytes, needle));
                }
            }
            starts
        }
        None => blocks
            .iter()
            .filter_map(|&(bs, be)| Some((bs, text.get(bs..be)?)))
            .flat_map(|(bs, block)| {
                block
                    .char_indices()
                    .filter(|&(_, c)| firsts.contains(c))
                    .map(move |(i, _)| bs + i)
            })
            .collect(),
    };
    if !starts.windows(2).all(|w| w[0] < w[1]) {
        // Sorted runs (the blocks' starts, those of each character searched for): merged.
        starts.sort();
        starts.dedup();
    }
    let mut spans: Vec<(usize, usize)> =
        people.iter().map(|p| (p.span.start, p.span.end)).collect();
    spans.sort();
    let mut added = Vec::new();
    // Blocks come in order: the starts of each are read on from where the last block's ended.
    let mut k = 0;
    let mut last_end = 0;
    for &(bs, be) in blocks {
        let Some(block) = text.get(bs..be) else {
            continue;
        };
        if bs < last_end {
            k = starts.partition_point(|&p| p < bs);
        }
        last_end = be;
        while starts.get(k).is_some_and(|&p| p < bs) {
            k += 1;
        }
        // As a leftmost-longest search for the names reads the block: at the first place a
        // name starts, the longest, then on after its end.
        let mut next = bs;
        while let Some(&s) = starts.get(k).filter(|&&s| s < be) {
            k += 1;
            if s < next {
                continue;
            }
            let Some(rest) = block.get(s - bs..) else {
                continue;
            };
            let Some(c) = rest.chars().next().filter(|&c| firsts.contains(c)) else {
                continue;
            };
            // The names starting with `c`, the longest found.
            let Ok(g) = groups.binary_search_by_key(&c, |g| g.0) else {
                continue;
            };
            let run = groups[g].1..groups.get(g + 1).map_or(names.len(), |next| next.1);
            let Some(name) = names[run]
                .iter()
                .filter(|n| rest.starts_with(**n))
                .max_by_key(|n| n.len())
            else {
                continue;
            };
            let e = s + name.len();
            next = e;
            let i = spans.partition_point(|sp| sp.1 <= s);
            if spans.get(i).is_some_and(|sp| sp.0 < e) {
                continue;
            }
            // A two-character name must end there (马丁 in 马丁出席, not in 马丁格尔).
            if name.chars().count() == 2 && !ends_name(text, e, rules) {
                continue;
            }
            let title = title_after(text, e, rules);
            added.push(Person {
                name: CompactString::from(*name),
                title,
                span: Span::bytes(s, e),
                section: None,
            });
        }
    }
    people.extend(added);
    people.sort_by_key(|p| p.span.start);
}

/// The title written right after a name (同志, 总书记), if any.
fn title_after(text: &str, end: usize, rules: &PersonRules) -> Option<CompactString> {
    let rest = &text[end..];
    rules.after_at(rest).map(|n| rest[..n].into())
}

/// Organization spans of a text, for overlap and "ends here" queries in logarithmic time.
#[derive(Debug, Default)]
struct OrgIndex {
    /// (start, end), sorted by start.
    spans: Vec<(usize, usize)>,
    /// Running maximum of the ends, so that overlapping input is handled too.
    max_end: Vec<usize>,
    /// Sorted (end, start) with the earliest start first for each end.
    by_end: Vec<(usize, usize)>,
}

impl OrgIndex {
    /// Indexes `orgs` in place of the last text's organizations.
    fn fill(&mut self, orgs: &[Org]) {
        let OrgIndex {
            spans,
            max_end,
            by_end,
        } = self;
        spans.clear();
        spans.extend(orgs.iter().map(|o| (o.span.start, o.span.end)));
        spans.sort_unstable();
        max_end.clear();
        max_end.extend(spans.iter().scan(0, |m, &(_, e)| {
            *m = (*m).max(e);
            Some(*m)
        }));
        by_end.clear();
        by_end.extend(spans.iter().map(|&(s, e)| (e, s)));
        by_end.sort_unstable();
    }

    fn overlaps(&self, start: usize, end: usize) -> bool {
        let i = self.spans.partition_point(|sp| sp.0 < end);
        i > 0 && self.max_end[i - 1] > start
    }

    /// The start of the longest organization ending at `end`.
    fn start_ending_at(&self, end: usize) -> Option<usize> {
        let i = self.by_end.partition_point(|x| x.0 < end);
        self.by_end
            .get(i)
            .filter(|x| x.0 == end && x.1 < end)
            .map(|x| x.1)
    }
}

/// Something right after a name that ends it: punctuation, a digit, the end, a verb or particle
/// (向, 主持, 说), or a title written after names.
fn ends_name(text: &str, at: usize, rules: &PersonRules) -> bool {
    let rest = &text[at..];
    match rest.chars().next() {
        None => true,
        Some(c) if !is_han(c) => true,
        Some(_) => rules.end_words.starting(rest).is_some() || rules.after_at(rest).is_some(),
    }
}

/// Punctuation, a digit or the end right after a name.
fn ends_name_hard(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(is_han)
}

/// A name starting at `p`: surname + one or two characters, ended by [`ends_name`].
fn name_at(text: &str, p: usize, rules: &PersonRules) -> Option<usize> {
    let rest = text.get(p..)?;
    let slen = rules.surname(rest)?;
    let mut given = [(0, ' '); 2];
    let mut count = 0;
    for (g, x) in given.iter_mut().zip(rest[slen..].char_indices()) {
        *g = x;
        count += 1;
    }
    for glen in [2usize, 1] {
        if count < glen || !given[..glen].iter().all(|&(_, c)| is_han(c)) {
            continue;
        }
        // The second given character must not begin a verb (李强指出 → 李强).
        // …unless the name ends right after it (院长李大为1月12日).
        let end = p + slen + given[glen - 1].0 + given[glen - 1].1.len_utf8();
        if glen == 2 {
            let name_ends_here =
                ends_name_hard(text, end) && !matches!(given[1].1, '摄' | '等' | '说');
            if rules
                .end_words
                .starting(&rest[slen + given[1].0..])
                .is_some()
                && !name_ends_here
            {
                continue;
            }
        }
        if !ends_name(text, end, rules) || !rules.plausible(&text[p..end]) {
            continue;
        }
        return Some(end);
    }
    None
}

/// A name ending at `end` (3 characters preferred, then 2; 4 with a compound surname).
/// With `standalone`, what stands before it must be punctuation or a word like 以, 了, 邀请.
fn name_ending_at(text: &str, end: usize, rules: &PersonRules, standalone: bool) -> Option<usize> {
    let head = text.get(..end)?;
    let mut starts = [0; 4];
    let mut count = 0;
    for (s, (i, _)) in starts.iter_mut().zip(head.char_indices().rev()) {
        *s = i;
        count += 1;
    }
    for n in [4usize, 3, 2] {
        let Some(&start) = starts[..count].get(n - 1) else {
            continue;
        };
        let name = &text[start..end];
        let slen = match rules.surname(name) {
            Some(l) => l,
            None => continue,
        };
        // Four characters only with a compound surname; a compound surname needs a given name.
        let compound = slen > 3;
        if n == 4 && !compound || name.len() <= slen {
            continue;
        }
        if !rules.plausible(name) {
            continue;
        }
        // 向张伟: a word that stands before names (向, 和, 对) is not their surname.
        if n == 3 && !compound {
            let first = &name[..slen];
            if rules.left_of_name.starting(first) == Some(first.len())
                && rules.surname(&name[slen..]).is_some()
            {
                continue;
            }
        }
        if standalone {
            let before = &text[..start];
            let ok = match before.chars().next_back() {
                None => true,
                Some(c) if !is_han(c) => true,
                Some(_) => rules.left_of_name.ending(before).is_some(),
            };
            if !ok {
                continue;
            }
        }
        return Some(start);
    }
    None
}

/// Names following a name, each written whole between 、 (…杨鹏飞、林庆生等).
fn list_after(text: &str, mut end: usize, rules: &PersonRules) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    while let Some(rest) = text[end..].strip_prefix('、') {
        let p = text.len() - rest.len();
        match name_at(text, p, rules).filter(|&e| item_ends(text, e)) {
            Some(e) => {
                out.push((p, e));
                end = e;
            }
            None => break,
        }
    }
    out
}

/// A list item ends at punctuation or before 等/和/及.
fn item_ends(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    match rest.chars().next() {
        None => true,
        Some(c) => !is_han(c) || matches!(c, '等' | '和' | '及'),
    }
}

/// The names of a list that ends at `end` (before 等): 韩雅玲、葛均波、陈义汉等.
fn list_before(text: &str, mut end: usize, rules: &PersonRules) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    loop {
        let first_standalone = out.is_empty();
        let Some(start) = name_ending_at(text, end, rules, false) else {
            break;
        };
        let before = &text[..start];
        if let Some(b) = before.strip_suffix('、') {
            out.push((start, end));
            end = b.len();
            continue;
        }
        // The first item: alone it must stand on its own; in a list its left side is free.
        if !first_standalone || name_ending_at(text, end, rules, true) == Some(start) {
            out.push((start, end));
        }
        break;
    }
    out.reverse();
    out
}

/// Names written whole after a colon, separated by 、, up to the end of the sentence.
fn list_after_colon(text: &str, p: usize, rules: &PersonRules) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(e) = name_at(text, p, rules).filter(|&e| item_ends(text, e)) else {
        return out;
    };
    out.push((p, e));
    out.extend(list_after(text, e, rules));
    let last = out.last().map_or(p, |x| x.1);
    match text[last..].chars().next() {
        None | Some('。' | '；' | '，' | '等' | '\n' | '\r') => out,
        _ => Vec::new(),
    }
}

/// The title named in the clause before a colon (担任…执行主席并在主席台前排就座的有：).
fn colon_title(
    text: &str,
    colon: usize,
    orgs: &OrgIndex,
    titles: &[(usize, usize)],
    rules: &PersonRules,
) -> Option<CompactString> {
    // The clause starts after the last sentence end within 120 characters.
    let mut sentence = colon;
    for (i, c) in text[..colon].char_indices().rev().take(120) {
        if matches!(c, '。' | '；' | '！' | '\n') {
            break;
        }
        sentence = i;
    }
    let lo = titles.partition_point(|t| t.0 < sentence);
    let hi = titles.partition_point(|t| t.1 <= colon);
    titles[lo..hi.max(lo)]
        .iter()
        .rev()
        .find(|t| {
            !text[t.1..]
                .chars()
                .next()
                .is_some_and(|c| TITLE_BLOCKED_NEXT.contains(c))
        })
        .map(|&(ts, te)| text[title_start(text, ts, orgs, titles, rules)..te].into())
}

/// Names written whole, separated by spaces, before 摄 (photo credit).
fn photo_credit(text: &str, at: usize, rules: &PersonRules) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let after = &text[at + '摄'.len_utf8()..];
    if after.chars().next().is_some_and(|c| is_han(c) && c != '影') {
        return out;
    }
    let mut end = at;
    loop {
        let head = &text[..end];
        let trimmed = head.trim_end_matches(is_space);
        if trimmed.len() == head.len() && !out.is_empty() {
            break;
        }
        let start = trimmed
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_han(c))
            .last()
            .map_or(trimmed.len(), |(i, _)| i);
        let name = &text[start..trimmed.len()];
        if start == trimmed.len()
            || rules.surname(name).is_none()
            || !rules.plausible(name)
            || name.chars().count() > 3
        {
            break;
        }
        out.push((start, trimmed.len()));
        end = start;
    }
    // One bare name glued to 摄 (戴冰摄) is left to the title rule.
    if out.len() == 1 && text[out[0].1..at].is_empty() {
        out.clear();
    }
    out
}

/// Where the title ending at the match `ts..` begins: modifiers (常务, 执行), the organization
/// or place written before it (市委副书记, 北京市市长), and earlier titles joined by 、
/// or 兼 (中国工程院院士、…首席专家、…主任; 国务院副总理兼国家计划委员会主任).
fn title_start(
    text: &str,
    ts: usize,
    orgs: &OrgIndex,
    titles: &[(usize, usize)],
    rules: &PersonRules,
) -> usize {
    let mut s = ts;
    let mut depth = 0;
    loop {
        let mut grew = true;
        while grew {
            grew = false;
            if let Some(n) = rules.title_prefixes.ending(&text[..s]) {
                s -= n;
                grew = true;
            }
            if let Some(o) = orgs.start_ending_at(s) {
                s = o;
                grew = true;
            }
        }
        // A place before the title: 北京市市长, 省市领导.
        let head = &text[..s];
        let run: usize = head
            .chars()
            .rev()
            .take_while(|c| "省市区县州".contains(*c))
            .map(char::len_utf8)
            .sum();
        if run > 0 {
            s -= run;
            let head = &text[..s];
            let han: Vec<(usize, char)> = head
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_han(c))
                .take(4)
                .collect();
            if (1..=3).contains(&han.len())
                && han
                    .last()
                    .is_some_and(|&(i, _)| i == 0 || !text[..i].ends_with(is_han))
            {
                s = han.last().map_or(s, |&(i, _)| i);
            }
        }
        // An earlier title joined by 、.
        depth += 1;
        match text[..s]
            .strip_suffix('、')
            .or_else(|| text[..s].strip_suffix('兼'))
        {
            Some(b) if depth < 6 => match titles.binary_search_by_key(&b.len(), |t| t.1) {
                Ok(k) => s = titles[k].0,
                Err(_) => return s,
            },
            _ => return s,
        }
    }
}
