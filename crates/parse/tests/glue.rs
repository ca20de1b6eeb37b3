//! Glued-word repair, measured: clean paragraphs are wrapped at 60–80
//! columns, the space at every wrap position is deleted (as when line breaks
//! are removed), and the repairs must put those spaces back.
//!
//! Run with `--nocapture` to see the figures.

mod common;

use common::{inserted_spaces, parse_checked, seed};
use depeche_parse::Document;

const OWN_PARAGRAPHS: &str = include_str!("data/glue_paragraphs.txt");

/// The clean paragraphs: the seeds' body paragraphs and our own.
fn clean_paragraphs() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in ["000", "001", "002", "004"] {
        let doc = parse_checked(seed(name));
        for seg in &doc.segments {
            // Prose only: captions and subheadings are too short to wrap.
            out.extend(
                seg.paragraphs
                    .iter()
                    .filter(|p| p.text.len() > 120)
                    .map(|p| p.text.clone()),
            );
        }
    }
    out.extend(
        OWN_PARAGRAPHS
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty() && !p.starts_with('#'))
            .map(str::to_string),
    );
    out
}

/// Greedy word wrap at `width` characters; returns the byte offsets (in
/// `text`) of the spaces where lines break.
fn wrap_points(text: &str, width: usize) -> Vec<usize> {
    let mut points = Vec::new();
    let mut line_chars = 0usize;
    let mut last_space: Option<(usize, usize)> = None;
    for (i, c) in text.char_indices() {
        if c == ' ' {
            last_space = Some((i, line_chars));
        }
        line_chars += 1;
        if line_chars > width {
            if let Some((at, before)) = last_space.take() {
                points.push(at);
                line_chars -= before + 1;
            }
        }
    }
    points
}

/// The text with the spaces at `points` deleted, and where the spaces were
/// in the glued text.
fn glue(text: &str, points: &[usize]) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut deleted = Vec::new();
    let mut from = 0usize;
    for &p in points {
        out.push_str(&text[from..p]);
        deleted.push(out.len());
        from = p + 1;
    }
    out.push_str(&text[from..]);
    (out, deleted)
}

struct Score {
    deleted: usize,
    proposed: usize,
    correct: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        if self.proposed == 0 {
            1.0
        } else {
            self.correct as f64 / self.proposed as f64
        }
    }
    fn recall(&self) -> f64 {
        self.correct as f64 / self.deleted.max(1) as f64
    }
}

/// One glued document per width: all paragraphs, blank-line separated.
fn score_width(
    paragraphs: &[String],
    width: usize,
    misses: &mut Vec<String>,
    wrong: &mut Vec<String>,
) -> Score {
    let mut input = String::new();
    let mut deleted: Vec<usize> = Vec::new();
    for p in paragraphs {
        let (glued, del) = glue(p, &wrap_points(p, width));
        let base = input.len();
        deleted.extend(del.iter().map(|d| base + d));
        input.push_str(&glued);
        input.push_str("\n\n");
    }
    let doc: Document = parse_checked(&input);
    let proposed = inserted_spaces(&doc);
    let correct = proposed
        .iter()
        .filter(|p| deleted.binary_search(p).is_ok())
        .count();
    let around = |at: usize| {
        let a = input.floor_char_boundary_compat(at.saturating_sub(12));
        let b = input.floor_char_boundary_compat((at + 12).min(input.len()));
        format!("{}|{}", &input[a..at], &input[at..b])
    };
    misses.extend(
        deleted
            .iter()
            .filter(|d| proposed.binary_search(d).is_err())
            .map(|&d| format!("{width}:{}", around(d))),
    );
    wrong.extend(
        proposed
            .iter()
            .filter(|p| deleted.binary_search(p).is_err())
            .map(|&p| format!("{width}:{}", around(p))),
    );
    Score {
        deleted: deleted.len(),
        proposed: proposed.len(),
        correct,
    }
}

trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorBoundary for String {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

#[test]
fn glue_repair_precision_and_recall() {
    let paragraphs = clean_paragraphs();
    assert!(paragraphs.len() >= 30, "{} paragraphs", paragraphs.len());
    let mut total = Score {
        deleted: 0,
        proposed: 0,
        correct: 0,
    };
    let (mut misses, mut wrong) = (Vec::new(), Vec::new());
    for width in [60, 65, 70, 75, 80] {
        let s = score_width(&paragraphs, width, &mut misses, &mut wrong);
        println!(
            "width {width}: {} deleted spaces, {} repairs, {} correct: precision {:.3}, recall {:.3}",
            s.deleted,
            s.proposed,
            s.correct,
            s.precision(),
            s.recall()
        );
        total.deleted += s.deleted;
        total.proposed += s.proposed;
        total.correct += s.correct;
    }
    println!(
        "all widths: precision {:.3}, recall {:.3} ({} deleted, {} repairs, {} correct)",
        total.precision(),
        total.recall(),
        total.deleted,
        total.proposed,
        total.correct
    );
    misses.sort();
    misses.dedup();
    wrong.sort();
    wrong.dedup();
    println!("missed ({}): {misses:?}", misses.len());
    println!("wrong ({}): {wrong:?}", wrong.len());
    assert!(
        total.precision() >= 0.95,
        "precision {:.3}",
        total.precision()
    );
    assert!(total.recall() >= 0.90, "recall {:.3}", total.recall());
}

#[test]
fn clean_text_gets_no_repair() {
    for name in ["000", "001", "002", "004"] {
        let doc = parse_checked(seed(name));
        let repairs: Vec<_> = doc.segments.iter().flat_map(|s| s.repairs.iter()).collect();
        assert!(repairs.is_empty(), "seed {name}: {repairs:?}");
    }
    let own = OWN_PARAGRAPHS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    let doc = parse_checked(&own);
    assert!(
        inserted_spaces(&doc).is_empty(),
        "{:?}",
        doc.segments[0].repairs
    );
}

#[test]
fn seed_003_glue_is_repaired() {
    let input = seed("003");
    let doc = parse_checked(input);
    let pairs: Vec<(&str, &str)> = doc.segments[0]
        .repairs
        .iter()
        .map(|r| (r.original.as_str(), r.replacement.as_str()))
        .collect();
    for expected in [
        ("duVietnam", "du Vietnam"),
        ("nationale(AN)", "nationale (AN)"),
        ("coopérationmultiforme", "coopération multiforme"),
        ("NursultanNazarbayev", "Nursultan Nazarbayev"),
        ("Vietnamprenait", "Vietnam prenait"),
        ("amistraditionnels", "amis traditionnels"),
        ("ANNguyen", "AN Nguyen"),
        ("derenforcer", "de renforcer"),
        ("demandéaux", "demandé aux"),
        ("économique,les", "économique, les"),
        ("défense,de", "défense, de"),
    ] {
        assert!(pairs.contains(&expected), "{expected:?} not in {pairs:?}");
    }
    // `Kazakhtan` is a typo, not glue; `n°230-KL/TW` is a code.
    assert!(pairs
        .iter()
        .all(|(o, _)| !o.contains("Kazakhtan") && !o.contains("230")));
}
