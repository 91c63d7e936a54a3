//! The tagged word: the one place that knows how a term is laid out in bits.
//!
//! A term is one machine word (`usize`): 32 bits on a microcontroller, 64 on the host.
//!
//! ```text
//! primary tag (bits 1..0)
//!   00  header word of a boxed object (only ever found on a heap, never in a register)
//!   01  list: pointer to a cons cell [head, tail]
//!   10  boxed: pointer to a header word
//!   11  immediate, then bits 3..2:
//!         00 pid     (index << 4)
//!         01 port    (index << 4)
//!         11 small integer (signed, word - 4 bits)
//!         10 immediate2, then bits 5..4:
//!              00 atom  (atom index << 6)
//!              01 catch (catch index << 6)
//!              11 nil   ([] is the word 0b111011)
//!
//! header word: bits 1..0 = 00, bits 5..2 = kind (Boxed), the rest = arity in words
//!   (for a tuple, its element count; for others, the number of words after the header)
//! ```
//! Cons cells and boxed objects are word aligned, so the two low bits of their addresses
//! are free for the tag.
//!
//! Everything that dereferences a pointer held in a term lives in this module; the rest of
//! the VM uses the safe accessors below.

pub mod build;
pub mod copy;
pub mod hamt;
mod order;
pub mod print;
pub mod refc;

#[cfg(feature = "bignum")]
pub use order::bigint;
#[cfg(all(feature = "float", feature = "bignum"))]
pub(crate) use order::floor_to_bigint;
pub use order::{compare, exact_eq, sorted_pairs};
pub use print::{format_float, write_atom, write_term, TermDisplay};

use crate::atom::Atom;

/// Bytes in a machine word.
pub const WORD_BYTES: usize = core::mem::size_of::<usize>();
/// Bits available to a small integer.
pub const SMALL_BITS: u32 = usize::BITS - 4;
/// Largest small integer.
pub const MAX_SMALL: isize = (1isize << (SMALL_BITS - 1)) - 1;
/// Smallest small integer.
pub const MIN_SMALL: isize = -(1isize << (SMALL_BITS - 1));
/// Words a boxed float takes (header + the f64).
pub const FLOAT_WORDS: usize = 1 + 8 / WORD_BYTES;

const TAG_MASK: usize = 0b11;
const TAG_HEADER: usize = 0b00;
const TAG_LIST: usize = 0b01;
const TAG_BOXED: usize = 0b10;
const TAG_IMMED: usize = 0b11;

const IMM1_MASK: usize = 0b1111;
const IMM1_PID: usize = 0b0011;
const IMM1_PORT: usize = 0b0111;
const IMM1_IMM2: usize = 0b1011;
const IMM1_SMALL: usize = 0b1111;

const IMM2_MASK: usize = 0b11_1111;
const IMM2_ATOM: usize = 0b00_1011;
const IMM2_CATCH: usize = 0b01_1011;
const IMM2_NIL: usize = 0b11_1011;

/// The kinds of boxed objects, as stored in bits 5..2 of a header word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Boxed {
    /// `{...}`: arity = element count.
    Tuple = 0,
    /// Positive bignum: arity = digit words, least significant first.
    BigPos = 1,
    /// Negative bignum (magnitude as for `BigPos`).
    BigNeg = 2,
    /// Local reference.
    Ref = 3,
    /// Closure.
    Fun = 4,
    /// IEEE 754 double.
    Float = 5,
    /// `fun M:F/A`: [module atom, function atom, arity small].
    Export = 6,
    /// Handle to an off-heap reference-counted binary: [data address, bit length] (raw words;
    /// see `refc`).
    RefcBin = 7,
    /// Binary or bitstring stored inline: [bit length, bytes...].
    HeapBin = 8,
    /// Byte-aligned slice of a heap or refc binary: [binary, byte offset (small), bit length
    /// (small)].
    SubBin = 9,
    /// Binary match context.
    MatchCtx = 10,
    /// Small map: [keys tuple, values...], keys sorted in term order.
    FlatMap = 11,
    /// Large map (hash trie).
    HashMap = 12,
    /// Pid of another node.
    ExtPid = 13,
    /// Port of another node.
    ExtPort = 14,
    /// Reference of another node.
    ExtRef = 15,
}

impl Boxed {
    /// Whether the words after the header are terms (scanned by the collector and deep
    /// copies) rather than raw data (digits, bytes, a float).
    pub fn holds_terms(self) -> bool {
        matches!(
            self,
            Boxed::Tuple
                | Boxed::FlatMap
                | Boxed::Export
                | Boxed::Fun
                | Boxed::HashMap
                | Boxed::MatchCtx
                | Boxed::SubBin
        )
    }

    fn from_bits(bits: usize) -> Boxed {
        match bits & 0xF {
            0 => Boxed::Tuple,
            1 => Boxed::BigPos,
            2 => Boxed::BigNeg,
            3 => Boxed::Ref,
            4 => Boxed::Fun,
            5 => Boxed::Float,
            6 => Boxed::Export,
            7 => Boxed::RefcBin,
            8 => Boxed::HeapBin,
            9 => Boxed::SubBin,
            10 => Boxed::MatchCtx,
            11 => Boxed::FlatMap,
            12 => Boxed::HashMap,
            13 => Boxed::ExtPid,
            14 => Boxed::ExtPort,
            _ => Boxed::ExtRef,
        }
    }
}

/// One tagged word.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct Term(usize);

impl core::fmt::Debug for Term {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Term({:#x})", self.0)
    }
}

/// What a term is, one level deep, for code that matches on it.
#[derive(Clone, Copy, Debug)]
pub enum View<'a> {
    Small(isize),
    Atom(Atom),
    Nil,
    Pid(usize),
    Port(usize),
    Catch(usize),
    Cons(Term, Term),
    Tuple(&'a [Term]),
    Float(f64),
    /// Sign (true = negative) and magnitude digits, least significant first.
    Big(bool, &'a [usize]),
    /// Bytes and length in bits.
    Binary(&'a [u8], usize),
    /// Sorted keys and their values.
    Map(&'a [Term], &'a [Term]),
    Export(Atom, Atom, usize),
    /// A boxed kind this build does not view yet (funs, refs, ...).
    Other(Boxed),
}

impl Term {
    /// `[]`.
    pub const NIL: Term = Term(IMM2_NIL);

    /// The raw word.
    #[inline]
    pub const fn raw(self) -> usize {
        self.0
    }

    /// Rebuild a term from a raw word.
    #[inline]
    pub const fn from_raw(w: usize) -> Term {
        Term(w)
    }

    /// Whether `n` fits a small integer.
    #[inline]
    pub const fn fits_small(n: i128) -> bool {
        n >= MIN_SMALL as i128 && n <= MAX_SMALL as i128
    }

    /// `n` as a small integer, when it fits.
    #[inline]
    pub const fn small_i128(n: i128) -> Option<Term> {
        if Term::fits_small(n) {
            Some(Term::small(n as isize))
        } else {
            None
        }
    }

    /// A small integer; the caller checks `fits_small`.
    #[inline]
    pub const fn small(n: isize) -> Term {
        Term(((n as usize) << 4) | IMM1_SMALL)
    }

    /// An atom.
    #[inline]
    pub const fn atom(a: Atom) -> Term {
        Term(((a.index() as usize) << 6) | IMM2_ATOM)
    }

    /// A local pid.
    #[inline]
    pub const fn pid(index: usize) -> Term {
        Term((index << 4) | IMM1_PID)
    }

    /// A local port.
    #[inline]
    pub const fn port(index: usize) -> Term {
        Term((index << 4) | IMM1_PORT)
    }

    /// A catch tag.
    #[inline]
    pub const fn catch(index: usize) -> Term {
        Term((index << 6) | IMM2_CATCH)
    }

    /// A header word for a boxed object.
    #[inline]
    pub const fn header(kind: Boxed, arity: usize) -> Term {
        Term((arity << 6) | ((kind as usize) << 2) | TAG_HEADER)
    }

    /// A list term pointing at a cons cell.
    #[inline]
    pub fn list_ptr(cell: *const Term) -> Term {
        debug_assert!((cell as usize) & TAG_MASK == 0);
        Term(cell as usize | TAG_LIST)
    }

    /// A boxed term pointing at a header word.
    #[inline]
    pub fn boxed_ptr(header: *const Term) -> Term {
        debug_assert!((header as usize) & TAG_MASK == 0);
        Term(header as usize | TAG_BOXED)
    }

    #[inline]
    pub const fn is_small(self) -> bool {
        self.0 & IMM1_MASK == IMM1_SMALL
    }
    #[inline]
    pub const fn is_atom(self) -> bool {
        self.0 & IMM2_MASK == IMM2_ATOM
    }
    #[inline]
    pub const fn is_nil(self) -> bool {
        self.0 == IMM2_NIL
    }
    #[inline]
    pub const fn is_cons(self) -> bool {
        self.0 & TAG_MASK == TAG_LIST
    }
    #[inline]
    pub const fn is_boxed(self) -> bool {
        self.0 & TAG_MASK == TAG_BOXED
    }
    #[inline]
    pub const fn is_immediate(self) -> bool {
        self.0 & TAG_MASK == TAG_IMMED
    }
    #[inline]
    pub const fn is_header(self) -> bool {
        self.0 & TAG_MASK == TAG_HEADER
    }

    /// The value of a small integer.
    #[inline]
    pub const fn small_value(self) -> isize {
        (self.0 as isize) >> 4
    }

    /// The atom of an atom term.
    #[inline]
    pub const fn atom_value(self) -> Atom {
        Atom::from_index((self.0 >> 6) as u32)
    }

    /// Kind of a header word.
    #[inline]
    pub fn header_kind(self) -> Boxed {
        Boxed::from_bits(self.0 >> 2)
    }

    /// Arity of a header word.
    #[inline]
    pub const fn header_arity(self) -> usize {
        self.0 >> 6
    }

    fn ptr(self) -> *const Term {
        (self.0 & !TAG_MASK) as *const Term
    }

    /// The atom of a term that is one.
    pub fn atom_value_opt(self) -> Option<Atom> {
        self.is_atom().then(|| self.atom_value())
    }

    /// The header of a boxed term.
    pub fn boxed_header(self) -> Option<Term> {
        if self.is_boxed() {
            // SAFETY: a boxed term always points at the live header word of an object
            // (on a process heap or in a module's literal area) that outlives the term.
            Some(unsafe { *self.ptr() })
        } else {
            None
        }
    }

    /// The kind of a boxed term.
    pub fn boxed_kind(self) -> Option<Boxed> {
        self.boxed_header().map(Term::header_kind)
    }

    /// The words of a boxed object after its header.
    fn boxed_payload<'a>(self) -> &'a [Term] {
        let p = self.ptr();
        // SAFETY: a boxed term points at a header whose arity counts the words that follow
        // it inside the same allocation, which lives as long as the term is reachable.
        unsafe {
            let arity = (*p).header_arity();
            core::slice::from_raw_parts(p.add(1), arity)
        }
    }

    /// The words of a boxed object after its header (empty for other terms).
    pub fn boxed_words<'a>(self) -> &'a [Term] {
        if self.is_boxed() {
            self.boxed_payload()
        } else {
            &[]
        }
    }

    /// Head and tail of a cons cell.
    pub fn cons_parts(self) -> Option<(Term, Term)> {
        if self.is_cons() {
            let p = self.ptr();
            // SAFETY: a list term points at a two-word cons cell that lives as long as the
            // term is reachable.
            Some(unsafe { (*p, *p.add(1)) })
        } else {
            None
        }
    }

    /// Overwrite word `i` after the header of a boxed object of `kind` that the running
    /// process owns (a match context's position, a tuple the compiler lets us update in
    /// place). False when `self` is not such an object or `i` is out of range.
    pub fn set_boxed_word(self, kind: Boxed, i: usize, v: Term) -> bool {
        if self.boxed_kind() != Some(kind) || i >= self.boxed_payload().len() {
            return false;
        }
        let p = self.ptr() as *mut Term;
        // SAFETY: `self` is a boxed object of `kind` whose payload has more than `i` words
        // (checked above); it lives on the running process's heap, which only that process
        // touches while it runs, so the write races with nothing.
        unsafe { *p.add(1 + i) = v };
        true
    }

    /// The id of a local reference (`TermAlloc::reference` builds them).
    pub fn ref_id(self) -> Option<u64> {
        if self.boxed_kind() != Some(Boxed::Ref) {
            return None;
        }
        let mut bytes = [0u8; 8];
        for (i, w) in self.boxed_words().iter().take(8 / WORD_BYTES).enumerate() {
            bytes[i * WORD_BYTES..(i + 1) * WORD_BYTES].copy_from_slice(&w.raw().to_ne_bytes());
        }
        Some(u64::from_ne_bytes(bytes))
    }

    /// Elements of a tuple.
    pub fn tuple_elements<'a>(self) -> Option<&'a [Term]> {
        match self.boxed_kind() {
            Some(Boxed::Tuple) => Some(self.boxed_payload()),
            _ => None,
        }
    }

    /// One level of structure, for code that matches on what a term is.
    pub fn view<'a>(self) -> View<'a> {
        match self.0 & TAG_MASK {
            TAG_LIST => {
                let (h, t) = self.cons_parts().unwrap_or((Term::NIL, Term::NIL));
                View::Cons(h, t)
            }
            TAG_BOXED => {
                let hdr = self.boxed_header().unwrap_or(Term::NIL);
                let payload = self.boxed_payload();
                match hdr.header_kind() {
                    Boxed::Tuple => View::Tuple(payload),
                    Boxed::Float => View::Float(float_from_words(payload)),
                    k @ (Boxed::BigPos | Boxed::BigNeg) => {
                        View::Big(k == Boxed::BigNeg, words_as_usize(payload))
                    }
                    Boxed::HeapBin => {
                        let bits = payload.first().map_or(0, |w| w.0);
                        let bytes = words_as_bytes(&payload[1.min(payload.len())..]);
                        let len = bits.div_ceil(8).min(bytes.len());
                        View::Binary(&bytes[..len], bits)
                    }
                    Boxed::RefcBin => {
                        let (data, bits) = (payload[0].0, payload[1].0);
                        let bytes = refc::data_bytes(data);
                        View::Binary(&bytes[..bits.div_ceil(8).min(bytes.len())], bits)
                    }
                    Boxed::SubBin => {
                        let (off, bits) = (
                            payload[1].small_value() as usize,
                            payload[2].small_value() as usize,
                        );
                        match payload[0].view() {
                            View::Binary(bytes, _) => {
                                let end = (off + bits.div_ceil(8)).min(bytes.len());
                                View::Binary(&bytes[off.min(end)..end], bits)
                            }
                            _ => View::Other(Boxed::SubBin),
                        }
                    }
                    Boxed::FlatMap => {
                        let keys = payload
                            .first()
                            .and_then(|k| k.tuple_elements())
                            .unwrap_or(&[]);
                        View::Map(keys, &payload[1.min(payload.len())..])
                    }
                    Boxed::Export => View::Export(
                        payload[0].atom_value(),
                        payload[1].atom_value(),
                        payload[2].small_value() as usize,
                    ),
                    k => View::Other(k),
                }
            }
            TAG_IMMED => match self.0 & IMM1_MASK {
                IMM1_SMALL => View::Small(self.small_value()),
                IMM1_PID => View::Pid(self.0 >> 4),
                IMM1_PORT => View::Port(self.0 >> 4),
                IMM1_IMM2 => match self.0 & IMM2_MASK {
                    IMM2_ATOM => View::Atom(self.atom_value()),
                    IMM2_CATCH => View::Catch(self.0 >> 6),
                    IMM2_NIL => View::Nil,
                    _ => View::Other(Boxed::Tuple),
                },
                _ => View::Other(Boxed::Tuple),
            },
            _ => View::Other(self.header_kind()),
        }
    }
}

/// `n` bits of `bytes` from bit `off`, packed into bytes (the last holding the leftover
/// bits in its high end). The caller checks that the range is inside `bytes`.
pub fn copy_bits(bytes: &[u8], off: usize, n: usize) -> alloc::vec::Vec<u8> {
    if off.is_multiple_of(8) {
        let start = off / 8;
        let mut v = bytes[start..start + n.div_ceil(8)].to_vec();
        if !n.is_multiple_of(8) {
            if let Some(last) = v.last_mut() {
                *last &= 0xFFu8 << (8 - n % 8);
            }
        }
        return v;
    }
    let shift = off % 8;
    let start = off / 8;
    let nbytes = n.div_ceil(8);
    let mut out = alloc::vec![0u8; nbytes];
    for (i, o) in out.iter_mut().enumerate() {
        let hi = bytes[start + i] << shift;
        let lo = bytes.get(start + i + 1).map_or(0, |b| b >> (8 - shift));
        *o = hi | lo;
    }
    if !n.is_multiple_of(8) {
        if let Some(last) = out.last_mut() {
            *last &= 0xFFu8 << (8 - n % 8);
        }
    }
    out
}

/// The f64 stored in the words after a float header.
fn float_from_words(words: &[Term]) -> f64 {
    let mut bytes = [0u8; 8];
    let src = words_as_bytes(words);
    let n = src.len().min(8);
    bytes[..n].copy_from_slice(&src[..n]);
    f64::from_ne_bytes(bytes)
}

fn words_as_bytes(words: &[Term]) -> &[u8] {
    // SAFETY: `Term` is a transparent `usize`; any initialised words are valid bytes, and the
    // byte slice covers exactly the same memory with the same lifetime.
    unsafe { core::slice::from_raw_parts(words.as_ptr() as *const u8, words.len() * WORD_BYTES) }
}

fn words_as_usize(words: &[Term]) -> &[usize] {
    // SAFETY: `Term` is `#[repr(transparent)]` over `usize`.
    unsafe { core::slice::from_raw_parts(words.as_ptr() as *const usize, words.len()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immediates_round_trip() {
        for n in [0isize, 1, -1, MAX_SMALL, MIN_SMALL, 12345, -98765] {
            let t = Term::small(n);
            assert!(t.is_small());
            assert_eq!(t.small_value(), n);
        }
        let a = Term::atom(Atom::from_index(77));
        assert!(a.is_atom() && !a.is_small() && !a.is_nil());
        assert_eq!(a.atom_value().index(), 77);
        assert!(Term::NIL.is_nil() && !Term::NIL.is_atom());
        assert!(matches!(Term::pid(5).view(), View::Pid(5)));
        assert!(matches!(Term::port(6).view(), View::Port(6)));
        assert!(matches!(Term::catch(7).view(), View::Catch(7)));
    }

    #[test]
    fn small_range() {
        assert!(Term::fits_small(MAX_SMALL as i128));
        assert!(!Term::fits_small(MAX_SMALL as i128 + 1));
        assert!(!Term::fits_small(MIN_SMALL as i128 - 1));
    }

    #[test]
    fn header_fields() {
        let h = Term::header(Boxed::FlatMap, 42);
        assert!(h.is_header());
        assert_eq!(h.header_kind(), Boxed::FlatMap);
        assert_eq!(h.header_arity(), 42);
    }
}
