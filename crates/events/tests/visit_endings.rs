//! The visit told by its edges: leaving the host's city after it ("a
//! quitté Dakar mercredi après une visite de 48 heures"), flying off to it
//! ("s'est envolé mardi pour Nouakchott"), coming back from it ("est rentré
//! mardi d'une visite en Chine"). Every text is written for these tests.

mod common;
use common::visits_of;
use depeche_events::Status;

const DATELINE: &str = "Dakar, 12 mars 2025 (APS) - ";

/// Every VISIT of `text` after the dateline.
fn visits(text: &str) -> Vec<(String, String, Status)> {
    visits_of(&format!("{DATELINE}{text}\n"))
}

#[test]
fn leaving_the_host_city_after_the_visit_tells_it_whole() {
    for (text, to) in [
        ("Le président bissau-guinéen Umaro Sissoco Embaló a quitté Dakar mercredi après une visite de 48 heures.", "SEN"),
        ("Le Premier ministre Ousmane Sonko a quitté Rabat au terme de son séjour de trois jours au Maroc.", "MAR"),
        ("Le ministre malien Abdoulaye Diop a quitté Dakar à l'issue d'une visite de travail.", "SEN"),
        ("Le président ghanéen John Mahama a quitté Dakar hier soir à l'issue de sa visite officielle.", "SEN"),
        ("Les présidents gambien et bissau-guinéen ont quitté Dakar après un séjour de deux jours au Sénégal.", "SEN"),
    ] {
        let found = visits(text);
        assert!(
            found.iter().any(|(_, c, s)| c == to && *s == Status::Occurred),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn flying_off_is_a_visit_under_way() {
    for (text, to) in [
        ("Le président Bassirou Diomaye Faye s'est envolé mardi pour Nouakchott, où il prendra part au sommet de l'UA.", "MRT"),
        ("La ministre Yassine Fall s'est envolée ce matin pour Pékin.", "CHN"),
        ("Le Premier ministre Ousmane Sonko s'est envolé lundi soir vers Abidjan.", "CIV"),
        ("Les présidents Faye et Barrow se sont envolés mercredi pour Addis-Abeba, en Éthiopie.", "ETH"),
        ("Le président Faye s'est envolé pour Paris à la tête d'une importante délégation.", "FRA"),
    ] {
        let found = visits(text);
        assert!(
            found.iter().any(|(_, c, s)| c == to && *s == Status::Ongoing),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn coming_back_from_a_visit_tells_it_whole() {
    for (text, to) in [
        ("Le chef de la diplomatie sénégalaise Yassine Fall est rentré mardi d'une visite en Chine.", "CHN"),
        ("Les ministres Yassine Fall et Cheikh Diba sont rentrés lundi de leur tournée au Mali.", "MLI"),
        ("Le Premier ministre Ousmane Sonko est rentré hier d'un séjour de trois jours au Maroc.", "MAR"),
        ("La ministre Yassine Fall est rentrée dimanche de sa visite officielle en Turquie.", "TUR"),
        ("Le président Faye était rentré la veille d'une visite d'État en Gambie.", "GMB"),
    ] {
        let found = visits(text);
        assert!(
            found.iter().any(|(_, c, s)| c == to && *s == Status::Occurred),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn leaving_for_home_is_no_visit_home() {
    for text in [
        "Le président Faye a quitté Dakar mercredi pour une tournée régionale.",
        "La ministre Yassine Fall est rentrée à Dakar mardi.",
        "Le président Faye s'est envolé mardi.",
        "Le Premier ministre Ousmane Sonko a quitté la salle après la cérémonie.",
        "Le président Faye est rentré mardi soir au palais.",
    ] {
        let found = visits(text);
        assert!(
            found.iter().all(|(_, c, _)| c != "SEN"),
            "{text}: {found:?}"
        );
    }
}
