//! Words that look like an activity but are not one: the preposition "à"
//! read as the auxiliary "a" ("grâce à sa visite"), an activity verb in the
//! passive ("a été inauguré par"), a demonstrative pointing back at an act
//! already told ("cette conférence de presse"), and an act recalled in the
//! pluperfect from another time. Every text is written for these tests in
//! the agencies' style.

mod common;
use common::{activities_of, events, has_actor};
use depeche_events::{Event, EventType, Subtype};

const LEAD: &str = "Nairobi, 12 mars (KNA) - Le Premier ministre indien Narendra Modi est \
                    arrivé mardi à Nairobi pour une visite officielle de deux jours au Kenya.\n\n";

fn activities(text: &str) -> Vec<Event> {
    activities_of(&format!("{LEAD}{text}\n"))
}

/// The activities of one subtype after the lead, background ones left out.
fn of_subtype(text: &str, subtype: Subtype) -> Vec<Event> {
    activities(text)
        .into_iter()
        .filter(|e| e.subtype == Some(subtype))
        .collect()
}

/// Every activity after the lead, background ones included: what a rule
/// dropped is gone from here.
fn every_activity(text: &str) -> Vec<Event> {
    events(&format!("{LEAD}{text}\n"))
        .into_iter()
        .filter(|e| e.kind == EventType::Activity)
        .collect()
}

/// No text of `texts` gives an activity of `subtype`.
fn none_of_subtype(texts: &[&str], subtype: Subtype) {
    for text in texts {
        let found = of_subtype(text, subtype);
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

#[test]
fn the_preposition_a_before_a_visit_noun_is_no_site_visit() {
    none_of_subtype(
        &[
        "Le dirigeant indien a exprimé l'espoir que grâce à sa visite les liens seront renforcés.",
        "Quant à la visite du Premier ministre indien au port de Mombasa, elle a été reportée.",
        "Les deux pays attachent une grande importance à cette visite, a-t-il dit.",
        "A la visite succédera une conférence économique, selon le programme.",
        "Il a été fait référence à leur visite de l'an dernier lors des entretiens.",
        ],
        Subtype::SiteVisit,
    );
}

#[test]
fn the_auxiliary_a_before_visite_still_opens_a_site_visit() {
    for text in [
        "Le Premier ministre Modi a visité mercredi une usine de thé près de Nairobi.",
        "M. Modi a ensuite visité le parc national de Nairobi.",
        "Le dirigeant indien a également visité l'université de Nairobi, à l'invitation du recteur.",
        "Mercredi, le Premier ministre indien a visité la zone économique spéciale de Naivasha.",
        "Avant de quitter Nairobi, M. Modi a visité un centre de formation construit par l'Inde.",
    ] {
        let found = of_subtype(text, Subtype::SiteVisit);
        assert!(
            found.len() == 1 && has_actor(&found[0], "Modi"),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn an_activity_verb_in_the_passive_is_no_act_of_its_subject() {
    none_of_subtype(
        &[
        "Le pays a été dirigé pendant vingt ans par le même parti.",
        "Le centre de formation a été inauguré en 2019 par l'ancien président.",
        "Les usines ont été visitées par des experts avant la signature du contrat.",
        "Le monument avait été visité par une délégation parlementaire l'an dernier.",
        "Le nouveau terminal a été inauguré la semaine dernière par le ministre kényan des Transports.",
        ],
        Subtype::SiteVisit,
    );
}

#[test]
fn an_activity_noun_after_a_demonstrative_is_the_one_already_told() {
    for (text, subtype) in [
        (
            "Les deux Premiers ministres ont tenu une conférence de presse conjointe. Au cours \
             de cette conférence de presse, M. Modi a salué l'hospitalité kényane.",
            Subtype::Press,
        ),
        (
            "Une cérémonie d'accueil officielle a eu lieu mercredi au palais. Cette cérémonie \
             d'accueil s'est déroulée en présence de nombreux ministres.",
            Subtype::Ceremony,
        ),
        (
            "Un dîner d'État a été offert en son honneur mardi soir. Ce dîner d'État a réuni \
             plus de deux cents invités.",
            Subtype::Dinner,
        ),
        (
            "Le président kényan a tenu avec son hôte un point de presse. Lors de ce point de \
             presse, les deux dirigeants ont évoqué le commerce.",
            Subtype::Press,
        ),
        (
            "Le Premier ministre indien a reçu les honneurs militaires au palais. Ces honneurs \
             militaires ont été rendus par un détachement de la garde.",
            Subtype::Ceremony,
        ),
    ] {
        let found = of_subtype(text, subtype);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
    }
}

#[test]
fn an_act_recalled_in_the_pluperfect_from_another_time_is_left_out() {
    for text in [
        "En mai 2019, M. Modi avait déjà participé au forum économique de Nairobi.",
        "En 2015, le Premier ministre indien avait assisté au sommet Inde-Afrique à Delhi.",
        "Lors de sa précédente visite en 2016, il avait visité une ferme laitière de Nakuru.",
        "En août 1998, son prédécesseur avait pris part à la conférence de Nairobi.",
        "Les deux dirigeants avaient inauguré ensemble, en mars 2017, un centre culturel.",
    ] {
        let found = every_activity(text);
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
}

#[test]
fn an_act_of_the_visit_beside_an_older_date_stays() {
    for text in [
        "M. Modi a pris part mercredi au forum d'affaires, créé en 2010.",
        "M. Modi a participé mercredi au forum des investisseurs, dont la première édition remonte à 2004.",
        "M. Modi a assisté mercredi au lancement du corridor, un projet lancé en 2018.",
        "Lors d'une conférence de presse commune avec son hôte, M. Modi a salué l'accord conclu en 2016.",
        "Le dirigeant indien a déposé une gerbe au monument érigé en 1963.",
    ] {
        // Kept, even where the older date makes the act read as background.
        let found = every_activity(text);
        assert!(
            found.len() == 1 && has_actor(&found[0], "Modi"),
            "{text}: {found:#?}"
        );
    }
}
