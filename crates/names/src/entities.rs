//! The registry's entity table. Entities of a registry built from text are
//! held as they are; those of the embedded image are made from it one by
//! one when first asked for, so that a look-up of one name does not make
//! the thousands of entities it never reads (each is a dozen strings).

use crate::entity::Entity;
use crate::memo::shared;
use crate::mention::EntityKind;
use std::sync::{Arc, OnceLock};

/// Every entity of a registry, by index.
#[derive(Default)]
pub(crate) struct Entities {
    /// The entities, when not read from an image.
    list: Vec<Entity>,
    /// The image's entities, made on demand (`list` is then empty).
    image: Option<Box<Lazy>>,
    /// The strings every mention of an entity carries, shared, made on
    /// first use; emptied whenever the list may change.
    strings: OnceLock<Box<[OnceLock<EntityStrings>]>>,
}

/// What a mention copies from its entity, as shared strings: detection
/// hands out the same three allocations for every mention of it.
#[derive(Debug)]
pub(crate) struct EntityStrings {
    pub id: Arc<str>,
    pub name: Arc<str>,
    pub country: Option<Arc<str>>,
}

/// The entities of an image: where each one's record starts, and the ones
/// made so far.
struct Lazy {
    records: crate::prebuilt::Records,
    /// Start of each entity's record.
    at: Vec<u32>,
    /// Id and kind of each, read while checking the records: the titles
    /// lexicon and other tables built at start need only these.
    heads: Vec<(&'static str, EntityKind)>,
    made: Box<[OnceLock<Box<Entity>>]>,
    /// All of them, in order, for callers that want the slice.
    all: OnceLock<Vec<Entity>>,
}

impl Lazy {
    fn get(&self, i: usize) -> Option<&Entity> {
        let slot = self.made.get(i)?;
        if let Some(e) = slot.get() {
            return Some(e);
        }
        // The records were read whole when the image was opened (see
        // `prebuilt::decode`), so this reads.
        let e = self.records.entity(*self.at.get(i)?)?;
        Some(slot.get_or_init(|| Box::new(e)))
    }

    fn all(&self) -> &[Entity] {
        self.all.get_or_init(|| {
            (0..self.at.len())
                .filter_map(|i| self.get(i).cloned())
                .collect()
        })
    }
}

impl Entities {
    /// The entities of an image whose records start at `at` (each checked
    /// to read whole).
    pub(crate) fn from_image(
        records: crate::prebuilt::Records,
        at: Vec<u32>,
        heads: Vec<(&'static str, EntityKind)>,
    ) -> Entities {
        let made = (0..at.len()).map(|_| OnceLock::new()).collect();
        Entities {
            list: Vec::new(),
            image: Some(Box::new(Lazy {
                records,
                at,
                heads,
                made,
                all: OnceLock::new(),
            })),
            strings: OnceLock::new(),
        }
    }

    /// The shared strings of entity `i`.
    pub(crate) fn strings(&self, i: usize) -> Option<&EntityStrings> {
        let table = self
            .strings
            .get_or_init(|| (0..self.len()).map(|_| OnceLock::new()).collect());
        let slot = table.get(i)?;
        if let Some(s) = slot.get() {
            return Some(s);
        }
        let e = self.get(i)?;
        Some(slot.get_or_init(|| EntityStrings {
            id: shared(&e.id),
            name: shared(&e.name),
            country: e.country.as_deref().map(shared),
        }))
    }

    /// Entity `i`.
    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<&Entity> {
        match &self.image {
            Some(lazy) => lazy.get(i),
            None => self.list.get(i),
        }
    }

    /// The id and kind of entity `i`, without making it.
    #[inline]
    pub(crate) fn head(&self, i: usize) -> Option<(&str, EntityKind)> {
        match &self.image {
            Some(lazy) => lazy.heads.get(i).copied(),
            None => self.list.get(i).map(|e| (e.id.as_str(), e.kind)),
        }
    }

    /// How many there are.
    pub(crate) fn len(&self) -> usize {
        match &self.image {
            Some(lazy) => lazy.at.len(),
            None => self.list.len(),
        }
    }

    /// All of them, in order (an image's are all made).
    pub(crate) fn as_slice(&self) -> &[Entity] {
        match &self.image {
            Some(lazy) => lazy.all(),
            None => &self.list,
        }
    }

    /// The list, to change (an image's entities are all made first).
    pub(crate) fn owned(&mut self) -> &mut Vec<Entity> {
        self.strings = OnceLock::new();
        if let Some(lazy) = self.image.take() {
            lazy.all();
            self.list = lazy.all.into_inner().unwrap_or_default();
        }
        &mut self.list
    }
}

impl Clone for Entities {
    /// A copy owns its entities: copies are made to be added to.
    fn clone(&self) -> Entities {
        Entities {
            list: self.as_slice().to_vec(),
            image: None,
            strings: OnceLock::new(),
        }
    }
}

impl std::fmt::Debug for Entities {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}
