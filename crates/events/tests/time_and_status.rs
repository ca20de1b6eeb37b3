//! When and whether: the status each cue gives and the date each
//! expression resolves to, relative to the dispatch date. Every text is
//! written for these tests in the agencies' style.

mod common;
use common::{events, of_type};
use depeche_events::{EventType, Status};

/// The status and date of the one event of `kind` in a dispatch dated
/// Wednesday 12 March 2025 whose body is `body`.
fn read(body: &str, kind: EventType) -> (Status, Option<String>) {
    read_dated("Dakar, 12 mars 2025 (APS) -", body, kind)
}

fn read_dated(dateline: &str, body: &str, kind: EventType) -> (Status, Option<String>) {
    let text = format!("{dateline} {body}\n");
    let ev = events(&text);
    let found = of_type(&ev, kind);
    match found.as_slice() {
        [one] => (one.status, one.date.value.clone()),
        _ => panic!("expected one {kind:?} in {text:?}, found {found:#?}"),
    }
}

fn date(s: &str) -> Option<String> {
    Some(s.to_string())
}

#[test]
fn arrivals_and_present_tense_visits_are_under_way() {
    for body in [
        "Le président gambien Adama Barrow est arrivé mercredi à Dakar.",
        "Le président gambien Adama Barrow a entamé mercredi une visite officielle au Sénégal.",
        "Le président gambien Adama Barrow entame ce mercredi une visite officielle au Sénégal.",
        "Le président gambien Adama Barrow effectue depuis lundi une visite de travail au Sénégal.",
        "Le président gambien Adama Barrow, en visite au Sénégal, a salué l'accueil reçu.",
        "Le président gambien Adama Barrow est au Sénégal depuis lundi.",
    ] {
        assert_eq!(read(body, EventType::Visit).0, Status::Ongoing, "{body}");
    }
}

#[test]
fn ended_visits_have_occurred() {
    for body in [
        "Le président gambien Adama Barrow a effectué une visite officielle au Sénégal.",
        "Le président gambien Adama Barrow a achevé mercredi sa visite officielle au Sénégal.",
        "Le président gambien Adama Barrow a quitté le Sénégal mercredi à l'issue d'une visite \
         de deux jours.",
    ] {
        assert_eq!(read(body, EventType::Visit).0, Status::Occurred, "{body}");
    }
}

#[test]
fn futures_modals_and_expectations_are_planned() {
    for (body, kind) in [
        (
            "Le président gambien Adama Barrow effectuera une visite officielle au Sénégal.",
            EventType::Visit,
        ),
        (
            "Le président gambien Adama Barrow est attendu jeudi à Dakar.",
            EventType::Visit,
        ),
        (
            "Le président gambien Adama Barrow doit rencontrer jeudi le président Bassirou \
             Diomaye Faye.",
            EventType::Meeting,
        ),
        (
            "Le président gambien Adama Barrow va s'entretenir avec le président Bassirou \
             Diomaye Faye.",
            EventType::Meeting,
        ),
        (
            "Le président gambien Adama Barrow sera reçu jeudi par le président Bassirou \
             Diomaye Faye.",
            EventType::Meeting,
        ),
        (
            "Le Sénégal et la Gambie devraient signer un accord sur la pêche.",
            EventType::Agreement,
        ),
        (
            "Le Sénégal et la Gambie signeront un accord sur la pêche.",
            EventType::Agreement,
        ),
    ] {
        assert_eq!(read(body, kind).0, Status::Planned, "{body}");
    }
}

#[test]
fn planned_events_do_not_inherit_the_dispatch_date() {
    let (status, when) = read(
        "Le président gambien Adama Barrow effectuera une visite officielle au Sénégal.",
        EventType::Visit,
    );
    assert_eq!(status, Status::Planned);
    assert_eq!(when, None);
}

#[test]
fn news_without_a_date_of_its_own_takes_the_dispatch_date() {
    let (_, when) = read(
        "Le président Bassirou Diomaye Faye a reçu le Premier ministre gambien.",
        EventType::Meeting,
    );
    assert_eq!(when, date("2025-03-12"));
}

#[test]
fn relative_days_resolve_against_the_dispatch_date() {
    for (when, expected) in [
        ("hier", "2025-03-11"),
        ("aujourd'hui", "2025-03-12"),
        ("ce matin", "2025-03-12"),
        ("la veille", "2025-03-11"),
        ("avant-hier", "2025-03-10"),
    ] {
        let body = format!(
            "Le président Bassirou Diomaye Faye a reçu {when} le Premier ministre gambien."
        );
        assert_eq!(read(&body, EventType::Meeting).1, date(expected), "{when}");
    }
}

#[test]
fn weekdays_resolve_to_the_last_such_day_on_or_before_the_dispatch() {
    // 12 March 2025 is a Wednesday.
    for (day, expected) in [
        ("mercredi", "2025-03-12"),
        ("mardi", "2025-03-11"),
        ("lundi", "2025-03-10"),
        ("jeudi", "2025-03-06"),
    ] {
        let body =
            format!("Le président Bassirou Diomaye Faye a reçu {day} le Premier ministre gambien.");
        assert_eq!(read(&body, EventType::Meeting).1, date(expected), "{day}");
    }
}

#[test]
fn a_weekday_with_its_date_needs_no_dispatch_day() {
    let (_, when) = read_dated(
        "Dakar (APS) -",
        "Le président Bassirou Diomaye Faye a reçu mardi 27 janvier le Premier ministre gambien.",
        EventType::Meeting,
    );
    assert_eq!(when, date("--01-27"));
}

#[test]
fn explicit_dates_and_intervals_keep_both_ends() {
    let (_, when) = read(
        "Le président gambien Adama Barrow effectue du 10 au 13 mars une visite officielle au \
         Sénégal.",
        EventType::Visit,
    );
    assert_eq!(when, date("2025-03-10/2025-03-13"));
    let (_, when) = read_dated(
        "Dakar, 2 mai 2022 (APS) -",
        "Le président gambien Adama Barrow a effectué du 30 avril au 1er mai une visite \
         officielle au Sénégal.",
        EventType::Visit,
    );
    assert_eq!(when, date("2022-04-30/2022-05-01"));
}

#[test]
fn a_year_of_a_background_sentence_is_not_borrowed() {
    let text = "Dakar, 12 mars (APS) - Le président Bassirou Diomaye Faye a reçu le Premier \
                ministre gambien.\n\nLes deux pays avaient signé un traité d'amitié en 1976.\n";
    let ev = events(text);
    let meeting = of_type(&ev, EventType::Meeting);
    assert_eq!(meeting.len(), 1, "{ev:#?}");
    assert_eq!(meeting[0].date.value.as_deref(), Some("--03-12"));
}

#[test]
fn the_next_day_follows_the_day_stated_before() {
    let text = "Dakar, 12 mars 2025 (APS) - Le président gambien Adama Barrow a été reçu le 10 \
                mars par le président Bassirou Diomaye Faye.\n\nLe lendemain, il a visité le port \
                autonome de Dakar.\n";
    let ev = events(text);
    let site = of_type(&ev, EventType::Activity);
    assert_eq!(site.len(), 1, "{ev:#?}");
    assert_eq!(site[0].date.value.as_deref(), Some("2025-03-11"));
}

#[test]
fn a_visit_the_relative_clause_says_is_made_is_under_way() {
    for body in [
        "Le Sénégal et la Gambie ont signé mercredi un accord dans le cadre de la visite \
         d'État qu'effectue le président gambien Adama Barrow au Sénégal.",
        "Le Sénégal et la Gambie ont signé mercredi un accord lors de la visite officielle \
         qu'effectue le président gambien Adama Barrow au Sénégal.",
        "Le Sénégal et la Gambie ont signé un accord pendant la visite de travail qu'il \
         effectue au Sénégal, a indiqué le président gambien Adama Barrow.",
        "Le président gambien Adama Barrow a entamé, depuis lundi, une visite officielle au \
         Sénégal.",
        "Le président gambien Adama Barrow a débuté, lundi, une visite de travail au Sénégal.",
    ] {
        assert_eq!(read(body, EventType::Visit).0, Status::Ongoing, "{body}");
    }
}

#[test]
fn leaving_home_for_the_host_is_the_visit_under_way() {
    for body in [
        "Le président gambien Adama Barrow a quitté Banjul pour Dakar.",
        "Le président gambien Adama Barrow a quitté Banjul ce mercredi pour Dakar.",
        "Le président gambien Adama Barrow a quitté Banjul ce mercredi en direction de Dakar, \
         pour une visite de travail au Sénégal.",
        "Le président gambien Adama Barrow a quitté Banjul ce matin à destination de Dakar.",
        "Le président gambien Adama Barrow a quitté Banjul mercredi après-midi pour Dakar.",
    ] {
        assert_eq!(read(body, EventType::Visit).0, Status::Ongoing, "{body}");
    }
}

#[test]
fn a_noun_takes_the_tense_of_the_future_verb_that_governs_it() {
    for (body, kind) in [
        (
            "Les présidents Bassirou Diomaye Faye et Adama Barrow assisteront à la cérémonie \
             de signature de plusieurs accords.",
            EventType::Agreement,
        ),
        (
            "Selon le programme, le président gambien Adama Barrow aura, jeudi, des entretiens \
             avec le président Bassirou Diomaye Faye.",
            EventType::Meeting,
        ),
        (
            "Une rencontre avec le président Bassirou Diomaye Faye est également prévue pour \
             le président gambien Adama Barrow.",
            EventType::Meeting,
        ),
        (
            "Le président gambien Adama Barrow sera quant à lui reçu par le président \
             Bassirou Diomaye Faye.",
            EventType::Meeting,
        ),
        (
            "Le président gambien Adama Barrow visitera le port de Dakar, avant de \
             s'entretenir avec le président Bassirou Diomaye Faye.",
            EventType::Meeting,
        ),
    ] {
        assert_eq!(read(body, kind).0, Status::Planned, "{body}");
    }
}

#[test]
fn a_future_perfect_tells_what_happened() {
    for body in [
        "Le point d'orgue de la visite aura été l'entretien du président gambien Adama Barrow \
         avec le président Bassirou Diomaye Faye.",
        "Le temps fort aura été l'entretien du président gambien Adama Barrow avec le \
         président Bassirou Diomaye Faye.",
    ] {
        assert_ne!(read(body, EventType::Meeting).0, Status::Planned, "{body}");
    }
}

#[test]
fn a_visit_is_under_way_on_its_last_day_unless_it_ended() {
    let (status, when) = read(
        "Le président gambien Adama Barrow a effectué du 10 au 12 mars une visite officielle \
         au Sénégal.",
        EventType::Visit,
    );
    assert_eq!(status, Status::Ongoing);
    assert_eq!(when, date("2025-03-10/2025-03-12"));
    let (status, _) = read(
        "Le président gambien Adama Barrow a quitté Dakar ce mercredi, achevant la visite \
         officielle au Sénégal qu'il effectuait du 10 au 12 mars.",
        EventType::Visit,
    );
    assert_eq!(status, Status::Occurred);
}

#[test]
fn weekdays_written_with_their_date_are_that_date() {
    for when in [
        "ce mercredi 12 mars",
        "mercredi midi 12 mars",
        "mercredi soir 12 mars",
        "le mercredi 12 mars",
        "mercredi 12 mars",
    ] {
        let (_, got) = read_dated(
            "Dakar (APS) -",
            &format!(
                "Le président Bassirou Diomaye Faye a reçu {when} le Premier ministre gambien."
            ),
            EventType::Meeting,
        );
        assert_eq!(got, date("--03-12"), "{when}");
    }
}

#[test]
fn header_forms_date_the_dispatch() {
    for dateline in [
        "Dakar, 12 mars 2025(APS)-",
        "DAKAR 12/03/2025 (APS) -",
        "Dakar, 12 mars 2025 /APS/.",
        "Dakar, 12 mars 2025 (Agence de presse)",
    ] {
        let (_, when) = read_dated(
            dateline,
            "Le président Bassirou Diomaye Faye a reçu le Premier ministre gambien.",
            EventType::Meeting,
        );
        assert_eq!(when, date("2025-03-12"), "{dateline}");
    }
}

#[test]
fn a_visit_with_a_programme_is_not_planned_for_that() {
    for body in [
        "Le programme de la visite du président gambien Adama Barrow au Sénégal, du 10 au 13 \
         mars, comprend un voyage à Saint-Louis.",
        "Le programme de la visite du président gambien Adama Barrow au Sénégal, du 10 au 13 \
         mars, prévoit une étape à Thiès.",
        "Le programme de la visite officielle du président gambien Adama Barrow au Sénégal, du \
         10 au 13 mars, est chargé.",
        "Le programme du séjour de travail est chargé : la visite du président gambien Adama \
         Barrow au Sénégal, du 10 au 13 mars, comprend un forum.",
        "Selon le programme de la visite du président gambien Adama Barrow au Sénégal, du 10 au \
         13 mars, un forum économique est au menu.",
    ] {
        assert_ne!(read(body, EventType::Visit).0, Status::Planned, "{body}");
    }
}

/// The one event of `kind` in a dispatch of several sentences.
fn read_story(text: &str, kind: EventType) -> Option<String> {
    let ev = events(text);
    let found = of_type(&ev, kind);
    match found.as_slice() {
        [one] => one.date.value.clone(),
        _ => panic!("expected one {kind:?} in {text:?}, found {found:#?}"),
    }
}

#[test]
fn an_exchange_told_over_days_then_on_one_day_is_on_that_day() {
    for (first, again) in [
        ("Du 3 au 12 mars", "le 10 mars"),
        ("Entre le 3 et le 12 mars", "le 10 mars"),
        ("Du 1er au 12 mars", "lundi 10 mars"),
        ("Du 3 au 12 mars", "le lundi 10 mars"),
    ] {
        let text = format!(
            "Dakar, 12 mars 2025 (APS) - {first}, l'ambassadeur de Gambie a été reçu par le \
             président Bassirou Diomaye Faye.\n\nLors de sa rencontre avec l'ambassadeur de \
             Gambie {again}, le président Bassirou Diomaye Faye a salué son action.\n"
        );
        assert_eq!(
            read_story(&text, EventType::Meeting),
            date("2025-03-10"),
            "{first} / {again}"
        );
    }
}

#[test]
fn a_visit_dated_by_its_arrival_then_by_its_days_spans_them() {
    for (arrival, days) in [
        ("le 10 mars", "du 10 au 13 mars"),
        ("lundi 10 mars", "du 10 au 13 mars"),
        ("le 11 mars", "du 10 au 13 mars"),
    ] {
        let text = format!(
            "Dakar, 12 mars 2025 (APS) - Le président gambien Adama Barrow est arrivé {arrival} \
             à Dakar.\n\nLe président gambien Adama Barrow effectue {days} une visite \
             officielle au Sénégal.\n"
        );
        assert_eq!(
            read_story(&text, EventType::Visit),
            date("2025-03-10/2025-03-13"),
            "{arrival} / {days}"
        );
    }
}

#[test]
fn a_plan_linked_to_a_planned_exchange_shares_its_day() {
    for link in [
        "En marge de cette rencontre, le Sénégal et la Gambie signeront un accord sur la pêche.",
        "À cette occasion, le Sénégal et la Gambie signeront un accord sur la pêche.",
        "Lors de cet entretien, le Sénégal et la Gambie devraient signer un accord sur la pêche.",
        "En marge de l'entretien, le Sénégal et la Gambie doivent signer un accord sur la pêche.",
        "Le même jour, le Sénégal et la Gambie signeront un accord sur la pêche.",
    ] {
        let text = format!(
            "Dakar, 12 mars 2025 (APS) - Le vendredi 14 mars, le président Bassirou Diomaye \
             Faye recevra le président gambien Adama Barrow au palais.\n\n{link}\n"
        );
        let ev = events(&text);
        let agreements = of_type(&ev, EventType::Agreement);
        assert_eq!(agreements.len(), 1, "{link}: {ev:#?}");
        assert_eq!(agreements[0].status, Status::Planned, "{link}");
        assert_eq!(
            agreements[0].date.value.as_deref(),
            Some("2025-03-14"),
            "{link}"
        );
    }
}

#[test]
fn a_visit_framing_another_event_is_not_dated_by_its_day() {
    for body in [
        "Le Sénégal et la Gambie ont signé lundi un accord dans le cadre de la visite \
         officielle qu'effectue le président gambien Adama Barrow au Sénégal.",
        "Le Sénégal et la Gambie ont signé hier un accord lors de la visite officielle du \
         président gambien Adama Barrow au Sénégal.",
        "Le Sénégal et la Gambie ont signé lundi un accord au cours de la visite d'État du \
         président gambien Adama Barrow au Sénégal.",
        "Le Sénégal et la Gambie ont signé mardi un accord pendant la visite de travail du \
         président gambien Adama Barrow au Sénégal.",
        "Le Sénégal et la Gambie ont signé ce matin un accord dans le cadre de la visite \
         d'amitié du président gambien Adama Barrow au Sénégal.",
    ] {
        assert_eq!(read(body, EventType::Visit).1, date("2025-03-12"), "{body}");
    }
}

#[test]
fn what_a_relative_tells_of_a_visit_is_not_dated_by_the_return() {
    for body in [
        "Le président Bassirou Diomaye Faye est rentré hier à Dakar après sa visite en Gambie \
         au cours de laquelle plusieurs accords ont été signés.",
        "Le président Bassirou Diomaye Faye est rentré lundi soir après sa visite de trois \
         jours en Gambie au cours de laquelle le Sénégal et la Gambie ont signé un accord.",
        "Le président Bassirou Diomaye Faye a regagné Dakar mardi au terme d'un séjour en \
         Gambie durant lequel plusieurs accords ont été signés.",
        "Le président Bassirou Diomaye Faye est revenu hier d'une tournée en Gambie au cours \
         de laquelle plusieurs accords ont été signés.",
        "Le président Bassirou Diomaye Faye est rentré lundi de sa visite officielle en Gambie, \
         lors de laquelle plusieurs accords ont été signés.",
    ] {
        assert_eq!(
            read(body, EventType::Agreement).1,
            date("2025-03-12"),
            "{body}"
        );
    }
}

#[test]
fn relative_days_move_a_dateline_without_its_year() {
    for (dateline, body, kind, expected) in [
        (
            "Lomé, 26 juil (ATOP) -",
            "Hier, le président togolais a eu un entretien avec son homologue béninois Patrice Talon.",
            EventType::Meeting,
            "--07-25",
        ),
        (
            "Lomé, 1er janv (ATOP) -",
            "Le président béninois Patrice Talon est arrivé hier à Lomé.",
            EventType::Visit,
            "--12-31",
        ),
        (
            "Lomé, 30 sept (ATOP) -",
            "Le président béninois Patrice Talon est attendu demain à Lomé.",
            EventType::Visit,
            "--10-01",
        ),
        (
            "Lomé, 12 mai (ATOP) -",
            "Avant-hier, le ministre béninois des Affaires étrangères a signé à Lomé un accord \
             avec le Togo.",
            EventType::Agreement,
            "--05-10",
        ),
        (
            "Lomé, 28 févr (ATOP) -",
            "Le président béninois Patrice Talon a été reçu aujourd'hui à Lomé par le chef de \
             l'Etat togolais.",
            EventType::Meeting,
            "--02-28",
        ),
    ] {
        assert_eq!(read_dated(dateline, body, kind).1, date(expected), "{body}");
    }
    // Whether a leap day lies between is unknown without the year.
    let (_, value) = read_dated(
        "Lomé, 1er mars (ATOP) -",
        "Hier, le président togolais a eu un entretien avec son homologue béninois Patrice Talon.",
        EventType::Meeting,
    );
    assert_eq!(value, None);
}
