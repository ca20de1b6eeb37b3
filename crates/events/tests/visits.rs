//! The visit behind the news: arrivals, presence, expectation, departures
//! and participial leads each report the VISIT itself, once, with the status
//! its own clause gives. Every text is written for these tests in the
//! agencies' style.

mod common;
use common::{countries, events, of_type, status_of, the_event};
use depeche_events::{EventType, Status};

#[test]
fn presence_since_a_day_is_a_visit_under_way() {
    for text in [
        "Dakar, 28 novembre (APS) - Le Premier ministre canadien Stephen Harper est au Sénégal \
         depuis jeudi.\n",
        "Dakar, 28 novembre (APS) - Le Premier ministre canadien Stephen Harper se trouve à \
         Dakar depuis jeudi.\n",
        "Dakar, 28 novembre (APS) - Le Premier ministre canadien Stephen Harper séjourne \
         actuellement au Sénégal.\n",
    ] {
        let ev = events(text);
        let visit = the_event(&ev, EventType::Visit, "Harper");
        assert_eq!(visit.status, Status::Ongoing, "{text}");
        assert_eq!(countries(visit), ["CAN", "SEN"], "{text}");
    }
}

#[test]
fn an_expected_leader_is_a_planned_visit() {
    for text in [
        "Dakar, 28 novembre (APS) - Le président français Emmanuel Macron est attendu samedi \
         matin à Dakar.\n",
        "Dakar, 28 novembre (APS) - Emmanuel Macron et sa délégation sont attendus au Sénégal \
         la semaine prochaine.\n",
        "Dakar, 28 novembre (APS) - Le président français Emmanuel Macron sera à Dakar lundi \
         pour une visite de travail.\n",
        "Dakar, 28 novembre (APS) - Le président français Emmanuel Macron effectuera sa \
         première visite officielle au Sénégal en janvier.\n",
    ] {
        let ev = events(text);
        assert_eq!(
            status_of(&ev, EventType::Visit, "Macron"),
            Status::Planned,
            "{text}"
        );
        assert_eq!(
            countries(the_event(&ev, EventType::Visit, "Macron")),
            ["FRA", "SEN"]
        );
    }
}

#[test]
fn a_visit_noun_in_the_verbs_purpose_is_the_same_visit() {
    let text = "Dakar, 28 novembre (APS) - Le président français Emmanuel Macron sera à Dakar \
                lundi pour une visite officielle de deux jours.\n";
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    assert_eq!(visits.len(), 1, "{visits:#?}");
    assert_eq!(visits[0].status, Status::Planned);
}

#[test]
fn leaving_the_host_country_ends_the_visit() {
    for text in [
        "Amman, 22 juin (AFP) - Le président turc Recep Tayyip Erdoğan a quitté la Jordanie \
         mercredi à l'issue d'une visite de deux jours.\n",
        "Amman, 22 juin (AFP) - Recep Tayyip Erdoğan a quitté le Japon jeudi après une visite \
         d'État.\n",
    ] {
        let ev = events(text);
        let visit = the_event(&ev, EventType::Visit, "Erdo");
        assert_eq!(visit.status, Status::Occurred, "{text}");
        assert!(countries(visit).contains(&"TUR".to_string()), "{visit:#?}");
        assert_eq!(countries(visit).len(), 2, "{visit:#?}");
    }
}

#[test]
fn a_participial_lead_reports_the_visit() {
    for (text, host) in [
        (
            "Alger, 5 mai (APS) - Arrivé mardi à Alger, le président tunisien Kaïs Saïed \
             a été reçu par le président Abdelmadjid Tebboune.\n",
            "DZA",
        ),
        (
            "Rabat, 5 mai (MAP) - Arrivée lundi au Maroc, la délégation conduite par le président \
             tunisien Kaïs Saïed a visité le port de Tanger.\n",
            "MAR",
        ),
    ] {
        let ev = events(text);
        let visit = the_event(&ev, EventType::Visit, "Saïed");
        let mut expected = vec![host.to_string(), "TUN".to_string()];
        expected.sort();
        assert_eq!(countries(visit), expected, "{text}");
    }
}

#[test]
fn presence_words_without_a_place_are_no_visit() {
    let text = "Paris, 3 mars (AFP) - Le ministre est au cœur des discussions depuis des mois, \
                et la solution se trouve dans le dialogue.\n";
    assert!(of_type(&events(text), EventType::Visit).is_empty());
}

#[test]
fn a_foreign_visitor_with_no_place_is_where_the_dispatch_is_datelined() {
    for (text, visitor, host) in [
        (
            "Djibouti, 8 juillet 2025 (ADI) - Arrivé lundi soir pour une visite de travail de deux jours, le Premier ministre éthiopien Abiy Ahmed s'est entretenu mardi avec le président Ismaïl Omar Guelleh.\n",
            "Abiy",
            "DJI",
        ),
        (
            "Nouakchott, 4 février 2025 (AMI) - Le président sénégalais Bassirou Diomaye Faye est arrivé mardi pour une visite de travail et d'amitié.\n",
            "Faye",
            "MRT",
        ),
        (
            "Lima, 2 octobre 2025 (Andina) - Le ministre bolivien des Affaires étrangères Celinda Sosa effectue depuis hier une visite officielle de deux jours.\n",
            "Sosa",
            "PER",
        ),
        (
            "Tachkent, 27 août 2025 (UzA) - Le président turc Recep Tayyip Erdoğan, arrivé hier soir pour une visite d'État, a été accueilli ce matin au complexe Kuksaroy.\n",
            "Erdoğan",
            "UZB",
        ),
        (
            "Accra, 12 mai 2025 (GNA) - En visite officielle depuis dimanche, le président togolais Faure Gnassingbé a visité lundi le port de Tema.\n",
            "Gnassingbé",
            "GHA",
        ),
    ] {
        let ev = events(text);
        let visit = the_event(&ev, EventType::Visit, visitor);
        assert!(countries(visit).contains(&host.to_string()), "{text}");
    }
    // A visitor of the dateline's own country names no visit by it.
    let home = "Dakar, 4 février 2025 (APS) - Le président sénégalais Bassirou Diomaye Faye est \
                arrivé mardi pour une visite de travail et d'amitié.\n";
    assert!(of_type(&events(home), EventType::Visit).is_empty());
}

#[test]
fn a_day_between_the_journey_verb_and_its_place() {
    for (text, visitor, host) in [
        ("Dakar, 12 mai 2025 (APS) - Le président sénégalais Bassirou Diomaye Faye s'est rendu mardi au Libéria pour une visite de travail.\n", "Faye", "LBR"),
        ("Dakar, 12 mai 2025 (APS) - Le président sénégalais Bassirou Diomaye Faye s'est rendu lundi au Libéria, où il a rencontré le président Joseph Boakai.\n", "Faye", "LBR"),
        ("Dakar, 12 mai 2025 (APS) - Le président sénégalais Bassirou Diomaye Faye s'est rendu ce matin à Monrovia.\n", "Faye", "LBR"),
        ("Dakar, 12 mai 2025 (APS) - Les présidents sénégalais Bassirou Diomaye Faye et gambien Adama Barrow se sont rendus hier en Guinée-Bissau.\n", "Barrow", "GNB"),
        ("Dakar, 12 mai 2025 (APS) - Le président sénégalais Bassirou Diomaye Faye s'était rendu la veille en Mauritanie.\n", "Faye", "MRT"),
    ] {
        let ev = events(text);
        let visit = the_event(&ev, EventType::Visit, visitor);
        assert!(countries(visit).contains(&host.to_string()), "{text}");
    }
    // "se rendre compte" is no journey.
    let text = "Dakar, 12 mai 2025 (APS) - Le président sénégalais s'est rendu compte des \
                difficultés en Casamance.\n";
    assert!(of_type(&events(text), EventType::Visit).is_empty());
}
