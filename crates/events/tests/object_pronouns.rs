//! An object pronoun before the verb ("Le président l'a reçu", "X les
//! recevra le 15 mars", "Y l'accueillera mercredi"): the one met is the
//! other party of the last exchange, else the one the story was last
//! about, else the visitor. An article before a noun ("la rencontre de
//! X") is no pronoun, and a negated verb gives no event. Every text is
//! written for these tests.

mod common;
use common::{countries, events, has_actor, of_type, pair};
use depeche_events::{EventType, Status};

const LEAD: &str = "Dakar, 12 mai 2016 (APS) - Le ministre malien des Affaires étrangères \
                    Abdoulaye Diop est arrivé mardi à Dakar pour une visite de travail. ";

#[test]
fn an_object_pronoun_is_the_one_the_story_is_about() {
    for (text, status) in [
        (
            "Le président Macky Sall l'a reçu mercredi au palais.",
            Status::Occurred,
        ),
        (
            "Le président Macky Sall le recevra jeudi au palais de la République.",
            Status::Planned,
        ),
        (
            "Le Premier ministre Mahammed Boun Abdallah Dionne l'accueillera vendredi.",
            Status::Planned,
        ),
        (
            "Le président Macky Sall l'avait reçu dès son arrivée.",
            Status::Occurred,
        ),
        (
            "Mercredi, le président Macky Sall l'a longuement reçu.",
            Status::Occurred,
        ),
        (
            "Le président Macky Sall la rencontrera jeudi.",
            Status::Planned,
        ),
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let met: Vec<_> = of_type(&ev, EventType::Meeting)
            .into_iter()
            .filter(|e| has_actor(e, "Diop"))
            .collect();
        assert_eq!(met.len(), 1, "{text}: {ev:#?}");
        assert_eq!(countries(met[0]), pair("MLI", "SEN"), "{text}");
        assert_eq!(met[0].status, status, "{text}");
    }
}

#[test]
fn a_plural_pronoun_follows_the_delegation() {
    let text = "Berne, 12 février 2017 (ATS) - Le président de l'Assemblée nationale du Burkina \
                Faso, Salifou Diallo, effectuera une visite de travail en Suisse. Le président du \
                Conseil national, Jürg Stahl, les recevra le 15 mars.\n";
    let ev = events(text);
    let met = of_type(&ev, EventType::Meeting);
    assert_eq!(met.len(), 1, "{ev:#?}");
    assert!(has_actor(met[0], "Diallo"), "{:#?}", met[0]);
    assert_eq!(countries(met[0]), pair("BFA", "CHE"));
}

#[test]
fn articles_and_negations_make_no_meeting() {
    for text in [
        "Le président Macky Sall ne l'a pas reçu.",
        "Le président Macky Sall ne le recevra pas.",
        "La rencontre a été reportée.",
        "Le Sahara occidental a été évoqué par le président Macky Sall.",
        "Le président Macky Sall a salué la coopération entre les deux pays.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let met = of_type(&ev, EventType::Meeting);
        assert!(met.is_empty(), "{text}: {met:#?}");
    }
}
