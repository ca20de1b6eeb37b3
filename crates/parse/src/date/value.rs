//! Partial dates and date ranges, serialized as reduced-precision ISO 8601.

use std::fmt;

/// A date with optional year, month and day: `2025`, `2025-05`, `2025-05-11`,
/// or yearless `--05-11`.
///
/// ```
/// use depeche_parse::PartialDate;
/// let d = PartialDate { year: Some(2025), month: Some(5), day: None };
/// assert_eq!(d.to_string(), "2025-05");
/// assert_eq!("--05-11".parse::<PartialDate>().unwrap(),
///            PartialDate { year: None, month: Some(5), day: Some(11) });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct PartialDate {
    /// Year, if known.
    pub year: Option<i32>,
    /// Month 1–12, if known.
    pub month: Option<u8>,
    /// Day 1–31, if known.
    pub day: Option<u8>,
}

/// A single date or an interval, serialized as `2025-05-11` or
/// `2025-05-11/2025-05-12`.
///
/// ```
/// use depeche_parse::DateValue;
/// let v: DateValue = "--05-11/--05-12".parse().unwrap();
/// assert_eq!(v.to_string(), "--05-11/--05-12");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// One date.
    Single(PartialDate),
    /// An interval from the first to the second date, inclusive.
    Range(PartialDate, PartialDate),
}

/// A string that is not a reduced-precision ISO 8601 date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[error("not an ISO 8601 partial date: {0:?}")]
pub struct DateSyntaxError(pub String);

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, Some(d)) => write!(f, "---{d:02}"),
            (None, None, None) => Ok(()),
        }
    }
}

impl std::str::FromStr for PartialDate {
    type Err = DateSyntaxError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateSyntaxError(s.to_string());
        let num = |t: &str| -> Result<u32, DateSyntaxError> {
            if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err());
            }
            t.parse::<u32>().map_err(|_| err())
        };
        let month = |t: &str| -> Result<u8, DateSyntaxError> {
            let m = num(t)?;
            if (1..=12).contains(&m) && t.len() == 2 {
                Ok(m as u8)
            } else {
                Err(err())
            }
        };
        let day = |t: &str| -> Result<u8, DateSyntaxError> {
            let d = num(t)?;
            if (1..=31).contains(&d) && t.len() == 2 {
                Ok(d as u8)
            } else {
                Err(err())
            }
        };
        if let Some(rest) = s.strip_prefix("---") {
            return Ok(PartialDate {
                year: None,
                month: None,
                day: Some(day(rest)?),
            });
        }
        if let Some(rest) = s.strip_prefix("--") {
            let mut parts = rest.split('-');
            let m = month(parts.next().ok_or_else(err)?)?;
            let d = parts.next().map(day).transpose()?;
            if parts.next().is_some() {
                return Err(err());
            }
            return Ok(PartialDate {
                year: None,
                month: Some(m),
                day: d,
            });
        }
        let mut parts = s.split('-');
        let y = parts.next().ok_or_else(err)?;
        if y.len() != 4 {
            return Err(err());
        }
        let y = num(y)? as i32;
        let m = parts.next().map(month).transpose()?;
        let d = parts.next().map(day).transpose()?;
        if parts.next().is_some() || (m.is_none() && d.is_some()) {
            return Err(err());
        }
        Ok(PartialDate {
            year: Some(y),
            month: m,
            day: d,
        })
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Single(d) => d.fmt(f),
            DateValue::Range(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl std::str::FromStr for DateValue {
    type Err = DateSyntaxError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.split_once('/') {
            Some((a, b)) => Ok(DateValue::Range(a.parse()?, b.parse()?)),
            None => Ok(DateValue::Single(s.parse()?)),
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{DateValue, PartialDate};
    use serde::{de::Error, Deserialize, Deserializer, Serialize, Serializer};

    impl Serialize for PartialDate {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }
    impl<'de> Deserialize<'de> for PartialDate {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let s = String::deserialize(d)?;
            s.parse().map_err(D::Error::custom)
        }
    }
    impl Serialize for DateValue {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }
    impl<'de> Deserialize<'de> for DateValue {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let s = String::deserialize(d)?;
            s.parse().map_err(D::Error::custom)
        }
    }
}
