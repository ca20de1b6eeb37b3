//! A visit told aside, in a relative or an apposition of presence: "X, qui
//! est en Chine pour une visite d'État, a rencontré …", "X, qui se trouve
//! au Sénégal", "X, au Sénégal depuis jeudi, a visité …", "X, qui est en
//! visite au Vietnam, a été reçu …": a VISIT under way to the place named
//! right after the preposition. A relative that names no place right there
//! ("qui est à la tête de la délégation", "qui est en droit de") is no
//! visit. Every text is written for these tests.

mod common;
use common::{countries, events, of_type, pair};
use depeche_events::{EventType, Status};

fn visits(text: &str) -> Vec<(Vec<String>, Status)> {
    let ev = events(&format!("Dakar, 12 mai 2016 (APS) - {text}\n"));
    of_type(&ev, EventType::Visit)
        .into_iter()
        .map(|e| (countries(e), e.status))
        .collect()
}

#[test]
fn a_relative_of_presence_is_a_visit_under_way() {
    for (text, guest, host) in [
        ("Le président russe Vladimir Poutine, qui est en Chine pour une visite d'État, a rencontré le Premier ministre Li Qiang.", "RUS", "CHN"),
        ("Le Premier ministre malien Moctar Ouane, qui se trouve au Sénégal, a visité le port de Dakar.", "MLI", "SEN"),
        ("Le ministre laotien Saleumxay Kommasith, qui est en visite au Vietnam, a été reçu par le président Tran Dai Quang.", "LAO", "VNM"),
        ("Le président Tran Dai Quang a reçu le ministre laotien Saleumxay Kommasith, qui est en visite au Vietnam à l'invitation de son homologue.", "LAO", "VNM"),
        ("La ministre ghanéenne des Affaires étrangères Shirley Ayorkor Botchwey, qui est à Dakar pour la réunion, a rencontré le président Macky Sall.", "GHA", "SEN"),
    ] {
        let found = visits(text);
        assert!(
            found.contains(&(pair(guest, host), Status::Ongoing)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_apposition_of_presence_since_a_day_is_a_visit_under_way() {
    for text in [
        "Le Premier ministre malien Moctar Ouane, au Sénégal depuis jeudi, a visité le port de Dakar.",
        "Le Premier ministre malien Moctar Ouane, à Dakar depuis jeudi, a visité le port.",
        "Le Premier ministre malien Moctar Ouane, en visite au Sénégal depuis mardi, a été reçu par le président Macky Sall.",
        "Arrivé mardi, le Premier ministre malien Moctar Ouane, au Sénégal depuis deux jours, a rencontré les investisseurs.",
        "Moctar Ouane, au Sénégal depuis le 10 mai, a rencontré le président Macky Sall.",
    ] {
        let found = visits(text);
        assert!(
            found.iter().any(|(c, s)| *c == pair("MLI", "SEN") && *s == Status::Ongoing),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_relative_naming_no_place_right_after_is_no_visit() {
    for text in [
        "Le président français Emmanuel Macron, qui est à la tête de la délégation, a reçu le ministre Sall.",
        "Le secrétaire général Antonio Guterres, qui est en charge du dossier, a reçu le ministre Sall.",
        "L'accord signé en février, qui est en droit d'inquiéter le Mali, a été évoqué par le président Macky Sall.",
        "Le président français Emmanuel Macron, qui est au pouvoir depuis 2017, a salué le peuple sénégalais.",
        "Le président français Emmanuel Macron, qui est en désaccord avec Bamako, a salué le peuple sénégalais.",
    ] {
        assert!(visits(text).is_empty(), "{text}: {:?}", visits(text));
    }
}
