//! Detection on sentences written for these tests.

use depeche_names::{EntityKind, Mention, Method, Registry};

fn detect(r: &Registry, text: &str) -> Vec<Mention> {
    let found = r.detect(text);
    for m in &found {
        assert_eq!(m.span.slice(text), Some(m.text.as_str()));
    }
    found
}

fn one<'a>(found: &'a [Mention], text: &str) -> &'a Mention {
    found
        .iter()
        .find(|m| m.text == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {found:#?}"))
}

/// A small registry of invented entries, so the rules are tested without
/// the embedded data.
fn small() -> Registry {
    let mut r = Registry::empty();
    r.load_str(
        "id\tkind\tname\tcountry\taliases\tdemonyms\tcapital\n\
         KAZ\tcountry\tKazakhstan\tKAZ\tQazaqstan\tkazakh|kazakhe|kazakhs\tAstana\n\
         VNM\tcountry\tVietnam\tVNM\tViêt Nam\tvietnamien|vietnamienne\tHanoï|Hanoi\n\
         NER\tcountry\tNiger\tNER\t\tnigérien\n\
         NGA\tcountry\tNigeria\tNGA\tNigéria\tnigérian\n\
         serik-amanov\tperson\tSerik Amanov\tKAZ\tSerik Amanov\n\
         tran-van-binh\tperson\tTrần Văn Bình\tVNM\n",
        "small.tsv",
    )
    .expect("valid registry text");
    r.load_titles_str(
        "title\trole\tperson\nprésident\tprésident\tyes\nministre\tministre\tyes\nambassadeur\tambassadeur\tyes\nm.\t\tyes\n",
        "titles",
    )
    .expect("valid titles");
    r
}

#[test]
fn a_person_name_after_a_facility_noun_names_the_facility() {
    let r = small();
    let text =
        "Il est arrivé à l'aéroport international Serik-Amanov, où Serik Amanov l'attendait.";
    let found = detect(&r, text);
    let airport = one(&found, "aéroport international Serik-Amanov");
    assert_eq!(airport.kind, EntityKind::Facility);
    assert_eq!(airport.entity, None);
    assert_eq!(airport.country.as_deref(), Some("KAZ"));
    let man = one(&found, "Serik Amanov");
    assert_eq!(man.entity.as_deref(), Some("serik-amanov"));
}

#[test]
fn a_city_named_after_a_person_is_a_place() {
    let r = small();
    let found = detect(&r, "la ville de Trần Văn Bình et Trần Văn Bình-Ville");
    let city = one(&found, "Trần Văn Bình");
    assert_eq!(city.kind, EntityKind::Place);
    assert_eq!(city.country.as_deref(), Some("VNM"));
    let hyphen = one(&found, "Trần Văn Bình-Ville");
    assert_eq!(hyphen.kind, EntityKind::Place);
}

#[test]
fn glued_words_curly_apostrophes_and_no_break_spaces() {
    let r = small();
    let text = "Le président duKazakhstan et l’envoyé duVietnam\u{a0}: SerikAmanov a parlé.";
    let found = detect(&r, text);
    let kaz = one(&found, "Kazakhstan");
    assert_eq!(
        (kaz.method, kaz.entity.as_deref()),
        (Method::Joined, Some("KAZ"))
    );
    let glued = one(&found, "SerikAmanov");
    assert_eq!(glued.method, Method::Joined);
    assert_eq!(*glued.key, depeche_names::key("Serik Amanov"));
}

#[test]
fn unknown_people_keep_a_key_a_title_and_the_country_of_their_title() {
    let r = small();
    let text =
        "L'ambassadeur kazakh Bolat Nurgaliyev a été reçu. M. Nurgaliyev a remercié ses hôtes.";
    let found = detect(&r, text);
    let full = one(&found, "Bolat Nurgaliyev");
    assert_eq!(full.kind, EntityKind::Person);
    assert_eq!(full.method, Method::Unresolved);
    assert_eq!(full.title.as_deref(), Some("ambassadeur"));
    assert_eq!(full.country.as_deref(), Some("KAZ"));
    let alone = one(&found, "Nurgaliyev");
    assert_eq!(alone.kind, EntityKind::Person);
    assert_eq!(alone.title, None, "`M.` is an honorific, not a role");
    assert_eq!(alone.key, full.key, "the surname refers to the full name");
    assert_eq!(alone.country.as_deref(), Some("KAZ"));
}

#[test]
fn a_title_in_apposition_after_the_name_counts() {
    let r = small();
    let found = detect(
        &r,
        "Il a reçu Bolat Nurgaliyev, ambassadeur du Kazakhstan, et Jean Dupont.",
    );
    let bolat = one(&found, "Bolat Nurgaliyev");
    assert_eq!(bolat.title.as_deref(), Some("ambassadeur"));
    assert_eq!(bolat.country.as_deref(), Some("KAZ"));
    assert_eq!(one(&found, "Jean Dupont").title, None);
}

#[test]
fn sentence_starts_months_and_lone_capitals_are_not_names() {
    let r = small();
    let found = detect(
        &r,
        "Lundi, Selon la presse. Durant Mai. Appréciant la Coopération.",
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_word_alone_is_the_person_of_the_text_who_has_it() {
    let mut r = small();
    r.load_str(
        "id\tkind\tname\tcountry\nli-wei\tperson\tLi Wei\tCHN\nli-qiang-test\tperson\tLi Qiangtest\tCHN\n",
        "two Lis",
    )
    .expect("valid registry text");
    let found = detect(&r, "Le ministre Li Wei est arrivé. M. Li a été reçu.");
    let alone = one(&found, "Li");
    assert_eq!(alone.entity.as_deref(), Some("li-wei"));
    assert_eq!(alone.method, Method::Exact);
    let found = detect(&r, "M. Li a été reçu.");
    assert_eq!(one(&found, "Li").entity, None, "two Lis and no context");
}

#[test]
fn complements_brands_and_identifiers_are_not_people() {
    let r = small();
    let text = "Le ministre de l'Intégration a parlé. Source AllAfrica, réf. H0FsEyzRqz Kx9.";
    let found = detect(&r, text);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn an_unknown_name_said_twice_keeps_the_country_given_once() {
    let r = small();
    let text =
        "L'ambassadeur du Vietnam, Bui Van Khoa, est arrivé. L'ambassadeur Bui Van Khoa a parlé.";
    let found = detect(&r, text);
    let both: Vec<_> = found.iter().filter(|m| m.text == "Bui Van Khoa").collect();
    assert_eq!(both.len(), 2);
    assert!(
        both.iter().all(|m| m.country.as_deref() == Some("VNM")),
        "{both:#?}"
    );
}

#[test]
fn unknown_name_pairs_look_like_people() {
    let r = small();
    let found = detect(
        &r,
        "Appréciant ce geste, Jean Dupont a remercié Marie-Claire Lefèvre.",
    );
    assert_eq!(one(&found, "Jean Dupont").kind, EntityKind::Person);
    assert_eq!(
        one(&found, "Marie-Claire Lefèvre").method,
        Method::Unresolved
    );
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn demonyms_surnames_initials_and_reordering() {
    let r = small();
    let text = "La délégation vietnamienne a vu le président Amanov, puis S. Amanov, puis Amanov Serik, au Qazaqstan.";
    let found = detect(&r, text);
    let viet = one(&found, "vietnamienne");
    assert_eq!(
        (viet.kind, viet.method),
        (EntityKind::Country, Method::Demonym)
    );
    let surname = one(&found, "Amanov");
    assert_eq!(surname.entity.as_deref(), Some("serik-amanov"));
    assert_eq!(surname.title.as_deref(), Some("président"));
    assert_eq!(one(&found, "S. Amanov").method, Method::Initial);
    assert_eq!(one(&found, "Amanov Serik").method, Method::Reordered);
    assert_eq!(one(&found, "Qazaqstan").method, Method::Exact);
}

#[test]
fn look_alike_countries_stay_apart_and_lowercase_words_are_not_names() {
    let r = small();
    let found = detect(&r, "Le Niger, le Nigeria et le Nigéria ; un niger.");
    let ids: Vec<_> = found
        .iter()
        .map(|m| m.entity.as_deref().unwrap_or("-"))
        .collect();
    assert_eq!(ids, ["NER", "NGA", "NGA"]);
}

#[test]
fn capitals_are_places() {
    let r = small();
    let found = detect(&r, "Des vols directs entre Hanoï et Astana.");
    assert_eq!(one(&found, "Hanoï").kind, EntityKind::Place);
    assert_eq!(one(&found, "Astana").country.as_deref(), Some("KAZ"));
}

#[test]
fn bare_titles_carry_their_country() {
    let r = small();
    let titles = r
        .titles()
        .detect("Le président kazakh a reçu le ministre du Vietnam.");
    assert_eq!(titles.len(), 2);
    assert_eq!(titles[0].country.as_deref(), Some("KAZ"));
    assert_eq!(titles[1].text, "ministre du Vietnam");
    assert_eq!(titles[1].country.as_deref(), Some("VNM"));
}

#[test]
fn user_entries_extend_the_embedded_registry() {
    let mut r = Registry::embedded().clone();
    r.load_str(
        "id\tkind\tname\tcountry\taliases\nzarina-test\tperson\tZarina Omarbekova\tKAZ\tZarina Omarbekova|Zarine Omarbekova\n",
        "user.tsv",
    )
    .expect("valid user file");
    let found = detect(&r, "Le Premier ministre a reçu Zarine Omarbekova.");
    assert_eq!(
        one(&found, "Zarine Omarbekova").entity.as_deref(),
        Some("zarina-test")
    );
    assert!(Registry::embedded().get("zarina-test").is_none());
}

#[test]
fn malformed_user_files_name_their_line() {
    let mut r = Registry::empty();
    let err = r
        .load_str("id\tkind\tname\n# ok\nx\tpersonne\tX\n", "mine.tsv")
        .unwrap_err();
    assert_eq!(err.to_string(), "mine.tsv:3: unknown kind \"personne\"");
}

#[test]
fn a_lowercase_syllable_hyphened_to_a_name_is_part_of_it() {
    let r = small();
    let text = "L'ambassadeur Park Sang-jin a rencontré M. Kim Min-ho à Séoul.";
    let found = detect(&r, text);
    assert_eq!(one(&found, "Park Sang-jin").kind, EntityKind::Person);
    assert_eq!(one(&found, "Kim Min-ho").kind, EntityKind::Person);
    // A long lowercase word hyphened to a name is not part of it.
    let text = "Le président Serik Amanov-accompagnateur est arrivé.";
    let found = detect(&r, text);
    assert!(
        found.iter().all(|m| !m.text.contains("accompagnateur")),
        "{found:#?}"
    );
}

#[test]
fn the_title_country_picks_one_of_two_persons_sharing_a_surname() {
    let mut r = Registry::empty();
    r.load_str(
        "id\tkind\tname\tcountry\tdemonyms\troles\n\
         TLS\tcountry\tTimor oriental\tTLS\ttimorais\t\n\
         PRT\tcountry\tPortugal\tPRT\tportugais\t\n\
         francisco-guterres\tperson\tFrancisco Guterres\tTLS\t\tprésident (2017-2022)\n\
         antonio-guterres\tperson\tAntónio Guterres\tPRT\t\tPremier ministre (1995-2002)\n",
        "t",
    )
    .unwrap();
    r.load_titles_str(
        "title\trole\tperson\nprésident\tprésident\tyes\npremier ministre\tpremier ministre\tyes\nm.\t\tyes\n",
        "titles",
    )
    .unwrap();
    let cases = [
        (
            "Le président timorais Guterres est arrivé.",
            Some("francisco-guterres"),
        ),
        (
            "Le Premier ministre portugais Guterres est arrivé.",
            Some("antonio-guterres"),
        ),
        (
            "Le président Guterres est arrivé.",
            Some("francisco-guterres"),
        ),
        ("M. Guterres est arrivé.", None),
    ];
    for (text, want) in cases {
        let found = detect(&r, text);
        let m = one(&found, "Guterres");
        assert_eq!(m.entity.as_deref(), want, "{text}");
    }
}

/// A registry where a surname belongs to one known person only.
fn with_a_namesake() -> Registry {
    let mut r = small();
    r.load_str(
        "id\tkind\tname\tcountry\taliases\tdemonyms\tcapital\n\
         YEM\tcountry\tYémen\tYEM\t\tyéménite\n\
         TUN\tcountry\tTunisie\tTUN\t\ttunisien\n\
         maeen-saeed\tperson\tMaeen Abdulmalik Saeed\tYEM\n",
        "namesake.tsv",
    )
    .expect("valid registry text");
    r
}

#[test]
fn a_surname_alone_is_the_unknown_person_of_the_text_who_bears_it() {
    let r = with_a_namesake();
    for text in [
        "Le président tunisien, Karim Saeed, est arrivé mercredi. Saeed a été reçu au palais.",
        "Hier, Karim Saeed est arrivé à Tripoli. Saeed a ensuite rencontré la presse.",
        "Saeed a été accueilli à l'aéroport. Le président Karim Saeed a salué la foule.",
        "Selon Karim Saeed, la visite est un succès ; Saeed rentrera jeudi.",
        "Le ministre Karim Saeed a signé l'accord. Saeed a remercié ses hôtes.",
    ] {
        let found = detect(&r, text);
        let full = one(&found, "Karim Saeed");
        let alone = one(&found, "Saeed");
        assert_eq!(alone.entity, None, "{text}: {alone:?}");
        assert_eq!(alone.key, full.key, "{text}");
    }
}

#[test]
fn a_surname_alone_stays_with_the_known_person_named_in_full() {
    let r = with_a_namesake();
    for text in [
        "Maeen Abdulmalik Saeed a reçu Karim Saeed. Saeed a salué la coopération.",
        "Le Premier ministre Maeen Abdulmalik Saeed et son épouse Amina Saeed sont arrivés. Saeed a salué la foule.",
    ] {
        let found = detect(&r, text);
        let alone = one(&found, "Saeed");
        assert_eq!(alone.entity.as_deref(), Some("maeen-saeed"), "{text}");
    }
    // With no other bearer in the text, the registry's one holder stands.
    let found = detect(&r, "Saeed a été reçu par le roi.");
    assert_eq!(one(&found, "Saeed").entity.as_deref(), Some("maeen-saeed"));
}

#[test]
fn a_first_name_with_a_regnal_number_is_no_surname() {
    let mut r = small();
    r.load_str(
        "id\tkind\tname\tcountry\taliases\tdemonyms\tcapital\n\
         PHL\tcountry\tPhilippines\tPHL\t\tphilippin\n\
         delia-albert\tperson\tDelia Albert\tPHL\n\
         john-paul\tperson\tAnna Paul\tPHL\n",
        "surnames.tsv",
    )
    .expect("valid registry text");
    for (text, name) in [
        (
            "En 2003, Albert II avait été accueilli à Paris.",
            "Albert II",
        ),
        (
            "Le souverain Albert II et la reine Paola sont arrivés.",
            "Albert II",
        ),
        (
            "La visite de Jean Paul II à Manille reste dans les mémoires.",
            "Jean Paul II",
        ),
        ("Hier, Albert XV a régné.", "Albert XV"),
        (
            "Une messe, célébrée selon le rite de Paul VI, a eu lieu.",
            "Paul VI",
        ),
    ] {
        let found = detect(&r, text);
        let m = one(&found, name);
        assert_eq!(m.entity, None, "{text}: {m:?}");
    }
    // The surname alone still resolves.
    let found = detect(&r, "Hier, Albert a été reçu au palais.");
    assert_eq!(
        one(&found, "Albert").entity.as_deref(),
        Some("delia-albert")
    );
}

/// Assert that `text` names the person `name` and, as countries, only
/// `countries`.
fn assert_person_among(r: &Registry, text: &str, name: &str, countries: &[&str]) {
    let found = detect(r, text);
    assert_eq!(one(&found, name).kind, EntityKind::Person, "{text}");
    let named: Vec<&str> = found
        .iter()
        .filter(|m| m.kind == EntityKind::Country)
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(named, countries, "{text}: {found:#?}");
}

#[test]
fn a_country_hyphened_into_a_given_name_is_no_country() {
    let r = Registry::embedded();
    let ripert = "Les ambassadeurs sont Jean-Maurice Ripert de la France.";
    assert_person_among(r, ripert, "Jean-Maurice Ripert", &["France"]);
    let lambert = "L'ambassadrice Marie-France Lambert est arrivée.";
    assert_person_among(r, lambert, "Marie-France Lambert", &[]);
    let leroy = "Le consul Pierre-Maurice Leroy, de passage à Dakar.";
    assert_person_among(r, leroy, "Pierre-Maurice Leroy", &[]);
    let dupuis = "Selon Anne-France Dupuis, la visite aura lieu au Sénégal.";
    assert_person_among(r, dupuis, "Anne-France Dupuis", &["Sénégal"]);
    let girard = "Il a reçu Paul-Maurice Girard et Lena Berg.";
    assert_person_among(r, girard, "Paul-Maurice Girard", &[]);
    // Two countries hyphened to each other stay two countries.
    let found = detect(r, "Les relations Vietnam-Laos et la Guinée-Bissau.");
    assert_eq!(one(&found, "Vietnam").kind, EntityKind::Country);
    assert_eq!(one(&found, "Laos").kind, EntityKind::Country);
    assert_eq!(one(&found, "Guinée-Bissau").kind, EntityKind::Country);
    let found = detect(r, "Le forum Chine-France Macron a ouvert.");
    assert_eq!(one(&found, "France").kind, EntityKind::Country);
}

#[test]
fn a_given_name_opening_a_sentence_before_a_known_surname_stays_a_given_name() {
    // The registry knows Donald Trump and Tony Blair, not Melania or Cherie:
    // the sentence's first word is a given name, and the person is not the
    // registry's.
    let r = Registry::embedded();
    for (text, name) in [
        (
            "Melania Trump est arrivée samedi au Caire.",
            "Melania Trump",
        ),
        (
            "Cherie Blair a rencontré mardi le président ghanéen.",
            "Cherie Blair",
        ),
    ] {
        let found = r.detect(text);
        let m = found.iter().find(|m| m.text == name);
        assert!(m.is_some_and(|m| m.entity.is_none()), "{text}: {found:#?}");
    }
}

#[test]
fn mentions_of_one_entity_share_its_strings() {
    // Two mentions of one person, one of a country; then a registry that
    // was added to after its first detection, whose strings are remade.
    let mut r = small();
    let text = "Serik Amanov est arrivé à Astana. Le Kazakhstan a reçu Serik Amanov.";
    let found = detect(&r, text);
    let amanov: Vec<&Mention> = found.iter().filter(|m| m.text == "Serik Amanov").collect();
    let [a, b] = amanov.as_slice() else {
        panic!("two mentions of Serik Amanov in {found:#?}");
    };
    let same = |x: &Option<std::sync::Arc<str>>, y: &Option<std::sync::Arc<str>>| match (x, y) {
        (Some(x), Some(y)) => std::sync::Arc::ptr_eq(x, y),
        _ => false,
    };
    assert!(same(&a.entity, &b.entity), "{a:?} {b:?}");
    assert!(same(&a.canonical, &b.canonical));
    assert!(same(&a.country, &b.country));
    assert!(std::sync::Arc::ptr_eq(&a.key, &b.key));
    assert_eq!(a.entity.as_deref(), Some("serik-amanov"));
    assert_eq!(a.country.as_deref(), Some("KAZ"));
    r.load_str(
        "id\tkind\tname\tcountry\taliases\nserik-amanov\tperson\tSerik Amanov\tKGZ\t\n",
        "later",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let again = detect(&r, text);
    let m = one(&again, "Serik Amanov");
    assert_eq!(m.country.as_deref(), Some("KGZ"), "{m:?}");
}
