//! Documents listed one per line after a signing ("- Protocole d'accord
//! entre le ministère A et le ministère B.") are one agreement each, with
//! the signing's status and date; the signing that lists them is not one
//! more. A list of topics, or lines with parties of a third country, are
//! no documents of the signing. Every text is written for these tests.

mod common;
use common::{countries, events, of_type, pair};
use depeche_events::{EventType, Status};

/// The agreements of `text`: countries, status, date.
fn agreements(text: &str) -> Vec<(Vec<String>, Status, Option<String>)> {
    let ev = events(text);
    of_type(&ev, EventType::Agreement)
        .into_iter()
        .map(|e| (countries(e), e.status, e.date.value.clone()))
        .collect()
}

#[test]
fn each_listed_document_is_one_agreement() {
    for text in [
        "Oulan-Bator, 30 septembre 2025 (Montsame) - Les présidents vietnamien Luong Cuong et mongol Ukhnaagiin Khurelsukh ont assisté lundi à la signature de plusieurs documents :\n\n- Protocole d'accord entre le ministère vietnamien de la Justice et le ministère mongol de la Justice.\n\n- Accord de coopération entre la ville de Hanoï et la ville d'Oulan-Bator.\n\n- Mémorandum d'entente entre l'Académie des sciences du Vietnam et l'Académie des sciences de Mongolie.\n",
        "Oulan-Bator, 30 septembre 2025 (Montsame) - Les présidents vietnamien Luong Cuong et mongol Ukhnaagiin Khurelsukh ont supervisé lundi la signature des documents suivants :\n\n• Protocole d'accord entre le ministère vietnamien des Transports et le ministère mongol des Transports ;\n\n• Convention entre l'université nationale du Vietnam et l'université nationale de Mongolie ;\n\n• Programme d'échanges culturels entre le ministère vietnamien de la Culture et le ministère mongol de la Culture.\n",
        "Oulan-Bator, 30 septembre 2025 (Montsame) - Les présidents vietnamien Luong Cuong et mongol Ukhnaagiin Khurelsukh ont signé lundi trois documents, à savoir :\n\n1. Accord entre le gouvernement du Vietnam et le gouvernement de la Mongolie sur l'exemption de visas.\n\n2. Protocole d'accord entre la ville de Hô Chi Minh-Ville et la ville d'Erdenet.\n\n3. Plan d'action entre les ministères vietnamien et mongol de la Défense.\n",
    ] {
        let found = agreements(text);
        assert_eq!(found.len(), 3, "{text}: {found:#?}");
        for (c, status, date) in &found {
            assert_eq!(c, &pair("MNG", "VNM"), "{text}");
            assert_eq!(*status, Status::Occurred, "{text}");
            assert_eq!(date.as_deref(), Some("2025-09-29"), "{text}");
        }
    }
}

#[test]
fn the_day_told_with_the_documents_together_dates_the_lines() {
    let text = "Oulan-Bator, 1er octobre 2025 (Montsame) - Le Vietnam et la Mongolie ont conclu plusieurs documents de coopération, lundi 29 septembre, lors de la visite d'État du président Luong Cuong.\n\nLe président Luong Cuong et le président mongol Ukhnaagiin Khurelsukh ont supervisé la signature de ces documents qui comprennent :\n\n- Protocole d'accord entre le ministère vietnamien de la Justice et le ministère mongol de la Justice.\n\n- Accord de coopération entre la ville de Hanoï et la ville d'Oulan-Bator.\n";
    let found = agreements(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found
            .iter()
            .all(|(_, _, d)| d.as_deref() == Some("2025-09-29")),
        "{found:#?}"
    );
}

#[test]
fn a_list_of_topics_or_of_other_parties_is_no_document_list() {
    let topics = "Oulan-Bator, 30 septembre 2025 (Montsame) - Les présidents vietnamien Luong Cuong et mongol Ukhnaagiin Khurelsukh ont signé lundi une déclaration commune. Les entretiens ont porté sur :\n\n- la coopération entre les ministères de l'Énergie ;\n\n- les échanges entre les universités.\n";
    assert_eq!(agreements(topics).len(), 1, "{topics}");
    let other = "Oulan-Bator, 30 septembre 2025 (Montsame) - Les présidents vietnamien Luong Cuong et mongol Ukhnaagiin Khurelsukh ont signé lundi une déclaration commune.\n\n- Accord entre le Japon et la Corée du Sud sur la pêche.\n\n- Accord entre la France et l'Allemagne sur l'énergie.\n";
    let found = agreements(other);
    assert!(
        found.iter().all(|(c, _, _)| c == &pair("MNG", "VNM")),
        "{other}: {found:#?}"
    );
}
