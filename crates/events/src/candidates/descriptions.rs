//! Role descriptions: `le secrétaire général`, `le ministre malien des
//! Affaires étrangères`, `le président du Sénat`, with the country a
//! demonym, a named country or the office's body gives.

use super::Scan;
use crate::analysis::{Cand, CandKind, Lexicons, Sentence, ARTICLES, COMPLEMENT_MARKERS};
use crate::word_table::{first_column, WordTable};
use depeche_names::shared;
use depeche_names::{EntityKind, Registry};
use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

/// A description read at a token: its role, its country and its end.
struct Described {
    role: Cow<'static, str>,
    country: Option<Arc<str>>,
    end: usize,
}

impl Scan<'_> {
    /// The description whose role noun starts at `j`, its determiner at
    /// `i`: a candidate, unless a name follows in the same phrase (then it
    /// describes that name, which it may mark as the counterpart).
    pub(super) fn description_at(
        &self,
        i: usize,
        j: usize,
        lex: &'static Lexicons,
        named: &mut [Cand],
    ) -> Option<Cand> {
        let sent = self.sent;
        let Described { role, country, end } = self.described(j, lex, named)?;
        // Followed by a name (directly or after a comma): part of it.
        let next = if sent.is(end, &[","]) { end + 1 } else { end };
        if names_follow(sent, named, end, next) {
            if role == "*" {
                // "son homologue turc, Hakan Fidan": who "son homologue"
                // means elsewhere in the dispatch.
                if let Some(p) = named.iter_mut().find(|c| {
                    c.start == next && matches!(c.kind, CandKind::Named(EntityKind::Person))
                }) {
                    p.role = Some("*".to_string());
                }
            }
            return None;
        }
        let country = country.or_else(|| country_of_complement(sent, named, end));
        // "ses homologues" alone names no one in particular.
        if country.is_none() && sent.is(j, PLURAL_PEERS) {
            return None;
        }
        let mut c = self.cand(i, end, CandKind::Description);
        c.country = country;
        c.role = Some(role.into_owned());
        Some(c)
    }

    /// The role at `j` with its country: a demonym right after it, else
    /// the body of its office ("le président du Sénat").
    fn described(&self, j: usize, lex: &'static Lexicons, named: &[Cand]) -> Option<Described> {
        let sent = self.sent;
        let (len, role) = role_at(sent, j, lex)?;
        let mut end = j + len;
        let mut country = None;
        if let Some(e) = self.registry.country_of_demonym(sent.word(end)) {
            country = Some(shared(&e.id));
            end += 1;
        }
        let mut role = Cow::Borrowed(role);
        if country.is_none() {
            let office = office_of_body(sent, end, named, self.registry)
                .filter(|o| role != "*" || !names_the_state(&o.body));
            if let Some(office) = office {
                // "le chef de la Direction du développement": a noun that
                // stands for any leader heads this body, no one else.
                let head = if role == "*" {
                    Cow::Owned(
                        (j..j + len)
                            .map(|i| sent.word(i))
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                } else {
                    role
                };
                role = Cow::Owned(format!("{head} {}", office.body));
                country = office.country;
                end = office.end;
            }
        }
        Some(Described { role, country, end })
    }
}

impl Scan<'_> {
    /// "ses homologues russe, indien et brésilien": a plural description
    /// with a nationality is one person per nationality listed after it —
    /// each a description of its own over its adjective, with the same
    /// role. The candidates and the token after the list.
    pub(super) fn listed_nationalities(&self, first: &Cand, end: usize) -> (Vec<Cand>, usize) {
        let sent = self.sent;
        let described = first.kind == CandKind::Description && first.country.is_some();
        if !described || !(first.start..first.end).any(|k| sent.is(k, PLURAL_PEERS)) {
            return (Vec::new(), end);
        }
        let mut out = Vec::new();
        let mut at = end;
        while sent.is(at, &[",", "et"]) {
            // "indien, brésilien, et russe": a comma may precede the "et".
            let word = if sent.is(at, &[","]) && sent.is(at + 1, &["et"]) {
                at + 2
            } else {
                at + 1
            };
            let Some(e) = self.registry.country_of_demonym(sent.word(word)) else {
                break;
            };
            let mut c = self.cand(word, word + 1, CandKind::Description);
            c.country = Some(shared(&e.id));
            c.role.clone_from(&first.role);
            out.push(c);
            at = word + 1;
        }
        (out, at)
    }
}

/// Plural role nouns that a list of nationalities may follow.
const PLURAL_PEERS: &[&str] = &[
    "homologues",
    "presidents",
    "ministres",
    "dirigeants",
    "chefs",
];

/// Whether a name follows the description ending at `end` (`next` skips a
/// comma): "le ministre, M. X", or "le président du Kazakhstan X".
fn names_follow(sent: &Sentence, named: &[Cand], end: usize, next: usize) -> bool {
    let is_person = |c: &Cand| matches!(c.kind, CandKind::Named(EntityKind::Person));
    named.iter().any(|c| c.start == next && is_person(c))
        || named.iter().any(|c| {
            c.start == end + 2
                && sent.is(end, &["du", "de"])
                && matches!(
                    c.kind,
                    CandKind::Named(EntityKind::Country | EntityKind::Organization)
                )
                && named.iter().any(|p| p.start == c.end && is_person(p))
        })
}

/// "le ministre des Affaires étrangères du Mali": the country of the
/// country or body named in the complement.
fn country_of_complement(sent: &Sentence, named: &[Cand], end: usize) -> Option<Arc<str>> {
    if !sent.is(end, &["du", "de"]) {
        return None;
    }
    named
        .iter()
        .find(|c| {
            (c.start == end + 1 || c.start == end + 2)
                && matches!(
                    c.kind,
                    CandKind::Named(EntityKind::Country | EntityKind::Organization)
                )
        })
        .and_then(|c| c.country.clone())
}

/// Where a role description ending right before token `at` starts
/// ("le chef du gouvernement" before a name), if one does.
pub(super) fn description_before(sent: &Sentence, at: usize, lex: &Lexicons) -> Option<usize> {
    // Any such description ends with the word before `at`: one look at
    // that word rules out the words before most names, which would each
    // have been tried as a description's start.
    let last = at.checked_sub(1)?;
    if !role_words().ends.contains(sent.tokens.word_bytes(last)) {
        return None;
    }
    any_description_before(sent, at, lex)
}

/// [`description_before`] the general way: every token that may start a
/// description ending at `at`, tried in turn.
fn any_description_before(sent: &Sentence, at: usize, lex: &Lexicons) -> Option<usize> {
    (at.saturating_sub(MAX_DESCRIPTION_WORDS)..at)
        .find(|&j| role_at(sent, j, lex).is_some_and(|(len, _)| j + len == at))
}

/// The first and last words of the descriptions of `data/descriptions.tsv`
/// (read the way [`crate::analysis::lexicons`] reads them): a token no
/// description starts with starts none, and one none ends with ends none.
pub(super) struct RoleWords {
    starts: WordTable,
    ends: WordTable,
    /// Whether some description has no words, and so starts anywhere.
    wordless: bool,
}

/// The tables of [`RoleWords`], built once.
pub(super) fn role_words() -> &'static RoleWords {
    static WORDS: OnceLock<RoleWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let phrases = first_column(crate::data::DESCRIPTIONS);
        let words = || phrases.iter().map(|d| d.split_whitespace());
        RoleWords {
            starts: WordTable::new(words().filter_map(|mut w| w.next())),
            ends: WordTable::new(words().filter_map(Iterator::last)),
            wordless: words().any(|mut w| w.next().is_none()),
        }
    })
}

/// The longest role description in `data/descriptions.tsv`, in words.
const MAX_DESCRIPTION_WORDS: usize = 4;

/// The longest description of the lexicon starting at token `j`: its
/// length in tokens and its role.
#[inline]
fn role_at<'l>(sent: &Sentence, j: usize, lex: &'l Lexicons) -> Option<(usize, &'l str)> {
    // Tried after every determiner: most words there open no description,
    // and one look at a table says so without hashing them.
    let words = role_words();
    if !words.wordless && !words.starts.contains(sent.tokens.word_bytes(j)) {
        return None;
    }
    any_role_at(sent, j, lex)
}

/// [`role_at`] the general way: the descriptions sharing the token's word
/// as their first, tried in turn. Kept out of line: [`role_at`]'s one
/// look at a table, inlined where it is asked, rules out most tokens.
#[inline(never)]
fn any_role_at<'l>(sent: &Sentence, j: usize, lex: &'l Lexicons) -> Option<(usize, &'l str)> {
    let first = sent.word(j);
    lex.descriptions
        .starting_with(first)
        .find_map(|(words, role)| {
            sent.phrase_at(j, words)
                .then_some((words.len(), role.as_str()))
        })
}

/// An office's body after a role noun: "du Sénat", "de l'Assemblée
/// nationale", "du Parti communiste français".
struct OfficeBody {
    /// Folded words of the body, as a role complement ("du senat").
    body: String,
    /// The body's country when a demonym or a named country in it says so.
    country: Option<Arc<str>>,
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
    if !sent.is(at, COMPLEMENT_MARKERS) {
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
            country = Some(shared(&e.id));
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

/// "le chef d'État", "le dirigeant de l'État": the state itself, no body
/// of it.
fn names_the_state(body: &str) -> bool {
    body.split(' ')
        .find(|w| !COMPLEMENT_MARKERS.contains(w) && !ARTICLES.contains(w))
        .is_some_and(|w| matches!(w, "etat" | "etats" | "gouvernement" | "republique"))
}

/// Lowercase adjectives that belong to a body's name ("Assemblée
/// nationale", "Parti communiste", "Banque africaine de développement",
/// "Conseil national").
fn is_body_adjective(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ale", "ales", "aire", "aires", "iste", "istes", "ique", "iques", "aine", "ienne", "ien",
        "ral", "rale", "eral", "erale", "ive", "if", "ement", "nal", "naux",
    ];
    word.len() > 3 && ENDINGS.iter().any(|e| word.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::lexicons;
    use crate::word_table::tests::{at_every_token, sentences_of};

    #[test]
    fn descriptions_at_and_before_a_token_are_found_as_the_general_way_finds_them() {
        // Every description of the file right before a name, and after a
        // determiner.
        let described = sentences_of(crate::data::DESCRIPTIONS, |d| {
            format!("Le {d} Ahmed Attaf, son {d} kazakh et ce {d}.")
        });
        let rows = described.len();
        let lex = lexicons();
        let mut found = 0;
        at_every_token(described, |sent, at| {
            assert_eq!(role_at(sent, at, lex), any_role_at(sent, at, lex), "{at}");
            let general = any_description_before(sent, at, lex);
            assert_eq!(
                description_before(sent, at, lex),
                general,
                "{at} in {}",
                sent.text
            );
            found += usize::from(general.is_some());
        });
        assert!(found > rows, "descriptions are found");
    }
}
