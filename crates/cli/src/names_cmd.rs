//! `depeche names`: normalization keys and registry resolution of names.

use crate::args::NamesArgs;
use crate::error::{CliError, Exit};
use crate::registry;
use depeche_names::{EntityKind, Method};
use depeche_output::names::{lookup, NameInfo};
use std::io::{BufRead, Write};

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
    let mut out = format!(
        "{}\n  key        {}\n  entity     {}\n  canonical  {}\n  kind       {}\n  country    {}\n  method     {}{}\n",
        info.name,
        info.key,
        dash(&info.entity),
        dash(&info.canonical),
        info.kind.map_or_else(|| "-".into(), kind_name),
        dash(&info.country),
        method_name(info.method),
        if info.surname_only { " (surname alone)" } else { "" },
    );
    if info.name_part != info.name.trim() {
        out.push_str(&format!(
            "  title      {}\n  title country {}\n  name part  {}\n",
            info.title.as_deref().unwrap_or("- (honorific)"),
            dash(&info.title_country),
            info.name_part,
        ));
    }
    out
}

/// Runs `depeche names`.
pub fn run(a: &NamesArgs) -> Result<Exit, CliError> {
    let registry = registry::load(&a.registry, &a.actors)?;
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
        let info = lookup(&registry, n, a.year);
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
    use depeche_names::Registry;

    #[test]
    fn every_field_is_reported() {
        let info = lookup(Registry::embedded(), "  Kassym-Jomart Tokaïev ", None);
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
            "name_part",
            "title",
            "title_country",
            "surname_only",
        ] {
            assert!(v.get(f).is_some(), "missing {f}");
        }
        let t = text(&info);
        assert!(t.starts_with("  Kassym-Jomart Tokaïev \n  key        "));
        for f in ["key", "entity", "canonical", "kind", "country", "method"] {
            assert!(t.contains(&format!("\n  {f:<10} ")), "missing {f}");
        }
    }

    #[test]
    fn unknown_name_still_has_a_key() {
        let info = lookup(Registry::embedded(), "Zzyzx Qwertyuiop", None);
        assert_eq!(info.entity, None);
        assert_eq!(info.method, Method::Unresolved);
        assert_eq!(info.key, depeche_names::key("Zzyzx Qwertyuiop"));
        assert!(!info.key.is_empty());
        assert!(text(&info).contains("method     unresolved"));
    }

    #[test]
    fn titled_names_report_title_country_and_method() {
        let reg = Registry::embedded();
        let info = lookup(reg, "le président algérien Tebboune", None);
        assert_eq!(info.title.as_deref(), Some("président"));
        assert_eq!(info.title_country.as_deref(), Some("DZA"));
        assert_eq!(info.name_part, "Tebboune");
        assert_eq!(info.country.as_deref(), Some("DZA"));
        assert!(info.surname_only);
        assert_eq!(info.key, depeche_names::key("Tebboune"));
        let t = text(&info);
        assert!(t.contains("(surname alone)"), "{t}");
        assert!(t.contains("  title country DZA\n"), "{t}");
        let info = lookup(reg, "H.E. Aigul Kuspan", None);
        assert_eq!(info.title, None);
        assert_eq!(info.name_part, "Aigul Kuspan");
        assert!(info.entity.is_some());
        assert!(text(&info).contains("- (honorific)"));
        let info = lookup(reg, "Foreign Minister Zzyzx Qwertyuiop", None);
        assert_eq!(
            info.title.as_deref(),
            Some("ministre des affaires étrangères")
        );
        assert_eq!(info.entity, None);
    }
}
