//! Scores keys and resolution on the name-variant set of `fixtures/names/`:
//! pairwise precision and recall over `variants.tsv` (two names meet when
//! they have the same key or resolve to the same entity of their kind), and
//! no meeting at all among the pairs of `distinct.tsv`.
//!
//! Run with `--nocapture` to see the figures.

use depeche_names::{key, EntityKind, Registry};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/names")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Pairwise precision required on the variant set.
const PRECISION: f64 = 0.995;

/// Pairwise recall the engine must not fall below: the goal, 0.97. On the
/// variant set of 4,170 spellings written from public knowledge it stands at
/// 0.971 (what is left: bodies and places the registry lacks or knows under
/// fewer names, nicknames, birth names, German renderings of Russian `kh`
/// and `ts`, surnames two leaders share).
const RECALL_FLOOR: f64 = 0.97;

fn kind(s: &str) -> EntityKind {
    match s {
        "person" => EntityKind::Person,
        "country" => EntityKind::Country,
        "place" => EntityKind::Place,
        "organization" => EntityKind::Organization,
        "facility" => EntityKind::Facility,
        other => panic!("unknown kind {other}"),
    }
}

/// One name as the scorer sees it: its key and the entity it resolves to.
struct Name {
    group: String,
    kind: String,
    name: String,
    key: String,
    entity: Option<String>,
}

fn name(registry: &Registry, group: &str, kind_s: &str, text: &str) -> Name {
    let entity = registry
        .resolve_kind(text, kind(kind_s))
        .map(|r| r.entity.id.clone());
    Name {
        group: group.to_string(),
        kind: kind_s.to_string(),
        name: text.to_string(),
        key: key(text),
        entity,
    }
}

fn meet(a: &Name, b: &Name) -> bool {
    a.key == b.key || (a.entity.is_some() && a.entity == b.entity)
}

#[derive(Default, Debug)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn p(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn r(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

#[test]
fn variant_set_scores() {
    let registry = Registry::embedded();
    let text = fixture("variants.tsv");
    let names: Vec<Name> = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "bad row {l:?}");
            name(registry, cols[0], cols[1], cols[2])
        })
        .collect();
    assert!(names.len() > 100, "the variant set is loaded");
    let mut total = Counts::default();
    let mut by_kind: BTreeMap<String, Counts> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut false_meets = Vec::new();
    for (i, a) in names.iter().enumerate() {
        for b in names.iter().skip(i + 1) {
            let same = a.group == b.group;
            let met = meet(a, b);
            let k = by_kind.entry(a.kind.clone()).or_default();
            match (same, met) {
                (true, true) => {
                    total.tp += 1;
                    k.tp += 1;
                }
                (false, true) => {
                    total.fp += 1;
                    k.fp += 1;
                    false_meets.push(format!("{} / {}", a.name, b.name));
                }
                (true, false) => {
                    total.fn_ += 1;
                    k.fn_ += 1;
                    misses.push(format!("{} / {}", a.name, b.name));
                }
                (false, false) => {}
            }
        }
    }
    println!("variants: {} names", names.len());
    println!(
        "pairwise precision {:.4} recall {:.4} F1 {:.4} (tp {} fp {} fn {})",
        total.p(),
        total.r(),
        total.f1(),
        total.tp,
        total.fp,
        total.fn_
    );
    for (kind, c) in &by_kind {
        println!(
            "  {kind:<13} P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {})",
            c.p(),
            c.r(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
    for m in &misses {
        println!("  miss: {m}");
    }
    for m in &false_meets {
        println!("  false meet: {m}");
    }
    assert!(total.p() >= PRECISION, "precision {:.4}", total.p());
    assert!(total.r() >= RECALL_FLOOR, "recall {:.4}", total.r());
}

#[test]
fn distinct_pairs_never_meet() {
    let registry = Registry::embedded();
    let text = fixture("distinct.tsv");
    let mut pairs = 0;
    let mut merged = Vec::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 2, "bad row {line:?}");
        pairs += 1;
        // Without a kind column, each name resolves among all entities.
        let resolve = |s: &str| registry.resolve(s).map(|r| r.entity.id.clone());
        let (a, b) = (cols[0], cols[1]);
        let (ea, eb) = (resolve(a), resolve(b));
        if key(a) == key(b) || (ea.is_some() && ea == eb) {
            merged.push(format!("{a} / {b} ({:?})", ea));
        }
    }
    println!("distinct: {pairs} pairs, {} meet", merged.len());
    for m in &merged {
        println!("  merged: {m}");
    }
    assert!(pairs > 20, "the distinct set is loaded");
    assert!(merged.is_empty(), "{merged:?}");
}
