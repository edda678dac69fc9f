//! People and organizations from one reading of a text: the organization suffixes and known
//! names, the titles, known people and list markers are looked for together
//! ([`crate::recognize::word_ends`]), then each recognizer reads its own finds.

use crate::recognize::org::{self, OrgHits, OrgRules};
use crate::recognize::person::{self, PersonHits, PersonRules};
use crate::recognize::word_ends::WordEnds;
use crate::{Org, Person};
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
    /// document, `found(offset, orgs, people)` receives each block's finds in order. Appends
    /// to `finds.name_starts` where a name may start (for [`person::find_again_at`]), in
    /// document offsets. Each step reads every block before the next starts (the words, then
    /// the organizations, then the people), so that the code of one stays in the instruction
    /// cache. Not inlined, so that profiles show it.
    #[inline(never)]
    pub(crate) fn find<'t>(
        &self,
        blocks: impl Iterator<Item = (&'t str, usize)> + Clone,
        finds: &mut NameFinds,
        mut found: impl FnMut(usize, Vec<Org>, Vec<Person>),
    ) {
        let NameFinds {
            name_starts,
            orgs: org_hits,
            people: person_hits,
        } = finds;
        org_hits.clear();
        person_hits.clear();
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
        let orgs: Vec<Vec<Org>> = blocks
            .clone()
            .enumerate()
            .map(|(k, (text, _))| org::read_hits(text, &self.orgs, org_hits, k))
            .collect();
        for (k, ((text, offset), orgs)) in blocks.zip(orgs).enumerate() {
            let people = person::read_hits(text, &self.people, &orgs, person_hits, k);
            found(offset, orgs, people);
        }
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
        let mut all = Vec::new();
        rules.find(
            [(text, 10)].into_iter(),
            &mut finds,
            |offset, orgs, people| all.push((offset, orgs, people)),
        );
        let [(10, orgs, people)] = &all[..] else {
            panic!("one block at 10: {all:?}");
        };
        let (orgs, people) = (orgs.clone(), people.clone());
        let starts = finds.name_starts;
        assert_eq!(orgs, org::find_with(text, &rules.orgs));
        assert_eq!(people, person::find_with(text, &rules.people, &orgs));
        let names: Vec<_> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["李义龙", "赵刚", "欧阳小雪", "马丁", "邬堂春"]);
        // Every surname and first character of a known name, where it stands, but the
        // common ones (高, 成) that find_again searches for itself.
        let noted: Vec<char> = rules.people.noted_starts().collect();
        assert!(!noted.contains(&'高') && noted.contains(&'李'));
        let expected: Vec<usize> = text
            .char_indices()
            .filter(|(_, c)| noted.contains(c))
            .map(|(i, _)| i + 10)
            .collect();
        assert_eq!(starts, expected);
        assert!(
            expected.len() >= 9,
            "李 赵 欧 马 邬 and others: {expected:?}"
        );
    }
}
