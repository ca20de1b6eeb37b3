//! A participle of coming that leads the sentence or stands aside between
//! commas ("Venu à Addis-Abeba pour le sommet, le président …", "X, venue
//! à Dakar, a …") tells the visit itself, once. Inside a clause the same
//! participle is another verb ("est venu en aide", "le moment est venu").
//! Every text is written for these tests.

mod common;
use common::{countries, events, of_type};
use depeche_events::EventType;

/// The countries of each visit of `text`.
fn visits(text: &str) -> Vec<Vec<String>> {
    let ev = events(text);
    of_type(&ev, EventType::Visit)
        .into_iter()
        .map(countries)
        .collect()
}

#[test]
fn a_leading_or_aside_participle_of_coming_tells_the_visit() {
    for (text, pair) in [
        (
            "Addis-Abeba, 10 février 2025 (ENA) - Venue à Addis-Abeba pour le sommet, la présidente tanzanienne Samia Suluhu Hassan s'est entretenue avec Abiy Ahmed.\n",
            ["ETH", "TZA"],
        ),
        (
            "Le président kényan William Ruto, venu à Addis-Abeba pour le sommet, a rencontré le Premier ministre éthiopien Abiy Ahmed.\n",
            ["ETH", "KEN"],
        ),
        (
            "Venu en Éthiopie pour une visite de deux jours, le président kényan William Ruto a rencontré le Premier ministre Abiy Ahmed.\n",
            ["ETH", "KEN"],
        ),
        (
            "Dakar, 3 mai 2025 (APS) - Venu assister au forum sur l'investissement, le président ghanéen John Mahama a rencontré le président Bassirou Diomaye Faye.\n",
            ["GHA", "SEN"],
        ),
        (
            "Venus au Maroc pour la commission mixte, le ministre mauritanien Mohamed Salem Ould Merzoug et sa délégation ont été reçus par Nasser Bourita.\n",
            ["MAR", "MRT"],
        ),
    ] {
        assert_eq!(visits(text), vec![pair.to_vec()], "{text}");
    }
}

#[test]
fn a_participle_of_coming_inside_a_clause_is_no_visit() {
    for text in [
        "Le président kényan William Ruto est venu en aide aux sinistrés éthiopiens.\n",
        "Pour le président kényan William Ruto, le moment est venu de renforcer la coopération avec l'Éthiopie.\n",
        "Le président kényan William Ruto est venu à bout des négociations avec l'Éthiopie.\n",
        "Le ministre kényan a salué l'appui venu du Japon à l'Éthiopie.\n",
        "Le président kényan William Ruto a dit que le soutien est venu à point nommé pour l'Éthiopie.\n",
    ] {
        assert!(visits(text).is_empty(), "{text}: {:?}", visits(text));
    }
}
