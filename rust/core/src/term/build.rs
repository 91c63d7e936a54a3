//! Building boxed terms and cons cells into memory that will not move.
//!
//! `TermAlloc` is what a place that holds terms gives: words that stay where they are for as
//! long as the terms pointing at them live. A module's literal area (`Arena`) implements it
//! now; process heaps implement the same trait, so one set of constructors serves both.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use super::refc::{self, OffHeap, HEAP_BIN_MAX};
use super::{Boxed, Term, View, WORD_BYTES};
use crate::atom::Atom;

/// The small integer with this sign and magnitude digits (least significant first), when
/// it is one.
pub fn small_of_digits(negative: bool, digits: &[usize]) -> Option<Term> {
    let mut n = digits.len();
    while n > 0 && digits[n - 1] == 0 {
        n -= 1;
    }
    if n > 1 {
        return None;
    }
    let mag = digits.first().copied().unwrap_or(0) as i128;
    Term::small_i128(if negative { -mag } else { mag })
}

/// Smallest sub-binary that shares its bytes with the binary it comes from; smaller ones are
/// copied (a copy of a few bytes costs less than the sub-binary object, and does not keep
/// a large binary alive).
pub const SUB_BIN_MIN: usize = 64;

/// Memory that terms can be built in.
pub trait TermAlloc {
    /// `words` fresh words whose address stays fixed while terms point at them; `None` when
    /// the memory is exhausted.
    fn alloc(&mut self, words: usize) -> Option<&mut [Term]>;

    /// The off-heap binaries this memory holds handles to.
    fn off_heap(&mut self) -> &mut OffHeap;

    /// A tuple of `elems`.
    fn tuple(&mut self, elems: &[Term]) -> Option<Term> {
        let w = self.alloc(elems.len() + 1)?;
        w[0] = Term::header(Boxed::Tuple, elems.len());
        w[1..].copy_from_slice(elems);
        Some(Term::boxed_ptr(w.as_ptr()))
    }

    /// `[head | tail]`.
    fn cons(&mut self, head: Term, tail: Term) -> Option<Term> {
        let w = self.alloc(2)?;
        w[0] = head;
        w[1] = tail;
        Some(Term::list_ptr(w.as_ptr()))
    }

    /// A proper list of `elems` ending in `tail`.
    fn list(&mut self, elems: &[Term], tail: Term) -> Option<Term> {
        let mut t = tail;
        for &e in elems.iter().rev() {
            t = self.cons(e, t)?;
        }
        Some(t)
    }

    /// A boxed float (none exist without the `float` feature).
    #[cfg(feature = "float")]
    fn float(&mut self, f: f64) -> Option<Term> {
        let w = self.alloc(super::FLOAT_WORDS)?;
        w[0] = Term::header(Boxed::Float, super::FLOAT_WORDS - 1);
        let bytes = f.to_ne_bytes();
        for (i, chunk) in bytes.chunks(WORD_BYTES).enumerate() {
            let mut b = [0u8; WORD_BYTES];
            b[..chunk.len()].copy_from_slice(chunk);
            w[1 + i] = Term::from_raw(usize::from_ne_bytes(b));
        }
        Some(Term::boxed_ptr(w.as_ptr()))
    }

    /// An integer from its sign and magnitude digits (least significant first): a small
    /// integer when it fits, else a bignum with leading zero digits removed.
    #[cfg(feature = "bignum")]
    fn integer(&mut self, negative: bool, digits: &[usize]) -> Option<Term> {
        if let Some(t) = small_of_digits(negative, digits) {
            return Some(t);
        }
        let mut n = digits.len();
        while n > 0 && digits[n - 1] == 0 {
            n -= 1;
        }
        let digits = &digits[..n];
        let w = self.alloc(digits.len() + 1)?;
        let kind = if negative {
            Boxed::BigNeg
        } else {
            Boxed::BigPos
        };
        w[0] = Term::header(kind, digits.len());
        for (d, &v) in w[1..].iter_mut().zip(digits) {
            *d = Term::from_raw(v);
        }
        Some(Term::boxed_ptr(w.as_ptr()))
    }

    /// An integer from a signed 128-bit value.
    #[cfg(feature = "bignum")]
    fn int128(&mut self, v: i128) -> Option<Term> {
        if Term::fits_small(v) {
            return Some(Term::small(v as isize));
        }
        let mag = v.unsigned_abs();
        let digits = magnitude_digits(&mag.to_be_bytes());
        self.integer(v < 0, &digits)
    }

    /// A binary or bitstring of `bits` bits whose bytes are `bytes` (the last one holding
    /// the leftover bits in its high end).
    fn bitstring(&mut self, bytes: &[u8], bits: usize) -> Option<Term> {
        if bytes.len() > HEAP_BIN_MAX {
            let data = refc::new_data(bytes)?;
            return self.refc_handle(data, bits);
        }
        let data_words = bytes.len().div_ceil(WORD_BYTES);
        let w = self.alloc(2 + data_words)?;
        w[0] = Term::header(Boxed::HeapBin, 1 + data_words);
        w[1] = Term::from_raw(bits);
        for (i, chunk) in bytes.chunks(WORD_BYTES).enumerate() {
            let mut b = [0u8; WORD_BYTES];
            b[..chunk.len()].copy_from_slice(chunk);
            w[2 + i] = Term::from_raw(usize::from_ne_bytes(b));
        }
        Some(Term::boxed_ptr(w.as_ptr()))
    }

    /// A handle to the off-heap binary at `data`, taking over one count the caller holds.
    fn refc_handle(&mut self, data: usize, bits: usize) -> Option<Term> {
        let Some(w) = self.alloc(3) else {
            refc::decref(data);
            return None;
        };
        w[0] = Term::header(Boxed::RefcBin, 2);
        w[1] = Term::from_raw(data);
        w[2] = Term::from_raw(bits);
        let t = Term::boxed_ptr(w.as_ptr());
        self.off_heap().push(t);
        Some(t)
    }

    /// Bits `off .. off + bits` of the bitstring `src` (the caller checked the range). A large
    /// byte-aligned part shares `src`'s bytes (a sub-binary); anything else is a copy.
    fn sub_bitstring(&mut self, src: Term, off: usize, bits: usize) -> Option<Term> {
        let (root, base) = match src.boxed_kind() {
            Some(Boxed::SubBin) => {
                let w = src.boxed_words();
                (w[0], w[1].small_value() as usize)
            }
            _ => (src, 0),
        };
        if off.is_multiple_of(8)
            && bits / 8 >= SUB_BIN_MIN
            && Term::fits_small((base + off / 8) as i128)
            && Term::fits_small(bits as i128)
        {
            let w = self.alloc(4)?;
            w[0] = Term::header(Boxed::SubBin, 3);
            w[1] = root;
            w[2] = Term::small((base + off / 8) as isize);
            w[3] = Term::small(bits as isize);
            return Some(Term::boxed_ptr(w.as_ptr()));
        }
        let View::Binary(bytes, _) = src.view() else {
            return None;
        };
        let data = super::copy_bits(bytes, off, bits);
        self.bitstring(&data, bits)
    }

    /// A binary of whole bytes.
    fn binary(&mut self, bytes: &[u8]) -> Option<Term> {
        self.bitstring(bytes, bytes.len() * 8)
    }

    /// A local reference with `id`.
    fn reference(&mut self, id: u64) -> Option<Term> {
        const REF_WORDS: usize = 8 / WORD_BYTES;
        let w = self.alloc(1 + REF_WORDS)?;
        w[0] = Term::header(Boxed::Ref, REF_WORDS);
        let bytes = id.to_ne_bytes();
        for (i, chunk) in bytes.chunks(WORD_BYTES).enumerate() {
            let mut b = [0u8; WORD_BYTES];
            b.copy_from_slice(chunk);
            w[1 + i] = Term::from_raw(usize::from_ne_bytes(b));
        }
        Some(Term::boxed_ptr(w.as_ptr()))
    }

    /// A closure: lambda `lambda` of the loaded module with index `module`, with `env` as its
    /// free variables.
    fn closure(&mut self, module: u32, lambda: u32, env: &[Term]) -> Option<Term> {
        let w = self.alloc(3 + env.len())?;
        w[0] = Term::header(Boxed::Fun, 2 + env.len());
        w[1] = Term::small(module as isize);
        w[2] = Term::small(lambda as isize);
        w[3..].copy_from_slice(env);
        Some(Term::boxed_ptr(w.as_ptr()))
    }

    /// `fun M:F/A`.
    fn export(&mut self, module: Atom, function: Atom, arity: usize) -> Option<Term> {
        let w = self.alloc(4)?;
        w[0] = Term::header(Boxed::Export, 3);
        w[1] = Term::atom(module);
        w[2] = Term::atom(function);
        w[3] = Term::small(arity as isize);
        Some(Term::boxed_ptr(w.as_ptr()))
    }

    /// A map from key/value pairs whose keys are already sorted in map key order with no
    /// duplicates (`sort_map_pairs` makes them so).
    fn map_sorted(&mut self, pairs: &[(Term, Term)]) -> Option<Term> {
        if pairs.len() > super::hamt::FLAT_MAX {
            return super::hamt::build(self, pairs);
        }
        let keys: Vec<Term> = pairs.iter().map(|p| p.0).collect();
        let keys = self.tuple(&keys)?;
        let w = self.alloc(2 + pairs.len())?;
        w[0] = Term::header(Boxed::FlatMap, 1 + pairs.len());
        w[1] = keys;
        for (d, p) in w[2..].iter_mut().zip(pairs) {
            *d = p.1;
        }
        Some(Term::boxed_ptr(w.as_ptr()))
    }
}

/// Sort map pairs into map key order (the exact term order), the last of equal keys winning.
pub fn sort_map_pairs(pairs: &mut Vec<(Term, Term)>, atoms: &crate::atom::AtomTable) {
    // Stable sort keeps equal keys in insertion order; keep the last of each run.
    pairs.sort_by(|a, b| super::compare(a.0, b.0, true, atoms));
    let mut out: Vec<(Term, Term)> = Vec::with_capacity(pairs.len());
    for &p in pairs.iter() {
        match out.last_mut() {
            Some(last) if super::exact_eq(last.0, p.0) => *last = p,
            _ => out.push(p),
        }
    }
    *pairs = out;
}

/// Magnitude digits (least significant first) of a big-endian unsigned byte string.
pub fn magnitude_digits(be: &[u8]) -> Vec<usize> {
    let mut digits = vec![0usize; be.len().div_ceil(WORD_BYTES).max(1)];
    for (i, &b) in be.iter().rev().enumerate() {
        digits[i / WORD_BYTES] |= (b as usize) << (8 * (i % WORD_BYTES));
    }
    digits
}

/// Words that stay put: a module's literal area. Grows in blocks; never moves a word.
pub struct Arena {
    blocks: Vec<Box<[Term]>>,
    off_heap: OffHeap,
    used: usize,
    words: usize,
}

const BLOCK_WORDS: usize = 256;

impl Default for Arena {
    fn default() -> Self {
        Self::new()
    }
}

impl Arena {
    pub const fn new() -> Arena {
        Arena {
            blocks: Vec::new(),
            off_heap: OffHeap::new(),
            used: 0,
            words: 0,
        }
    }

    /// Words handed out so far.
    pub fn words_used(&self) -> usize {
        self.words
    }

    /// Words reserved from the allocator (used plus the unused tail of the last block).
    pub fn words_reserved(&self) -> usize {
        self.blocks.iter().map(|b| b.len()).sum()
    }
}

impl TermAlloc for Arena {
    fn off_heap(&mut self) -> &mut OffHeap {
        &mut self.off_heap
    }

    fn alloc(&mut self, words: usize) -> Option<&mut [Term]> {
        let fits = self
            .blocks
            .last()
            .is_some_and(|b| b.len() - self.used >= words);
        if !fits {
            let size = if words > BLOCK_WORDS / 4 {
                // A large object gets a block of its own, placed before the current block so
                // the current block's free tail stays usable.
                let block = vec![Term::NIL; words].into_boxed_slice();
                let at = self.blocks.len().saturating_sub(1);
                self.blocks.insert(at, block);
                self.words += words;
                return self.blocks.get_mut(at).map(|b| &mut b[..]);
            } else {
                BLOCK_WORDS
            };
            self.blocks.push(vec![Term::NIL; size].into_boxed_slice());
            self.used = 0;
        }
        let start = self.used;
        self.used += words;
        self.words += words;
        self.blocks.last_mut().map(|b| &mut b[start..start + words])
    }
}

// The test builds a float: only with the `float` feature.
#[cfg(all(test, feature = "float"))]
mod tests {
    use super::*;
    use crate::term::View;

    #[test]
    fn arena_builds_nested_terms() {
        let mut a = Arena::new();
        let f = a.float(1.5).unwrap();
        let b = a.binary(b"hello world").unwrap();
        let l = a.list(&[Term::small(1), f], Term::NIL).unwrap();
        let t = a.tuple(&[l, b]).unwrap();
        #[cfg(feature = "bignum")]
        let big = a.int128(1i128 << 100).unwrap();
        // A large object and many small ones must not disturb each other.
        let words = a.alloc(1000).unwrap().len();
        assert_eq!(words, 1000);
        for i in 0..500 {
            a.cons(Term::small(i), Term::NIL).unwrap();
        }
        match t.view() {
            View::Tuple(es) => {
                assert_eq!(es.len(), 2);
                match es[1].view() {
                    View::Binary(bytes, bits) => {
                        assert_eq!(bytes, b"hello world");
                        assert_eq!(bits, 88);
                    }
                    v => panic!("{v:?}"),
                }
            }
            v => panic!("{v:?}"),
        }
        assert!(matches!(f.view(), View::Float(x) if x == 1.5));
        #[cfg(feature = "bignum")]
        {
            match big.view() {
                View::Big(false, d) => assert_eq!(d.iter().filter(|&&x| x != 0).count(), 1),
                v => panic!("{v:?}"),
            }
            assert_eq!(a.int128(-5).unwrap().small_value(), -5);
        }
    }
}
