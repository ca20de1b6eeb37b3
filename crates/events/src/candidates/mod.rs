//! Actor candidates of a sentence: the names detection found, plus role
//! descriptions (`le secrétaire général`), groups (`des représentants des
//! partis politiques`), subject pronouns and `les deux parties`, each with a
//! token range, a country when the text gives one, and whether it is only
//! the complement of a noun (`du Kazakhstan`).

use crate::analysis::{
    lexicons, Cand, CandKind, Lexicons, Sentence, ARTICLES, COMPLEMENT_MARKERS, DETERMINERS,
};
use depeche_names::{EntityKind, Mention, Registry};
use depeche_parse::normalize::Normalized;
use depeche_parse::Span;

pub(crate) fn candidates(
    sent: &Sentence,
    unit_mentions: &[Mention],
    registry: &Registry,
    norm: &Normalized,
) -> Vec<Cand> {
    let lex = lexicons();
    let base = sent.norm_offset;
    let sent_end = base + sent.text.len();
    let mut cands: Vec<Cand> = Vec::new();
    for m in unit_mentions {
        if m.span.start < base || m.span.end > sent_end {
            continue;
        }
        let rel = Span::new(m.span.start - base, m.span.end - base);
        let start = sent.token_at(rel.start);
        let end = sent
            .tokens
            .iter()
            .rposition(|t| t.span.start < rel.end)
            .map_or(start, |i| i + 1);
        if end <= start {
            continue;
        }
        let country = m.country.clone().or_else(|| {
            (m.kind == EntityKind::Person && m.entity.is_none())
                .then(|| country_by_surname(&m.text))
                .flatten()
        });
        let complement = is_complement(sent, start);
        cands.push(Cand {
            start,
            end,
            kind: CandKind::Named(m.kind),
            text: m.text.clone(),
            span: norm.to_original(m.span),
            entity: m.entity.clone(),
            canonical: m.canonical.clone(),
            country,
            title: m.title.clone(),
            key: m.key.clone(),
            role: None,
            own: None,
            complement,
            demonym: m.method == depeche_names::Method::Demonym,
        });
    }
    let n = sent.tokens.len();
    // The named candidates do not change below: mark their tokens once.
    let mut covered = vec![false; cands.iter().map(|c| c.end).fold(n, usize::max)];
    for c in &cands {
        for t in covered.get_mut(c.start..c.end).unwrap_or_default() {
            *t = true;
        }
    }
    let occupied = |i: usize| covered.get(i).copied().unwrap_or(false);
    let mut extra = Vec::new();
    let mut i = 0;
    while i < n {
        if occupied(i) {
            i += 1;
            continue;
        }
        let w = sent.word(i);
        // `les deux parties`, `les deux pays`, `les deux dirigeants`.
        if w == "deux" && i > 0 && sent.is(i - 1, &["les", "des"]) {
            let next = sent.word(i + 1);
            if !next.is_empty() && !sent.is(i + 1, &["pays"]) || sent.is(i + 1, &["pays"]) {
                let both = matches!(
                    next,
                    "parties"
                        | "pays"
                        | "dirigeants"
                        | "delegations"
                        | "cotes"
                        | "chefs"
                        | "presidents"
                        | "premiers"
                        | "ministres"
                        | "vice-ministres"
                        | "partis"
                        | "gouvernements"
                        | "leaders"
                );
                if both && !sent.is(i + 2, &["chambres"]) {
                    extra.push(simple_cand(
                        sent,
                        i - 1,
                        i + 2,
                        CandKind::BothParties,
                        norm,
                        base,
                    ));
                    i += 2;
                    continue;
                }
            }
        }
        // "Il lui a transmis …": the indirect object stands for the other
        // party of the last exchange; it is never the clause's subject.
        if w == "lui" && sent.is_auxiliary(i + 1) {
            let mut c = simple_cand(sent, i, i + 1, CandKind::Pronoun, norm, base);
            c.complement = true;
            extra.push(c);
            i += 1;
            continue;
        }
        if matches!(w, "il" | "elle" | "ils" | "elles") {
            // "Il y a" is not a pronoun subject of an event.
            if !sent.is(i + 1, &["y"]) {
                extra.push(simple_cand(sent, i, i + 1, CandKind::Pronoun, norm, base));
            }
            i += 1;
            continue;
        }
        if sent.is(i, DETERMINERS) || sent.is(i, &["d", "les", "des"]) {
            // Optional adjective: "haut", "anciens", "nouveau".
            let mut j = i + 1;
            if sent.is(
                j,
                &[
                    "haut", "hauts", "nouveau", "nouvel", "nouvelle", "ancien", "anciens", "ex",
                    "premier",
                ],
            ) && !sent.is(j + 1, &["ministre", "ministres"])
            {
                j += 1;
            }
            if let Some(group_own) = lex
                .groups
                .get(sent.word(j))
                .copied()
                .filter(|_| !occupied(j))
            {
                let end = group_end(sent, j + 1, &cands);
                let mut c = simple_cand(sent, i, end, CandKind::Group, norm, base);
                // "des représentants de la communauté sénégalaise": the
                // phrase is one's own community wherever the word stands.
                c.own = group_own.or_else(|| {
                    (j + 1..end).find_map(|k| lex.groups.get(sent.word(k)).copied().flatten())
                });
                // "du groupe d'amitié": part of a noun phrase, not a counterpart.
                c.complement = sent.is(i, &["du", "au"]) || is_complement(sent, i);
                c.country = country_in(sent, i, end, &cands, registry);
                extra.push(c);
                i = end;
                continue;
            }
            if let Some((len, role)) = description_at(sent, j, lex) {
                let mut end = j + len;
                // A demonym or a country complement gives the country.
                let mut country = None;
                if let Some(e) = registry.country_of_demonym(sent.word(end)) {
                    country = Some(e.id.clone());
                    end += 1;
                }
                // "le président du Sénat", "le directeur général de la Banque
                // africaine de développement": an office named by its body.
                let mut role = std::borrow::Cow::Borrowed(role);
                if country.is_none() && role != "*" {
                    if let Some(office) = office_of_body(sent, end, &cands, registry) {
                        role = std::borrow::Cow::Owned(format!("{role} {}", office.body));
                        country = office.country;
                        end = office.end;
                    }
                }
                let role = role.as_ref();
                // Followed by a name (directly or after a comma): part of it.
                let next = if sent.is(end, &[","]) { end + 1 } else { end };
                let named_follows = cands.iter().any(|c| {
                    c.start == next && matches!(c.kind, CandKind::Named(EntityKind::Person))
                }) || cands.iter().any(|c| {
                    c.start == end + 2
                        && sent.is(end, &["du", "de"])
                        && matches!(
                            c.kind,
                            CandKind::Named(EntityKind::Country | EntityKind::Organization)
                        )
                        && cands.iter().any(|p| {
                            p.start == c.end
                                && matches!(p.kind, CandKind::Named(EntityKind::Person))
                        })
                });
                if named_follows && role == "*" {
                    // "son homologue turc, Hakan Fidan": who "son homologue"
                    // means elsewhere in the dispatch.
                    if let Some(p) = cands.iter_mut().find(|c| {
                        c.start == next && matches!(c.kind, CandKind::Named(EntityKind::Person))
                    }) {
                        p.role = Some("*".to_string());
                    }
                }
                if !named_follows {
                    let mut c = simple_cand(sent, i, end, CandKind::Description, norm, base);
                    if country.is_none() && sent.is(end, &["du", "de"]) {
                        country = cands
                            .iter()
                            .find(|c| {
                                (c.start == end + 1 || c.start == end + 2)
                                    && matches!(
                                        c.kind,
                                        CandKind::Named(
                                            EntityKind::Country | EntityKind::Organization
                                        )
                                    )
                            })
                            .and_then(|c| c.country.clone());
                    }
                    c.role = Some(role.to_string());
                    c.country = country;
                    extra.push(c);
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    cands.extend(extra);
    cands.sort_by_key(|c| (c.start, c.end));
    drop_descriptions_of_named(sent, &mut cands);
    country_from_apposition(sent, &mut cands, registry);
    cands
}

/// `Ingo Karsten, ambassadeur de l'Allemagne au Cambodge`: a person the
/// registry does not know takes the country of the role in apposition.
fn country_from_apposition(sent: &Sentence, cands: &mut [Cand], registry: &Registry) {
    const WINDOW: usize = 8;
    let found: Vec<(usize, String)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == CandKind::Named(EntityKind::Person) && c.country.is_none())
        .filter(|(_, c)| sent.is(c.end, &[","]))
        .filter_map(|(k, c)| {
            let from = c.end + 1;
            let to = (from + WINDOW).min(sent.tokens.len());
            let stop = (from..to)
                .find(|&i| sent.is(i, &[",", ";", "a", "ont", "est"]))
                .unwrap_or(to);
            let by_name = cands
                .iter()
                .find(|o| {
                    o.start >= from
                        && o.end <= stop
                        && matches!(o.kind, CandKind::Named(EntityKind::Country))
                        && !o.demonym
                })
                .and_then(|o| o.country.clone());
            let country = by_name.or_else(|| {
                (from..stop).find_map(|i| {
                    registry
                        .country_of_demonym(sent.word(i))
                        .map(|e| e.id.clone())
                })
            })?;
            Some((k, country))
        })
        .collect();
    for (k, country) in found {
        if let Some(c) = cands.get_mut(k) {
            c.country = Some(country);
        }
    }
}

/// A description followed in the same noun phrase by a name describes that
/// name: `le président du Sénat Maulen Ashimbayev`, `le président du
/// Mazhilis (Chambre basse) et président du Parti Amanat, Yerlan Koshanov`.
/// The phrase ends at a new determiner-led conjunct or a clause stop.
fn drop_descriptions_of_named(sent: &Sentence, cands: &mut Vec<Cand>) {
    const MAX_GAP: usize = 14;
    let mut drop = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        if c.kind != CandKind::Description {
            continue;
        }
        // A group in a complement is part of the title ("ministre des
        // Affaires étrangères et de la Communauté nationale à l'étranger").
        let next_actor = cands.iter().skip(k + 1).find(|n| {
            n.start >= c.end
                && !(n.kind == CandKind::Group && n.complement)
                && matches!(
                    n.kind,
                    CandKind::Named(EntityKind::Person) | CandKind::Description | CandKind::Group
                )
        });
        let Some(next) = next_actor else { continue };
        if next.kind != CandKind::Named(EntityKind::Person) || next.start - c.end > MAX_GAP {
            continue;
        }
        let next_index = cands
            .iter()
            .position(|n| n.span == next.span && n.start == next.start);
        // `à` folds like the auxiliary `a` but continues a title ("chargé
        // des Marocains résidant à l'étranger").
        // "et des Finances", "et des Marocains résidant à l'étranger": a
        // capitalized complement continues the ministry's name.
        let ministry_continues = |det: usize| {
            sent.is(det, &["des"])
                && (sent.tokens.get(det + 1).is_some_and(|t| t.capitalized)
                    || sent.is(det + 1, &["affaires", "finances", "relations"]))
        };
        let broken = (c.end..next.start).any(|i| {
            sent.is_auxiliary(i)
                || sent.is(
                    i,
                    &[
                        ";", ":", "s", "se", "avec", "par", "pour", "qui", "que", "puis", "il",
                        "elle", "ils", "elles", "avant", "apres",
                    ],
                )
                || (sent.is(i, &["et", "ainsi", ","])
                    && sent.is(i + 1, &["le", "la", "les", "l", "des", "son", "sa", "que"])
                    && !ministry_continues(i + 1))
        });
        if !broken {
            drop.push((k, next_index));
        }
    }
    // The described person takes the description's country and role when
    // the registry does not know them ("le vice-ministre chinois, M. Zhao").
    for &(k, next) in &drop {
        let (Some(desc), Some(next)) = (cands.get(k).cloned(), next) else {
            continue;
        };
        if let Some(person) = cands.get_mut(next) {
            if person.country.is_none() {
                person.country = desc.country.clone();
            }
            if person.title.is_none() {
                person.title = desc.role.clone().filter(|r| r != "*");
            }
            // "son homologue turc, Hakan Fidan": who "son homologue" means
            // elsewhere in the dispatch.
            if desc.role.as_deref() == Some("*") {
                person.role = Some("*".to_string());
            }
        }
    }
    for (k, _) in drop.into_iter().rev() {
        cands.remove(k);
    }
}

/// The country a name's family name points to, for people the registry
/// does not know: Vietnamese family names (`Nguyễn`, `Trần`) are distinctive
/// enough to tell the country.
fn country_by_surname(name: &str) -> Option<String> {
    let first = name.split_whitespace().next()?;
    lexicons()
        .surnames
        .get(&crate::tokens::fold_word(first))
        .cloned()
}

/// Whether the phrase starting at token `start` complements a noun before
/// it: `du Kazakhstan`, `de l'ASEAN`, `du parti Amanat` (a common noun may
/// stand between the preposition and the name).
fn is_complement(sent: &Sentence, start: usize) -> bool {
    let mut i = start;
    for _ in 0..3 {
        let Some(p) = i.checked_sub(1) else {
            return false;
        };
        if sent.is(p, COMPLEMENT_MARKERS) {
            return true;
        }
        let common_noun = sent
            .tokens
            .get(p)
            .is_some_and(|t| !t.punct && !t.capitalized)
            && !sent.is(p, DETERMINERS)
            && !sent.is(p, &["avec", "et", "a", "par", "que"]);
        if !(sent.is(p, &["l", "la", "le", "les"]) || common_noun) {
            return false;
        }
        i = p;
    }
    false
}

fn description_at<'l>(sent: &Sentence, j: usize, lex: &'l Lexicons) -> Option<(usize, &'l str)> {
    lex.descriptions.iter().find_map(|(words, role)| {
        let all = words.iter().enumerate().all(|(k, w)| sent.word(j + k) == w);
        all.then_some((words.len(), role.as_str()))
    })
}

/// End of a group phrase: its complements, up to a coordination or a stop.
fn group_end(sent: &Sentence, mut j: usize, cands: &[Cand]) -> usize {
    let n = sent.tokens.len();
    while j < n {
        let Some(t) = sent.tokens.get(j) else { break };
        if t.punct
            || sent.is(
                j,
                &[
                    "et", "ainsi", "ou", "qui", "pour", "afin", "lors", "ont", "a", "sur", "dans",
                    "en", "au", "sont", "est", "s", "se",
                ],
            )
        {
            // "et employés de l'ambassade": a coordinated noun continues the group.
            if sent.is(j, &["et"]) && lexicons().groups.contains_key(sent.word(j + 1)) {
                j += 2;
                continue;
            }
            break;
        }
        if let Some(c) = cands.iter().find(|c| c.start == j) {
            if matches!(c.kind, CandKind::Named(EntityKind::Person)) {
                break;
            }
            j = c.end;
            continue;
        }
        j += 1;
    }
    j
}

fn country_in(
    sent: &Sentence,
    start: usize,
    end: usize,
    cands: &[Cand],
    registry: &Registry,
) -> Option<String> {
    for c in cands {
        if c.start >= start && c.end <= end {
            if let Some(country) = &c.country {
                return Some(country.clone());
            }
        }
    }
    (start..end).find_map(|i| {
        registry
            .country_of_demonym(sent.word(i))
            .map(|e| e.id.clone())
    })
}

fn simple_cand(
    sent: &Sentence,
    start: usize,
    end: usize,
    kind: CandKind,
    norm: &Normalized,
    base: usize,
) -> Cand {
    let rel_start = sent.tokens.get(start).map_or(0, |t| t.span.start);
    let rel_end = end
        .checked_sub(1)
        .and_then(|e| sent.tokens.get(e))
        .map_or(rel_start, |t| t.span.end);
    let text = sent.text_of(start, end);
    Cand {
        start,
        end,
        kind,
        key: crate::tokens::fold_word(&text),
        text,
        span: norm.to_original(Span::new(base + rel_start, base + rel_end)),
        entity: None,
        canonical: None,
        country: None,
        title: None,
        role: None,
        own: None,
        complement: false,
        demonym: false,
    }
}

/// An office's body after a role noun: "du Sénat", "de l'Assemblée
/// nationale", "du Parti communiste français".
struct OfficeBody {
    /// Folded words of the body, as a role complement ("du senat").
    body: String,
    /// The body's country when a demonym or a named country in it says so.
    country: Option<String>,
    /// Token after the body.
    end: usize,
}

/// Longest body name read after a role noun: longer stretches are a new
/// phrase, not a name ("de la Banque africaine de développement" is six).
const MAX_BODY_TOKENS: usize = 8;

/// Words that may sit inside a body's name between capitalized words.
const BODY_LINKS: &[&str] = &["de", "du", "des", "d", "la", "l", "le", "et", "pour", "en"];

/// The body named at `at` ("du Sénat", "de l'UNESCO"), when it is written
/// as a proper name: a link word, then capitalized words and their links,
/// optionally closed by a demonym giving its country. A named country is
/// not a body ("le président du Kazakhstan" is that country's president)
/// and a person is not one either.
fn office_of_body(
    sent: &Sentence,
    at: usize,
    cands: &[Cand],
    registry: &Registry,
) -> Option<OfficeBody> {
    if !sent.is(at, &["du", "de", "d", "des"]) {
        return None;
    }
    let mut k = at + 1;
    if sent.is(k, ARTICLES) {
        k += 1;
    }
    let first = k;
    let is_capital = |i: usize| {
        sent.tokens
            .get(i)
            .is_some_and(|t| t.capitalized && !t.punct)
    };
    if !is_capital(first) {
        return None;
    }
    // A body the registry knows ("du Parti communiste du Vietnam", "de
    // l'UNESCO") or a country gives its country the usual way, and the role
    // stays the bare title that named people carry.
    if cands.iter().any(|c| c.start == first) {
        return None;
    }
    let limit = (first + MAX_BODY_TOKENS).min(sent.tokens.len());
    let mut end = first + 1;
    let mut country = None;
    let mut i = end;
    let person_at = |i: usize| {
        cands
            .iter()
            .any(|c| c.start == i && c.kind == CandKind::Named(EntityKind::Person))
    };
    while i < limit {
        // "le président du Sénat Maulen Ashimbayev": the holder's name ends
        // the body.
        if person_at(i) {
            break;
        }
        if is_capital(i) {
            end = i + 1;
        } else if let Some(e) = registry.country_of_demonym(sent.word(i)) {
            // "du Parti communiste français", "de l'Assemblée nationale
            // ivoirienne": the demonym closes the body and gives its country.
            country = Some(e.id.clone());
            end = i + 1;
            break;
        } else if is_body_adjective(sent.word(i)) {
            end = i + 1;
        } else if !sent.is(i, BODY_LINKS) {
            break;
        }
        i += 1;
    }
    // A country named inside the body ("de l'Assemblée nationale du
    // Kenya") gives it.
    if country.is_none() {
        country = cands
            .iter()
            .filter(|c| c.start >= first && c.end <= end)
            .find_map(|c| c.country.clone());
    }
    let body = (at..end)
        .map(|i| sent.word(i))
        .collect::<Vec<_>>()
        .join(" ");
    Some(OfficeBody { body, country, end })
}

/// Lowercase adjectives that belong to a body's name ("Assemblée
/// nationale", "Parti communiste", "Banque africaine de développement").
fn is_body_adjective(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ale", "ales", "aire", "aires", "iste", "istes", "ique", "iques", "aine", "ienne", "ien",
        "ral", "rale", "eral", "erale", "ive", "if", "ement",
    ];
    word.len() > 3 && ENDINGS.iter().any(|e| word.ends_with(e))
}
