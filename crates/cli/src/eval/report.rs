//! Printing scores: a table for people, one JSON object for programs.

use super::gold::GoldEvent;
use super::score::{Accuracy, Counts, FileScore, Partial, Predicted, Totals};
use serde_json::{json, Value};
use std::fmt::Write;

/// Everything an evaluation run reports.
#[derive(Debug, Default)]
pub struct Report {
    /// The gold file, as given.
    pub gold_path: String,
    /// Summed scores.
    pub totals: Totals,
    /// Per-file scores (kept for `--verbose`).
    pub files: Vec<FileScore>,
    /// Gold files that were not among the inputs.
    pub missing: Vec<String>,
    /// Inputs without a gold record.
    pub unscored: Vec<String>,
    /// Inputs that failed (their gold events count as misses).
    pub failed: Vec<String>,
}

/// Precision, recall and F1; 0 when undefined.
pub fn prf(tp: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let p = ratio(tp, predicted);
    let r = ratio(tp, gold);
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Strict P/R/F1: strict matches over counted main-type predictions and gold events.
pub fn strict_prf(main: &Counts) -> (f64, f64, f64) {
    prf(main.strict, main.predicted(), main.gold())
}

fn lenient_prf(c: &Counts) -> (f64, f64, f64) {
    prf(c.tp, c.predicted(), c.gold())
}

fn accuracy(a: &Accuracy) -> String {
    if a.total == 0 {
        format!("   n/a ({}/{})", a.correct, a.total)
    } else {
        format!(
            "{:5.1}% ({}/{})",
            100.0 * a.correct as f64 / a.total as f64,
            a.correct,
            a.total
        )
    }
}

/// The human-readable report.
pub fn text(r: &Report, verbose: bool) -> String {
    let t = &r.totals;
    let main = t.main();
    let act = t.activity();
    let mut o = String::new();
    let _ = writeln!(o, "{} file(s) scored against {}\n", t.files, r.gold_path);
    let _ = writeln!(o, "{:<20} {:>6} {:>6} {:>6}", "", "P", "R", "F1");
    let (p, rr, f) = strict_prf(&main);
    let _ = writeln!(
        o,
        "{:<20} {p:>6.3} {rr:>6.3} {f:>6.3}   {} strict of {} predicted, {} gold",
        "strict (main types)",
        main.strict,
        main.predicted(),
        main.gold()
    );
    for (label, c) in [("main types", &main), ("ACTIVITY", &act)] {
        let (p, rr, f) = lenient_prf(c);
        let _ = writeln!(
            o,
            "{label:<20} {p:>6.3} {rr:>6.3} {f:>6.3}   tp {} fp {} fn {} neutral {}",
            c.tp, c.fp, c.fn_, c.neutral
        );
    }
    let _ = writeln!(
        o,
        "\n{:<12} {:>5} {:>5} {:>5} {:>5} {:>5} {:>7} {:>6} {:>6} {:>6} {:>6}",
        "type", "gold", "pred", "tp", "fp", "fn", "neutral", "strict", "P", "R", "F1"
    );
    for (ty, c) in &t.per_type {
        let (p, rr, f) = lenient_prf(c);
        let _ = writeln!(
            o,
            "{:<12} {:>5} {:>5} {:>5} {:>5} {:>5} {:>7} {:>6} {p:>6.3} {rr:>6.3} {f:>6.3}",
            ty.as_str(),
            c.gold(),
            c.predicted(),
            c.tp,
            c.fp,
            c.fn_,
            c.neutral,
            c.strict
        );
    }
    let _ = writeln!(o, "\nover {} matched main-type pairs:", t.status.total);
    let _ = writeln!(o, "  persons  {}", accuracy(&t.persons));
    let _ = writeln!(
        o,
        "  dates    {}   (pairs whose gold has a date)",
        accuracy(&t.dates)
    );
    let _ = writeln!(o, "  status   {}", accuracy(&t.status));
    let _ = writeln!(
        o,
        "dispatch dates  {}   (per file)",
        accuracy(&t.dispatch_dates)
    );
    if t.ignored > 0 {
        let _ = writeln!(
            o,
            "\n{} predicted event(s) of types not annotated were ignored",
            t.ignored
        );
    }
    for (label, list) in [
        ("failed inputs (gold events counted as misses)", &r.failed),
        ("inputs without gold (not scored)", &r.unscored),
        ("gold files not among the inputs", &r.missing),
    ] {
        if !list.is_empty() {
            let _ = writeln!(o, "\n{label}: {}", list.join(", "));
        }
    }
    if verbose {
        for f in &r.files {
            file_details(&mut o, f);
        }
    }
    o
}

fn gold_line(g: &GoldEvent) -> String {
    format!(
        "{:<10} {:<12} {} → {}  date {}  {}{}{}  ({})",
        g.kind.as_str(),
        g.countries.join(" "),
        g.source.join("; "),
        g.target.join("; "),
        g.date.as_deref().unwrap_or("-"),
        g.status,
        if g.optional { " optional" } else { "" },
        if g.background { " background" } else { "" },
        g.note.as_deref().unwrap_or("")
    )
}

fn pred_line(p: &Predicted) -> String {
    format!(
        "{:<10} {:<12} {} → {}  date {}  {}{}",
        p.kind.as_str(),
        p.countries.iter().cloned().collect::<Vec<_>>().join(" "),
        p.source.join("; "),
        p.target.join("; "),
        p.date.as_deref().unwrap_or("-"),
        p.status,
        if p.background { " background" } else { "" },
    )
}

fn partial_line(x: &Partial) -> String {
    let mut wrong = Vec::new();
    if !x.persons_ok {
        wrong.push(format!(
            "persons (gold {} | predicted {})",
            [x.gold.source.as_slice(), x.gold.target.as_slice()]
                .concat()
                .join("; "),
            [x.predicted.source.as_slice(), x.predicted.target.as_slice()]
                .concat()
                .join("; ")
        ));
    }
    if x.date_ok == Some(false) {
        wrong.push(format!(
            "date (gold {} | predicted {})",
            x.gold.date.as_deref().unwrap_or("-"),
            x.predicted.date.as_deref().unwrap_or("-")
        ));
    }
    if !x.status_ok {
        wrong.push(format!(
            "status (gold {} | predicted {})",
            x.gold.status, x.predicted.status
        ));
    }
    format!(
        "{:<10} {:<12} wrong: {}",
        x.gold.kind.as_str(),
        x.gold.countries.join(" "),
        wrong.join(", ")
    )
}

fn file_details(o: &mut String, f: &FileScore) {
    let mut c = Counts::default();
    for x in f.per_type.values() {
        c.add(x);
    }
    let _ = writeln!(
        o,
        "\n== {}: tp {} fp {} fn {} neutral {} strict {}",
        f.file, c.tp, c.fp, c.fn_, c.neutral, c.strict
    );
    for g in &f.misses {
        let _ = writeln!(o, "  MISS     {}", gold_line(g));
    }
    for p in &f.false_events {
        let _ = writeln!(o, "  FALSE    {}", pred_line(p));
        let _ = writeln!(o, "           « {} »", p.evidence);
    }
    for x in &f.partial {
        let _ = writeln!(o, "  PARTIAL  {}", partial_line(x));
    }
}

fn prf_json(c: &Counts) -> Value {
    let (p, r, f) = lenient_prf(c);
    json!({"precision": p, "recall": r, "f1": f,
           "tp": c.tp, "fp": c.fp, "fn": c.fn_, "neutral": c.neutral, "strict": c.strict})
}

fn acc_json(a: &Accuracy) -> Value {
    let value = if a.total == 0 {
        Value::Null
    } else {
        json!(a.correct as f64 / a.total as f64)
    };
    json!({"correct": a.correct, "total": a.total, "accuracy": value})
}

/// The machine-readable report: one JSON object.
pub fn json(r: &Report, verbose: bool) -> Value {
    let t = &r.totals;
    let main = t.main();
    let (sp, sr, sf) = strict_prf(&main);
    let per_type: serde_json::Map<String, Value> = t
        .per_type
        .iter()
        .map(|(k, c)| (k.as_str().to_string(), prf_json(c)))
        .collect();
    let mut v = json!({
        "gold": r.gold_path,
        "files_scored": t.files,
        "strict": {"precision": sp, "recall": sr, "f1": sf,
                   "matched": main.strict, "predicted": main.predicted(), "gold": main.gold()},
        "main": prf_json(&main),
        "activity": prf_json(&t.activity()),
        "per_type": per_type,
        "accuracy": {"pairs": t.status.total, "persons": acc_json(&t.persons),
                     "dates": acc_json(&t.dates), "status": acc_json(&t.status),
                     "dispatch_dates": acc_json(&t.dispatch_dates)},
        "ignored_predictions": t.ignored,
        "failed_inputs": r.failed,
        "unscored_inputs": r.unscored,
        "missing_files": r.missing,
    });
    if verbose {
        if let Some(obj) = v.as_object_mut() {
            obj.insert(
                "files".into(),
                serde_json::to_value(&r.files).unwrap_or(Value::Null),
            );
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use depeche_events::EventType;

    fn counts(tp: usize, fp: usize, fn_: usize, strict: usize) -> Counts {
        Counts {
            tp,
            fp,
            fn_,
            neutral: 0,
            strict,
        }
    }

    #[test]
    fn prf_values() {
        let (p, r, f) = prf(3, 4, 6);
        assert!((p - 0.75).abs() < 1e-12);
        assert!((r - 0.5).abs() < 1e-12);
        assert!((f - 0.6).abs() < 1e-12);
        assert_eq!(prf(0, 0, 0), (0.0, 0.0, 0.0));
        assert_eq!(prf(0, 5, 0), (0.0, 0.0, 0.0));
    }

    #[test]
    fn strict_uses_strict_matches_over_counted_events() {
        let c = counts(4, 1, 3, 2);
        let (p, r, _) = strict_prf(&c);
        assert!((p - 2.0 / 5.0).abs() < 1e-12);
        assert!((r - 2.0 / 7.0).abs() < 1e-12);
    }

    fn report() -> Report {
        let mut t = Totals {
            files: 2,
            ..Totals::default()
        };
        t.per_type.insert(EventType::Visit, counts(2, 0, 1, 1));
        t.per_type.insert(EventType::Meeting, counts(1, 1, 0, 1));
        t.per_type.insert(EventType::Activity, counts(1, 2, 1, 0));
        t.status = Accuracy {
            correct: 2,
            total: 3,
        };
        t.persons = Accuracy {
            correct: 3,
            total: 3,
        };
        Report {
            gold_path: "gold.jsonl".into(),
            totals: t,
            missing: vec!["z.txt".into()],
            ..Report::default()
        }
    }

    #[test]
    fn json_report_has_all_figures() {
        let v = json(&report(), false);
        assert_eq!(v["files_scored"], 2);
        assert_eq!(v["strict"]["matched"], 2);
        assert_eq!(v["strict"]["predicted"], 4);
        assert_eq!(v["strict"]["gold"], 4);
        assert_eq!(v["strict"]["precision"], 0.5);
        assert_eq!(v["main"]["tp"], 3);
        assert_eq!(v["main"]["precision"], 0.75);
        assert_eq!(v["activity"]["fp"], 2);
        assert_eq!(v["per_type"]["VISIT"]["fn"], 1);
        assert_eq!(v["accuracy"]["pairs"], 3);
        assert_eq!(v["accuracy"]["persons"]["accuracy"], 1.0);
        assert_eq!(v["accuracy"]["dates"]["accuracy"], Value::Null);
        assert_eq!(v["missing_files"][0], "z.txt");
        assert!(v.get("files").is_none());
        assert!(json(&report(), true).get("files").is_some());
    }

    #[test]
    fn text_report_lines() {
        let s = text(&report(), false);
        assert!(
            s.contains(
                "strict (main types)   0.500  0.500  0.500   2 strict of 4 predicted, 4 gold"
            ),
            "{s}"
        );
        assert!(
            s.contains("main types            0.750  0.750  0.750   tp 3 fp 1 fn 1 neutral 0"),
            "{s}"
        );
        assert!(
            s.contains("ACTIVITY              0.333  0.500  0.400"),
            "{s}"
        );
        assert!(s.contains("  persons  100.0% (3/3)"), "{s}");
        assert!(s.contains("  dates       n/a (0/0)"), "{s}");
        assert!(s.contains("gold files not among the inputs: z.txt"), "{s}");
    }
}
