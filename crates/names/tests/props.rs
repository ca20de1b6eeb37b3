//! Properties of keys and detection over generated input.

use depeche_names::{key, Registry};
use proptest::prelude::*;

/// Name-like text: Latin letters with and without diacritics, Vietnamese
/// letters, dotless ı, apostrophes, hyphens, spaces.
fn name() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[A-Za-zÀ-ÖØ-öø-ÿĀ-žđĐıƠơƯưạ-ỹ'’ -]{0,40}").expect("valid regex")
}

/// Plain ASCII names, to be decorated with diacritics.
fn plain() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[A-Za-z]{1,10}( [A-Za-z]{1,10}){0,3}").expect("valid regex")
}

/// Put a diacritic on letters: precomposed for some, combining marks for
/// others, following the `pick` bits.
fn decorate(s: &str, pick: &[u8]) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        let p = pick.get(i % pick.len().max(1)).copied().unwrap_or(0);
        let accented = match (c, p % 4) {
            ('e', 1) => "é",
            ('e', 2) => "ễ",
            ('a', 1) => "â",
            ('a', 2) => "ạ",
            ('o', 1) => "ơ",
            ('o', 2) => "ộ",
            ('u', 1) => "ư",
            ('i', 1) => "ï",
            ('i', 2) => "ı",
            ('d', 1) => "đ",
            ('c', 1) => "ç",
            ('n', 1) => "ñ",
            _ => "",
        };
        if accented.is_empty() {
            out.push(c);
            if p % 4 == 3 && c.is_alphabetic() {
                out.push('\u{301}');
            }
        } else {
            out.push_str(accented);
        }
    }
    out
}

fn respace(s: &str, pick: &[u8]) -> String {
    const SPACES: [&str; 6] = [" ", "  ", "\t", "\u{a0}", "\u{202f}", " \n "];
    let mut out = String::from(SPACES[pick.first().copied().unwrap_or(0) as usize % 6]);
    for (i, part) in s.split(' ').enumerate() {
        if i > 0 {
            out.push_str(
                SPACES[pick.get(i % pick.len().max(1)).copied().unwrap_or(0) as usize % 6],
            );
        }
        out.push_str(part);
    }
    out.push_str(SPACES[pick.last().copied().unwrap_or(0) as usize % 6]);
    out
}

fn seed_text() -> String {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/seeds");
    let mut all = String::new();
    for e in std::fs::read_dir(dir)
        .expect("seeds")
        .filter_map(Result::ok)
    {
        all.push_str(&std::fs::read_to_string(e.path()).unwrap_or_default());
    }
    all
}

/// Text made of slices of the seed dispatches (cut anywhere, even inside
/// characters' neighbourhoods) mixed with arbitrary characters.
fn texty() -> impl Strategy<Value = String> {
    let seeds = seed_text();
    let chars: Vec<char> = seeds.chars().collect();
    let n = chars.len();
    proptest::collection::vec(
        prop_oneof![
            (0..n, 0..200usize)
                .prop_map(move |(a, len)| { chars.iter().skip(a).take(len).collect::<String>() }),
            any::<String>(),
            Just("ANNguyen".to_string()),
            Just("\u{301}".to_string()),
            Just("’".to_string()),
        ],
        0..8,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn keys_are_idempotent(s in name()) {
        let k = key(&s);
        prop_assert_eq!(key(&k), k);
    }

    #[test]
    fn keys_ignore_case(s in name()) {
        prop_assert_eq!(key(&s.to_uppercase()), key(&s));
        prop_assert_eq!(key(&s.to_lowercase()), key(&s));
    }

    #[test]
    fn keys_ignore_diacritics(s in plain(), pick in proptest::collection::vec(any::<u8>(), 1..8)) {
        prop_assert_eq!(key(&decorate(&s, &pick)), key(&s));
    }

    #[test]
    fn keys_ignore_whitespace(s in plain(), pick in proptest::collection::vec(any::<u8>(), 1..8)) {
        prop_assert_eq!(key(&respace(&s, &pick)), key(&s));
    }

    #[test]
    fn detection_never_panics_and_spans_are_sound(text in texty()) {
        let registry = Registry::embedded();
        let mentions = registry.detect(&text);
        let mut prev_end = 0;
        for m in &mentions {
            prop_assert!(m.span.start <= m.span.end && m.span.end <= text.len());
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            prop_assert_eq!(m.span.slice(&text), Some(m.text.as_str()));
            prop_assert!(prev_end <= m.span.start, "overlap or disorder at {:?}", m);
            prev_end = m.span.end;
        }
        for t in registry.titles().detect(&text) {
            prop_assert_eq!(t.span.slice(&text), Some(t.text.as_str()));
        }
    }

    #[test]
    fn resolution_never_panics(s in any::<String>()) {
        let _ = Registry::embedded().resolve(&s);
        let _ = key(&s);
    }
}
