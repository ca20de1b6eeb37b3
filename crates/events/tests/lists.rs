//! Lists: one event per item a list names — ambassadors presenting their
//! credentials in either order of name and country, and a meeting named
//! both by the country and by the person is one meeting. Every text is
//! written for these tests in the agencies' style.

mod common;
use common::{countries, events, of_type};
use depeche_events::{Event, EventType};

/// (name, country) of the side of each meeting that is not `host`, sorted.
fn guests(events: &[Event], host: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = of_type(events, EventType::Meeting)
        .into_iter()
        .filter_map(|e| {
            let guest = e
                .actors
                .iter()
                .find(|a| a.country.as_deref() != Some(host))?;
            Some((guest.text.clone(), guest.country.as_deref()?.to_string()))
        })
        .collect();
    out.sort();
    out
}

fn pair(name: &str, country: &str) -> (String, String) {
    (name.to_string(), country.to_string())
}

#[test]
fn country_first_list_pairs_each_envoy_with_its_own_country() {
    let text = "Yaoundé, 14 mars 2025 (CRTV) - Le président Paul Biya a reçu jeudi les lettres de \
                créance des nouveaux ambassadeurs du Brésil, Carlos Mendes, de la Norvège, \
                Ingrid Hansen, et du Chili, Pablo Rojas.\n";
    assert_eq!(
        guests(&events(text), "CMR"),
        [
            pair("Carlos Mendes", "BRA"),
            pair("Ingrid Hansen", "NOR"),
            pair("Pablo Rojas", "CHL")
        ]
    );
}

#[test]
fn honorifics_between_country_and_name_are_skipped() {
    let text = "Yaoundé, 14 mars 2025 (CRTV) - Le chef de l'État Paul Biya a reçu les lettres de \
                créance des ambassadeurs du Japon, S.E. Kenji Tanaka, de la République du Ghana, \
                Mme Ama Owusu, et de la Turquie, Son Excellence Mehmet Yilmaz.\n";
    assert_eq!(
        guests(&events(text), "CMR"),
        [
            pair("Ama Owusu", "GHA"),
            pair("Kenji Tanaka", "JPN"),
            pair("Mehmet Yilmaz", "TUR")
        ]
    );
}

#[test]
fn envoys_as_subject_present_credentials_to_the_head_of_state() {
    let text = "Yaoundé, 14 mars 2025 (CRTV) - Les ambassadeurs désignés du Japon, S.E Kenji \
                Tanaka, du Royaume d'Espagne, S.E Pilar Ortega et de la Turquie, S.E Mehmet \
                Yilmaz ont présenté ce vendredi leurs lettres de créance au président Paul Biya.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 3, "{meetings:#?}");
    for m in &meetings {
        assert!(
            m.actors.iter().any(|a| a.text.contains("Paul Biya")),
            "the receiver is the head of state: {m:#?}"
        );
        assert_eq!(countries(m).len(), 2, "{m:#?}");
    }
    assert_eq!(
        guests(&ev, "CMR"),
        [
            pair("Kenji Tanaka", "JPN"),
            pair("Mehmet Yilmaz", "TUR"),
            pair("Pilar Ortega", "ESP")
        ]
    );
}

#[test]
fn person_first_list_still_reads_as_before() {
    let text = "Dakar, 4 avril (APS) - Le président Bassirou Diomaye Faye a reçu jeudi les \
                lettres de créance de trois ambassadeurs.\n\nIl s'agit de Kenji Sato du Japon, \
                de Lena Berg de la Suède et de Paolo Rossi de l'Italie.\n";
    assert_eq!(
        guests(&events(text), "SEN"),
        [
            pair("Kenji Sato", "JPN"),
            pair("Lena Berg", "SWE"),
            pair("Paolo Rossi", "ITA")
        ]
    );
}

#[test]
fn two_lists_in_one_dispatch_give_every_envoy() {
    let text = "Hanoï, 26 février (VNA) - Le président Lương Cường a reçu mercredi les lettres \
                de créance des ambassadeurs de la Suisse, Anna Keller, et du Paraguay, Luis \
                Benítez.\n\nLe même jour, il a reçu les lettres de créance des ambassadeurs de la \
                Grèce, Nikos Pappas, et du Luxembourg, Marc Weber.\n";
    assert_eq!(
        guests(&events(text), "VNM"),
        [
            pair("Anna Keller", "CHE"),
            pair("Luis Benítez", "PRY"),
            pair("Marc Weber", "LUX"),
            pair("Nikos Pappas", "GRC")
        ]
    );
}

#[test]
fn a_meeting_named_by_country_and_by_person_is_one_meeting() {
    let text = "Lettres de créance\n\nDakar, 3 février 2025 (APS) - L'ambassadeur du Japon, M. \
                Kenji Sato, a présenté mardi ses lettres de créance au président Bassirou \
                Diomaye Faye.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{meetings:#?}");
    assert_eq!(countries(meetings[0]), ["JPN", "SEN"]);
}
