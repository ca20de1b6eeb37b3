//! INVITATION: "inviting" businesses or investors to invest is no
//! diplomatic invitation; a guest of a visit still is. Every text is
//! written for these tests.

mod common;
use common::{countries, events, of_type};
use depeche_events::EventType;

const LEAD: &str = "Tachkent, 14 octobre 2024 (UzA) - ";

/// The countries of every INVITATION of `text`.
fn invitations(text: &str) -> Vec<Vec<String>> {
    of_type(&events(&format!("{LEAD}{text}\n")), EventType::Invitation)
        .into_iter()
        .map(countries)
        .collect()
}

#[test]
fn inviting_businesses_to_invest_is_no_invitation() {
    for text in [
        "Le président ouzbek Chavkat Mirzioïev a invité les entreprises kazakhes à investir en Ouzbékistan.",
        "Le président ouzbek Chavkat Mirzioïev a invité les investisseurs kazakhs à s'installer en Ouzbékistan et à y ouvrir des usines.",
        "Il a invité les hommes d'affaires kazakhs à saisir les occasions offertes par la zone franche.",
        "Le Premier ministre ouzbek Abdoulla Aripov invite les entrepreneurs kazakhs à investir dans le textile.",
        "Le président ouzbek Chavkat Mirzioïev a ensuite invité les sociétés kazakhes à s'implanter dans la vallée de Ferghana.",
    ] {
        let found = invitations(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
    // A guest of a visit is still invited.
    let found = invitations(
        "Le président ouzbek Chavkat Mirzioïev a invité le président kazakh Kassym-Jomart Tokaïev à effectuer une visite en Ouzbékistan.",
    );
    assert_eq!(found, [["KAZ", "UZB"]], "{found:?}");
}
