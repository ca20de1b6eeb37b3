use super::*;

#[test]
fn every_line_form_is_read() {
    let text = "# a comment\n\
        \n\
        ALGERIA_  [DZA]\n\
        +ALGERIE_\n\
        ABDELAZIZ_BOUTEFLIKA_  # CountryInfo.txt\n\
        \t[DZAELI 550101-000101]\n\
        \t[DZAGOV >990427]\n\
        \t[DZAELI]\n\
        KOFI_ANNAN_\t\n\
        \t[IGOUNO 970101-061231] \n\
        \t[ELI]# IGOrulers.txt\n\
        JAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]# IGOrulers.txt\n\
        JEAN_MARIE_GUEHENNO_\t[IGOUNO 000101-080801] [---] #BK\n\
        \tOLD_NAME_ [DZAGOV 990101-000101]\n\
        ENVIRONMENT_ [~ENV}\n\
        OLD_KING_ [AFGELI 19270101-730717] [AFGGOV < 730717] [KORGOV 2004017-20061201]\n";
    let e = parse_actors(text, "t").unwrap();
    assert_eq!(e.len(), 7);
    assert_eq!(e[4].variants, ["OLD NAME"]);
    assert_eq!(
        e[4].codes.len(),
        2,
        "[---] is no code; the indented name's code counts"
    );
    assert_eq!(e[5].codes[0].code, "~ENV");
    let e: Vec<_> = e.into_iter().filter(|x| x.name != "ENVIRONMENT").collect();
    assert_eq!((e[0].name.as_str(), e[0].line), ("ALGERIA", 3));
    assert_eq!(e[0].variants, ["ALGERIE"]);
    assert_eq!(e[1].codes.len(), 3);
    assert_eq!(
        e[1].codes[0].years,
        Some(Years {
            from: Some(1955),
            until: Some(2000)
        })
    );
    assert_eq!(e[1].codes[2].years, None);
    assert_eq!(e[2].codes[1].code, "ELI");
    assert_eq!(e[3].codes.len(), 2);
    assert_eq!(e[5].codes[0].years.unwrap().from, Some(1927));
    assert_eq!(e[5].codes[1].years.unwrap().until, Some(1973));
    assert_eq!(
        e[5].codes[2].years, None,
        "an unreadable date leaves the code undated"
    );
}

#[test]
fn agents_plurals_and_substitution_sets() {
    let text = "!PERSON! = MAN, MEN, WOMAN\n\
        FARMER [~AGR]\n\
        CATTLE!PERSON! [~AGR]\n\
        THIEF {THIEVES} [~CRM]\n\
        RABBLE {} [~CVL]\n\
        PEACEKEEPING_TROOPS {} [IGO~]\n\
        COMPOSITE_ <SOMETHING> [~GOV]\n\
        !PERSON!_OF_LETTERS [~EDU]\n";
    let e = parse_actors(text, "agents").unwrap();
    assert_eq!(e.len(), 7);
    assert_eq!(e[6].name, "MAN OF LETTERS");
    assert!(e.iter().all(ActorEntry::is_agent));
    assert_eq!(e[1].name, "CATTLEMAN");
    assert_eq!(e[1].variants, ["CATTLEMEN", "CATTLEWOMAN"]);
    assert_eq!(e[2].variants, ["THIEVES"]);
    assert!(e[3].variants.is_empty());
}

#[test]
fn errors_name_origin_line_and_column() {
    let cases = [
        ("+VARIANT_\n", 1, 1, "before any entry"),
        ("\t[DZAGOV]\n", 1, 2, "before any entry"),
        ("X_\n\t[DZAGOV 990101\n", 2, 2, "not closed"),
        ("X_ [dzagov]\n", 1, 4, "not a CAMEO code"),
        ("X_ [DZAGOV 99x]\n", 1, 4, "unexpected"),
        ("X_ [DZAGOV 99x] # a comment\n", 1, 4, "unexpected"),
        ("X_\n\t[DZA] [é # note\n", 2, 8, "not closed"),
        ("X_\n\t[DZA] junk\n", 2, 8, "after the codes"),
        ("X_\n\tY_ [DZA] {Z\n", 2, 11, "not closed"),
        ("!PERSON = MAN\n", 1, 1, "substitution"),
        ("{X}\n", 1, 1, "cannot start"),
    ];
    for (text, line, column, what) in cases {
        match parse_actors(text, "my.actors") {
            Err(CameoError::Malformed {
                origin,
                line: l,
                column: c,
                message,
            }) => {
                assert_eq!(origin, "my.actors");
                assert_eq!((l, c), (line, column), "{text:?}: {message}");
                assert!(message.contains(what), "{text:?}: {message}");
            }
            other => panic!("{text:?} gave {other:?}"),
        }
    }
}
