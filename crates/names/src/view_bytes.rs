//! Byte-level readings of the detection view, eight bytes at a time where
//! the text allows: most of a French dispatch is lowercase ASCII words
//! separated by single spaces, which the view keeps as they are.

/// The length of the stretch at the start of `bytes` (which starts with a
/// lowercase ASCII letter) made of lowercase ASCII letters and of single
/// spaces after a letter: the view keeps it as it is.
pub(crate) fn plain_run(bytes: &[u8]) -> usize {
    // Eight bytes at a time while they all qualify (most of a French
    // sentence), then byte by byte.
    let mut at = 0;
    let mut after_letter = false;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let x = u64::from_le_bytes(eight);
        let (lower, space) = (lower_bytes(x), space_bytes(x));
        let doubled = space & (space << 8) != 0;
        let leading = space & 0x80 != 0 && !after_letter;
        if lower | space != HIGH || doubled || leading {
            break;
        }
        after_letter = space >> 56 == 0;
        at += 8;
    }
    at + plain_bytes(bytes.get(at..).unwrap_or(&[]), after_letter)
}

/// [`plain_run`] one byte at a time, `after_letter` telling whether the
/// byte before `bytes` was a letter of the stretch.
fn plain_bytes(bytes: &[u8], mut after_letter: bool) -> usize {
    bytes
        .iter()
        .position(|&c| {
            let keep = c.is_ascii_lowercase() || (c == b' ' && after_letter);
            after_letter = c != b' ';
            !keep
        })
        .unwrap_or(bytes.len())
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is a lowercase ASCII letter.
fn lower_bytes(x: u64) -> u64 {
    // Without their high bits the bytes cannot carry into each other.
    let low7 = x & !HIGH;
    let from_a = low7.wrapping_add(ONES * (0x80 - u64::from(b'a')));
    let past_z = low7.wrapping_add(ONES * (0x80 - u64::from(b'z') - 1));
    from_a & !past_z & !x & HIGH
}

/// The offset of the first space of `bytes` from `from` on (the length of
/// `bytes` when there is none), eight bytes at a time.
pub(crate) fn next_space(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let spaces = space_bytes(u64::from_le_bytes(eight));
        if spaces != 0 {
            return at + (spaces.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let rest = bytes.get(at..).unwrap_or(&[]);
    at + rest.iter().position(|&b| b == b' ').unwrap_or(rest.len())
}

/// The high bit of each byte of `x` that is a space.
fn space_bytes(x: u64) -> u64 {
    let z = x ^ (ONES * u64::from(b' '));
    let nonzero = ((z & !HIGH).wrapping_add(!HIGH) | z) & HIGH;
    !nonzero & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn plain_runs_read_eight_bytes_as_one_at_a_time(
            s in "[a-z][a-z `{@AZéḁý\u{a0}.\n-]{0,40}"
        ) {
            proptest::prop_assert_eq!(plain_run(s.as_bytes()), plain_bytes(s.as_bytes(), false));
        }

        #[test]
        fn spaces_found_eight_bytes_at_a_time(s in "[a-z \u{a0}éḁ]{0,40}", from in 0usize..8) {
            let bytes = s.as_bytes();
            let from = from.min(bytes.len());
            let one_by_one = bytes.iter().skip(from).position(|&b| b == b' ').map_or(bytes.len(), |i| from + i);
            proptest::prop_assert_eq!(next_space(bytes, from), one_by_one);
        }
    }

    #[test]
    fn plain_runs_stop_at_what_the_view_changes() {
        for (text, run) in [
            ("abcdefgh ijklmnop qrst", 22),
            ("abcdefgh  ijkl", 9),
            ("abcdefghijklmnopQ", 16),
            ("président", 2),
            ("abcdefg{hij", 7),
            ("abcdefg`hij", 7),
            ("abcdefgh\nij", 8),
            ("a b c d e f g h i j", 19),
        ] {
            assert_eq!(plain_run(text.as_bytes()), run, "{text:?}");
            assert_eq!(plain_bytes(text.as_bytes(), false), run, "{text:?}");
        }
    }
}
