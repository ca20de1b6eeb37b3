//! Agency signatures: a line of their own (`VNA/CVN`, `APS.`, `-VNA`,
//! `(AIP)`, `Par Chanseng`) or glued to the last sentence (`… pays. -AVI`).

use super::agency::agencies;
use crate::text::{is_blank, is_closer, is_dash, is_terminal};

/// A signature inside a unit: where it starts and its text, as byte ranges
/// relative to the unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Signature {
    pub(crate) start: usize,
    pub(crate) text: (usize, usize),
}

/// `VNA/CVN`, `ODL/Sf/ac/APA`, `AMI`: codes separated by slashes, one of
/// them a known agency, or a single capitalized code of 2–8 letters.
fn agency_codes(s: &str) -> bool {
    let codes: Vec<&str> = s.split('/').collect();
    let well_formed = codes.iter().all(|c| {
        let n = c.chars().count();
        (1..=12).contains(&n)
            && c.chars().next().is_some_and(char::is_alphabetic)
            && c.chars().all(char::is_alphanumeric)
    });
    if !well_formed {
        return false;
    }
    let known = codes.iter().any(|c| agencies().contains(c));
    let single_caps = codes.len() == 1
        && s.chars().count() >= 2
        && s.chars().count() <= 8
        && s.chars().all(|c| c.is_uppercase());
    known || single_caps
}

/// A unit that is only a signature.
pub(crate) fn signature_line(unit: &str) -> Option<Signature> {
    if unit.len() > 60 {
        return None;
    }
    let whole = |a: usize, b: usize| {
        Some(Signature {
            start: 0,
            text: (a, b),
        })
    };
    // `Par Chanseng`, `Par C. Nika`: a byline of one to three name words.
    if let Some(name) = unit.strip_prefix("Par ") {
        let name = name.trim_start_matches(is_blank);
        let words: Vec<&str> = name.split(is_blank).filter(|w| !w.is_empty()).collect();
        let names = words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if (1..=3).contains(&words.len()) && names && !name.ends_with(['.', ',', ':']) {
            return whole(unit.len() - name.len(), unit.len());
        }
        return None;
    }
    if unit == "Fin" {
        return whole(0, unit.len());
    }
    let mut a = 0usize;
    let mut b = unit.len();
    if let Some(c) = unit.chars().next().filter(|&c| is_dash(c)) {
        a = c.len_utf8();
        a += unit
            .get(a..)
            .map_or(0, |r| r.len() - r.trim_start_matches(is_blank).len());
    } else if unit.starts_with('(') && unit.trim_end_matches('.').ends_with(')') {
        a = 1;
        b = unit.trim_end_matches('.').len() - 1;
    }
    if b == unit.len() && unit.ends_with('.') {
        b -= 1;
    }
    let code = unit.get(a..b)?;
    agency_codes(code).then_some(Signature {
        start: 0,
        text: (a, b),
    })
}

/// A signature glued to the last sentence of a unit: ` -AVI`, ` - VNA`,
/// `. Fin`. The text before it must end a sentence.
pub(crate) fn signature_tail(unit: &str) -> Option<Signature> {
    let body = unit.trim_end_matches(is_blank);
    // A signature is short: look at the end of the unit only.
    let mut from = body.len().saturating_sub(40);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let (p, blank) = body
        .get(from..)?
        .char_indices()
        .rev()
        .find(|&(_, c)| is_blank(c))?;
    let last_start = from + p + blank.len_utf8();
    let last = body.get(last_start..)?;
    let (start, text) = if last == "Fin" {
        (last_start, (last_start, body.len()))
    } else if let Some(c) = last.chars().next().filter(|&c| is_dash(c)) {
        // ` -AVI`
        let code_start = last_start + c.len_utf8();
        let code_end = if body.ends_with('.') {
            body.len() - 1
        } else {
            body.len()
        };
        (last_start, (code_start, code_end))
    } else {
        // ` - VNA`
        let before = body.get(..last_start)?.trim_end_matches(is_blank);
        let dash = before.chars().next_back().filter(|&c| is_dash(c))?;
        let dash_start = before.len() - dash.len_utf8();
        let before_dash = before.get(..dash_start)?;
        if !before_dash.ends_with(is_blank) {
            return None;
        }
        let code_end = if body.ends_with('.') {
            body.len() - 1
        } else {
            body.len()
        };
        (dash_start, (last_start, code_end))
    };
    let code = unit.get(text.0..text.1)?;
    if code != "Fin" && !agency_codes(code) {
        return None;
    }
    let prose = unit.get(..start)?.trim_end_matches(is_blank);
    let end_char = prose.chars().next_back()?;
    if start == 0 || !(is_terminal(end_char) || is_closer(end_char)) {
        return None;
    }
    Some(Signature { start, text })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(u: &str) -> Option<&str> {
        signature_line(u).map(|s| &u[s.text.0..s.text.1])
    }

    fn tail(u: &str) -> Option<(&str, &str)> {
        signature_tail(u).map(|s| (&u[s.start..], &u[s.text.0..s.text.1]))
    }

    #[test]
    fn signature_lines() {
        assert_eq!(line("VNA/CVN"), Some("VNA/CVN"));
        assert_eq!(line("APS."), Some("APS"));
        assert_eq!(line("-VNA"), Some("VNA"));
        assert_eq!(line("(AIP)"), Some("AIP"));
        assert_eq!(line("AMI"), Some("AMI"));
        assert_eq!(line("ODL/Sf/ac/APA"), Some("ODL/Sf/ac/APA"));
        assert_eq!(line("Par Chanseng"), Some("Chanseng"));
        assert_eq!(line("Par C. Nika"), Some("C. Nika"));
        assert_eq!(line("agences"), Some("agences"));
        assert_eq!(line("ACTUALITES OFFICIELLES"), None);
        assert_eq!(line("Commentaires"), None);
        assert_eq!(line("Par ailleurs, le secrétaire général a salué."), None);
        assert_eq!(line("Xinhua News Agency"), None);
    }

    #[test]
    fn glued_signatures() {
        assert_eq!(tail("entre les deux pays. -AVI"), Some(("-AVI", "AVI")));
        assert_eq!(
            tail("au service des deux peuples. -VNA"),
            Some(("-VNA", "VNA"))
        );
        assert_eq!(tail("à l'aéroport. Fin"), Some(("Fin", "Fin")));
        assert_eq!(tail("la paix. - VNA"), Some(("- VNA", "VNA")));
        assert_eq!(tail("la coopération Vietnam -Kazakhstan"), None);
        assert_eq!(tail("-AVI"), None);
        assert_eq!(tail("il a dit. -Merci"), None);
    }
}
