//! A weekday the text dates elsewhere.
//!
//! "Han Zheng s'est rendu au palais samedi soir … a déclaré Han Zheng, cité
//! samedi 19 octobre": with no dispatch day to count back from, a bare
//! weekday cannot be resolved — unless the text itself writes that weekday
//! with its date. An event dated by the bare weekday then takes that date,
//! when the text gives the weekday one date only.

use crate::analysis::Sentence;
use crate::model::Event;
use depeche_parse::date::{find_dates, resolve, DateExpr, Relative};
use depeche_parse::DateValue;
use rustc_hash::FxHashMap;

/// The weekday a date expression's text opens with ("samedi soir",
/// "samedi 19 octobre"), read by the parse crate's date lexicon.
fn weekday_of(text: &str) -> Option<time::Weekday> {
    let first = text.split_whitespace().next()?;
    match find_dates(first).first()?.expr {
        DateExpr::Relative(Relative::Weekday(w)) => Some(w),
        _ => None,
    }
}

/// Give events dated by a bare weekday the date the text writes with it.
pub(crate) fn date_weekdays_from_text(
    events: &mut [Event],
    sentences: &[Sentence],
    dispatch: Option<&DateValue>,
) {
    if !events
        .iter()
        .any(|e| e.date.value.is_none() && e.date.text.is_some())
    {
        return;
    }
    // Each weekday with the dates the text writes it with; `None` once two
    // differ.
    let mut written: FxHashMap<time::Weekday, Option<String>> = FxHashMap::default();
    for d in sentences.iter().flat_map(|s| s.dates()) {
        let DateExpr::Absolute(DateValue::Single(p)) = &d.expr else {
            continue;
        };
        if p.day.is_none() {
            continue;
        }
        let Some(day) = weekday_of(&d.text) else {
            continue;
        };
        let value = resolve(&d.expr, dispatch, false).map(|v| v.to_string());
        written
            .entry(day)
            .and_modify(|known| {
                if *known != value {
                    *known = None;
                }
            })
            .or_insert(value);
    }
    for e in events.iter_mut().filter(|e| e.date.value.is_none()) {
        let Some(day) = e.date.text.as_deref().and_then(weekday_of) else {
            continue;
        };
        if let Some(Some(value)) = written.get(&day) {
            e.date.value = Some(value.clone());
        }
    }
}
