//! Free messages that may report an incident: those naming a catalog item or one of its
//! `keywords` (失火, 违建, 偷排 …). They are offered for review, never imported blindly.

use crate::model::registry::{Catalog, ItemIx};

/// The words that suggest an item, longest first (so `烧秸秆` wins over `秸秆`).
pub struct Spotter {
    words: Vec<(String, ItemIx)>,
}

impl Spotter {
    /// The words of `catalog`: every item's name and keywords.
    pub fn new(catalog: &Catalog) -> Spotter {
        let mut words: Vec<(String, ItemIx)> = catalog
            .ids
            .iter()
            .flat_map(|ix| {
                let item = catalog.item(ix);
                std::iter::once(item.name.clone())
                    .chain(item.keywords.iter().cloned())
                    .filter(|w| !w.trim().is_empty())
                    .map(move |w| (w, ix))
            })
            .collect();
        words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Spotter { words }
    }

    /// The item a free message suggests, and the word that suggests it.
    pub fn spot(&self, text: &str) -> Option<(ItemIx, &str)> {
        self.words
            .iter()
            .find(|(w, _)| text.contains(w.as_str()))
            .map(|(w, ix)| (*ix, w.as_str()))
    }
}
