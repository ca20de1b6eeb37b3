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
