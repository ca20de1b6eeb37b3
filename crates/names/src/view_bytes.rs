//! Byte-level readings of the detection view, eight bytes at a time.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

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

/// How many of the eight bytes of `x` (little-endian), from the first on,
/// are lowercase ASCII letters.
pub(crate) fn lowercase_prefix(x: u64) -> usize {
    let low = x & !HIGH;
    // Per byte, without carries into the next (seven bits plus at most
    // 0x1F): the high bit says `>= b'a'`, then `>= b'{'`.
    let from_a = low.wrapping_add(ONES * 0x1F);
    let past_z = low.wrapping_add(ONES * 0x05);
    let lower = from_a & !past_z & !x & HIGH;
    ((!lower & HIGH).trailing_zeros() / 8) as usize
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

    #[test]
    fn lowercase_prefixes_as_counted_byte_by_byte() {
        let text = "duVietnam Đặng İzmir ßeta ANNguyen é abcdefgh z{a`@[ \u{7f}\u{e1}";
        let bytes = text.as_bytes();
        for a in 0..bytes.len() {
            let mut eight = [b'x'; 8];
            for (d, s) in eight.iter_mut().zip(&bytes[a..]) {
                *d = *s;
            }
            let by_one = eight.iter().take_while(|b| b.is_ascii_lowercase()).count();
            assert_eq!(
                lowercase_prefix(u64::from_le_bytes(eight)),
                by_one,
                "{eight:?}"
            );
        }
        for b in 0..=255u8 {
            let eight = [b; 8];
            let by_one = if b.is_ascii_lowercase() { 8 } else { 0 };
            assert_eq!(lowercase_prefix(u64::from_le_bytes(eight)), by_one, "{b}");
        }
    }

    proptest::proptest! {
        #[test]
        fn spaces_found_eight_bytes_at_a_time(s in "[a-z \u{a0}éḁ]{0,40}", from in 0usize..8) {
            let bytes = s.as_bytes();
            let from = from.min(bytes.len());
            let one_by_one = bytes.iter().skip(from).position(|&b| b == b' ').map_or(bytes.len(), |i| from + i);
            proptest::prop_assert_eq!(next_space(bytes, from), one_by_one);
        }
    }
}
