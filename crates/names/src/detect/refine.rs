//! After the names are found: one text's bearer of a short name (`M.
//! Wang` after `Wang Yi`), titles written after a name, regnal numbers,
//! given names that hold a country's name, and coreference.

use super::Found;
use crate::hash::Map;
use crate::key::key;
use crate::mention::{EntityKind, Method};
use crate::registry::Registry;
use crate::titles::TitleHit;
use crate::view::{View, Word};
use std::sync::Arc;

impl Registry {
    /// `M. Wang` after `Wang Yi`: a word alone that the registry cannot
    /// resolve (several Wangs) is the one person of this text with that
    /// word in a name.
    pub(super) fn same_person(&self, view: &View<'_>, found: &mut [Found]) {
        let mut people: Vec<u32> = found
            .iter()
            .filter(|f| f.kind == EntityKind::Person)
            .filter_map(|f| f.entity)
            .collect();
        people.sort_unstable();
        people.dedup();
        if people.is_empty() {
            return;
        }
        // The key words of each person's names, read once per text and only
        // when a word alone needs them: long texts name many people.
        let mut words_of: Option<Vec<(u32, NamesWords)>> = None;
        for f in found.iter_mut() {
            if f.kind != EntityKind::Person || f.entity.is_some() || f.last != f.first {
                continue;
            }
            let text = view.between(f.os, f.oe);
            let Some(word) = crate::key::key_words_shared(text).last().cloned() else {
                continue;
            };
            let words_of = words_of.get_or_insert_with(|| {
                people
                    .iter()
                    .map(|&p| {
                        let words = self.entity(p).map_or_else(Vec::new, |e| {
                            e.names().map(crate::key::key_words_shared).collect()
                        });
                        (p, words)
                    })
                    .collect()
            });
            let mut hits = words_of
                .iter()
                .filter(|(_, words)| words.iter().any(|ws| ws.contains(&word)))
                .map(|&(p, _)| p);
            if let (Some(p), None) = (hits.next(), hits.next()) {
                f.entity = Some(p);
                f.country = self.entity_country(p);
                f.method = self.surname_method(p, text);
            }
        }
    }
}

/// A title in apposition right after a name: `Ingo Karsten, ambassadeur
/// d'Allemagne`, `A. Kuspan, présidente de la Commission …`.
pub(super) fn title_after<'t>(
    view: &View<'_>,
    titles: &'t [TitleHit<'t>],
    end: usize,
) -> Option<&'t TitleHit<'t>> {
    let t = titles.get(titles.partition_point(|t| t.span.start < end))?;
    let gap = view.between(end, t.span.start);
    let comma = gap.trim() == ",";
    (comma && t.person && !t.role.is_empty()).then_some(t)
}

/// "Albert II", "Mohammed VI", "Benoît XVI": a first name followed by a
/// regnal number names a monarch or a pope, never the holder of a surname
/// spelt like that first name. A one-word person match followed by a Roman
/// numeral takes the numeral in and, when it was a single word, stays
/// unresolved.
pub(super) fn regnal_names(view: &View<'_>, words: &[Word], found: &mut [Found]) {
    for f in found.iter_mut() {
        if f.kind != EntityKind::Person {
            continue;
        }
        let Some(next) = words.get(f.last + 1) else {
            continue;
        };
        if view.between(f.oe, next.os()) != " " || !is_roman_numeral(view.surface(next)) {
            continue;
        }
        let one_word = f.last == f.first;
        f.last += 1;
        f.oe = next.oe();
        if !one_word && f.entity.is_some() {
            continue;
        }
        f.entity = None;
        f.country = None;
        f.method = Method::Unresolved;
        f.pattern = None;
    }
}

/// `II`, `VI`, `XVI`, `XXIII`: a Roman numeral of two letters or more.
/// `Jean-Maurice Ripert`, `Marie-France Dupont`: a country name hyphened
/// to a capitalized word no entity starts, and followed by a capitalized
/// word, is the second half of a compound given name. ("Vietnam-Laos"
/// joins two names the registry knows; the caller checks the first is
/// not one.)
pub(super) fn in_compound_given_name(
    view: &View<'_>,
    words: &[Word],
    first: usize,
    last: usize,
) -> bool {
    let capitalized = |w: &Word| view.first_char(w).is_some_and(char::is_uppercase);
    let (Some(prev), Some(word), Some(end), Some(next)) = (
        first.checked_sub(1).and_then(|k| words.get(k)),
        words.get(first),
        words.get(last),
        words.get(last + 1),
    ) else {
        return false;
    };
    let hyphened = matches!(view.between(prev.oe(), word.os()), "-" | "‑" | "‐");
    hyphened && capitalized(prev) && view.between(end.oe(), next.os()) == " " && capitalized(next)
}

pub(super) fn is_roman_numeral(s: &str) -> bool {
    (2..=6).contains(&s.len()) && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// An unresolved full name: its last key word, its key and its country.
type FullName = (String, String, Option<Arc<str>>);

/// The key words of each of a person's names.
type NamesWords = Vec<Arc<[String]>>;

/// An unresolved surname alone (`M. Karsten`) takes the key and country of
/// an unresolved full name ending with it (`Ingo Karsten`) in the same text.
pub(super) fn corefer(view: &View<'_>, found: &mut [Found]) {
    let full: Vec<FullName> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Person && f.entity.is_none() && f.last > f.first)
        .filter_map(|f| {
            let text = view.between(f.os, f.oe);
            let last = crate::key::key_words_shared(text).last().cloned()?;
            Some((last, key(text), f.country.clone()))
        })
        .collect();
    // The same unknown name said twice is one person: a country given once
    // (`l'ambassadeur du Vietnam, Nguyen Huy Tang`) holds for both.
    let mut countries: Map<String, Arc<str>> = Map::default();
    for f in found.iter() {
        if let (EntityKind::Person, None, Some(c)) = (f.kind, f.entity, &f.country) {
            countries
                .entry(key(&view.unglued(f.os, f.oe)))
                .or_insert_with(|| c.clone());
        }
    }
    for f in found.iter_mut() {
        if f.kind == EntityKind::Person && f.entity.is_none() && f.country.is_none() {
            f.country = countries.get(&key(&view.unglued(f.os, f.oe))).cloned();
        }
    }
    // "Le président tunisien, Kais Saied … Saied a été reçu": a surname
    // alone that the registry gives to someone this text never names in
    // full is the person of this text whose full name, unknown to the
    // registry, ends with it ("Emmanuel Macron … Brigitte Macron … Macron"
    // stays the president).
    // The full names by their last word, in the order of the text.
    let mut by_last: Map<&str, Vec<&FullName>> = Map::default();
    for name in &full {
        by_last.entry(name.0.as_str()).or_default().push(name);
    }
    // Sets, not lists: a long text holds many thousands of names.
    let named_in_full: Map<u32, ()> = found
        .iter()
        .filter(|f| f.kind == EntityKind::Person && f.last > f.first)
        .filter_map(|f| f.entity.map(|e| (e, ())))
        .collect();
    for f in found.iter_mut() {
        let alone = f.kind == EntityKind::Person && f.last == f.first;
        let elsewhere = f.entity.is_some_and(|e| !named_in_full.contains_key(&e));
        if alone && elsewhere && f.title.is_none() {
            let k = key(view.between(f.os, f.oe));
            if by_last.contains_key(k.as_str()) {
                f.entity = None;
                f.country = None;
                f.method = Method::Unresolved;
                f.pattern = None;
            }
        }
    }
    for f in found.iter_mut() {
        if f.kind != EntityKind::Person || f.entity.is_some() || f.last != f.first {
            continue;
        }
        let k = key(view.between(f.os, f.oe));
        let mut hits = by_last.get(k.as_str()).cloned().unwrap_or_default();
        hits.sort_by(|a, b| a.1.cmp(&b.1));
        hits.dedup_by(|a, b| a.1 == b.1);
        if let [(_, full_key, country)] = hits.as_slice() {
            f.key = Some(full_key.clone());
            if f.country.is_none() {
                f.country = country.clone();
            }
        }
    }
}
