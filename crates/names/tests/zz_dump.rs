#[test]
fn dump() {
    let r = depeche_names::Registry::embedded();
    let dir = std::env::var("DUMP").unwrap_or_else(|_| "../../fixtures/seeds".into());
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for p in files {
        let text = std::fs::read_to_string(&p).unwrap();
        println!("=== {}", p.display());
        for m in r.detect(&text) {
            println!("{:<40} {:?} {:<28} {:?} c={:?} t={:?} k={}", m.text.replace('\n', " "), m.kind, m.entity.as_deref().unwrap_or("-"), m.method, m.country, m.title, m.key);
        }
    }
}
