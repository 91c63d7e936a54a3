//! Small bounds-checked helpers shared by the pack and BEAM readers.

/// The big-endian word at `offset`, or `None` if it does not fit in `bytes`.
pub(crate) fn be_u32(bytes: &[u8], offset: usize) -> Option<u32> {
    let end = offset.checked_add(4)?;
    let word = bytes.get(offset..end)?;
    let mut buf = [0u8; 4];
    buf.copy_from_slice(word);
    Some(u32::from_be_bytes(buf))
}

/// The four bytes at `offset` as an array, or `None` if they do not fit.
pub(crate) fn tag4(bytes: &[u8], offset: usize) -> Option<[u8; 4]> {
    let end = offset.checked_add(4)?;
    let word = bytes.get(offset..end)?;
    let mut buf = [0u8; 4];
    buf.copy_from_slice(word);
    Some(buf)
}

/// `n` rounded up to a multiple of four, or `None` on overflow.
pub(crate) fn align4(n: usize) -> Option<usize> {
    Some(n.checked_add(3)? & !3)
}

/// A `u32` read from the file as a `usize`, if the platform can hold it.
pub(crate) fn to_usize(n: u32) -> Option<usize> {
    usize::try_from(n).ok()
}

/// Displays up to four bytes of a tag, escaping anything not printable.
pub(crate) struct Tag<'a>(pub &'a [u8]);

impl core::fmt::Display for Tag<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("\"")?;
        for &b in self.0 {
            if b.is_ascii_graphic() || b == b' ' {
                write!(f, "{}", char::from(b))?;
            } else {
                write!(f, "\\x{b:02x}")?;
            }
        }
        f.write_str("\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers_stay_in_bounds() {
        assert_eq!(be_u32(&[1, 2, 3, 4], 0), Some(0x0102_0304));
        assert_eq!(be_u32(&[1, 2, 3], 0), None);
        assert_eq!(be_u32(&[1, 2, 3, 4], usize::MAX), None);
        assert_eq!(tag4(b"FOR1", 1), None);
        assert_eq!(align4(5), Some(8));
        assert_eq!(align4(8), Some(8));
        assert_eq!(align4(usize::MAX), None);
    }
}
