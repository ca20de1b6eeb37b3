//! The verb group with what copy inserts into it: an adverbial of several
//! words between the auxiliary and the participle ("ont par ailleurs
//! signé", "sera quant à lui reçu", "ont à cette occasion échangé"); a
//! participle set off by commas after a person, which is that person's
//! ("a reçu la Première dame, X, arrivée en Égypte"); and the time and place
//! of a later clause ("au moment où … lancée le 24 février en Ukraine"),
//! which are not the trigger's. Every text is written for these tests.

mod common;
use common::{countries, events, has_actor, of_type, the_event, visits_of};
use depeche_events::{EventType, Role, Status};

const LEAD: &str = "Moscou, 10 juin 2022 (AFP) - Le président russe Vladimir Poutine a reçu \
                    vendredi au Kremlin le président turkmène Serdar Berdymoukhamedov.\n\n";

#[test]
fn a_signing_with_an_adverbial_inside_its_verb_group() {
    for text in [
        "Les deux dirigeants ont par ailleurs signé une déclaration sur le partenariat stratégique.",
        "Les deux présidents ont en outre signé un accord sur le transit du gaz.",
        "Les deux chefs d'État ont d'ailleurs signé un mémorandum sur l'énergie.",
        "Les deux dirigeants ont à cette occasion signé un accord de coopération culturelle.",
        "Les deux dirigeants ont de leur côté signé un programme de coopération pour 2023-2025.",
        "Les deux présidents ont une nouvelle fois signé un protocole sur la mer Caspienne.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let agreements = of_type(&ev, EventType::Agreement);
        assert_eq!(agreements.len(), 1, "{text}: {ev:#?}");
        assert_eq!(countries(agreements[0]), ["RUS", "TKM"], "{text}");
    }
}

#[test]
fn a_passive_reception_with_an_adverbial_keeps_its_agent() {
    for text in [
        "Le ministre turkmène Rachid Meredov sera quant à lui reçu par Vladimir Poutine le 15 juin.",
        "Le ministre turkmène Rachid Meredov sera pour sa part reçu par Vladimir Poutine le 15 juin.",
        "Le ministre turkmène Rachid Meredov sera de son côté reçu le 15 juin par Vladimir Poutine.",
        "Le ministre turkmène Rachid Meredov sera lui aussi reçu par Vladimir Poutine le 15 juin.",
        "Le ministre turkmène Rachid Meredov sera à son tour reçu par Vladimir Poutine le 15 juin.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let meeting = the_event(&ev, EventType::Meeting, "Meredov");
        assert_eq!(meeting.status, Status::Planned, "{text}");
        let received: Vec<_> = meeting
            .actors
            .iter()
            .filter(|a| a.role == Role::Target)
            .map(|a| a.text.as_str())
            .collect();
        assert!(received.iter().any(|t| t.contains("Meredov")), "{text}: {meeting:#?}");
        assert_eq!(meeting.date.value.as_deref(), Some("2022-06-15"), "{text}");
    }
}

#[test]
fn an_exchange_of_views_about_agreements_is_no_agreement() {
    for text in [
        "Les deux dirigeants ont à cette occasion échangé leurs opinions sur la mise en œuvre des accords signés en 2020.",
        "Les deux présidents ont par ailleurs échangé leurs vues sur l'application des accords trilatéraux.",
        "Les deux dirigeants ont échangé des points de vue sur le respect des accords de cessez-le-feu.",
        "Les deux chefs d'État ont également échangé sur les protocoles en discussion.",
        "Les deux présidents ont échangé en détail leurs analyses de la situation régionale et des accords en vigueur.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        assert!(of_type(&ev, EventType::Agreement).is_empty(), "{text}: {ev:#?}");
    }
    // Documents exchanged stay an exchange of documents.
    for text in [
        "Les deux présidents ont ensuite échangé les documents signés.",
        "Les deux ministres ont échangé les instruments de ratification du traité.",
        "Les deux dirigeants ont par ailleurs échangé les accords paraphés.",
        "Les deux dirigeants ont échangé des mémorandums d'entente sur l'énergie.",
        "Les deux présidents ont échangé plusieurs accords de coopération.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        assert_eq!(
            of_type(&ev, EventType::Agreement).len(),
            1,
            "{text}: {ev:#?}"
        );
    }
}

#[test]
fn a_later_clause_keeps_its_own_date_and_place() {
    for text in [
        "Les deux dirigeants ont signé une déclaration sur le partenariat, au moment où la Russie est isolée en raison de son offensive en Ukraine lancée le 24 février.",
        "Les deux présidents ont signé un accord gazier, alors que l'offensive lancée le 24 février en Ukraine pèse sur la région.",
        "Les deux dirigeants ont signé une déclaration commune, tandis que les combats déclenchés le 24 février en Ukraine se poursuivent.",
        "Les deux présidents ont signé un mémorandum, lorsque la crise provoquée le 24 février en Ukraine a été évoquée.",
        "Les deux chefs d'État ont signé un programme de coopération au moment où les sanctions décidées le 28 février en Europe frappent Moscou.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        let agreements = of_type(&ev, EventType::Agreement);
        assert_eq!(agreements.len(), 1, "{text}: {ev:#?}");
        let a = agreements[0];
        assert_eq!(countries(a), ["RUS", "TKM"], "{text}: {a:#?}");
        assert_eq!(a.date.value.as_deref(), Some("2022-06-10"), "{text}: {a:#?}");
    }
}

#[test]
fn the_first_lady_arriving_is_the_visitor() {
    for text in [
        "Le Caire, 6 octobre 2018 (AFP) - Le président Abdel Fattah al-Sissi et son épouse ont reçu samedi la Première dame des États-Unis, Melania Trump, arrivée en Égypte pour la dernière étape de sa tournée.",
        "Le Caire, 6 octobre 2018 (AFP) - Le président Abdel Fattah al-Sissi a reçu samedi la première dame américaine, Melania Trump, arrivée en Égypte la veille.",
        "Le Caire, 6 octobre 2018 (AFP) - Abdel Fattah al-Sissi a accueilli samedi au palais la Première Dame des Etats-Unis, Melania Trump, arrivée en Égypte dans la matinée.",
        "Le Caire, 6 octobre 2018 (AFP) - Le chef de l'État égyptien a reçu samedi Melania Trump, arrivée en Égypte pour une visite de deux jours.",
        "Le Caire, 6 octobre 2018 (AFP) - Le président Sissi a reçu samedi l'épouse du président américain, Melania Trump, arrivée en Égypte vendredi soir.",
    ] {
        let ev = events(&format!("{text}\n"));
        let visits = of_type(&ev, EventType::Visit);
        assert!(
            visits.iter().any(|v| v
                .actors
                .iter()
                .any(|a| a.role == Role::Source && a.text.contains("Melania"))),
            "{text}: {ev:#?}"
        );
        assert!(
            !ev.iter().any(|e| e.actors.iter().any(|a| a.text == "Dame")),
            "{text}: {ev:#?}"
        );
        assert!(
            !visits.iter().any(|v| has_actor(v, "Sissi")),
            "the host is no visitor: {text}: {ev:#?}"
        );
    }
}

#[test]
fn leaders_attending_an_exchange_of_documents_act_and_the_documents_are_an_agreement() {
    for text in [
        "Les deux présidents ont assisté à l'échange d'un mémorandum sur l'énergie entre leurs ministres.",
        "Vladimir Poutine et Serdar Berdymoukhamedov ont ensuite assisté à l'échange de plusieurs documents de coopération.",
        "Les deux dirigeants ont par ailleurs assisté à l'échange des accords signés par les ministres.",
        "Les deux chefs d'État ont assisté à l'échange de trois protocoles d'accord.",
        "Les deux présidents ont assisté à l'échange des instruments de ratification du traité.",
    ] {
        let ev = events(&format!("{LEAD}{text}\n"));
        assert_eq!(of_type(&ev, EventType::Agreement).len(), 1, "{text}: {ev:#?}");
        assert_eq!(of_type(&ev, EventType::Activity).len(), 1, "{text}: {ev:#?}");
    }
}

/// Every VISIT of `text` as (visitor text, target country).
fn visits(text: &str) -> Vec<(String, String)> {
    visits_of(text)
        .into_iter()
        .map(|(who, to, _)| (who, to))
        .collect()
}

#[test]
fn a_time_of_several_words_between_the_verb_and_the_place() {
    for (text, to) in [
        ("Le ministre sénégalais des Affaires étrangères, Yassine Fall, s'est rendu la semaine dernière en Mauritanie.", "MRT"),
        ("Le président ghanéen John Mahama s'est rendu mardi soir à Dakar, au Sénégal.", "SEN"),
        ("Le Premier ministre Ousmane Sonko s'est rendu le mois dernier au Maroc.", "MAR"),
        ("La ministre Yassine Fall s'est rendue dans la matinée en Gambie.", "GMB"),
        ("Le chef de la diplomatie malienne Abdoulaye Diop s'est rendu lundi dernier au Niger.", "NER"),
        ("Le président Bassirou Diomaye Faye s'est rendu en fin de semaine en Côte d'Ivoire.", "CIV"),
    ] {
        let text = format!("Dakar, 12 mars 2025 (APS) - {text}\n");
        let found = visits(&text);
        assert!(found.iter().any(|(_, c)| c == to), "{text}: {found:?}");
    }
}

#[test]
fn a_capital_named_by_its_demonym_is_in_its_country() {
    for (text, to) in [
        ("Le président ghanéen John Mahama est arrivé mardi dans la capitale sénégalaise pour une visite de travail.", "SEN"),
        ("Le Premier ministre australien Anthony Albanese est arrivé mardi dans la capitale salomonaise.", "SLB"),
        ("Le ministre Abdoulaye Diop s'est rendu mercredi à la capitale ivoirienne.", "CIV"),
        ("Le président Faye s'envolera jeudi pour la capitale mauritanienne.", "MRT"),
        ("La ministre Yassine Fall est arrivée lundi soir dans la capitale gambienne.", "GMB"),
    ] {
        let text = format!("Dakar, 12 mars 2025 (APS) - {text}\n");
        let found = visits(&text);
        assert!(found.iter().any(|(_, c)| c == to), "{text}: {found:?}");
    }
}
