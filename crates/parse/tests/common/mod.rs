//! Helpers shared by the integration tests.

#![allow(dead_code)]

use depeche_parse::{check, parse, Document};

/// The five seed dispatches: (name, text).
pub const SEEDS: [(&str, &str); 5] = [
    (
        "000",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../fixtures/seeds/000_ce7cb7c1a078b6f9.txt"
        )),
    ),
    (
        "001",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../fixtures/seeds/001_a1c08a7234309de3.txt"
        )),
    ),
    (
        "002",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../fixtures/seeds/002_736024ccf3c9f9dd.txt"
        )),
    ),
    (
        "003",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../fixtures/seeds/003_937202ceb36cd35a.txt"
        )),
    ),
    (
        "004",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../fixtures/seeds/004_e52cb4cd3b8fc08c.txt"
        )),
    ),
];

/// The text of seed `name` (`"003"`).
pub fn seed(name: &str) -> &'static str {
    SEEDS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .expect("known seed")
}

/// Parses `input`, which must succeed, and checks every guarantee
/// (spans valid and ordered, nothing lost, texts from spans).
pub fn parse_checked(input: &str) -> Document {
    let doc = parse(input).expect("parse succeeds");
    if let Err(v) = check::verify(input, &doc) {
        panic!("broken guarantee: {v}\ninput: {input:?}\ndoc: {doc:#?}");
    }
    doc
}

/// The byte offsets where each repair of `doc` inserts a space, in the
/// original input (a split inserts its spaces between original bytes).
pub fn inserted_spaces(doc: &Document) -> Vec<usize> {
    let mut out = Vec::new();
    for seg in &doc.segments {
        for r in &seg.repairs {
            let mut orig = r.original.char_indices().peekable();
            for rc in r.replacement.chars() {
                match orig.peek() {
                    Some(&(_, oc)) if oc == rc => {
                        orig.next();
                    }
                    Some(&(i, _)) => out.push(r.span.start + i),
                    None => out.push(r.span.end),
                }
            }
        }
    }
    out.sort_unstable();
    out
}
