//! Acts named by a noun, as agendas and reports list them ("suivi d'un
//! point presse", "la pose de la première pierre", "une revue des
//! troupes", "un dépôt de gerbe", "une allocution devant les étudiants"),
//! are the visitor's activities, placed in the host country; a visitor the
//! text gives no country comes from the other side. Every text is written
//! for these tests in the agencies' style.

mod common;
use common::{activities_of, countries, has_actor, pair};
use depeche_events::Subtype;

const LEAD: &str = "Dakar, 21 mai (APS) - La présidente tanzanienne Samia Suluhu Hassan est \
                    arrivée mardi à Dakar pour une visite d'État de trois jours au Sénégal.\n\n";

#[test]
fn an_act_named_by_a_noun_is_the_visitors() {
    for (body, subtype) in [
        (
            "Les deux chefs d'État auront un entretien en tête-à-tête suivi d'un point presse.",
            Subtype::Press,
        ),
        (
            "Le programme prévoit la pose de la première pierre d'un centre de formation à \
             Diamniadio.",
            Subtype::Ceremony,
        ),
        (
            "La journée s'est ouverte par une revue des troupes sur la place de l'Indépendance.",
            Subtype::Ceremony,
        ),
        (
            "A 10 heures, un dépôt de gerbe aura lieu au monument de la Renaissance africaine.",
            Subtype::Wreath,
        ),
        (
            "Après une allocution devant les étudiants de l'université Cheikh Anta Diop, la \
             présidente s'envolera pour Saint-Louis.",
            Subtype::Speech,
        ),
        (
            "Dans une rare prise de parole devant la presse, la présidente a salué l'accueil \
             des Sénégalais.",
            Subtype::Speech,
        ),
    ] {
        let found: Vec<_> = activities_of(&format!("{LEAD}{body}\n"))
            .into_iter()
            .filter(|e| e.subtype == Some(subtype))
            .collect();
        assert!(
            found.len() == 1
                && has_actor(&found[0], "Samia Suluhu Hassan")
                && countries(&found[0]) == pair("SEN", "TZA"),
            "{body}: {found:#?}"
        );
    }
}

#[test]
fn a_visitor_of_unknown_country_comes_from_the_other_side() {
    for lead in [
        "La reine Ntombi Dlamini a entamé lundi une visite d'État au Sénégal, a annoncé la \
         présidence tanzanienne.",
        "Le prince héritier Akili Mwangaza est arrivé lundi à Dakar pour une visite officielle \
         au Sénégal, à l'invitation du président Bassirou Diomaye Faye, qui l'a reçu au palais. \
         Le président tanzanien avait annoncé cette visite en mars.",
        "Le roi Odongo Akena est arrivé lundi à Dakar pour une visite au Sénégal. Il s'agit de \
         la première visite d'un souverain tanzanien.",
        "La princesse Amani Kessy a entamé lundi une visite officielle au Sénégal, selon la \
         presse tanzanienne.",
        "L'émissaire Baraka Mfinanga est arrivé lundi à Dakar pour une visite de travail au \
         Sénégal, porteur d'un message du président tanzanien.",
    ] {
        let text = format!(
            "Dakar, 21 mai (APS) - {lead}\n\nUne cérémonie d'accueil a été organisée au palais.\n"
        );
        let found = activities_of(&text);
        assert!(
            found.len() == 1 && countries(&found[0]) == pair("SEN", "TZA"),
            "{lead}: {found:#?}"
        );
    }
}
