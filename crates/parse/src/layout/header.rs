//! The ` date 2025-05 Title…` header line.

use crate::date::grammar::{blank0, blank1, blank_or_end, iso_date, word, Res};
use crate::date::PartialDate;
use crate::text::prefix;
use nom::Parser;

/// A header at the start of a line: the byte range of `date 2025-05`
/// within the line, and the date.
pub(crate) fn header(line: &str) -> Option<(usize, usize, PartialDate)> {
    let line = prefix(line, 64);
    let (rest, lead) = blank0(line).ok()?;
    let (rest, date) = header_body(rest).ok()?;
    let start = lead.len();
    Some((start, line.len() - rest.len(), date))
}

/// `date` then an ISO date with reduced precision.
fn header_body(i: &str) -> Res<'_, PartialDate> {
    let (rest, (_, _, date, _)) = (word("date"), blank1, iso_date, blank_or_end).parse(i)?;
    Ok((rest, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_forms() {
        let (s, e, d) = header(" date 2025-05 Le chef du Parti").unwrap();
        assert_eq!((s, e, d.to_string()), (1, 13, "2025-05".to_string()));
        let (_, _, d) = header(" date 2025-08-28 Vietnam - Allemagne").unwrap();
        assert_eq!(d.to_string(), "2025-08-28");
        assert!(header("date 2025-05").is_some());
        assert!(header(" date de la visite").is_none());
        assert!(header(" dates 2025-05").is_none());
        assert!(header(" date 2025-05x").is_none());
    }
}
