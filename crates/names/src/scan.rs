//! Capitalized name sequences that the registry pass left: reordered,
//! transliterated, initialed or misspelt names of known entities, surnames
//! alone, and names the registry lacks (method `unresolved`).

use crate::detect::Found;
use crate::holders::GivenName;
use crate::lexicon::Lexicon;
use crate::mention::{EntityKind, Method};
use crate::registry::Registry;
use crate::resolve::Opts;
use crate::titles::TitleHit;
use crate::view::{View, Word};

/// Whether the text before `os` ends a sentence (or there is none).
fn sentence_start(view: &View<'_>, os: usize) -> bool {
    let before = view.between(0, os);
    for c in before.chars().rev() {
        if c == '\n' {
            return true;
        }
        if c.is_whitespace() {
            continue;
        }
        return matches!(
            c,
            '.' | '!'
                | '?'
                | ':'
                | ';'
                | '"'
                | '«'
                | '»'
                | '“'
                | '”'
                | '>'
                | '–'
                | '—'
                | '('
                | '…'
        );
    }
    true
}

/// Whether the original text between two words keeps them in one name:
/// one space, hyphen or apostrophe, nothing (glued), or `. ` after an
/// initial.
fn name_sep(view: &View<'_>, a: &Word, b: &Word) -> bool {
    let gap = view.between(a.oe(), b.os());
    let mut chars = gap.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (None, _, _) => true,
        (Some(c), None, _) => {
            c.is_whitespace()
                || matches!(c, '-' | '‑' | '‐' | '\'' | '’' | 'ʼ')
                || (c == '.' && view.surface(a).chars().count() == 1)
        }
        (Some('.'), Some(c), None) => c.is_whitespace() && view.surface(a).chars().count() == 1,
        _ => false,
    }
}

/// Append the decimal digits of `n` to `out`.
fn push_decimal(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || at == 0 {
            break;
        }
    }
    for &d in digits.get(at..).unwrap_or(&[]) {
        out.push(char::from(d));
    }
}

/// The memo key of one resolution: the text, the shortest surname and the
/// title's country and role, in one reused buffer.
#[derive(Default)]
pub(crate) struct MemoKey(String);

impl Registry {
    fn resolve_memo(&self, text: &str, opts: &Opts, key: &mut MemoKey) -> Option<(u32, Method)> {
        let k = &mut key.0;
        k.clear();
        // Names, country codes and roles never hold a NUL: the key is the
        // parts, each ended by one, an absent part marked apart from an
        // empty one (numbers written by hand: the formatting machinery
        // costs more than the look-up).
        k.push_str(text);
        k.push('\0');
        push_decimal(k, opts.surname_min as u64);
        k.push('\0');
        match opts.year {
            Some(y) => {
                k.push(if y < 0 { '-' } else { '+' });
                push_decimal(k, u64::from(y.unsigned_abs()));
            }
            None => k.push('?'),
        }
        k.push('\0');
        for part in [&opts.country, &opts.role] {
            match part {
                Some(p) => {
                    k.push('+');
                    k.push_str(p);
                }
                None => k.push('-'),
            }
            k.push('\0');
        }
        // `le roi Felipe`, `le roi Charles`: a royal title's holder goes by
        // a given name, before any surname it might be.
        self.index
            .resolved
            .get_or(k, || match self.given_name(text, opts) {
                GivenName::One(i) => Some((i, Method::Translit)),
                GivenName::Ambiguous => None,
                GivenName::NotApplicable => self.resolve_idx(text, opts),
            })
    }

    /// Whether word `i` can be part of a name: not covered, capitalized,
    /// neither an acronym nor an identifier.
    #[inline]
    fn name_word(&self, view: &View<'_>, words: &[Word], covered: &[bool], i: usize) -> bool {
        let (Some(w), Some(false)) = (words.get(i), covered.get(i).copied()) else {
            return false;
        };
        // Most words start with a lowercase ASCII letter: no need to look
        // further, nor to call the rest of the test.
        if view
            .original
            .as_bytes()
            .get(w.os())
            .is_some_and(u8::is_ascii_lowercase)
        {
            return false;
        }
        capitalized_name_word(view.surface(w))
    }
}

/// Whether the word `s` as written is capitalized and neither an acronym
/// nor an identifier.
fn capitalized_name_word(s: &str) -> bool {
    let first_upper = s
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() && c.is_alphabetic());
    if !first_upper {
        return false;
    }
    // One pass over the word: its letters, whether one is lowercase,
    // whether it holds a digit.
    let (mut letters, mut lowercase, mut digits) = (0usize, false, false);
    for c in s.chars() {
        letters += usize::from(c.is_alphabetic());
        lowercase |= c.is_lowercase();
        digits |= c.is_ascii_digit();
    }
    let acronym = letters >= 2 && !lowercase;
    // `H0FsEyzRqz`: identifiers are not names.
    !acronym && !digits
}

impl Registry {
    pub(crate) fn scan<'v>(
        &self,
        view: &View<'v>,
        words: &[Word],
        titles: &[TitleHit<'_>],
        found: &mut Vec<Found>,
        year: Option<i32>,
    ) {
        let lex = Lexicon::get();
        let mut covered = vec![false; words.len()];
        for f in found.iter() {
            for c in covered.get_mut(f.first..=f.last).unwrap_or(&mut []) {
                *c = true;
            }
        }
        for t in titles {
            let a = words.partition_point(|w| w.os() < t.span.start);
            let b = words.partition_point(|w| w.oe() <= t.span.end);
            for c in covered.get_mut(a..b).unwrap_or(&mut []) {
                *c = true;
            }
        }
        let mut memo = MemoKey::default();
        let registry_matches = found.len();
        let mut i = 0;
        while i < words.len() {
            if !self.name_word(view, words, &covered, i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i;
            loop {
                let next = end + 1;
                let (Some(a), Some(b)) = (words.get(end), words.get(next)) else {
                    break;
                };
                if self.name_word(view, words, &covered, next) && name_sep(view, a, b) {
                    end = next;
                    continue;
                }
                // `Park Sang-jin`, `Yoon Suk-yeol`: a short lowercase syllable
                // hyphened to a name word is part of the given name.
                let hyphened = matches!(view.between(a.oe(), b.os()), "-" | "‑" | "‐")
                    && !covered.get(next).copied().unwrap_or(true)
                    && view.surface(b).chars().count() <= 5
                    && view.surface(b).chars().all(char::is_lowercase);
                if hyphened {
                    end = next;
                    continue;
                }
                let particle = !covered.get(next).copied().unwrap_or(true)
                    && lex.is_particle(view.folded(b))
                    && view
                        .surface(b)
                        .chars()
                        .next()
                        .is_some_and(char::is_lowercase);
                if let (true, Some(c)) = (particle, words.get(next + 1)) {
                    if name_sep(view, a, b)
                        && name_sep(view, b, c)
                        && self.name_word(view, words, &covered, next + 1)
                    {
                        end = next + 1;
                        continue;
                    }
                }
                break;
            }
            // The registry matches come first in `found`, sorted; what the
            // scan adds is not needed to check a title's complement.
            let sorted = found.get(..registry_matches).unwrap_or(&[]);
            if let Some(f) = self.candidate(
                view,
                words,
                titles,
                sorted,
                &covered,
                (start, end),
                (&mut memo, year),
            ) {
                for c in covered.get_mut(f.first..=f.last).unwrap_or(&mut []) {
                    *c = true;
                }
                found.push(f);
            }
            i = end + 1;
        }
    }

    /// Resolve or keep one run of capitalized words `[start, end]`.
    #[allow(clippy::too_many_arguments)]
    fn candidate<'v>(
        &self,
        view: &View<'v>,
        words: &[Word],
        titles: &[TitleHit<'_>],
        found: &[Found],
        covered: &[bool],
        (mut start, mut end): (usize, usize),
        (memo, year): (&mut MemoKey, Option<i32>),
    ) -> Option<Found> {
        let lex = Lexicon::get();
        // `A. Bakayev`: an initial is not the verb `a`.
        let common = |i: usize| {
            words.get(i).is_some_and(|w| {
                let initial = view.surface(w).chars().count() == 1
                    && view.between(w.oe(), view.original.len()).starts_with('.');
                !initial && lex.is_common(view.surface(w))
            })
        };
        while start <= end && common(start) {
            start += 1;
        }
        if start > end {
            return None;
        }
        // The word at `start` is not common, nor, once this stops, the one
        // at `end`: each word is looked up once.
        while end > start && common(end) {
            end -= 1;
        }
        let title = self.title_before(view, words, titles, found, start);
        let titled = title.is_some_and(|t| t.person);
        // `le président algérien Tebboune`: the title's country and role
        // pick among persons sharing the surname.
        let opts = Opts {
            kind: None,
            surname_min: if titled { 2 } else { 4 },
            fuzzy: true,
            demonym: false,
            country: title
                .filter(|t| t.person)
                .and_then(|t| t.country.map(|(c, _)| c.to_string())),
            year,
            role: title
                .filter(|t| t.person && !t.role.is_empty())
                .map(|t| t.role.to_string()),
            current: false,
            forms: false,
        };
        let span = |s: usize, e: usize| -> Option<&str> {
            Some(view.between(words.get(s)?.os(), words.get(e)?.oe()))
        };
        let mut res = self.resolve_memo(span(start, end)?, &opts, memo);
        if res.is_none() && end > start && !titled && sentence_start(view, words.get(start)?.os()) {
            let rest = self.resolve_memo(span(start + 1, end)?, &opts, memo);
            // "Melania Trump est arrivée": a word before a surname alone is
            // the given name of someone the registry lacks, not a stray
            // capital opening the sentence.
            let surname_alone = end == start + 1
                && rest
                    .and_then(|(i, _)| self.entity(i))
                    .is_some_and(|e| e.kind == EntityKind::Person);
            if rest.is_some() && !surname_alone {
                res = rest;
                start += 1;
            }
        }
        // A head noun is looked for a few words back only, and never inside
        // another mention.
        let reach = start.saturating_sub(8);
        let floor = (reach..start)
            .rev()
            .find(|&i| covered.get(i).copied().unwrap_or(false))
            .map_or(reach, |i| i + 1);
        let (os, oe) = (words.get(start)?.os(), words.get(end)?.oe());
        if let Some((ei, method)) = res {
            let e = self.entity(ei)?;
            let mut f = Found {
                os,
                oe,
                first: start,
                last: end,
                kind: e.kind,
                entity: Some(ei),
                method,
                country: self.entity_country(ei),
                title: None,
                key: None,
                pattern: None,
            };
            if e.kind == EntityKind::Person {
                self.named_after(view, words, floor, &mut f);
            }
            return Some(f);
        }
        let mut f = Found {
            os,
            oe,
            first: start,
            last: end,
            kind: EntityKind::Person,
            entity: None,
            method: Method::Unresolved,
            country: title.and_then(TitleHit::country_id),
            title: None,
            key: None,
            pattern: None,
        };
        self.named_after(view, words, floor, &mut f);
        let person_like = end > start
            && words.get(start..=end)?.iter().all(|w| {
                let s = view.surface(w);
                s.chars().count() == 1
                    || s.chars().any(char::is_lowercase) && !lex.is_common(s)
                    || lex.is_particle(view.folded(w))
            });
        if f.kind == EntityKind::Person && !titled && !person_like {
            return None;
        }
        // `AllAfrica`: words split only by their case are a name only when
        // the registry knows it.
        if (os + 1..oe).any(|o| view.inserted_at(o)) {
            return None;
        }
        Some(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_as_formatted() {
        for n in [0u64, 7, 10, 1998, 2024, u64::MAX] {
            let mut s = String::from("x");
            push_decimal(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
    }

    #[test]
    fn name_words() {
        let text = "Tokaïev ASEAN H0fs duVietnam Đặng İzmir ßeta ANNguyen é É Ékaterina de A. x";
        let expected = [
            ("Tokaïev", true),
            ("ASEAN", false),
            ("H0fs", false),
            ("du", false),
            ("Vietnam", true),
            ("Đặng", true),
            ("İzmir", true),
            ("ßeta", false),
            ("AN", false),
            ("Nguyen", true),
            ("é", false),
            ("É", true),
            ("Ékaterina", true),
            ("de", false),
            ("A", true),
            ("x", false),
        ];
        let v = View::new(text);
        let r = Registry::embedded();
        let covered = vec![false; v.words().len()];
        let got: Vec<(&str, bool)> = (0..v.words().len())
            .map(|i| {
                let s = v.surface(&v.words()[i]);
                let named = r.name_word(&v, v.words(), &covered, i);
                // The lowercase first byte turned away early is never a
                // name word the whole test would take.
                assert_eq!(named, capitalized_name_word(s), "{s}");
                (s, named)
            })
            .collect();
        assert_eq!(got, expected);
        assert!(!r.name_word(&v, v.words(), &[true; 16], 0), "covered");
    }

    #[test]
    fn separators() {
        let v = View::new("A. Bakayev, Jean-Marc N’Guesso\n\nPaul");
        let w = v.words();
        assert!(name_sep(&v, &w[0], &w[1]));
        assert!(!name_sep(&v, &w[1], &w[2]));
        assert!(name_sep(&v, &w[2], &w[3]));
        assert!(name_sep(&v, &w[4], &w[5]));
        assert!(!name_sep(&v, &w[5], &w[6]));
    }

    #[test]
    fn sentence_starts() {
        let v = View::new("Il dit. Tokaïev a\nLe x");
        assert!(sentence_start(&v, 0));
        assert!(sentence_start(&v, 8));
        assert!(!sentence_start(&v, 3));
        assert!(sentence_start(&v, v.original.find("Le").unwrap()));
    }
}
