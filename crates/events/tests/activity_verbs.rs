//! ACTIVITY verbs in every person and tense: attending ("participeront
//! à"), speaking ("prendra la parole", "est intervenu lors de"), chairing
//! ("coprésideront le forum"), meeting the press ("s'entretiendra avec la
//! presse"); a joint act of "ils" or "les deux présidents" is the two
//! leaders'. Every text is written for these tests in the agencies' style.

mod common;
use common::{activities_of, events, has_actor, of_type};
use depeche_events::{Event, EventType, Status, Subtype};

const LEAD: &str = "Accra, 14 octobre (GNA) - Le président namibien Nangolo Mbumba est arrivé \
                    lundi à Accra pour une visite d'État de trois jours, à l'invitation de son \
                    homologue ghanéen Kwame Asante.\n\n";

fn activities(text: &str) -> Vec<Event> {
    activities_of(&format!("{LEAD}{text}\n"))
}

fn the_one(text: &str, subtype: Subtype) -> Event {
    let acts: Vec<Event> = activities(text)
        .into_iter()
        .filter(|e| e.subtype == Some(subtype))
        .collect();
    match acts.as_slice() {
        [one] => one.clone(),
        _ => panic!("{text}: expected one {subtype:?} activity, found {acts:#?}"),
    }
}

#[test]
fn speaking_at_an_event_is_a_speech_in_any_tense() {
    for (text, status) in [
        (
            "Le président Mbumba prendra la parole mercredi lors du forum des investisseurs.",
            Status::Planned,
        ),
        (
            "Mardi, le président namibien a pris la parole devant les députés ghanéens.",
            Status::Occurred,
        ),
        (
            "Le président Mbumba est intervenu lors de la séance d'ouverture du sommet.",
            Status::Occurred,
        ),
        (
            "Le président Mbumba interviendra devant les étudiants de l'université de Legon.",
            Status::Planned,
        ),
        (
            "Le chef de l'Etat namibien doit prendre la parole devant la chambre de commerce.",
            Status::Planned,
        ),
    ] {
        let act = the_one(text, Subtype::Speech);
        assert!(has_actor(&act, "Mbumba"), "{text}: {act:#?}");
        assert_eq!(act.status, status, "{text}");
    }
}

#[test]
fn plural_future_attendance_is_a_planned_activity() {
    for text in [
        "Les deux présidents participeront également à l'inauguration d'un centre de santé.",
        "Ils assisteront jeudi au défilé de la fête de l'indépendance.",
        "Mercredi, les deux chefs d'Etat participeront au forum économique namibio-ghanéen.",
        "Les deux dirigeants assisteront ensuite à un concert au théâtre national.",
        "MM. Mbumba et Asante participeront enfin aux travaux du conseil des affaires.",
    ] {
        let act = the_one(text, Subtype::Attend);
        assert_eq!(act.status, Status::Planned, "{text}: {act:#?}");
    }
}

#[test]
fn a_joint_act_told_by_ils_is_the_two_leaders() {
    for text in [
        "Les deux présidents se sont entretenus mardi. Ils participeront jeudi à l'inauguration \
         d'une usine.",
        "Le président Mbumba et le président Asante ont eu des entretiens. Ils assisteront \
         ensuite à un dîner au palais de Jubilee House.",
    ] {
        let act = the_one(text, Subtype::Attend);
        assert!(has_actor(&act, "Mbumba"), "{text}: {act:#?}");
        assert!(has_actor(&act, "Asante"), "{text}: {act:#?}");
    }
}

#[test]
fn a_joint_press_conference_names_the_leaders_not_their_countries() {
    for text in [
        "Les entretiens ont été suivis d'une conférence de presse conjointe.",
        "Une conférence de presse commune a clôturé la journée au palais présidentiel.",
        "Les deux délégations ont ensuite tenu un point de presse conjoint.",
    ] {
        let act = the_one(text, Subtype::Press);
        assert!(has_actor(&act, "Mbumba"), "{text}: {act:#?}");
        assert!(has_actor(&act, "Asante"), "{text}: {act:#?}");
    }
}

#[test]
fn chairing_a_forum_in_the_future_is_an_activity() {
    for text in [
        "Le président Mbumba coprésidera le forum d'affaires namibio-ghanéen.",
        "Le président namibien présidera la conférence des investisseurs mercredi.",
        "Le président Mbumba a présidé le forum économique de la capitale.",
        "Jeudi, le président Mbumba coprésidera un séminaire sur les mines.",
        "Le président Mbumba devrait coprésider la conférence des donateurs.",
    ] {
        let act = the_one(text, Subtype::Chair);
        assert!(has_actor(&act, "Mbumba"), "{text}: {act:#?}");
    }
}

#[test]
fn meeting_the_press_is_an_activity_not_a_meeting() {
    for (text, status) in [
        (
            "Le président Mbumba s'entretiendra aussi avec la presse nationale.",
            Status::Planned,
        ),
        (
            "Le président namibien s'est entretenu avec la presse à l'issue de la visite.",
            Status::Occurred,
        ),
        (
            "Avant son départ, le président Mbumba s'est brièvement entretenu avec les journalistes.",
            Status::Occurred,
        ),
        (
            "Le président Mbumba doit s'entretenir avec la presse jeudi.",
            Status::Planned,
        ),
        (
            "Le président namibien s'entretiendra ensuite avec les journalistes ghanéens.",
            Status::Planned,
        ),
    ] {
        let act = the_one(text, Subtype::Press);
        assert!(has_actor(&act, "Mbumba"), "{text}: {act:#?}");
        assert_eq!(act.status, status, "{text}");
        let ev = events(&format!("{LEAD}{text}\n"));
        let meetings_with_press = of_type(&ev, EventType::Meeting)
            .into_iter()
            .filter(|m| m.evidence.iter().any(|e| e.text.contains("presse") || e.text.contains("journalistes")))
            .count();
        assert_eq!(meetings_with_press, 0, "{text}: {ev:#?}");
    }
}

#[test]
fn a_weekday_between_the_verb_and_its_event_keeps_the_attendance() {
    for (text, status) in [
        (
            "Le président Mbumba a pris part mardi au forum économique Namibie-Ghana.",
            Status::Occurred,
        ),
        (
            "Le président namibien a participé lundi soir au dîner d'État offert en son honneur.",
            Status::Occurred,
        ),
        (
            "Le président Mbumba assistera mercredi à l'inauguration du port de Tema.",
            Status::Planned,
        ),
        (
            "Le président Mbumba a assisté hier à la cérémonie de clôture du salon agricole.",
            Status::Occurred,
        ),
        (
            "Le président Mbumba prendra part jeudi aux célébrations du jour de la République.",
            Status::Planned,
        ),
    ] {
        let act = the_one(text, Subtype::Attend);
        assert!(has_actor(&act, "Mbumba"), "{text}: {act:#?}");
        assert_eq!(act.status, status, "{text}");
    }
}
