//! What `depeche names --json` reports for one name, and `depeche.names` in
//! Python: its normalization key and the registry entity it resolves to.
//! This is the one place that talks to the names library's look-up API.

use depeche_names::{EntityKind, Method, Registry};
use serde::Serialize;

/// What `names` reports for one name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NameInfo {
    /// The name as given.
    pub name: String,
    /// Its normalization key.
    pub key: String,
    /// The resolved entity id, if any.
    pub entity: Option<String>,
    /// The entity's canonical name.
    pub canonical: Option<String>,
    /// The entity's kind.
    pub kind: Option<EntityKind>,
    /// The entity's country (ISO 3166-1 alpha-3).
    pub country: Option<String>,
    /// How it was resolved (the name part, after any title).
    pub method: Method,
    /// The name once titles and honorifics are set aside.
    pub name_part: String,
    /// The title's normalized role (`président`), if a title was given.
    pub title: Option<String>,
    /// The country of the title's demonym or complement (ISO alpha-3).
    pub title_country: Option<String>,
    /// The name was one word resolved as the surname of a single holder.
    pub surname_only: bool,
}

/// Looks `name` up in `registry`: titles and honorifics set aside, the
/// normalization key of the name left, and the entity it resolves to, if
/// any (`year`: the dispatch's, to pick among namesakes). This is the one
/// place that talks to the names library's look-up API.
pub fn lookup(registry: &Registry, name: &str, year: Option<i32>) -> NameInfo {
    let l = registry.look_up_at(name.trim(), year);
    let key = depeche_names::key(&l.name);
    let r = l.resolution;
    NameInfo {
        name: name.to_string(),
        key,
        entity: r.map(|r| r.entity.id.clone()),
        canonical: r.map(|r| r.entity.name.clone()),
        kind: r.map(|r| r.entity.kind),
        country: r.and_then(|r| r.entity.country.clone()),
        method: r.map_or(Method::Unresolved, |r| r.method),
        name_part: l.name,
        title: l.title,
        title_country: l.title_country,
        surname_only: l.surname_only,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_reported() {
        let info = lookup(Registry::embedded(), "  Kassym-Jomart Tokaïev ", None);
        assert_eq!(info.name, "  Kassym-Jomart Tokaïev ");
        assert_eq!(info.key, depeche_names::key("Kassym-Jomart Tokaïev"));
        let resolved = Registry::embedded()
            .resolve("Kassym-Jomart Tokaïev")
            .map(|r| r.entity.id.clone());
        assert!(resolved.is_some());
        assert_eq!(info.entity, resolved);
        let v = serde_json::to_value(&info).expect("json");
        for f in [
            "name",
            "key",
            "entity",
            "canonical",
            "kind",
            "country",
            "method",
            "name_part",
            "title",
            "title_country",
            "surname_only",
        ] {
            assert!(v.get(f).is_some(), "missing {f}");
        }
    }

    #[test]
    fn titled_names_report_title_country_and_name_part() {
        let reg = Registry::embedded();
        let info = lookup(reg, "le président algérien Tebboune", None);
        assert_eq!(info.title.as_deref(), Some("président"));
        assert_eq!(info.title_country.as_deref(), Some("DZA"));
        assert_eq!(info.name_part, "Tebboune");
        assert_eq!(info.country.as_deref(), Some("DZA"));
        assert!(info.surname_only);
        assert_eq!(info.key, depeche_names::key("Tebboune"));
        let info = lookup(reg, "Foreign Minister Zzyzx Qwertyuiop", None);
        assert_eq!(
            info.title.as_deref(),
            Some("ministre des affaires étrangères")
        );
        assert_eq!(info.entity, None);
    }

    #[test]
    fn unknown_name_still_has_a_key() {
        let info = lookup(Registry::embedded(), "Zzyzx Qwertyuiop", None);
        assert_eq!(info.entity, None);
        assert_eq!(info.method, Method::Unresolved);
        assert_eq!(info.key, depeche_names::key("Zzyzx Qwertyuiop"));
        assert!(!info.key.is_empty());
    }
}
