//! Audiences: a visitor received in audience by an emperor, a king, a
//! pope ("a été reçu en audience par", "a eu une audience avec", "a été
//! reçu au palais par le roi"), and an envoy received as the object of a
//! relative clause ("l'ambassadeur, que le président a reçu au palais").
//! One MEETING between host and visitor, each with their own country.
//! Every text is written for these tests.

mod common;
use common::{countries, events, has_actor, of_type, only_meeting};
use depeche_events::{Event, EventType};

/// The one meeting of `text`, with `host` and `guest`.
fn the_audience(text: &str, host: &str, guest: &str) -> Event {
    let (m, _) = only_meeting(text);
    assert!(has_actor(&m, host) && has_actor(&m, guest), "{m:#?}");
    m
}

#[test]
fn received_in_audience_by_a_monarch() {
    let emperor = "Tokyo, 3 mars 2025 (VNA) - Le président vietnamien Luong Cuong a été reçu en \
                   audience lundi par l'empereur Naruhito au palais impérial.\n";
    let m = the_audience(emperor, "Naruhito", "Luong Cuong");
    assert_eq!(countries(&m), ["JPN", "VNM"]);
    let king =
        "Rabat, 3 mars 2025 (MAP) - Le ministre sénégalais des Affaires étrangères, Yassine \
                Fall, a été reçu en audience lundi au palais royal de Rabat par le roi Mohammed \
                VI.\n";
    let m = the_audience(king, "Mohammed VI", "Fall");
    assert_eq!(countries(&m), ["MAR", "SEN"]);
}

#[test]
fn an_audience_had_with_the_host() {
    let pope = "Cité du Vatican, 3 mars 2025 (AFP) - Le président libanais Joseph Aoun a eu lundi \
                une audience avec le pape Léon XIV.\n";
    the_audience(pope, "Léon XIV", "Aoun");
    let king = "Amman, 3 mars 2025 (Petra) - Le Premier ministre irakien Mohammed Chia al-Soudani \
                a eu une longue audience au palais avec le roi Abdallah II.\n";
    let m = the_audience(king, "Abdallah II", "Soudani");
    assert_eq!(countries(&m), ["IRQ", "JOR"]);
}

#[test]
fn the_king_named_by_title_after_his_name() {
    let text = "Amman, 3 mars 2025 (Petra) - Le roi Abdallah II a accueilli lundi le président \
                égyptien. Le président Abdel Fattah al-Sissi a été reçu au palais royal par le \
                roi.\n";
    let ev = events(text);
    let meetings = of_type(&ev, EventType::Meeting);
    assert!(!meetings.is_empty(), "{ev:#?}");
    for m in meetings {
        assert_eq!(countries(m), ["EGY", "JOR"], "{m:#?}");
    }
}

#[test]
fn an_envoy_received_in_a_relative_clause() {
    let comma = "Tunis, 3 mars 2025 (TAP) - L'invitation a été remise lundi au président Kaïs \
                 Saïed par l'ambassadeur d'Algérie en Tunisie, Abdelkader Hadjar, que le \
                 président tunisien a reçu au palais de Carthage.\n";
    let m = the_audience(comma, "Hadjar", "tunisien");
    assert_eq!(countries(&m), ["DZA", "TUN"]);
    let no_comma = "Tunis, 3 mars 2025 (TAP) - Le message a été remis par l'ambassadeur \
                    d'Algérie, Abdelkader Hadjar que le président Kaïs Saïed a reçu lundi.\n";
    let m = the_audience(no_comma, "Hadjar", "Saïed");
    assert_eq!(countries(&m), ["DZA", "TUN"]);
    let subject = "Tunis, 3 mars 2025 (TAP) - L'ambassadeur d'Algérie, Abdelkader Hadjar, que le \
                   président tunisien a reçu lundi au palais de Carthage, a remis un message.\n";
    let m = the_audience(subject, "Hadjar", "tunisien");
    assert_eq!(countries(&m), ["DZA", "TUN"]);
}

#[test]
fn a_relative_clause_in_other_tenses() {
    let pluperfect = "Dakar, 3 mars 2025 (APS) - Le ministre malien des Affaires étrangères, \
                      Abdoulaye Diop, que le président Bassirou Diomaye Faye avait reçu la \
                      veille, a quitté Dakar jeudi.\n";
    let m = the_audience(pluperfect, "Diop", "Faye");
    assert_eq!(countries(&m), ["MLI", "SEN"]);
    let future = "Rabat, 3 mars 2025 (MAP) - Le ministre sénégalais des Affaires étrangères, \
                  Yassine Fall, que le roi Mohammed VI recevra mardi, est arrivé à Rabat.\n";
    let m = the_audience(future, "Fall", "Mohammed VI");
    assert_eq!(countries(&m), ["MAR", "SEN"]);
}

#[test]
fn a_relative_clause_about_a_message_is_no_audience() {
    let text = "Tunis, 3 mars 2025 (TAP) - Le président Kaïs Saïed a lu le message que le \
                gouvernement a reçu lundi.\n";
    let ev = events(text);
    assert!(of_type(&ev, EventType::Meeting).is_empty(), "{ev:#?}");
}

#[test]
fn a_reception_told_by_a_noun_with_its_agent() {
    let spouse = "Tokyo, 28 novembre 2023 (VNA) - La presse japonaise a mis en lumière la \
                  réception de Vo Van Thuong et de son épouse par l'empereur Naruhito.\n";
    let m = the_audience(spouse, "Naruhito", "Vo Van Thuong");
    assert_eq!(countries(&m), ["JPN", "VNM"]);
    let subject =
        "Rabat, 3 mars 2025 (MAP) - La réception du ministre sénégalais Yassine Fall par \
                   le roi Mohammed VI a eu lieu lundi au palais royal.\n";
    let m = the_audience(subject, "Mohammed VI", "Fall");
    assert_eq!(countries(&m), ["MAR", "SEN"]);
    let granted = "Amman, 3 mars 2025 (Petra) - Le palais a annoncé une audience accordée lundi \
                   au Premier ministre irakien Mohammed Chia al-Soudani par le roi Abdallah II.\n";
    let m = the_audience(granted, "Abdallah II", "Soudani");
    assert_eq!(countries(&m), ["IRQ", "JOR"]);
    let audience = "Cité du Vatican, 3 mars 2025 (AFP) - Cette audience du président libanais \
                    Joseph Aoun par le pape Léon XIV a duré une heure.\n";
    the_audience(audience, "Léon XIV", "Aoun");
    let envoy = "Rabat, 3 mars 2025 (MAP) - Une réception de l'ambassadeur du Japon, Kenji \
                        Sato, par le ministre Nasser Bourita a eu lieu lundi.\n";
    let m = the_audience(envoy, "Bourita", "Kenji Sato");
    assert_eq!(countries(&m), ["JPN", "MAR"]);
}

#[test]
fn a_document_received_is_no_audience() {
    let text = "Paris, 3 mars 2025 (AFP) - La réception de l'invitation par le gouvernement a été \
                confirmée lundi.\n";
    let ev = events(text);
    assert!(of_type(&ev, EventType::Meeting).is_empty(), "{ev:#?}");
}
