//! A visit whose programme still lies ahead is under way: the dispatch
//! tells the visit without a tense of its own ("dans le cadre de la
//! visite", "s'est rendu à") and then what the visitor will do there. A
//! visit told as over ("a achevé", "à l'issue de sa visite", "a effectué")
//! stays over. Every text is written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::{EventType, Status};

/// The status of the one visit of `text`.
fn visit_status(text: &str) -> Status {
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    match visits.as_slice() {
        [one] => one.status,
        _ => panic!("{text}: expected one visit, found {visits:#?}"),
    }
}

#[test]
fn a_visit_with_its_programme_ahead_is_under_way() {
    for text in [
        // A meeting framed by the visit, then an act to come.
        "Une rencontre entre les deux chefs d'État a eu lieu à Lisbonne dans le cadre de la visite officielle du président brésilien Luiz Inácio Lula da Silva au Portugal. Lula déposera une gerbe au monument des Découvertes.\n",
        // A journey told in the compound past, then talks to come.
        "Le Premier ministre indien Narendra Modi s'est rendu au Japon. À Tokyo, Narendra Modi devrait rencontrer le Premier ministre japonais Shigeru Ishiba.\n",
        // The plan told with "doit" and an infinitive.
        "Le président kényan William Ruto s'est rendu en France. William Ruto doit s'entretenir avec le président Emmanuel Macron à l'Élysée.\n",
        // A list of two plans, one of them a future.
        "Le président sénégalais Bassirou Diomaye Faye s'est rendu au Mali. Bassirou Diomaye Faye rencontrera le président Assimi Goïta puis visitera le musée national de Bamako.\n",
        // The plan first, the visit after it.
        "Le président chilien Gabriel Boric rencontrera jeudi le président Lula à Brasilia. Le président chilien Gabriel Boric s'est rendu au Brésil.\n",
    ] {
        assert_eq!(visit_status(text), Status::Ongoing, "{text}");
    }
}

#[test]
fn a_visit_told_as_over_stays_over_whatever_comes_next() {
    for text in [
        "Le président kényan William Ruto a achevé sa visite en France. William Ruto rencontrera le président Emmanuel Macron en juin.\n",
        "Le président sénégalais Bassirou Diomaye Faye a quitté le Mali. Bassirou Diomaye Faye rencontrera le président Assimi Goïta en juin.\n",
        "Le Premier ministre indien Narendra Modi a effectué une visite au Japon. Narendra Modi rencontrera le Premier ministre japonais Shigeru Ishiba en juin.\n",
        "À l'issue de sa visite au Brésil, le président chilien Gabriel Boric a déclaré qu'il rencontrera le président Lula à Brasilia en juin.\n",
        "Le président brésilien Lula s'est rendu au Portugal, puis a quitté le pays. Lula déposera une gerbe au monument des Découvertes en juin.\n",
    ] {
        assert_eq!(visit_status(text), Status::Occurred, "{text}");
    }
}

#[test]
fn plans_in_another_country_leave_the_visit_over() {
    for text in [
        "Le président kényan William Ruto s'est rendu en France. William Ruto rencontrera le chancelier Friedrich Merz à Berlin.\n",
        "Le Premier ministre indien Narendra Modi s'est rendu au Japon. Narendra Modi devrait ensuite rencontrer le président sud-coréen Lee Jae-myung à Séoul.\n",
        "Le président chilien Gabriel Boric s'est rendu au Brésil. Gabriel Boric doit s'entretenir avec le président argentin Javier Milei à Buenos Aires.\n",
        "Le président sénégalais Bassirou Diomaye Faye s'est rendu au Mali. Bassirou Diomaye Faye rencontrera le président nigérien Abdourahamane Tiani à Niamey.\n",
        "Le président brésilien Lula s'est rendu au Portugal. Lula s'entretiendra avec le Premier ministre espagnol Pedro Sánchez à Madrid.\n",
    ] {
        assert_eq!(visit_status(text), Status::Occurred, "{text}");
    }
}

#[test]
fn a_prior_step_ended_leaves_the_next_one_under_way() {
    for text in [
        "Après avoir quitté le Brésil, le président indonésien Prabowo Subianto s'est rendu au Royaume-Uni. Au Royaume-Uni, Prabowo Subianto devrait rencontrer le Premier ministre Keir Starmer.\n",
        "Après avoir achevé sa visite au Mali, le président sénégalais Bassirou Diomaye Faye s'est rendu au Niger. À Niamey, Bassirou Diomaye Faye rencontrera le président Abdourahamane Tiani.\n",
        "Le président kényan William Ruto, après avoir quitté l'Allemagne, s'est rendu en France. À Paris, William Ruto doit s'entretenir avec le président Emmanuel Macron.\n",
        "Après avoir terminé sa visite en Chine, le Premier ministre indien Narendra Modi s'est rendu au Japon. À Tokyo, Narendra Modi rencontrera le Premier ministre Shigeru Ishiba.\n",
        "Après avoir quitté Lisbonne, le président chilien Gabriel Boric s'est rendu en Espagne. À Madrid, Gabriel Boric rencontrera le Premier ministre Pedro Sánchez.\n",
    ] {
        let ev = events(text);
        let later: Vec<_> = of_type(&ev, EventType::Visit)
            .into_iter()
            .filter(|v| v.status == Status::Ongoing)
            .collect();
        assert_eq!(later.len(), 1, "{text}: {ev:#?}");
    }
}

/// The status and date of the one visit of `text`.
fn visit_status_and_date(text: &str) -> (Status, Option<String>) {
    let ev = events(text);
    let visits = of_type(&ev, EventType::Visit);
    match visits.as_slice() {
        [one] => (one.status, one.date.value.clone()),
        _ => panic!("{text}: expected one visit, found {visits:#?}"),
    }
}

#[test]
fn an_event_dated_ahead_is_planned_whatever_the_verb_telling_it() {
    for (text, date) in [
        (
            "Hanoï, 3 juin 2016 (VNA) - Le président Tran Dai Quang a annoncé sa visite au Laos pour le 14 juin prochain.\n",
            "2016-06-14",
        ),
        (
            "Dakar, 2 mai 2025 (APS) - Le président sénégalais Bassirou Diomaye Faye a confirmé sa visite en Gambie le 20 mai prochain.\n",
            "2025-05-20",
        ),
        (
            "Nairobi, 5 février 2025 (KNA) - Le président kényan William Ruto s'est dit heureux de sa visite en Somalie mardi prochain.\n",
            "2025-02-11",
        ),
        (
            "Lima, 9 juin 2025 (Andina) - La présidente péruvienne Dina Boluarte a évoqué sa visite en Bolivie la semaine prochaine.\n",
            "2025-06",
        ),
        (
            "Rabat, 14 avril 2025 (MAP) - Le ministre Nasser Bourita a confirmé sa visite au Paraguay demain.\n",
            "2025-04-15",
        ),
    ] {
        let (status, value) = visit_status_and_date(text);
        assert_eq!(status, Status::Planned, "{text}");
        assert!(
            value.as_deref().is_some_and(|v| v.starts_with(date)),
            "{text}: {value:?}"
        );
    }
}

#[test]
fn an_event_dated_in_the_past_keeps_its_tense() {
    for text in [
        "Hanoï, 3 juin 2016 (VNA) - Le président Tran Dai Quang a effectué sa visite au Laos le 14 mai dernier.\n",
        "Dakar, 2 mai 2025 (APS) - Le président Bassirou Diomaye Faye a achevé sa visite en Gambie hier.\n",
        "Nairobi, 5 février 2025 (KNA) - Le président William Ruto a effectué sa visite en Somalie mardi dernier.\n",
        "Lima, 9 juin 2025 (Andina) - La présidente Dina Boluarte a achevé sa visite en Bolivie la semaine dernière.\n",
        "Rabat, 14 avril 2025 (MAP) - Le ministre Nasser Bourita a effectué sa visite au Paraguay en mars dernier.\n",
    ] {
        assert_eq!(visit_status_and_date(text).0, Status::Occurred, "{text}");
    }
}

#[test]
fn a_first_visit_is_a_visit_in_any_tense() {
    for (text, status) in [
        (
            "Le président turkmène Serdar Berdimuhamedow a effectué sa première visite à l'étranger en Russie.\n",
            Status::Occurred,
        ),
        (
            "Le président vietnamien Tran Dai Quang effectuera sa première visite officielle au Laos.\n",
            Status::Planned,
        ),
        (
            "Le Premier ministre britannique Keir Starmer fera sa première visite à l'étranger en Allemagne.\n",
            Status::Planned,
        ),
        (
            "Le président Bassirou Diomaye Faye doit effectuer sa première visite à l'étranger en Mauritanie.\n",
            Status::Planned,
        ),
        (
            "Le président ivoirien Alassane Ouattara effectue sa première visite d'État au Ghana.\n",
            Status::Ongoing,
        ),
    ] {
        assert_eq!(visit_status_and_date(text).0, status, "{text}");
    }
}
