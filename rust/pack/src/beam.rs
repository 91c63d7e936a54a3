//! Just enough of the BEAM file format to repack modules: the IFF chunk
//! container and the first entry of the atom table (the module name).
//!
//! A BEAM file is `"FOR1" Size:32 "BEAM"` followed by chunks, each a
//! 4-byte id, a 32-bit length and that many bytes, zero-padded to a multiple
//! of four. `Size` counts everything after its own field.

use core::fmt;

use crate::bytes::{align4, be_u32, tag4, to_usize, Tag};

/// A BEAM file whose chunk structure has been validated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Beam<'a> {
    /// Exactly the IFF bytes (any trailing bytes of the input are dropped).
    bytes: &'a [u8],
}

/// One chunk of a BEAM file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chunk<'a> {
    /// Four-character chunk id, e.g. `*b"Code"`.
    pub id: [u8; 4],
    /// Byte offset of the chunk (its id) in the BEAM file.
    pub offset: usize,
    /// The chunk contents, without padding.
    pub data: &'a [u8],
}

/// Why a BEAM file could not be read or prepared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BeamError {
    /// Shorter than the 12-byte IFF header.
    TooShort {
        /// Length of the input.
        len: usize,
    },
    /// Does not start with `FOR1`.
    NotIff {
        /// The first four bytes.
        found: [u8; 4],
    },
    /// The IFF form type is not `BEAM`.
    NotBeam {
        /// Bytes 8..12.
        found: [u8; 4],
    },
    /// The IFF size field is too small to hold the form type.
    IffSizeTooSmall {
        /// The size field.
        size: u32,
    },
    /// The IFF size field reaches past the end of the input.
    IffSizePastEnd {
        /// The size field.
        size: u32,
        /// Bytes available after the size field.
        available: usize,
    },
    /// Fewer than 8 bytes are left for a chunk header.
    ChunkHeaderTruncated {
        /// Offset of the partial header.
        offset: usize,
    },
    /// A chunk's length reaches past the end of the IFF container.
    ChunkPastEnd {
        /// The chunk id.
        id: [u8; 4],
        /// Offset of the chunk.
        offset: usize,
        /// Its length field.
        size: u32,
    },
    /// An atom table is malformed or empty, so the module has no name.
    BadAtomTable {
        /// Offset of the atom chunk.
        offset: usize,
    },
    /// A `LitT` chunk is too short for its uncompressed-size word, or holds
    /// nothing after it.
    LiteralsTruncated {
        /// Offset of the chunk.
        offset: usize,
    },
    /// The zlib stream of a `LitT` chunk could not be inflated.
    Inflate {
        /// Offset of the chunk.
        offset: usize,
        /// What the decompressor reported.
        reason: &'static str,
    },
    /// A `LitT` chunk inflated to a different size than it declares.
    LiteralSizeMismatch {
        /// Offset of the chunk.
        offset: usize,
        /// The declared uncompressed size.
        declared: u32,
        /// The actual inflated size.
        actual: usize,
    },
    /// The rebuilt file or a chunk would not fit in a 32-bit size field.
    TooLarge {
        /// The size that does not fit.
        size: usize,
    },
}

impl fmt::Display for BeamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use BeamError::*;
        match *self {
            TooShort { len } => write!(f, "BEAM file is {len} bytes, shorter than an IFF header"),
            NotIff { found } => write!(f, "not an IFF file: starts with {}", Tag(&found)),
            NotBeam { found } => write!(f, "IFF form type is {}, not \"BEAM\"", Tag(&found)),
            IffSizeTooSmall { size } => write!(f, "IFF size {size} cannot hold the form type"),
            IffSizePastEnd { size, available } => write!(
                f,
                "IFF size {size} runs past the end of the file ({available} bytes)"
            ),
            ChunkHeaderTruncated { offset } => {
                write!(f, "chunk header at byte {offset} is truncated")
            }
            ChunkPastEnd { id, offset, size } => write!(
                f,
                "chunk {} at byte {offset}: length {size} runs past the end of the file",
                Tag(&id)
            ),
            BadAtomTable { offset } => {
                write!(f, "atom table chunk at byte {offset} is malformed or empty")
            }
            LiteralsTruncated { offset } => {
                write!(f, "LitT chunk at byte {offset} is truncated")
            }
            Inflate { offset, reason } => {
                write!(f, "LitT chunk at byte {offset}: cannot inflate: {reason}")
            }
            LiteralSizeMismatch {
                offset,
                declared,
                actual,
            } => write!(
                f,
                "LitT chunk at byte {offset}: inflated to {actual} bytes, declared {declared}"
            ),
            TooLarge { size } => write!(f, "{size} bytes do not fit a 32-bit size field"),
        }
    }
}

impl core::error::Error for BeamError {}

impl<'a> Beam<'a> {
    /// Checks the IFF header and that every chunk lies inside the container.
    /// Bytes after the length the IFF header declares are ignored.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, BeamError> {
        let (Some(magic), Some(size), Some(form)) =
            (tag4(bytes, 0), be_u32(bytes, 4), tag4(bytes, 8))
        else {
            return Err(BeamError::TooShort { len: bytes.len() });
        };
        if magic != *b"FOR1" {
            return Err(BeamError::NotIff { found: magic });
        }
        if form != *b"BEAM" {
            return Err(BeamError::NotBeam { found: form });
        }
        if size < 4 {
            return Err(BeamError::IffSizeTooSmall { size });
        }
        let iff = to_usize(size)
            .and_then(|s| s.checked_add(8))
            .and_then(|len| bytes.get(..len))
            .ok_or(BeamError::IffSizePastEnd {
                size,
                available: bytes.len().saturating_sub(8),
            })?;
        let mut pos = 12;
        while pos < iff.len() {
            pos = next_chunk(iff, pos)?.1;
        }
        Ok(Beam { bytes: iff })
    }

    /// The IFF bytes (exactly `Size + 8` of them).
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The chunks in file order.
    pub fn chunks(&self) -> Chunks<'a> {
        Chunks {
            bytes: self.bytes,
            pos: 12,
        }
    }

    /// The first chunk with this id.
    pub fn chunk(&self, id: &[u8; 4]) -> Option<Chunk<'a>> {
        self.chunks().find(|c| c.id == *id)
    }

    /// The module name: the first atom of the `AtU8` chunk, or of the old
    /// latin-1 `Atom` chunk if it is plain ASCII. `None` when there is no
    /// usable atom table.
    pub fn module_name(&self) -> Option<&'a str> {
        let (name, utf8) = self.module_name_bytes()?;
        core::str::from_utf8(name)
            .ok()
            .filter(|s| utf8 || s.is_ascii())
    }

    /// The raw module name bytes and whether they are UTF-8 (`AtU8`) rather
    /// than latin-1 (`Atom`). An empty first atom counts as no name.
    pub fn module_name_bytes(&self) -> Option<(&'a [u8], bool)> {
        let (table, utf8) = match self.chunk(b"AtU8") {
            Some(chunk) => (chunk.data, true),
            None => (self.chunk(b"Atom")?.data, false),
        };
        first_atom(table)
            .filter(|name| !name.is_empty())
            .map(|name| (name, utf8))
    }
}

/// Decodes the chunk at `pos` of a validated-length IFF slice; returns it and
/// the position of the next chunk.
fn next_chunk(iff: &[u8], pos: usize) -> Result<(Chunk<'_>, usize), BeamError> {
    let (Some(id), Some(size)) = (tag4(iff, pos), be_u32(iff, pos.saturating_add(4))) else {
        return Err(BeamError::ChunkHeaderTruncated { offset: pos });
    };
    let past_end = BeamError::ChunkPastEnd {
        id,
        offset: pos,
        size,
    };
    let start = pos.checked_add(8).ok_or(past_end)?;
    let end = to_usize(size)
        .and_then(|s| start.checked_add(s))
        .ok_or(past_end)?;
    let data = iff.get(start..end).ok_or(past_end)?;
    // Be lenient about the padding of the last chunk.
    let next = align4(end).map_or(iff.len(), |n| n.min(iff.len()));
    Ok((
        Chunk {
            id,
            offset: pos,
            data,
        },
        next,
    ))
}

/// Iterator over the chunks of a [`Beam`].
#[derive(Clone, Debug)]
pub struct Chunks<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Chunks<'a> {
    type Item = Chunk<'a>;

    fn next(&mut self) -> Option<Chunk<'a>> {
        if self.pos >= self.bytes.len() {
            return None;
        }
        match next_chunk(self.bytes, self.pos) {
            Ok((chunk, next)) => {
                self.pos = next;
                Some(chunk)
            }
            Err(_) => {
                self.pos = self.bytes.len();
                None
            }
        }
    }
}

impl core::iter::FusedIterator for Chunks<'_> {}

/// The atoms of an atom table chunk (`AtU8` or `Atom`), in order; a `None` item (and
/// then the end) where the table is malformed.
///
/// The table is `Count:32/signed` then the atoms. With a positive count each
/// atom is a length byte and its bytes. A negative count (OTP 28 and later,
/// for atoms longer than 255 bytes) means each length is a compact-term
/// encoded unsigned integer instead ([`decode_compact_u`]).
pub fn atoms(table: &[u8]) -> impl Iterator<Item = Option<&[u8]>> + '_ {
    let count = be_u32(table, 0).map(|c| c as i32);
    let mut left = count.map_or(1, |c| c.unsigned_abs());
    let mut pos = 4usize;
    core::iter::from_fn(move || {
        if left == 0 {
            return None;
        }
        left -= 1;
        let atom = (|| {
            let rest = table.get(pos..)?;
            let (len, used) = if count? < 0 {
                let (len, used) = decode_compact_u(rest)?;
                (usize::try_from(len).ok()?, used)
            } else {
                (usize::from(*rest.first()?), 1)
            };
            let end = used.checked_add(len)?;
            pos = pos.checked_add(end)?;
            rest.get(used..end)
        })();
        if atom.is_none() {
            left = 0;
        }
        Some(atom)
    })
}

/// The first atom of an atom table chunk (`None` if it has none or is malformed).
pub fn first_atom(table: &[u8]) -> Option<&[u8]> {
    atoms(table).next().flatten()
}

/// Decodes one compact-term integer with the `u` tag (low three bits 0) at
/// the start of `bytes`; returns its value and how many bytes it took.
///
/// The forms, by the first byte `b`:
/// * `b & 0x08 == 0`: the value is `b >> 4` (0..15);
/// * `b & 0x18 == 0x08`: the value is `(b & 0xE0) << 3 | next byte` (< 2048);
/// * `b & 0x18 == 0x18` and `b >> 5 < 7`: `(b >> 5) + 2` big-endian bytes follow;
/// * `b >> 5 == 7`: a nested `u` value `n` follows, then `n + 9` bytes.
///
/// Returns `None` for another tag, truncated input, or a value above `u64::MAX`.
pub fn decode_compact_u(bytes: &[u8]) -> Option<(u64, usize)> {
    decode_compact_u_at_depth(bytes, 0)
}

fn decode_compact_u_at_depth(bytes: &[u8], depth: u8) -> Option<(u64, usize)> {
    let first = *bytes.first()?;
    if first & 0x07 != 0 {
        return None;
    }
    if first & 0x08 == 0 {
        return Some((u64::from(first >> 4), 1));
    }
    if first & 0x10 == 0 {
        let low = *bytes.get(1)?;
        return Some(((u64::from(first & 0xE0) << 3) | u64::from(low), 2));
    }
    let (count, header) = if first >> 5 < 7 {
        (usize::from(first >> 5) + 2, 1usize)
    } else {
        // The nested length is itself small in any real file; refusing a
        // second level of nesting bounds the recursion.
        if depth > 0 {
            return None;
        }
        let (extra, used) = decode_compact_u_at_depth(bytes.get(1..)?, depth + 1)?;
        let count = usize::try_from(extra).ok()?.checked_add(9)?;
        (count, used.checked_add(1)?)
    };
    let digits = bytes.get(header..header.checked_add(count)?)?;
    let mut value: u64 = 0;
    for &digit in digits {
        if value >> 56 != 0 {
            return None;
        }
        value = (value << 8) | u64::from(digit);
    }
    Some((value, header.checked_add(count)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_u_forms() {
        assert_eq!(decode_compact_u(&[0x00]), Some((0, 1)));
        assert_eq!(decode_compact_u(&[0xF0]), Some((15, 1)));
        // 16..2047: two bytes.
        assert_eq!(decode_compact_u(&[0x08, 16]), Some((16, 2)));
        assert_eq!(decode_compact_u(&[0xE8, 0xFF]), Some((2047, 2)));
        assert_eq!(decode_compact_u(&[0x28, 0x2C]), Some((300, 2)));
        // 2048 = 0x0800: two digit bytes, (2-2)<<5 | 0x18.
        assert_eq!(decode_compact_u(&[0x18, 0x08, 0x00]), Some((2048, 3)));
        // 8 digit bytes: (8-2)<<5 | 0x18 = 0xD8.
        assert_eq!(
            decode_compact_u(&[0xD8, 0, 0, 0, 0, 0, 0, 1, 2]),
            Some((0x0102, 9))
        );
        // Extended: 0xF8, nested u (0 -> 9 bytes), 9 digits with a leading zero.
        let mut ext = [0u8; 11];
        ext[0] = 0xF8;
        ext[1] = 0x00;
        ext[10] = 7;
        assert_eq!(decode_compact_u(&ext), Some((7, 11)));
        // Too big for u64.
        ext[2] = 1;
        assert_eq!(decode_compact_u(&ext), None);
        // Wrong tag, truncation, nested extension.
        assert_eq!(decode_compact_u(&[0x01]), None);
        assert_eq!(decode_compact_u(&[0x08]), None);
        assert_eq!(decode_compact_u(&[0x18, 1]), None);
        assert_eq!(decode_compact_u(&[0xF8, 0xF8, 0x00]), None);
        assert_eq!(decode_compact_u(&[]), None);
    }

    #[test]
    fn first_atom_both_count_forms() {
        assert_eq!(first_atom(b"\0\0\0\x02\x03foo\x03bar"), Some(&b"foo"[..]));
        assert_eq!(
            first_atom(b"\xff\xff\xff\xfe\x30foo\x30bar"),
            Some(&b"foo"[..])
        );
        assert_eq!(first_atom(b"\0\0\0\0"), None);
        assert_eq!(first_atom(b"\0\0\0\x01\x05foo"), None);
        assert_eq!(first_atom(b"\x80\0\0\0\x09"), None);
    }

    #[test]
    fn chunk_walk() {
        let beam = b"FOR1\0\0\0\x1cBEAMAtU8\0\0\0\x05\0\0\0\x01\x00\0\0\0Code\0\0\0\0";
        let parsed = Beam::parse(beam).unwrap();
        let ids: [[u8; 4]; 2] = {
            let mut it = parsed.chunks();
            [it.next().unwrap().id, it.next().unwrap().id]
        };
        assert_eq!(ids, [*b"AtU8", *b"Code"]);
        assert_eq!(parsed.chunks().count(), 2);
        // The only atom is empty: no usable module name.
        assert_eq!(parsed.module_name(), None);
        assert_eq!(
            Beam::parse(&beam[..beam.len() - 1]),
            Err(BeamError::IffSizePastEnd {
                size: 0x1c,
                available: 27
            })
        );
    }
}
