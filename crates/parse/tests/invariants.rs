//! Property tests: `parse` never panics, and every guarantee (spans on char
//! boundaries, inside the input, in order and non-overlapping; nothing
//! lost; texts from spans) holds on arbitrary strings and on strings built
//! from dispatch-like fragments.

mod common;

use common::{parse_checked, SEEDS};
use depeche_parse::normalize::Normalized;
use depeche_parse::sentence::sentences;
use depeche_parse::{date, parse, parse_bytes, Span};
use proptest::prelude::*;

/// Pieces dispatches are made of, including glue, odd spaces and marks.
const FRAGMENTS: &[&str] = &[
    " date 2025-05 ",
    " date 2025-12-01",
    "Hanoi (VNA) - ",
    "Hanoi, 3 septembre (VNA) – ",
    "BEIJING, 22 mars (Xinhua) -- ",
    "Bakou, 7 mai, AZERTAC",
    "AKP Phnom Penh, 20 décembre 2016 –",
    "(Chinhphu.vn) - ",
    "Nhân Dân en ligne - ",
    "19/09/2021 13:00",
    "Jeudi 8 Mars 2018",
    "Publié le vendredi 2 fevrier 2018",
    "Photo : VNA/CVN",
    "Photo: VNA",
    " Photo : BQT/CVN |",
    ">> Un autre article",
    ">>",
    "VNA/CVN",
    "APS.",
    " -AVI",
    "-VNA",
    "(AIP)",
    "Par Chanseng",
    " Fin",
    "Le secrétaire général du Parti communiste duVietnam (PCV)",
    " a rencontré le président kazakh NursultanNazarbayev",
    "l'Assemblée nationale(AN) et la coopérationmultiforme",
    " économique,les activités de défense,de sécurité...",
    "Le Premier ministre a reçu l\u{2019}ambassadeur du Japon.",
    "Coopération mutuellement bénéfique",
    " M. Xi et A. Bakayev, le 4ᵉ, n°230-KL/TW, 3,5 %, 10 milliards d'USD, etc. ",
    "« Nous sommes prêts\u{a0}», a-t-il dit… ",
    "mandat.Lors de la rencontre",
    "80eanniversaire",
    "en2018",
    "\u{a0}",
    "\u{202f}",
    "\u{feff}",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    " ",
    "é",
    "\u{301}",
    "习近平",
    "(",
    ")",
    "'",
    "-",
    ".",
];

fn dispatch_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40).prop_map(|v| v.concat())
}

/// Random cuts and splices of the seeds.
fn seed_mix() -> impl Strategy<Value = String> {
    (
        0..SEEDS.len(),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        dispatch_like(),
    )
        .prop_map(|(n, a, b, extra)| {
            let text = SEEDS[n].1;
            let mut i = a.index(text.len() + 1);
            let mut j = b.index(text.len() + 1);
            if i > j {
                std::mem::swap(&mut i, &mut j);
            }
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            while !text.is_char_boundary(j) {
                j -= 1;
            }
            format!("{}{extra}{}", &text[i..j], &text[..i])
        })
}

fn check(input: &str) {
    if input.chars().all(depeche_parse::text::is_blank) {
        assert!(parse(input).is_err());
        return;
    }
    let doc = parse_checked(input);
    assert!(!doc.segments.is_empty());
    for seg in &doc.segments {
        for piece in seg.title.iter().chain(seg.paragraphs.iter()) {
            let norm = Normalized::new(input, piece.span, &seg.repairs);
            for s in sentences(norm.text()) {
                let back = norm.to_original(s);
                assert!(piece.span.contains(back) && input.get(back.start..back.end).is_some());
            }
            let n = norm.text().len();
            let whole = norm.to_original(Span::new(0, n));
            assert_eq!(whole, piece.span);
            for (a, b) in [(0, n / 2), (n / 3, n), (n + 5, n + 9)] {
                let back = norm.to_original(Span::new(a, b));
                assert!(input.get(back.start..back.end).is_some());
            }
            for d in date::find_dates(norm.text()) {
                assert!(norm.text().get(d.span.start..d.span.end).is_some());
                let _ = date::resolve(&d.expr, seg.date.as_ref(), false);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_strings(input in any::<String>()) {
        check(&input);
    }

    #[test]
    fn dispatch_like_strings(input in dispatch_like()) {
        check(&input);
    }

    #[test]
    fn spliced_seeds(input in seed_mix()) {
        check(&input);
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        match (std::str::from_utf8(&bytes), parse_bytes(&bytes)) {
            (Ok(text), Ok(_)) => check(text),
            (Ok(_), Err(e)) => prop_assert_eq!(e.kind(), "empty"),
            (Err(u), Err(e)) => prop_assert_eq!(e.offset(), u.valid_up_to()),
            (Err(_), Ok(_)) => prop_assert!(false, "invalid UTF-8 accepted"),
        }
    }

    #[test]
    fn sentences_are_trimmed_ordered_spans(input in dispatch_like()) {
        let spans = sentences(&input);
        let mut end = 0;
        for s in spans {
            let t = input.get(s.start..s.end).unwrap_or_default();
            prop_assert!(!t.is_empty() && s.start >= end);
            prop_assert!(!t.starts_with(char::is_whitespace) && !t.ends_with(char::is_whitespace));
            end = s.end;
        }
    }
}

#[test]
fn seeds_keep_every_guarantee() {
    for (_, text) in SEEDS {
        check(text);
    }
}
