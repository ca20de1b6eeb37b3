//! CAMEO actor and agent dictionaries in the TABARI/PETRARCH format.
//!
//! An actors file lists entries in upper case with underscores for spaces,
//! each followed by its variants (`+` lines) and its dated CAMEO codes:
//!
//! ```text
//! ABDELAZIZ_BOUTEFLIKA_  # CountryInfo.txt
//! +BOUTEFLIKA_
//!     [DZAELI 550101-000101]
//!     [DZAGOV >990427]
//! ```
//!
//! Every form of the format is read or skipped on purpose:
//!
//! - `#` starts a comment, to the end of the line; blank lines are ignored.
//! - A line starting with a letter, digit or punctuation other than `+`,
//!   `!`, `[`, `{`, `<` and `#` starts an entry; codes may follow it on the
//!   same line.
//! - `+NAME` is a variant of the current entry.
//! - A line starting with whitespace continues the current entry with
//!   codes; a name there (`\tJOHN_MCCLOY_ [IGOUNODEVWBK …]`) is one more
//!   variant.
//! - `[CODE]`, `[CODE YYMMDD-YYMMDD]`, `[CODE >YYMMDD]` (from),
//!   `[CODE <YYMMDD]` (until); dates have 6 (two-digit years: 30–99 are
//!   19xx, 00–29 are 20xx) or 8 digits. A date that is neither is kept as
//!   an undated code. `[---]` is CAMEO's "no code" and is skipped. A code
//!   closed by the wrong brace (`[~ENV}`) is read as closed.
//! - `{PLURAL}` after an agent gives its irregular plural (`{}`: none);
//!   `<…>` constructs (TABARI's composite-actor syntax) are skipped.
//! - `!NAME! = A, B, C` defines a substitution set (agents files):
//!   `CATTLE!PERSON!` stands for `CATTLEMAN`, `CATTLEMEN`, …; a line that
//!   starts with `!NAME!` without `=` is an entry using the set.
//! - Codes with a `~` (`[~AGR]`, `[IGO~]`) are agent codes: the entry is a
//!   role noun (an agent), not an actor.
//!
//! [`parse_actors`] reads a file; [`Registry::load_actors_str`](crate::Registry::load_actors_str)
//! adds one to a registry.

mod load;

pub use load::ActorsSummary;

use nom::branch::alt;
use nom::bytes::complete::{take_while, take_while1};
use nom::character::complete::{char as ch, space0};
use nom::combinator::{opt, value};
use nom::sequence::{delimited, preceded, separated_pair};
use nom::{IResult, Parser};

/// An error reading a CAMEO dictionary.
#[derive(Debug, thiserror::Error)]
pub enum CameoError {
    /// A line that is not in the format.
    #[error("{origin}:{line}:{column}: {message}")]
    Malformed {
        /// File name or other origin.
        origin: String,
        /// 1-based line number.
        line: usize,
        /// 1-based column (in characters) where the problem is.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The file could not be read.
    #[error("{origin}: {source}")]
    Io {
        /// File name.
        origin: String,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// A year range of a code: `>990427` is `(Some(1999), None)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Years {
    /// First year, if bounded.
    pub from: Option<i32>,
    /// Last year, if bounded.
    pub until: Option<i32>,
}

/// One CAMEO code with its dates: `[DZAGOV >990427]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The code as written (`DZAGOV`, `IGOUNO`, `~AGR`).
    pub code: String,
    /// Its dates, when it has readable ones.
    pub years: Option<Years>,
}

impl Code {
    /// Whether this is an agent code (`~AGR`, `IGO~`).
    pub fn is_agent(&self) -> bool {
        self.code.contains('~')
    }
}

/// One entry of a dictionary: its name, variants and codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// 1-based line of the entry's name.
    pub line: usize,
    /// The name with underscores made spaces (`ABDELAZIZ BOUTEFLIKA`).
    pub name: String,
    /// The `+` variants and `{…}` plurals, underscores made spaces.
    pub variants: Vec<String>,
    /// Its codes, in order.
    pub codes: Vec<Code>,
}

impl ActorEntry {
    /// Whether the entry is an agent (a role noun such as `FARMER [~AGR]`).
    pub fn is_agent(&self) -> bool {
        self.codes.iter().any(Code::is_agent)
    }
}

/// Read a dictionary: every entry, in order, with substitution sets
/// (`!PERSON! = MAN, WOMAN`) expanded in names.
///
/// ```
/// use depeche_names::cameo::parse_actors;
/// let text = "# leaders\nABDELAZIZ_BOUTEFLIKA_  # CountryInfo.txt\n+BOUTEFLIKA_\n\t[DZAELI 550101-000101]\n\t[DZAGOV >990427]\n";
/// let entries = parse_actors(text, "dz.actors")?;
/// assert_eq!(entries[0].name, "ABDELAZIZ BOUTEFLIKA");
/// assert_eq!(entries[0].variants, ["BOUTEFLIKA"]);
/// assert_eq!(entries[0].codes[1].code, "DZAGOV");
/// assert_eq!(entries[0].codes[1].years.unwrap().from, Some(1999));
/// # Ok::<(), depeche_names::cameo::CameoError>(())
/// ```
pub fn parse_actors(text: &str, origin: &str) -> Result<Vec<ActorEntry>, CameoError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut entries: Vec<ActorEntry> = Vec::new();
    let mut sets: Vec<(String, Vec<String>)> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let bad = |at: &str, message: String| CameoError::Malformed {
            origin: origin.to_string(),
            line,
            // `at` is a slice of `raw`: its offset is the column.
            column: (at.as_ptr() as usize)
                .checked_sub(raw.as_ptr() as usize)
                .and_then(|o| raw.get(..o))
                .map_or(1, |s| s.chars().count() + 1),
            message,
        };
        let body = raw.split('#').next().unwrap_or("").trim_end();
        if body.trim().is_empty() {
            continue;
        }
        let first = body.chars().next().unwrap_or(' ');
        if first == '!' && body.contains('=') {
            let (_, (name, words)) = substitution(body)
                .map_err(|_| bad(body, "a substitution set is !NAME! = WORD, WORD".into()))?;
            sets.push((name, words));
            continue;
        }
        if first.is_whitespace() || first == '[' {
            let Some(current) = entries.last_mut() else {
                return Err(bad(body.trim_start(), "codes before any entry".into()));
            };
            // An indented name (`\tJOHN_MCCLOY_ [IGO…]`) is a variant.
            let (name, after) = split_name(body.trim_start());
            let name = spaced(name);
            if !name.is_empty() {
                current.variants.push(name);
            }
            let (rest, _) = tail(after, current).map_err(|e| bad(e.0, e.1))?;
            if !rest.trim().is_empty() {
                return Err(bad(
                    rest,
                    format!("unexpected {:?} after the codes", rest.trim()),
                ));
            }
            continue;
        }
        if let Some(variant) = body.strip_prefix('+') {
            let Some(current) = entries.last_mut() else {
                return Err(bad(body, "a + variant before any entry".into()));
            };
            let (name, after) = split_name(variant);
            let name = spaced(name);
            if !name.is_empty() {
                current.variants.push(name);
            }
            tail(after, current).map_err(|e| bad(e.0, e.1))?;
            continue;
        }
        if matches!(first, '{' | '<' | ']' | '}' | '>') {
            return Err(bad(body, format!("an entry cannot start with {first:?}")));
        }
        let (name, after) = split_name(body);
        let mut entry = ActorEntry {
            line,
            name: spaced(name),
            variants: Vec::new(),
            codes: Vec::new(),
        };
        tail(after, &mut entry).map_err(|e| bad(e.0, e.1))?;
        if entry.name.is_empty() {
            return Err(bad(body, "an entry without a name".into()));
        }
        if name.contains('!') {
            expand(&mut entry, &sets);
        }
        entries.push(entry);
    }
    Ok(entries)
}

/// The name part of a line (up to the first `[`, `{` or `<`) and the rest.
fn split_name(body: &str) -> (&str, &str) {
    let cut = body.find(['[', '{', '<']).unwrap_or(body.len());
    (body.get(..cut).unwrap_or(""), body.get(cut..).unwrap_or(""))
}

/// `ABDELAZIZ_BOUTEFLIKA_` → `ABDELAZIZ BOUTEFLIKA`.
fn spaced(name: &str) -> String {
    name.split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `CATTLE!PERSON!` with `!PERSON! = MAN, MEN` → `CATTLE MAN` and its
/// other forms as variants.
fn expand(entry: &mut ActorEntry, sets: &[(String, Vec<String>)]) {
    for (set, words) in sets {
        let marker = format!("!{set}!");
        if !entry.name.contains(&marker) {
            continue;
        }
        let forms: Vec<String> = words
            .iter()
            .map(|w| entry.name.replace(&marker, w))
            .collect();
        if let Some((first, rest)) = forms.split_first() {
            entry.name.clone_from(first);
            entry.variants.extend(rest.iter().cloned());
        }
    }
    entry.name = entry
        .name
        .replace('!', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
}

/// `!PERSON! = MAN, MEN, WOMAN`.
fn substitution(body: &str) -> IResult<&str, (String, Vec<String>)> {
    let (rest, (name, words)) = separated_pair(
        delimited(ch('!'), take_while1(|c: char| c != '!'), ch('!')),
        (space0, ch('='), space0),
        take_while(|_| true),
    )
    .parse(body)?;
    let words = words
        .split(',')
        .map(|w| spaced(w.trim()))
        .filter(|w| !w.is_empty())
        .collect();
    Ok((rest, (name.trim().to_string(), words)))
}

/// What follows a name: `{PLURAL}`, `<…>` and `[CODE dates]` groups, in any
/// order, separated by spaces. Adds them to `entry`; returns the unread
/// rest, or the place and message of an error.
fn tail<'a>(mut rest: &'a str, entry: &mut ActorEntry) -> Result<(&'a str, ()), (&'a str, String)> {
    loop {
        rest = rest.trim_start();
        let Some(first) = rest.chars().next() else {
            return Ok((rest, ()));
        };
        let close = match first {
            '[' => ']',
            '{' => '}',
            '<' => '>',
            _ => return Ok((rest, ())),
        };
        // `[~ENV}`: a code closed by the wrong brace is read as closed.
        let end = rest
            .find(close)
            .or_else(|| (first == '[').then(|| rest.find(['}', '>'])).flatten())
            .ok_or_else(|| (rest, format!("{first:?} is not closed by {close:?}")))?;
        let inner = rest.get(1..end).unwrap_or("");
        match first {
            '[' => {
                if let Some(code) = code(inner).map_err(|m| (rest, m))? {
                    entry.codes.push(code);
                }
            }
            '{' => entry
                .variants
                .extend(inner.split(',').map(spaced).filter(|v| !v.is_empty())),
            _ => {} // `<…>`: composite actors, not used here.
        }
        rest = rest.get(end + 1..).unwrap_or("");
    }
}

/// The inside of `[…]`: a code and optional dates. `None` for `[---]`.
fn code(inner: &str) -> Result<Option<Code>, String> {
    let parsed: IResult<&str, (&str, Option<Dates>)> = (
        take_while1(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '~' || c == '-'),
        opt(preceded(space0, dates)),
    )
        .parse(inner.trim());
    let (rest, (code, dates)) = parsed.map_err(|_| format!("[{inner}] is not a CAMEO code"))?;
    if !rest.trim().is_empty() {
        return Err(format!("[{inner}]: unexpected {:?}", rest.trim()));
    }
    if code.chars().all(|c| c == '-') {
        return Ok(None);
    }
    Ok(Some(Code {
        code: code.to_string(),
        years: dates.and_then(Dates::years),
    }))
}

/// Dates as written: either bound may be unreadable (`2004017`).
#[derive(Debug, Clone, Copy)]
enum Dates {
    From(Option<i32>),
    Until(Option<i32>),
    Range(Option<i32>, Option<i32>),
}

impl Dates {
    fn years(self) -> Option<Years> {
        let (from, until) = match self {
            Dates::From(a) => (Some(a?), None),
            Dates::Until(b) => (None, Some(b?)),
            Dates::Range(a, b) => (Some(a?), Some(b?)),
        };
        Some(Years { from, until })
    }
}

fn dates(input: &str) -> IResult<&str, Dates> {
    alt((
        preceded((ch('>'), space0), digits).map(Dates::From),
        preceded((ch('<'), space0), digits).map(Dates::Until),
        separated_pair(digits, ch('-'), digits).map(|(a, b)| Dates::Range(a, b)),
        value(Dates::Range(None, None), digits),
    ))
    .parse(input)
}

/// A CAMEO date's year: `990427` → 1999, `19270101` → 1927; other lengths
/// are unreadable (`None`).
fn digits(input: &str) -> IResult<&str, Option<i32>> {
    take_while1(|c: char| c.is_ascii_digit())
        .map(|d: &str| {
            let n = |s: &str| s.parse::<i32>().ok();
            match d.len() {
                6 => d
                    .get(..2)
                    .and_then(n)
                    .map(|y| if y < 30 { 2000 + y } else { 1900 + y }),
                8 => d.get(..4).and_then(n),
                _ => None,
            }
        })
        .parse(input)
}

#[cfg(test)]
mod tests;
