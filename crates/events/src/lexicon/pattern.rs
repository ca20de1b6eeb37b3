//! Trigger patterns compiled to steps over folded tokens, and matched.

use crate::tokens::{tokenize, Tokens};

/// Largest number of tokens a `...` gap may skip: a time and a place with
/// its complement ("hier après-midi au Palais du Sénat, à Phnom Penh,") fit.
pub(super) const GAP: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Atom {
    /// A word, with its number in the lexicon's vocabulary.
    Exact(String, u32),
    Prefix(String),
}

impl Atom {
    /// Whether the atom accepts token `pos`: `id` is the number of its
    /// folded word in the vocabulary (every exact word has one), or
    /// [`NO_WORD`].
    fn matches(&self, tokens: &Tokens, pos: usize, id: u32) -> bool {
        match self {
            Atom::Exact(_, w) => *w == id,
            // Only a prefix reads the word, as bytes: no boundary to check.
            Atom::Prefix(p) => tokens.word_bytes(pos).starts_with(p.as_bytes()),
        }
    }
}

/// The vocabulary number of a word no exact atom names.
pub(super) const NO_WORD: u32 = u32::MAX;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Step {
    Word(Vec<Atom>),
    /// One word of any kind; `phrase` when it stands alone between two
    /// words, where an inserted adverbial may take its place.
    Any {
        phrase: bool,
    },
    /// The same, or nothing.
    AnyOptional {
        phrase: bool,
    },
    Gap,
}

/// The steps of a pattern as written in the lexicon file; every exact
/// word gets its vocabulary number.
pub(super) fn compile(
    pattern: &str,
    vocab: &mut rustc_hash::FxHashMap<String, u32>,
) -> Result<Vec<Step>, String> {
    let mut number = |w: &str| -> u32 {
        let next = u32::try_from(vocab.len()).unwrap_or(NO_WORD - 1);
        *vocab.entry(w.to_string()).or_insert(next)
    };
    let mut steps = Vec::new();
    for part in pattern.split_whitespace() {
        match part {
            "~" => steps.push(Step::Any { phrase: false }),
            "~?" => steps.push(Step::AnyOptional { phrase: false }),
            "..." => steps.push(Step::Gap),
            _ => {
                let alternatives: Vec<&str> = part.split('|').collect();
                let mut atoms = Vec::new();
                for alt in &alternatives {
                    let (body, prefix) = match alt.strip_suffix('*') {
                        Some(b) => (b, true),
                        None => (*alt, false),
                    };
                    // Fold and split like the text: "s'est" is two words.
                    let words: Vec<String> = tokenize(body).words().map(str::to_string).collect();
                    match (words.as_slice(), alternatives.len()) {
                        ([single], _) if prefix => atoms.push(Atom::Prefix(single.clone())),
                        ([single], _) => atoms.push(Atom::Exact(single.clone(), number(single))),
                        (many, 1) if !prefix && !many.is_empty() => {
                            steps.extend(
                                many.iter()
                                    .map(|w| Step::Word(vec![Atom::Exact(w.clone(), number(w))])),
                            );
                        }
                        _ => return Err(format!("cannot read pattern word {alt:?}")),
                    }
                }
                if !atoms.is_empty() {
                    steps.push(Step::Word(atoms));
                }
            }
        }
    }
    mark_lone_wildcards(&mut steps);
    Ok(steps)
}

/// A wildcard with a word on each side ("ont ~? signé") may be an inserted
/// adverbial of several words; in a run of wildcards ("arrivé ~? ~? ~?
/// à") each stays one word, or the run would reach too far.
fn mark_lone_wildcards(steps: &mut [Step]) {
    let word_at = |steps: &[Step], i: Option<usize>| {
        i.and_then(|i| steps.get(i))
            .is_some_and(|s| matches!(s, Step::Word(_)))
    };
    for i in 0..steps.len() {
        let lone = word_at(steps, i.checked_sub(1)) && word_at(steps, Some(i + 1));
        if let Some(Step::Any { phrase } | Step::AnyOptional { phrase }) = steps.get_mut(i) {
            *phrase = lone;
        }
    }
}

/// Where `steps` matching from token `pos` end; `ids` are the tokens'
/// vocabulary numbers, `skips` the lengths of the inserted adverbials
/// starting at each token (empty when there are none).
pub(super) fn match_at(
    steps: &[Step],
    tokens: &Tokens,
    ids: &[u32],
    skips: &[u8],
    pos: usize,
) -> Option<usize> {
    let adverbial = skips.get(pos).copied().unwrap_or(0) as usize;
    let Some((step, rest)) = steps.split_first() else {
        return Some(pos);
    };
    match step {
        Step::Word(atoms) => {
            let token = tokens.get(pos)?;
            let id = ids.get(pos).copied().unwrap_or(NO_WORD);
            let punct_ok = !token.punct
                || atoms
                    .iter()
                    .any(|a| matches!(a, Atom::Exact(w, _) if w == ","));
            if punct_ok && atoms.iter().any(|a| a.matches(tokens, pos, id)) {
                match_at(rest, tokens, ids, skips, pos + 1)
            } else {
                None
            }
        }
        Step::Any { phrase } => {
            let adverbial = if *phrase { adverbial } else { 0 };
            let token = tokens.get(pos)?;
            if token.punct || never_a_gap(tokens.word_bytes(pos)) {
                return None;
            }
            match_at(rest, tokens, ids, skips, pos + 1)
                .or_else(|| after_adverbial(rest, tokens, ids, skips, pos, adverbial))
        }
        Step::AnyOptional { phrase } => match_at(rest, tokens, ids, skips, pos).or_else(|| {
            let adverbial = if *phrase { adverbial } else { 0 };
            let token = tokens.get(pos)?;
            if token.punct || never_a_gap(tokens.word_bytes(pos)) {
                return None;
            }
            match_at(rest, tokens, ids, skips, pos + 1)
                .or_else(|| after_adverbial(rest, tokens, ids, skips, pos, adverbial))
        }),
        Step::Gap => {
            for skip in 0..=GAP {
                // A gap does not cross a sentence-internal stop.
                if skip > 0 {
                    let t = tokens.get(pos + skip - 1)?;
                    let word = tokens.word_bytes(pos + skip - 1);
                    let stop = t.punct && matches!(word, b";" | b":" | b"(" | b")");
                    if stop && !crate::tokens::is_clock_colon(tokens, pos + skip - 1) {
                        return None;
                    }
                    // Nor a new clause's subject pronoun: "a été décoré
                    // par X et il a remis l'ordre" is two clauses.
                    if matches!(word, b"il" | b"elle" | b"ils" | b"elles") {
                        return None;
                    }
                }
                if let Some(end) = match_at(rest, tokens, ids, skips, pos + skip) {
                    return Some(end);
                }
            }
            None
        }
    }
}

/// Words that never stand in a one-word gap. A finite form of "être":
/// ", sera reçu par X" is a passive of its own, not the bare participle of
/// a list (", reçu X"). A preposition that opens the verb's own complement:
/// "ont échangé sur les protocoles" is talk about them, not documents
/// exchanged with a time between ("ont échangé jeudi les instruments").
fn never_a_gap(word: &[u8]) -> bool {
    matches!(
        word,
        b"est"
            | b"sont"
            | b"sera"
            | b"seront"
            | b"serait"
            | b"seraient"
            | b"etait"
            | b"etaient"
            | b"fut"
            | b"furent"
            | b"sur"
            | b"avec"
            | b"contre"
            | b"sans"
    )
}

/// The rest of a match past an inserted adverbial of `len` words at `pos`
/// ("ont par ailleurs signé"), when one starts there.
fn after_adverbial(
    rest: &[Step],
    tokens: &Tokens,
    ids: &[u32],
    skips: &[u8],
    pos: usize,
    len: usize,
) -> Option<usize> {
    (len > 1)
        .then(|| match_at(rest, tokens, ids, skips, pos + len))
        .flatten()
}
