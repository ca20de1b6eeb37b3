//! `depeche names`: normalization keys and registry resolution of names.

use crate::args::NamesArgs;
use crate::error::{CliError, Exit};
use crate::registry;
use depeche_names::{EntityKind, Method, Registry};
use serde::Serialize;
use std::io::{BufRead, Write};

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
    /// How it was resolved.
    pub method: Method,
}

/// Looks `name` up in `registry`: its normalization key, and the entity it
/// resolves to, if any. This is the one place that talks to the names
/// library's look-up API.
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

fn method_name(m: Method) -> String {
    serde_json::to_value(m)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{m:?}"))
}

fn kind_name(k: EntityKind) -> String {
    serde_json::to_value(k)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{k:?}"))
}

/// The human-readable block for one name.
pub fn text(info: &NameInfo) -> String {
    let dash = |o: &Option<String>| o.clone().unwrap_or_else(|| "-".into());
    format!(
        "{}\n  key        {}\n  entity     {}\n  canonical  {}\n  kind       {}\n  country    {}\n  method     {}\n",
        info.name,
        info.key,
        dash(&info.entity),
        dash(&info.canonical),
        info.kind.map_or_else(|| "-".into(), kind_name),
        dash(&info.country),
        method_name(info.method),
    )
}

/// Runs `depeche names`.
pub fn run(a: &NamesArgs) -> Result<Exit, CliError> {
    let registry = registry::load(&a.registry)?;
    let mut names = Vec::new();
    for n in &a.names {
        if n == "-" {
            for line in std::io::stdin().lock().lines() {
                let line =
                    line.map_err(|e| CliError::Usage(format!("cannot read standard input: {e}")))?;
                if !line.trim().is_empty() {
                    names.push(line);
                }
            }
        } else {
            names.push(n.clone());
        }
    }
    let mut out = std::io::stdout().lock();
    for (i, n) in names.iter().enumerate() {
        let info = lookup(&registry, n);
        if a.json {
            let line = serde_json::to_string(&info)
                .map_err(|e| CliError::Output(std::io::Error::other(e)))?;
            writeln!(out, "{line}")?;
        } else {
            if i > 0 {
                writeln!(out)?;
            }
            out.write_all(text(&info).as_bytes())?;
        }
    }
    out.flush()?;
    Ok(Exit::Ok)
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
        let t = text(&info);
        assert!(t.starts_with("  Kassym-Jomart Tokaïev \n  key        "));
        assert!(t.contains("\n  method     "));
    }

    #[test]
    fn unknown_name_still_has_a_key() {
        let info = lookup(Registry::embedded(), "Zzyzx Qwertyuiop");
        assert_eq!(info.entity, None);
        assert_eq!(info.method, Method::Unresolved);
        assert_eq!(info.key, depeche_names::key("Zzyzx Qwertyuiop"));
        assert!(!info.key.is_empty());
        assert!(text(&info).contains("method     unresolved"));
    }
}
