//! Scoring on hand-made gold records and predictions.

use super::*;
use crate::eval::gold::parse;
use depeche_events::EventType::{Activity, Agreement, Intent, Invitation, Meeting, Visit};

fn gold(json: &str) -> GoldFile {
    parse(json, "test")
        .expect("gold parses")
        .into_iter()
        .next()
        .expect("one record")
}

fn pred(
    kind: EventType,
    countries: &[&str],
    names: &[&str],
    status: &str,
    date: Option<&str>,
) -> Predicted {
    Predicted {
        kind,
        status: status.into(),
        background: false,
        countries: countries.iter().map(|s| s.to_string()).collect(),
        source: names.iter().take(1).map(|s| s.to_string()).collect(),
        target: names.iter().skip(1).map(|s| s.to_string()).collect(),
        names: names.iter().map(|s| s.to_string()).collect(),
        date: date.map(Into::into),
        evidence: format!("evidence of {kind:?}"),
    }
}

const PERSONS: &str = r#""persons": [
    {"name": "Tô Lâm", "country": "VNM", "aliases": ["To Lam"]},
    {"name": "Kassym-Jomart Tokaïev", "country": "KAZ", "aliases": ["Kassym-Jomart Tokayev"]},
    {"name": "Maulen Ashimbayev", "country": "KAZ", "aliases": []}]"#;

fn one_line(s: &str) -> String {
    s.replace('\n', " ")
}

fn file_with(events: &str, types: &str) -> GoldFile {
    gold(&one_line(&format!(
        r#"{{"file": "f.txt", "dispatch_date": "2025-05", "annotated_types": [{types}], {PERSONS}, "events": [{events}]}}"#
    )))
}

const ALL: &str = r#""VISIT", "MEETING", "AGREEMENT", "AWARD", "INVITATION", "ACTIVITY""#;

fn ev(kind: &str, src: &str, tgt: &str, countries: &str, date: &str, extra: &str) -> String {
    format!(
        r#"{{"type": "{kind}", "status": "occurred", "source": [{src}], "target": [{tgt}], "countries": [{countries}], "location": "KAZ", "date": {date}, "optional": false, "background": false, "note": "n"{extra}}}"#
    )
}

#[test]
fn exact_match_is_a_strict_hit() {
    let g = file_with(
        &ev(
            "MEETING",
            r#""Tô Lâm""#,
            r#""Kassym-Jomart Tokaïev""#,
            r#""KAZ", "VNM""#,
            r#""2025-05""#,
            "",
        ),
        ALL,
    );
    let p = pred(
        Meeting,
        &["VNM", "KAZ"],
        &["To Lam", "Tokayev"],
        "occurred",
        Some("2025-05"),
    );
    let s = score_file(&g, &[p]);
    let c = s.per_type[&Meeting];
    assert_eq!((c.tp, c.fp, c.fn_, c.neutral, c.strict), (1, 0, 0, 0, 1));
    assert_eq!(
        s.persons,
        Accuracy {
            correct: 1,
            total: 1
        }
    );
    assert_eq!(
        s.dates,
        Accuracy {
            correct: 1,
            total: 1
        }
    );
    assert_eq!(
        s.status,
        Accuracy {
            correct: 1,
            total: 1
        }
    );
    assert!(s.misses.is_empty() && s.false_events.is_empty() && s.partial.is_empty());
    // Every annotated type has a row, even when empty.
    assert_eq!(s.per_type.len(), 6);
}

#[test]
fn countries_must_be_the_same_set() {
    let g = file_with(
        &ev(
            "MEETING",
            r#""Tô Lâm""#,
            r#""Kassym-Jomart Tokaïev""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        ),
        ALL,
    );
    // A third country (say, the location guessed wrong) breaks the match.
    let p = pred(
        Meeting,
        &["VNM", "KAZ", "RUS"],
        &["Tô Lâm", "Tokaïev"],
        "occurred",
        None,
    );
    let s = score_file(&g, &[p]);
    let c = s.per_type[&Meeting];
    assert_eq!((c.tp, c.fp, c.fn_), (0, 1, 1));
    assert_eq!(s.misses.len(), 1);
    assert_eq!(s.false_events.len(), 1);
    // Same countries, another type: no match either.
    let p = pred(Visit, &["VNM", "KAZ"], &["Tô Lâm"], "occurred", None);
    let s = score_file(&g, &[p]);
    assert_eq!(s.per_type[&Visit].fp, 1);
    assert_eq!(s.per_type[&Meeting].fn_, 1);
}

#[test]
fn matching_is_one_to_one() {
    let g = file_with(
        &ev(
            "AGREEMENT",
            r#""VNM""#,
            r#""KAZ""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        ),
        ALL,
    );
    let p = pred(
        Agreement,
        &["VNM", "KAZ"],
        &["Vietnam", "Kazakhstan"],
        "occurred",
        None,
    );
    let s = score_file(&g, &[p.clone(), p]);
    let c = s.per_type[&Agreement];
    assert_eq!((c.tp, c.fp, c.fn_, c.strict), (1, 1, 0, 1));
}

#[test]
fn prefers_the_candidate_whose_persons_agree() {
    let events = [
        ev(
            "MEETING",
            r#""Tô Lâm""#,
            r#""Kassym-Jomart Tokaïev""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        ),
        ev(
            "MEETING",
            r#""Tô Lâm""#,
            r#""Maulen Ashimbayev""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        ),
    ]
    .join(", ");
    let g = file_with(&events, ALL);
    // In input order the first prediction would take the first gold event
    // if persons were not preferred, and both pairs would be wrong.
    let preds = [
        pred(
            Meeting,
            &["VNM", "KAZ"],
            &["Tô Lâm", "Maulen Ashimbayev"],
            "occurred",
            None,
        ),
        pred(
            Meeting,
            &["VNM", "KAZ"],
            &["Tô Lâm", "Kassym-Jomart Tokaïev"],
            "occurred",
            None,
        ),
    ];
    let s = score_file(&g, &preds);
    let c = s.per_type[&Meeting];
    assert_eq!((c.tp, c.strict), (2, 2));
    assert_eq!(
        s.persons,
        Accuracy {
            correct: 2,
            total: 2
        }
    );
    // No date in the gold: not counted in date accuracy.
    assert_eq!(s.dates.total, 0);
}

#[test]
fn optional_and_background_gold_count_neither_way() {
    let events = [
        ev(
            "INVITATION",
            r#""Tô Lâm""#,
            r#""Kassym-Jomart Tokaïev""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        )
        .replace(r#""optional": false"#, r#""optional": true"#),
        ev(
            "VISIT",
            r#""Tô Lâm""#,
            r#""KAZ""#,
            r#""KAZ", "VNM""#,
            r#""2023""#,
            "",
        )
        .replace(r#""background": false"#, r#""background": true"#),
        ev(
            "MEETING",
            r#""Tô Lâm""#,
            r#""Kassym-Jomart Tokaïev""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        )
        .replace(r#""optional": false"#, r#""optional": true"#),
    ]
    .join(", ");
    let g = file_with(&events, ALL);
    // Matched optional INVITATION and background VISIT; the optional MEETING
    // is not predicted, which is not a miss.
    let preds = [
        pred(
            Visit,
            &["VNM", "KAZ"],
            &["Tô Lâm"],
            "occurred",
            Some("2025-05"),
        ),
        pred(
            Invitation,
            &["VNM", "KAZ"],
            &["Tokaïev", "Tô Lâm"],
            "occurred",
            None,
        ),
    ];
    let s = score_file(&g, &preds);
    for t in [Visit, Invitation, Meeting] {
        let c = s.per_type[&t];
        assert_eq!((c.tp, c.fp, c.fn_), (0, 0, 0), "{t:?}");
    }
    assert_eq!(s.per_type[&Visit].neutral, 1);
    assert_eq!(s.per_type[&Invitation].neutral, 1);
    assert!(s.misses.is_empty() && s.false_events.is_empty());
    // Neutral pairs are not in the accuracies.
    assert_eq!(s.status.total, 0);
}

#[test]
fn predicted_background_goes_to_gold_background() {
    let events = [
        ev(
            "VISIT",
            r#""Tô Lâm""#,
            r#""KAZ""#,
            r#""KAZ", "VNM""#,
            r#""2025-05""#,
            "",
        ),
        ev(
            "VISIT",
            r#""Tô Lâm""#,
            r#""KAZ""#,
            r#""KAZ", "VNM""#,
            r#""2023""#,
            "",
        )
        .replace(r#""background": false"#, r#""background": true"#),
    ]
    .join(", ");
    let g = file_with(&events, ALL);
    let mut old = pred(
        Visit,
        &["VNM", "KAZ"],
        &["Tô Lâm"],
        "occurred",
        Some("2023"),
    );
    old.background = true;
    let now = pred(
        Visit,
        &["VNM", "KAZ"],
        &["Tô Lâm"],
        "occurred",
        Some("2025-05"),
    );
    // The background prediction comes first and would otherwise take the
    // counted gold event.
    let s = score_file(&g, &[old.clone(), now]);
    let c = s.per_type[&Visit];
    assert_eq!((c.tp, c.fp, c.fn_, c.neutral, c.strict), (1, 0, 0, 1, 1));
    // Alone, a background prediction is like any other: it may hit the counted event.
    let g1 = file_with(
        &ev(
            "VISIT",
            r#""Tô Lâm""#,
            r#""KAZ""#,
            r#""KAZ", "VNM""#,
            r#""2025-05""#,
            "",
        ),
        ALL,
    );
    let s = score_file(&g1, &[old]);
    let c = s.per_type[&Visit];
    assert_eq!((c.tp, c.fp, c.fn_, c.strict), (1, 0, 0, 0));
    assert_eq!(
        s.dates,
        Accuracy {
            correct: 0,
            total: 1
        }
    );
}

#[test]
fn unannotated_types_are_ignored() {
    let g = file_with(
        &ev(
            "VISIT",
            r#""Tô Lâm""#,
            r#""KAZ""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        ),
        r#""VISIT", "MEETING""#,
    );
    let preds = [
        pred(Intent, &["VNM", "KAZ"], &["Tô Lâm"], "occurred", None),
        pred(Activity, &["KAZ", "VNM"], &["Tô Lâm"], "occurred", None),
        pred(Visit, &["KAZ", "VNM"], &["Tô Lâm"], "occurred", None),
    ];
    let s = score_file(&g, &preds);
    assert_eq!(s.ignored, 2);
    assert!(!s.per_type.contains_key(&Activity));
    assert!(!s.per_type.contains_key(&Intent));
    assert!(s.false_events.is_empty());
    assert_eq!(s.per_type[&Visit].strict, 1);
}

#[test]
fn wrong_status_date_or_persons_is_lenient_but_not_strict() {
    let events = [
        ev(
            "VISIT",
            r#""Tô Lâm""#,
            r#""KAZ""#,
            r#""KAZ", "VNM""#,
            r#""2025-05""#,
            "",
        ),
        ev(
            "MEETING",
            r#""Tô Lâm""#,
            r#""Maulen Ashimbayev""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        ),
        ev(
            "AGREEMENT",
            r#""VNM""#,
            r#""KAZ""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        ),
    ]
    .join(", ");
    let g = file_with(&events, ALL);
    let preds = [
        pred(
            Visit,
            &["VNM", "KAZ"],
            &["Tô Lâm"],
            "planned",
            Some("2025-05"),
        ),
        // Group and country gold actors are not persons; the person is missing.
        pred(
            Meeting,
            &["VNM", "KAZ"],
            &["Tô Lâm", "le président du Sénat"],
            "occurred",
            None,
        ),
        pred(Agreement, &["VNM", "KAZ"], &[], "occurred", Some("2025-05")),
    ];
    let s = score_file(&g, &preds);
    let strict: usize = s.per_type.values().map(|c| c.strict).sum();
    let tp: usize = s.per_type.values().map(|c| c.tp).sum();
    assert_eq!((tp, strict), (3, 1));
    assert_eq!(
        s.status,
        Accuracy {
            correct: 2,
            total: 3
        }
    );
    assert_eq!(
        s.persons,
        Accuracy {
            correct: 2,
            total: 3
        }
    );
    assert_eq!(
        s.dates,
        Accuracy {
            correct: 1,
            total: 1
        }
    );
    assert_eq!(s.partial.len(), 2);
    assert!(!s.partial[0].status_ok || !s.partial[1].status_ok);
}

#[test]
fn totals_sum_files_and_split_main_from_activity() {
    let events = [
        ev(
            "VISIT",
            r#""Tô Lâm""#,
            r#""KAZ""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        ),
        ev("ACTIVITY", r#""Tô Lâm""#, "", r#""KAZ", "VNM""#, "null", ""),
        ev(
            "MEETING",
            r#""Tô Lâm""#,
            r#""Maulen Ashimbayev""#,
            r#""KAZ", "VNM""#,
            "null",
            "",
        ),
    ]
    .join(", ");
    let g = file_with(&events, ALL);
    let preds = [
        pred(Visit, &["VNM", "KAZ"], &["Tô Lâm"], "occurred", None),
        pred(Activity, &["VNM", "KAZ"], &["Tô Lâm"], "occurred", None),
        pred(Activity, &["VNM", "KAZ"], &["Tô Lâm"], "occurred", None),
        pred(Agreement, &["VNM"], &[], "occurred", None),
    ];
    let mut t = Totals::default();
    t.add(&score_file(&g, &preds));
    t.add(&score_file(&g, &[]));
    assert_eq!(t.files, 2);
    let m = t.main();
    assert_eq!((m.tp, m.fp, m.fn_, m.strict), (1, 1, 3, 1));
    assert_eq!(m.predicted(), 2);
    assert_eq!(m.gold(), 4);
    let a = t.activity();
    assert_eq!((a.tp, a.fp, a.fn_), (1, 1, 1));
}

#[test]
fn predicted_from_event_collects_countries_and_names() {
    let e = depeche_output::sample::event();
    let p = Predicted::from_event(&e);
    assert_eq!(p.kind, Visit);
    assert_eq!(
        p.countries.iter().map(String::as_str).collect::<Vec<_>>(),
        vec!["KAZ", "VNM"]
    );
    assert!(p.names.iter().any(|n| n == "son épouse"));
    assert_eq!(p.source, vec!["Tô Lâm", "son épouse"]);
    assert_eq!(p.target, vec!["Kazakhstan"]);
    assert_eq!(p.date.as_deref(), Some("2025-05"));
    assert_eq!(p.status, "occurred");
}

#[test]
fn dispatch_dates_compare_whole_strings() {
    let g = file_with("", ALL);
    let mut s = score_file(&g, &[]);
    score_dispatch_date(&mut s, &g, Some("2025-05"));
    score_dispatch_date(&mut s, &g, Some("2025-05-01"));
    score_dispatch_date(&mut s, &g, None);
    assert_eq!(
        s.dispatch_date,
        Accuracy {
            correct: 1,
            total: 3
        }
    );
    let mut t = Totals::default();
    t.add(&s);
    assert_eq!(
        t.dispatch_dates,
        Accuracy {
            correct: 1,
            total: 3
        }
    );
}

#[test]
fn a_dated_prediction_goes_to_the_gold_event_with_that_date() {
    // Two gold meetings of the same dyad: one undated, one dated. The dated
    // prediction must take the dated one, leaving the undated one to the
    // undated prediction — both strict.
    let undated = ev(
        "MEETING",
        r#""Tô Lâm""#,
        r#""KAZ""#,
        r#""KAZ", "VNM""#,
        "null",
        "",
    );
    let dated = ev(
        "MEETING",
        r#""Tô Lâm""#,
        r#""KAZ""#,
        r#""KAZ", "VNM""#,
        r#""2025-05-12""#,
        "",
    );
    let g = file_with(&format!("{undated}, {dated}"), ALL);
    let with_date = pred(
        Meeting,
        &["VNM", "KAZ"],
        &["To Lam"],
        "occurred",
        Some("2025-05-12"),
    );
    let without = pred(Meeting, &["VNM", "KAZ"], &["To Lam"], "occurred", None);
    let s = score_file(&g, &[with_date, without]);
    let c = s.per_type[&Meeting];
    assert_eq!((c.tp, c.strict), (2, 2), "{s:#?}");
}
