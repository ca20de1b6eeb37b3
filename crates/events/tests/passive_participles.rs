//! A reception told by a participle: fronted ("Reçu mardi par le président
//! X, le ministre Y a transmis …") or set off after the one received ("Y,
//! reçu en audience par X, a …") — the agent after "par" receives, the
//! participle's person is received, and the agent stands once; with talks
//! told by "a échangé mardi avec" and "a présidé une réunion avec". Every
//! text is written for these tests.

mod common;
use common::{events, of_type};
use depeche_events::{EventType, Role};

const DATELINE: &str = "Abidjan, 12 mars 2025 (AIP) - ";

/// (sources, targets) of every MEETING of `text` after the dateline.
fn meetings(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let ev = events(&format!("{DATELINE}{text}\n"));
    let side = |e: &depeche_events::Event, role: Role| -> Vec<String> {
        e.actors
            .iter()
            .filter(|a| a.role == role)
            .map(|a| a.text.clone())
            .collect()
    };
    of_type(&ev, EventType::Meeting)
        .iter()
        .map(|e| (side(e, Role::Source), side(e, Role::Target)))
        .collect()
}

fn received(found: &[(Vec<String>, Vec<String>)], host: &str, guest: &str) -> bool {
    found.iter().any(|(s, t)| {
        s.len() == 1 && s.iter().all(|x| x.contains(host)) && t.iter().any(|x| x.contains(guest))
    })
}

#[test]
fn the_agent_of_a_reception_participle_receives() {
    for text in [
        "Reçu mardi par le président Alassane Ouattara, le ministre togolais Robert Dussey a transmis un message du président Faure Gnassingbé.",
        "Le ministre togolais Robert Dussey, reçu mardi en audience par le président Alassane Ouattara, a transmis un message.",
        "Reçu en audience mardi par Alassane Ouattara, le ministre togolais Robert Dussey a salué la coopération.",
        "Le ministre togolais Robert Dussey, reçu par le président Alassane Ouattara, a évoqué la sécurité régionale.",
        "Reçue lundi par le président Alassane Ouattara, la ministre ghanéenne Shirley Ayorkor Botchwey a remis un message.",
    ] {
        let found = meetings(text);
        let guest = if text.contains("Botchwey") { "Botchwey" } else { "Dussey" };
        assert!(received(&found, "Ouattara", guest), "{text}: {found:?}");
        assert!(!received(&found, guest, "Ouattara"), "{text}: {found:?}");
    }
}

#[test]
fn talks_told_by_exchanging_or_a_chaired_meeting() {
    for (text, host, guest) in [
        ("Le président Alassane Ouattara a échangé mardi avec son homologue ghanéen John Mahama.", "Ouattara", "Mahama"),
        ("Le ministre Léon Kacou Adom a échangé hier avec l'ambassadeur de Chine, Wu Peng.", "Kacou Adom", "Wu Peng"),
        ("Le président Ouattara a présidé mardi une réunion avec le ministre burkinabè des Affaires étrangères, Karamoko Jean-Marie Traoré.", "Ouattara", "Traoré"),
        ("Le Premier ministre Robert Beugré Mambé a présidé une séance de travail avec le ministre français Sébastien Lecornu.", "Mambé", "Lecornu"),
        ("Le président Alassane Ouattara a échangé ce matin avec le président libérien Joseph Boakai.", "Ouattara", "Boakai"),
    ] {
        let found = meetings(text);
        assert!(received(&found, host, guest), "{text}: {found:?}");
    }
}
