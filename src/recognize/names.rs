//! People and organizations from one reading of a text: the organization suffixes and known
//! names, the titles, known people and list markers are looked for together
//! ([`crate::recognize::word_ends`]), then each recognizer reads its own finds.

use crate::recognize::org::{self, OrgHits, OrgRules};
use crate::recognize::person::{self, PersonHits, PersonRules};
use crate::recognize::word_ends::WordEnds;
use crate::{Org, Person, Span};
use std::ops::Range;
use std::sync::Arc;

/// Organization and person rules with their words in one index.
#[derive(Debug, Clone)]
pub(crate) struct NameRules {
    pub(crate) orgs: Arc<OrgRules>,
    pub(crate) people: Arc<PersonRules>,
    /// The words of `orgs`, then those of `people`.
    words: WordEnds,
}

impl NameRules {
    pub(crate) fn new(orgs: Arc<OrgRules>, people: Arc<PersonRules>) -> NameRules {
        let words = WordEnds::marking(
            org::words(&orgs)
                .words()
                .chain(person::words(&people).words()),
            people.noted_starts(),
        );
        NameRules {
            orgs,
            people,
            words,
        }
    }

    /// The organizations and the people of each block of a text, as [`org::find_with`] and
    /// [`person::find_with`] find them: `blocks` gives each block's text and offset in the
    /// document; each block's finds are appended to `orgs` and `people` in order, with spans
    /// in the document. Appends to `finds.name_starts` where a name may start (for
    /// [`person::find_again_at`]), in document offsets. Each step reads every block before the
    /// next starts (the words, then the organizations, then the people), so that the code of
    /// one stays in the instruction cache. Not inlined, so that profiles show it.
    #[inline(never)]
    pub(crate) fn find<'t>(
        &self,
        blocks: impl Iterator<Item = (&'t str, usize)> + Clone,
        finds: &mut NameFinds,
        orgs: &mut Vec<Org>,
        people: &mut Vec<Person>,
    ) {
        let NameFinds {
            name_starts,
            orgs: org_hits,
            people: person_hits,
            block_orgs,
        } = finds;
        org_hits.clear();
        person_hits.clear();
        block_orgs.clear();
        let org_words = org::words(&self.orgs).len();
        for (text, offset) in blocks.clone() {
            self.words.for_each_marking(
                text,
                |start, end, id| match id.checked_sub(org_words) {
                    None => org_hits.add(&self.orgs, start, end, id),
                    Some(id) => person_hits.add(&self.people, start, end, id),
                },
                // A character a name may start with.
                |start| name_starts.push(offset + start),
            );
            org_hits.end_block();
            person_hits.end_block();
        }
        for (k, (text, _)) in blocks.clone().enumerate() {
            let first = orgs.len();
            org::read_hits(text, &self.orgs, org_hits, k, orgs);
            block_orgs.push(first..orgs.len());
        }
        // The people of a block read its organizations with the block's spans; then both move
        // to the document's.
        for (k, ((text, offset), block)) in blocks.zip(block_orgs.iter()).enumerate() {
            let block_orgs = orgs.get_mut(block.clone()).unwrap_or_default();
            let first = people.len();
            person::read_hits(text, &self.people, block_orgs, person_hits, k, people);
            shift_spans(block_orgs.iter_mut().map(|o| &mut o.span), offset);
            shift_spans(people[first..].iter_mut().map(|p| &mut p.span), offset);
        }
    }
}

/// Moves spans found in a block (from the block's start) to the document's.
fn shift_spans<'a>(spans: impl Iterator<Item = &'a mut Span>, offset: usize) {
    for span in spans {
        span.start += offset;
        span.end += offset;
    }
}

/// What [`NameRules::find`] reads the blocks of a document into: where names may start, and
/// the words found in the blocks, whose lists keep their room from document to document.
#[derive(Debug, Default)]
pub(crate) struct NameFinds {
    /// Where a name may start, in document offsets, in the order the blocks were read.
    pub(crate) name_starts: Vec<usize>,
    orgs: OrgHits,
    people: PersonHits,
    /// Where each block's organizations are in the list [`NameRules::find`] appends to.
    block_orgs: Vec<Range<usize>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_reading_finds_what_each_recognizer_finds() {
        let rules = NameRules::new(
            Arc::new(OrgRules::new(&["院士工作站"], &["玉柴"])),
            Arc::new(PersonRules::with_names(&["总工艺师"], &["欧阳小雪"])),
        );
        let text = "玉柴入选领军企业，同济医院院士工作站揭牌。市委副书记、政法委书记李义龙，\
                    总工艺师赵刚和欧阳小雪出席；邀请马丁、邬堂春等院士专家。";
        let mut finds = NameFinds::default();
        // The finds are appended to what the lists hold, with spans in the document.
        let (held_orgs, held_people) = (org::find("市委"), person::find("市长李明"));
        let (mut orgs, mut people) = (held_orgs.clone(), held_people.clone());
        let second = "武汉市科协邀请院士李德仁。";
        let blocks = [(text, 10), (second, 300)];
        rules.find(blocks.into_iter(), &mut finds, &mut orgs, &mut people);
        let mut expected_orgs = held_orgs;
        let mut expected_people = held_people;
        for (t, offset) in blocks {
            let block_orgs = org::find_with(t, &rules.orgs);
            let block_people = person::find_with(t, &rules.people, &block_orgs);
            let at = |span: Span| Span::bytes(span.start + offset, span.end + offset);
            let moved_orgs = block_orgs.into_iter().map(|o| Org {
                span: at(o.span),
                ..o
            });
            expected_orgs.extend(moved_orgs);
            expected_people.extend(block_people.into_iter().map(|p| Person {
                span: at(p.span),
                ..p
            }));
        }
        assert_eq!(orgs, expected_orgs);
        assert_eq!(people, expected_people);
        let found: Vec<_> = orgs.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(
            found,
            [
                "市委",
                "玉柴",
                "同济医院院士工作站",
                "市委",
                "政法委",
                "武汉市科协"
            ]
        );
        let found: Vec<_> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            found,
            [
                "李明",
                "李义龙",
                "赵刚",
                "欧阳小雪",
                "马丁",
                "邬堂春",
                "李德仁"
            ]
        );
        let starts = &finds.name_starts[..];
        // Every surname and first character of a known name, where it stands, but the
        // common ones (高, 成) that find_again searches for itself.
        let noted: Vec<char> = rules.people.noted_starts().collect();
        assert!(!noted.contains(&'高') && noted.contains(&'李'));
        let expected: Vec<usize> = blocks
            .iter()
            .flat_map(|&(t, offset)| {
                t.char_indices()
                    .filter(|(_, c)| noted.contains(c))
                    .map(move |(i, _)| i + offset)
            })
            .collect();
        assert_eq!(starts, expected);
        assert!(
            expected.len() >= 9,
            "李 赵 欧 马 邬 and others: {expected:?}"
        );
    }
}
