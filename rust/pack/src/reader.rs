//! Zero-copy, allocation-free pack reader.

use crate::bytes::{align4, be_u32, tag4, to_usize};
use crate::error::{PackError, PackErrorKind};
use crate::{ENTRY_HEADER_LEN, FLAG_BEAM, FLAG_FILE, FLAG_START, HEADER};

/// Smallest possible entry: 12-byte header, one name byte, NUL, padding.
const MIN_ENTRY_SIZE: u32 = 16;

/// One entry of a pack, borrowing the pack's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    /// Entry name: `<module>.beam` for code, a path for plain files.
    pub name: &'a str,
    /// Flag bits ([`FLAG_START`], [`FLAG_BEAM`], [`FLAG_FILE`]).
    pub flags: u32,
    /// Byte offset of the entry (its size field) in the pack.
    pub offset: usize,
    /// The payload proper: for a BEAM, exactly the IFF file (length from its
    /// `FOR1` header); for a plain file, its bytes without the length word
    /// and without padding.
    pub data: &'a [u8],
}

impl<'a> Entry<'a> {
    /// Whether the payload is a BEAM file.
    pub fn is_beam(&self) -> bool {
        self.flags & FLAG_BEAM != 0
    }

    /// Whether this is a start module (BEAM with the start flag).
    pub fn is_start(&self) -> bool {
        self.flags & (FLAG_BEAM | FLAG_START) == FLAG_BEAM | FLAG_START
    }

    /// Whether the payload is a plain file.
    pub fn is_file(&self) -> bool {
        self.flags & FLAG_FILE != 0
    }

    /// For a BEAM entry named `<module>.beam`, the module name.
    pub fn module_name(&self) -> Option<&'a str> {
        if !self.is_beam() {
            return None;
        }
        self.name.strip_suffix(".beam").filter(|m| !m.is_empty())
    }
}

/// A validated pack. Parsing checks every entry, so walking it afterwards
/// cannot fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pack<'a> {
    bytes: &'a [u8],
    count: usize,
    end_offset: usize,
}

/// Result of decoding the record at one position.
enum Record<'a> {
    Entry { entry: Entry<'a>, next: usize },
    End,
}

impl<'a> Pack<'a> {
    /// Validates the whole pack: header, every entry, and the end entry.
    pub fn parse(bytes: &'a [u8]) -> Result<Self, PackError> {
        let header =
            bytes
                .get(..HEADER.len())
                .ok_or(PackError::header(PackErrorKind::HeaderTruncated {
                    len: bytes.len(),
                }))?;
        if header != HEADER {
            return Err(PackError::header(PackErrorKind::BadHeader));
        }
        let mut pos = HEADER.len();
        let mut count = 0usize;
        loop {
            match decode_record(bytes, pos, count)? {
                Record::Entry { next, .. } => {
                    pos = next;
                    count += 1;
                }
                Record::End => {
                    return Ok(Pack {
                        bytes,
                        count,
                        end_offset: pos,
                    })
                }
            }
        }
    }

    /// The entries, in pack order (the end entry is not included).
    pub fn entries(&self) -> Entries<'a> {
        Entries {
            bytes: self.bytes,
            pos: HEADER.len(),
            index: 0,
            remaining: self.count,
        }
    }

    /// Number of entries, not counting the end entry.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether the pack holds no entries at all.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The first entry with exactly this name.
    pub fn find(&self, name: &str) -> Option<Entry<'a>> {
        self.entries().find(|e| e.name == name)
    }

    /// The first BEAM entry for module `module` (named `<module>.beam`).
    pub fn find_module(&self, module: &str) -> Option<Entry<'a>> {
        self.entries().find(|e| e.module_name() == Some(module))
    }

    /// The entry point: the first entry flagged as start BEAM.
    pub fn start_entry(&self) -> Option<Entry<'a>> {
        self.entries().find(Entry::is_start)
    }

    /// The bytes the pack was parsed from (including anything after the end entry).
    pub fn as_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// Byte offset of the end entry.
    pub fn end_offset(&self) -> usize {
        self.end_offset
    }

    /// Length of the pack proper: up to and including the end entry.
    pub fn pack_len(&self) -> usize {
        // The end entry was checked to be 16 bytes inside `bytes`.
        self.end_offset.saturating_add(16)
    }
}

impl<'a> IntoIterator for &Pack<'a> {
    type Item = Entry<'a>;
    type IntoIter = Entries<'a>;

    fn into_iter(self) -> Entries<'a> {
        self.entries()
    }
}

/// Iterator over the entries of a [`Pack`].
#[derive(Clone, Debug)]
pub struct Entries<'a> {
    bytes: &'a [u8],
    pos: usize,
    index: usize,
    remaining: usize,
}

impl<'a> Iterator for Entries<'a> {
    type Item = Entry<'a>;

    fn next(&mut self) -> Option<Entry<'a>> {
        if self.remaining == 0 {
            return None;
        }
        // The pack was validated, so this always succeeds; should it not,
        // the iterator just stops.
        match decode_record(self.bytes, self.pos, self.index) {
            Ok(Record::Entry { entry, next }) => {
                self.pos = next;
                self.index += 1;
                self.remaining -= 1;
                Some(entry)
            }
            Ok(Record::End) | Err(_) => {
                self.remaining = 0;
                None
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for Entries<'_> {}
impl core::iter::FusedIterator for Entries<'_> {}

/// Best-effort name of a record whose size field cannot be trusted, for
/// error messages only: a NUL-terminated UTF-8 string right after the header.
fn guess_name(bytes: &[u8], pos: usize) -> Option<&str> {
    let start = pos.checked_add(ENTRY_HEADER_LEN)?;
    let tail = bytes.get(start..)?;
    let window = tail.get(..256).unwrap_or(tail);
    let nul = window.iter().position(|&b| b == 0)?;
    let name = core::str::from_utf8(window.get(..nul)?).ok()?;
    (!name.is_empty()).then_some(name)
}

/// Decodes and validates the record starting at `pos`, entry number `index`.
fn decode_record(bytes: &[u8], pos: usize, index: usize) -> Result<Record<'_>, PackError> {
    let fail = |kind, at: usize, name: Option<&str>| PackError::entry(kind, at, index, pos, name);

    let available = bytes.len().saturating_sub(pos);
    if available == 0 {
        return Err(fail(PackErrorKind::MissingEnd, pos, None));
    }
    let (size, flags, reserved) = match (
        be_u32(bytes, pos),
        be_u32(bytes, pos.saturating_add(4)),
        be_u32(bytes, pos.saturating_add(8)),
    ) {
        (Some(s), Some(f), Some(r)) => (s, f, r),
        _ => {
            return Err(fail(
                PackErrorKind::EntryHeaderTruncated { available },
                pos,
                None,
            ))
        }
    };
    let name_pos = pos.saturating_add(ENTRY_HEADER_LEN);

    if size == 0 {
        if flags != 0 || tag4(bytes, name_pos) != Some(*b"end\0") {
            return Err(fail(PackErrorKind::BadEndEntry, pos, None));
        }
        if reserved != 0 {
            return Err(fail(
                PackErrorKind::ReservedNotZero { value: reserved },
                pos.saturating_add(8),
                Some("end"),
            ));
        }
        return Ok(Record::End);
    }

    let guess = guess_name(bytes, pos);
    if size < MIN_ENTRY_SIZE {
        return Err(fail(PackErrorKind::SizeTooSmall { size }, pos, guess));
    }
    if !size.is_multiple_of(4) {
        return Err(fail(PackErrorKind::SizeNotAligned { size }, pos, guess));
    }
    let end = match to_usize(size).and_then(|s| pos.checked_add(s)) {
        Some(end) if end <= bytes.len() => end,
        _ => {
            return Err(fail(
                PackErrorKind::SizePastEnd { size, available },
                pos,
                guess,
            ))
        }
    };
    if reserved != 0 {
        return Err(fail(
            PackErrorKind::ReservedNotZero { value: reserved },
            pos.saturating_add(8),
            guess,
        ));
    }
    const START_BEAM: u32 = FLAG_BEAM | FLAG_START;
    if !matches!(flags, FLAG_BEAM | START_BEAM | FLAG_FILE) {
        return Err(fail(
            PackErrorKind::UnknownFlags { flags },
            pos.saturating_add(4),
            guess,
        ));
    }

    // Name: NUL-terminated, inside the entry, non-empty UTF-8.
    let name_area = bytes.get(name_pos..end).unwrap_or(&[]);
    let nul = name_area
        .iter()
        .position(|&b| b == 0)
        .ok_or_else(|| fail(PackErrorKind::NameNotTerminated, name_pos, None))?;
    let name_bytes = name_area.get(..nul).unwrap_or(&[]);
    if name_bytes.is_empty() {
        return Err(fail(PackErrorKind::EmptyName, name_pos, None));
    }
    let name = core::str::from_utf8(name_bytes)
        .map_err(|_| fail(PackErrorKind::NameNotUtf8, name_pos, None))?;
    let fail = |kind, at: usize| PackError::entry(kind, at, index, pos, Some(name));

    // `end` is a multiple of 4 and the NUL lies before it, so the aligned
    // payload start cannot pass `end`; stay checked anyway.
    let payload_pos = name_pos
        .checked_add(nul)
        .and_then(|p| p.checked_add(1))
        .and_then(align4)
        .filter(|&p| p <= end)
        .ok_or_else(|| fail(PackErrorKind::NameNotTerminated, name_pos))?;
    let payload = bytes.get(payload_pos..end).unwrap_or(&[]);

    let data = if flags & FLAG_FILE != 0 {
        let length = be_u32(payload, 0)
            .ok_or_else(|| fail(PackErrorKind::FileLengthMissing, payload_pos))?;
        let available = payload.len().saturating_sub(4);
        to_usize(length)
            .and_then(|len| payload.get(4..len.checked_add(4)?))
            .ok_or_else(|| {
                fail(
                    PackErrorKind::FileLengthPastEntry { length, available },
                    payload_pos,
                )
            })?
    } else {
        if tag4(payload, 0) != Some(*b"FOR1") || tag4(payload, 8) != Some(*b"BEAM") {
            return Err(fail(PackErrorKind::BeamBadMagic, payload_pos));
        }
        let iff_size = be_u32(payload, 4).unwrap_or(0);
        if iff_size < 4 {
            return Err(fail(
                PackErrorKind::BeamLengthTooSmall { size: iff_size },
                payload_pos.saturating_add(4),
            ));
        }
        let length = u64::from(iff_size) + 8;
        usize::try_from(length)
            .ok()
            .and_then(|len| payload.get(..len))
            .ok_or_else(|| {
                fail(
                    PackErrorKind::BeamLengthPastEntry {
                        length,
                        available: payload.len(),
                    },
                    payload_pos.saturating_add(4),
                )
            })?
    };

    Ok(Record::Entry {
        entry: Entry {
            name,
            flags,
            offset: pos,
            data,
        },
        next: end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hand-assembled pack: one start BEAM, one 5-byte file, end.
    fn sample() -> [u8; 24 + 40 + 24 + 16] {
        let mut p = [0u8; 24 + 40 + 24 + 16];
        p[..24].copy_from_slice(&HEADER);
        // Entry 0 at 24, size 40, flags 3: "m.beam\0" (12 + 7 = 19, padded
        // to 20), then a 12-byte IFF and 8 bytes of slack.
        p[24..28].copy_from_slice(&40u32.to_be_bytes());
        p[28..32].copy_from_slice(&3u32.to_be_bytes());
        p[36..42].copy_from_slice(b"m.beam");
        p[44..48].copy_from_slice(b"FOR1");
        p[48..52].copy_from_slice(&4u32.to_be_bytes());
        p[52..56].copy_from_slice(b"BEAM");
        // Entry 1 at 64, size 24, flags 4: "f\0" (14, padded to 16), then
        // length 3 and "abc" (7, padded to 8).
        p[64..68].copy_from_slice(&24u32.to_be_bytes());
        p[68..72].copy_from_slice(&4u32.to_be_bytes());
        p[76] = b'f';
        p[80..84].copy_from_slice(&3u32.to_be_bytes());
        p[84..87].copy_from_slice(b"abc");
        p[88..104].copy_from_slice(&crate::END_ENTRY);
        p
    }

    #[test]
    fn reads_a_hand_made_pack() {
        let bytes = sample();
        let pack = Pack::parse(&bytes).unwrap();
        assert_eq!(pack.len(), 2);
        let e: [Entry; 2] = {
            let mut it = pack.entries();
            [it.next().unwrap(), it.next().unwrap()]
        };
        assert_eq!(e[0].name, "m.beam");
        assert!(e[0].is_start() && e[0].is_beam() && !e[0].is_file());
        assert_eq!(e[0].module_name(), Some("m"));
        assert_eq!(e[0].data, b"FOR1\0\0\0\x04BEAM");
        assert_eq!(e[0].offset, 24);
        assert_eq!(e[1].name, "f");
        assert!(e[1].is_file() && !e[1].is_beam());
        assert_eq!(e[1].module_name(), None);
        assert_eq!(e[1].data, b"abc");
        assert_eq!(pack.start_entry().map(|e| e.name), Some("m.beam"));
        assert_eq!(pack.find("f").map(|e| e.offset), Some(64));
        assert_eq!(pack.find_module("m").map(|e| e.offset), Some(24));
        assert_eq!(pack.end_offset(), 88);
        assert_eq!(pack.pack_len(), bytes.len());
    }

    #[test]
    fn errors_say_which_entry_and_where() {
        let mut bytes = sample();
        bytes[68..72].copy_from_slice(&9u32.to_be_bytes());
        let err = Pack::parse(&bytes).unwrap_err();
        assert_eq!(err.kind(), PackErrorKind::UnknownFlags { flags: 9 });
        assert_eq!(err.entry_index(), Some(1));
        assert_eq!(err.entry_offset(), Some(64));
        assert_eq!(err.entry_name(), Some("f"));
        assert_eq!(err.offset(), 68);

        let mut bytes = sample();
        bytes[48..52].copy_from_slice(&100u32.to_be_bytes());
        let err = Pack::parse(&bytes).unwrap_err();
        assert!(matches!(
            err.kind(),
            PackErrorKind::BeamLengthPastEntry {
                length: 108,
                available: 20
            }
        ));
        assert_eq!(err.entry_name(), Some("m.beam"));

        let bytes = sample();
        let err = Pack::parse(&bytes[..88]).unwrap_err();
        assert_eq!(err.kind(), PackErrorKind::MissingEnd);
        assert_eq!(err.entry_index(), Some(2));

        let err = Pack::parse(&bytes[..10]).unwrap_err();
        assert_eq!(err.kind(), PackErrorKind::HeaderTruncated { len: 10 });
        assert_eq!(err.entry_index(), None);
    }

    #[test]
    fn empty_pack() {
        let mut bytes = [0u8; 40];
        bytes[..24].copy_from_slice(&HEADER);
        bytes[24..].copy_from_slice(&crate::END_ENTRY);
        let pack = Pack::parse(&bytes).unwrap();
        assert!(pack.is_empty());
        assert_eq!(pack.entries().count(), 0);
        assert_eq!(pack.start_entry(), None);
    }
}
