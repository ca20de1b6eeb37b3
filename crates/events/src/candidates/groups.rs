//! Groups: `des représentants des partis politiques`, `la communauté
//! sénégalaise`, `la délégation vietnamienne`, with their country and
//! whether they are one's own embassy or community.

use super::{is_complement, Scan};
use crate::analysis::{lexicons, Cand, CandKind, Sentence};
use crate::word_table::{first_column, WordTable};
use depeche_names::shared;
use depeche_names::{EntityKind, Registry};
use std::sync::{Arc, OnceLock};

/// Words that end a group phrase, unless a coordinated group noun follows
/// "et" ("et employés de l'ambassade").
const GROUP_STOPS: &[&str] = &[
    "et", "ainsi", "ou", "qui", "pour", "afin", "lors", "ont", "a", "sur", "dans", "en", "au",
    "sont", "est", "s", "se",
];

impl Scan<'_> {
    /// The group whose noun is at `j`, its determiner at `i`, with the
    /// token after it.
    pub(super) fn group_at(
        &self,
        i: usize,
        j: usize,
        named: &[Cand],
    ) -> Option<(Option<Cand>, usize)> {
        let sent = self.sent;
        // Tried after every determiner: most words there head no group,
        // and one look at a table says so without hashing them.
        if !group_heads().contains(sent.tokens.word_bytes(j)) {
            return None;
        }
        let lex = lexicons();
        let group_own = lex
            .groups
            .get(sent.word(j))
            .copied()
            .filter(|_| !self.occupied(j))?;
        let end = group_end(sent, j + 1, named);
        let mut c = self.cand(i, end, CandKind::Group);
        // "des représentants de la communauté sénégalaise": the phrase is
        // one's own community wherever the word stands.
        c.own = group_own
            .or_else(|| (j + 1..end).find_map(|k| lex.groups.get(sent.word(k)).copied().flatten()));
        // "du groupe d'amitié": part of a noun phrase, not a counterpart;
        // so is "des" after a name's noun ("l'Assemblée des représentants
        // du peuple", "le Conseil des ministres").
        let after_name = i.checked_sub(1).is_some_and(|p| {
            p > 0
                && sent
                    .tokens
                    .get(p)
                    .is_some_and(|t| t.capitalized && !t.punct)
        });
        c.complement = sent.is(i, &["du", "au"])
            || sent.is(i, &["des"]) && after_name
            || is_complement(sent, i);
        c.country = country_in(sent, i, end, named, self.registry);
        Some((Some(c), end))
    }
}

/// The head nouns of `data/groups.tsv`: every word the lexicon's groups
/// hold (a superset of them, should a row's kind not read).
pub(super) fn group_heads() -> &'static WordTable {
    static HEADS: OnceLock<WordTable> = OnceLock::new();
    HEADS.get_or_init(|| WordTable::new(first_column(crate::data::GROUPS)))
}

/// End of a group phrase: its complements, up to a coordination or a stop.
fn group_end(sent: &Sentence, mut j: usize, cands: &[Cand]) -> usize {
    let n = sent.tokens.len();
    while j < n {
        let Some(t) = sent.tokens.get(j) else { break };
        if t.punct || sent.is(j, GROUP_STOPS) {
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

/// The country of a group: a name inside it with a country, else a
/// demonym.
fn country_in(
    sent: &Sentence,
    start: usize,
    end: usize,
    cands: &[Cand],
    registry: &Registry,
) -> Option<Arc<str>> {
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
            .map(|e| shared(&e.id))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::word_table::tests::{varied_words, with_near_misses};

    #[test]
    fn the_group_table_holds_every_group_head() {
        let groups = &lexicons().groups;
        let heads: Vec<&str> = groups.keys().map(String::as_str).collect();
        let mut tried = varied_words();
        tried.extend(with_near_misses(&heads));
        let mut found = 0;
        for w in &tried {
            let head = groups.contains_key(w.as_str());
            assert_eq!(group_heads().contains(w.as_bytes()), head, "{w:?}");
            found += usize::from(head);
        }
        assert!(found > heads.len(), "the text has group heads");
    }
}
