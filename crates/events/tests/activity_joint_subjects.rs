//! An act of a coordinated subject ("X et Y coprésideront le forum") or of
//! a bare plural title of leaders ("Les présidents participeront à
//! l'inauguration") is one activity with both leaders as its source. A
//! name inside a frame opening the sentence, a title with a complement or
//! an adjective naming other people, is no co-subject. Every text is
//! written for these tests in the agencies' style.

mod common;
use common::{activities_of, has_actor};
use depeche_events::{Event, Role};

const LEAD: &str = "Lisbonne, 4 juin (Lusa) - Le président sénégalais Bassirou Diomaye Faye \
                    est arrivé lundi à Lisbonne pour une visite officielle au Portugal, à \
                    l'invitation de son homologue portugais Marcelo Rebelo de Sousa.\n\n";

fn activities(text: &str) -> Vec<Event> {
    activities_of(&format!("{LEAD}{text}\n"))
}

/// The one activity of `text`, or a panic that shows them all.
fn the_activity(text: &str) -> Event {
    let found = activities(text);
    match found.as_slice() {
        [one] => one.clone(),
        _ => panic!("{text}: expected one activity, found {found:#?}"),
    }
}

fn sources(e: &Event) -> usize {
    e.actors.iter().filter(|a| a.role == Role::Source).count()
}

/// Each text gives one activity whose two sources are the two presidents.
fn joint_acts(texts: &[&str]) {
    for text in texts {
        let act = the_activity(text);
        assert!(
            has_actor(&act, "Faye") && has_actor(&act, "Rebelo de Sousa") && sources(&act) == 2,
            "{text}: {act:#?}"
        );
    }
}

#[test]
fn an_act_of_two_coordinated_leaders_is_theirs_together() {
    joint_acts(&[
        "Mardi, Bassirou Diomaye Faye et Marcelo Rebelo de Sousa coprésideront le forum \
         économique luso-sénégalais.",
        "Bassirou Diomaye Faye et Marcelo Rebelo de Sousa ont participé mardi à la cérémonie \
         d'ouverture du salon de l'agriculture.",
        "Marcelo Rebelo de Sousa et Bassirou Diomaye Faye ont assisté à un concert au palais de \
         Belém.",
        "Le président Faye et le président Rebelo de Sousa prendront part mercredi au forum des \
         investisseurs.",
        "Mercredi matin, Bassirou Diomaye Faye et son homologue Marcelo Rebelo de Sousa ont \
         visité ensemble le musée des Coches.",
    ]);
}

#[test]
fn a_bare_plural_title_of_leaders_is_both_sides() {
    joint_acts(&[
        "Les présidents participeront également à l'inauguration du forum économique.",
        "Les chefs d'Etat ont ensuite assisté à un spectacle de fado.",
        "Les dirigeants prendront part jeudi à la séance de clôture du forum d'affaires.",
        "Ensuite, les présidents se sont adressés aux étudiants de l'université de Lisbonne.",
        "Les présidents ont pris part à la cérémonie de lancement de la ligne aérienne directe.",
    ]);
}

#[test]
fn a_name_in_an_opening_frame_or_a_title_naming_others_is_no_co_subject() {
    for text in [
        "Lors du départ de M. Faye, le ministre portugais Paulo Rangel et d'autres hauts \
         responsables ont pris part à une cérémonie à l'aéroport.",
        "Lors d'une conférence de presse tenue à l'issue des entretiens avec M. Rebelo de Sousa, \
         M. Faye a salué la qualité des relations.",
        "Les présidents des deux chambres du Parlement portugais ont assisté au dîner.",
        "Les dirigeants africains ont assisté mardi au forum de Lisbonne sur la migration.",
        "Les présidents sortants de la commission ont participé au colloque.",
    ] {
        for act in activities(text) {
            assert!(
                !(has_actor(&act, "Faye") && has_actor(&act, "Rebelo de Sousa")),
                "{text}: {act:#?}"
            );
        }
    }
}
