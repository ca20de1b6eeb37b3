//! What `depeche names --json` reports for one name, and `depeche.names` in
//! Python: its normalization key and the registry entity it resolves to.
//! This is the one place that talks to the names library's look-up API.

use depeche_names::{EntityKind, Method, Registry};
use serde::Serialize;

/// What is reported for one name.
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
    /// How it was resolved.
    pub method: Method,
}

/// Looks `name` up in `registry`: its normalization key, and the entity it
/// resolves to, if any (surrounding white space is ignored for the look-up).
pub fn lookup(registry: &Registry, name: &str) -> NameInfo {
    let key = depeche_names::key(name);
    match registry.resolve(name.trim()) {
        Some(r) => NameInfo {
            name: name.to_string(),
            key,
            entity: Some(r.entity.id.clone()),
            canonical: Some(r.entity.name.clone()),
            kind: Some(r.entity.kind),
            country: r.entity.country.clone(),
            method: r.method,
        },
        None => NameInfo {
            name: name.to_string(),
            key,
            entity: None,
            canonical: None,
            kind: None,
            country: None,
            method: Method::Unresolved,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_reported() {
        let info = lookup(Registry::embedded(), "  Kassym-Jomart Tokaïev ");
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
        ] {
            assert!(v.get(f).is_some(), "missing {f}");
        }
    }

    #[test]
    fn unknown_name_still_has_a_key() {
        let info = lookup(Registry::embedded(), "Zzyzx Qwertyuiop");
        assert_eq!(info.entity, None);
        assert_eq!(info.method, Method::Unresolved);
        assert_eq!(info.key, depeche_names::key("Zzyzx Qwertyuiop"));
        assert!(!info.key.is_empty());
    }
}
