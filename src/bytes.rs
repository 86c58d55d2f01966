//! Small byte helpers shared by the stages: one class table for the
//! loops that read text byte by byte, and word loads for the hashing code.

/// An ASCII letter, in [`BYTE_CLASS`].
pub(crate) const LETTER: u8 = 0;
/// An ASCII digit. Letters and digits are the classes up to this one.
pub(crate) const DIGIT: u8 = 1;
/// The space character.
pub(crate) const SPACE: u8 = 2;
/// Any other ASCII byte.
pub(crate) const PUNCT: u8 = 3;
/// A byte of a character outside ASCII: the character must be decoded.
pub(crate) const NON_ASCII: u8 = 4;

/// Each byte's class. A lookup keeps the loops scalar and branch-light,
/// which short lines want.
pub(crate) static BYTE_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c == b' ' {
            SPACE
        } else {
            PUNCT
        };
        b += 1;
    }
    table
};

/// Whether a byte of class `class` is an ASCII letter or digit.
pub(crate) fn is_alnum_class(class: u8) -> bool {
    class <= DIGIT
}

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

/// Every concatenation of up to `n` of `pieces` (the empty one too): test
/// input that puts each piece next to each other one, for checking a fast
/// path against its plain definition.
#[cfg(test)]
pub(crate) fn sequences(pieces: &[&str], n: usize) -> Vec<String> {
    let mut all = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..n {
        last = last
            .iter()
            .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
            .collect();
        all.extend(last.iter().cloned());
    }
    all
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
