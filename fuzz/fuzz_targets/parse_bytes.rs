//! `depeche_parse::parse_bytes` on arbitrary bytes: never panics, errors
//! name the right offset, and every parsed document passes the crate's own
//! checker (spans on char boundaries, in order, nothing lost).

#![no_main]

use depeche_parse::{check, parse_bytes, ParseError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match (parse_bytes(data), std::str::from_utf8(data)) {
        (Ok(doc), Ok(text)) => {
            assert!(!doc.segments.is_empty(), "a document with no segment");
            if let Err(v) = check::verify(text, &doc) {
                panic!("parse guarantee broken: {v:?}");
            }
        }
        (Ok(_), Err(e)) => panic!("invalid UTF-8 at {} accepted", e.valid_up_to()),
        (Err(ParseError::InvalidUtf8 { offset }), Err(e)) => {
            assert_eq!(offset, e.valid_up_to(), "wrong invalid_utf8 offset");
        }
        (Err(ParseError::Empty), Ok(text)) => {
            assert!(
                text.chars().all(|c| c.is_whitespace() || c == '\u{feff}'),
                "non-blank input reported empty"
            );
        }
        (Err(other), _) => panic!("unexpected error {other:?}"),
    }
});
