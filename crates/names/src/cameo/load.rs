//! Adding a CAMEO dictionary to a registry.

use super::{parse_actors, ActorEntry, CameoError, Code};
use crate::entity::Entity;
use crate::fold::fold_words;
use crate::hash::Map;
use crate::key::key;
use crate::mention::EntityKind;
use crate::registry::Registry;
use crate::titles::TitleEntry;
use std::path::Path;

/// What a dictionary added to a registry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActorsSummary {
    /// Entries read.
    pub entries: usize,
    /// Persons added.
    pub persons: usize,
    /// Persons the registry already had, completed with the entry's
    /// variants and roles.
    pub completed: usize,
    /// Organizations and other actors added (no dated code, not a country).
    pub organizations: usize,
    /// Entries naming a country of the registry: their names became its
    /// aliases.
    pub countries: usize,
    /// Agents (role nouns) added to the titles lexicon.
    pub agents: usize,
}

/// CAMEO sectors that stand for a person in office or of the elite when
/// a code has no date.
const PERSON_SECTORS: [&str; 2] = ["ELI", "GOV"];

/// `ABDELAZIZ BOUTEFLIKA` → `Abdelaziz Bouteflika`, `KI-MOON` → `Ki-Moon`;
/// short all-capital names of organizations stay acronyms (`IAEA`, `U.N.`).
fn display(name: &str, keep_caps: bool) -> String {
    if keep_caps {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric() && c != '\'';
    }
    out
}

fn is_acronym(name: &str) -> bool {
    !name.contains(' ')
        && (name.contains('.') || name.chars().filter(|c| c.is_alphabetic()).count() <= 6)
}

impl Registry {
    /// The country of a CAMEO code: its first three letters when they are
    /// the id of a country of the registry.
    fn cameo_country(&self, code: &str) -> Option<String> {
        let c = code.get(..3)?;
        self.get(c)
            .filter(|e| e.kind == EntityKind::Country)
            .map(|e| e.id.clone())
    }

    /// The role of a code: the sectors after the country (`GOV`, `MILGOV`,
    /// `IGOUNO`) with the years, in the registry's role format
    /// (`GOV (1999-2019)`).
    fn cameo_role(&self, c: &Code) -> String {
        let sectors = match self.cameo_country(&c.code) {
            Some(_) => c.code.get(3..).unwrap_or(""),
            None => c.code.as_str(),
        };
        let sectors = if sectors.is_empty() { "actor" } else { sectors };
        match c.years {
            Some(y) => match (y.from, y.until) {
                (Some(a), Some(b)) => format!("{sectors} ({a}-{b})"),
                (Some(a), None) => format!("{sectors} ({a}-)"),
                (None, Some(b)) => format!("{sectors} (until {b})"),
                (None, None) => sectors.to_string(),
            },
            None => sectors.to_string(),
        }
    }

    /// Add a CAMEO actors or agents dictionary (format: see
    /// [`crate::cameo`]). Actors become registry entries: a person when a
    /// code is dated or of the elite or government sectors (`ELI`, `GOV`),
    /// with the country of the codes' first three letters and a role per
    /// code (`GOV (1999-2019)`); a person the registry already has (same
    /// name key and country) is completed instead. An entry whose only code
    /// is a country of the registry (`ALGERIA_ [DZA]`) gives that country
    /// aliases; other entries are organizations. Agents (`FARMER [~AGR]`)
    /// join the titles lexicon as English role nouns. On error nothing is
    /// added.
    ///
    /// ```
    /// use depeche_names::Registry;
    /// let mut registry = Registry::embedded().clone();
    /// let summary = registry.load_actors_str(
    ///     "JANE_QUIMBY_DOE_\n+J._Q._DOE_\n\t[DZAGOV 150101-191231]\n",
    ///     "mine.actors",
    /// )?;
    /// assert_eq!(summary.persons, 1);
    /// let r = registry.resolve("Jane Quimby Doe").unwrap();
    /// assert_eq!(r.entity.country.as_deref(), Some("DZA"));
    /// assert_eq!(r.entity.roles, ["GOV (2015-2019)"]);
    /// # Ok::<(), depeche_names::cameo::CameoError>(())
    /// ```
    pub fn load_actors_str(
        &mut self,
        text: &str,
        origin: &str,
    ) -> Result<ActorsSummary, CameoError> {
        let entries = parse_actors(text, origin)?;
        let mut summary = ActorsSummary {
            entries: entries.len(),
            ..ActorsSummary::default()
        };
        let mut people: Map<(String, Option<String>), u32> = Map::default();
        for (i, e) in self.entities.as_slice().iter().enumerate() {
            if e.kind == EntityKind::Person {
                let i = u32::try_from(i).unwrap_or(u32::MAX);
                people.insert((key(&e.name), e.country.clone()), i);
                // For entries without a country (`KOFI_ANNAN_ [IGOUNO …]`).
                people.entry((key(&e.name), None)).or_insert(i);
            }
        }
        let mut titles = Vec::new();
        for entry in entries {
            if entry.is_agent() {
                summary.agents += 1;
                titles.extend(agent_titles(&entry));
                continue;
            }
            self.add_actor(entry, &mut people, &mut summary);
        }
        self.rebuild_after_load();
        if !titles.is_empty() {
            self.add_title_rows(titles);
        }
        Ok(summary)
    }

    /// [`load_actors_str`](Self::load_actors_str) on a file.
    pub fn load_actors_file(&mut self, path: &Path) -> Result<ActorsSummary, CameoError> {
        let bytes = std::fs::read(path).map_err(|source| CameoError::Io {
            origin: path.display().to_string(),
            source,
        })?;
        // The reference dictionaries are ASCII with a few Latin-1 bytes.
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => e.into_bytes().iter().map(|&b| char::from(b)).collect(),
        };
        self.load_actors_str(&text, &path.display().to_string())
    }

    fn add_actor(
        &mut self,
        entry: ActorEntry,
        people: &mut Map<(String, Option<String>), u32>,
        summary: &mut ActorsSummary,
    ) {
        let countries: Vec<String> = entry
            .codes
            .iter()
            .filter_map(|c| self.cameo_country(&c.code))
            .collect();
        let country = countries.first().cloned();
        // `ALGERIA_ [DZA]`: names of a country.
        if let ([c], Some(code)) = (entry.codes.as_slice(), &country) {
            if c.code == *code && c.years.is_none() {
                if let Some(i) = self.idx_of(code) {
                    let mut names = vec![entry.name];
                    names.extend(entry.variants);
                    if let Some(e) = self.entities.owned().get_mut(i as usize) {
                        for n in names {
                            let n = display(&n, false);
                            if !e.names().any(|x| x == n) {
                                e.aliases.push(n);
                            }
                        }
                    }
                    summary.countries += 1;
                    return;
                }
            }
        }
        let person = entry.codes.iter().any(|c| {
            c.years.is_some()
                || PERSON_SECTORS
                    .iter()
                    .any(|s| c.code.get(3..).is_some_and(|r| r.starts_with(s)) || c.code == *s)
        }) && entry.name.contains(' ');
        let kind = if person {
            EntityKind::Person
        } else {
            EntityKind::Organization
        };
        let caps = kind == EntityKind::Organization && is_acronym(&entry.name);
        let name = display(&entry.name, caps);
        let aliases: Vec<String> = entry
            .variants
            .iter()
            .map(|v| display(v, kind == EntityKind::Organization && is_acronym(v)))
            .filter(|v| *v != name)
            .collect();
        let roles: Vec<String> = entry.codes.iter().map(|c| self.cameo_role(c)).collect();
        if let Some(i) = self.known_actor(&name, kind, country.as_deref(), people) {
            if let Some(e) = self.entities.owned().get_mut(i as usize) {
                e.complete(Entity {
                    id: e.id.clone(),
                    kind,
                    name: name.clone(),
                    country: country.clone(),
                    aliases,
                    demonyms: Vec::new(),
                    capital: Vec::new(),
                    roles,
                });
                summary.completed += 1;
                return;
            }
        }
        let slug = fold_words(&name).replace(' ', "-");
        let mut id = format!("cameo:{slug}");
        if self.get(&id).is_some_and(|e| e.kind != kind) {
            id = format!("cameo:{}:{slug}", if person { "person" } else { "org" });
        }
        if kind == EntityKind::Person {
            summary.persons += 1;
            let i = u32::try_from(self.entities.len()).unwrap_or(u32::MAX);
            people.entry((key(&name), country.clone())).or_insert(i);
            people.entry((key(&name), None)).or_insert(i);
        } else {
            summary.organizations += 1;
        }
        self.push_entity(Entity {
            id,
            kind,
            name,
            country,
            aliases,
            demonyms: Vec::new(),
            capital: Vec::new(),
            roles,
        });
    }
}

impl Registry {
    /// The entity of the registry an actor entry repeats: a person of the
    /// same name key and country (any country when the entry has none), or
    /// the one entity of that kind and a compatible country with that name.
    fn known_actor(
        &self,
        name: &str,
        kind: EntityKind,
        country: Option<&str>,
        people: &Map<(String, Option<String>), u32>,
    ) -> Option<u32> {
        if kind == EntityKind::Person {
            if let Some(&i) = people.get(&(key(name), country.map(str::to_string))) {
                return Some(i);
            }
        }
        let p = self
            .index
            .pattern(*self.index.by_fold.get(fold_words(name).as_str())?)?;
        let mut fits = p.targets.iter().map(|t| t.entity).filter(|&i| {
            self.entity(i).is_some_and(|e| {
                e.kind == kind
                    && (country.is_none() || e.country.is_none() || e.country.as_deref() == country)
            })
        });
        match (fits.next(), fits.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    }
}

/// An agent as English role nouns: `SPEAKER_OF_PARLIAMENT {SPEAKERS_OF_PARLIAMENT} [~LEG]`
/// gives `speaker of parliament` (before a person's name) and its plural (not).
fn agent_titles(entry: &ActorEntry) -> Vec<TitleEntry> {
    let role = entry.name.to_lowercase();
    let mut out = vec![TitleEntry {
        surface: role.clone(),
        role: role.clone(),
        person: true,
    }];
    for v in &entry.variants {
        out.push(TitleEntry {
            surface: v.to_lowercase(),
            role: role.clone(),
            person: false,
        });
    }
    out
}
