//! From units to segments: each unit becomes a header, dateline, title,
//! paragraph, photo credit, related link or signature of the current
//! segment, and a signature (or a new ` date` header) closes the segment.

mod agency;
mod credit;
mod dateline;
mod header;
mod printed;
mod signature;
mod title;
mod units;

use crate::date::{DateValue, PartialDate};
use crate::model::{Dateline, Dispatch, Piece};
use crate::repair::{self, Vocab};
use crate::span::Span;
use crate::text::{slice, starts_uppercase, trim, word_count};
use title::{is_prose, is_title_like};
use units::Unit;

/// Builds the agencies' list now (see [`crate::prepare`]).
pub(crate) fn prepare() {
    agency::agencies();
}

/// Datelines are looked for only among the first units of a segment.
const DATELINE_WINDOW: usize = 8;

/// The segments of `input` (at least one when the input has any non-blank
/// character).
pub(crate) fn segments(input: &str) -> Vec<Dispatch> {
    let units = units::units(input);
    let mut vocab = Vocab::new(input);
    let mut b = Builder {
        input,
        out: Vec::new(),
        draft: Draft::default(),
        prev_label: false,
    };
    for (i, unit) in units.iter().enumerate() {
        b.unit(*unit, units.get(i + 1).copied());
    }
    b.close();
    // Repairs need the whole input's vocabulary, so they come last.
    let mut out = b.out;
    for seg in &mut out {
        let spans: Vec<Span> = seg
            .title
            .iter()
            .chain(seg.paragraphs.iter())
            .map(|p| p.span)
            .collect();
        seg.repairs = repair::repairs(input, &spans, &mut vocab);
    }
    out
}

/// Where the dispatch date may come from.
#[derive(Debug, Default)]
struct DateSources {
    header: Option<PartialDate>,
    wire: Option<PartialDate>,
    printed: Vec<PartialDate>,
    /// A full date on its own line after the lead, next to prose: a
    /// ministry page that prints the date under its first paragraph. Used
    /// only when nothing else dates the dispatch.
    late: Option<PartialDate>,
}

#[derive(Debug, Default)]
struct Draft {
    d: Dispatch,
    dates: DateSources,
    /// A prose paragraph has been seen: no more title or dateline.
    body_started: bool,
    /// A wire dateline (not a printed date) has been found.
    wire: bool,
    /// The title came from the ` date` header line.
    title_from_header: bool,
    units: usize,
}

struct Builder<'a> {
    input: &'a str,
    out: Vec<Dispatch>,
    draft: Draft,
    /// The previous unit was a publication-date label (`Mise en ligne`).
    prev_label: bool,
}

impl<'a> Builder<'a> {
    fn text(&self, span: Span) -> &'a str {
        slice(self.input, span)
    }

    fn piece(&self, span: Span) -> Piece {
        Piece {
            text: self.text(span).to_string(),
            span,
        }
    }

    fn has_content(&self) -> bool {
        let d = &self.draft.d;
        d.header.is_some()
            || d.dateline.is_some()
            || !d.extra_datelines.is_empty()
            || d.title.is_some()
            || !d.paragraphs.is_empty()
            || !d.photo_credits.is_empty()
            || !d.related.is_empty()
            || d.signature.is_some()
    }

    fn unit(&mut self, unit: Unit, next: Option<Unit>) {
        let span = unit.span;
        let text = self.text(span);
        self.draft.units += 1;
        let label = printed::is_publication_label(text);
        self.classify(span, text, next);
        self.prev_label = label;
    }

    fn classify(&mut self, span: Span, text: &'a str, next: Option<Unit>) {
        if let Some((hs, he, date)) = header::header(text) {
            if self.has_content() {
                self.close();
            }
            self.draft.d.header = Some(self.piece(Span::new(span.start + hs, span.start + he)));
            self.draft.dates.header = Some(date);
            let rest = trim(self.input, Span::new(span.start + he, span.end));
            if !rest.is_empty() {
                self.header_rest(rest);
            }
            return;
        }
        if let Some(link) = text.strip_prefix(">>") {
            let headline = link.trim_start_matches(|c: char| c == '>' || crate::text::is_blank(c));
            self.draft.d.related.push(Piece {
                text: headline.to_string(),
                span,
            });
            return;
        }
        if let Some(c) = credit::credit_line(text) {
            self.credit(span, c);
            return;
        }
        if self.draft.body_started {
            if let Some(sig) = signature::signature_line(text) {
                self.signature(span, sig);
                self.close();
                return;
            }
        }
        if let Some(date) = printed::printed_date(text) {
            self.printed(span, date, next);
            return;
        }
        if self.dateline(span) {
            return;
        }
        let title_like = || {
            is_title_like(text)
                && credit::credit_tail(text).is_none()
                && signature::signature_tail(text).is_none()
        };
        if !self.draft.body_started && !self.draft.wire && title_like() {
            self.title(span);
            return;
        }
        self.paragraph(span);
    }

    /// A title-like unit before the body. Of several (page chrome, a kicker,
    /// the title repeated with the site's name), the last one is the title;
    /// the earlier ones become paragraphs. A title given on the ` date`
    /// header line is kept.
    fn title(&mut self, span: Span) {
        // A date closing the title dates the dispatch.
        if let Some(date) = printed::title_date(self.text(span)) {
            self.draft.dates.printed.push(date);
        }
        if self.draft.title_from_header {
            self.draft.d.paragraphs.push(self.piece(span));
            return;
        }
        if let Some(old) = self.draft.d.title.replace(self.piece(span)) {
            let d = &mut self.draft.d;
            let at = d
                .paragraphs
                .partition_point(|p| p.span.start < old.span.start);
            d.paragraphs.insert(at, old);
        }
    }

    /// The rest of a ` date 2025-05 …` line: usually the title, sometimes a
    /// dateline, a photo credit, a caption or the lead paragraph.
    fn header_rest(&mut self, rest: Span) {
        let text = self.text(rest);
        if self.dateline(rest) {
            return;
        }
        if let Some(c) = credit::credit_line(text) {
            self.credit(rest, c);
            return;
        }
        let lead = is_prose(text) && word_count(text) >= 15;
        if lead || credit::credit_tail(text).is_some() {
            self.paragraph(rest);
        } else {
            self.draft.d.title = Some(self.piece(rest));
            self.draft.title_from_header = true;
        }
    }

    fn credit(&mut self, span: Span, c: credit::Credit) {
        let text = Span::new(span.start + c.text.0, span.start + c.text.1);
        self.draft.d.photo_credits.push(Piece {
            text: self.text(text).to_string(),
            span: Span::new(span.start + c.start, span.end),
        });
    }

    fn signature(&mut self, span: Span, s: signature::Signature) {
        let text = Span::new(span.start + s.text.0, span.start + s.text.1);
        self.draft.d.signature = Some(Piece {
            text: self.text(text).to_string(),
            span: Span::new(span.start + s.start, span.end),
        });
    }

    /// A printed date line dates the dispatch when it sits with the title,
    /// header or first paragraph, not in page chrome.
    fn printed(&mut self, span: Span, date: PartialDate, next: Option<Unit>) {
        let d = &self.draft;
        let next_text = next.map_or("", |n| slice(self.input, n.span));
        let beside_story = d.d.title.is_some()
            || d.d.header.is_some()
            || is_title_like(next_text)
            || is_prose(next_text)
            || dateline::dateline(next_text).is_some();
        // `Mise en ligne` / `Publié le` on the line before labels the date.
        let labelled = self.prev_label;
        let counts = (!d.body_started && beside_story) || labelled;
        let line = Dateline {
            place: None,
            date: Some(DateValue::Single(date)),
            agency: None,
            span,
        };
        if counts {
            self.draft.dates.printed.push(date);
        }
        let full = date.day.is_some() && date.month.is_some() && date.year.is_some();
        if !counts && beside_story && full && self.draft.dates.late.is_none() {
            self.draft.dates.late = Some(date);
        }
        if counts && self.draft.d.dateline.is_none() {
            self.draft.d.dateline = Some(line);
        } else {
            self.draft.d.extra_datelines.push(line);
        }
    }

    /// A wire dateline at the start of the unit, with the rest as the lead
    /// paragraph. Returns whether one was taken.
    fn dateline(&mut self, span: Span) -> bool {
        let d = &self.draft;
        if d.wire || d.units > DATELINE_WINDOW {
            return false;
        }
        let text = self.text(span);
        let Some(f) = dateline::dateline(text) else {
            return false;
        };
        let rest = trim(self.input, Span::new(span.start + f.len, span.end));
        let rest_text = self.text(rest);
        // A dateline with an agency or a date may follow a standfirst; a
        // bare `Place -` only counts before the body.
        if f.dash_only && self.draft.body_started {
            return false;
        }
        if f.dash_only {
            let short_place = f.place.is_some_and(|p| word_count(p) <= 3);
            if !(short_place && starts_uppercase(rest_text) && is_prose(rest_text)) {
                return false;
            }
        }
        let line = Dateline {
            place: f.place.map(str::to_string),
            date: f.date.map(DateValue::Single),
            agency: f.agency.map(str::to_string),
            span: Span::new(span.start, span.start + f.len),
        };
        if let Some(printed) = self.draft.d.dateline.take() {
            self.draft.d.extra_datelines.push(printed);
        }
        self.draft.d.dateline = Some(line);
        self.draft.dates.wire = f.date;
        self.draft.wire = true;
        if !rest.is_empty() {
            self.paragraph(rest);
            self.draft.body_started = true;
        }
        true
    }

    /// A paragraph, with a caption's photo credit or a glued signature split
    /// off its end.
    fn paragraph(&mut self, span: Span) {
        let text = self.text(span);
        if let Some(sig) = signature::signature_tail(text) {
            let body = trim(self.input, Span::new(span.start, span.start + sig.start));
            self.draft.d.paragraphs.push(self.piece(body));
            self.signature(span, sig);
            self.close();
            return;
        }
        if let Some(c) = credit::credit_tail(text) {
            let caption = trim(self.input, Span::new(span.start, span.start + c.start));
            self.draft.d.paragraphs.push(self.piece(caption));
            self.credit(span, c);
            return;
        }
        if is_prose(text) {
            self.draft.body_started = true;
        }
        self.draft.d.paragraphs.push(self.piece(span));
    }

    /// Ends the current segment and starts a new one.
    fn close(&mut self) {
        let draft = std::mem::take(&mut self.draft);
        if let Some(d) = finish(draft) {
            self.out.push(d);
        }
    }
}

/// Completes a draft: its span and date. `None` for an empty draft.
fn finish(draft: Draft) -> Option<Dispatch> {
    let mut d = draft.d;
    let spans = element_spans(&d);
    let start = spans.iter().map(|s| s.start).min()?;
    let end = spans.iter().map(|s| s.end).max()?;
    d.span = Span::new(start, end);
    d.date = dispatch_date(&draft.dates);
    Some(d)
}

fn element_spans(d: &Dispatch) -> Vec<Span> {
    let mut v: Vec<Span> = Vec::new();
    v.extend(d.header.iter().map(|p| p.span));
    v.extend(d.dateline.iter().map(|p| p.span));
    v.extend(d.extra_datelines.iter().map(|p| p.span));
    v.extend(d.title.iter().map(|p| p.span));
    v.extend(d.paragraphs.iter().map(|p| p.span));
    v.extend(d.photo_credits.iter().map(|p| p.span));
    v.extend(d.related.iter().map(|p| p.span));
    v.extend(d.signature.iter().map(|p| p.span));
    v
}

/// The most precise of the dispatch's own dates, with a missing year taken
/// from another source.
fn dispatch_date(s: &DateSources) -> Option<DateValue> {
    let candidates: Vec<PartialDate> = s
        .wire
        .iter()
        .chain(s.printed.iter())
        .chain(s.header.iter())
        .copied()
        .collect();
    let precision = |p: &PartialDate| (p.day.is_some(), p.month.is_some(), p.year.is_some());
    let Some(mut best) = candidates
        .iter()
        .rev()
        .max_by_key(|p| precision(p))
        .copied()
    else {
        return s.late.map(DateValue::Single);
    };
    if best.year.is_none() {
        best.year = candidates.iter().find_map(|p| year_from(&best, p));
    }
    Some(DateValue::Single(best))
}

/// The year of `date`, which has none, taken from `source`: the year
/// that puts the two months closest, so that a dateline of 31 December
/// under a header of January 2026 is of 2025.
fn year_from(date: &PartialDate, source: &PartialDate) -> Option<i32> {
    let year = source.year?;
    let (Some(month), Some(source_month)) = (date.month, source.month) else {
        return Some(year);
    };
    let gap = i32::from(month) - i32::from(source_month);
    Some(match gap {
        7.. => year - 1,
        ..=-7 => year + 1,
        _ => year,
    })
}
