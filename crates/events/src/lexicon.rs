//! The trigger lexicon: token patterns that signal an event, loaded from a
//! TSV data file (the embedded default is `data/triggers.tsv`).
//!
//! Patterns are sequences of token tests written in the data file as plain
//! folded French (`s'est entretenu avec`), with `*` for a prefix,
//! `|` for alternatives, `~` for any one token, `~?` for an optional one and
//! `...` for a short gap. Inflected forms are spelled out or caught by a
//! prefix so that the file reads like the phrases it matches.

mod adverbials;
mod next_word;
mod pattern;

use crate::model::{EventType, Status, UnknownName};
use crate::subtype::Subtype;
use crate::tokens::Tokens;
use next_word::{NextWord, SharedNextWords};

use pattern::{compile, match_at, Atom, Step, GAP, NO_WORD};

/// How a trigger's arguments attach; see the lexicon file's header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Frame {
    /// Source = subject, targets = what follows.
    SubjObj,
    /// Source = subject, targets = what follows `avec`.
    SubjAvec,
    /// Target = subject, source = the agent after `par`.
    Passive,
    /// VISIT: source = subject, target = the destination.
    SubjDest,
    /// VISIT noun: `la visite de X au Y`.
    VisitNoun,
    /// Source = subject, no target.
    SubjOnly,
    /// The two parties of the exchange.
    Pair,
    /// Conferrer = subject, decorated = object.
    Award,
    /// Decorated = subject, conferrer after `par`/`de`.
    AwardPassive,
    /// Inviter = subject, invitee = object.
    Invite,
    /// `à l'invitation de X`.
    InvitedBy,
    /// `a accepté l'invitation de X`.
    AcceptInvite,
    /// An activity of the dispatch's visitor (a welcome ceremony).
    Visitor,
    /// An invitation carried by a messenger: `a transmis à Y l'invitation de X`.
    Conveyed,
    /// Guests named after `en présence de` at a ceremony, each attending.
    Guests,
}

impl Frame {
    fn parse(s: &str) -> Option<Frame> {
        Some(match s {
            "subj_obj" => Frame::SubjObj,
            "subj_avec" => Frame::SubjAvec,
            "passive" => Frame::Passive,
            "subj_dest" => Frame::SubjDest,
            "visit_noun" => Frame::VisitNoun,
            "subj_only" => Frame::SubjOnly,
            "pair" => Frame::Pair,
            "award" => Frame::Award,
            "award_passive" => Frame::AwardPassive,
            "invite" => Frame::Invite,
            "invited_by" => Frame::InvitedBy,
            "accept_invite" => Frame::AcceptInvite,
            "visitor" => Frame::Visitor,
            "conveyed" => Frame::Conveyed,
            "guests" => Frame::Guests,
            _ => return None,
        })
    }
}

/// One trigger of the lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    steps: Vec<Step>,
    /// A cheap test before the full match: the next word step, when all its
    /// atoms are exact, must meet one of these vocabulary numbers this many
    /// tokens (first to last) after the first.
    next_word: Option<NextWord>,
    /// Event type it signals.
    pub kind: EventType,
    /// Subtype copied to the event.
    pub subtype: Subtype,
    /// How arguments attach.
    pub frame: Frame,
    /// Status when tense and modality say nothing else.
    pub status: Status,
    /// A short rule name for the event's `rule` field.
    pub rule: String,
}

impl Trigger {
    /// Whether the pattern opens on a finite auxiliary ("a|ont|avait …"):
    /// such a pattern needs the verb, and the preposition "à" folds to the
    /// same "a".
    pub(crate) fn opens_with_auxiliary(&self) -> bool {
        matches!(self.steps.first(), Some(Step::Word(atoms))
            if atoms.iter().any(|a| matches!(a, Atom::Exact(w, _) if w == "ont")))
    }
}

/// A trigger found in a token sequence: token indices `[start, end)`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TriggerMatch<'l> {
    /// The trigger.
    pub trigger: &'l Trigger,
    /// First token of the match.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// A malformed lexicon line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}:{line}: {message}")]
pub struct LexiconError {
    /// File name or other origin.
    pub origin: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// A set of triggers.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    triggers: Vec<Trigger>,
    /// Every word of an exact atom, numbered: tokens are looked up once,
    /// then matched by number.
    vocab: rustc_hash::FxHashMap<String, u32>,
    /// Triggers by the vocabulary number of the exact words their first
    /// step accepts.
    by_first_word: Vec<Vec<usize>>,
    /// Triggers whose first step accepts a prefix: (prefix, trigger).
    by_first_prefix: Vec<(String, usize)>,
    /// The opening bytes of those prefixes.
    prefix_heads: PrefixHeads,
    /// For each list of `by_first_word`, its triggers' next words merged.
    shared_next: Vec<Option<SharedNextWords>>,
    /// For each list of `by_first_word`, its triggers with no next word,
    /// in the same order: all that may match where the merge says no next
    /// word stands close enough (`a` opens some sixty triggers, a handful
    /// of them without a next word).
    without_next: Vec<Vec<usize>>,
    /// Inserted adverbials ("par ailleurs", "quant à lui") as vocabulary
    /// numbers, longest first: a trigger's `~` or `~?` also skips one.
    adverbials: Vec<adverbials::Adverbial>,
    /// Their index by the words that open them.
    adverbial_heads: adverbials::Heads,
}

const EMBEDDED: &str = crate::data::TRIGGERS.text;

impl Lexicon {
    /// The embedded default lexicon.
    ///
    /// ```
    /// let lexicon = depeche_events::Lexicon::embedded();
    /// assert!(lexicon.len() > 100);
    /// ```
    pub fn embedded() -> &'static Lexicon {
        static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        // The embedded file is checked by a unit test; an error here would be
        // a build defect, and an empty lexicon is the safe fallback.
        L.get_or_init(|| Lexicon::from_tsv(EMBEDDED, "triggers.tsv").unwrap_or_default())
    }

    /// The number of triggers.
    pub fn len(&self) -> usize {
        self.triggers.len()
    }

    /// Whether the lexicon has no trigger.
    pub fn is_empty(&self) -> bool {
        self.triggers.is_empty()
    }

    /// The text of the embedded lexicon file, whose header documents the
    /// format: a start for a lexicon of one's own.
    ///
    /// ```
    /// use depeche_events::Lexicon;
    /// assert!(Lexicon::embedded_tsv().starts_with("# depeche-events trigger lexicon"));
    /// ```
    pub fn embedded_tsv() -> &'static str {
        EMBEDDED
    }

    /// Parse a lexicon file (see the embedded file's header for the format).
    pub fn from_tsv(text: &str, origin: &str) -> Result<Lexicon, LexiconError> {
        let mut triggers = Vec::new();
        let mut vocab = rustc_hash::FxHashMap::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let trigger = parse_row(line, &mut vocab).map_err(|message| LexiconError {
                origin: origin.to_string(),
                line: i + 1,
                message,
            })?;
            triggers.push(trigger);
        }
        let trigger_words = vocab.len();
        let adverbials = adverbials::compile(&mut vocab);
        let adverbial_heads = adverbials::heads(&adverbials);
        let mut lexicon = Lexicon {
            triggers,
            by_first_word: vec![Vec::new(); trigger_words],
            vocab,
            adverbials,
            adverbial_heads,
            ..Lexicon::default()
        };
        lexicon.index_first_steps();
        Ok(lexicon)
    }

    /// Index the triggers by the words and prefixes their first step
    /// accepts.
    fn index_first_steps(&mut self) {
        for (i, t) in self.triggers.iter().enumerate() {
            let Some(Step::Word(atoms)) = t.steps.first() else {
                continue;
            };
            for atom in atoms {
                match atom {
                    Atom::Exact(_, id) => {
                        if let Some(list) = self.by_first_word.get_mut(*id as usize) {
                            list.push(i);
                        }
                    }
                    Atom::Prefix(p) => self.by_first_prefix.push((p.clone(), i)),
                }
            }
        }
        self.prefix_heads = PrefixHeads::of(self.by_first_prefix.iter().map(|(p, _)| p.as_str()));
        // Triggers are pushed in file order; a word written twice in one
        // step would repeat its trigger.
        for list in &mut self.by_first_word {
            list.dedup();
        }
        let triggers = &self.triggers;
        self.shared_next = self
            .by_first_word
            .iter()
            .map(|list| {
                let next_words = list
                    .iter()
                    .filter_map(|&i| triggers.get(i)?.next_word.as_ref());
                SharedNextWords::of(next_words)
            })
            .collect();
        self.without_next = self
            .by_first_word
            .iter()
            .map(|list| {
                list.iter()
                    .copied()
                    .filter(|&i| triggers.get(i).is_some_and(|t| t.next_word.is_none()))
                    .collect()
            })
            .collect();
    }

    /// Every trigger match in `tokens`, longest first at each position, with
    /// overlapping matches of the same type removed.
    pub(crate) fn find<'l>(&'l self, tokens: &Tokens) -> Vec<TriggerMatch<'l>> {
        let mut found: Vec<TriggerMatch<'l>> = Vec::new();
        let mut candidates: Vec<usize> = Vec::new();
        let ids: Vec<u32> = tokens
            .words()
            .map(|w| self.vocab.get(w).copied().unwrap_or(NO_WORD))
            .collect();
        let skips = adverbials::spans(&self.adverbials, &self.adverbial_heads, &ids);
        for (start, (word, &id)) in tokens.words().zip(&ids).enumerate() {
            let prefixed = |(p, _): &&(String, usize)| word.starts_with(p.as_str());
            // Most tokens open no prefix trigger: their list, built sorted
            // and without repeats, serves as it is.
            let prefix_opens = self.prefix_heads.may_open(word)
                && self.by_first_prefix.iter().any(|p| prefixed(&p));
            // Whether a trigger of this word's list with a next word may
            // still match; the merge does not cover prefix triggers.
            let next_possible = prefix_opens
                || self
                    .shared_next
                    .get(id as usize)
                    .and_then(Option::as_ref)
                    .is_none_or(|shared| shared.may_match(&ids, start));
            // Only triggers whose first word fits this token are tried; file
            // order still decides ties. Where no next word can match, only
            // those without one are worth trying: the others would each be
            // looked at to be skipped.
            let firsts = if next_possible {
                &self.by_first_word
            } else {
                &self.without_next
            };
            let exact = firsts.get(id as usize).map_or(&[][..], Vec::as_slice);
            let tried = if prefix_opens {
                candidates.clear();
                candidates.extend(exact);
                candidates.extend(
                    self.by_first_prefix
                        .iter()
                        .filter(prefixed)
                        .map(|(_, i)| *i),
                );
                candidates.sort_unstable();
                candidates.dedup();
                candidates.as_slice()
            } else {
                exact
            };
            for trigger in tried.iter().filter_map(|&i| self.triggers.get(i)) {
                // Most candidates (`a`, `ont` …) fail on the next word.
                if trigger
                    .next_word
                    .as_ref()
                    .is_some_and(|n| !next_possible || !n.may_match(&ids, start))
                {
                    continue;
                }
                if let Some(end) = match_at(&trigger.steps, tokens, &ids, &skips, start) {
                    found.push(TriggerMatch {
                        trigger,
                        start,
                        end,
                    });
                }
            }
        }
        // Prefer the longest match; drop matches of the same type that
        // overlap a kept one (`a eu un entretien avec` is one trigger).
        found.sort_by_key(|m| (std::cmp::Reverse(m.end - m.start), m.start));
        let mut kept: Vec<TriggerMatch<'l>> = Vec::new();
        for m in found {
            let clash = kept
                .iter()
                .any(|k| k.start < m.end && m.start < k.end && k.trigger.kind == m.trigger.kind);
            if !clash {
                kept.push(m);
            }
        }
        kept.sort_by_key(|m| (m.start, m.end));
        kept
    }
}

/// The first two bytes of the prefixes that open triggers, a bit each:
/// every token is tried as the start of a prefix trigger, and most share
/// their first two bytes with none, which one bit tells without comparing
/// strings.
#[derive(Debug, Clone, Default)]
struct PrefixHeads {
    /// A bit per pair of opening bytes (65,536 bits).
    bits: Vec<u64>,
    /// A prefix shorter than two bytes: any token may open it.
    short: bool,
}

impl PrefixHeads {
    fn of<'p>(prefixes: impl Iterator<Item = &'p str>) -> Self {
        let mut heads = PrefixHeads {
            bits: vec![0; (1 << 16) / 64],
            short: false,
        };
        for p in prefixes {
            match p.as_bytes() {
                [a, b, ..] => {
                    let (word, bit) = head_slot(*a, *b);
                    if let Some(w) = heads.bits.get_mut(word) {
                        *w |= bit;
                    }
                }
                _ => heads.short = true,
            }
        }
        heads
    }

    /// Whether `word` may start with one of the prefixes: a necessary
    /// condition, never a sufficient one.
    fn may_open(&self, word: &str) -> bool {
        if self.short {
            return true;
        }
        let [a, b, ..] = word.as_bytes() else {
            return false;
        };
        let (word, bit) = head_slot(*a, *b);
        self.bits.get(word).is_some_and(|w| w & bit != 0)
    }
}

/// The word and bit of [`PrefixHeads`] for two opening bytes.
fn head_slot(a: u8, b: u8) -> (usize, u64) {
    let k = usize::from(a) << 8 | usize::from(b);
    (k / 64, 1 << (k % 64))
}

/// One trigger from a row of the lexicon file: pattern, type, subtype,
/// frame and status, tab-separated.
fn parse_row(
    line: &str,
    vocab: &mut rustc_hash::FxHashMap<String, u32>,
) -> Result<Trigger, String> {
    let cols: Vec<&str> = line.split('\t').collect();
    let [pattern, kind, subtype, frame, status] = cols.as_slice() else {
        return Err(format!(
            "expected 5 tab-separated columns, found {}",
            cols.len()
        ));
    };
    let kind: EventType = kind.parse().map_err(|e: UnknownName| e.to_string())?;
    let subtype: Subtype = subtype.parse().map_err(|e: UnknownName| e.to_string())?;
    let frame = Frame::parse(frame).ok_or_else(|| format!("unknown frame {frame:?}"))?;
    let status = match *status {
        "occurred" => Status::Occurred,
        "ongoing" => Status::Ongoing,
        "planned" => Status::Planned,
        "proposed" => Status::Proposed,
        other => return Err(format!("unknown status {other:?}")),
    };
    let steps = compile(pattern, vocab)?;
    if !matches!(steps.first(), Some(Step::Word(_))) {
        return Err("a pattern must start with a word".to_string());
    }
    Ok(Trigger {
        next_word: NextWord::of(&steps),
        steps,
        kind,
        subtype,
        frame,
        status,
        rule: rule_name(kind, pattern),
    })
}

/// The event's `rule` field: the type and the pattern's first
/// alternatives, without gaps and wildcards (`meeting.s_est_entretenu_avec`).
fn rule_name(kind: EventType, pattern: &str) -> String {
    format!(
        "{}.{}",
        kind.as_str().to_lowercase(),
        pattern
            .split_whitespace()
            .filter(|w| !w.starts_with('~') && *w != "..." && *w != ",")
            .map(|w| w.split('|').next().unwrap_or(w).trim_end_matches('*'))
            .collect::<Vec<_>>()
            .join("_")
            .replace('\'', "_")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn embedded_lexicon_loads() {
        let lex = Lexicon::from_tsv(EMBEDDED, "triggers.tsv");
        assert!(lex.is_ok(), "{lex:?}");
        assert!(lex.map(|l| l.triggers.len()).unwrap_or(0) > 50);
    }

    fn kinds(text: &str) -> Vec<(EventType, Subtype)> {
        let tokens = tokenize(text);
        Lexicon::embedded()
            .find(&tokens)
            .into_iter()
            .map(|m| (m.trigger.kind, m.trigger.subtype))
            .collect()
    }

    #[test]
    fn reflexive_and_elided_forms_match() {
        assert_eq!(
            kinds("Il s’est entretenu avec le président")[0].0,
            EventType::Meeting
        );
        assert_eq!(
            kinds("ils se sont entretenus avec")[0].0,
            EventType::Meeting
        );
        assert_eq!(
            kinds("à l'invitation de son homologue")[0].0,
            EventType::Invitation
        );
        assert_eq!(
            kinds("a déposé une gerbe de fleurs")[0].0,
            EventType::Activity
        );
    }

    #[test]
    fn longest_match_wins() {
        let k = kinds("un entretien téléphonique avec");
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(k[0].1, Subtype::Phone);
    }

    #[test]
    fn prefix_triggers_open_on_their_first_bytes_only() {
        let rows = "entretien* avec\tMEETING\tphone\tsubj_avec\toccurred\n";
        let lex = Lexicon::from_tsv(rows, "x.tsv").unwrap_or_default();
        let found = |text: &str| lex.find(&tokenize(text)).len();
        assert_eq!(found("un entretiens avec lui"), 1);
        assert_eq!(found("un entretien avec lui"), 1);
        assert_eq!(found("un entre avec lui"), 0);
        assert_eq!(found("e avec lui"), 0);
        // A prefix of one letter opens on any token starting with it.
        let short = Lexicon::from_tsv("r* avec\tMEETING\tphone\tsubj_avec\toccurred\n", "x.tsv")
            .unwrap_or_default();
        assert_eq!(short.find(&tokenize("il rit avec lui")).len(), 1);
        assert_eq!(short.find(&tokenize("il a avec lui")).len(), 0);
    }

    #[test]
    fn malformed_line_names_its_line() {
        let err = Lexicon::from_tsv("# c\nfoo\tVISIT\n", "x.tsv").err();
        assert_eq!(err.map(|e| e.line), Some(2));
        let err = Lexicon::from_tsv("foo\tNOPE\tx\tpair\toccurred\n", "x.tsv").err();
        assert!(err.is_some_and(|e| e.message.contains("NOPE")));
    }
}
