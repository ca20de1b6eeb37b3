//! Mention detection: registry names in one pass over the folded view,
//! then the capitalized names the registry lacks (see [`crate::scan`]),
//! then titles, countries and coreference.

use crate::index::Pattern;
use crate::key::key;
use crate::lexicon::Lexicon;
use crate::memo::shared;
use crate::mention::{EntityKind, Mention, Method};
use crate::registry::Registry;
use crate::titles::TitleHit;
use crate::view::{words_before, View, Word};
use depeche_parse::Span;
use std::sync::Arc;

mod refine;
use refine::{corefer, in_compound_given_name, regnal_names, title_after};

/// A mention being built.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub os: usize,
    pub oe: usize,
    /// First and last word (indices into the view's words).
    pub first: usize,
    pub last: usize,
    pub kind: EntityKind,
    pub entity: Option<u32>,
    pub method: Method,
    pub country: Option<Arc<str>>,
    pub title: Option<Arc<str>>,
    /// A key other than the text's own (an unresolved surname that refers
    /// to a full name given earlier).
    pub key: Option<String>,
    /// The registry pattern matched, whose cached key is the text's key.
    pub pattern: Option<u32>,
}

/// Characters allowed between the words of a facility or title phrase.
pub(crate) fn plain_gap(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\'' | '’' | 'ʼ' | '-' | '‑'))
}

impl Registry {
    /// Every mention in `text`, spans relative to `text`, sorted and not
    /// overlapping. See the crate docs for what is found. A text over 64 KiB
    /// is read in pieces cut at line breaks (a line is never cut unless it
    /// is over a gigabyte), so that a long text costs per byte what a short
    /// one does; a surname then refers to a full name of its own piece.
    ///
    /// ```
    /// use depeche_names::Registry;
    /// let mentions = Registry::embedded().detect("Le président Tokaïev à Astana.");
    /// assert_eq!(mentions.len(), 2);
    /// ```
    pub fn detect(&self, text: &str) -> Vec<Mention> {
        self.detect_in_year(text, None)
    }

    /// Like [`detect`](Self::detect), for a text of `year` (the dispatch's):
    /// a name several registry persons share (`le roi Abdallah`, `le
    /// président Aliyev`) resolves to the one plausible or in office then.
    ///
    /// ```
    /// use depeche_names::Registry;
    /// let r = Registry::embedded();
    /// let m = r.detect_in_year("Il a rencontré le roi Abdallah.", Some(2022));
    /// assert_eq!(m.last().and_then(|m| m.entity.as_deref()), Some("abdullah-ii"));
    /// ```
    pub fn detect_in_year(&self, text: &str, year: Option<i32>) -> Vec<Mention> {
        crate::pieces::in_pieces(text, |piece| self.detect_piece(piece, year))
    }

    /// Builds now the tables detection and resolution otherwise build on
    /// first use (word matchers, keys and surnames, the near-miss index,
    /// the royal titles' holders, the word lists): for a server that wants
    /// its first documents nearly as fast as the later ones, and for
    /// measurements of the cost per document. The royal holders' index makes
    /// every person entity of the registry, which a process that only looks
    /// names up would not otherwise pay. What stays made on first use is
    /// small or per thread: the memos of keys and resolutions, the shared
    /// strings of the entities read. Calling it again does nothing.
    ///
    /// ```
    /// use depeche_names::Registry;
    /// let r = Registry::embedded();
    /// r.prepare();
    /// assert_eq!(r.detect("Le président Tokaïev à Astana.").len(), 2);
    /// ```
    pub fn prepare(&self) {
        self.index.matchers();
        self.keys();
        self.fuzzy();
        self.monarchs();
        Lexicon::get();
        crate::translit::Translit::embedded();
    }

    pub(crate) fn detect_piece(&self, text: &str, year: Option<i32>) -> Vec<Mention> {
        let view = View::new(text);
        let words = view.words();
        let titles = self.titles.detect_view(&view, words);
        let mut found = self.registry_matches(&view, words);
        self.scan(&view, words, &titles, &mut found, year);
        regnal_names(&view, words, &mut found);
        found.sort_by_key(|f| (f.os, f.oe));
        for i in 0..found.len() {
            let Some(f) = found.get(i) else { continue };
            if f.kind != EntityKind::Person || f.title.is_some() {
                continue;
            }
            let before = self.title_before(&view, words, &titles, &found, f.first);
            let Some(t) = before.or_else(|| title_after(&view, &titles, f.oe)) else {
                continue;
            };
            let (role, country) = (t.role, t.country_id());
            // `le ministre des Affaires étrangères du Soudan du Sud, Deng
            // Alor`: a person who held that office for the title's state is
            // of that state here, whatever their registry country.
            let served = |f: &Found| {
                let (Some(e), Some(c)) =
                    (f.entity.and_then(|e| self.entity(e)), country.as_deref())
                else {
                    return false;
                };
                f.country.as_deref() != Some(c) && self.held_a_role_of(e, c)
            };
            if let Some(f) = found.get_mut(i) {
                f.title = (!role.is_empty()).then(|| shared(role));
                if (f.entity.is_none() && f.country.is_none()) || served(f) {
                    f.country = country;
                }
            }
        }
        self.same_person(&view, &mut found);
        corefer(&view, &mut found);
        found
            .into_iter()
            .map(|f| self.to_mention(&view, f))
            .collect()
    }

    fn to_mention(&self, view: &View<'_>, f: Found) -> Mention {
        let text = view.between(f.os, f.oe).to_string();
        let entity = f.entity.and_then(|i| self.entities.strings(i as usize));
        // A matched pattern's key, cached with it, is the text's own unless
        // an apostrophe stands in the text; dispatches repeat their names,
        // and the key memo computes each of the others once.
        let cached = |p: u32| {
            if text.chars().any(crate::index::is_apostrophe) {
                return None;
            }
            let (pat, folded) = (self.index.pattern(p)?, self.index.text(p)?);
            Some(Arc::clone(pat.key.get_or_init(|| shared(&key(folded)))))
        };
        let key = match (f.key, f.pattern) {
            (Some(k), _) => shared(&k),
            (None, p) => p
                .and_then(cached)
                .unwrap_or_else(|| crate::key::key_shared(&view.unglued(f.os, f.oe))),
        };
        Mention {
            key,
            text,
            span: Span::new(f.os, f.oe),
            kind: f.kind,
            entity: entity.map(|e| Arc::clone(&e.id)),
            canonical: entity.map(|e| Arc::clone(&e.name)),
            // Most mentions are of the entity's own country.
            country: f.country,
            method: f.method,
            title: f.title,
        }
    }

    /// The shared country code of entity `i`.
    pub(crate) fn entity_country(&self, i: u32) -> Option<Arc<str>> {
        self.entities.strings(i as usize)?.country.clone()
    }

    /// Which entity a matched pattern names here, given the case of the text.
    fn choose(&self, pat: &Pattern, surface: &str) -> Option<(u32, bool)> {
        let first_upper = surface.chars().next().is_some_and(char::is_uppercase);
        let case_ok = if pat.acronym {
            // `ASEAN` or `Asean`, but `AN` never `an` or `An`.
            let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
            !surface.chars().any(char::is_lowercase) || (letters >= 4 && first_upper)
        } else {
            !pat.needs_upper || first_upper
        };
        match pat.targets.first() {
            Some(t) if case_ok => Some((t.entity, false)),
            _ => pat.demonym.map(|d| (d, true)),
        }
    }

    /// Registry names and demonyms: at each word, the longest pattern that
    /// starts there and fits the case of the text.
    fn registry_matches(&self, view: &View<'_>, words: &[Word]) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        let hay = view.text.as_str();
        let matchers = self.index.matchers();
        let mut wi = 0;
        while let Some(w) = words.get(wi) {
            // A word in lowercase can only start a demonym or a lowercase
            // alias: look it up in the small index.
            let lower = view.first_char(w).is_some_and(char::is_lowercase);
            let index = if lower {
                &matchers.lower
            } else {
                &matchers.first
            };
            let hit = index
                .may_start(w)
                .then(|| {
                    index.matches_at(hay, words, wi).find_map(|(p, fe)| {
                        let (os, oe) = view.orig(w.fs(), fe);
                        let choice = self
                            .index
                            .pattern(p)
                            .and_then(|pat| self.choose(pat, view.between(os, oe)))?;
                        Some(((choice, Some(p)), fe, false))
                    })
                })
                .flatten()
                .or_else(|| self.glued_place(view, w));
            let Some((((entity_idx, is_demonym), pattern), fe, glued_right)) = hit else {
                wi += 1;
                continue;
            };
            let Some(entity) = self.entity(entity_idx) else {
                wi += 1;
                continue;
            };
            let last = words_before(words, wi, fe).saturating_sub(1).max(wi);
            let after_unmatched = out.last().is_none_or(|p| p.last + 1 < wi);
            if !is_demonym
                && entity.kind == EntityKind::Country
                && after_unmatched
                && in_compound_given_name(view, words, wi, last)
            {
                wi += 1;
                continue;
            }
            let (os, oe) = view.orig(w.fs(), fe);
            let surface = view.between(os, oe);
            let glued = glued_right
                || view.is_inserted_space(w.fs().saturating_sub(1))
                || view.is_inserted_space(fe)
                // The only spaces inside the match are those before its
                // later words: those are looked at, not every byte.
                || words
                    .get(wi + 1..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|n| n.fs() < fe)
                    .any(|n| view.is_inserted_space(n.fs().saturating_sub(1)));
            let method = if is_demonym {
                Method::Demonym
            } else if glued {
                Method::Joined
            } else if entity.names().any(|n| n == surface) {
                Method::Exact
            } else {
                Method::Folded
            };
            let mut f = Found {
                os,
                oe,
                first: wi,
                last,
                kind: entity.kind,
                entity: Some(entity_idx),
                method,
                country: self.entity_country(entity_idx),
                title: None,
                key: None,
                pattern: None,
            };
            let floor = out.last().map_or(0, |p| p.last + 1);
            if !is_demonym {
                f.pattern = pattern;
                if let Some(next) = self.place_suffix(view, words, f.last, oe) {
                    f.pattern = None;
                    f.oe = next.oe();
                    f.last += 1;
                    f.kind = EntityKind::Place;
                    f.entity = None;
                    f.method = Method::Unresolved;
                } else if entity.kind == EntityKind::Person {
                    self.named_after(view, words, floor, &mut f);
                }
            } else {
                f.pattern = pattern;
            }
            if f.entity != Some(entity_idx) || f.os != os {
                f.pattern = None;
            }
            wi = f.last + 1;
            out.push(f);
        }
        out
    }

    /// `Vietnamprenait`: a capitalized country or place name glued to the
    /// next word, which starts with a consonant (French suffixes such as
    /// `-ien`, `-ais` start with a vowel and are demonyms, not glue).
    #[allow(clippy::type_complexity)]
    fn glued_place(
        &self,
        view: &View<'_>,
        w: &Word,
    ) -> Option<(((u32, bool), Option<u32>), usize, bool)> {
        if w.fe().saturating_sub(w.fs()) < 7 || !view.first_char(w).is_some_and(char::is_uppercase)
        {
            return None;
        }
        let folded = view.folded(w);
        for (cut, _) in folded.char_indices().skip(4) {
            let (head, tail) = folded.split_at_checked(cut)?;
            let consonant = tail
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_lowercase() && !b"aeiouy".contains(&b));
            if !consonant || tail.len() < 3 {
                continue;
            }
            let Some(p) = self.index.matchers().first.single(head) else {
                continue;
            };
            let Some(t) = self.index.pattern(p).and_then(|p| p.targets.first()) else {
                continue;
            };
            let place = self
                .entity(t.entity)
                .is_some_and(|e| matches!(e.kind, EntityKind::Country | EntityKind::Place));
            if place {
                return Some((((t.entity, false), Some(p)), w.fs() + cut, true));
            }
        }
        None
    }

    /// `Hô Chi Minh-Ville`, `Kazakhstan-Oriental`: a hyphenated word after a
    /// name that makes it a place.
    pub(crate) fn place_suffix<'w>(
        &self,
        view: &View<'_>,
        words: &'w [Word],
        last: usize,
        oe: usize,
    ) -> Option<&'w Word> {
        let next = words.get(last + 1)?;
        let gap = view.between(oe, next.os());
        let dash = gap.chars().count() == 1 && gap.chars().all(|c| matches!(c, '-' | '‑' | '‐'));
        let upper = view
            .surface(next)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        (dash && upper && Lexicon::get().is_after_place(view.folded(next))).then_some(next)
    }

    /// `l'aéroport international Noursoultan-Nazarbaïev`,
    /// `l'Académie nationale de politique Hô Chi Minh`: a person's name after
    /// a facility, organization or place noun names that thing.
    pub(crate) fn named_after(&self, view: &View<'_>, words: &[Word], floor: usize, f: &mut Found) {
        let lex = Lexicon::get();
        let mut i = f.first;
        let mut linked = false;
        for _ in 0..6 {
            if i == 0 || i <= floor {
                return;
            }
            let (Some(w), Some(next)) = (words.get(i - 1), words.get(i)) else {
                return;
            };
            if !plain_gap(view.between(w.oe(), next.os())) {
                return;
            }
            i -= 1;
            let folded = view.folded(w);
            if let Some(kind) = lex.head(folded) {
                let person_country = f.country.clone();
                let name = view.between(f.os, f.oe);
                if kind == EntityKind::Place && linked {
                    // `la ville de Hô Chi Minh`: the name alone is the place.
                    let place = self.resolve_kind(name, EntityKind::Place);
                    f.entity = place.and_then(|p| self.idx_of(&p.entity.id));
                    f.method = place.map_or(Method::Unresolved, |p| p.method);
                } else {
                    f.os = w.os();
                    f.first = i;
                    f.entity = None;
                    f.method = Method::Unresolved;
                }
                f.kind = kind;
                f.country = person_country;
                return;
            }
            if !lex.is_link(folded) {
                return;
            }
            linked = true;
        }
    }

    /// The person title right before word `first`, if the words between are
    /// only complements (`le président du Parti Amanat au pouvoir, Yerlan
    /// Koshanov`, `son homologue kazakh, A. Bakayev`). `found` must be
    /// sorted by start.
    pub(crate) fn title_before<'t>(
        &self,
        view: &View<'_>,
        words: &[Word],
        titles: &'t [TitleHit<'t>],
        found: &[Found],
        first: usize,
    ) -> Option<&'t TitleHit<'t>> {
        let start = words.get(first)?.os();
        let ti = titles.partition_point(|t| t.span.end <= start);
        let t = titles.get(ti.checked_sub(1)?)?;
        if !t.person {
            return None;
        }
        let lex = Lexicon::get();
        let w0 = words.partition_point(|w| w.os() < t.span.end);
        if first.saturating_sub(w0) > 10 {
            return None;
        }
        let mut prev_end = t.span.end;
        for w in words.get(w0..first).unwrap_or(&[]) {
            let gap = view.between(prev_end, w.os());
            if !gap
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, ',' | '\'' | '’' | '-' | '(' | ')'))
            {
                return None;
            }
            let surface = view.surface(w);
            // `found` is sorted and without overlaps: only the last mention
            // starting at or before the word can cover it.
            let covered = found
                .get(found.partition_point(|f| f.os <= w.os()).wrapping_sub(1))
                .is_some_and(|f| w.oe() <= f.oe && f.kind != EntityKind::Person);
            let acronym = surface.chars().count() >= 2 && !surface.chars().any(char::is_lowercase);
            if !(covered || acronym || lex.is_gap(view.folded(w))) {
                return None;
            }
            prev_end = w.oe();
        }
        // `le directeur du Département …`: after an article comes the
        // title's complement, not the name.
        let last_gap = words.get(w0..first).and_then(<[Word]>::last);
        if last_gap.is_some_and(|w| lex.is_article(view.folded(w))) {
            return None;
        }
        let gap = view.between(prev_end, start);
        gap.chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '\'' | '’' | ')'))
            .then_some(t)
    }
}
