//! Titles and roles in front of names (`data/titles.tsv`): `le président
//! kazakh`, `le Premier ministre`, `la vice-ministre des AE`, `M.`.

use crate::entity::data_lines;
use crate::fold::fold_words;
use crate::hash::Map;
use crate::registry::RegistryError;
use crate::view::{words_before, View, Word};
use crate::words::FirstWord;
use depeche_parse::Span;
use serde::Serialize;

/// One row of the titles lexicon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TitleEntry {
    /// The title as written before a name, lowercase (`vice-ministre des ae`).
    pub surface: String,
    /// The normalized role (`vice-ministre des affaires étrangères`); empty
    /// for honorifics (`m.`, `mme`, `samdech`).
    pub role: String,
    /// Whether it introduces a person's name.
    pub person: bool,
}

/// A title found in text, with the country its demonym or complement names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TitleMatch {
    /// The surface text: title plus demonym or complement.
    pub text: String,
    /// Where it is (title plus demonym or complement).
    pub span: Span,
    /// The normalized role; empty for honorifics.
    pub role: String,
    /// Whether the title introduces a person.
    pub person: bool,
    /// The country of a demonym (`kazakh`) or complement (`du Kazakhstan`).
    pub country: Option<String>,
    /// Where that demonym or complement is.
    pub country_span: Option<Span>,
}

/// The titles lexicon with its matcher.
///
/// ```
/// use depeche_names::Registry;
/// let titles = Registry::embedded().titles();
/// let found = titles.detect("Le Premier ministre kazakh Olzhas Bektenov");
/// assert_eq!(found[0].role, "premier ministre");
/// assert_eq!(found[0].country.as_deref(), Some("KAZ"));
/// assert_eq!(found[0].text, "Premier ministre kazakh");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Titles {
    entries: Vec<TitleEntry>,
    /// Per pattern of `first`: the entry.
    pattern_entry: Vec<u32>,
    /// Per entry: whether the text must be capitalized (`M.`, not `m.`).
    upper_only: Vec<bool>,
    by_fold: Map<String, u32>,
    first: FirstWord,
    demonyms: Map<String, String>,
    countries: Map<String, String>,
}

/// Words that open a country complement: `président du Kazakhstan`.
const COMPLEMENT: [&str; 5] = ["du", "de", "des", "d", "of"];
const ARTICLE: [&str; 4] = ["la", "l", "les", "the"];

/// Parse titles text (columns `title`, `role`, `person`, in any order).
pub(crate) fn parse_titles(text: &str, origin: &str) -> Result<Vec<TitleEntry>, RegistryError> {
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
    let cols: Vec<&str> = header.split('\t').map(str::trim).collect();
    let find = |name: &str| cols.iter().position(|c| *c == name);
    if let Some(unknown) = cols
        .iter()
        .find(|c| !["title", "role", "person"].contains(c))
    {
        return Err(bad(hline, format!("unknown column {unknown:?}")));
    }
    let (Some(t), Some(r), Some(p)) = (find("title"), find("role"), find("person")) else {
        return Err(bad(
            hline,
            "titles need the columns title, role, person".into(),
        ));
    };
    let mut out = Vec::new();
    for (line, raw) in lines {
        let cells: Vec<&str> = raw.split('\t').map(str::trim).collect();
        if cells.len() > cols.len() {
            return Err(bad(line, "more cells than columns".into()));
        }
        let cell = |i: usize| cells.get(i).copied().unwrap_or("");
        let surface = cell(t);
        if surface.is_empty() {
            return Err(bad(line, "empty title".into()));
        }
        let person = match cell(p) {
            "yes" | "" => true,
            "no" => false,
            other => {
                return Err(bad(
                    line,
                    format!("person must be yes or no, not {other:?}"),
                ))
            }
        };
        out.push(TitleEntry {
            surface: surface.to_lowercase(),
            role: cell(r).to_string(),
            person,
        });
    }
    Ok(out)
}

impl Titles {
    /// Build the lexicon; `demonyms` and `countries` map folded demonyms and
    /// country names to country ids.
    pub(crate) fn build(
        entries: Vec<TitleEntry>,
        demonyms: Map<String, String>,
        countries: Map<String, String>,
    ) -> Titles {
        let mut by_fold = Map::default();
        let mut patterns = Vec::new();
        let mut pattern_entry = Vec::new();
        let mut upper_only = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let folded = fold_words(&e.surface);
            // `M.`, `Dr`, `PM` need their capital (`à 5 m.`, `p.m.`); short
            // titles that are words (`roi`) do not.
            let vowel = folded.contains(['a', 'e', 'i', 'o', 'u', 'y']);
            upper_only
                .push(!folded.contains(' ') && folded.len() <= 3 && (e.role.is_empty() || !vowel));
            let idx = u32::try_from(i).unwrap_or(u32::MAX);
            if folded.is_empty() || by_fold.contains_key(&folded) {
                continue;
            }
            by_fold.insert(folded.clone(), idx);
            patterns.push(folded);
            pattern_entry.push(idx);
        }
        Titles {
            entries,
            pattern_entry,
            upper_only,
            by_fold,
            first: FirstWord::build(patterns),
            demonyms,
            countries,
        }
    }

    /// The lexicon's rows.
    pub fn entries(&self) -> &[TitleEntry] {
        &self.entries
    }

    /// The row for a title as written (`Vice-ministre des AE`), if known.
    pub fn lookup(&self, title: &str) -> Option<&TitleEntry> {
        let i = *self.by_fold.get(&fold_words(title))?;
        self.entries.get(i as usize)
    }

    /// Every title in `text`, with the country of a following demonym
    /// (`le président kazakh`) or complement (`président du Kazakhstan`).
    pub fn detect(&self, text: &str) -> Vec<TitleMatch> {
        crate::registry::in_pieces(text, |piece| {
            let view = View::new(piece);
            let words = view.words();
            self.detect_view(&view, words)
                .into_iter()
                .map(|t| TitleMatch {
                    text: view.between(t.span.start, t.span.end).to_string(),
                    span: t.span,
                    role: t.role.to_string(),
                    person: t.person,
                    country: t.country.map(|c| c.0.to_string()),
                    country_span: t.country.map(|c| c.1),
                })
                .collect()
        })
    }

    pub(crate) fn detect_view(&self, view: &View<'_>, words: &[Word]) -> Vec<TitleHit<'_>> {
        let mut out = Vec::new();
        let hay = view.text.as_str();
        // The longer titles tried are written here, one after another.
        let mut cand = String::new();
        let mut wi = 0;
        while let Some(w) = words.get(wi) {
            if !self.first.may_start(w) {
                wi += 1;
                continue;
            }
            let hit = self.first.matches_at(hay, words, wi).find_map(|(p, fe)| {
                let i = *self.pattern_entry.get(p as usize)?;
                let entry = self.entries.get(i as usize)?;
                let upper_only = self.upper_only.get(i as usize).copied().unwrap_or(false);
                let upper = view
                    .surface(w)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                (!upper_only || upper).then_some((entry, fe))
            });
            let Some((entry, fe)) = hit else {
                wi += 1;
                continue;
            };
            let next = words_before(words, wi, fe);
            let mut found = Found {
                end_fe: fe,
                role: &entry.role,
                person: entry.person,
                country: None,
            };
            if let Some(n) = self.demonym_at(view, words, next, &mut found) {
                self.longer_title(
                    view,
                    hay.get(w.fs()..fe).unwrap_or(""),
                    words,
                    next + n,
                    &mut found,
                    &mut cand,
                );
            } else {
                self.complement_at(view, words, next, &mut found);
            }
            let (os, mut oe) = view.orig(w.fs(), found.end_fe);
            if entry.surface.ends_with('.') && view.between(oe, oe + 1) == "." {
                oe += 1;
            }
            out.push(TitleHit {
                span: Span::new(os, oe),
                role: found.role,
                person: found.person,
                country: found.country,
            });
            wi = words_before(words, wi, found.end_fe).max(wi + 1);
        }
        out
    }

    fn demonym_at<'s>(
        &'s self,
        view: &View<'_>,
        words: &[Word],
        wi: usize,
        f: &mut Found<'s>,
    ) -> Option<usize> {
        for n in [2usize, 1] {
            let Some(ws) = words.get(wi..wi + n) else {
                continue;
            };
            let joined = join(view, ws);
            if let Some(c) = self.demonyms.get(joined) {
                let (first, last) = (ws.first()?, ws.last()?);
                f.country = Some((c, Span::new(first.os(), last.oe())));
                f.end_fe = last.fe();
                return Some(n);
            }
        }
        None
    }

    /// `ministre kazakh des Affaires étrangères`: the demonym sits inside a
    /// longer title.
    fn longer_title<'s>(
        &'s self,
        view: &View<'_>,
        title: &str,
        words: &[Word],
        wi: usize,
        f: &mut Found<'s>,
        cand: &mut String,
    ) {
        for k in (1..=5usize).rev() {
            let Some(ws) = words.get(wi..wi + k) else {
                continue;
            };
            cand.clear();
            cand.push_str(title);
            cand.push(' ');
            cand.push_str(join(view, ws));
            if let Some(e) = self
                .by_fold
                .get(cand.as_str())
                .and_then(|&i| self.entries.get(i as usize))
            {
                f.role = &e.role;
                f.person = e.person;
                f.end_fe = ws.last().map_or(f.end_fe, |w| w.fe());
                return;
            }
        }
    }

    fn complement_at<'s>(&'s self, view: &View<'_>, words: &[Word], wi: usize, f: &mut Found<'s>) {
        let Some(first) = words.get(wi) else { return };
        if !COMPLEMENT.contains(&view.folded(first)) {
            return;
        }
        let mut j = wi + 1;
        if words
            .get(j)
            .is_some_and(|w| ARTICLE.contains(&view.folded(w)))
        {
            j += 1;
        }
        for n in (1..=4usize).rev() {
            let Some(ws) = words.get(j..j + n) else {
                continue;
            };
            if let Some(c) = self.countries.get(join(view, ws)) {
                let Some(last) = ws.last() else { return };
                let start = ws.first().map_or(last.os(), |w| w.os());
                f.country = Some((c, Span::new(start, last.oe())));
                f.end_fe = last.fe();
                return;
            }
        }
    }
}

struct Found<'s> {
    end_fe: usize,
    role: &'s str,
    person: bool,
    country: Option<(&'s str, Span)>,
}

/// A title found by detection, borrowing its role and country from the
/// lexicon (see [`TitleMatch`] for the fields).
#[derive(Debug, Clone, Copy)]
pub(crate) struct TitleHit<'s> {
    pub span: Span,
    pub role: &'s str,
    pub person: bool,
    /// The country and where its demonym or complement is.
    pub country: Option<(&'s str, Span)>,
}

impl TitleHit<'_> {
    /// The country's id.
    pub(crate) fn country_id(&self) -> Option<std::sync::Arc<str>> {
        self.country.map(|c| crate::memo::shared(c.0))
    }
}

/// The folded text of consecutive words: view words are separated by
/// single spaces, so it is one slice of the view.
fn join<'v>(view: &'v View<'_>, ws: &[Word]) -> &'v str {
    match (ws.first(), ws.last()) {
        (Some(a), Some(b)) => view.text.get(a.fs()..b.fe()).unwrap_or(""),
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles() -> Titles {
        let rows = parse_titles(
            "title\trole\tperson\nprésident\tprésident\tyes\nprésident du sénat\tprésident du sénat\tyes\nministre des affaires étrangères\tministre des affaires étrangères\tyes\nministre\tministre\tyes\nm.\t\tyes\nambassade\t\tno\n",
            "t",
        )
        .unwrap();
        let dem = [("kazakh", "KAZ"), ("kazakhe", "KAZ")];
        let cty = [("kazakhstan", "KAZ"), ("etats unis", "USA")];
        Titles::build(
            rows,
            dem.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            cty.iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
        )
    }

    #[test]
    fn demonym_and_complement_give_the_country() {
        let t = titles();
        let f = t.detect("le président kazakh Kassym-Jomart Tokaïev");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].text, "président kazakh");
        assert_eq!(f[0].country.as_deref(), Some("KAZ"));
        let f = t.detect("le Président du Kazakhstan et le président des États-Unis");
        assert_eq!(f[0].text, "Président du Kazakhstan");
        assert_eq!(f[1].country.as_deref(), Some("USA"));
        assert_eq!(f[1].text, "président des États-Unis");
    }

    #[test]
    fn longest_title_wins_and_demonym_may_sit_inside() {
        let t = titles();
        let f = t.detect("le président du Sénat Maulen Ashimbayev");
        assert_eq!(f[0].role, "président du sénat");
        let f = t.detect("le ministre kazakh des Affaires étrangères, M. Nurtleu");
        assert_eq!(f[0].role, "ministre des affaires étrangères");
        assert_eq!(f[0].country.as_deref(), Some("KAZ"));
        assert_eq!(f[1].text, "M.");
        assert_eq!(f[1].role, "");
    }

    #[test]
    fn short_honorifics_need_a_capital_and_words_need_boundaries() {
        let t = titles();
        assert!(t.detect("à 5 m. du sol").is_empty());
        assert!(t.detect("présidentielle").is_empty());
        assert!(!t.detect("l'ambassade")[0].person);
    }

    #[test]
    fn bad_rows_are_errors() {
        assert!(parse_titles("title\trole\n", "t").is_err());
        assert!(parse_titles("title\trole\tperson\tx\n", "t").is_err());
        assert!(parse_titles("title\trole\tperson\nroi\troi\tmaybe\n", "t").is_err());
    }
}
