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
    fn text_block_has_every_field() {
        let t = text(&lookup(
            Registry::embedded(),
            "  Kassym-Jomart Tokaïev ",
            None,
        ));
        assert!(t.starts_with("  Kassym-Jomart Tokaïev \n  key        "));
        for f in ["key", "entity", "canonical", "kind", "country", "method"] {
            assert!(t.contains(&format!("\n  {f:<10} ")), "missing {f}");
        }
    }

    #[test]
    fn unknown_name_is_unresolved() {
        let t = text(&lookup(Registry::embedded(), "Zzyzx Qwertyuiop", None));
        assert!(t.contains("method     unresolved"));
        assert!(t.contains("entity     -\n"));
    }

    #[test]
    fn titled_names_show_title_country_and_method() {
        let reg = Registry::embedded();
        let t = text(&lookup(reg, "le président algérien Tebboune", None));
        assert!(t.contains("(surname alone)"), "{t}");
        assert!(t.contains("  title country DZA\n"), "{t}");
        assert!(text(&lookup(reg, "H.E. Aigul Kuspan", None)).contains("- (honorific)"));
    }

    #[test]
    fn json_reports_title_title_country_and_method_in_french_and_english() {
        let reg = Registry::embedded();
        let cases = [
            (
                "Kazakh President Tokayev",
                "président",
                Some("KAZ"),
                "kassym-jomart-tokayev",
            ),
            (
                "le président du Kazakhstan Tokaïev",
                "président",
                Some("KAZ"),
                "kassym-jomart-tokayev",
            ),
            (
                "President of Belarus Alexander Lukashenko",
                "président",
                Some("BLR"),
                "alexander-lukashenko",
            ),
            (
                "German Foreign Minister Annalena Baerbock",
                "ministre des affaires étrangères",
                Some("DEU"),
                "annalena-baerbock",
            ),
            (
                "Senate Speaker Maulen Ashimbayev",
                "président du sénat",
                None,
                "maulen-ashimbayev",
            ),
        ];
        for (name, title, country, entity) in cases {
            let v = serde_json::to_value(lookup(reg, name, None)).expect("json");
            assert_eq!(v["title"], title, "{name}");
            assert_eq!(v["title_country"].as_str(), country, "{name}");
            assert_eq!(v["entity"], entity, "{name}");
            assert_eq!(v["method"], "exact", "{name}");
        }
    }
}
