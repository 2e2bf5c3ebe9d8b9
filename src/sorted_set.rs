//! [`SortedSet`]: a set kept as a sorted `Vec`, built by binary-search insertion.
//!
//! The app's sets are small (facet selections, a card's sources, the cuts of a sentence) or built
//! once with the index (facet values, the chronology of events). A B-tree, or a sort per element type, would each
//! add kilobytes of generic code to the wasm; binary search and `Vec::insert` cost little.

use std::borrow::Borrow;

/// Values in order without duplicates, so equal sets compare equal and iterate in one order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        SortedSet(Vec::new())
    }
}

impl<T> SortedSet<T> {
    /// The values, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// Number of values.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps the values `keep` accepts.
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep);
    }
}

impl<T: Ord> SortedSet<T> {
    /// True when `value` is in the set.
    pub fn contains<Q: Ord + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|x| x.borrow().cmp(value)).is_ok()
    }

    /// Adds `value`.
    pub fn insert(&mut self, value: T) {
        if let Err(at) = self.0.binary_search(&value) {
            self.0.insert(at, value);
        }
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut set = SortedSet::default();
        for value in values {
            set.insert(value);
        }
        set
    }
}

impl<T> From<SortedSet<T>> for Vec<T> {
    fn from(set: SortedSet<T>) -> Vec<T> {
        set.0
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SortedSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_sorted_without_duplicates() {
        let s: SortedSet<i16> = [2021, 2019, 2021].into();
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), [2019, 2021]);
        assert!(s.contains(&2019) && !s.contains(&2020));
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn collecting_equals_sorting_and_deduplicating(values: Vec<i16>) {
            let mut expected = values.clone();
            expected.sort();
            expected.dedup();
            proptest::prop_assert_eq!(Vec::from(values.into_iter().collect::<SortedSet<_>>()), expected);
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn contains_exactly_the_values_collected(values: Vec<i16>, probe: i16) {
            let set: SortedSet<i16> = values.iter().copied().collect();
            proptest::prop_assert_eq!(set.contains(&probe), values.contains(&probe));
            proptest::prop_assert!(values.iter().all(|v| set.contains(v)));
        }
    }

    #[test]
    fn strings_are_found_by_str() {
        let s: SortedSet<String> = ["b".to_owned(), "a".to_owned()].into();
        assert!(s.contains("a") && s.contains("b") && !s.contains("c") && s.len() == 2);
    }
}
