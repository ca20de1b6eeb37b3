//! Hostile and degenerate inputs: each gives a document or a typed error,
//! promptly, and never a panic. Sizes stay at or under 10 MB so that the
//! unoptimized test build stays fast; the work is linear in the input.

mod common;

use common::parse_checked;
use depeche_parse::{parse, parse_bytes, ParseError};

#[test]
fn empty_and_blank_inputs_are_typed_errors() {
    for input in [
        "",
        " ",
        "\n\n\r\n",
        "\t \u{a0}\u{202f}",
        "\u{feff}",
        "\u{feff}\n ",
    ] {
        let err = parse(input).unwrap_err();
        assert_eq!(err, ParseError::Empty, "{input:?}");
        assert_eq!((err.kind(), err.offset()), ("empty", 0));
    }
    assert_eq!(parse_bytes(b""), Err(ParseError::Empty));
}

#[test]
fn invalid_utf8_names_its_offset() {
    let cases: [(&[u8], usize); 4] = [
        (b"\xff", 0),
        (b"Hanoi (VNA) - \xc3\x28 suite", 14),
        ("Le président a reçu".as_bytes(), usize::MAX),
        (b"ok \xe2\x82", 3),
    ];
    for (bytes, offset) in cases {
        match parse_bytes(bytes) {
            Err(e) => {
                assert_eq!((e.kind(), e.offset()), ("invalid_utf8", offset));
                assert!(e.to_string().contains(&offset.to_string()));
            }
            Ok(_) => assert_eq!(offset, usize::MAX, "{bytes:?} should fail"),
        }
    }
}

#[test]
fn a_ten_megabyte_line_without_newline() {
    // Words and sentences, no line break anywhere.
    let sentence = "Le ministre a reçu son homologue et ils ont signé des accords. ";
    let input = sentence.repeat(10_000_000 / sentence.len());
    let doc = parse_checked(&input);
    assert_eq!(doc.segments.len(), 1);
    assert_eq!(doc.segments[0].paragraphs.len(), 1);
    // One unbroken chunk of 10 MB.
    let blob = "x".repeat(10_000_000);
    let doc = parse_checked(&blob);
    assert_eq!(doc.segments[0].paragraphs[0].span.len(), blob.len());
}

#[test]
fn a_hundred_thousand_related_links() {
    let input = ">> Un autre article sur la coopération\n".repeat(100_000);
    let doc = parse_checked(&input);
    assert_eq!(doc.segments.len(), 1);
    assert_eq!(doc.segments[0].related.len(), 100_000);
    let bare = ">>\n".repeat(100_000);
    let doc = parse_checked(&bare);
    assert_eq!(doc.segments[0].related.len(), 100_000);
}

#[test]
fn many_signatures_make_many_segments() {
    let input = "Le texte d'une dépêche.\n\nVNA/CVN\n\n".repeat(20_000);
    let doc = parse_checked(&input);
    assert_eq!(doc.segments.len(), 20_000);
}

#[test]
fn odd_characters_and_lone_marks() {
    for input in [
        "\0\0\0",
        "é\u{301}\u{301}\u{301}",
        "(((((((((((((",
        ">>>>>>>>>",
        "date 2025-05",
        " date 2025-13 Titre",
        "Photo :",
        "-",
        "--\n--",
        "Hanoi (VNA) -",
        "习近平会见普京总统",
        "\u{202e}texte inversé\u{202c}",
        "a\u{feff}b\u{200b}c",
    ] {
        parse_checked(input);
    }
}
