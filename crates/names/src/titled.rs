//! Names given on their own with their titles and honorifics: `le président
//! algérien Tebboune`, `M. Xi`, `S.E. le lieutenant-général Hun Manet`,
//! `H.E. Aigul Kuspan`, `Senate Speaker Maulen Ashimbayev`.
//!
//! The titles lexicon that detection uses in running text (`data/titles.tsv`,
//! French and English) finds the titles; honorifics, articles and a few
//! adjectives (`nouveau`, `former`) around them are dropped; a demonym or
//! country complement of the title (`algérien`, `de la Biélorussie`, `Chinese
//! President`) becomes a hint that picks one of several persons sharing a
//! surname.

use crate::fold::fold_words;
use crate::registry::Registry;
use crate::resolve::{Opts, Resolution};
use serde::Serialize;

/// Words dropped around titles: articles, and adjectives of time.
const FILLERS: [&str; 17] = [
    "le", "la", "l", "les", "the", "nouveau", "nouvelle", "new", "ancien", "ancienne", "former",
    "ex", "actuel", "actuelle", "current", "then", "alors",
];

/// A name given on its own, possibly with a title: what was read off it and
/// what it resolved to.
///
/// ```
/// use depeche_names::Registry;
/// let registry = Registry::embedded();
/// let l = registry.look_up("le président algérien Tebboune");
/// assert_eq!(l.title.as_deref(), Some("président"));
/// assert_eq!(l.title_country.as_deref(), Some("DZA"));
/// assert_eq!(l.name, "Tebboune");
/// assert!(l.surname_only);
/// assert_eq!(l.resolution.unwrap().entity.id, "abdelmadjid-tebboune");
/// ```
#[derive(Debug, Clone, Serialize)]
pub struct Lookup<'r> {
    /// The name once titles and honorifics are set aside.
    pub name: String,
    /// The title and honorifics as written (`le président algérien`).
    pub title_text: Option<String>,
    /// The normalized role of the title (`président`); `None` for an
    /// honorific alone (`M.`).
    pub title: Option<String>,
    /// The country of the title's demonym or complement (ISO alpha-3).
    pub title_country: Option<String>,
    /// The name was one word resolved as a surname.
    pub surname_only: bool,
    /// The entity, and how the name was matched to it.
    #[serde(skip)]
    pub resolution: Option<Resolution<'r>>,
}

/// What [`Registry::split_title`] found in front of a name.
#[derive(Debug, Default)]
struct Front {
    /// Byte offset where the name starts.
    end: usize,
    role: Option<String>,
    country: Option<String>,
}

impl Registry {
    /// Look a name up the way [`depeche names`] does: strip honorifics
    /// (`M.`, `Mme`, `S.E.`, `H.E.`, `Mr`, `Dr`) and titles (`le président
    /// algérien`, `Senate Speaker`, `Président de la Biélorussie`), and
    /// resolve what is left. The title's country picks among persons sharing
    /// a surname; a surname alone resolves only when one person of the
    /// registry (of that country) has it.
    ///
    /// ```
    /// use depeche_names::Registry;
    /// let registry = Registry::embedded();
    /// let l = registry.look_up("M. Xi");
    /// assert_eq!(l.title, None);
    /// assert_eq!(l.resolution.unwrap().entity.id, "xi-jinping");
    /// let l = registry.look_up("Président de la Biélorussie Alexandre Loukachenko");
    /// assert_eq!(l.title_country.as_deref(), Some("BLR"));
    /// assert_eq!(l.resolution.unwrap().entity.id, "alexander-lukashenko");
    /// ```
    pub fn look_up(&self, text: &str) -> Lookup<'_> {
        self.look_up_at(text, None)
    }

    /// [`look_up`](Self::look_up) for a dispatch of `year`: a surname
    /// alone shared by several persons resolves to the one plausible then
    /// (or the one in office then, by the year ranges of their roles).
    /// Without a year the name is read as of now: the one in office now,
    /// when every other one has left office.
    ///
    /// ```
    /// use depeche_names::Registry;
    /// let mut registry = Registry::empty();
    /// registry.load_str(
    ///     "id\tkind\tname\tcountry\troles\n\
    ///      heydar-aliyev\tperson\tHeydar Aliyev\tAZE\tprésident (1993-2003)\n\
    ///      ilham-aliyev\tperson\tIlham Aliyev\tAZE\tprésident (2003-)\n",
    ///     "t",
    /// )?;
    /// let l = registry.look_up_at("le président Aliyev", Some(1998));
    /// assert_eq!(l.resolution.unwrap().entity.id, "heydar-aliyev");
    /// // Without a year: the one in office now.
    /// let l = registry.look_up("le président Aliyev");
    /// assert_eq!(l.resolution.unwrap().entity.id, "ilham-aliyev");
    /// # Ok::<(), depeche_names::RegistryError>(())
    /// ```
    pub fn look_up_at(&self, text: &str, year: Option<i32>) -> Lookup<'_> {
        let front = self.split_title(text);
        let name = text
            .get(front.end..)
            .unwrap_or("")
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '.'))
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';'));
        let title_text = text
            .get(..front.end)
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string);
        // After a title or honorific, a short word is a surname (`M. Xi`).
        let surname_min = if title_text.is_some() {
            2
        } else {
            Opts::ALL.surname_min
        };
        let opts = Opts {
            country: front.country.clone(),
            year,
            surname_min,
            role: front.role.clone(),
            ..Opts::ALL
        };
        let part = if name.is_empty() {
            None
        } else {
            self.resolve_part(name, &opts)
                .or_else(|| self.after_complement(name, &opts))
                .or_else(|| self.given_part(name, &opts))
        };
        let name = part.as_ref().map_or(name, |p| p.name);
        let resolution = part.as_ref().and_then(|p| {
            Some(Resolution {
                entity: self.entity(p.hit.0)?,
                method: p.hit.1,
            })
        });
        let title_country = front.country.or_else(|| part.and_then(|p| p.country));
        let one_word = !fold_words(name).contains(' ');
        let surname_only = resolution.is_some_and(|r| {
            one_word
                && r.entity.kind == crate::EntityKind::Person
                && !fold_words(&r.entity.name).eq(&fold_words(name))
        });
        Lookup {
            name: name.to_string(),
            title_text,
            title: front.role,
            title_country,
            surname_only,
            resolution,
        }
    }

    /// `le roi Salmane`: a given name after a royal title.
    fn given_part<'t>(&self, name: &'t str, o: &Opts) -> Option<crate::complement::Part<'t>> {
        let i = self.by_given_name(name, o)?;
        Some(crate::complement::Part {
            name,
            hit: (i, crate::Method::Translit),
            country: None,
        })
    }

    /// `le président Tebboune`: the name after its title, resolved with the
    /// title's country as a hint.
    pub(crate) fn resolve_titled(&self, text: &str, o: &Opts) -> Option<(u32, crate::Method)> {
        let front = self.split_title(text);
        if front.end == 0 {
            return None;
        }
        let name = text
            .get(front.end..)?
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';' | '.'))
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';'));
        if name.is_empty() {
            return None;
        }
        let opts = Opts {
            country: front.country.or_else(|| o.country.clone()),
            surname_min: o.surname_min.min(2),
            role: front.role.or_else(|| o.role.clone()),
            ..o.clone()
        };
        self.resolve_part(name, &opts)
            .or_else(|| self.after_complement(name, &opts))
            .or_else(|| self.given_part(name, &opts))
            .map(|p| p.hit)
    }

    /// Words from `at` up to a person title that starts within three words:
    /// when they name a country (demonym or name) or another non-person
    /// entity, the offset of that title and the country.
    fn qualifier(
        &self,
        text: &str,
        at: usize,
        found: &[crate::TitleMatch],
    ) -> Option<(usize, Option<String>)> {
        let t = found.iter().find(|t| t.span.start > at && t.person)?;
        let words = text.get(at..t.span.start)?.trim_end();
        let n = words.split_whitespace().count();
        if n == 0 || n > 3 || words.contains([',', ';', ':']) {
            return None;
        }
        if let Some(c) = self.country_of_demonym(words) {
            return Some((t.span.start, c.country.clone()));
        }
        let opts = Opts {
            fuzzy: false,
            surname_min: usize::MAX,
            ..Opts::ALL
        };
        let (i, _) = self.resolve_idx(words, &opts)?;
        let e = self.entity(i)?;
        (e.kind != crate::EntityKind::Person).then(|| (t.span.start, e.country.clone()))
    }

    /// Titles, honorifics, articles and demonyms at the start of `text`.
    fn split_title(&self, text: &str) -> Front {
        let found = self.titles.detect(text);
        let mut front = Front::default();
        let mut pos = 0;
        let mut any_title = false;
        loop {
            let rest = text.get(pos..).unwrap_or("");
            let skip = rest.len()
                - rest
                    .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'))
                    .len();
            let at = pos + skip;
            if let Some(t) = found.iter().find(|t| t.span.start == at && t.person) {
                if !t.role.is_empty() {
                    front.role = Some(t.role.clone());
                }
                if t.country.is_some() {
                    front.country.clone_from(&t.country);
                }
                pos = t.span.end;
                front.end = pos;
                any_title = true;
                continue;
            }
            let (word, len) = first_word(text.get(at..).unwrap_or(""));
            if word.is_empty() {
                break;
            }
            let folded = fold_words(word);
            if FILLERS.contains(&folded.as_str()) {
                pos = at + len;
                continue;
            }
            // `Chinese President Xi Jinping`, `Kremlin spokesman Dmitry
            // Peskov`, `WHO Director-General Tedros`: a demonym, country or
            // body (up to three words) before a title.
            if let Some((next, country)) = self.qualifier(text, at, &found) {
                if country.is_some() {
                    front.country = country;
                }
                pos = next;
                continue;
            }
            break;
        }
        if !any_title && front.country.is_none() {
            // Only articles: the name is the whole text.
            return Front::default();
        }
        front
    }
}

/// The first word of `text` (letters, digits, dots and hyphens; an apostrophe
/// ends it and is included: `l'`) and the bytes it takes.
pub(crate) fn first_word(text: &str) -> (&str, usize) {
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || matches!(c, '.' | '-') {
            end = i + c.len_utf8();
            continue;
        }
        if matches!(c, '\'' | '’') {
            return (text.get(..i).unwrap_or(""), i + c.len_utf8());
        }
        break;
    }
    (text.get(..end).unwrap_or(""), end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> Registry {
        let mut r = Registry::empty();
        r.load_str(
            "id\tkind\tname\tcountry\tdemonyms\troles\n\
             DZA\tcountry\tAlgérie\t\talgérien|algérienne|Algerian\n\
             TLS\tcountry\tTimor oriental\t\ttimorais\n\
             PRT\tcountry\tPortugal\t\tportugais|Portuguese\n\
             BLR\tcountry\tBiélorussie\t\tbiélorusse|Belarusian\n\
             abdelmadjid-tebboune\tperson\tAbdelmadjid Tebboune\tDZA\t\tprésident (2019-)\n\
             francisco-guterres\tperson\tFrancisco Guterres\tTLS\t\tprésident (2017-2022)\n\
             antonio-guterres\tperson\tAntónio Guterres\tPRT\t\tsecrétaire général de l'ONU (2017-)|Premier ministre (1995-2002)\n\
             alexander-lukashenko\tperson\tAlexander Lukashenko\tBLR\n",
            "t",
        )
        .unwrap();
        r.load_titles_str(
            "title\trole\tperson\nprésident\tprésident\tyes\nm.\t\tyes\nmr\t\tyes\nh.e.\t\tyes\n\
             s.e.\t\tyes\nforeign minister\tministre des affaires étrangères\tyes\n\
             premier ministre\tpremier ministre\tyes\nprime minister\tpremier ministre\tyes\n",
            "titles",
        )
        .unwrap();
        r
    }

    fn id(l: &Lookup<'_>) -> Option<String> {
        l.resolution.map(|r| r.entity.id.clone())
    }

    #[test]
    fn titles_and_honorifics_are_set_aside() {
        let r = registry();
        for (text, name, title, country) in [
            ("le président Tebboune", "Tebboune", Some("président"), None),
            ("M. Tebboune", "Tebboune", None, None),
            (
                "H.E. Abdelmadjid Tebboune",
                "Abdelmadjid Tebboune",
                None,
                None,
            ),
            (
                "S.E. le président algérien Tebboune",
                "Tebboune",
                Some("président"),
                Some("DZA"),
            ),
            (
                "Algerian President Tebboune",
                "Tebboune",
                Some("président"),
                Some("DZA"),
            ),
            (
                "Président de l'Algérie, Abdelmadjid Tebboune",
                "Abdelmadjid Tebboune",
                Some("président"),
                Some("DZA"),
            ),
        ] {
            let l = r.look_up(text);
            assert_eq!(l.name, name, "{text}");
            assert_eq!(l.title.as_deref(), title, "{text}");
            assert_eq!(l.title_country.as_deref(), country, "{text}");
            assert_eq!(id(&l).as_deref(), Some("abdelmadjid-tebboune"), "{text}");
        }
        let l = r.look_up("Président de la Biélorussie Alexandre Lukashenko");
        assert_eq!(l.title_country.as_deref(), Some("BLR"));
        assert_eq!(id(&l).as_deref(), Some("alexander-lukashenko"));
    }

    #[test]
    fn the_title_country_picks_among_namesakes() {
        let r = registry();
        // Undated, the one in office now: the other left office in 2022.
        assert_eq!(
            id(&r.look_up("Guterres")).as_deref(),
            Some("antonio-guterres")
        );
        assert_eq!(
            id(&r.look_up("Mr Guterres")).as_deref(),
            Some("antonio-guterres")
        );
        assert_eq!(
            id(&r.look_up_at("Guterres", Some(2020))),
            None,
            "both in office"
        );
        let pt = r.look_up("le Premier ministre portugais Guterres");
        assert_eq!(id(&pt).as_deref(), Some("antonio-guterres"));
        assert!(pt.surname_only);
        let tl = r.look_up("le président timorais Guterres");
        assert_eq!(id(&tl).as_deref(), Some("francisco-guterres"));
        assert_eq!(id(&r.look_up("le président algérien Guterres")), None);
    }

    #[test]
    fn undated_names_are_read_as_of_now() {
        let mut r = Registry::empty();
        r.load_str(
            "id\tkind\tname\tcountry\troles\n\
             heydar-aliyev\tperson\tHeydar Aliyev\tAZE\tprésident (1993-2003)\n\
             ilham-aliyev\tperson\tIlham Aliyev\tAZE\tprésident (2003-)\n\
             mehriban-aliyeva\tperson\tMehriban Aliyeva\tAZE\tpremière vice-présidente (2017-)\n\
             ana-soto\tperson\tAna Soto\tCHL\tministre (2020-)\n\
             luis-soto\tperson\tLuis Soto\tCHL\n\
             joe-kamau\tperson\tJoe Kamau\tKEN\tministre (2021-)\n\
             eva-kamau\tperson\tEva Kamau\tKEN\tministre (2022-)\n\
             soungalo-diallo\tperson\tSoungalo Diallo\tGIN\tprésident de l'Assemblée nationale (2012-2014)\n\
             alpha-diallo\tperson\tAlpha Diallo\tGIN\tprésident (2010-2021)\n",
            "t",
        )
        .unwrap();
        r.load_titles_str("title\trole\tperson\nprésident\tprésident\tyes\n", "titles")
            .unwrap();
        let at = |s: &str, y: Option<i32>| id(&r.look_up_at(s, y));
        assert_eq!(
            at("le président Aliyev", None).as_deref(),
            Some("ilham-aliyev")
        );
        assert_eq!(
            at("le président Aliyev", Some(1998)).as_deref(),
            Some("heydar-aliyev")
        );
        assert_eq!(at("Kamau", None), None, "two in office now");
        assert_eq!(
            at("Soto", None),
            None,
            "one without dated roles may be in office"
        );
        // `président` is the role itself, not `président de l'Assemblée`.
        assert_eq!(
            at("le président Diallo", None).as_deref(),
            Some("alpha-diallo")
        );
        assert_eq!(at("Diallo", None), None, "both left office");
        // Running text may be old: detection does not read it as of now.
        let m = r.detect("Selon Aliyev, la visite aura lieu.");
        assert!(m.iter().all(|m| m.entity.is_none()), "{m:?}");
    }

    #[test]
    fn the_year_picks_the_holder_in_office() {
        let r = registry();
        assert_eq!(
            id(&r.look_up_at("le président Guterres", Some(2019))).as_deref(),
            Some("francisco-guterres")
        );
        assert_eq!(
            id(&r.look_up_at("Guterres", Some(2000))).as_deref(),
            Some("antonio-guterres")
        );
        assert_eq!(
            id(&r.look_up_at("Guterres", Some(2012))),
            None,
            "neither in office"
        );
    }

    #[test]
    fn a_title_alone_or_no_title_resolves_as_before() {
        let r = registry();
        let l = r.look_up("le président");
        assert_eq!((l.name.as_str(), id(&l)), ("", None));
        let l = r.look_up("Abdelmadjid Tebboune");
        assert_eq!((l.title_text, l.surname_only), (None, false));
        assert_eq!(
            r.resolve("le président algérien Tebboune")
                .map(|x| x.entity.id.clone())
                .as_deref(),
            Some("abdelmadjid-tebboune")
        );
    }

    #[test]
    fn first_words() {
        assert_eq!(first_word("l'ambassadeur"), ("l", 2));
        assert_eq!(first_word("le président"), ("le", 2));
        assert_eq!(first_word("S.E. le"), ("S.E.", 4));
        assert_eq!(first_word(""), ("", 0));
    }
}
