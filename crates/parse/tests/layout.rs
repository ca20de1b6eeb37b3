//! Dispatch layouts written for these tests: datelines, printed dates,
//! headers, credits, related links, signatures and several articles in one
//! input.

mod common;

use common::parse_checked;
use depeche_parse::{Dispatch, Span};

fn text(input: &str, span: Span) -> &str {
    &input[span.start..span.end]
}

fn date(d: &Dispatch) -> Option<String> {
    d.date.map(|v| v.to_string())
}

/// (place, agency, date) of the first segment's dateline, and its text.
fn dateline_of(input: &str) -> (Option<String>, Option<String>, Option<String>, String) {
    let doc = parse_checked(input);
    let dl = doc.segments[0].dateline.clone().expect("a dateline");
    (
        dl.place,
        dl.agency,
        dl.date.map(|v| v.to_string()),
        text(input, dl.span).to_string(),
    )
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn wire_datelines() {
    let body = " Le ministre a reçu son homologue pour des entretiens officiels.";
    let cases = [
        ("Hanoi (VNA) -", (s("Hanoi"), s("VNA"), None)),
        (
            "Hanoi, 3 septembre (VNA) –",
            (s("Hanoi"), s("VNA"), s("--09-03")),
        ),
        (
            "BEIJING, 22 mars (Xinhua) --",
            (s("BEIJING"), s("Xinhua"), s("--03-22")),
        ),
        (
            "Dakar, 28 jan (APS) -",
            (s("Dakar"), s("APS"), s("--01-28")),
        ),
        (
            "Bakou, 7 mai, AZERTAC -",
            (s("Bakou"), s("AZERTAC"), s("--05-07")),
        ),
        (
            "AKP Phnom Penh, 20 décembre 2016 –",
            (s("Phnom Penh"), s("AKP"), s("2016-12-20")),
        ),
        ("(Chinhphu.vn) -", (None, s("Chinhphu.vn"), None)),
        ("Nhân Dân en ligne -", (None, s("Nhân Dân en ligne"), None)),
        ("NIAMEY -", (s("NIAMEY"), None, None)),
    ];
    for (line, (place, agency, d)) in cases {
        let input = format!("Un titre de dépêche pour ce test\n\n{line}{body}\n");
        let (p, a, dd, t) = dateline_of(&input);
        assert_eq!((p, a, dd), (place, agency, d), "{line}");
        assert_eq!(t, line);
    }
}

#[test]
fn dateline_alone_on_its_line_and_header_year() {
    let input = " date 2016-12 Le vice-Premier ministre reçoit l'ambassadeur\n\nBakou, 23 décembre, AZERTAC\n\nLe vice-Premier ministre a reçu hier l'ambassadeur.\n";
    let doc = parse_checked(input);
    let d = &doc.segments[0];
    assert_eq!(date(d).as_deref(), Some("2016-12-23"));
    assert_eq!(
        d.title.as_ref().map(|t| t.text.as_str()),
        Some("Le vice-Premier ministre reçoit l'ambassadeur")
    );
    assert_eq!(d.paragraphs.len(), 1);
}

#[test]
fn a_title_with_a_dash_is_not_a_dateline() {
    let input =
        "Sénégal - Mauritanie : signature de dix accords de coopération\n\nLe texte commence ici.";
    let doc = parse_checked(input);
    assert!(doc.segments[0].dateline.is_none());
    assert!(doc.segments[0].title.is_some());
}

#[test]
fn header_with_a_day_and_header_glued_to_a_lead() {
    let input = " date 2025-12-01 Le Premier ministre a reçu lundi à Hanoi une délégation d'hommes d'affaires venus de cinq pays européens pour préparer le forum.\n\nLa suite.";
    let doc = parse_checked(input);
    let d = &doc.segments[0];
    assert_eq!(date(d).as_deref(), Some("2025-12-01"));
    assert_eq!(
        d.title, None,
        "a long sentence after the header is the lead"
    );
    assert!(d.paragraphs[0]
        .text
        .starts_with("Le Premier ministre a reçu lundi"));
}

#[test]
fn printed_dates_date_the_dispatch() {
    for (line, expected) in [
        ("19/09/2021 13:00", "2021-09-19"),
        ("Jeudi 8 Mars 2018", "2018-03-08"),
        ("Jeudi, 09 juin 2016 à 06:43:16", "2016-06-09"),
        ("Publié le vendredi 2 fevrier 2018", "2018-02-02"),
    ] {
        let input = format!("Le président reçoit le chef de la diplomatie voisine\n{line}\nLe président a reçu jeudi le ministre.\n");
        let doc = parse_checked(&input);
        let d = &doc.segments[0];
        assert_eq!(date(d).as_deref(), Some(expected), "{line}");
        let dl = d.dateline.as_ref().expect("printed date as dateline");
        assert_eq!((dl.place.as_deref(), text(&input, dl.span)), (None, line));
    }
}

#[test]
fn a_date_in_page_chrome_does_not_date_the_dispatch() {
    let input = "Menu\nRecherche\nMardi 19 Mars 2024\nS'abonner\n\nLe ministre reçoit son homologue bissau-guinéen\n\nLe ministre a reçu mercredi à Rabat son homologue.\n";
    let doc = parse_checked(input);
    let d = &doc.segments[0];
    assert_eq!(d.date, None);
    assert_eq!(d.extra_datelines.len(), 1);
    assert_eq!(
        d.title.as_ref().map(|t| t.text.as_str()),
        Some("Le ministre reçoit son homologue bissau-guinéen")
    );
}

#[test]
fn captions_with_credit_tails() {
    let input = "Le président arrive à l'aéroport - Photo : VGP/Nhat Bac\n(Chinhphu.vn) - Le président est arrivé lundi à Vientiane.\nLes deux dirigeants lors de la cérémonie d'accueil. Photo: VNA\nIls ont signé trois accords.\n";
    let doc = parse_checked(input);
    let d = &doc.segments[0];
    let credits: Vec<(&str, &str)> = d
        .photo_credits
        .iter()
        .map(|c| (c.text.as_str(), text(input, c.span)))
        .collect();
    assert_eq!(
        credits,
        [
            ("VGP/Nhat Bac", "- Photo : VGP/Nhat Bac"),
            ("VNA", "Photo: VNA")
        ]
    );
    assert_eq!(
        d.dateline.as_ref().and_then(|l| l.agency.as_deref()),
        Some("Chinhphu.vn")
    );
    assert!(d
        .paragraphs
        .iter()
        .any(|p| p.text == "Les deux dirigeants lors de la cérémonie d'accueil."));
    assert!(d
        .paragraphs
        .iter()
        .any(|p| p.text == "Le président arrive à l'aéroport"));
}

#[test]
fn signature_forms() {
    for (last, sig, span_text) in [
        ("VNA/CVN", "VNA/CVN", "VNA/CVN"),
        ("APS.", "APS", "APS."),
        ("-VNA", "VNA", "-VNA"),
        ("(AIP)", "AIP", "(AIP)"),
        ("Par Chanseng", "Chanseng", "Par Chanseng"),
    ] {
        let input = format!(
            "Le titre de la dépêche du jour\n\nLe ministre a reçu l'ambassadeur.\n\n{last}\n"
        );
        let doc = parse_checked(&input);
        let s = doc.segments[0].signature.as_ref().expect("signature");
        assert_eq!((s.text.as_str(), text(&input, s.span)), (sig, span_text));
    }
}

#[test]
fn glued_signature_and_what_follows_it() {
    let input = "Le ministre a salué les liens entre les deux pays. -VNA\nTrois questions sur la réforme du Conseil de sécurité\nLe texte de l'autre article.\n";
    let doc = parse_checked(input);
    assert_eq!(doc.segments.len(), 2);
    let sig = doc.segments[0].signature.as_ref().expect("signature");
    assert_eq!((sig.text.as_str(), text(input, sig.span)), ("VNA", "-VNA"));
    assert!(doc.segments[1].title.is_some());
    let xinhua = "Le cortège a quitté l'aéroport. Fin\n\nContactez la rédaction par courriel.";
    let doc = parse_checked(xinhua);
    assert_eq!(
        doc.segments[0].signature.as_ref().map(|s| s.text.as_str()),
        Some("Fin")
    );
    assert_eq!(doc.segments.len(), 2);
}

#[test]
fn a_second_header_starts_a_second_segment() {
    let input = " date 2024-05 Premier titre d'une dépêche\n\nPremier texte.\n\n date 2024-06 Second titre d'une dépêche\n\nSecond texte.\n";
    let doc = parse_checked(input);
    assert_eq!(doc.segments.len(), 2);
    assert_eq!(date(&doc.segments[1]).as_deref(), Some("2024-06"));
}

#[test]
fn related_links_anywhere() {
    let input = "Un sommet régional s'ouvre à Vientiane\n\nLe sommet s'est ouvert mardi.\n>>Le Laos prend la présidence\n>>> À LIRE – Les enjeux du sommet\nLa suite du texte.\n";
    let doc = parse_checked(input);
    let d = &doc.segments[0];
    let related: Vec<&str> = d.related.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        related,
        [
            "Le Laos prend la présidence",
            "À LIRE – Les enjeux du sommet"
        ]
    );
    assert_eq!(d.paragraphs.len(), 2);
}

#[test]
fn no_title_when_the_text_starts_with_prose() {
    let doc = parse_checked(
        "Le président a reçu mardi l'ambassadeur du Japon.\nIls ont évoqué la coopération.",
    );
    assert_eq!(doc.segments[0].title, None);
    assert_eq!(doc.segments[0].paragraphs.len(), 2);
}

#[test]
fn crlf_bom_and_typographic_spaces_keep_original_offsets() {
    let input = "\u{feff}Le président reçoit l\u{2019}ambassadeur du Japon\r\n\r\nHanoi (VNA)\u{a0}– Il a dit\u{202f}: « Nous sommes prêts\u{a0}».\r\n\r\nPhoto\u{a0}: VNA/CVN\r\n\r\nVNA/CVN\r\n";
    let doc = parse_checked(input);
    let d = &doc.segments[0];
    let title = d.title.as_ref().expect("title");
    assert_eq!(title.span.start, 3, "the BOM belongs to no piece");
    assert_eq!(
        text(input, title.span),
        "Le président reçoit l\u{2019}ambassadeur du Japon"
    );
    assert_eq!(
        d.dateline.as_ref().map(|l| text(input, l.span)),
        Some("Hanoi (VNA)\u{a0}–")
    );
    assert_eq!(
        d.paragraphs[0].text,
        "Il a dit\u{202f}: « Nous sommes prêts\u{a0}»."
    );
    assert_eq!(d.photo_credits[0].text, "VNA/CVN");
    assert_eq!(
        d.signature.as_ref().map(|s| s.text.as_str()),
        Some("VNA/CVN")
    );
    assert!(d.paragraphs.iter().all(|p| !p.text.contains('\r')));
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let input = "Le secrétaire général du Parti a rencontré mardi à Astana\nle président du pays hôte et les présidents des deux chambres.\n\nLa suite.";
    let doc = parse_checked(input);
    assert_eq!(doc.segments[0].paragraphs.len(), 2);
    assert!(doc.segments[0].paragraphs[0]
        .text
        .contains("Astana\nle président"));
}

#[test]
fn a_dateline_after_a_standfirst() {
    let input = "Entretien entre les deux Premiers ministres à Moscou\n\nLes deux pays veulent doubler leurs échanges d'ici cinq ans.\n\nMoscou, 23 mai (VNA) - Le Premier ministre a rencontré mercredi le président.\n";
    let doc = parse_checked(input);
    let d = &doc.segments[0];
    assert_eq!(
        d.dateline.as_ref().and_then(|l| l.place.as_deref()),
        Some("Moscou")
    );
    assert_eq!(date(d).as_deref(), Some("--05-23"));
}

#[test]
fn a_labelled_publication_date_after_the_body() {
    let input = "Le président a reçu mercredi quatre nouveaux ambassadeurs.\nMise en ligne\n12 Février 2026\nRéalisation\n";
    let doc = parse_checked(input);
    assert_eq!(date(&doc.segments[0]).as_deref(), Some("2026-02-12"));
}

#[test]
fn glued_signature_after_a_non_breaking_space() {
    let input =
        "Les deux parties ont salué leurs liens.\u{a0}-AVI\nUn autre article de la page d'accueil";
    let doc = parse_checked(input);
    assert_eq!(doc.segments.len(), 2);
    assert_eq!(
        doc.segments[0].signature.as_ref().map(|s| s.text.as_str()),
        Some("AVI")
    );
}

#[test]
fn a_date_line_under_the_lead_dates_an_otherwise_undated_page() {
    let input = "PROTOCOLE\n\nAudience royale\n\nLe roi a reçu au palais les nouveaux \
                 ambassadeurs accrédités dans le pays, qui lui ont remis leurs lettres.\n\n\
                 mercredi 12 mars 2025\n\nLes ambassadeurs représentaient quatre pays \
                 d'Afrique et d'Asie.\n";
    let doc = parse_checked(input);
    assert_eq!(date(&doc.segments[0]), s("2025-03-12"));
}

#[test]
fn a_late_date_line_never_beats_a_dateline() {
    let input = "Audience royale\n\nRabat, 3 mars 2025 (MAP) - Le roi a reçu au palais les \
                 nouveaux ambassadeurs accrédités dans le pays.\n\nmercredi 12 mars 2025\n\n\
                 Les ambassadeurs représentaient quatre pays d'Afrique et d'Asie.\n";
    let doc = parse_checked(input);
    assert_eq!(date(&doc.segments[0]), s("2025-03-03"));
}
