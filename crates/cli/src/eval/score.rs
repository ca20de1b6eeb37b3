//! Scoring one file's predictions against its gold record
//! (docs/EVALUATION.md).
//!
//! - Predictions of a type not in `annotated_types` are ignored.
//! - A prediction can match a gold event of the same type whose `countries`
//!   set equals the prediction's actor countries plus its location's country.
//!   Matching is one-to-one. Among candidates, pairs are taken best first:
//!   persons agree, then the background flags agree (a predicted background
//!   event goes to a gold background event), then the gold event counts (not
//!   optional/background), then status, then date; ties in input order.
//! - A matched gold event that is optional or background counts neither way
//!   (nor does its prediction); unmatched, it is not a miss.
//! - Over matched counted pairs: persons (every gold person actor named by a
//!   predicted actor), date (same value, when the gold has one), status.
//!   A pair is strict when all three are right.

use super::gold::{GoldEvent, GoldFile, GoldPerson};
use super::persons::persons_agree;
use depeche_events::{Event, EventType, Role};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// A predicted event reduced to what scoring looks at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Predicted {
    /// Event type.
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Status as in the output (`occurred` …).
    pub status: String,
    /// Whether the extractor marked it as background.
    pub background: bool,
    /// Actor countries plus the location's country.
    pub countries: BTreeSet<String>,
    /// Source actor names for display (canonical, else text).
    pub source: Vec<String>,
    /// Target actor names for display (canonical, else text).
    pub target: Vec<String>,
    /// Every spelling the actors go by (text and canonical), for person matching.
    #[serde(skip)]
    pub names: Vec<String>,
    /// Date value.
    pub date: Option<String>,
    /// Evidence text.
    pub evidence: String,
}

impl Predicted {
    /// The scoring view of an extracted event.
    pub fn from_event(e: &Event) -> Predicted {
        let mut countries: BTreeSet<String> = e
            .actors
            .iter()
            .filter_map(|a| a.country.as_deref().map(str::to_string))
            .collect();
        if let Some(c) = e.location.as_ref().and_then(|l| l.country.as_deref()) {
            countries.insert(c.to_string());
        }
        let mut names = Vec::new();
        for a in &e.actors {
            names.push(a.text.clone());
            if let Some(c) = &a.canonical {
                names.push(c.to_string());
            }
        }
        Predicted {
            kind: e.kind,
            status: e.status.as_str().to_string(),
            background: e.background,
            countries,
            source: display_names(e, Role::Source),
            target: display_names(e, Role::Target),
            names,
            date: e.date.value.clone(),
            evidence: e
                .evidence
                .iter()
                .map(|v| v.text.as_str())
                .collect::<Vec<_>>()
                .join(" | "),
        }
    }
}

fn display_names(e: &Event, role: Role) -> Vec<String> {
    e.actors
        .iter()
        .filter(|a| a.role == role)
        .map(|a| a.canonical.as_deref().unwrap_or(&a.text).to_string())
        .collect()
}

/// Hits, false events and misses of one type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Predictions matched to a counted gold event.
    pub tp: usize,
    /// Unmatched predictions.
    pub fp: usize,
    /// Unmatched counted gold events.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// Matches to optional/background gold events (count neither way).
    pub neutral: usize,
    /// Matches whose persons, date and status are right too.
    pub strict: usize,
}

impl Counts {
    /// Adds `o` into `self`.
    pub fn add(&mut self, o: &Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.neutral += o.neutral;
        self.strict += o.strict;
    }

    /// Counted predictions (neutral ones excluded).
    pub fn predicted(&self) -> usize {
        self.tp + self.fp
    }

    /// Counted gold events (optional/background excluded).
    pub fn gold(&self) -> usize {
        self.tp + self.fn_
    }
}

/// Correct out of total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Accuracy {
    /// Right.
    pub correct: usize,
    /// Looked at.
    pub total: usize,
}

impl Accuracy {
    /// Counts one case.
    pub fn record(&mut self, ok: bool) {
        self.total += 1;
        if ok {
            self.correct += 1;
        }
    }

    /// Adds `o` into `self`.
    pub fn add(&mut self, o: &Accuracy) {
        self.correct += o.correct;
        self.total += o.total;
    }
}

/// A counted match that is not strict, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Partial {
    /// The gold event.
    pub gold: GoldEvent,
    /// The prediction matched to it.
    pub predicted: Predicted,
    /// Whether the persons agree.
    pub persons_ok: bool,
    /// Whether the date is right (`None`: the gold has no date).
    pub date_ok: Option<bool>,
    /// Whether the status is right.
    pub status_ok: bool,
}

/// The score of one file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FileScore {
    /// Gold file name.
    pub file: String,
    /// Counts per annotated type.
    pub per_type: BTreeMap<EventType, Counts>,
    /// Person agreement over matched counted main-type pairs.
    pub persons: Accuracy,
    /// Date agreement over those pairs whose gold has a date.
    pub dates: Accuracy,
    /// Status agreement over matched counted main-type pairs.
    pub status: Accuracy,
    /// Whether the dispatch date (of the first segment) equals the gold's
    /// `dispatch_date` (both absent counts as right).
    pub dispatch_date: Accuracy,
    /// Predictions of types the file does not annotate.
    pub ignored: usize,
    /// Counted gold events without a match.
    pub misses: Vec<GoldEvent>,
    /// Predictions without a match.
    pub false_events: Vec<Predicted>,
    /// Counted matches that are not strict.
    pub partial: Vec<Partial>,
}

/// Scores the dispatch date found for a file (`None`: none found).
pub fn score_dispatch_date(score: &mut FileScore, gold: &GoldFile, predicted: Option<&str>) {
    score
        .dispatch_date
        .record(gold.dispatch_date.as_deref() == predicted);
}

/// A prediction and a gold event that may be matched, with how well they agree.
struct Pair {
    /// Preference, compared lexicographically (true first): persons agree,
    /// background flags agree, the gold event counts, status right, date
    /// right or not given, and last a date given and equal — so that a
    /// dated prediction goes to the gold event with that date rather than
    /// to an undated one it merely does not contradict.
    key: [bool; 6],
    p: usize,
    g: usize,
    persons_ok: bool,
    date_ok: Option<bool>,
    status_ok: bool,
}

/// Every (prediction, gold event) pair of the same type and country set,
/// best first; ties in input order.
fn candidate_pairs(gold: &GoldFile, scored: &[&Predicted], golds: &[&GoldEvent]) -> Vec<Pair> {
    let gold_persons: Vec<Vec<&GoldPerson>> = golds.iter().map(|g| gold.person_actors(g)).collect();
    let mut pairs = Vec::new();
    for (pi, p) in scored.iter().enumerate() {
        for ((gi, g), persons) in golds.iter().enumerate().zip(&gold_persons) {
            if p.kind != g.kind || !same_countries(&p.countries, &g.countries) {
                continue;
            }
            let persons_ok = persons_agree(p.names.iter().map(String::as_str), persons);
            let date_ok = g.date.as_ref().map(|d| p.date.as_ref() == Some(d));
            let status_ok = p.status == g.status;
            pairs.push(Pair {
                key: [
                    persons_ok,
                    p.background == g.background,
                    g.counted(),
                    status_ok,
                    date_ok.unwrap_or(true),
                    date_ok == Some(true),
                ],
                p: pi,
                g: gi,
                persons_ok,
                date_ok,
                status_ok,
            });
        }
    }
    pairs.sort_by(|a, b| b.key.cmp(&a.key).then(a.p.cmp(&b.p)).then(a.g.cmp(&b.g)));
    pairs
}

/// Scores `preds` (every event predicted for the file) against `gold`.
pub fn score_file(gold: &GoldFile, preds: &[Predicted]) -> FileScore {
    let annotated: BTreeSet<EventType> = gold.annotated_types.iter().copied().collect();
    let scored: Vec<&Predicted> = preds
        .iter()
        .filter(|p| annotated.contains(&p.kind))
        .collect();
    let golds: Vec<&GoldEvent> = gold
        .events
        .iter()
        .filter(|g| annotated.contains(&g.kind))
        .collect();
    let mut score = FileScore {
        file: gold.file.clone(),
        ignored: preds.len() - scored.len(),
        per_type: annotated.iter().map(|t| (*t, Counts::default())).collect(),
        ..FileScore::default()
    };

    // Greedy one-to-one matching over the sorted pairs. Within one type and
    // country set every prediction can match every gold event, so greedy
    // matching pairs as many as possible.
    let mut p_used = vec![false; scored.len()];
    let mut g_used = vec![false; golds.len()];
    for pair in candidate_pairs(gold, &scored, &golds) {
        let (Some(p), Some(g)) = (scored.get(pair.p), golds.get(pair.g)) else {
            continue;
        };
        match (p_used.get_mut(pair.p), g_used.get_mut(pair.g)) {
            (Some(pu), Some(gu)) if !*pu && !*gu => {
                *pu = true;
                *gu = true;
            }
            _ => continue,
        }
        let counts = score.per_type.entry(g.kind).or_default();
        if !g.counted() {
            counts.neutral += 1;
            continue;
        }
        counts.tp += 1;
        let strict = pair.persons_ok && pair.date_ok.unwrap_or(true) && pair.status_ok;
        if strict {
            counts.strict += 1;
        }
        if EventType::MAIN.contains(&g.kind) {
            score.persons.record(pair.persons_ok);
            if let Some(ok) = pair.date_ok {
                score.dates.record(ok);
            }
            score.status.record(pair.status_ok);
        }
        if !strict {
            score.partial.push(Partial {
                gold: (*g).clone(),
                predicted: (*p).clone(),
                persons_ok: pair.persons_ok,
                date_ok: pair.date_ok,
                status_ok: pair.status_ok,
            });
        }
    }
    for (p, used) in scored.iter().zip(&p_used) {
        if !used {
            score.per_type.entry(p.kind).or_default().fp += 1;
            score.false_events.push((*p).clone());
        }
    }
    for (g, used) in golds.iter().zip(&g_used) {
        if !used && g.counted() {
            score.per_type.entry(g.kind).or_default().fn_ += 1;
            score.misses.push((*g).clone());
        }
    }
    score
}

fn same_countries(pred: &BTreeSet<String>, gold: &[String]) -> bool {
    let gold: BTreeSet<&str> = gold.iter().map(String::as_str).collect();
    pred.iter().map(String::as_str).eq(gold.iter().copied())
}

/// Scores summed over files.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    /// Files scored.
    pub files: usize,
    /// Counts per type.
    pub per_type: BTreeMap<EventType, Counts>,
    /// Person agreement over matched counted main-type pairs.
    pub persons: Accuracy,
    /// Date agreement over those pairs whose gold has a date.
    pub dates: Accuracy,
    /// Status agreement over matched counted main-type pairs.
    pub status: Accuracy,
    /// Dispatch date agreement over files.
    pub dispatch_dates: Accuracy,
    /// Predictions of types their file does not annotate.
    pub ignored: usize,
}

impl Totals {
    /// Adds one file's score.
    pub fn add(&mut self, f: &FileScore) {
        self.files += 1;
        for (t, c) in &f.per_type {
            self.per_type.entry(*t).or_default().add(c);
        }
        self.persons.add(&f.persons);
        self.dates.add(&f.dates);
        self.status.add(&f.status);
        self.dispatch_dates.add(&f.dispatch_date);
        self.ignored += f.ignored;
    }

    /// Counts summed over the main types (VISIT, MEETING, AGREEMENT, AWARD, INVITATION).
    pub fn main(&self) -> Counts {
        let mut c = Counts::default();
        for t in EventType::MAIN {
            if let Some(x) = self.per_type.get(&t) {
                c.add(x);
            }
        }
        c
    }

    /// ACTIVITY counts.
    pub fn activity(&self) -> Counts {
        self.per_type
            .get(&EventType::Activity)
            .copied()
            .unwrap_or_default()
    }
}

#[cfg(test)]
#[path = "score_tests.rs"]
mod tests;
