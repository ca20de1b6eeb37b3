//! Coordinated actors: one noun phrase naming several people.
//!
//! Summit and arrival copy names its subjects in lists: "Les chefs d'État
//! nigérien Mahamadou Issoufou, burkinabè Michel Kafando et camerounais Paul
//! Biya sont arrivés", "Le président mauricien X et les Premiers ministres du
//! Canada Y et de la Tunisie Z sont au Sénégal depuis jeudi". Frames find
//! the subject nearest the verb — the list's last name; this module walks
//! back from it over the list, so that each person gets an event of their
//! own.
//!
//! Two names are coordinated when only a coordinator (a comma, `et`,
//! `ainsi que`) and title words stand between them. A companion is no
//! co-subject: "accompagné de", "avec", "entouré de", a relative clause or
//! a verb between the two names end the list.

use crate::analysis::{Cand, CandKind, Sentence};
use depeche_names::EntityKind;

/// The longest run of title words between two coordinated names: "et les
/// Premiers ministres de la Tunisie" is seven tokens.
const MAX_LINK: usize = 8;

/// How many tokens may join two names when the second has its title in
/// apposition before it (", et le ministre de la Santé, Y").
const MAX_TITLED_LINK: usize = 16;

/// Words that join two members of one list.
const COORDINATORS: &[&str] = &[",", "et", "ainsi"];

/// Words that show the earlier name is no co-subject: a companion, an
/// agent, a relative or a purpose clause, or a new clause.
const BREAKS: &[&str] = &[
    "avec",
    "par",
    "accompagne",
    "accompagnee",
    "accompagnes",
    "entoure",
    "entouree",
    "epouse",
    "dont",
    "qui",
    "que",
    "qu",
    "pour",
    "selon",
    "apres",
    "avant",
    "lors",
    "(",
    ")",
    ";",
    ":",
];

/// Words that open an apposition naming who goes along with the subject:
/// "X, accompagné de son ministre Y, est arrivé".
pub(crate) const COMPANION_CUES: &[&str] = &[
    "accompagne",
    "accompagnee",
    "accompagnes",
    "accompagnees",
    "entoure",
    "entouree",
    "entoures",
];

/// The longest apposition between a subject and the companion it names:
/// ", accompagné de son ministre des Affaires étrangères" is eight tokens.
const MAX_COMPANION_GAP: usize = 12;

/// The subject a companion apposition hangs on: for `head` named inside
/// ", accompagné de …" after an earlier person, that person; else `head`.
/// Frames take the name nearest the verb, which in such a sentence is the
/// companion's.
pub(crate) fn subject_behind_companion<'s>(
    sent: &'s Sentence,
    head: &'s Cand,
    from: usize,
) -> &'s Cand {
    let Some(previous) = previous_person(sent, head, from) else {
        return head;
    };
    let gap = previous.end..head.start;
    let companion =
        gap.clone().any(|i| sent.is(i, COMPANION_CUES)) || consort(sent, previous, gap.clone());
    if gap.len() <= MAX_COMPANION_GAP && companion {
        previous
    } else {
        head
    }
}

/// The principal a consort goes along with: for `c` named as the spouse,
/// first lady or queen of an earlier person coordinated with them ("le
/// président X et son épouse Y"), that person; else `c`.
pub(crate) fn principal_of_consort<'s>(sent: &'s Sentence, c: &'s Cand, from: usize) -> &'s Cand {
    match previous_person(sent, c, from) {
        Some(p)
            if c.start.saturating_sub(p.end) <= MAX_LINK && consort(sent, p, p.end..c.start) =>
        {
            p
        }
        _ => c,
    }
}

/// Words that name a spouse going along: "le président X et son épouse Y",
/// "X et la Première dame Y".
const CONSORT_WORDS: &[&str] = &["epouse", "femme", "epoux", "mari", "conjoint", "conjointe"];

/// Whether the words of `gap` after `previous` name the consort who goes
/// along with them: a spouse, the first lady, a king's queen ("le roi X et
/// la reine Y"). The consort is no principal of the visit or the talks.
fn consort(sent: &Sentence, previous: &Cand, gap: std::ops::Range<usize>) -> bool {
    let joined = gap.clone().any(|i| sent.is(i, &["et"]));
    let queen_of_king =
        previous.title.as_deref() == Some("roi") && gap.clone().any(|i| sent.is(i, &["reine"]));
    let first_lady = gap
        .clone()
        .any(|i| sent.is(i, &["premiere"]) && sent.is(i + 1, &["dame"]));
    // The consort stands right after the principal, no verb between.
    let adjacent = gap.len() <= MAX_LINK && !gap.clone().any(|i| sent.is_auxiliary(i));
    adjacent
        && joined
        && (gap.clone().any(|i| sent.is(i, CONSORT_WORDS)) || queen_of_king || first_lady)
}

/// Words that may join the stops of a tour: "en Algérie, en Tunisie puis
/// en Égypte", "au Kenya et enfin en Inde".
const TOUR_LINKS: &[&str] = &[
    ",", "et", "puis", "enfin", "ainsi", "que", "en", "au", "aux", "a", "l", "dans",
];

/// The stops of a tour: the destinations of one visit trigger that name
/// two or more countries in a coordinated list ("une tournée qui le
/// mènera en Algérie, en Tunisie et en Égypte"), one per country, in text
/// order. Empty when the destinations are one country ("à Alger, en
/// Algérie") or are not one list.
pub(crate) fn tour_stops<'s>(sent: &Sentence, destinations: &'s [Cand]) -> Vec<&'s Cand> {
    let mut stops: Vec<&Cand> = Vec::new();
    for d in destinations {
        let Some(country) = d.country.as_ref() else {
            continue;
        };
        if stops.iter().any(|s| s.country.as_ref() == Some(country)) {
            continue;
        }
        if let Some(last) = stops.last() {
            let gap = last.end..d.start;
            if gap.is_empty() || !gap.clone().all(|i| sent.is(i, TOUR_LINKS)) {
                return Vec::new();
            }
        }
        stops.push(d);
    }
    if stops.len() < 2 {
        return Vec::new();
    }
    stops
}

/// The named people coordinated with `head` in one subject, in text order,
/// `head` last; never reaching before token `from` (the clause's start).
/// A head that is no named person, or stands alone, gives just itself.
pub(crate) fn coordinated_persons<'s>(
    sent: &'s Sentence,
    head: &'s Cand,
    from: usize,
) -> Vec<&'s Cand> {
    let mut list = vec![head];
    if head.kind != CandKind::Named(EntityKind::Person) {
        return list;
    }
    let mut current = head;
    while let Some(previous) = previous_person(sent, current, from) {
        if !linked(sent, previous.end, current.start) {
            break;
        }
        // "le roi X et la reine Y": the consort goes along, X acts.
        if consort(sent, previous, previous.end..current.start) {
            list.retain(|c| !std::ptr::eq(*c, current));
        }
        list.push(previous);
        current = previous;
    }
    list.reverse();
    list
}

/// The named person ending nearest before `c`, within the clause.
fn previous_person<'s>(sent: &'s Sentence, c: &Cand, from: usize) -> Option<&'s Cand> {
    sent.cands
        .iter()
        .filter(|p| p.start >= from && p.end <= c.start)
        .filter(|p| p.kind == CandKind::Named(EntityKind::Person) && !p.demonym)
        .max_by_key(|p| p.end)
}

/// Whether the tokens `[gap_start, gap_end)` between two names join them
/// as members of one list.
fn linked(sent: &Sentence, gap_start: usize, gap_end: usize) -> bool {
    let gap = gap_start..gap_end;
    // "X, et le coordinateur national de la riposte contre Ebola, Dr Y",
    // "…, M. Y": a long title set off by commas before the next name and
    // its honorific.
    let titled = sent.is(gap_start, COORDINATORS)
        && (gap_end.saturating_sub(3)..gap_end).any(|i| i > gap_start && sent.is(i, &[","]));
    let reach = if titled { MAX_TITLED_LINK } else { MAX_LINK };
    gap.len() <= reach
        && gap.clone().any(|i| sent.is(i, COORDINATORS))
        && !gap.clone().any(|i| {
            (sent.is(i, BREAKS) && !crate::grammar::joins_a_list(sent, i)) || sent.is_auxiliary(i)
        })
}

/// Words that may stand between the countries of one plural title: "les
/// présidents du Tchad, du Niger et du Mali".
const COUNTRY_LINKS: &[&str] = &[
    ",", "et", "ainsi", "que", "de", "du", "des", "d", "l", "la", "le", "les",
];

/// How far into a plural title its first country may stand: "les
/// Premiers ministres de la" is five words.
const TITLE_REACH: usize = 6;

/// "Les présidents du Tchad, du Niger et du Mali sont arrivés": the
/// countries of a plural title, one leader each, in text order; empty when
/// `head` is no plural title or names fewer than two countries.
pub(crate) fn countries_of_a_plural_title<'s>(sent: &'s Sentence, head: &Cand) -> Vec<&'s Cand> {
    let plural = matches!(head.kind, CandKind::Description | CandKind::Group)
        && sent.is(head.start, &["les"]);
    if !plural {
        return Vec::new();
    }
    let country_at = |from: usize, to: usize| {
        sent.cands
            .iter()
            .filter(|c| c.kind == CandKind::Named(EntityKind::Country) && !c.demonym)
            .filter(|c| c.start > from && c.start <= to)
            .min_by_key(|c| c.start)
    };
    let mut list: Vec<&Cand> = Vec::new();
    let mut next = country_at(head.start, head.start + TITLE_REACH);
    while let Some(c) = next {
        list.push(c);
        let gap_end = (c.end..sent.tokens.len())
            .find(|&i| !sent.is(i, COUNTRY_LINKS))
            .unwrap_or(c.end);
        next = country_at(c.end, gap_end).filter(|n| n.start == gap_end);
    }
    if list.len() < 2 {
        list.clear();
    }
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::SegmentAnalysis;
    use depeche_names::Registry;

    /// The canonical names coordinated with the last person of the first
    /// sentence of `text`.
    fn coordinated(text: &str) -> Vec<String> {
        let input = format!("Dakar, 28 novembre 2014 (APS) - {text}\n");
        let Ok(document) = depeche_parse::parse(&input) else {
            panic!("unparsable test text");
        };
        let Some(dispatch) = document.segments.into_iter().next() else {
            panic!("no segment");
        };
        let analysis = SegmentAnalysis::new(&input, &dispatch, Registry::embedded());
        let Some(sent) = analysis.sentences.first() else {
            panic!("no sentence");
        };
        let Some(head) = sent
            .cands
            .iter()
            .filter(|c| c.kind == CandKind::Named(EntityKind::Person))
            .max_by_key(|c| c.end)
        else {
            panic!("no person in {text}");
        };
        coordinated_persons(sent, head, 0)
            .into_iter()
            .map(|c| c.canonical.as_deref().unwrap_or(&c.text).to_string())
            .collect()
    }

    #[test]
    fn lists_of_titled_names_are_read_whole() {
        let found = coordinated(
            "Les chefs d'État nigérien Mahamadou Issoufou, burkinabè Michel Kafando et \
             camerounais Paul Biya",
        );
        assert_eq!(found.len(), 3, "{found:?}");
        let found = coordinated(
            "Le président mauricien Kailash Purryag et les Premiers ministres du Canada \
             Stephen Harper",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        let found = coordinated(
            "Les chefs d'État nigérien Mohamed Bazoum, camerounais Paul Biya, ainsi que \
             les Premiers ministres belge Charles Michel et ivoirien Patrick Achi",
        );
        assert_eq!(found.len(), 4, "{found:?}");
    }

    #[test]
    fn companions_and_clauses_end_the_list() {
        for text in [
            "Le président Macky Sall, accompagné du Premier ministre Amadou Ba",
            "Le président Macky Sall a reçu le président Paul Biya",
            "Le président Macky Sall, qui a reçu le président Paul Biya",
        ] {
            assert_eq!(
                coordinated(text).len(),
                1,
                "{text}: {:?}",
                coordinated(text)
            );
        }
    }
}
