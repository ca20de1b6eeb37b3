//! The embedded registry, built once when the crate is compiled and stored
//! as a compact byte image ([`encode`]), read back at run time ([`decode`]).
//!
//! Building the registry from its data files (parsing some 7,000 rows,
//! folding every name, transliterating every word into its key) costs tens
//! of milliseconds, more than a one-name look-up should. The build script
//! compiles this module together with the very `fold`, `key`, `translit`,
//! `index` and `registry` modules of the library (`#[path]` includes, not
//! copies), builds the registry exactly as [`Registry::try_build_embedded`]
//! does at run time, key tables included, and writes its image; the
//! library reads that image instead. Keys in the image are therefore made
//! by the same code that makes the keys of the names looked up.
//!
//! What is cheap to remake from the image is not stored: the id table
//! (from the entities, in order), the folded-name table (from the pattern
//! texts, in pattern order, so that it is laid out as a fresh build lays
//! it out) and the titles lexicon. Tables made on first use (detection
//! matchers, near-miss index) stay so.
//!
//! The image is a magic tag then unsigned LEB128 numbers: counts, entity
//! indexes, and strings as offset and length in a pool of UTF-8 text that
//! holds every distinct string once and is embedded as a string of its own
//! (so it needs no check). Reading the image checks every length and index
//! of the sections read at start; the key section is only stepped over
//! then, checked when a resolution first reads it and rebuilt from the
//! patterns should it be damaged. An image that does not read whole gives
//! `None`, and the caller builds the registry from the data files instead.

use crate::entities::Entities;
use crate::entity::{parse_kind, Entity};
use crate::hash::Map;
use crate::index::{Index, KeyIndex, Pattern, Target};
use crate::mention::EntityKind;
use crate::registry::Registry;
use crate::titles::TitleEntry;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Tags the format: a change of layout changes it.
const MAGIC: &[u8; 8] = b"DPNREG02";

/// The two parts of an image: the text pool (included as a string, so
/// that it needs no check when read) and the body.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Image {
    pub pool: String,
    pub body: Vec<u8>,
}

/// The image of `registry`, key tables included (built here if they were
/// not yet).
pub(crate) fn encode(registry: &Registry) -> Image {
    let mut w = Writer::default();
    w.len(registry.entities.len());
    for e in registry.entities.as_slice() {
        w.str(&e.id);
        w.str(kind_name(e.kind));
        w.str(&e.name);
        w.str(e.country.as_deref().unwrap_or(""));
        for list in [&e.aliases, &e.demonyms, &e.capital, &e.roles] {
            w.strs(list);
        }
    }
    w.len(registry.title_rows.len());
    for t in &registry.title_rows {
        w.str(&t.surface);
        w.str(&t.role);
        w.num(u32::from(t.person));
    }
    let ix = &registry.index;
    w.len(ix.patterns.len());
    for (p, text) in ix.patterns.iter().zip(ix.texts.iter()) {
        w.str(text);
        w.num(p.demonym.map_or(0, |d| d.saturating_add(1)));
        w.num(u32::from(p.needs_upper) | u32::from(p.acronym) << 1);
        w.len(p.targets.len());
        for t in &p.targets {
            w.num(t.entity);
            w.num(u32::from(t.canonical));
        }
    }
    let mut demonyms: Vec<(&String, &u32)> = ix.demonyms.iter().collect();
    demonyms.sort();
    w.len(demonyms.len());
    for (d, &i) in demonyms {
        w.str(d);
        w.num(i);
    }
    w.len(ix.apostrophe_names.len());
    for (i, name) in &ix.apostrophe_names {
        w.num(*i);
        w.str(name);
    }
    let keys = registry.keys();
    let mut by_key: Vec<(u64, &[u32])> = keys.key_entries().collect();
    by_key.sort();
    let mut surnames: Vec<(&str, &[u32])> = keys.surname_entries().collect();
    surnames.sort();
    // The key tables last, after their length in bytes: read when first
    // needed (see [`KeySection`]).
    let head = std::mem::take(&mut w.body);
    w.len(by_key.len());
    w.len(surnames.len());
    for (h, list) in by_key {
        w.body.extend_from_slice(&h.to_le_bytes());
        w.nums(list);
    }
    for (s, list) in surnames {
        w.str(s);
        w.nums(list);
    }
    let section = std::mem::replace(&mut w.body, head);
    w.len(section.len());
    w.body.extend_from_slice(&section);
    w.finish()
}

/// Where the entity records of an image are read from.
#[derive(Clone, Copy)]
pub(crate) struct Records {
    pool: &'static str,
    body: &'static [u8],
}

impl Records {
    /// The entity whose record starts at `at`.
    pub(crate) fn entity(&self, at: u32) -> Option<Entity> {
        let mut r = Reader {
            pool: self.pool,
            bytes: self.body,
            at: usize::try_from(at).ok()?,
        };
        Some(Entity {
            id: r.str()?.to_string(),
            kind: parse_kind(r.str()?)?,
            name: r.str()?.to_string(),
            country: Some(r.str()?).filter(|c| !c.is_empty()).map(str::to_string),
            aliases: r.strs()?,
            demonyms: r.strs()?,
            capital: r.strs()?,
            roles: r.strs()?,
        })
    }
}

/// The key tables of an image, read when resolution first needs them
/// (detecting names as the registry writes them does not).
#[derive(Clone, Copy)]
pub(crate) struct KeySection {
    records: Records,
    at: usize,
    entity_count: u32,
}

impl std::fmt::Debug for KeySection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KeySection({})", self.at)
    }
}

impl KeySection {
    /// The tables, or `None` when they do not read whole (the caller then
    /// builds them from the patterns, which gives the same tables).
    pub(crate) fn read(&self) -> Option<KeyIndex> {
        let mut r = Reader {
            pool: self.records.pool,
            bytes: self.records.body,
            at: self.at,
        };
        let (key_count, surname_count) = (r.len()?, r.len()?);
        let mut keys = KeyIndex::with_capacity(key_count, surname_count);
        let mut list = Vec::new();
        for _ in 0..key_count {
            let h = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
            r.entity_list(self.entity_count, &mut list)?;
            keys.insert_key(h, list.drain(..));
        }
        for _ in 0..surname_count {
            let surname = r.str()?;
            r.entity_list(self.entity_count, &mut list)?;
            keys.insert_surname(Cow::Borrowed(surname), list.drain(..));
        }
        (r.at == r.bytes.len()).then_some(keys)
    }
}

/// The registry whose image is `pool` and `body`, or `None` when it does
/// not read whole. Entities are only checked here, and made when first
/// asked for (see [`crate::entities`]).
pub(crate) fn decode(pool: &'static str, body: &'static [u8]) -> Option<Registry> {
    let mut r = Reader::new(pool, body)?;
    let n = r.len()?;
    let mut at = Vec::with_capacity(n);
    let mut heads = Vec::with_capacity(n);
    let mut ids = Map::with_capacity_and_hasher(n, Default::default());
    for i in 0..n {
        at.push(u32::try_from(r.at).ok()?);
        let id = r.str()?;
        ids.entry(Cow::Borrowed(id))
            .or_insert(u32::try_from(i).ok()?);
        heads.push((id, parse_kind(r.str()?)?));
        r.str()?;
        r.str()?;
        for _ in 0..4 {
            r.skip_strs()?;
        }
    }
    let entities = Entities::from_image(
        Records {
            pool,
            body: r.bytes,
        },
        at,
        heads,
    );
    let n = r.len()?;
    let mut title_rows = Vec::with_capacity(n);
    for _ in 0..n {
        title_rows.push(TitleEntry {
            surface: r.str()?.to_string(),
            role: r.str()?.to_string(),
            person: r.num()? != 0,
        });
    }
    let entity_count = u32::try_from(entities.len()).ok()?;
    let valid = |i: u32| (i < entity_count).then_some(i);
    let n = r.len()?;
    let mut patterns = Vec::with_capacity(n);
    let mut texts = Vec::with_capacity(n);
    let mut by_fold = Map::with_capacity_and_hasher(n, Default::default());
    for p in 0..n {
        let text = r.str()?;
        by_fold.insert(Cow::Borrowed(text), u32::try_from(p).ok()?);
        texts.push(Cow::Borrowed(text));
        let demonym = match r.num()? {
            0 => None,
            d => Some(valid(d - 1)?),
        };
        let flags = r.num()?;
        let count = r.len()?;
        let mut targets = Vec::with_capacity(count);
        for _ in 0..count {
            targets.push(Target {
                entity: valid(r.num()?)?,
                canonical: r.num()? != 0,
            });
        }
        patterns.push(Pattern {
            targets,
            demonym,
            needs_upper: flags & 1 != 0,
            acronym: flags & 2 != 0,
            key: OnceLock::new(),
        });
    }
    let n = r.len()?;
    let mut demonyms = Map::with_capacity_and_hasher(n, Default::default());
    for _ in 0..n {
        let d = r.str()?.to_string();
        demonyms.insert(d, valid(r.num()?)?);
    }
    let n = r.len()?;
    let mut apostrophe_names = Vec::with_capacity(n);
    for _ in 0..n {
        let i = valid(r.num()?)?;
        apostrophe_names.push((i, r.str()?.to_string()));
    }
    let section = r.len()?;
    let keys = KeySection {
        records: Records {
            pool,
            body: r.bytes,
        },
        at: r.at,
        entity_count,
    };
    r.take(section)?;
    if r.at != r.bytes.len() {
        return None;
    }
    let index = Index {
        patterns,
        by_fold,
        texts: texts.into(),
        demonyms,
        apostrophe_names,
        key_image: Some(keys),
        ..Index::default()
    };
    Some(Registry::from_parts(entities, ids, title_rows, index))
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Country => "country",
        EntityKind::Place => "place",
        EntityKind::Organization => "organization",
        EntityKind::Facility => "facility",
    }
}

/// The image being written: the body, and the strings apart in one pool
/// (each written once), so that reading checks their UTF-8 once.
#[derive(Default)]
struct Writer {
    body: Vec<u8>,
    pool: String,
    pooled: Map<String, u32>,
}

fn leb128(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

impl Writer {
    fn num(&mut self, v: u32) {
        leb128(&mut self.body, v);
    }

    fn len(&mut self, n: usize) {
        self.num(u32::try_from(n).unwrap_or(u32::MAX));
    }

    fn str(&mut self, s: &str) {
        let at = match self.pooled.get(s) {
            Some(&at) => at,
            None => {
                let at = u32::try_from(self.pool.len()).unwrap_or(u32::MAX);
                self.pool.push_str(s);
                self.pooled.insert(s.to_string(), at);
                at
            }
        };
        self.num(at);
        self.len(s.len());
    }

    fn strs(&mut self, list: &[String]) {
        self.len(list.len());
        for s in list {
            self.str(s);
        }
    }

    fn nums(&mut self, list: &[u32]) {
        self.len(list.len());
        for &v in list {
            self.num(v);
        }
    }

    /// The pool, and the body after the magic tag.
    fn finish(self) -> Image {
        let mut body = Vec::with_capacity(self.body.len() + MAGIC.len());
        body.extend_from_slice(MAGIC);
        body.extend_from_slice(&self.body);
        Image {
            pool: self.pool,
            body,
        }
    }
}

struct Reader<'b> {
    pool: &'b str,
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    /// A reader of `body` after its magic tag, its strings in `pool`.
    fn new(pool: &'b str, body: &'b [u8]) -> Option<Reader<'b>> {
        Some(Reader {
            pool,
            bytes: body.strip_prefix(MAGIC.as_slice())?,
            at: 0,
        })
    }

    fn take(&mut self, n: usize) -> Option<&'b [u8]> {
        let end = self.at.checked_add(n)?;
        let out = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(out)
    }

    fn num(&mut self) -> Option<u32> {
        let mut v = 0u32;
        for shift in [0, 7, 14, 21, 28] {
            let b = *self.bytes.get(self.at)?;
            self.at += 1;
            v |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    /// A count, never more than the bytes left could hold (a corrupt count
    /// must not reserve gigabytes).
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.num()?).ok()?;
        (n <= self.bytes.len().saturating_sub(self.at)).then_some(n)
    }

    fn str(&mut self) -> Option<&'b str> {
        let at = usize::try_from(self.num()?).ok()?;
        let n = usize::try_from(self.num()?).ok()?;
        self.pool.get(at..at.checked_add(n)?)
    }

    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.len()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(self.str()?.to_string());
        }
        Some(out)
    }

    /// Check a list of strings without making them.
    fn skip_strs(&mut self) -> Option<()> {
        let n = self.len()?;
        for _ in 0..n {
            self.str()?;
        }
        Some(())
    }

    /// A list of entity indexes, each below `entity_count`, into `out`.
    fn entity_list(&mut self, entity_count: u32, out: &mut Vec<u32>) -> Option<()> {
        let n = self.len()?;
        for _ in 0..n {
            out.push(Some(self.num()?).filter(|&i| i < entity_count)?);
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image_of(text: &str) -> (&'static str, &'static [u8]) {
        let mut r = Registry::empty();
        r.load_str(text, "t").expect("well formed");
        let image = encode(&r);
        (
            Box::leak(image.pool.into_boxed_str()),
            Box::leak(image.body.into_boxed_slice()),
        )
    }

    #[test]
    fn a_registry_reads_back_from_its_image() {
        let (pool, body) = image_of(
            "id\tkind\tname\tcountry\taliases\tdemonyms\tcapital\n\
             KAZ\tcountry\tKazakhstan\t\tQazaqstan\tkazakh|kazakhe\tAstana\n\
             kassym-jomart-tokayev\tperson\tKassym-Jomart Tokayev\tKAZ\tTokaïev\n",
        );
        let r = decode(pool, body).expect("reads whole");
        assert_eq!(
            r.get("place:astana").map(|e| e.kind),
            Some(EntityKind::Place)
        );
        let hit = r.resolve("Tokaïev").expect("surname alone");
        assert_eq!(hit.entity.id, "kassym-jomart-tokayev");
        assert_eq!(
            r.country_of_demonym("kazakhe").map(|e| e.id.as_str()),
            Some("KAZ")
        );
        let again = encode(&r);
        assert_eq!((again.pool.as_str(), again.body.as_slice()), (pool, body));
    }

    #[test]
    fn a_cut_or_damaged_image_reads_as_none_without_panicking() {
        let (pool, body) =
            image_of("id\tkind\tname\tcountry\naigul-kuspan\tperson\tAigul Kuspan\tKAZ\n");
        assert!(decode(pool, body).is_some());
        for cut in 0..body.len() {
            let part: &'static [u8] = Box::leak(body[..cut].to_vec().into_boxed_slice());
            assert!(decode(pool, part).is_none(), "cut at {cut}");
        }
        let mut damaged = 0;
        for at in MAGIC.len()..body.len() {
            let mut bytes = body.to_vec();
            bytes[at] ^= 0xff;
            damaged += usize::from(decode(pool, Box::leak(bytes.into_boxed_slice())).is_none());
        }
        assert!(damaged > 0);
        let short = pool.get(..pool.len() / 2).unwrap_or("");
        assert!(decode(short, body).is_none());
    }
}
