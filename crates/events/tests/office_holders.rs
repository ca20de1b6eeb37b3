//! An office named with its body stands for the person the dispatch gave
//! that very office: "M. X, président du Conseil national, …" then "sera
//! reçu par le président du Conseil national" is X — not the last person
//! called "président" of some other body. And ", sera reçu par" is a
//! passive, never the bare participle of a list. Every text is written for
//! these tests; the officials are invented.

mod common;
use common::{events, of_type, sides};
use depeche_events::{EventType, Role};

const LEAD: &str = "Berne, 12 mars 2025 (ATS) - M. Karim Haddad, président du Sénat jordanien, \
                    est attendu en Suisse la semaine prochaine. M. Lukas Brunner, président du \
                    Conseil national, a ouvert lundi la session de printemps. Mme Claudia Keller, \
                    présidente de la Confédération, a salué les députés. ";

/// (sources, targets) of every MEETING of `text` after the lead.
fn meetings(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    sides(&format!("{LEAD}{text}\n"), EventType::Meeting)
}

/// Whether one meeting has `host` among its sources and `guest` among its
/// targets.
fn receives(found: &[(Vec<String>, Vec<String>)], host: &str, guest: &str) -> bool {
    found
        .iter()
        .any(|(s, t)| s.iter().any(|n| n.contains(host)) && t.iter().any(|n| n.contains(guest)))
}

#[test]
fn an_office_with_its_body_is_the_one_who_holds_it() {
    for (text, host) in [
        (
            "M. Salif Ouédraogo, président de l'Assemblée nationale du Burkina Faso, sera reçu par le président du Conseil national le 15 mars.",
            "Lukas Brunner",
        ),
        (
            "M. Salif Ouédraogo sera également reçu par la présidente de la Confédération.",
            "Claudia Keller",
        ),
        (
            "Jeudi, M. Salif Ouédraogo a été reçu en audience par le président du Conseil national.",
            "Lukas Brunner",
        ),
        (
            "Le président du Conseil national a reçu mardi M. Salif Ouédraogo au Palais fédéral.",
            "Lukas Brunner",
        ),
        (
            "La présidente de la Confédération a reçu mardi M. Salif Ouédraogo à Berne.",
            "Claudia Keller",
        ),
    ] {
        let found = meetings(text);
        assert!(receives(&found, host, "Salif Ouédraogo"), "{text}: {found:?}");
        assert!(
            !receives(&found, "Karim Haddad", "Salif Ouédraogo"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_office_no_one_was_given_is_no_one_named() {
    let text = "M. Salif Ouédraogo sera reçu par le président du Conseil des États le 15 mars.";
    // (With the office set after a name with its article, see below.)
    let found = meetings(text);
    for host in ["Lukas Brunner", "Karim Haddad", "Claudia Keller"] {
        assert!(
            !receives(&found, host, "Salif Ouédraogo"),
            "{host}: {found:?}"
        );
    }
}

#[test]
fn a_passive_after_a_comma_is_no_bare_participle_of_a_list() {
    for text in [
        "M. Salif Ouédraogo, président de l'Assemblée nationale du Burkina Faso, sera reçu par le président Emmanuel Macron le 15 mars.",
        "M. Salif Ouédraogo, arrivé lundi à Paris, est reçu ce mardi par le président Emmanuel Macron.",
        "M. Salif Ouédraogo, en visite à Paris, sera accueilli par le président Emmanuel Macron.",
    ] {
        let found = meetings(text);
        assert!(
            receives(&found, "Emmanuel Macron", "Salif Ouédraogo"),
            "{text}: {found:?}"
        );
        assert!(
            !receives(&found, "Salif Ouédraogo", "Emmanuel Macron"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_leader_noun_with_a_body_heads_that_body_and_no_one_else() {
    for text in [
        "M. Karim Haddad aura également une rencontre avec le chef de la Direction du développement et de la coopération.",
        "M. Karim Haddad rencontrera jeudi le chef de la Division politique du Département fédéral.",
        "M. Karim Haddad s'est entretenu mardi avec le dirigeant du Parti socialiste genevois.",
    ] {
        let found = meetings(text);
        let met: Vec<&String> = found
            .iter()
            .filter(|(s, _)| s.iter().any(|n| n.contains("Karim Haddad")))
            .flat_map(|(_, t)| t)
            .collect();
        assert!(
            met.iter().any(|n| n.starts_with("le chef") || n.starts_with("le dirigeant")),
            "{text}: {found:?}"
        );
        for named in ["Lukas Brunner", "Claudia Keller"] {
            assert!(!met.iter().any(|n| n.contains(named)), "{text}: {found:?}");
        }
    }
}

#[test]
fn a_head_of_state_with_a_demonym_is_of_that_state() {
    for (text, country) in [
        (
            "M. Karim Haddad s'est entretenu mardi avec le chef d'État tunisien.",
            "TUN",
        ),
        (
            "M. Karim Haddad s'est entretenu mardi avec le chef de l'État tunisien.",
            "TUN",
        ),
        (
            "M. Karim Haddad a rencontré jeudi le chef d'État sénégalais.",
            "SEN",
        ),
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let targets: Vec<_> = of_type(&ev, EventType::Meeting)
            .iter()
            .flat_map(|e| e.actors.iter().filter(|a| a.role == Role::Target))
            .map(|a| (a.text.clone(), a.country.clone()))
            .collect();
        assert!(
            targets
                .iter()
                .any(|(t, c)| t.starts_with("le chef") && c.as_deref() == Some(country)),
            "{text}: {targets:?}"
        );
        assert!(
            !targets.iter().any(|(t, _)| t.contains("Brunner")),
            "{text}: {targets:?}"
        );
    }
}

#[test]
fn an_office_set_after_a_name_with_its_article_is_that_person() {
    let text = "Berne, 12 mars 2025 (ATS) - M. Lukas Brunner, le président du Conseil national, a ouvert lundi la session. M. Salif Ouédraogo sera reçu jeudi par le président du Conseil national.\n";
    let found = sides(text, EventType::Meeting);
    assert!(
        found
            .iter()
            .any(|(s, t)| s.iter().any(|n| n == "Lukas Brunner")
                && t.iter().any(|n| n == "Salif Ouédraogo")),
        "{found:?}"
    );
}
