//! A delegation whose leader a sentence names ("La délégation russe est
//! conduite par X") is that leader when it meets, is received or has
//! talks, and so is "elle" after it. Every text is written for these tests.

mod common;
use common::{all_names, events, has_actor, of_type};
use depeche_events::EventType;

const LEAD: &str = "Hanoï, 15 décembre 2025 (VNA) - Une délégation du Parti communiste de la Fédération de Russie effectue une visite de travail au Vietnam.\n\n";

#[test]
fn a_delegation_is_the_leader_a_sentence_names() {
    for (leader, text) in [
        (
            "La délégation russe est conduite par Guennadi Ziouganov.",
            "La délégation russe s'est entretenue avec le président Luong Cuong.",
        ),
        (
            "La délégation russe est dirigée par Guennadi Ziouganov, président du parti.",
            "Le président Luong Cuong a reçu la délégation russe mardi.",
        ),
        (
            "La délégation russe, qui est menée par Guennadi Ziouganov, séjourne à Hanoï.",
            "La délégation russe a rencontré le président Luong Cuong.",
        ),
        (
            "La délégation russe est conduite par Guennadi Ziouganov.",
            "Elle a eu un entretien avec le président Luong Cuong.",
        ),
        (
            "La délégation russe a été conduite par Guennadi Ziouganov.",
            "La délégation russe a eu des entretiens avec le président Luong Cuong.",
        ),
    ] {
        let ev = events(&format!("{LEAD}{leader} {text}\n"));
        let meeting = of_type(&ev, EventType::Meeting)
            .into_iter()
            .find(|e| has_actor(e, "Cuong"))
            .unwrap_or_else(|| panic!("{text}: no meeting: {ev:#?}"));
        let names = all_names(meeting);
        assert!(
            names
                .iter()
                .any(|n| n.contains("Ziouganov") || n.contains("Zyuganov")),
            "{leader} {text}: {names:?}"
        );
    }
}
