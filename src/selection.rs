//! [`Selection`]: the values picked in one facet, a small set kept as a sorted `Vec`.

use std::borrow::Borrow;

/// A set of facet values, sorted and without duplicates, so equal selections compare equal and
/// serialize in one order. It holds a handful of values: a B-tree would only add code to the wasm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection<T>(Vec<T>);

impl<T> Default for Selection<T> {
    fn default() -> Self {
        Selection(Vec::new())
    }
}

impl<T> Selection<T> {
    /// The values, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// Number of values.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when nothing is selected.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Keeps the values `keep` accepts.
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        self.0.retain(keep);
    }
}

impl<T: Ord> Selection<T> {
    /// True when `value` is selected.
    pub fn contains<Q: Ord + ?Sized>(&self, value: &Q) -> bool
    where
        T: Borrow<Q>,
    {
        self.0.binary_search_by(|x| x.borrow().cmp(value)).is_ok()
    }

    /// Selects `value`.
    pub fn insert(&mut self, value: T) {
        if let Err(at) = self.0.binary_search(&value) {
            self.0.insert(at, value);
        }
    }

    /// Selects `value`, or deselects it when it is selected.
    pub fn toggle(&mut self, value: T) {
        match self.0.binary_search(&value) {
            Ok(at) => drop(self.0.remove(at)),
            Err(at) => self.0.insert(at, value),
        }
    }
}

impl<T: Ord> FromIterator<T> for Selection<T> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut values: Vec<T> = values.into_iter().collect();
        values.sort_unstable();
        values.dedup();
        Selection(values)
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for Selection<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a Selection<T> {
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
        let s: Selection<i16> = [2021, 2019, 2021].into();
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), [2019, 2021]);
        assert!(s.contains(&2019) && !s.contains(&2020));
    }

    #[test]
    fn toggle_adds_then_removes_and_keeps_order() {
        let mut s: Selection<String> = ["b".to_owned()].into();
        s.toggle("a".to_owned());
        s.toggle("c".to_owned());
        assert_eq!(s.iter().map(String::as_str).collect::<Vec<_>>(), ["a", "b", "c"]);
        s.toggle("b".to_owned());
        assert!(!s.contains("b") && s.contains("a") && s.len() == 2);
        assert_eq!(s, ["c".to_owned(), "a".to_owned()].into());
    }
}
