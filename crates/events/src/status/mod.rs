//! Status, negation and background from the words around a trigger.
//!
//! Tense and modality decide whether an event happened (`a signé`), is
//! under way (`est en visite`), is planned (`signera`, `devrait signer`,
//! `la prochaine destination`) or only proposed (`a proposé de signer`,
//! `souhaite signer`). Negation (`n'a pas signé`, `aucun accord`) removes
//! the event. The cue words live in `data/cues.tsv`.

mod noun;
mod words;

pub(crate) use noun::apposed_visit;

use crate::analysis::Sentence;
use crate::data::{self, DataError};
use crate::model::Status;
use crate::word_table::WordTable;
use rustc_hash::FxHashMap;
use words::agenda_item;
use words::future_have;
pub(crate) use words::{in_purpose_clause, is_future_form, is_infinitive};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Future,
    Proposed,
    Negation,
    NegationEnd,
    Background,
    Generic,
    UnderWay,
}

/// The cue words of the data file: cues are looked for at every token
/// around a trigger, and most tokens, none, are told so by the table of
/// their lengths and first and last letters before the kinds are looked up.
pub(crate) struct Cues {
    kinds: FxHashMap<&'static str, Cue>,
    words: WordTable,
}

pub(crate) fn cues() -> &'static Cues {
    static C: std::sync::OnceLock<Cues> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let kinds: FxHashMap<&'static str, Cue> =
            read_cues().unwrap_or_default().into_iter().collect();
        let words = WordTable::new(kinds.keys().copied());
        Cues { kinds, words }
    })
}

/// The cue words of `data/cues.tsv` with their kind; an unknown kind is an
/// error.
pub(crate) fn read_cues() -> Result<Vec<(&'static str, Cue)>, DataError> {
    data::CUES.pairs_with(|cue| {
        Some(match cue {
            "future" => Cue::Future,
            "proposed" => Cue::Proposed,
            "negation" => Cue::Negation,
            "negation_end" => Cue::NegationEnd,
            "background" => Cue::Background,
            "generic" => Cue::Generic,
            "under_way" => Cue::UnderWay,
            _ => return None,
        })
    })
}

fn cue(sent: &Sentence, i: usize) -> Option<Cue> {
    let word = sent.word(i);
    let cues = cues();
    if !cues.words.contains(word.as_bytes()) {
        return None;
    }
    cues.kinds.get(word).copied()
}

/// What the words around a trigger say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reading {
    /// The status, or `None` when the event is negated.
    pub status: Option<Status>,
    /// Whether a background cue (pluperfect, `anniversaire`, …) is present.
    pub background_cue: bool,
}

/// How far back a modal or tense cue may stand before its trigger
/// ("prévoient en outre de signer", "a proposé aux autorités de").
const CUE_WINDOW: usize = 8;

/// How far before the trigger "ne" may stand and still negate it ("n'a
/// finalement pas signé").
const NEGATION_REACH: usize = 4;

/// How far past the trigger the second half of a negation ("pas",
/// "jamais") may stand ("ne s'est pas encore rendu").
const NEGATION_END_REACH: usize = 3;

/// How far back "sera"/"seront" may stand before a participle trigger:
/// "sera quant à lui reçu par" puts three words between.
const FUTURE_PASSIVE_WINDOW: usize = 4;

/// How far back a generic word ("mécanisme de consultation", "aucun
/// accord") may stand: it heads the trigger's own noun phrase.
const NOUN_PHRASE_HEAD_WINDOW: usize = 3;

/// How much of a trigger's start is read for a future form: the verb and
/// a reflexive pronoun before it ("se rendra").
const TRIGGER_VERB_REACH: usize = 3;

/// How far around a trigger a background cue counts: "l'anniversaire de
/// la visite", "la visite … d'antan".
const BACKGROUND_BEFORE: usize = 4;
const BACKGROUND_AFTER: usize = 3;

/// How far after a noun trigger "prochain(e)" may stand ("la visite
/// officielle prochaine").
const PROCHAIN_REACH: usize = 3;

/// How far back a present-tense verb may govern a noun trigger
/// ("effectue du 23 au 24 juin une visite d'État").
const UNDER_WAY_GOVERNING_WINDOW: usize = 12;

/// How far after a noun trigger a relative's present verb may stand ("la
/// visite d'État qu'effectue le président").
const UNDER_WAY_RELATIVE_REACH: usize = 6;

/// How far back "a entamé" may stand before "visite" ("a entamé, depuis
/// samedi, une visite officielle").
const BEGUN_WINDOW: usize = 8;

/// How far back a framing word may stand ("durant sa visite", "au cours
/// de la visite").
const FRAMING_WINDOW: usize = 4;

/// How far after a noun trigger its clause's first verb is looked for:
/// the noun phrase ("la session de la commission mixte …") comes first.
const FOLLOWING_VERB_REACH: usize = 16;

/// "prochain(e)", "prochainement" after a noun: what is to come.
const NEXT_WORDS: &[&str] = &["prochain", "prochaine", "prochainement"];

/// Participles that put a noun in the plans: "la visite prévue", "est
/// également prévue".
const PLANNED_PARTICIPLES: &[&str] = &["prevu", "prevue", "prevus", "prevues"];

/// The words around one trigger.
struct Around<'s> {
    sent: &'s Sentence,
    start: usize,
    end: usize,
    clause_start: usize,
}

/// The reading so far.
struct Tense {
    status: Status,
    /// The status the trigger has of itself, before any cue.
    default: Status,
    /// Whether a modal word before the trigger decided ("prévoient de signer").
    cued: bool,
    negated: bool,
}

impl Tense {
    /// Whether nothing around the trigger has changed its status yet.
    fn untouched(&self) -> bool {
        self.status == self.default && !self.cued
    }
}

/// Read the status of a trigger at tokens `[start, end)`, whose clause
/// starts at `clause_start`. `inherited` is the status of an earlier
/// trigger of the same sentence, used by bare infinitives in a list
/// (`devrait rencontrer X, visiter Y`).
pub(crate) fn read(
    sent: &Sentence,
    start: usize,
    end: usize,
    clause_start: usize,
    default: Status,
    inherited: Option<Status>,
) -> Reading {
    let at = Around {
        sent,
        start,
        end,
        clause_start,
    };
    let default = at.reported_whole(default);
    let mut tense = Tense {
        status: default,
        default,
        cued: false,
        negated: false,
    };
    at.modal_cues(&mut tense);
    tense.negated |= at.generic_or_none();
    if (start..end.min(start + TRIGGER_VERB_REACH)).any(|i| is_future_form(sent.word(i))) {
        tense.status = Status::Planned;
    }
    // "avant de s'entretenir avec": the infinitive after its pronoun.
    let infinitive = is_infinitive(sent.word(start))
        || sent.is(start, &["s", "se"]) && is_infinitive(sent.word(start + 1));
    if tense.untouched() && infinitive {
        if let Some(inherited) = inherited {
            tense.status = inherited;
        }
    }
    // "Au programme : une rencontre avec …": an item of an agenda, unless
    // its own verb is a compound past.
    let past = (start..end).any(|i| sent.is_auxiliary(i));
    if !past && !tense.cued && agenda_item(sent, start) {
        tense.status = Status::Planned;
        tense.cued = true;
    }
    let background_cue = at.background_cue();
    if at.prochain_after() {
        tense.status = Status::Planned;
    }
    at.noun_tense(&mut tense, infinitive);
    Reading {
        status: if tense.negated {
            None
        } else {
            Some(tense.status)
        },
        background_cue,
    }
}

impl Around<'_> {
    /// "a en effet effectué une visite": the participle folds like the
    /// present "effectue", but reports the visit whole.
    fn reported_whole(&self, default: Status) -> Status {
        let sent = self.sent;
        if default == Status::Ongoing
            && cue(sent, self.start) == Some(Cue::UnderWay)
            && !sent.written_plain(self.start)
        {
            Status::Occurred
        } else {
            default
        }
    }

    /// Future, proposal and negation cues before the trigger, and a future
    /// passive ("sera quant à lui reçu par", "seront signés").
    fn modal_cues(&self, tense: &mut Tense) {
        let (sent, start, end) = (self.sent, self.start, self.end);
        let window_start = self.clause_start.max(start.saturating_sub(CUE_WINDOW));
        for i in window_start..start {
            // "le programme de la visite": the visit has a programme; it
            // is not planned for that.
            let programme_of = sent.is(i, &["programme"]) && sent.is(i + 1, &["de", "du", "des"]);
            // "X, dont le programme était chargé, s'est entretenu avec":
            // a programme named before a compound past is not its plan.
            let programme_before_past =
                sent.is(i, &["programme"]) && (start..end).any(|k| sent.is_auxiliary(k));
            match cue(sent, i) {
                Some(Cue::Future) if !programme_of && !programme_before_past => {
                    tense.status = Status::Planned;
                    tense.cued = true;
                }
                Some(Cue::Proposed) => {
                    tense.status = Status::Proposed;
                    tense.cued = true;
                }
                Some(Cue::Negation) if i + NEGATION_REACH >= start => {
                    tense.negated = (i..end + NEGATION_END_REACH)
                        .any(|k| cue(sent, k) == Some(Cue::NegationEnd));
                }
                _ if future_have(sent, i) => {
                    tense.status = Status::Planned;
                    tense.cued = true;
                }
                _ => {}
            }
        }
        let passive_from = start
            .saturating_sub(FUTURE_PASSIVE_WINDOW)
            .max(self.clause_start);
        if (passive_from..start)
            .rev()
            .take_while(|&i| !sent.is_auxiliary(i))
            .any(|i| sent.is(i, &["sera", "seront"]))
        {
            tense.status = Status::Planned;
            tense.cued = true;
        }
    }

    /// "des mécanismes de consultation politique": an institution, no
    /// event; "aucun accord n'a été signé", "aucun document": none.
    fn generic_or_none(&self) -> bool {
        let (sent, start) = (self.sent, self.start);
        (start.saturating_sub(NOUN_PHRASE_HEAD_WINDOW)..start)
            .any(|i| cue(sent, i) == Some(Cue::Generic))
            || sent.is(start.saturating_sub(3), &["aucun", "aucune"])
            || sent.is(start.saturating_sub(2), &["aucun", "aucune"])
    }

    /// Background words right around the trigger ("l'anniversaire de la
    /// visite").
    fn background_cue(&self) -> bool {
        let sent = self.sent;
        let near_end = (self.end + BACKGROUND_AFTER).min(sent.tokens.len());
        let from = self
            .start
            .saturating_sub(BACKGROUND_BEFORE)
            .max(self.clause_start);
        (from..near_end).any(|i| cue(sent, i) == Some(Cue::Background))
    }

    /// "prochaine" / "prochain" right after the trigger ("la visite
    /// prochaine").
    fn prochain_after(&self) -> bool {
        let sent = self.sent;
        (self.end..(self.end + PROCHAIN_REACH).min(sent.tokens.len()))
            .any(|i| sent.is(i, NEXT_WORDS))
    }
}
