//! An arrival made to attend an event ("est arrivé à Lomé pour prendre
//! part au sommet") reports the visit; the event it came for is the
//! visit's purpose, not an activity of its own. An attendance told on its
//! own stays an activity, and honours received on arrival are the
//! visitor's ceremony. Every text is written for these tests in the
//! agencies' style.

mod common;
use common::{activities_of, events, has_actor, of_type};
use depeche_events::{EventType, Subtype};

fn attendances(text: &str) -> usize {
    activities_of(text)
        .iter()
        .filter(|e| e.subtype == Some(Subtype::Attend))
        .count()
}

#[test]
fn an_arrival_to_attend_a_summit_is_a_visit_only() {
    for text in [
        "Lomé, 3 juin (ATOP) - Le président béninois Jean Houngbo est arrivé lundi à Lomé pour \
         prendre part au sommet de la CEDEAO.\n",
        "Lomé, 3 juin (ATOP) - Le Premier ministre nigérien Ali Garba est arrivé à Lomé pour \
         participer aux travaux du sommet régional.\n",
        "Lomé, 3 juin (ATOP) - Les présidents malien Amadou Keita et guinéen Sekou Camara sont \
         arrivés ce lundi à Lomé pour assister à la conférence des bailleurs.\n",
        "Lomé, 3 juin (ATOP) - *Le vice-président ghanéen Kofi Mensah est arrivé dimanche soir \
         à Lomé, la capitale togolaise, pour prendre part à la 12e session du sommet.\n",
        "Lomé, 3 juin (ATOP) - La ministre gabonaise des Affaires étrangères, Marie Ndong, est \
         arrivée à Lomé pour participer au forum des ministres.\n",
    ] {
        assert_eq!(attendances(text), 0, "{text}: {:#?}", activities_of(text));
        let ev = events(text);
        assert!(
            !of_type(&ev, EventType::Visit).is_empty(),
            "{text}: the arrival is a visit: {ev:#?}"
        );
    }
}

#[test]
fn an_attendance_told_on_its_own_stays_an_activity() {
    for text in [
        "Lomé, 3 juin (ATOP) - Le président béninois Jean Houngbo est arrivé lundi à Lomé. Il a \
         pris part au sommet de la CEDEAO mardi.\n",
        "Lomé, 3 juin (ATOP) - Le président béninois Jean Houngbo se rendra jeudi à Abuja pour \
         assister à la conférence des bailleurs.\n",
        "Lomé, 3 juin (ATOP) - Le président béninois Jean Houngbo a participé au forum \
         économique de Lomé lundi.\n",
        "Lomé, 3 juin (ATOP) - Arrivé lundi, le président béninois Jean Houngbo assistera \
         au défilé de la fête nationale mercredi.\n",
        "Lomé, 3 juin (ATOP) - Le président béninois Jean Houngbo, arrivé dimanche, a assisté \
         à la cérémonie d'ouverture du sommet lundi.\n",
    ] {
        assert_eq!(attendances(text), 1, "{text}: {:#?}", activities_of(text));
    }
}

#[test]
fn honours_received_on_arrival_are_the_visitors_ceremony() {
    for text in [
        "Le président béninois a ensuite reçu les honneurs de la garde républicaine.",
        "Il a été accueilli par son homologue avant de recevoir les honneurs d'un détachement \
         de l'armée.",
        "Le chef de l'Etat béninois recevra les honneurs militaires au palais de la Marina.",
        "A sa descente d'avion, il a reçu les honneurs d'une compagnie de la gendarmerie.",
        "Le président Houngbo, recevant les honneurs de la garde, a salué le drapeau.",
    ] {
        let full = format!(
            "Lomé, 3 juin (ATOP) - Le président béninois Jean Houngbo est arrivé lundi à Lomé \
             pour une visite officielle.\n\n{text}\n"
        );
        let ceremonies: Vec<_> = activities_of(&full)
            .into_iter()
            .filter(|e| e.subtype == Some(Subtype::Ceremony))
            .collect();
        assert_eq!(ceremonies.len(), 1, "{text}: {ceremonies:#?}");
        assert!(has_actor(&ceremonies[0], "Houngbo"), "{text}");
    }
}
