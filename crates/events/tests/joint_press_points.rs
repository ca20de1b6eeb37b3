//! A press point or conference that follows talks ("un entretien suivi
//! d'un point presse") is an act of both parties of the talks. Every text
//! is written for these tests.

mod common;
use common::{events, names, of_type};
use depeche_events::{EventType, Role};

/// The sources of the one press activity of `text`, sorted.
fn press_sources(text: &str) -> Vec<String> {
    let ev = events(text);
    let press: Vec<_> = of_type(&ev, EventType::Activity)
        .into_iter()
        .filter(|e| e.subtype.map(|s| s.as_str()) == Some("press"))
        .collect();
    match press.as_slice() {
        [one] => {
            let mut n = names(one, Role::Source);
            n.sort();
            n
        }
        _ => panic!("{text}: expected one press activity, found {press:#?}"),
    }
}

#[test]
fn a_press_point_after_talks_is_both_parties_act() {
    for (text, a, b) in [
        (
            "Le président Félix Tshisekedi accueillera son homologue Emmanuel Macron et les deux chefs d'État auront un entretien en tête-à-tête suivi d'un point presse.\n",
            "Emmanuel Macron",
            "Félix Tshisekedi",
        ),
        (
            "Le président kényan William Ruto s'est entretenu avec le président Emmanuel Macron, un entretien suivi d'une conférence de presse.\n",
            "Emmanuel Macron",
            "William Ruto",
        ),
        (
            "Le président sénégalais Bassirou Diomaye Faye recevra samedi le président ghanéen John Mahama ; leurs entretiens seront suivis d'un point de presse.\n",
            "Bassirou Diomaye Faye",
            "Mahama",
        ),
        (
            "Le Premier ministre Narendra Modi a rencontré le Premier ministre japonais Shigeru Ishiba lors d'un entretien suivi, en fin de matinée, d'une conférence de presse.\n",
            "Narendra Modi",
            "Shigeru Ishiba",
        ),
        (
            "Le chancelier Friedrich Merz s'entretiendra avec le président Emmanuel Macron à l'Élysée, un tête-à-tête qui sera suivi d'un point presse.\n",
            "Emmanuel Macron",
            "Friedrich Merz",
        ),
    ] {
        let sources = press_sources(text);
        assert!(
            sources.iter().any(|s| s.contains(a)) && sources.iter().any(|s| s.contains(b)),
            "{text}: {sources:?}"
        );
    }
}

#[test]
fn a_press_point_not_following_talks_stays_its_speakers() {
    for text in [
        "Le président kényan William Ruto a rencontré le président Emmanuel Macron. Le président Emmanuel Macron a ensuite tenu une conférence de presse.\n",
        "Le président kényan William Ruto s'est entretenu avec le président Emmanuel Macron avant de tenir seul une conférence de presse.\n",
        "Le président Emmanuel Macron a tenu une conférence de presse à Nairobi avant de rencontrer le président kényan William Ruto le lendemain.\n",
        "Le président Emmanuel Macron a donné un point de presse à Nairobi, puis s'est entretenu avec le président William Ruto.\n",
        "Le président Emmanuel Macron a rencontré le président William Ruto. Le ministre Jean-Noël Barrot a donné un point de presse.\n",
    ] {
        let sources = press_sources(text);
        assert_eq!(sources.len(), 1, "{text}: {sources:?}");
    }
}
