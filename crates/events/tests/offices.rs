//! Counterparts named by office only: "le président du Sénat", "le
//! secrétaire national du Parti communiste français". An actor all the same,
//! whose country comes from its body, a demonym, or the host of the visit.
//! Every text is written for these tests in the agencies' style.

mod common;
use common::{countries, events, of_type};
use depeche_events::{EventType, Role};

fn meeting_with(text: &str) -> (String, Vec<String>) {
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{text}\n{meetings:#?}");
    let m = meetings[0];
    let target = m
        .actors
        .iter()
        .find(|a| a.role == Role::Target)
        .map(|a| a.text.clone())
        .unwrap_or_default();
    (target, countries(m))
}

#[test]
fn an_office_of_a_national_body_is_of_the_host_country() {
    for (text, office) in [
        (
            "Dakar, 12 mars (APS) - Le Premier ministre malien Choguel Kokalla Maïga a rencontré \
             jeudi à Dakar le président du Sénat.\n",
            "le président du Sénat",
        ),
        (
            "Dakar, 12 mars (APS) - Le Premier ministre malien Choguel Kokalla Maïga s'est \
             entretenu à Dakar avec le président de l'Assemblée nationale.\n",
            "le président de l'Assemblée nationale",
        ),
        (
            "Dakar, 12 mars (APS) - Le Premier ministre malien Choguel Kokalla Maïga a reçu à \
             Dakar le gouverneur de la Banque centrale.\n",
            "le gouverneur de la Banque centrale",
        ),
    ] {
        let (target, countries) = meeting_with(text);
        assert_eq!(target, office, "{text}");
        assert_eq!(countries, ["MLI", "SEN"], "{text}");
    }
}

#[test]
fn a_demonym_in_the_body_gives_its_country() {
    let (target, countries) = meeting_with(
        "Hanoï, 4 mai (VNA) - Le président Lương Cường a reçu le secrétaire national du Parti \
         communiste français.\n",
    );
    assert_eq!(
        target,
        "le secrétaire national du Parti communiste français"
    );
    assert_eq!(countries, ["FRA", "VNM"]);
}

#[test]
fn an_office_followed_by_its_holder_is_that_person() {
    let ev = events(
        "Rome, 3 avril (Lusa) - Le président angolais João Lourenço a rencontré le président du \
         Sénat, Marco Bianchi.\n",
    );
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{meetings:#?}");
    assert!(
        meetings[0].actors.iter().any(|a| a.text == "Marco Bianchi"),
        "{meetings:#?}"
    );
}

#[test]
fn an_office_of_a_named_country_is_that_countrys() {
    let (_, countries) = meeting_with(
        "Dakar, 12 mars (APS) - Le président Bassirou Diomaye Faye a reçu le Premier ministre du \
         Niger.\n",
    );
    assert_eq!(countries, ["NER", "SEN"]);
}

#[test]
fn an_office_in_a_programme_is_a_planned_counterpart() {
    let ev = events(
        "Abidjan, 10 mars 2025 (AIP) - Selon le programme, le président ghanéen John Mahama doit \
         rencontrer mardi le président du Sénat, puis il visitera une usine.\n",
    );
    let meetings = of_type(&ev, EventType::Meeting);
    assert_eq!(meetings.len(), 1, "{meetings:#?}");
    assert!(meetings[0]
        .actors
        .iter()
        .any(|a| a.text == "le président du Sénat"));
}
