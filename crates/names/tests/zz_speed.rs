#[test]
#[ignore]
fn speed() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let mut docs = Vec::new();
    for d in ["seeds", "dispatches"] {
        for e in std::fs::read_dir(root.join(d)).unwrap() {
            docs.push(std::fs::read_to_string(e.unwrap().path()).unwrap());
        }
    }
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let t = std::time::Instant::now();
    let r = depeche_names::Registry::build_embedded();
    let startup = t.elapsed();
    let mut best_start = startup;
    let mut best_keys = std::time::Duration::MAX;
    for _ in 0..20 {
        let r2 = depeche_names::Registry::build_embedded();
        let t = std::time::Instant::now();
        assert!(r2.resolve("Karin Erlan").is_some());
        best_keys = best_keys.min(t.elapsed());
    }
    println!("key tables {:?}", best_keys);
    for _ in 0..20 {
        let t = std::time::Instant::now();
        let r2 = depeche_names::Registry::build_embedded();
        best_start = best_start.min(t.elapsed());
        drop(r2);
    }
    if std::env::var("START").is_ok() {
        for _ in 0..300 { let _ = depeche_names::Registry::build_embedded(); }
        println!("startup best {:?}", best_start);
        return;
    }
    let _ = r.resolve("Kazakhtan");
    let mut best = std::time::Duration::MAX;
    let mut best_t = std::time::Duration::MAX;
    for _ in 0..(if std::env::var("ONLY").is_ok() { 3000 } else { 300 }) {
        let t = std::time::Instant::now();
        let n: usize = docs.iter().map(|d| r.detect(d).len()).sum();
        best = best.min(t.elapsed());
        assert!(n > 0);
        if std::env::var("ONLY").is_ok() { continue; }
        let t = std::time::Instant::now();
        let n: usize = docs.iter().map(|d| r.titles().detect(d).len()).sum();
        best_t = best_t.min(t.elapsed());
        assert!(n > 0);
    }
    println!("startup best {:?}; detect {} bytes best {:?} = {:.1} MB/s; titles {:.1} MB/s", best_start, bytes, best, bytes as f64 / best.as_secs_f64() / 1e6, bytes as f64 / best_t.as_secs_f64() / 1e6);
}
