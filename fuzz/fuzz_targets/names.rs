//! Name detection and resolution on arbitrary text: never panics, mention
//! spans slice the text to exactly the mention, mentions are sorted and
//! never overlap, and keys are idempotent.

#![no_main]

use depeche_names::{key, Registry};
use libfuzzer_sys::fuzz_target;

/// Whether to assert `key(key(x)) == key(x)`. On by default; set
/// `DEPECHE_FUZZ_SKIP_KEY_IDEMPOTENCE=1` to look for other failures while a
/// known idempotence bug is open (docs/HARDENING.md lists it).
fn check_idempotence() -> bool {
    static CHECK: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *CHECK.get_or_init(|| std::env::var_os("DEPECHE_FUZZ_SKIP_KEY_IDEMPOTENCE").is_none())
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let registry = Registry::embedded();

    let mentions = registry.detect(&text);
    let mut end = 0;
    for m in &mentions {
        let slice = m.span.slice(&text);
        assert_eq!(slice, Some(m.text.as_str()), "mention span {:?}", m.span);
        assert!(m.span.start >= end, "mentions overlap or are unsorted");
        end = m.span.end;
        // Resolving what detection found must not panic either.
        let _ = registry.resolve(&m.text);
    }
    for t in registry.titles().detect(&text) {
        assert_eq!(
            t.span.slice(&text),
            Some(t.text.as_str()),
            "title {:?}",
            t.span
        );
        if let Some(cs) = t.country_span {
            assert!(cs.slice(&text).is_some(), "title country span {cs:?}");
        }
    }

    // Resolution of arbitrary names: each line, and the whole input when
    // it is name-sized.
    for line in text.lines().take(64) {
        let _ = registry.resolve(line);
    }
    if text.len() <= 256 {
        let _ = registry.resolve(&text);
        let k = key(&text);
        if check_idempotence() {
            assert_eq!(key(&k), k, "key is not idempotent");
        }
    }
});
