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
mod openers;
mod pattern;
mod vocab;

use crate::model::{EventType, Status, UnknownName};
use crate::subtype::Subtype;
use crate::tokens::Tokens;
use next_word::NextWord;

use pattern::{compile, match_at, Atom, Step, GAP};

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
    vocab: vocab::Vocab,
    /// The triggers each token may open.
    openers: openers::Openers,
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
        Ok(Lexicon {
            openers: openers::Openers::of(&triggers, trigger_words),
            triggers,
            vocab: vocab::Vocab::of(vocab.iter().map(|(w, &id)| (w.as_str(), id))),
            adverbials,
            adverbial_heads,
        })
    }

    /// Every trigger match in `tokens`, longest first at each position, with
    /// overlapping matches of the same type removed.
    pub(crate) fn find<'l>(&'l self, tokens: &Tokens) -> Vec<TriggerMatch<'l>> {
        let mut found: Vec<TriggerMatch<'l>> = Vec::new();
        let mut candidates: Vec<usize> = Vec::new();
        let ids: Vec<u32> = tokens.words_as_bytes().map(|w| self.vocab.get(w)).collect();
        let skips = adverbials::spans(&self.adverbials, &self.adverbial_heads, &ids);
        for (start, word) in tokens.words_as_bytes().enumerate() {
            let at = openers::At {
                word,
                ids: &ids,
                start,
            };
            self.openers.candidates(&self.triggers, at, &mut candidates);
            for &i in &candidates {
                let Some(trigger) = self.triggers.get(i) else {
                    continue;
                };
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
