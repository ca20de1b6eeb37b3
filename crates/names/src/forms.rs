//! Other ways of writing a country or a site that a rule recognizes: a
//! republic named by its adjective (`République sud-africaine`), a site with
//! its article or the noun of its kind (`le Kremlin`, `palais Akorda`,
//! `Élysée Palace`).

use crate::fold::fold_words;
use crate::mention::{EntityKind, Method};
use crate::registry::Registry;
use crate::resolve::Opts;

/// Words before a site's own name that say what kind of site it is, folded,
/// longest first: `le palais de l'Élysée`, `la résidence présidentielle`.
const SITE_NOUNS: [&str; 10] = [
    "residence presidentielle de",
    "residence presidentielle",
    "residence de",
    "residence",
    "palais presidentiel de",
    "palais presidentiel",
    "palais de",
    "palais du",
    "palais d",
    "palais",
];

/// French articles before a name, folded.
const ARTICLES: [&str; 4] = ["le ", "la ", "les ", "l "];

/// English nouns after a site's name, folded: `Élysée Palace`.
const SITE_SUFFIXES: [&str; 2] = [" palace", " presidential palace"];

impl Registry {
    /// A country named by the adjective of its people after `République`
    /// (`République sud-africaine`), or a site without its article, kind
    /// noun or English suffix (`le Kremlin`, `résidence présidentielle
    /// Akorda`, `Carthage Palace`).
    ///
    /// Only entities of the kind the rule is about: a person or a body named
    /// after a site is never reached this way.
    pub(crate) fn by_form(&self, name: &str, o: &Opts) -> Option<(u32, Method)> {
        let folded = fold_words(name);
        if o.kind.is_none_or(|k| k == EntityKind::Country) {
            if let Some(adjective) = folded.strip_prefix("republique ") {
                if let Some(&i) = self.index.demonyms.get(adjective) {
                    return Some((i, Method::Demonym));
                }
            }
        }
        if o.kind.is_some_and(|k| k != EntityKind::Facility) {
            return None;
        }
        let site = Opts {
            kind: Some(EntityKind::Facility),
            fuzzy: false,
            demonym: false,
            forms: false,
            ..o.clone()
        };
        let mut rest = folded.as_str();
        if let Some(r) = ARTICLES.iter().find_map(|a| rest.strip_prefix(a)) {
            rest = r;
        }
        if let Some(r) = SITE_NOUNS
            .iter()
            .find_map(|n| rest.strip_prefix(n).and_then(|r| r.strip_prefix(' ')))
        {
            rest = r;
        }
        if let Some(r) = SITE_SUFFIXES.iter().find_map(|s| rest.strip_suffix(s)) {
            rest = r;
        }
        if rest.len() == folded.len() || rest.is_empty() {
            return None;
        }
        // The bare name first (`Kremlin`), then with the noun French puts
        // before it (`palais de Carthage`).
        let (i, _) = self.resolve_idx(rest, &site).or_else(|| {
            ["palais de ", "palais "]
                .iter()
                .find_map(|n| self.resolve_idx(&format!("{n}{rest}"), &site))
        })?;
        Some((i, Method::Folded))
    }
}

#[cfg(test)]
mod tests {
    use crate::{EntityKind, Registry};

    fn registry() -> Registry {
        let mut r = Registry::empty();
        r.load_str(
            "id\tkind\tname\tcountry\taliases\tdemonyms\n\
             ZAF\tcountry\tAfrique du Sud\tZAF\t\tsud-africain|sud-africaine\n\
             facility:kremlin\tfacility\tKremlin\tRUS\n\
             facility:carthage\tfacility\tpalais de Carthage\tTUN\n\
             facility:akorda\tfacility\tAkorda\tKAZ\n\
             org:kremlin-choir\torganization\tChœur du Kremlin\tRUS\n",
            "t",
        )
        .unwrap();
        r
    }

    fn id(r: &Registry, name: &str, kind: Option<EntityKind>) -> Option<String> {
        match kind {
            Some(k) => r.resolve_kind(name, k),
            None => r.resolve(name),
        }
        .map(|x| x.entity.id.clone())
    }

    #[test]
    fn a_republic_by_its_adjective() {
        let r = registry();
        assert_eq!(
            id(&r, "République sud-africaine", None).as_deref(),
            Some("ZAF")
        );
        assert_eq!(id(&r, "République lunaire", None), None);
    }

    #[test]
    fn sites_with_their_article_or_kind_noun() {
        let r = registry();
        let f = Some(EntityKind::Facility);
        assert_eq!(id(&r, "le Kremlin", f).as_deref(), Some("facility:kremlin"));
        assert_eq!(
            id(&r, "Carthage Palace", f).as_deref(),
            Some("facility:carthage")
        );
        assert_eq!(
            id(&r, "la résidence présidentielle Akorda", f).as_deref(),
            Some("facility:akorda")
        );
        assert_eq!(id(&r, "palais Belvédère", f), None);
        assert_eq!(
            id(&r, "le Kremlin", Some(EntityKind::Person)),
            None,
            "no other kind"
        );
    }
}
