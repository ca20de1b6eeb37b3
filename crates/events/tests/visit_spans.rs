//! How long a visit lasts: a visit dated by its first or last day becomes a
//! range when the text states its length ("une visite de trois jours"),
//! names its last day ("deuxième et dernier jour de sa visite") or gives it
//! a range in another sentence ("au cours de cette visite du 19 au 23
//! octobre"). A visit under way keeps its first day until its end is told;
//! a return home is no end; a length shared by the legs of a journey is no
//! one leg's. Every text is written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::{EventType, Status};

/// The date and status of the one visit of `text`.
fn the_visit(text: &str) -> (Option<String>, Status) {
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    match visits.as_slice() {
        [one] => (one.date.value.clone(), one.status),
        _ => panic!("{text}: expected one visit, found {visits:#?}"),
    }
}

#[test]
fn a_length_with_a_first_day_spans_the_visit() {
    for (text, want) in [
        (
            "Rabat, 14 mars 2025 (MAP) - Le président sénégalais Bassirou Diomaye Faye a effectué une visite au Maroc. Arrivé mardi à Rabat pour une visite officielle de trois jours, il s'est entretenu avec le chef du gouvernement.\n",
            "2025-03-11/2025-03-13",
        ),
        (
            "Dakar, 20 juin 2025 (APS) - Le président mauritanien Mohamed Ould Ghazouani a achevé vendredi une visite de deux jours au Sénégal.\n",
            "2025-06-19/2025-06-20",
        ),
        (
            "Hanoï, 9 mai 2025 (VNA) - Le président indonésien Prabowo Subianto, qui était arrivé le 5 mai à Hanoï pour un séjour de quatre jours au Vietnam, a regagné Jakarta jeudi.\n",
            "2025-05-05/2025-05-08",
        ),
        (
            "Nairobi, 30 août 2025 (KNA) - Le président ougandais Yoweri Museveni a quitté Nairobi mercredi au terme d'une visite d'État de 3 jours au Kenya.\n",
            "2025-08-25/2025-08-27",
        ),
        (
            "Astana, 12 octobre 2025 (Kazinform) - Le président turc Recep Tayyip Erdogan a achevé samedi trois jours de visite au Kazakhstan.\n",
            "2025-10-09/2025-10-11",
        ),
    ] {
        assert_eq!(the_visit(text).0.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_last_day_named_as_such_ends_the_visit() {
    for (text, want) in [
        (
            "Rabat, 4 décembre 2017 (MAP) - Le Premier ministre portugais est arrivé ce lundi 4 décembre à Rabat pour une visite de travail au Maroc. Mardi, deuxième et dernier jour de cette visite, il s'entretiendra avec le président de la Chambre des représentants.\n",
            "2017-12-04/2017-12-05",
        ),
        (
            "Alger, 3 février 2025 (APS) - La présidente du Conseil italien Giorgia Meloni est arrivée lundi à Alger pour une visite en Algérie. Le 5 février, dernier jour de sa visite, elle visitera une usine.\n",
            "2025-02-03/2025-02-05",
        ),
    ] {
        assert_eq!(the_visit(text).0.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_range_given_to_the_visit_elsewhere_dates_it() {
    for (text, want) in [
        (
            "Pékin, 26 octobre 2025 (Xinhua) - Le président chinois Xi Jinping est rentré samedi à Pékin après sa visite d'État au Royaume-Uni. Au cours de cette visite du 19 au 23 octobre, les deux pays ont adopté une déclaration commune.\n",
            "2025-10-19/2025-10-23",
        ),
        (
            "Tachkent, 12 avril 2025 (UzA) - Le président kazakh Kassym-Jomart Tokaïev a effectué une visite d'État en Ouzbékistan. Lors de sa visite, du 10 au 11 avril, plusieurs accords ont été signés.\n",
            "2025-04-10/2025-04-11",
        ),
    ] {
        assert_eq!(the_visit(text).0.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_visit_under_way_keeps_its_first_day() {
    for text in [
        "Yaoundé, 10 février 2026 (CRTV) - Le président gabonais Brice Clotaire Oligui Nguema est arrivé ce mardi à Yaoundé pour une visite officielle de deux jours au Cameroun.\n",
        "Hanoï, 10 septembre 2025 (VNA) - Le président sud-coréen est arrivé dimanche 10 septembre à Hanoï, entamant une visite d'État de trois jours au Vietnam.\n",
    ] {
        let (date, status) = the_visit(text);
        assert_eq!(status, Status::Ongoing, "{text}");
        assert!(
            date.as_deref().is_some_and(|d| !d.contains('/')),
            "{text}: {date:?}"
        );
    }
}

#[test]
fn a_return_home_or_a_shared_length_is_no_span() {
    let back = the_visit(
        "New Delhi, 26 juin 2025 (PTI) - Le Premier ministre Narendra Modi est rentré dimanche à New Delhi après sa visite de cinq jours aux États-Unis.\n",
    );
    assert!(
        back.0.as_deref().is_none_or(|d| !d.contains('/')),
        "{back:?}"
    );
    let ev = events(
        "New Delhi, 26 juin 2025 (PTI) - Le Premier ministre Narendra Modi a achevé samedi une tournée de six jours aux États-Unis et en Égypte.\n",
    );
    for v in of_type(&ev, EventType::Visit) {
        assert!(
            v.date.value.as_deref().is_none_or(|d| !d.contains('/')),
            "{v:#?}"
        );
    }
}

#[test]
fn a_visit_told_by_its_end_is_one_occurred_visit() {
    for text in [
        "Dakar, 20 juin 2025 (APS) - Le président mauritanien Mohamed Ould Ghazouani a achevé vendredi une visite officielle au Sénégal.\n",
        "Dakar, 20 juin 2025 (APS) - Le président mauritanien Mohamed Ould Ghazouani a quitté Dakar vendredi au terme d'une visite de travail au Sénégal.\n",
        "Dakar, 20 juin 2025 (APS) - Le président mauritanien Mohamed Ould Ghazouani a quitté Dakar à l'issue de sa visite au Sénégal.\n",
        "Dakar, 20 juin 2025 (APS) - Le président mauritanien Mohamed Ould Ghazouani a clôturé sa visite d'amitié au Sénégal.\n",
        "Dakar, 20 juin 2025 (APS) - Le président mauritanien Mohamed Ould Ghazouani a terminé vendredi deux journées de visite au Sénégal.\n",
    ] {
        assert_eq!(the_visit(text).1, Status::Occurred, "{text}");
    }
}

#[test]
fn a_visit_lasts_until_the_day_jusqu_a_names() {
    for (text, want) in [
        (
            "Phnom Penh, 28 avril 2025 (AKP) - Le Premier ministre Hun Manet a quitté Phnom Penh ce matin pour le sommet de l'ASEAN et d'autres réunions à Kuala Lumpur jusqu'au 30 avril.\n",
            "2025-04-28/2025-04-30",
        ),
        (
            "Dakar, 3 mars 2025 (APS) - Le président ghanéen John Mahama est arrivé lundi à Dakar, où il séjournera jusqu'au 5 mars.\n",
            "2025-03-03/2025-03-05",
        ),
        (
            "Dakar, 3 mars 2025 (APS) - Le président ghanéen John Mahama est arrivé lundi au Sénégal pour une visite qui durera jusqu'au mercredi 5 mars.\n",
            "2025-03-03/2025-03-05",
        ),
    ] {
        assert_eq!(the_visit(text).0.as_deref(), Some(want), "{text}");
    }
}
