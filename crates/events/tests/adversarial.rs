//! Hostile and broken inputs, as found in scraped news archives: empty,
//! blank, binary, mis-encoded, huge, repetitive, deeply nested, in other
//! scripts and languages, with mixed line ends.
//!
//! Every case runs the parser, name detection and the whole pipeline and
//! checks the same promises: no panic; a result or a typed error (with the
//! right byte offset for bad encodings); every span of every output on char
//! boundaries inside the input, and every reported text equal to the slice
//! it claims to come from. The large cases are sized to stay fast in a debug
//! build; the linear-time bench (`benches/linear.rs`) goes to 20 MB.

use depeche_events::{ExtractError, Extractor, SegmentResult};
use depeche_names::Registry;
use depeche_parse::{check, parse_bytes, Document, ParseError, Span};

/// What a successful run produced, for cases that want to look closer.
struct Outcome {
    segments: Vec<SegmentResult>,
}

impl Outcome {
    fn events(&self) -> usize {
        self.segments.iter().map(|s| s.events.len()).sum()
    }
    fn mentions(&self) -> usize {
        self.segments.iter().map(|s| s.mentions.len()).sum()
    }
}

fn slice_is<'a>(input: &'a str, span: Span, text: &str, what: &str) -> &'a str {
    let got = span
        .slice(input)
        .unwrap_or_else(|| panic!("{what} span {span:?} is not a valid slice of the input"));
    assert_eq!(got, text, "{what} text differs from its span {span:?}");
    got
}

/// Every span the pipeline reports slices `input` to the reported text.
fn check_segments(input: &str, segments: &[SegmentResult]) {
    let doc = Document {
        segments: segments.iter().map(|s| s.dispatch.clone()).collect(),
    };
    if let Err(v) = check::verify(input, &doc) {
        panic!("parse guarantee broken inside the pipeline: {v}");
    }
    for segment in segments {
        let mut previous_end = 0;
        for m in &segment.mentions {
            slice_is(input, m.span, &m.text, "mention");
            assert!(
                m.span.start >= previous_end,
                "mentions overlap at {:?}",
                m.span
            );
            previous_end = m.span.end;
        }
        for e in &segment.events {
            assert!(!e.evidence.is_empty(), "event {:?} has no evidence", e.kind);
            let mut seen = std::collections::HashSet::new();
            for ev in &e.evidence {
                slice_is(input, ev.span, &ev.text, "evidence");
                assert!(seen.insert(ev.span), "evidence {:?} repeated", ev.span);
            }
            for a in &e.actors {
                if let Some(span) = a.span {
                    slice_is(input, span, &a.text, "actor");
                }
            }
        }
    }
}

/// Inputs longer than this skip the extra detection pass over the raw text,
/// to keep the suite fast in debug builds.
const RAW_DETECT_MAX: usize = 256 * 1024;

/// Parser, names and pipeline on `bytes`; panics on a broken promise.
fn run(bytes: &[u8]) -> Result<Outcome, ExtractError> {
    let parsed = parse_bytes(bytes);
    let result = Extractor::new(Registry::embedded()).extract_bytes(bytes);
    match std::str::from_utf8(bytes) {
        Err(e) => {
            assert_eq!(
                parsed,
                Err(ParseError::InvalidUtf8 {
                    offset: e.valid_up_to()
                })
            );
        }
        Ok(text) => {
            match &parsed {
                Ok(doc) => {
                    if let Err(v) = check::verify(text, doc) {
                        panic!("parse guarantee broken: {v}");
                    }
                }
                Err(e) => assert_eq!(e, &ParseError::Empty),
            }
            if let Ok(segments) = &result {
                check_segments(text, segments);
            }
            // Detection on the raw text, not only on parsed paragraphs (the
            // pipeline already detects in every paragraph of large inputs).
            let mut previous_end = 0;
            let raw = if text.len() <= RAW_DETECT_MAX {
                text
            } else {
                ""
            };
            for m in Registry::embedded().detect(raw) {
                slice_is(text, m.span, &m.text, "raw mention");
                assert!(m.span.start >= previous_end, "raw mentions overlap");
                previous_end = m.span.end;
            }
        }
    }
    assert_eq!(
        parsed.is_ok(),
        result.is_ok(),
        "parser and pipeline disagree on whether the input is acceptable"
    );
    result.map(|segments| Outcome { segments })
}

fn run_ok(bytes: &[u8]) -> Outcome {
    match run(bytes) {
        Ok(outcome) => outcome,
        Err(e) => panic!("expected a result, got {} at {}: {e}", e.kind(), e.offset()),
    }
}

fn run_err(bytes: &[u8]) -> ExtractError {
    match run(bytes) {
        Ok(outcome) => panic!("expected an error, got {} segments", outcome.segments.len()),
        Err(e) => e,
    }
}

/// A short, self-written dispatch in the usual wire style.
const DISPATCH: &str = "Hanoï, 3 mars (VNA) – Le secrétaire général Tô Lâm a reçu lundi à \
Hanoï le président kazakh Kassym-Jomart Tokaïev. Les deux dirigeants ont signé un accord de \
coopération dans le domaine de l'énergie.\n\n\
Photo : VNA/CVN\n\n\
Le président kazakh a invité le dirigeant vietnamien à effectuer une visite au Kazakhstan.\n\n\
>> Un article voisin sur la coopération\n\n\
VNA/CVN\n";

// ---------------------------------------------------------------- nothing

#[test]
fn empty_input_is_a_typed_error_at_offset_zero() {
    let e = run_err(b"");
    assert_eq!((e.kind(), e.offset()), ("empty", 0));
}

#[test]
fn blank_inputs_are_empty_errors() {
    for blank in [
        " ",
        "\n\n\n",
        "\r\n\t \r",
        "\u{a0}\u{202f}\u{2009}",
        "\u{feff}",
        "\u{feff}\u{feff}  \n",
    ] {
        let e = run_err(blank.as_bytes());
        assert_eq!((e.kind(), e.offset()), ("empty", 0), "input {blank:?}");
    }
}

#[test]
fn nul_bytes_are_text_not_terminators() {
    run_ok(b"\0");
    run_ok(&[0u8; 4096]);
    let mut with_nuls = DISPATCH.replace(' ', "\0 ").into_bytes();
    with_nuls.extend_from_slice(b"\0\0\0");
    run_ok(&with_nuls);
    // A NUL glued inside a name must not shift any span.
    let text = "Le ministre Tô\0Lâm a rencontré\0 le président\0kazakh.\n";
    run_ok(text.as_bytes());
}

// ---------------------------------------------------------------- encodings

#[test]
fn invalid_utf8_is_reported_at_its_first_byte() {
    let body = DISPATCH.as_bytes();
    let mid = DISPATCH.find("\n\n").expect("the dispatch has paragraphs");
    let cases: Vec<(Vec<u8>, usize)> = vec![
        // at the start
        ([b"\xff".as_slice(), body].concat(), 0),
        ([b"\x80\x80".as_slice(), body].concat(), 0),
        // in the middle (after the first paragraph)
        (
            [&body[..mid], b"\xfe".as_slice(), &body[mid..]].concat(),
            mid,
        ),
        // at the end, as a lone byte and as a truncated two-byte char
        ([body, b"\xc3".as_slice()].concat(), body.len()),
        ([body, b"\xe2\x80".as_slice()].concat(), body.len()),
        // Latin-1 text mistaken for UTF-8
        (b"D\xe9claration du minist\xe8re".to_vec(), 1),
        // an overlong encoding of '/' and one of NUL
        (b"a\xc0\xaf".to_vec(), 1),
        (b"ab\xc0\x80".to_vec(), 2),
        // beyond U+10FFFF
        (b"abc\xf4\x90\x80\x80".to_vec(), 3),
    ];
    for (bytes, offset) in cases {
        let e = run_err(&bytes);
        assert_eq!(e.kind(), "invalid_utf8");
        assert_eq!(
            e.offset(),
            offset,
            "input {:?}",
            String::from_utf8_lossy(&bytes)
        );
    }
}

#[test]
fn the_middle_offset_is_on_the_bad_byte_after_multibyte_text() {
    // Offsets count bytes, not chars: "Hanoï" is 6 bytes.
    let e = run_err(
        "Hanoï – \u{1F600}"
            .bytes()
            .chain([0xff])
            .collect::<Vec<_>>()
            .as_slice(),
    );
    assert_eq!(e.offset(), "Hanoï – \u{1F600}".len());
}

#[test]
fn lone_surrogate_byte_patterns_are_invalid_utf8() {
    // CESU-8 / WTF-8 style surrogates (U+D800, U+DBFF, U+DC00, U+DFFF).
    for surrogate in [
        b"\xed\xa0\x80".as_slice(),
        b"\xed\xaf\xbf",
        b"\xed\xb0\x80",
        b"\xed\xbf\xbf",
    ] {
        let bytes = [b"Le ministre ".as_slice(), surrogate, b" a recu".as_slice()].concat();
        let e = run_err(&bytes);
        assert_eq!((e.kind(), e.offset()), ("invalid_utf8", 12));
    }
    // A surrogate pair encoded as two three-byte sequences (CESU-8 emoji).
    let e = run_err(b"\xed\xa0\xbd\xed\xb8\x80 fin");
    assert_eq!(e.offset(), 0);
}

#[test]
fn a_byte_order_mark_keeps_its_offsets() {
    let text = format!("\u{feff}{DISPATCH}");
    let outcome = run_ok(text.as_bytes());
    assert!(outcome.mentions() > 0);
    // Spans count the BOM's three bytes.
    let first = &outcome.segments[0].mentions[0];
    assert!(first.span.start >= 3);
    // BOMs in the middle (concatenated files) are text like any other.
    let doubled = format!("\u{feff}{DISPATCH}\u{feff}{DISPATCH}");
    run_ok(doubled.as_bytes());
}

// ---------------------------------------------------------------- size

#[test]
fn a_two_megabyte_single_line() {
    let sentence = "Le Premier ministre a rencontré son homologue lundi à Hanoï et les deux \
                    parties ont signé un mémorandum de coopération. ";
    let line = sentence.repeat(2_000_000 / sentence.len());
    assert!(!line.contains('\n'));
    let outcome = run_ok(line.as_bytes());
    assert!(outcome.events() > 0, "a line of meetings yields events");
    // The same meeting told again and again is one event with one evidence
    // span per telling, not thousands of events.
    let tellings = line.len() / sentence.len();
    assert!(outcome.events() <= 10, "{} events", outcome.events());
    let most = outcome
        .segments
        .iter()
        .flat_map(|s| &s.events)
        .map(|e| e.evidence.len())
        .max();
    assert_eq!(most, Some(tellings));
}

#[test]
fn a_megabyte_with_no_sentence_end() {
    // One endless sentence: no period, no line break to bound the work.
    let clause = "le ministre Tô Lâm a rencontré le président kazakh Tokaïev, ";
    let line = clause.repeat(1_000_000 / clause.len());
    run_ok(line.as_bytes());
}

#[test]
fn one_hundred_thousand_related_links() {
    let mut text = String::from("Le président a reçu l'ambassadeur du Japon à Hanoï.\n");
    for i in 0..100_000 {
        text.push_str(">> Le président Tô Lâm a reçu le ministre n° ");
        text.push_str(&i.to_string());
        text.push('\n');
    }
    let outcome = run_ok(text.as_bytes());
    // Links are not the story: no event may come from them.
    for segment in &outcome.segments {
        assert!(segment.dispatch.related.len() + segment.dispatch.paragraphs.len() > 0);
        for e in &segment.events {
            for ev in &e.evidence {
                assert!(!ev.text.starts_with(">>"), "event from a link: {}", ev.text);
            }
        }
    }
}

#[test]
fn bare_link_markers_only() {
    run_ok(">>\n".repeat(100_000).as_bytes());
    run_ok(">>".repeat(50_000).as_bytes());
}

#[test]
fn one_hundred_thousand_repetitions_of_one_name() {
    let text = "Tô Lâm ".repeat(100_000);
    let outcome = run_ok(text.as_bytes());
    assert!(outcome.mentions() > 0);
    let glued = "Kassym-Jomart Tokaïev, ".repeat(20_000);
    run_ok(glued.as_bytes());
}

#[test]
fn ten_thousand_nested_parentheses() {
    let nested = format!("{}Vietnam{}", "(".repeat(10_000), ")".repeat(10_000));
    run_ok(nested.as_bytes());
    let unbalanced = format!(
        "Hanoï {} (VNA) – Le président a reçu le ministre.",
        "(".repeat(10_000)
    );
    run_ok(unbalanced.as_bytes());
    let closing = format!("{} Le ministre (VNA) a signé.", ")".repeat(10_000));
    run_ok(closing.as_bytes());
    let quotes = format!("{}accord{}", "« ".repeat(5_000), " »".repeat(5_000));
    run_ok(quotes.as_bytes());
}

// ---------------------------------------------------------------- shapes and scripts

#[test]
fn all_caps_dispatch() {
    let text = DISPATCH.to_uppercase();
    run_ok(text.as_bytes());
}

#[test]
fn right_to_left_scripts() {
    // Arabic and Hebrew with direction marks, alone and around French.
    let arabic = "استقبل الرئيس وزير الخارجية في العاصمة يوم الاثنين.\n\n\
                  وقّع الطرفان مذكرة تفاهم للتعاون.\n";
    let hebrew = "ראש הממשלה נפגש עם שר החוץ בירושלים.\n";
    let marks =
        "\u{200f}Le président \u{202b}الرئيس\u{202c} a reçu \u{2067}שר\u{2069} à Alger.\u{200e}\n";
    for text in [arabic, hebrew, marks] {
        run_ok(text.as_bytes());
    }
    run_ok(format!("{arabic}{DISPATCH}{hebrew}").as_bytes());
}

#[test]
fn cjk_scripts() {
    let chinese = "国家主席在北京会见了越南总理。双方签署了合作协议。\n";
    let japanese = "首相は東京でベトナムの大統領と会談した。\n";
    let korean = "대통령은 서울에서 외무장관을 접견했다.\n";
    let mixed = "Le président 习近平 a reçu à 北京 le Premier ministre Phạm Minh Chính.\n";
    for text in [chinese, japanese, korean, mixed] {
        run_ok(text.as_bytes());
    }
}

#[test]
fn emoji_and_combining_mark_storms() {
    let emoji = "🇻🇳🇰🇿👨‍👩‍👧‍👦🏳️‍🌈 Le président 🤝 a reçu 🎖️ le ministre. ".repeat(500);
    run_ok(emoji.as_bytes());
    // Zalgo: each letter with dozens of combining marks.
    let mut zalgo = String::new();
    for c in "Le président Tô Lâm a reçu le ministre à Hanoï.".chars() {
        zalgo.push(c);
        for k in 0..40u32 {
            zalgo.push(char::from_u32(0x300 + (k % 0x70)).unwrap_or('\u{301}'));
        }
    }
    run_ok(zalgo.as_bytes());
    // A mark with no base, at the start of the input and of a line.
    run_ok("\u{301}\u{302}\u{303}\n\u{308}Hanoï".as_bytes());
    // Thousands of marks on one letter.
    run_ok(format!("T{}ô Lâm a reçu", "\u{323}".repeat(20_000)).as_bytes());
}

#[test]
fn unusual_unicode_spaces_and_controls() {
    let text = "Hanoï,\u{2028}3 mars\u{2029}(VNA)\u{85}–\u{b}Le\u{c}président\u{1f}a\u{7f}reçu\u{200b}le\u{2060}ministre.";
    run_ok(text.as_bytes());
    // Private-use and noncharacters are valid UTF-8 and must be kept.
    run_ok("\u{e000}\u{fdd0}\u{fffe}\u{10fffd} Le ministre a signé.".as_bytes());
}

// ---------------------------------------------------------------- languages

#[test]
fn a_dispatch_in_english() {
    let text = "Hanoi, March 3 (VNA) - Party General Secretary To Lam received Kazakh \
                President Kassym-Jomart Tokayev in Hanoi on Monday. The two leaders signed \
                a memorandum of understanding on energy cooperation.\n\n\
                Tokayev invited To Lam to pay a state visit to Kazakhstan.\n\nVNA\n";
    let outcome = run_ok(text.as_bytes());
    assert!(
        outcome.mentions() > 0,
        "names are found whatever the language"
    );
}

#[test]
fn a_dispatch_in_vietnamese() {
    let text = "Hà Nội, ngày 3 tháng 3 (TTXVN) - Tổng Bí thư Tô Lâm đã tiếp Tổng thống \
                Kazakhstan Kassym-Jomart Tokayev tại Hà Nội. Hai nhà lãnh đạo đã ký bản ghi \
                nhớ hợp tác năng lượng.\n\nTTXVN\n";
    run_ok(text.as_bytes());
}

// ---------------------------------------------------------------- line ends

#[test]
fn mixed_line_ends() {
    let mixed = DISPATCH
        .split('\n')
        .enumerate()
        .map(|(i, line)| {
            let end = ["\r\n", "\n", "\r", "\r\r\n", "\n\r"][i % 5];
            format!("{line}{end}")
        })
        .collect::<String>();
    let outcome = run_ok(mixed.as_bytes());
    assert!(outcome.events() > 0);
    // Old Mac files: CR only.
    run_ok(DISPATCH.replace('\n', "\r").as_bytes());
    // Nothing but line ends is blank.
    let e = run_err("\r\n\r\r\n\n".repeat(10_000).as_bytes());
    assert_eq!(e.kind(), "empty");
    // Line ends between one-word lines, and a CR inside a glued word.
    run_ok("a\r\n\r\rb\n\n".repeat(10_000).as_bytes());
    run_ok("Le ministre duViet\rnam a reçu.".as_bytes());
}

// ---------------------------------------------------------------- machine garbage

#[test]
fn truncated_and_concatenated_dispatches() {
    // Truncated at every seventh char boundary of a dispatch.
    let cut_points: Vec<usize> = DISPATCH.char_indices().map(|(i, _)| i).step_by(7).collect();
    for cut in cut_points {
        let _ = run(&DISPATCH.as_bytes()[..cut]);
    }
    // Truncated inside a multibyte char: a typed error at the cut char.
    let bytes = DISPATCH.as_bytes();
    let inside = DISPATCH.find('ï').map_or(0, |i| i + 1);
    let e = run_err(&bytes[..inside]);
    assert_eq!((e.kind(), e.offset()), ("invalid_utf8", inside - 1));
    // Twenty dispatches glued with no separator at all.
    run_ok(DISPATCH.trim_end().repeat(20).as_bytes());
}

#[test]
fn pseudo_random_bytes_never_panic() {
    // A small xorshift stream: varied binary junk, deterministic.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..200 {
        let len = (next() % 600) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| (next() & 0xff) as u8).collect();
        let _ = run(&bytes);
        // The same junk made valid UTF-8.
        let _ = run(String::from_utf8_lossy(&bytes).as_bytes());
    }
}

#[test]
fn mutated_dispatch_never_breaks_spans() {
    // Valid UTF-8 mutations of a real-looking dispatch: swapped, doubled
    // and removed characters at many places.
    let chars: Vec<char> = DISPATCH.chars().collect();
    let inserts = [
        '\n', '.', '>', '(', '\u{a0}', 'é', '\u{301}', '-', '\r', '»',
    ];
    for (step, insert) in inserts.iter().enumerate() {
        for at in (step..chars.len()).step_by(23) {
            let mut mutated: String = chars.iter().take(at).collect();
            mutated.push(*insert);
            mutated.extend(chars.iter().skip(at + 1));
            let _ = run(mutated.as_bytes());
        }
    }
}

// ---------------------------------------------------------------- findings

/// Found by the `names` fuzz target: a letter rule that looks at the letter
/// before it (`j` → `i` after a vowel) moves one letter per pass over the
/// word, and passes are capped, so a long enough run ends the key half
/// rewritten and a second keying changes it again.
#[test]
fn keys_are_idempotent_on_long_letter_runs() {
    let long = format!("a{}", "j".repeat(300));
    for name in [
        "FlyDJJJJJJJJJJJ",
        "Ajjjjjjjjjjjjjjjjjjjjjjjjjj",
        long.as_str(),
    ] {
        let k = depeche_names::key(name);
        assert_eq!(depeche_names::key(&k), k, "key of {name:?}");
    }
}
