//! AWARD to each of a list of decorated whose titles stand in apposition,
//! however long ("le coordinateur national de la lutte contre le
//! paludisme, Dr Y"), and whose order's name is no person ("du Ouissam
//! Alaouite, Y et Z ont été faits …"). With no conferrer named, the order's
//! state confers. Every text is written for these tests.

mod common;
use common::{award_pairs, has_award, AwardPair};

const LEAD: &str = "Rabat, 12 mars 2024 (MAP) - Le président sénégalais Bassirou Diomaye Faye \
                    effectue une visite d'État au Maroc. ";

fn awards(text: &str) -> Vec<AwardPair> {
    award_pairs(&format!("{LEAD}{text}\n"))
}

/// The awards of `text`, after checking the order's state decorates each
/// of the three listed.
fn each_decorated(text: &str) -> Vec<AwardPair> {
    let found = awards(text);
    for name in ["Sonko", "Niang", "Diop"] {
        assert!(
            has_award(&found, "MAR", name),
            "{name} in {text}: {found:?}"
        );
    }
    found
}

#[test]
fn each_decorated_of_a_titled_list() {
    for text in [
        "Le ministre chef de cabinet, Ousmane Sonko, le ministre de la Santé, colonel Cheikh Niang, et le coordinateur national de la lutte contre le paludisme, Dr Moussa Diop, ont été décorés chevaliers du Ouissam Alaouite.",
        "Le ministre de l'Intérieur, Ousmane Sonko, la ministre des Affaires étrangères, Cheikh Niang, et le conseiller spécial du président de la République, Moussa Diop, ont été faits chevaliers du Ouissam Alaouite.",
        "Le ministre Ousmane Sonko, le ministre de la Santé, colonel Cheikh Niang, et Moussa Diop ont été décorés du Ouissam Alaouite.",
        "Ousmane Sonko, Cheikh Niang, et le directeur général de l'Agence nationale des routes, Moussa Diop, ont été faits officiers du Ouissam Alaouite.",
        "Ousmane Sonko et Cheikh Niang, ainsi que le directeur de cabinet adjoint du Premier ministre, M. Moussa Diop, ont été élevés au rang de commandeur du Ouissam Alaouite.",
    ] {
        let found = each_decorated(text);
        assert_eq!(found.len(), 3, "{text}: {found:?}");
    }
}

#[test]
fn the_order_named_between_two_lists_is_no_one_decorated() {
    for text in [
        "Le ministre Moussa Diop a été élevé au rang de grand officier du Ouissam Alaouite, Ousmane Sonko et Cheikh Niang ont été faits commandeurs du Ouissam Alaouite.",
        "Moussa Diop a été fait grand officier du Ouissam Alaouite, Ousmane Sonko et Cheikh Niang ont été faits chevaliers.",
        "Moussa Diop a été promu grand officier du Wissam Alaouite ; Ousmane Sonko et Cheikh Niang ont été décorés du Wissam Alaouite.",
        "Après Moussa Diop, fait grand officier du Ouissam Alaouite, Ousmane Sonko et Cheikh Niang ont été décorés à leur tour.",
        "Moussa Diop a reçu le Ouissam Alaouite, Ousmane Sonko et Cheikh Niang ont été faits chevaliers du Ouissam Alaouite.",
    ] {
        let found = each_decorated(text);
        assert!(!has_award(&found, "MAR", "Ouissam"), "{text}: {found:?}");
        assert!(!has_award(&found, "MAR", "Wissam"), "{text}: {found:?}");
    }
}
