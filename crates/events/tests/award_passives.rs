//! AWARD in the passive: the decorated is the subject, the conferrer the
//! agent after "par" or "des mains de" ("X a été décoré de l'ordre par Y",
//! "X s'est vu remettre l'ordre des mains de Y"); "son homologue" is the
//! counterpart of whoever confers, never one of the others decorated.
//! Every text is written for these tests.

mod common;
use common::{award_pairs, has_award, AwardPair};

const LEAD: &str = "Rabat, 12 mars 2024 (MAP) - Le président sénégalais Bassirou Diomaye Faye \
                    effectue une visite d'État au Maroc. ";

/// (conferrers, decorated) of every AWARD of `text` after the lead.
fn awards(text: &str) -> Vec<AwardPair> {
    award_pairs(&format!("{LEAD}{text}\n"))
}

#[test]
fn the_agent_of_a_passive_decoration_confers() {
    for text in [
        "Le président Bassirou Diomaye Faye a été décoré du Ouissam Alaouite par le roi Mohammed VI.",
        "Bassirou Diomaye Faye a été décoré par le roi Mohammed VI, mercredi au palais royal.",
        "Mercredi, le président Bassirou Diomaye Faye a été fait grand collier de l'ordre du Trône par le roi Mohammed VI.",
        "Bassirou Diomaye Faye s'est vu remettre le Ouissam Alaouite des mains du roi Mohammed VI.",
        "Bassirou Diomaye Faye s'est vu décerner par le roi Mohammed VI le Ouissam Alaouite.",
        "Bassirou Diomaye Faye a reçu des mains du roi Mohammed VI la médaille du Ouissam Alaouite.",
        "Bassirou Diomaye Faye a été élevé à la dignité de grand-croix de l'ordre du Trône par le roi Mohammed VI.",
    ] {
        let found = awards(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(has_award(&found, "Mohammed VI", "Faye"), "{text}: {found:?}");
    }
}

#[test]
fn a_statesman_decorated_then_decorating_his_host() {
    for text in [
        "L'homme d'État sénégalais a été décoré par le roi Mohammed VI du Ouissam Alaouite et, à la même occasion, il a décerné l'ordre national du Lion à son homologue.",
        "Le président Bassirou Diomaye Faye a été décoré par le roi Mohammed VI et il a décerné l'ordre national du Lion à son hôte.",
        "Le président Bassirou Diomaye Faye a été décoré du Ouissam Alaouite par le roi Mohammed VI. Il a remis l'ordre national du Lion à son homologue.",
        "Bassirou Diomaye Faye s'est vu remettre le Ouissam Alaouite des mains du roi Mohammed VI ; il a ensuite décoré son homologue de l'ordre national du Lion.",
        "L'homme d'État sénégalais a été fait grand collier de l'ordre du Trône par le roi Mohammed VI, puis il a décerné l'ordre national du Lion à son homologue.",
    ] {
        let found = awards(text);
        assert!(has_award(&found, "Mohammed VI", "Faye"), "{text}: {found:?}");
        assert!(has_award(&found, "Faye", "Mohammed VI"), "{text}: {found:?}");
        assert!(!has_award(&found, "Faye", "Faye"), "{text}: {found:?}");
    }
}

#[test]
fn son_homologue_is_not_the_other_one_decorated() {
    for text in [
        "Le président Bassirou Diomaye Faye a été décoré par le roi Mohammed VI et il a remis l'ordre national du Lion à son homologue et à la princesse Lalla Meryem.",
        "Le président Bassirou Diomaye Faye a été décoré par le roi Mohammed VI. Il a décerné l'ordre national du Lion à son homologue ainsi qu'à la princesse Lalla Meryem.",
        "Le président Bassirou Diomaye Faye a été décoré par le roi Mohammed VI, puis il a décerné l'ordre national du Lion à son hôte et à la princesse Lalla Meryem.",
        "Le président Bassirou Diomaye Faye a été décoré par le roi Mohammed VI. Il a conféré l'ordre national du Lion à son homologue et à la princesse, Lalla Meryem.",
        "Le président Bassirou Diomaye Faye a été décoré par le roi Mohammed VI ; il a décerné en retour l'ordre national du Lion à son homologue et à la princesse Lalla Meryem.",
    ] {
        let found = awards(text);
        assert!(has_award(&found, "Faye", "Mohammed VI"), "{text}: {found:?}");
        assert!(has_award(&found, "Faye", "Meryem"), "{text}: {found:?}");
        let to_her = found
            .iter()
            .filter(|(s, t)| s.iter().any(|n| n.contains("Faye")) && t.iter().any(|n| n.contains("Meryem")))
            .count();
        assert_eq!(to_her, 1, "{text}: {found:?}");
    }
}

#[test]
fn son_homologue_with_no_one_named_is_left_unnamed() {
    let text = "Le président Bassirou Diomaye Faye a décerné l'ordre national du Lion à son homologue et à la princesse Lalla Meryem.";
    let found = awards(text);
    assert!(has_award(&found, "Faye", "Meryem"), "{found:?}");
    assert!(has_award(&found, "Faye", "homologue"), "{found:?}");
    assert!(!has_award(&found, "Faye", "Faye"), "{found:?}");
}

#[test]
fn an_order_named_in_arabic_is_the_honour_not_a_person() {
    // "Wissam" opens the order's own name: "Wissam Al Mohammadi" is no one.
    for text in [
        "Le président Bassirou Diomaye Faye s'est vu décerner mercredi le Wissam Al Mohammadi par le roi Mohammed VI.",
        "Le roi Mohammed VI a décoré le président Bassirou Diomaye Faye du Ouissam Al Arch.",
        "Le roi Mohammed VI a remis mercredi le Wissam Al Arch au président Bassirou Diomaye Faye.",
        "Bassirou Diomaye Faye s'est vu remettre le Ouissam Al Mohammadi des mains du roi Mohammed VI.",
        "Le président Bassirou Diomaye Faye a été décoré du Wissam Al Mohammadi par le roi Mohammed VI.",
    ] {
        let found = awards(text);
        assert!(
            has_award(&found, "Mohammed VI", "Bassirou Diomaye Faye"),
            "{text}: {found:?}"
        );
        assert!(
            !found
                .iter()
                .flat_map(|(a, b)| a.iter().chain(b))
                .any(|n| n.contains("Al Mohammadi") || n.contains("Al Arch")),
            "{text}: {found:?}"
        );
    }
}
