//! The registry of known entities: embedded data plus user entries.

use crate::entities::Entities;
use crate::entity::{parse_entities, Entity};
use crate::fold::fold_words;
use crate::hash::Map;
use crate::index::Index;
use crate::mention::EntityKind;
pub(crate) use crate::pieces::in_pieces;
use crate::titles::{parse_titles, TitleEntry, Titles};
use std::borrow::Cow;
use std::path::Path;

/// An error loading registry entries.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// A malformed line.
    #[error("{origin}:{line}: {message}")]
    Malformed {
        /// File name or other origin.
        origin: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The file could not be read.
    #[error("{origin}: {source}")]
    Io {
        /// File name.
        origin: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// The embedded entity files, in load order. A person of a later file
/// already known from an earlier one (same id, or same name key and
/// country) keeps its earlier name and country and gains the later row's
/// aliases and roles.
pub(crate) const EMBEDDED: [(&str, &str); 9] = [
    ("countries.tsv", include_str!("../data/countries.tsv")),
    (
        "organizations.tsv",
        include_str!("../data/organizations.tsv"),
    ),
    ("people.tsv", include_str!("../data/people.tsv")),
    (
        "leaders_africa_mideast.tsv",
        include_str!("../data/leaders_africa_mideast.tsv"),
    ),
    (
        "leaders_europe_americas.tsv",
        include_str!("../data/leaders_europe_americas.tsv"),
    ),
    (
        "leaders_asia_oceania_orgs.tsv",
        include_str!("../data/leaders_asia_oceania_orgs.tsv"),
    ),
    (
        "leaders_supplement.tsv",
        include_str!("../data/leaders_supplement.tsv"),
    ),
    ("places.tsv", include_str!("../data/places.tsv")),
    ("exonyms_de.tsv", include_str!("../data/exonyms_de.tsv")),
];

const EMBEDDED_TITLES: &str = include_str!("../data/titles.tsv");

/// Known entities and the indexes used to resolve and detect their names.
///
/// ```
/// use depeche_names::{Method, Registry};
/// let registry = Registry::embedded();
/// let r = registry.resolve("Noursoultan Nazarbaïev").unwrap();
/// assert_eq!(r.entity.id, "nursultan-nazarbayev");
/// assert_eq!(registry.country_of_demonym("vietnamienne").unwrap().id, "VNM");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub(crate) entities: Entities,
    /// Entity by id; the embedded image lends its strings.
    ids: Map<Cow<'static, str>, u32>,
    pub(crate) title_rows: Vec<TitleEntry>,
    /// Countries whose capitals still need their place entity.
    pending_capitals: Vec<String>,
    pub(crate) index: Index,
    pub(crate) titles: Titles,
}

impl Registry {
    /// Build a new, owned copy of the embedded registry from its data
    /// files (what the build script does once, see
    /// [`embedded`](Self::embedded)). Cloning the embedded registry is much
    /// cheaper.
    pub fn build_embedded() -> Registry {
        // The embedded files are checked by a unit test; should one ever be
        // malformed, the registry is still usable without it.
        Registry::try_build_embedded().unwrap_or_default()
    }

    /// Build the embedded registry anew, reporting any error in its data.
    pub(crate) fn try_build_embedded() -> Result<Registry, RegistryError> {
        let mut r = Registry::empty();
        let mut people = Map::default();
        for (origin, text) in EMBEDDED {
            r.add_embedded(text, origin, &mut people)?;
        }
        r.title_rows = parse_titles(EMBEDDED_TITLES, "titles.tsv")?;
        r.rebuild();
        Ok(r)
    }

    /// The registry made of these parts, with its titles lexicon remade (see [`crate::prebuilt`]).
    pub(crate) fn from_parts(
        entities: Entities,
        ids: Map<Cow<'static, str>, u32>,
        title_rows: Vec<TitleEntry>,
        index: Index,
    ) -> Registry {
        let mut r = Registry {
            entities,
            ids,
            title_rows,
            pending_capitals: Vec::new(),
            index,
            titles: Titles::default(),
        };
        r.rebuild_titles();
        r
    }

    /// A registry with no entities and no titles.
    pub fn empty() -> Registry {
        Registry::default()
    }

    /// Add entries from a registry file (format: see the crate docs).
    pub fn load_file(&mut self, path: &Path) -> Result<(), RegistryError> {
        let text = std::fs::read_to_string(path).map_err(|source| RegistryError::Io {
            origin: path.display().to_string(),
            source,
        })?;
        self.load_str(&text, &path.display().to_string())
    }

    /// Add entries from registry text; `origin` names it in errors. An entry
    /// whose id is already known is merged into it (new name, country,
    /// extra aliases, demonyms, capitals and roles). On error nothing is
    /// added.
    pub fn load_str(&mut self, text: &str, origin: &str) -> Result<(), RegistryError> {
        self.add_str(text, origin)?;
        self.rebuild();
        Ok(())
    }

    /// Add titles from text in the format of `data/titles.tsv` (columns
    /// `title`, `role`, `person` = yes or no).
    pub fn load_titles_str(&mut self, text: &str, origin: &str) -> Result<(), RegistryError> {
        let rows = parse_titles(text, origin)?;
        self.title_rows.extend(rows);
        self.rebuild_titles();
        Ok(())
    }

    fn add_str(&mut self, text: &str, origin: &str) -> Result<(), RegistryError> {
        let rows = parse_entities(text, origin)?;
        let mut kinds: Map<&str, EntityKind> = Map::default();
        for (line, e) in &rows {
            let known = self
                .get(&e.id)
                .map(|k| k.kind)
                .or(kinds.get(e.id.as_str()).copied());
            if known.is_some_and(|k| k != e.kind) {
                return Err(RegistryError::Malformed {
                    origin: origin.to_string(),
                    line: *line,
                    message: format!("{} is already known with another kind", e.id),
                });
            }
            kinds.insert(&e.id, e.kind);
        }
        let mut countries = Vec::new();
        for (_, e) in rows {
            if e.kind == EntityKind::Country && !e.capital.is_empty() {
                countries.push(e.id.clone());
            }
            self.add(e);
        }
        self.pending_capitals.extend(countries);
        Ok(())
    }

    /// Add an embedded file: rows that repeat a known person (same id, or
    /// same folded name and country) complete it instead of replacing its
    /// name. `people` maps the persons loaded so far, by folded name and
    /// country.
    fn add_embedded(
        &mut self,
        text: &str,
        origin: &str,
        people: &mut Map<(String, Option<String>), u32>,
    ) -> Result<(), RegistryError> {
        let rows = parse_entities(text, origin)?;
        for (line, e) in rows {
            let person_key =
                (e.kind == EntityKind::Person).then(|| (fold_words(&e.name), e.country.clone()));
            let known = self
                .ids
                .get(e.id.as_str())
                .copied()
                .or_else(|| person_key.as_ref().and_then(|k| people.get(k)).copied());
            match known.and_then(|i| self.entities.owned().get_mut(i as usize)) {
                Some(old) if old.kind != e.kind => {
                    return Err(RegistryError::Malformed {
                        origin: origin.to_string(),
                        line,
                        message: format!("{} is already known with another kind", e.id),
                    });
                }
                Some(old) => old.complete(e),
                None => {
                    if e.kind == EntityKind::Country && !e.capital.is_empty() {
                        self.pending_capitals.push(e.id.clone());
                    }
                    if let Some(k) = person_key {
                        let i = u32::try_from(self.entities.len()).unwrap_or(u32::MAX);
                        people.insert(k, i);
                    }
                    self.add(e);
                }
            }
        }
        Ok(())
    }

    fn add(&mut self, e: Entity) {
        if let Some(existing) = self
            .ids
            .get(e.id.as_str())
            .and_then(|&i| self.entities.owned().get_mut(i as usize))
        {
            existing.merge(e);
            return;
        }
        let i = u32::try_from(self.entities.len()).unwrap_or(u32::MAX);
        self.ids.insert(Cow::Owned(e.id.clone()), i);
        self.entities.owned().push(e);
    }

    /// Make (or complete) the place entities of the capitals of the
    /// countries loaded since the last rebuild. Done once all files are in,
    /// so that a capital also listed among the places is not made twice.
    fn add_capitals(&mut self) {
        let countries = std::mem::take(&mut self.pending_capitals);
        if countries.is_empty() {
            return;
        }
        let mut places: Map<(String, String), usize> = Map::default();
        for (i, e) in self.entities.as_slice().iter().enumerate() {
            if e.kind != EntityKind::Place {
                continue;
            }
            let country = e.country.clone().unwrap_or_default();
            for n in e.names() {
                places.insert((country.clone(), fold_words(n)), i);
            }
        }
        for country in countries {
            let Some(names) = self.get(&country).map(|c| c.capital.clone()) else {
                continue;
            };
            let Some(first) = names.first() else { continue };
            let existing = names
                .iter()
                .find_map(|n| places.get(&(country.clone(), fold_words(n))).copied());
            if let Some(e) = existing.and_then(|i| self.entities.owned().get_mut(i)) {
                let name = e.name.clone();
                for n in names {
                    if n != name && !e.aliases.contains(&n) {
                        e.aliases.push(n);
                    }
                }
                continue;
            }
            let id = format!("place:{}", fold_words(first).replace(' ', "-"));
            if self.get(&id).is_some_and(|e| e.kind != EntityKind::Place) {
                continue;
            }
            for n in &names {
                places.insert((country.clone(), fold_words(n)), self.entities.len());
            }
            self.add(Entity {
                id,
                kind: EntityKind::Place,
                name: first.clone(),
                country: Some(country.clone()),
                aliases: names.get(1..).unwrap_or(&[]).to_vec(),
                demonyms: Vec::new(),
                capital: Vec::new(),
                roles: vec!["capitale".to_string()],
            });
        }
    }

    /// Push a new entity (its id must be new; see [`Self::add`]).
    pub(crate) fn push_entity(&mut self, e: Entity) {
        self.add(e);
    }

    /// Rebuild the indexes after entries were added.
    pub(crate) fn rebuild_after_load(&mut self) {
        self.rebuild();
    }

    /// Add title rows and rebuild the titles lexicon.
    pub(crate) fn add_title_rows(&mut self, rows: Vec<TitleEntry>) {
        self.title_rows.extend(rows);
        self.rebuild_titles();
    }

    fn rebuild(&mut self) {
        self.add_capitals();
        self.index = Index::build(self.entities.as_slice());
        self.rebuild_titles();
    }

    fn rebuild_titles(&mut self) {
        // The folded demonyms and country names are already in the index.
        // Ids and kinds only: the entities of the embedded image are not
        // made for this.
        let id = |i: u32| self.entities.head(i as usize).map(|(id, _)| id.to_string());
        let demonyms: Map<String, String> = self
            .index
            .demonyms
            .iter()
            .filter_map(|(f, &i)| Some((f.clone(), id(i)?)))
            .collect();
        // Patterns in order rather than the folded-name table: the same
        // entries, read faster.
        let countries: Map<String, String> = self
            .index
            .texts
            .iter()
            .zip(&self.index.patterns)
            .filter_map(|(f, pat)| {
                let country = pat.targets.iter().find(|t| {
                    self.entities
                        .head(t.entity as usize)
                        .is_some_and(|(_, kind)| kind == EntityKind::Country)
                })?;
                Some((f.to_string(), id(country.entity)?))
            })
            .collect();
        self.titles = Titles::build(self.title_rows.clone(), demonyms, countries);
    }

    /// The entity with this id.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.ids
            .get(id)
            .and_then(|&i| self.entities.get(i as usize))
    }

    /// Every entity, in load order.
    pub fn entities(&self) -> &[Entity] {
        self.entities.as_slice()
    }

    /// Keys and surnames, built on first use.
    pub(crate) fn keys(&self) -> &crate::index::KeyIndex {
        self.index.keys.get_or_init(|| {
            self.index
                .key_image
                .and_then(|image| image.read())
                .unwrap_or_else(|| {
                    crate::index::KeyIndex::build(&self.index, self.entities.as_slice())
                })
        })
    }

    pub(crate) fn idx_of(&self, id: &str) -> Option<u32> {
        self.ids.get(id).copied()
    }

    pub(crate) fn entity(&self, i: u32) -> Option<&Entity> {
        self.entities.get(i as usize)
    }

    /// The country a demonym or adjective points at: `kazakh`, `vietnamienne`,
    /// `lao`, `Biélorusses`.
    pub fn country_of_demonym(&self, word: &str) -> Option<&Entity> {
        let i = *self.index.demonyms.get(&fold_words(word))?;
        self.entity(i)
    }

    /// The titles lexicon, able to find bare titles with their country.
    pub fn titles(&self) -> &Titles {
        &self.titles
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_loads_without_errors() {
        let r = Registry::try_build_embedded().expect("embedded data is well formed");
        assert!(r.get("KAZ").is_some());
        assert!(!r.titles().entries().is_empty());
    }

    #[test]
    fn every_embedded_row_is_well_formed_and_ids_are_unique_per_file() {
        let mut problems = Vec::new();
        for (origin, text) in EMBEDDED {
            match parse_entities(text, origin) {
                Err(e) => problems.push(e.to_string()),
                Ok(rows) => {
                    let mut seen: Map<&str, usize> = Map::default();
                    for (line, e) in &rows {
                        if let Some(first) = seen.insert(e.id.as_str(), *line) {
                            problems.push(format!(
                                "{origin}:{line}: id {} already on line {first}",
                                e.id
                            ));
                        }
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn a_person_repeated_in_a_later_embedded_file_is_completed_not_renamed() {
        let mut r = Registry::empty();
        let mut people = Map::default();
        r.add_embedded(
            "id\tkind\tname\tcountry\troles\nkassym-jomart-tokayev\tperson\tKassym-Jomart Tokayev\tKAZ\tprésident (2019-)\n",
            "a.tsv",
            &mut people,
        )
        .unwrap();
        r.add_embedded(
            "id\tkind\tname\tcountry\troles\ntokayev\tperson\tKASSYM-JOMART TOKAYEV\tKAZ\tPremier ministre (1999-2002)\nkassym-jomart-tokayev\tperson\tK. Tokayev\tKAZ\tsénateur\n",
            "b.tsv",
            &mut people,
        )
        .unwrap();
        r.rebuild();
        assert_eq!(r.entities().len(), 1);
        let e = r.get("kassym-jomart-tokayev").unwrap();
        assert_eq!(e.name, "Kassym-Jomart Tokayev");
        assert_eq!(e.roles.len(), 3);
        assert!(e.aliases.contains(&"K. Tokayev".to_string()));
        let err = r
            .add_embedded(
                "id\tkind\tname\nkassym-jomart-tokayev\tplace\tX\n",
                "c.tsv",
                &mut people,
            )
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "c.tsv:2: kassym-jomart-tokayev is already known with another kind"
        );
    }

    #[test]
    fn capitals_become_places() {
        let mut r = Registry::empty();
        r.load_str(
            "id\tkind\tname\tcapital\tdemonyms\nKAZ\tcountry\tKazakhstan\tAstana|Nour-Soultan\tkazakh\n",
            "t",
        )
        .unwrap();
        let astana = r.get("place:astana").unwrap();
        assert_eq!(astana.kind, EntityKind::Place);
        assert_eq!(astana.country.as_deref(), Some("KAZ"));
        assert_eq!(astana.aliases, ["Nour-Soultan"]);
    }

    #[test]
    fn kind_conflicts_are_errors_and_leave_the_registry_alone() {
        let mut r = Registry::empty();
        r.load_str("id\tkind\tname\nx\tperson\tX Y\n", "a").unwrap();
        let err = r
            .load_str("id\tkind\tname\nz\tperson\tZ\nx\tplace\tX\n", "b")
            .unwrap_err();
        assert!(matches!(err, RegistryError::Malformed { line: 3, .. }));
        assert!(r.get("z").is_none());
    }

    #[test]
    fn registry_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Registry>();
    }
}
