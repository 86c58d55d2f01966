//! Small byte helpers shared by the hashing code.

/// The bytes of `b` (at most eight) as a little-endian `u64`, zero-extended:
/// the value `u64::from_le_bytes` gives for `b` padded with zeros.
///
/// Two overlapping fixed-size loads instead of a copy of variable length
/// into a stack buffer: that copy is a call to `memcpy`, and reading the
/// buffer back as one word right after the narrower stores stalls the CPU.
/// Longer slices are cut to their first eight bytes.
pub(crate) fn load_le(b: &[u8]) -> u64 {
    let b = b.get(..8).unwrap_or(b);
    let n = b.len();
    if n >= 4 {
        let lo = u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let hi = u64::from(u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]));
        lo | hi << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u64::from(u16::from_le_bytes([b[0], b[1]]));
        let hi = u64::from(u16::from_le_bytes([b[n - 2], b[n - 1]]));
        lo | hi << (8 * (n - 2))
    } else {
        b.first().map_or(0, |&x| u64::from(x))
    }
}

#[cfg(test)]
mod tests {
    use super::load_le;

    #[test]
    fn equals_the_padded_little_endian_value() {
        let data: Vec<u8> = (1..=12).map(|i| i * 17).collect();
        for len in 0..=8 {
            let mut padded = [0u8; 8];
            padded[..len].copy_from_slice(&data[..len]);
            assert_eq!(load_le(&data[..len]), u64::from_le_bytes(padded), "{len}");
        }
        assert_eq!(load_le(&data), load_le(&data[..8]));
    }
}
