//! Registry entries and the registry file format.

use crate::mention::EntityKind;
use crate::registry::RegistryError;
use serde::Serialize;

/// One known entity: a person, country, place, organization or facility.
///
/// ```
/// use depeche_names::{EntityKind, Registry};
/// let mut registry = Registry::empty();
/// registry
///     .load_str("id\tkind\tname\tcountry\taliases\nto-lam\tperson\tTô Lâm\tVNM\tTo Lam\n", "mine")
///     .unwrap();
/// let tl = registry.get("to-lam").unwrap();
/// assert_eq!(tl.kind, EntityKind::Person);
/// assert_eq!(tl.aliases, ["To Lam"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// Stable id: ISO 3166-1 alpha-3 for countries (`KAZ`), a slug for
    /// persons (`to-lam`), `org:`, `place:` or `facility:` + slug otherwise.
    pub id: String,
    /// What kind of thing it is.
    pub kind: EntityKind,
    /// The canonical name.
    pub name: String,
    /// The country it belongs to or represents (alpha-3); a country's own id.
    pub country: Option<String>,
    /// Other names and spellings.
    pub aliases: Vec<String>,
    /// Demonyms and adjectives (countries only): `kazakh`, `kazakhe` …
    pub demonyms: Vec<String>,
    /// The capital's names, French first (countries only).
    pub capital: Vec<String>,
    /// Roles, each optionally with a year range: `président (2019-)`.
    pub roles: Vec<String>,
}

impl Entity {
    /// The canonical name followed by every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// Fold `other` (same id) into this entry: non-empty scalar fields
    /// replace, lists are extended without duplicates.
    pub(crate) fn merge(&mut self, other: Entity) {
        if self.name != other.name && !other.name.is_empty() {
            let old = std::mem::replace(&mut self.name, other.name);
            push_unique(&mut self.aliases, old);
        }
        if other.country.is_some() {
            self.country = other.country;
        }
        for (mine, theirs) in [
            (&mut self.aliases, other.aliases),
            (&mut self.demonyms, other.demonyms),
            (&mut self.capital, other.capital),
            (&mut self.roles, other.roles),
        ] {
            for item in theirs {
                push_unique(mine, item);
            }
        }
        let name = self.name.clone();
        self.aliases.retain(|a| *a != name);
    }
}

impl Entity {
    /// Complete this entry with `other` (the same entity written again):
    /// the name and country stay, `other`'s name becomes an alias and its
    /// lists are added without duplicates.
    pub(crate) fn complete(&mut self, other: Entity) {
        if other.name != self.name {
            push_unique(&mut self.aliases, other.name);
        }
        if self.country.is_none() {
            self.country = other.country;
        }
        for (mine, theirs) in [
            (&mut self.aliases, other.aliases),
            (&mut self.demonyms, other.demonyms),
            (&mut self.capital, other.capital),
            (&mut self.roles, other.roles),
        ] {
            for item in theirs {
                push_unique(mine, item);
            }
        }
        let name = self.name.clone();
        self.aliases.retain(|a| *a != name);
    }
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Id,
    Kind,
    Name,
    Country,
    Aliases,
    Demonyms,
    Capital,
    Roles,
}

impl Column {
    fn parse(name: &str) -> Option<Column> {
        Some(match name {
            "id" => Column::Id,
            "kind" => Column::Kind,
            "name" => Column::Name,
            "country" => Column::Country,
            "aliases" => Column::Aliases,
            "demonyms" => Column::Demonyms,
            "capital" => Column::Capital,
            "roles" => Column::Roles,
            _ => return None,
        })
    }
}

/// Parse an entity kind as written in registry files.
pub(crate) fn parse_kind(text: &str) -> Option<EntityKind> {
    Some(match text {
        "person" => EntityKind::Person,
        "country" => EntityKind::Country,
        "place" => EntityKind::Place,
        "organization" => EntityKind::Organization,
        "facility" => EntityKind::Facility,
        _ => return None,
    })
}

fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The lines of a TSV file that carry data: 1-based number and text,
/// comments and blank lines left out.
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Parse registry text into entries with their line numbers.
pub(crate) fn parse_entities(
    text: &str,
    origin: &str,
) -> Result<Vec<(usize, Entity)>, RegistryError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bad = |line: usize, message: String| RegistryError::Malformed {
        origin: origin.to_string(),
        line,
        message,
    };
    let mut lines = data_lines(text);
    let Some((hline, header)) = lines.next() else {
        return Ok(Vec::new());
    };
    let mut columns = Vec::new();
    for name in header.split('\t').map(str::trim) {
        let col =
            Column::parse(name).ok_or_else(|| bad(hline, format!("unknown column {name:?}")))?;
        if columns.contains(&col) {
            return Err(bad(hline, format!("column {name:?} given twice")));
        }
        columns.push(col);
    }
    for needed in [Column::Id, Column::Kind, Column::Name] {
        if !columns.contains(&needed) {
            return Err(bad(
                hline,
                format!("missing column {needed:?}").to_lowercase(),
            ));
        }
    }
    let mut out = Vec::new();
    for (line, raw) in lines {
        let cells: Vec<&str> = raw.split('\t').map(str::trim).collect();
        if cells.len() > columns.len() {
            return Err(bad(
                line,
                format!("{} cells for {} columns", cells.len(), columns.len()),
            ));
        }
        let mut e = Entity {
            id: String::new(),
            kind: EntityKind::Person,
            name: String::new(),
            country: None,
            aliases: Vec::new(),
            demonyms: Vec::new(),
            capital: Vec::new(),
            roles: Vec::new(),
        };
        let mut kind = None;
        for (col, cell) in columns.iter().zip(cells.iter().copied()) {
            match col {
                Column::Id => e.id = cell.to_string(),
                Column::Kind => {
                    kind = Some(
                        parse_kind(cell)
                            .ok_or_else(|| bad(line, format!("unknown kind {cell:?}")))?,
                    )
                }
                Column::Name => e.name = cell.to_string(),
                Column::Country if cell.is_empty() => {}
                Column::Country => {
                    if cell.len() != 3 || !cell.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(bad(
                            line,
                            format!("country {cell:?} is not an ISO alpha-3 code"),
                        ));
                    }
                    e.country = Some(cell.to_string());
                }
                Column::Aliases => e.aliases = list(cell),
                Column::Demonyms => e.demonyms = list(cell),
                Column::Capital => e.capital = list(cell),
                Column::Roles => e.roles = list(cell),
            }
        }
        if e.id.is_empty() || e.name.is_empty() {
            return Err(bad(line, "id and name are required".into()));
        }
        e.kind = kind.ok_or_else(|| bad(line, "kind is required".into()))?;
        if e.kind == EntityKind::Country && e.country.is_none() {
            e.country = Some(e.id.clone());
        }
        let name = e.name.clone();
        e.aliases.retain(|a| *a != name);
        out.push((line, e));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id\tkind\tname\tcountry\taliases\tdemonyms\tcapital\troles\n";

    #[test]
    fn parses_the_documented_example() {
        let text = format!(
            "# comment\n\n{HEADER}KAZ\tcountry\tKazakhstan\tKAZ\tRépublique du Kazakhstan|Qazaqstan\tkazakh|kazakhe\tAstana|Nour-Soultan\n"
        );
        let rows = parse_entities(&text, "t").unwrap();
        assert_eq!(rows.len(), 1);
        let (line, e) = &rows[0];
        assert_eq!(*line, 4);
        assert_eq!(e.kind, EntityKind::Country);
        assert_eq!(e.aliases, ["République du Kazakhstan", "Qazaqstan"]);
        assert_eq!(e.capital, ["Astana", "Nour-Soultan"]);
    }

    #[test]
    fn column_order_is_free_and_trailing_cells_optional() {
        let rows =
            parse_entities("name\tid\tkind\taliases\nTô Lâm\tto-lam\tperson\n", "t").unwrap();
        assert_eq!(rows[0].1.id, "to-lam");
        assert!(rows[0].1.aliases.is_empty());
    }

    #[test]
    fn errors_name_origin_and_line() {
        let cases = [
            ("id\tkind\tname\tnickname\n", 1),
            ("id\tkind\n", 1),
            ("id\tkind\tname\nx\tperson\tX\textra\n", 2),
            ("id\tkind\tname\nx\tpeople\tX\n", 2),
            ("id\tkind\tname\tcountry\nx\tperson\tX\tKazakhstan\n", 2),
            ("id\tkind\tname\n\n# c\nx\tperson\t\n", 4),
        ];
        for (text, want) in cases {
            match parse_entities(text, "user.tsv") {
                Err(RegistryError::Malformed { origin, line, .. }) => {
                    assert_eq!(origin, "user.tsv");
                    assert_eq!(line, want, "{text:?}");
                }
                other => panic!("{text:?} gave {other:?}"),
            }
        }
    }

    #[test]
    fn merge_extends_lists_and_keeps_old_name_as_alias() {
        let mut a = parse_entities("id\tkind\tname\taliases\nx\tperson\tA\tB\n", "t").unwrap();
        let b = parse_entities("id\tkind\tname\taliases\nx\tperson\tC\tB|D\n", "t").unwrap();
        let (_, mut e) = a.remove(0);
        e.merge(b.into_iter().next().unwrap().1);
        assert_eq!(e.name, "C");
        assert_eq!(e.aliases, ["B", "A", "D"]);
    }
}
