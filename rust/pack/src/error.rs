//! Why a pack was rejected, and where.

use core::fmt;

/// What was wrong with a pack. Carried by [`PackError`], which adds where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PackErrorKind {
    /// The input is shorter than the 24-byte pack header.
    HeaderTruncated {
        /// Length of the whole input.
        len: usize,
    },
    /// The first 24 bytes are not `#!/usr/bin/env AtomVM\n\0\0`.
    BadHeader,
    /// The input ended exactly where another entry (or the end entry) was due.
    MissingEnd,
    /// Fewer than 12 bytes are left for an entry header.
    EntryHeaderTruncated {
        /// Bytes left in the input at that point.
        available: usize,
    },
    /// A record with size 0 (the end marker) whose name is not `end\0` or
    /// whose flags are not zero.
    BadEndEntry,
    /// `size` cannot even hold the entry header, a one-byte name and its NUL.
    SizeTooSmall {
        /// The size field.
        size: u32,
    },
    /// `size` is not a multiple of four.
    SizeNotAligned {
        /// The size field.
        size: u32,
    },
    /// `size` reaches past the end of the input.
    SizePastEnd {
        /// The size field.
        size: u32,
        /// Bytes left in the input from the start of the entry.
        available: usize,
    },
    /// The reserved word is not zero.
    ReservedNotZero {
        /// The reserved field.
        value: u32,
    },
    /// `flags` is none of: BEAM (2), start BEAM (3), plain file (4).
    UnknownFlags {
        /// The flags field.
        flags: u32,
    },
    /// No NUL byte ends the name before the end of the entry.
    NameNotTerminated,
    /// The name is empty.
    EmptyName,
    /// The name is not valid UTF-8.
    NameNotUtf8,
    /// A plain-file entry has no room for its length word.
    FileLengthMissing,
    /// A plain file's length word says more bytes than the entry holds.
    FileLengthPastEntry {
        /// The length word.
        length: u32,
        /// Payload bytes available after the length word.
        available: usize,
    },
    /// A BEAM payload does not start with `FOR1 <size> BEAM`.
    BeamBadMagic,
    /// The IFF size of a BEAM payload is too small to hold the `BEAM` form type.
    BeamLengthTooSmall {
        /// The IFF size field (length after the first 8 bytes).
        size: u32,
    },
    /// The IFF size of a BEAM payload reaches past the end of the entry.
    BeamLengthPastEntry {
        /// Total IFF length (size field + 8).
        length: u64,
        /// Payload bytes available in the entry.
        available: usize,
    },
}

impl fmt::Display for PackErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use PackErrorKind::*;
        match *self {
            HeaderTruncated { len } => {
                write!(
                    f,
                    "input is {len} bytes, shorter than the 24-byte pack header"
                )
            }
            BadHeader => {
                f.write_str("not an AtomVM pack: header is not \"#!/usr/bin/env AtomVM\\n\\0\\0\"")
            }
            MissingEnd => f.write_str("input ends without the end entry"),
            EntryHeaderTruncated { available } => write!(
                f,
                "entry header truncated: only {available} of 12 bytes left (and no end entry)"
            ),
            BadEndEntry => {
                f.write_str("size is 0 (end marker) but the record is not flags=0, name \"end\\0\"")
            }
            SizeTooSmall { size } => write!(
                f,
                "size {size} is too small for an entry (at least 16: header, name, NUL)"
            ),
            SizeNotAligned { size } => write!(f, "size {size} is not a multiple of 4"),
            SizePastEnd { size, available } => write!(
                f,
                "size {size} runs past the end of the input ({available} bytes left)"
            ),
            ReservedNotZero { value } => {
                write!(f, "reserved field is {value:#x}, expected 0")
            }
            UnknownFlags { flags } => write!(
                f,
                "unknown flags {flags:#x} (expected 2 = BEAM, 3 = start BEAM, 4 = file)"
            ),
            NameNotTerminated => f.write_str("name has no terminating NUL inside the entry"),
            EmptyName => f.write_str("name is empty"),
            NameNotUtf8 => f.write_str("name is not valid UTF-8"),
            FileLengthMissing => f.write_str("plain file entry has no room for its length word"),
            FileLengthPastEntry { length, available } => write!(
                f,
                "plain file length {length} exceeds the {available} payload bytes in the entry"
            ),
            BeamBadMagic => {
                f.write_str("BEAM payload does not start with \"FOR1\" <size> \"BEAM\"")
            }
            BeamLengthTooSmall { size } => {
                write!(f, "BEAM IFF size {size} is too small to hold the form type")
            }
            BeamLengthPastEntry { length, available } => write!(
                f,
                "BEAM IFF length {length} exceeds the {available} payload bytes in the entry"
            ),
        }
    }
}

/// Longest entry name (in bytes) an error keeps a copy of.
const NAME_CAP: usize = 48;

/// An inline copy of (the start of) an entry name, so errors need neither
/// allocation nor a borrow of the input.
#[derive(Clone, Copy, PartialEq, Eq)]
struct NameBuf {
    bytes: [u8; NAME_CAP],
    len: u8,
    truncated: bool,
}

impl NameBuf {
    fn new(name: &str) -> Self {
        let mut len = name.len().min(NAME_CAP);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0u8; NAME_CAP];
        bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
        NameBuf {
            bytes,
            len: len as u8,
            truncated: len < name.len(),
        }
    }

    fn as_str(&self) -> &str {
        let stored = self.bytes.get(..usize::from(self.len)).unwrap_or(&[]);
        core::str::from_utf8(stored).unwrap_or("")
    }
}

/// A pack that failed validation: what was wrong, which entry, and where.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PackError {
    kind: PackErrorKind,
    offset: usize,
    entry: Option<(usize, usize)>,
    name: Option<NameBuf>,
}

impl PackError {
    pub(crate) fn header(kind: PackErrorKind) -> Self {
        PackError {
            kind,
            offset: 0,
            entry: None,
            name: None,
        }
    }

    pub(crate) fn entry(
        kind: PackErrorKind,
        offset: usize,
        index: usize,
        entry_offset: usize,
        name: Option<&str>,
    ) -> Self {
        PackError {
            kind,
            offset,
            entry: Some((index, entry_offset)),
            name: name.map(NameBuf::new),
        }
    }

    /// What was wrong.
    pub fn kind(&self) -> PackErrorKind {
        self.kind
    }

    /// Byte offset in the input of the field or byte found to be wrong.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Zero-based index of the offending entry (`None` for the file header).
    /// A missing or broken end entry has the index one past the last entry.
    pub fn entry_index(&self) -> Option<usize> {
        self.entry.map(|(index, _)| index)
    }

    /// Byte offset at which the offending entry starts.
    pub fn entry_offset(&self) -> Option<usize> {
        self.entry.map(|(_, offset)| offset)
    }

    /// The entry's name, when it could be read (at most 48 bytes of it).
    pub fn entry_name(&self) -> Option<&str> {
        self.name.as_ref().map(NameBuf::as_str)
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.entry {
            None => f.write_str("pack header")?,
            Some((index, entry_offset)) => {
                write!(f, "entry #{index}")?;
                if let Some(name) = &self.name {
                    let dots = if name.truncated { "..." } else { "" };
                    write!(f, " {:?}{dots}", name.as_str())?;
                }
                write!(f, " (starting at byte {entry_offset})")?;
            }
        }
        write!(f, ": at byte {}: {}", self.offset, self.kind)
    }
}

impl fmt::Debug for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PackError")
            .field("kind", &self.kind)
            .field("offset", &self.offset)
            .field("entry_index", &self.entry_index())
            .field("entry_offset", &self.entry_offset())
            .field("entry_name", &self.entry_name())
            .finish()
    }
}

impl core::error::Error for PackError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_are_cut_on_a_char_boundary() {
        let name = "ééééééééééééééééééééééééé.beam"; // 2-byte chars
        let buf = NameBuf::new(name);
        assert!(buf.truncated);
        assert!(name.starts_with(buf.as_str()));
        assert!(buf.as_str().len() <= NAME_CAP);
        let short = NameBuf::new("a.beam");
        assert!(!short.truncated);
        assert_eq!(short.as_str(), "a.beam");
    }
}
