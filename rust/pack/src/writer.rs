//! Building packs (std only).

use std::string::{String, ToString};
use std::vec::Vec;

use crate::bytes::{be_u32, tag4};
use crate::{END_ENTRY, ENTRY_HEADER_LEN, FLAG_BEAM, FLAG_FILE, FLAG_START, HEADER};

/// What [`PackWriter`] refused.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WriteErrorKind {
    /// The name is empty.
    EmptyName,
    /// The name contains a NUL byte, which would end it early.
    NameContainsNul,
    /// A BEAM entry's name is not `<module>.beam`.
    NotBeamName,
    /// The BEAM bytes do not start with `FOR1 <size> BEAM`.
    NotABeam,
    /// The IFF size in the BEAM header does not match the bytes given
    /// (`declared + 8 != actual`), so a reader would not get them back.
    BeamLengthMismatch {
        /// The IFF size field.
        declared: u32,
        /// Length of the bytes given.
        actual: usize,
    },
    /// The entry would not fit in a 32-bit size field.
    TooLarge,
}

/// An entry [`PackWriter`] could not add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteError {
    /// The entry's name.
    pub name: String,
    /// What was wrong with it.
    pub kind: WriteErrorKind,
}

impl core::fmt::Display for WriteError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "cannot pack entry {:?}: ", self.name)?;
        match &self.kind {
            WriteErrorKind::EmptyName => f.write_str("empty name"),
            WriteErrorKind::NameContainsNul => f.write_str("name contains a NUL byte"),
            WriteErrorKind::NotBeamName => f.write_str("BEAM entry names must be <module>.beam"),
            WriteErrorKind::NotABeam => f.write_str("not a BEAM file (no FOR1/BEAM header)"),
            WriteErrorKind::BeamLengthMismatch { declared, actual } => write!(
                f,
                "IFF header says {} bytes but {actual} were given",
                u64::from(*declared) + 8
            ),
            WriteErrorKind::TooLarge => f.write_str("entry larger than 4 GiB"),
        }
    }
}

impl std::error::Error for WriteError {}

/// Builds a pack in memory, entry by entry, in the order added.
#[derive(Clone, Debug)]
pub struct PackWriter {
    buf: Vec<u8>,
    count: usize,
}

impl Default for PackWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl PackWriter {
    /// An empty pack (just the header so far).
    pub fn new() -> Self {
        PackWriter {
            buf: HEADER.to_vec(),
            count: 0,
        }
    }

    /// Adds a BEAM file under `name` (`<module>.beam`), flagged as the start
    /// module if `start`. The bytes are stored as given: run them through
    /// [`crate::prepare_beam`] first to strip them like packbeam does.
    pub fn add_beam(
        &mut self,
        name: &str,
        beam: &[u8],
        start: bool,
    ) -> Result<&mut Self, WriteError> {
        let fail = |kind| WriteError {
            name: name.to_string(),
            kind,
        };
        if name.strip_suffix(".beam").is_none_or(str::is_empty) {
            return Err(fail(WriteErrorKind::NotBeamName));
        }
        let (Some(magic), Some(size), Some(form)) = (tag4(beam, 0), be_u32(beam, 4), tag4(beam, 8))
        else {
            return Err(fail(WriteErrorKind::NotABeam));
        };
        if magic != *b"FOR1" || form != *b"BEAM" {
            return Err(fail(WriteErrorKind::NotABeam));
        }
        if u64::from(size) + 8 != beam.len() as u64 {
            return Err(fail(WriteErrorKind::BeamLengthMismatch {
                declared: size,
                actual: beam.len(),
            }));
        }
        let flags = if start {
            FLAG_BEAM | FLAG_START
        } else {
            FLAG_BEAM
        };
        self.push(name, flags, &[], beam)
    }

    /// Adds a plain file under `path` (for example `myapp/priv/config.txt`).
    pub fn add_file(&mut self, path: &str, data: &[u8]) -> Result<&mut Self, WriteError> {
        let length = u32::try_from(data.len()).map_err(|_| WriteError {
            name: path.to_string(),
            kind: WriteErrorKind::TooLarge,
        })?;
        self.push(path, FLAG_FILE, &length.to_be_bytes(), data)
    }

    /// Number of entries added so far.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether no entry has been added yet.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Appends the end entry and returns the finished pack.
    pub fn finish(mut self) -> Vec<u8> {
        self.buf.extend_from_slice(&END_ENTRY);
        self.buf
    }

    /// Writes the finished pack to `out`.
    pub fn write_to<W: std::io::Write>(self, out: &mut W) -> std::io::Result<()> {
        out.write_all(&self.finish())
    }

    fn push(
        &mut self,
        name: &str,
        flags: u32,
        prefix: &[u8],
        data: &[u8],
    ) -> Result<&mut Self, WriteError> {
        let fail = |kind| WriteError {
            name: name.to_string(),
            kind,
        };
        if name.is_empty() {
            return Err(fail(WriteErrorKind::EmptyName));
        }
        if name.bytes().any(|b| b == 0) {
            return Err(fail(WriteErrorKind::NameContainsNul));
        }
        let header_len = padded(ENTRY_HEADER_LEN as u64 + name.len() as u64 + 1);
        let data_len = prefix.len() as u64 + data.len() as u64;
        let size = u32::try_from(header_len + padded(data_len))
            .map_err(|_| fail(WriteErrorKind::TooLarge))?;

        let start = self.buf.len();
        self.buf.reserve(size as usize);
        self.buf.extend_from_slice(&size.to_be_bytes());
        self.buf.extend_from_slice(&flags.to_be_bytes());
        self.buf.extend_from_slice(&0u32.to_be_bytes());
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.push(0);
        self.pad();
        self.buf.extend_from_slice(prefix);
        self.buf.extend_from_slice(data);
        self.pad();
        debug_assert_eq!(self.buf.len() - start, size as usize);
        self.count += 1;
        Ok(self)
    }

    fn pad(&mut self) {
        while !self.buf.len().is_multiple_of(4) {
            self.buf.push(0);
        }
    }
}

fn padded(n: u64) -> u64 {
    n.div_ceil(4) * 4
}
