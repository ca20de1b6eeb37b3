//! The JSON Schema of a document record (`docs/schema/document.schema.json`)
//! describes what `depeche extract` writes: every line of its output on the
//! fixtures, error records included, is valid, and the schema is closed, so a
//! field added to the output without the schema and `docs/OUTPUT.md` fails
//! here.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema() -> Value {
    let path = root().join("docs/schema/document.schema.json");
    let text = std::fs::read_to_string(&path).expect("read the schema");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn validator() -> jsonschema::Validator {
    let schema = schema();
    jsonschema::draft202012::meta::validate(&schema).expect("a valid 2020-12 schema");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

/// The output lines of `depeche extract` with `args`, standard input `stdin`.
fn extract(args: &[&str], stdin: &[u8]) -> Vec<Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_depeche"))
        .arg("extract")
        .arg("--quiet")
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run depeche");
    if let Some(mut input) = child.stdin.take() {
        std::io::Write::write_all(&mut input, stdin).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wait for depeche");
    String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn errors(v: &jsonschema::Validator, record: &Value) -> Vec<String> {
    v.iter_errors(record)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

#[test]
fn every_record_on_the_fixtures_is_valid() {
    let v = validator();
    let mut records = extract(
        &[
            "fixtures/seeds",
            "fixtures/dispatches",
            "fixtures/no-such-file.txt",
        ],
        b"",
    );
    records.extend(extract(
        &["--registry", "fixtures/registry/example.tsv", "-"],
        b"Hanoi (VNA) - L'ambassadeur Shinichi Kuroda a \xff",
    ));
    records.extend(extract(&["-"], b"  \n"));
    assert!(records.len() > 30);
    let failed = records.iter().filter(|r| r.get("error").is_some()).count();
    assert_eq!(failed, 3, "not_found, invalid_utf8 and empty records");
    for r in &records {
        let errs = errors(&v, r);
        assert!(errs.is_empty(), "{}: {errs:?}", r["source"]);
    }
}

#[test]
fn the_schema_rejects_what_the_output_never_is() {
    let v = validator();
    let records = extract(&["fixtures/seeds/000_ce7cb7c1a078b6f9.txt"], b"");
    let good = records.first().expect("one record").clone();
    assert!(v.is_valid(&good));

    let mut extra = good.clone();
    extra["segments"][0]["events"][0]["confidence"] = Value::from(0.5);
    assert!(!v.is_valid(&extra), "an undocumented field");

    let mut bad_type = good.clone();
    bad_type["segments"][0]["events"][0]["type"] = Value::from("VISITE");
    assert!(!v.is_valid(&bad_type), "an unknown event type");

    let mut bad_span = good.clone();
    bad_span["segments"][0]["events"][0]["evidence"][0]["span"] = serde_json::json!([3]);
    assert!(!v.is_valid(&bad_span), "a span is two offsets");

    let mut bad_date = good;
    bad_date["segments"][0]["dispatch"]["date"] = Value::from("mai 2025");
    assert!(!v.is_valid(&bad_date), "dates are ISO 8601");

    let both = serde_json::json!({
        "source": "x",
        "segments": [],
        "error": {"kind": "empty", "message": "m", "offset": 0}
    });
    assert!(!v.is_valid(&both), "a record is a document or an error");
}
