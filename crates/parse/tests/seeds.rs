//! The five seed dispatches: full snapshots of their parse, and the facts
//! the project relies on, asserted directly.

mod common;

use common::{parse_checked, seed, SEEDS};

#[test]
fn seed_snapshots() {
    for (name, text) in SEEDS {
        let doc = parse_checked(text);
        insta::assert_json_snapshot!(format!("seed_{name}"), doc);
    }
}

#[test]
fn seed_000_header_title_credit_signature() {
    let doc = parse_checked(seed("000"));
    assert_eq!(doc.segments.len(), 1);
    let d = &doc.segments[0];
    assert_eq!(d.date.map(|v| v.to_string()).as_deref(), Some("2025-05"));
    assert_eq!(
        d.header.as_ref().map(|h| h.text.as_str()),
        Some("date 2025-05")
    );
    let title = d.title.as_ref().map(|t| t.text.as_str());
    assert_eq!(
        title,
        Some("Le chef du Parti communiste du Vietnam termine sa visite d'État au Kazakhstan")
    );
    assert_eq!(d.photo_credits.len(), 1);
    assert_eq!(d.photo_credits[0].text, "VNA/CVN");
    assert_eq!(
        d.signature.as_ref().map(|s| s.text.as_str()),
        Some("VNA/CVN")
    );
    // The subheading stays a paragraph, in order.
    assert!(d
        .paragraphs
        .iter()
        .any(|p| p.text == "Coopération mutuellement bénéfique"));
    assert!(d
        .paragraphs
        .windows(2)
        .all(|w| w[0].span.end <= w[1].span.start));
}

#[test]
fn seed_001_no_date_two_credits() {
    let doc = parse_checked(seed("001"));
    let d = &doc.segments[0];
    assert_eq!(d.date, None);
    assert_eq!(
        d.title.as_ref().map(|t| t.text.as_str()),
        Some("Promouvoir la coopération multiforme entre le Vietnam et le Kazakhstan")
    );
    assert_eq!(
        d.photo_credits
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>(),
        ["VNA/CVN", "VNA/CVN"]
    );
}

#[test]
fn seed_002_related_links_and_date() {
    let input = seed("002");
    let doc = parse_checked(input);
    assert_eq!(doc.segments.len(), 1);
    let d = &doc.segments[0];
    assert_eq!(d.date.map(|v| v.to_string()).as_deref(), Some("2025-03"));
    assert_eq!(d.related.len(), 3);
    assert_eq!(
        d.related[1].text,
        "Entrevue entre le Premier ministre Pham Minh Chinh et le président du Kazakhstan"
    );
    // The link's span covers its `>>` marker.
    assert!(input[d.related[0].span.start..].starts_with(">> Cérémonie"));
    assert_eq!(
        d.photo_credits
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>(),
        ["BQT/CVN", "BQT/CVN"]
    );
    // Related links are not paragraphs.
    assert!(d.paragraphs.iter().all(|p| !p.text.starts_with(">>")));
}

#[test]
fn seed_003_two_segments() {
    let input = seed("003");
    let doc = parse_checked(input);
    assert_eq!(doc.segments.len(), 2);
    let first = &doc.segments[0];
    assert_eq!(first.title, None, "003 starts with body prose");
    let sig = first.signature.as_ref().expect("signature");
    assert_eq!(sig.text, "AVI");
    assert_eq!(&input[sig.span.start..sig.span.end], "-AVI");
    assert!(first
        .paragraphs
        .last()
        .is_some_and(|p| p.text.ends_with("entre les deux pays.")));
    let second = &doc.segments[1];
    assert_eq!(
        second.title.as_ref().map(|t| t.text.as_str()),
        Some("Réorganisation des organisations de masse : une liste de 29 entités approuvée")
    );
    assert_eq!(second.paragraphs.len(), 1);
    assert_eq!(second.signature, None);
    assert!(first.span.end <= second.span.start);
}

#[test]
fn seed_004_title_and_no_date() {
    let doc = parse_checked(seed("004"));
    let d = &doc.segments[0];
    assert_eq!(d.date, None);
    assert_eq!(
        d.title.as_ref().map(|t| t.text.as_str()),
        Some("Le secrétaire général Tô Lâm termine avec succès sa visite d'État en Biélorussie")
    );
    assert_eq!(d.photo_credits.len(), 2);
    assert_eq!(
        d.signature.as_ref().map(|s| s.text.as_str()),
        Some("VNA/CVN")
    );
}
