//! Promises of the extractor that hold for every input: it never panics,
//! and every span it reports slices the original input to exactly the text
//! it reports.

use depeche_events::{Extractor, SegmentResult};
use depeche_names::Registry;
use proptest::prelude::*;

fn check_spans(input: &str, segments: &[SegmentResult]) -> Result<(), String> {
    for segment in segments {
        for m in &segment.mentions {
            let got = m
                .span
                .slice(input)
                .ok_or_else(|| format!("mention span {:?} invalid", m.span))?;
            if got != m.text {
                return Err(format!("mention {:?} != input {:?}", m.text, got));
            }
        }
        for e in &segment.events {
            for ev in &e.evidence {
                let got = ev
                    .span
                    .slice(input)
                    .ok_or_else(|| format!("evidence span {:?} invalid", ev.span))?;
                if got != ev.text {
                    return Err(format!("evidence {:?} != input {:?}", ev.text, got));
                }
            }
            for a in &e.actors {
                if let Some(span) = a.span {
                    let got = span
                        .slice(input)
                        .ok_or_else(|| format!("actor span {span:?} invalid"))?;
                    if got != a.text {
                        return Err(format!("actor {:?} != input {:?}", a.text, got));
                    }
                }
            }
        }
    }
    Ok(())
}

#[test]
fn fixture_spans_quote_the_input_exactly() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures");
    let mut checked = 0;
    for folder in ["seeds", "dispatches"] {
        let entries = std::fs::read_dir(format!("{root}/{folder}")).expect("fixtures folder");
        for entry in entries.flatten() {
            let text = std::fs::read_to_string(entry.path()).expect("fixture is UTF-8");
            let segments = Extractor::new(Registry::embedded())
                .extract(&text)
                .expect("fixture parses");
            if let Err(e) = check_spans(&text, &segments) {
                panic!("{}: {e}", entry.path().display());
            }
            checked += 1;
        }
    }
    assert!(checked >= 20, "only {checked} fixtures checked");
}

fn dispatch_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Hanoï, 3 mars (VNA) - ",
        " date 2025-05 ",
        "Le président kazakh Kassym-Jomart Tokaïev ",
        "s’est entretenu avec ",
        "a reçu ",
        "le Premier ministre Pham Minh Chinh",
        ", ainsi que ",
        "à l'invitation de ",
        "n'a pas signé ",
        "effectuera une visite d'État au Laos ",
        "du 11 au 12 mai",
        "lundi",
        ">> ",
        "Photo : VNA/CVN",
        "\n\n",
        "\r\n",
        ". ",
        "Il a ",
        "les deux parties ",
        "duVietnam",
        "\u{a0}:",
        "« ",
        " »",
        "-AVI",
        "ı",
        "ᵉ",
        "🙂",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_and_spans_hold(text in "\\PC{0,300}") {
        if let Ok(segments) = Extractor::new(Registry::embedded()).extract(&text) {
            prop_assert!(check_spans(&text, &segments).is_ok(), "{:?}", check_spans(&text, &segments));
        }
    }

    #[test]
    fn dispatch_like_text_never_panics_and_spans_hold(text in dispatch_like()) {
        if let Ok(segments) = Extractor::new(Registry::embedded()).extract(&text) {
            prop_assert!(check_spans(&text, &segments).is_ok(), "{:?}", check_spans(&text, &segments));
        }
    }
}
