//! Talks on a summit's sidelines, as wires tell them: counterparts named by
//! their nationality alone and several at once ("avec ses homologues russe,
//! indien et brésilien"), named members of a group ("avec six autres chefs
//! d'État, dont le président russe X"), a summit held with someone ("a eu
//! un sommet bilatéral avec"), talks told as an exchange ("a échangé
//! avec"), and the venue of a summit under way as the place of the meetings
//! told after it. Every text is written for these tests.

mod common;
use common::{countries, events, has_actor, meeting_countries_with, of_type, pair};
use depeche_events::{EventType, Status};

const LEAD: &str = "Séoul, 28 juin 2019 (Yonhap) - ";

fn meetings(text: &str) -> Vec<Vec<String>> {
    let ev = events(&format!("{LEAD}{text}\n"));
    let mut out: Vec<Vec<String>> = of_type(&ev, EventType::Meeting)
        .into_iter()
        .map(countries)
        .collect();
    out.sort();
    out
}

fn triple(a: &str, b: &str, c: &str) -> Vec<String> {
    vec![a.to_string(), b.to_string(), c.to_string()]
}

#[test]
fn a_list_of_nationalities_is_one_counterpart_each() {
    for text in [
        "Le président américain Donald Trump va s'entretenir samedi avec ses homologues russe, indien et brésilien.",
        "Donald Trump s'est entretenu avec ses homologues russe, indien et brésilien en marge du sommet.",
        "Le président Donald Trump rencontrera ses homologues brésilien, indien et russe dimanche.",
        "Le président Donald Trump a eu des entretiens avec ses homologues indien, brésilien, et russe.",
        "Le président Donald Trump aura des entretiens avec ses homologues russe et indien, puis avec son homologue brésilien.",
    ] {
        assert_eq!(
            meetings(text),
            [pair("BRA", "USA"), pair("IND", "USA"), pair("RUS", "USA")],
            "{text}"
        );
    }
}

#[test]
fn a_listed_nationality_takes_the_person_named_earlier() {
    let text = "Le président russe Vladimir Poutine est arrivé à Osaka. Le président américain \
                Donald Trump s'entretiendra avec ses homologues indien et russe.";
    let ev = events(&format!("{LEAD}{text}\n"));
    let with_putin: Vec<_> = of_type(&ev, EventType::Meeting)
        .into_iter()
        .filter(|e| has_actor(e, "Putin"))
        .collect();
    assert_eq!(with_putin.len(), 1, "{ev:#?}");
    // Putin's arrival makes Japan the host of the story.
    assert_eq!(countries(with_putin[0]), triple("JPN", "RUS", "USA"));
}

#[test]
fn plural_peers_with_no_nationality_name_no_one() {
    for text in [
        "Le président Donald Trump s'est entretenu avec ses homologues en marge du sommet.",
        "Le président Donald Trump a salué ses homologues à leur arrivée.",
        "Le président Donald Trump a rencontré ses homologues de la région.",
        "Le ministre Wang Yi a déjeuné avec ses homologues.",
        "Le président Donald Trump a échangé avec ses homologues.",
    ] {
        assert!(meetings(text).is_empty(), "{text}: {:?}", meetings(text));
    }
}

#[test]
fn named_members_of_a_group_of_leaders_are_met() {
    for text in [
        "Le président sud-coréen Moon Jae-in va s'entretenir en tête-à-tête avec six autres chefs d'Etat, dont le président russe Vladimir Poutine.",
        "Le président Moon Jae-in s'est entretenu avec plusieurs chefs d'État, dont le président russe Vladimir Poutine.",
        "Moon Jae-in a eu des entretiens avec de nombreux chefs de gouvernement, dont le Premier ministre indien Narendra Modi et le président russe Vladimir Poutine.",
        "Le président Moon Jae-in rencontrera plusieurs dirigeants, dont le président russe Vladimir Poutine.",
        "Moon Jae-in a multiplié les entretiens avec ses pairs, dont le président russe Vladimir Poutine.",
    ] {
        assert_eq!(
            meeting_countries_with(&format!("{LEAD}{text}\n"), "Poutine"),
            [pair("KOR", "RUS")],
            "{text}"
        );
    }
}

#[test]
fn a_summit_with_someone_is_a_meeting() {
    for (text, status) in [
        ("Le président Moon Jae-in a eu un sommet jeudi après-midi avec son homologue chinois Xi Jinping.", Status::Occurred),
        ("Moon Jae-in a tenu un sommet bilatéral avec le président chinois Xi Jinping.", Status::Occurred),
        ("Le président Moon Jae-in aura un sommet avec le président chinois Xi Jinping vendredi.", Status::Planned),
        ("Moon Jae-in et Xi Jinping ont tenu un sommet au palais des congrès.", Status::Occurred),
        ("Le président Moon Jae-in tiendra un sommet avec Xi Jinping samedi matin.", Status::Planned),
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let found = of_type(&ev, EventType::Meeting);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(countries(found[0]), pair("CHN", "KOR"), "{text}");
        assert_eq!(found[0].status, status, "{text}");
    }
}

#[test]
fn talks_told_as_an_exchange_are_a_meeting() {
    for text in [
        "Le président Moon Jae-in a échangé avec son homologue chinois Xi Jinping au palais.",
        "Moon Jae-in a longuement échangé avec le président chinois Xi Jinping.",
        "Moon Jae-in et Xi Jinping ont échangé sur la situation dans la péninsule.",
        "Le président Moon Jae-in échangera avec le président chinois Xi Jinping vendredi.",
        "Le président Moon Jae-in avait échangé avec Xi Jinping lors du dîner.",
    ] {
        assert_eq!(meetings(text), [pair("CHN", "KOR")], "{text}");
    }
}

#[test]
fn exchanging_documents_or_with_the_press_is_no_meeting() {
    for text in [
        "Le président Moon Jae-in a échangé avec la presse avant de partir.",
        "Moon Jae-in a échangé avec les journalistes à bord de l'avion.",
        "Les deux pays ont échangé des documents de coopération.",
    ] {
        assert!(meetings(text).is_empty(), "{text}: {:?}", meetings(text));
    }
}

#[test]
fn a_summit_under_way_places_the_meetings_told_after_it() {
    for opening in [
        "Le sommet du G20 se déroule aujourd'hui et demain à Osaka, au Japon.",
        "Le sommet du G20 se tient depuis vendredi à Osaka, au Japon.",
        "Le sommet du G20 s'est ouvert vendredi à Osaka.",
        "La réunion des dirigeants du G20 a lieu ce week-end à Osaka.",
        "Le forum se poursuit à Osaka jusqu'à samedi.",
    ] {
        let text = format!(
            "{opening} Le président sud-coréen Moon Jae-in a eu un entretien vendredi avec son \
             homologue chinois Xi Jinping."
        );
        assert_eq!(meetings(&text), [triple("CHN", "JPN", "KOR")], "{opening}");
    }
}

#[test]
fn a_stated_place_or_a_phone_call_keeps_its_own() {
    let opening = "Le sommet du G20 se déroule aujourd'hui à Osaka, au Japon. ";
    let own_place = format!(
        "{opening}Lundi, Moon Jae-in a reçu à Séoul le Premier ministre indien Narendra Modi."
    );
    assert_eq!(meetings(&own_place), [pair("IND", "KOR")]);
    let phone = format!(
        "{opening}Moon Jae-in a eu un entretien téléphonique avec le Premier ministre indien \
         Narendra Modi."
    );
    assert_eq!(meetings(&phone), [pair("IND", "KOR")]);
}
