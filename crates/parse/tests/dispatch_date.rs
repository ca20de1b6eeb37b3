//! The dispatch's own date in whole dispatches written for these tests:
//! printed date lines and datelines in the desk's language, numeric and
//! capitalised datelines, agencies closed without a dash, places with
//! their country or region, Hijri dates beside Gregorian ones, and a
//! header's month completing a dateline's day.

mod common;

use common::parse_checked;

const LEAD: &str = "Le ministre des Affaires étrangères a reçu jeudi son homologue pour des entretiens sur la coopération bilatérale.";
const TITLE: &str = "Le ministre reçoit son homologue";

/// The date of the first dispatch of `input`.
fn dispatch_date(input: &str) -> Option<String> {
    let doc = parse_checked(input);
    doc.segments.first()?.date.map(|d| d.to_string())
}

/// Each line, put in a dispatch by `layout`, gives the expected date.
fn check(cases: &[(&str, &str)], layout: impl Fn(&str) -> String) {
    for (line, expected) in cases {
        let input = layout(line);
        assert_eq!(dispatch_date(&input).as_deref(), Some(*expected), "{input}");
    }
}

/// A printed date line between the title and the lead.
fn under_title(line: &str) -> String {
    format!("{TITLE}\n\n{line}\n\n{LEAD}\n")
}

/// A dateline opening the lead.
fn opening_lead(dateline: &str) -> String {
    format!("{TITLE}\n\n{dateline} {LEAD}\n")
}

/// A dateline on its own line above the lead.
fn on_its_line(dateline: &str) -> String {
    format!("{TITLE}\n\n{dateline}\n\n{LEAD}\n")
}

#[test]
fn printed_lines_in_the_page_language() {
    let cases = [
        ("Kamis, 15 Mei 2025 16:40 WIB", "2025-05-15"),
        ("Thursday, June 12, 2025", "2025-06-12"),
        ("jueves 12 de junio de 2025", "2025-06-12"),
        ("sexta-feira, 13 de junho de 2025 às 09h10", "2025-06-13"),
        ("13 ago 2025 - 18:05", "2025-08-13"),
        ("Rabu, 2 Juli 2025 pukul 14.30 WIB", "2025-07-02"),
        ("Donnerstag, 14. Oktober 2027", "2027-10-14"),
    ];
    check(&cases, under_title);
}

#[test]
fn a_printed_line_above_the_title_and_an_undated_dateline() {
    let cases = [
        ("Kamis, 15 Mei 2025 16:40 WIB", "2025-05-15"),
        ("Jeudi 8 mai 2025", "2025-05-08"),
        ("Monday, March 3, 2025", "2025-03-03"),
        ("martes 4 de marzo de 2025", "2025-03-04"),
        ("12/06/2025 10:15", "2025-06-12"),
    ];
    check(&cases, |line| {
        format!("{line}\n\n{TITLE}\n\nJakarta (ANTARA) - {LEAD}\n")
    });
}

#[test]
fn datelines_in_the_desk_language() {
    let cases = [
        ("Quito, 13 ago (Andes) -", "--08-13"),
        ("Madrid, 5 sept. (EFE) -", "--09-05"),
        ("Jakarta, 12 Jun (ANTARA) -", "--06-12"),
        ("Lisboa, 9 de outubro (Lusa) -", "--10-09"),
        ("WASHINGTON, Dec 2 (AP) -", "--12-02"),
        ("Jakarta, 15 Mei 2025 (ANTARA) -", "2025-05-15"),
    ];
    check(&cases, opening_lead);
}

#[test]
fn datelines_in_capitals() {
    let cases = [
        ("ALGER, 12 MAI 2025 (APS) -", "2025-05-12"),
        ("ADDIS-ABEBA, 5 FÉVR. 2025 (ENA) –", "2025-02-05"),
        ("RIO DE JANEIRO, 3 JUIN 2025 (PL) -", "2025-06-03"),
        ("LOMÉ, LE 2 AOÛT 2024 -", "2024-08-02"),
        ("NOUAKCHOTT, 9 OCT 2025 (AMI) -", "2025-10-09"),
    ];
    check(&cases, opening_lead);
}

#[test]
fn numeric_datelines() {
    let cases = [
        ("HELSINKI 14/10/2025 (STT)", "2025-10-14"),
        ("HELSINKI 14.10.2025 (STT) -", "2025-10-14"),
        ("Tallinn, 2025-10-14 (ERR) -", "2025-10-14"),
        ("RIGA 14-10-2025 -", "2025-10-14"),
        ("Oslo, 14.10.2025 :", "2025-10-14"),
    ];
    check(&cases, on_its_line);
    check(&cases, opening_lead);
}

#[test]
fn agencies_closed_without_a_dash() {
    let cases = [
        ("Vilnius, 11 juin 2025 (BNS).", "2025-06-11"),
        ("Rabat, 3 mars 2025 (MAP) :", "2025-03-03"),
        ("Alger, 12 mai 2025 (APS)", "2025-05-12"),
        ("Dakar, 4 avril 2025 (APS) —", "2025-04-04"),
        ("Bamako, 7 juillet 2025 (AMAP) –", "2025-07-07"),
    ];
    check(&cases, on_its_line);
    check(&cases, opening_lead);
}

#[test]
fn datelines_naming_the_country_or_region_of_their_place() {
    let cases = [
        ("Huelva (Espagne), 23 oct 2025 (EFE).-", "2025-10-23"),
        ("KINGSTON, Jamaïque, 18 nov 2025 (CMC) -", "2025-11-18"),
        ("St. John's, Antigua, 12 févr 2026 (CMC) -", "2026-02-12"),
        ("Nouakchott (Mauritanie), 9 oct 2025 (AMI) -", "2025-10-09"),
        ("PORT-LOUIS, Maurice, 3 juillet 2025 :", "2025-07-03"),
    ];
    check(&cases, opening_lead);
}

#[test]
fn the_gregorian_date_beside_a_hijri_date() {
    let cases = [
        ("Jeudi 8 mai 2025 / 10 Dhou al-Qi'da 1446", "2025-05-08"),
        ("Samedi 15 mars 2025 (15 Ramadan 1446)", "2025-03-15"),
        ("13 Ramadan 1446 H - 13 mars 2025", "2025-03-13"),
        ("26/06/2025 | 30 Dhou al-Hijja 1446 AH", "2025-06-26"),
        ("Lundi 6 Rajab 1446 / 6 janvier 2025", "2025-01-06"),
    ];
    check(&cases, under_title);
}

#[test]
fn a_dateline_giving_the_hijri_date_too() {
    let cases = [
        (
            "Riyad, 8 Rabia Ethani 1447 correspondant au 30 septembre 2025 (SPA) -",
            "2025-09-30",
        ),
        (
            "Koweït, 30 septembre 2025 / 8 Rabia Ethani 1447 (KUNA) -",
            "2025-09-30",
        ),
        (
            "Doha, 12 Ramadan 1446 H - 12 mars 2025, QNA -",
            "2025-03-12",
        ),
        (
            "Manama, 15 Chaabane 1446H, correspondant au 14 février 2025 :",
            "2025-02-14",
        ),
        (
            "ALGER, 1er Chaoual 1446 / 30 mars 2025 (APS) -",
            "2025-03-30",
        ),
    ];
    check(&cases, opening_lead);
}

#[test]
fn a_header_month_completes_a_dateline_day() {
    // Across the new year, the year that keeps the two months together.
    let cases = [
        (" date 2026-01", "Dakar, 31 décembre (APS) -", "2025-12-31"),
        (" date 2025-12", "Bakou, 2 janvier, AZERTAC -", "2026-01-02"),
        (" date 2025-05", "Hanoi, 3 mai (VNA) -", "2025-05-03"),
        (
            " date 2024-11",
            "Santiago, 11 novembre (VNA) -",
            "2024-11-11",
        ),
        (" date 2025-08", "Quito, 13 ago (Andes) -", "2025-08-13"),
        (" date 2025-07", "Dakar, 30 juin (APS) -", "2025-06-30"),
    ];
    for (header, dateline, expected) in cases {
        let input = format!("{header} {TITLE}\n\n{dateline} {LEAD}\n");
        assert_eq!(dispatch_date(&input).as_deref(), Some(expected), "{input}");
    }
}

#[test]
fn a_date_under_the_body_or_in_a_sentence_is_not_the_dispatch_date() {
    for body in [
        "Thursday, June 12, 2025",
        "Kamis, 15 Mei 2025",
        "HELSINKI 14/10/2025 (STT)",
        "Jeudi 8 mai 2025 / 10 Dhou al-Qi'da 1446",
        "jueves 12 de junio de 2025",
    ] {
        let under = format!("{TITLE}\n\nHanoi, 3 mai 2024 (VNA) - {LEAD}\n\n{body}\n");
        assert_eq!(
            dispatch_date(&under).as_deref(),
            Some("2024-05-03"),
            "{body}"
        );
        let inside = format!("{TITLE}\n\n{LEAD} La déclaration datée {body} a été publiée.\n");
        assert_eq!(dispatch_date(&inside), None, "{body}");
    }
}
