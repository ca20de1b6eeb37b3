//! Acts of the welcome its subject performs: signing the guest book ("a
//! signé le livre d'or") is an activity and no agreement; reviewing the
//! guard of honour or the troops is the reviewer's ceremony, while
//! reviewing topics ("ont passé en revue la coopération") is talk, no
//! activity. Every text is written for these tests in the agencies' style.

mod common;
use common::{activities_of, events, has_actor, of_type};
use depeche_events::{EventType, Subtype};

const LEAD: &str = "Rabat, 15 octobre (MAP) - Le président ghanéen John Dramani Mahama est \
                    arrivé lundi à Rabat pour une visite officielle au Maroc.\n\n";

fn text_of(body: &str) -> String {
    format!("{LEAD}{body}\n")
}

/// Each text gives one ceremony of the visitor.
fn one_ceremony_of_mahama(texts: &[&str]) {
    for body in texts {
        let ceremonies: Vec<_> = activities_of(&text_of(body))
            .into_iter()
            .filter(|e| e.subtype == Some(Subtype::Ceremony))
            .collect();
        assert!(
            ceremonies.len() == 1 && has_actor(&ceremonies[0], "Mahama"),
            "{body}: {ceremonies:#?}"
        );
    }
}

#[test]
fn signing_the_guest_book_is_an_activity_not_an_agreement() {
    let texts = [
        "Le président Mahama a signé le livre d'or du mausolée Mohammed V.",
        "À son arrivée au palais, le président ghanéen a ensuite signé un livre d'accueil.",
        "M. Mahama signera mercredi le livre d'honneur de la Chambre des représentants.",
        "Avant de quitter le mausolée, John Dramani Mahama a signé le registre des visiteurs.",
        "Le chef de l'Etat ghanéen a également signé le livre de condoléances ouvert à \
         l'ambassade.",
    ];
    one_ceremony_of_mahama(&texts);
    for body in texts {
        let ev = events(&text_of(body));
        let agreements = of_type(&ev, EventType::Agreement);
        assert!(agreements.is_empty(), "{body}: {agreements:#?}");
    }
}

#[test]
fn reviewing_the_guard_or_the_troops_is_the_reviewers_ceremony() {
    one_ceremony_of_mahama(&[
        "Le président Mahama a passé en revue la garde d'honneur au palais royal.",
        "Le président ghanéen a ensuite passé en revue les troupes sur l'esplanade.",
        "M. Mahama passera en revue un détachement des Forces armées royales.",
        "John Dramani Mahama a passé en revue les unités de la garde royale.",
        "Accueilli à l'aéroport, M. Mahama a passé en revue le détachement rendant les honneurs.",
    ]);
}

#[test]
fn reviewing_topics_is_no_activity() {
    for body in [
        "Les deux présidents ont passé en revue l'état de la coopération bilatérale.",
        "M. Mahama et son hôte ont passé en revue les questions régionales.",
        "Les deux ministres passeront en revue les préparatifs de la commission mixte.",
        "Les deux parties ont passé en revue la mise en oeuvre des accords.",
        "Lors de l'entretien, ils ont passé en revue les perspectives du partenariat.",
    ] {
        let found = activities_of(&text_of(body));
        assert!(found.is_empty(), "{body}: {found:#?}");
    }
}
