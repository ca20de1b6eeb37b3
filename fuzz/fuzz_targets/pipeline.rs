//! The whole pipeline on arbitrary bytes: never panics, invalid UTF-8 is a
//! typed error at the right offset, and every evidence, actor and mention
//! span slices the input to exactly the text reported.

#![no_main]

use depeche_events::Extractor;
use depeche_names::Registry;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let extractor = Extractor::new(Registry::embedded());
    let result = extractor.extract_bytes(data);
    let text = match std::str::from_utf8(data) {
        Ok(text) => text,
        Err(e) => {
            let err = result.expect_err("invalid UTF-8 accepted");
            assert_eq!(err.kind(), "invalid_utf8");
            assert_eq!(err.offset(), e.valid_up_to(), "wrong invalid_utf8 offset");
            return;
        }
    };
    let segments = match result {
        Ok(segments) => segments,
        Err(err) => {
            assert_eq!(err.kind(), "empty", "unexpected error {err:?}");
            return;
        }
    };
    for segment in &segments {
        for m in &segment.mentions {
            assert_eq!(
                m.span.slice(text),
                Some(m.text.as_str()),
                "mention {:?}",
                m.span
            );
        }
        for e in &segment.events {
            assert!(!e.evidence.is_empty(), "event without evidence");
            for ev in &e.evidence {
                assert_eq!(
                    ev.span.slice(text),
                    Some(ev.text.as_str()),
                    "evidence {:?}",
                    ev.span
                );
            }
            for a in &e.actors {
                if let Some(span) = a.span {
                    let slice = span.slice(text);
                    assert!(slice.is_some(), "actor span {span:?} invalid");
                    assert_eq!(slice, Some(a.text.as_str()), "actor {span:?}");
                }
            }
        }
    }
});
