//! The `.avm` pack format, byte-compatible with the packs AtomVM's
//! `packbeam` tool produces.
//!
//! # Layout
//!
//! A pack is a flat sequence of 4-byte aligned records. Every integer in it
//! is a 32-bit big-endian word.
//!
//! * It opens with a fixed 24-byte header: the text
//!   `#!/usr/bin/env AtomVM\n` and two zero bytes ([`HEADER`]).
//! * Each entry then starts with three words — `size`, `flags` and a
//!   `reserved` word that must be zero — followed by the entry name and a NUL
//!   byte. Those 12 + name + 1 bytes are zero-padded up to a multiple of four,
//!   then the payload follows, zero-padded to a multiple of four as well.
//!   `size` counts all of it (header, name, both paddings, payload), so the
//!   next entry starts exactly `size` bytes further on.
//! * `flags` says what the payload is: [`FLAG_BEAM`] for compiled code,
//!   [`FLAG_BEAM`]` | `[`FLAG_START`] for the module the VM should boot
//!   (it exports `start/0`; the first such entry wins), and [`FLAG_FILE`] for
//!   any other file (priv data and the like).
//! * A BEAM payload is the IFF container of a `.beam` file, named
//!   `<module>.beam`. The IFF header (`"FOR1"`, length, `"BEAM"`) tells its
//!   exact size, so no separate length is stored.
//! * A plain-file payload is the file's length as one word followed by its
//!   bytes; its name is usually a path such as `<app>/priv/<file>`.
//! * The pack ends with a record whose `size` is zero: three zero words and
//!   the name `end` with its NUL ([`END_ENTRY`]). Anything after it is ignored
//!   (flash partitions are often padded), but it must be there.
//!
//! # This crate
//!
//! * [`Pack`] (always available, `no_std`, no allocation) validates a whole
//!   pack up front and then hands out [`Entry`] views borrowing the input.
//!   It never panics, whatever the bytes.
//! * [`beam::Beam`] walks the chunks of a BEAM file the same way.
//! * With the `std` feature: `PackWriter` builds packs, `prepare_beam`
//!   strips a BEAM file down to what the VM needs (inflating the literal
//!   table) and `beam_module_name` reads a module's name.
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[cfg(feature = "std")]
extern crate std;

pub mod beam;
mod bytes;
mod error;
#[cfg(feature = "std")]
mod prepare;
mod reader;
#[cfg(feature = "std")]
mod writer;

pub use beam::BeamError;
pub use error::{PackError, PackErrorKind};
#[cfg(feature = "std")]
pub use prepare::{beam_module_name, prepare_beam, KEPT_CHUNKS};
pub use reader::{Entries, Entry, Pack};
#[cfg(feature = "std")]
pub use writer::{PackWriter, WriteError, WriteErrorKind};

/// The 24 bytes every pack starts with.
pub const HEADER: [u8; 24] = *b"#!/usr/bin/env AtomVM\n\0\0";

/// The record that terminates a pack: size, flags and reserved all zero,
/// then the name `end` and its NUL.
pub const END_ENTRY: [u8; 16] = *b"\0\0\0\0\0\0\0\0\0\0\0\0end\0";

/// Flag bit: this BEAM entry is the entry point (exports `start/0`).
pub const FLAG_START: u32 = 1;
/// Flag bit: the payload is a BEAM file.
pub const FLAG_BEAM: u32 = 2;
/// Flag bit: the payload is a plain file (length word, then bytes).
pub const FLAG_FILE: u32 = 4;

/// Size of the fixed part of an entry header (size, flags, reserved).
pub const ENTRY_HEADER_LEN: usize = 12;
