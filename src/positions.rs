//! Sorted lists of byte positions in a text, read part by part in text order.

/// Where the reading of a sorted list of positions has got to: how many positions lie before
/// the part last asked about. Parts (lines, blocks) mostly come in text order, so each part's
/// positions are counted on from the last part's instead of searched for in the whole list.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Cursor {
    passed: usize,
}

impl Cursor {
    /// The positions of the sorted list `at` that are `start` or later. `at` is the same list at
    /// every call; a `start` before the last one asked is searched for.
    pub(crate) fn from<'a>(&mut self, at: &'a [usize], start: usize) -> &'a [usize] {
        let behind = self.passed > 0 && at.get(self.passed - 1).is_none_or(|&p| p >= start);
        if behind {
            self.passed = at.partition_point(|&p| p < start);
        }
        while at.get(self.passed).is_some_and(|&p| p < start) {
            self.passed += 1;
        }
        &at[self.passed..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// In order or not, each answer is what a search of the whole list gives.
    #[test]
    fn answers_as_a_search_would() {
        let at = [3, 5, 5, 9, 14, 20];
        let mut cursor = Cursor::default();
        for start in [0, 4, 5, 6, 9, 2, 15, 21, 21, 0, 14, 30, 1] {
            let searched = &at[at.partition_point(|&p| p < start)..];
            assert_eq!(cursor.from(&at, start), searched, "from {start}");
        }
    }
}
