//! Interned ids. Every id of the repository (person, grid, item, case …) is read once into an
//! [`IdTable`] and referred to afterwards by a typed index [`Ix`], so that models are small and
//! lookups are array accesses.

use std::fmt;
use std::marker::PhantomData;
use std::num::NonZeroU32;

use rustc_hash::FxHashMap;

/// A typed index into the table of `T`. It holds the index plus one, so that an
/// `Option<Ix<T>>` takes four bytes, as the index alone (a county's patrol rows hold three).
pub struct Ix<T> {
    index: NonZeroU32,
    kind: PhantomData<fn() -> T>,
}

impl<T> Ix<T> {
    /// The index as a `usize`, for indexing vectors parallel to the table.
    pub fn get(self) -> usize {
        (self.index.get() - 1) as usize
    }

    fn from_usize(index: usize) -> Ix<T> {
        let stored = u32::try_from(index.saturating_add(1)).unwrap_or(u32::MAX);
        Ix {
            index: NonZeroU32::new(stored).unwrap_or(NonZeroU32::MAX),
            kind: PhantomData,
        }
    }
}

impl<T> Clone for Ix<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Ix<T> {}
impl<T> PartialEq for Ix<T> {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
    }
}
impl<T> Eq for Ix<T> {}
impl<T> PartialOrd for Ix<T> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl<T> Ord for Ix<T> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.index.cmp(&other.index)
    }
}
impl<T> std::hash::Hash for Ix<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.index.hash(state);
    }
}
impl<T> fmt::Debug for Ix<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.get())
    }
}

/// The ids of one kind: text ↔ index.
pub struct IdTable<T> {
    by_name: FxHashMap<Box<str>, Ix<T>>,
    names: Vec<Box<str>>,
}

impl<T> Default for IdTable<T> {
    fn default() -> Self {
        IdTable {
            by_name: FxHashMap::default(),
            names: Vec::new(),
        }
    }
}

impl<T> fmt::Debug for IdTable<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.names.iter()).finish()
    }
}

impl<T> IdTable<T> {
    /// Adds an id; `Err` with the existing index when it is already there.
    pub fn insert(&mut self, name: &str) -> Result<Ix<T>, Ix<T>> {
        if let Some(existing) = self.by_name.get(name) {
            return Err(*existing);
        }
        let ix = Ix::from_usize(self.names.len());
        self.names.push(name.into());
        self.by_name.insert(name.into(), ix);
        Ok(ix)
    }

    /// Looks an id up.
    pub fn get(&self, name: &str) -> Option<Ix<T>> {
        self.by_name.get(name).copied()
    }

    /// The id's text.
    pub fn name(&self, ix: Ix<T>) -> &str {
        self.names.get(ix.get()).map_or("?", |n| n)
    }

    /// How many ids there are.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Every index, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = Ix<T>> + '_ {
        (0..self.names.len()).map(Ix::from_usize)
    }
}

/// Whether `text` is a valid id: `[A-Za-z0-9_-]+`.
pub fn is_valid_id(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_optional_index_is_as_small_as_an_index() {
        assert_eq!(std::mem::size_of::<Option<Ix<()>>>(), 4);
        let mut table: IdTable<()> = IdTable::default();
        let first = table.insert("P0001").unwrap();
        assert_eq!(first.get(), 0);
    }

    #[test]
    fn interning_is_stable() {
        let mut table: IdTable<()> = IdTable::default();
        let a = table.insert("P0001").unwrap();
        let b = table.insert("P0002").unwrap();
        assert_eq!(table.insert("P0001"), Err(a));
        assert_eq!(table.get("P0002"), Some(b));
        assert_eq!(table.name(a), "P0001");
        assert_eq!(table.len(), 2);
    }

    #[test]
    fn id_syntax() {
        assert!(is_valid_id("W1-V01"));
        assert!(is_valid_id("QS-2026-0042"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("P 01"));
        assert!(!is_valid_id("东村"));
    }
}
