//! End-to-end tests of the `depeche` binary on the seed fixtures and on
//! small corpora built in temporary folders.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const SEED_NAMES: [&str; 5] = [
    "000_ce7cb7c1a078b6f9.txt",
    "001_a1c08a7234309de3.txt",
    "002_736024ccf3c9f9dd.txt",
    "003_937202ceb36cd35a.txt",
    "004_e52cb4cd3b8fc08c.txt",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seeds() -> PathBuf {
    root().join("fixtures/seeds")
}

fn seeds_gold() -> PathBuf {
    root().join("fixtures/gold/seeds.jsonl")
}

/// A fresh, empty folder under the system temp dir.
fn temp_dir(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!(
        "depeche-cli-test-{tag}-{}-{nanos}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

fn depeche(args: &[&str]) -> Output {
    depeche_stdin(args, None)
}

fn depeche_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(args)
        .current_dir(root())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run depeche");
    if let (Some(bytes), Some(mut pipe)) = (stdin, child.stdin.take()) {
        // A command that fails before reading closes the pipe early; its
        // exit status is what the test checks.
        let _ = pipe.write_all(bytes);
    }
    child.wait_with_output().expect("wait for depeche")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn json_lines(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn p(path: &Path) -> String {
    path.display().to_string()
}

/// Checks the shape of a good document line (docs/OUTPUT.md), and that every
/// span slices the input to its text.
fn check_document(line: &Value, input: &str) {
    let segments = line["segments"].as_array().expect("segments array");
    for seg in segments {
        assert!(seg["dispatch"].is_object());
        assert!(seg["mentions"].is_array());
        let d = &seg["dispatch"];
        let pieces = std::iter::once(&d["title"])
            .chain(d["paragraphs"].as_array().into_iter().flatten())
            .filter(|p| !p.is_null());
        for piece in pieces {
            assert_span(input, &piece["span"], piece["text"].as_str());
        }
        // A related link's text is the headline without its `>>` marker.
        for r in d["related"].as_array().into_iter().flatten() {
            let text = r["text"].as_str().expect("related text");
            assert!(slice(input, &r["span"]).contains(text), "related {text}");
        }
        for m in seg["mentions"].as_array().into_iter().flatten() {
            assert_span(input, &m["span"], m["text"].as_str());
        }
        for e in seg["events"].as_array().expect("events array") {
            for key in [
                "type",
                "status",
                "background",
                "actors",
                "date",
                "evidence",
                "rule",
            ] {
                assert!(e.get(key).is_some(), "event lacks {key}: {e}");
            }
            for ev in e["evidence"].as_array().expect("evidence") {
                assert_span_loose(input, &ev["span"], ev["text"].as_str());
            }
            for a in e["actors"].as_array().expect("actors") {
                if !a["span"].is_null() {
                    assert_span_loose(input, &a["span"], a["text"].as_str());
                }
            }
        }
    }
}

fn slice<'a>(input: &'a str, span: &Value) -> &'a str {
    let s = span[0].as_u64().expect("start") as usize;
    let e = span[1].as_u64().expect("end") as usize;
    input.get(s..e).expect("span slices valid UTF-8")
}

fn assert_span(input: &str, span: &Value, text: Option<&str>) {
    let sliced = slice(input, span);
    if let Some(t) = text {
        assert_eq!(sliced, t, "span text");
    }
}

/// Evidence and actor texts may come from the repaired view, where glued
/// words were split (`duVietnam` → `du Vietnam`): equal up to whitespace.
fn assert_span_loose(input: &str, span: &Value, text: Option<&str>) {
    let sliced = slice(input, span);
    if let Some(t) = text {
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(squeeze(sliced), squeeze(t), "span text up to whitespace");
    }
}

#[test]
fn extract_folder_gives_one_line_per_seed_in_path_order() {
    let o = depeche(&["extract", "fixtures/seeds"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 5);
    for (line, name) in lines.iter().zip(SEED_NAMES) {
        assert_eq!(line["source"], format!("fixtures/seeds/{name}"));
        assert!(line.get("error").is_none());
        let input = std::fs::read_to_string(seeds().join(name)).expect("seed");
        check_document(line, &input);
    }
}

#[test]
fn job_count_does_not_change_the_output() {
    let one = depeche(&["extract", "--jobs", "1", "fixtures/seeds", "fixtures/seeds"]);
    let two = depeche(&["extract", "-j", "2", "fixtures/seeds", "fixtures/seeds"]);
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(stdout(&one).lines().count(), 10);
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn stdin_is_read_with_dash_and_by_default() {
    let input = std::fs::read(seeds().join(SEED_NAMES[0])).expect("seed");
    for args in [&["extract", "-"][..], &["extract"][..]] {
        let o = depeche_stdin(args, Some(&input));
        assert_eq!(o.status.code(), Some(0));
        let lines = json_lines(&o);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0]["source"], "-");
        check_document(&lines[0], &String::from_utf8_lossy(&input));
    }
    // Standard input cannot be read twice.
    let o = depeche_stdin(&["extract", "-", "-"], Some(b"x"));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_bad_file_among_good_ones_gives_an_error_record_and_status_1() {
    let dir = temp_dir("bad-file");
    for name in &SEED_NAMES[..4] {
        std::fs::copy(seeds().join(name), dir.join(name)).expect("copy seed");
    }
    // Latin-1 "é" (0xE9) where UTF-8 is expected, at byte 8.
    std::fs::write(dir.join("002b_latin1.txt"), b"Hanoi - \xe9t\xe9 2025").expect("write");
    let o = depeche(&["extract", &p(&dir)]);
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 5);
    let sources: Vec<String> = lines
        .iter()
        .map(|l| l["source"].as_str().expect("source").to_string())
        .collect();
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted, "folder order is path order");
    let errors: Vec<&Value> = lines.iter().filter(|l| l.get("error").is_some()).collect();
    assert_eq!(errors.len(), 1);
    let err = &errors[0];
    assert_eq!(err["source"], p(&dir.join("002b_latin1.txt")));
    assert_eq!(err["error"]["kind"], "invalid_utf8");
    assert_eq!(err["error"]["offset"], 8);
    assert!(err["error"]["message"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));
    assert_eq!(
        lines.iter().filter(|l| l.get("segments").is_some()).count(),
        4
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_document_over_the_size_limit_is_an_error_record_and_the_run_goes_on() {
    let dir = temp_dir("too-large");
    let small = "Hanoï, 3 mars (VNA) - Le président a reçu l'ambassadeur du Japon.\n";
    let large = small.repeat(40);
    std::fs::write(dir.join("a_small.txt"), small).expect("write");
    std::fs::write(dir.join("b_large.txt"), &large).expect("write");
    std::fs::write(dir.join("c_small.txt"), small).expect("write");
    let o = depeche(&["extract", "--max-doc-bytes", "1KiB", &p(&dir)]);
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3, "one line per document");
    assert!(lines[0].get("segments").is_some());
    assert!(lines[2].get("segments").is_some());
    assert_eq!(lines[1]["error"]["kind"], "too_large");
    assert_eq!(lines[1]["error"]["offset"], 1024);
    // The default limit (16 MiB) lets the same document through.
    let o = depeche(&["extract", &p(&dir.join("b_large.txt"))]);
    assert_eq!(o.status.code(), Some(0));
    let bad = depeche(&["extract", "--max-doc-bytes", "12 parsecs", &p(&dir)]);
    assert_eq!(bad.status.code(), Some(2), "a bad size is a usage error");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn missing_input_is_an_error_record_not_a_lost_line() {
    let o = depeche(&[
        "extract",
        "fixtures/seeds/000_ce7cb7c1a078b6f9.txt",
        "no/such/file.txt",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["source"], "no/such/file.txt");
    assert_eq!(lines[1]["error"]["kind"], "not_found");
    assert_eq!(lines[1]["error"]["offset"], Value::Null);
}

#[test]
fn glob_selects_files_in_folders() {
    let dir = temp_dir("glob");
    std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
    std::fs::copy(seeds().join(SEED_NAMES[1]), dir.join("sub/a.fr.txt")).expect("copy");
    std::fs::copy(seeds().join(SEED_NAMES[2]), dir.join("b.txt")).expect("copy");
    std::fs::write(dir.join("notes.md"), "pas une dépêche").expect("write");
    let all = depeche(&["extract", &p(&dir)]);
    assert_eq!(json_lines(&all).len(), 2);
    let fr = depeche(&["extract", "--glob", "*.fr.txt", &p(&dir)]);
    let lines = json_lines(&fr);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["source"], p(&dir.join("sub").join("a.fr.txt")));
    let bad = depeche(&["extract", "--glob", "[abc", &p(&dir)]);
    assert_eq!(bad.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn pretty_output_is_the_same_json() {
    let one = depeche(&["extract", "fixtures/seeds/002_736024ccf3c9f9dd.txt"]);
    let pretty = depeche(&[
        "extract",
        "--pretty",
        "fixtures/seeds/002_736024ccf3c9f9dd.txt",
    ]);
    let a: Value = serde_json::from_slice(&one.stdout).expect("json");
    let b: Value = serde_json::from_slice(&pretty.stdout).expect("pretty json");
    assert_eq!(a, b);
    assert!(stdout(&pretty).lines().count() > 1);
}

#[test]
fn tsv_has_a_header_and_the_same_columns_on_every_row() {
    let o = depeche(&["extract", "--format", "tsv", "fixtures/seeds"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().expect("header").split('\t').collect();
    assert_eq!(
        header,
        [
            "date",
            "source_actor",
            "source_country",
            "event_type",
            "cameo",
            "plover",
            "target_actor",
            "target_country",
            "location",
            "status",
            "background",
            "file",
            "evidence"
        ]
    );
    for row in lines {
        let cols: Vec<&str> = row.split('\t').collect();
        assert_eq!(cols.len(), header.len(), "row: {row}");
        assert!(cols[11].starts_with("fixtures/seeds/"));
        assert!(["occurred", "ongoing", "planned", "proposed"].contains(&cols[9]));
    }
}

#[test]
fn tsv_and_plover_report_failures_on_stderr() {
    let dir = temp_dir("tsv-bad");
    std::fs::write(dir.join("bad.txt"), b"\xff").expect("write");
    for format in ["tsv", "plover"] {
        let o = depeche(&["extract", "--format", format, &p(&dir)]);
        assert_eq!(o.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&o.stderr).contains("bad.txt"));
        assert!(!stdout(&o).contains("bad.txt"));
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn plover_records_have_the_polecat_fields() {
    let o = depeche(&["extract", "--format", "plover", "fixtures/seeds"]);
    assert_eq!(o.status.code(), Some(0));
    let mut ids = std::collections::HashSet::new();
    for r in json_lines(&o) {
        for key in [
            "id",
            "date",
            "actor",
            "recipient",
            "event",
            "mode",
            "context",
            "event_loc",
            "event_text",
            "cameo",
            "status",
            "source_file",
        ] {
            assert!(r.get(key).is_some(), "record lacks {key}: {r}");
        }
        assert!(
            ids.insert(r["id"].as_str().expect("id").to_string()),
            "ids are unique"
        );
    }
}

#[test]
fn eval_on_the_seeds_prints_scores() {
    let gold = p(&seeds_gold());
    let o = depeche(&["eval", "--gold", &gold, "fixtures/seeds"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = stdout(&o);
    assert!(text.contains("5 file(s) scored"), "{text}");
    for label in [
        "strict (main types)",
        "main types",
        "ACTIVITY",
        "persons",
        "dates",
        "status",
    ] {
        assert!(text.contains(label), "missing {label}: {text}");
    }
    let o = depeche(&["eval", "--json", "--gold", &gold, "fixtures/seeds"]);
    assert_eq!(o.status.code(), Some(0));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 1, "one JSON object");
    let v = &lines[0];
    assert_eq!(v["files_scored"], 5);
    // Gold-determined: the counted main-type events of the seed gold.
    let gold_main = gold_main_events(&seeds_gold());
    assert_eq!(v["strict"]["gold"], gold_main);
    assert_eq!(
        v["main"]["tp"].as_u64().unwrap_or(0) + v["main"]["fn"].as_u64().unwrap_or(0),
        gold_main
    );
    for key in ["precision", "recall", "f1"] {
        let x = v["strict"][key].as_f64().expect("number");
        assert!((0.0..=1.0).contains(&x));
    }
    assert!(v["per_type"]["MEETING"].is_object());
    assert!(v["accuracy"]["persons"].is_object());
    assert_eq!(v["missing_files"], serde_json::json!([]));
}

/// Counted (not optional, not background) main-type events in a gold file.
fn gold_main_events(path: &Path) -> u64 {
    let text = std::fs::read_to_string(path).expect("gold");
    let main = ["VISIT", "MEETING", "AGREEMENT", "AWARD", "INVITATION"];
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .flat_map(|l| {
            let v: Value = serde_json::from_str(l).expect("gold json");
            v["events"].as_array().cloned().unwrap_or_default()
        })
        .filter(|e| {
            main.contains(&e["type"].as_str().unwrap_or(""))
                && e["optional"] != Value::Bool(true)
                && e["background"] != Value::Bool(true)
        })
        .count() as u64
}

#[test]
fn eval_warns_about_gold_files_missing_from_inputs() {
    let dir = temp_dir("eval-missing");
    let gold = dir.join("gold.jsonl");
    let record = |file: &str| {
        format!(
            r#"{{"file": "{file}", "dispatch_date": null, "annotated_types": ["VISIT", "MEETING"], "persons": [], "events": [{{"type": "VISIT", "status": "occurred", "source": ["VNM"], "target": ["ZZZ"], "countries": ["VNM", "ZZZ"], "location": "ZZZ", "date": null, "optional": false, "background": false, "note": "no such visit"}}]}}"#
        )
    };
    std::fs::write(
        &gold,
        format!("{}\n{}\n", record(SEED_NAMES[2]), record("absent.txt")),
    )
    .expect("write gold");
    let o = depeche(&[
        "eval",
        "--json",
        "--verbose",
        "--gold",
        &p(&gold),
        "fixtures/seeds",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("absent.txt"), "{stderr}");
    let v = &json_lines(&o)[0];
    assert_eq!(v["files_scored"], 1);
    assert_eq!(v["missing_files"], serde_json::json!(["absent.txt"]));
    assert_eq!(v["unscored_inputs"].as_array().map(Vec::len), Some(4));
    // No event of the seeds involves the made-up country ZZZ.
    assert_eq!(v["strict"]["gold"], 1);
    assert_eq!(v["main"]["fn"], 1);
    assert_eq!(v["files"][0]["misses"][0]["note"], "no such visit");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_of_saved_predictions_equals_eval_of_the_inputs() {
    let dir = temp_dir("eval-saved");
    let saved = dir.join("out.jsonl");
    let o = depeche(&["extract", "fixtures/seeds"]);
    assert_eq!(o.status.code(), Some(0));
    std::fs::write(&saved, &o.stdout).expect("write predictions");
    let gold = p(&seeds_gold());
    let direct = depeche(&[
        "eval",
        "--json",
        "--verbose",
        "--gold",
        &gold,
        "fixtures/seeds",
    ]);
    let from_file = depeche(&[
        "eval",
        "--json",
        "--verbose",
        "--gold",
        &gold,
        "--predictions",
        &p(&saved),
    ]);
    assert_eq!(from_file.status.code(), Some(0));
    assert_eq!(json_lines(&direct), json_lines(&from_file));
    // Inputs and saved predictions are exclusive.
    let both = depeche(&[
        "eval",
        "--gold",
        &gold,
        "--predictions",
        &p(&saved),
        "fixtures/seeds",
    ]);
    assert_eq!(both.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_usage_errors_exit_2() {
    let o = depeche(&["eval", "--gold", "no/such/gold.jsonl", "fixtures/seeds"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/gold.jsonl"));
    let dir = temp_dir("eval-bad-gold");
    let gold = dir.join("gold.jsonl");
    std::fs::write(
        &gold,
        "{\"file\": \"a.txt\", \"annotated_types\": []}\nnot json\n",
    )
    .expect("write");
    let o = depeche(&["eval", "--gold", &p(&gold), "fixtures/seeds"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("gold.jsonl:2:"));
    let o = depeche(&["eval", "fixtures/seeds"]);
    assert_eq!(o.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn names_json_has_every_field() {
    let o = depeche(&[
        "names",
        "--json",
        "Kassym-Jomart Tokaïev",
        "Zzyzx Qwertyuiop",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 2);
    for l in &lines {
        for key in [
            "name",
            "key",
            "entity",
            "canonical",
            "kind",
            "country",
            "method",
        ] {
            assert!(l.get(key).is_some(), "lacks {key}: {l}");
        }
        assert!(l["key"].as_str().is_some_and(|k| !k.is_empty()));
    }
    assert_eq!(lines[0]["name"], "Kassym-Jomart Tokaïev");
    // The registry's id for this person.
    assert_eq!(lines[0]["entity"], "kassym-jomart-tokayev");
    assert_eq!(lines[0]["kind"], "person");
    assert_eq!(lines[0]["country"], "KAZ");
    assert_eq!(lines[1]["method"], "unresolved");
    assert_eq!(lines[1]["entity"], Value::Null);

    let o = depeche_stdin(
        &["names", "--json", "-"],
        Some("Tô Lâm\n\nTo Lam\n".as_bytes()),
    );
    assert_eq!(o.status.code(), Some(0));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 2, "blank lines are skipped");
    assert_eq!(lines[1]["name"], "To Lam");

    let o = depeche(&["names", "Tô Lâm"]);
    assert!(stdout(&o).contains("key"));
    assert!(stdout(&o).contains("method"));
}

#[test]
fn registry_files_extend_the_registry_and_bad_lines_are_usage_errors() {
    let dir = temp_dir("registry");
    let good = dir.join("people.tsv");
    std::fs::write(
        &good,
        "id\tkind\tname\tcountry\taliases\nanna-vortelli\tperson\tAnna Vortelli\tITA\tA. Vortelli\n",
    )
    .expect("write registry");
    let o = depeche(&["names", "--json", "--registry", &p(&good), "Vortelli Anna"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v = &json_lines(&o)[0];
    assert_eq!(v["entity"], "anna-vortelli");
    assert_eq!(v["canonical"], "Anna Vortelli");
    assert_eq!(v["country"], "ITA");
    assert_eq!(v["kind"], "person");
    let o = depeche(&["extract", "--registry", &p(&good), "fixtures/seeds"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(json_lines(&o).len(), 5);

    let bad = dir.join("bad.tsv");
    std::fs::write(
        &bad,
        "id\tkind\tname\tcountry\taliases\nok-person\tperson\tOk Person\tITA\t\nx\tnot-a-kind\tX\t\t\n",
    )
    .expect("write registry");
    let o = depeche(&[
        "extract",
        "--registry",
        &p(&good),
        "--registry",
        &p(&bad),
        "fixtures/seeds",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains(&format!("{}:3", p(&bad))), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["extract", "--format", "xml", "fixtures/seeds"][..],
        &["extract", "--jobs", "0", "fixtures/seeds"][..],
        &["extract", "--no-such-flag"][..],
        &["frobnicate"][..],
        &["names"][..],
        &[
            "extract",
            "--registry",
            "no/such/registry.tsv",
            "fixtures/seeds",
        ][..],
    ] {
        let o = depeche(args);
        assert_eq!(o.status.code(), Some(2), "args {args:?}");
        assert!(o.stdout.is_empty(), "args {args:?}");
    }
    let o = depeche(&[
        "extract",
        "--registry",
        "no/such/registry.tsv",
        "fixtures/seeds",
    ]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("no/such/registry.tsv"));
}

#[test]
fn help_and_version() {
    let o = depeche(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let help = stdout(&o);
    assert!(help.contains("Exit status"));
    assert!(help.contains("ISO 3166-1 alpha-3"));
    for cmd in ["extract", "eval", "names", "bench"] {
        let o = depeche(&[cmd, "--help"]);
        assert_eq!(o.status.code(), Some(0), "{cmd}");
        let h = stdout(&o);
        assert!(h.contains("Examples:"), "{cmd} help has examples");
        assert!(h.contains("Exit status:"), "{cmd} help has exit status");
    }
    let o = depeche(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).starts_with("depeche "));
}

#[test]
fn bench_reports_throughput_and_memory() {
    // Small: tests run unoptimized.
    let o = depeche(&["bench", "--mb", "0.03", "--json", "--jobs", "2"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let v = &json_lines(&o)[0];
    assert_eq!(v["corpus"], "generated");
    assert_eq!(v["jobs"], 2);
    assert!(v["bytes"].as_u64().is_some_and(|b| b >= 30_000));
    assert!(v["documents"].as_u64().is_some_and(|d| d >= 5));
    assert_eq!(v["failed"], 0);
    assert!(v["mb_per_s"].as_f64().is_some_and(|x| x > 0.0));
    assert!(v.get("peak_rss_bytes").is_some());
    let o = depeche(&["bench", "fixtures/seeds"]);
    assert_eq!(o.status.code(), Some(0));
    let t = stdout(&o);
    assert!(t.contains("documents     5 (0 failed)"), "{t}");
    assert!(t.contains("MB/s"));
    assert!(t.contains("peak RSS"));
}
