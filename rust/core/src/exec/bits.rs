//! Bit syntax: building binaries (`bs_create_bin`) and matching them (OTP 25's
//! `bs_start_match*`/`bs_get_*` family and OTP 26's `bs_match`).
//!
//! A match context is a boxed `MatchCtx` object `[Binary, OffsetInBits]` on the process
//! heap; matching moves the offset in place. Extracted binaries are copies (sub-binaries
//! that share the original's bytes are an optimisation still to come). Integers up to 128
//! bits are handled; wider ones raise `{unsupported, big_bitstring_integer}` until bignum
//! arithmetic lands.

use alloc::vec::Vec;

use super::Exception;
use crate::atom;
use crate::process::Process;
use crate::term::build::TermAlloc;
use crate::term::{Boxed, Term, View};
use crate::vm::Vm;

/// Segment flags (as `bs_*` field flags carry them).
pub const LITTLE: u32 = 0x02;
pub const SIGNED: u32 = 0x04;
pub const NATIVE: u32 = 0x10;

fn badarg() -> Exception {
    Exception::error(Term::atom(atom::BADARG))
}

fn unsupported(vm: &Vm, p: &mut Process, what: &str) -> Exception {
    let a = vm
        .atoms
        .lock()
        .intern(what.as_bytes())
        .unwrap_or(atom::UNSUPPORTED);
    match p
        .heap
        .tuple(&[Term::atom(atom::UNSUPPORTED), Term::atom(a)])
    {
        Some(t) => Exception::error(t),
        None => Exception::error(Term::atom(atom::SYSTEM_LIMIT)),
    }
}

/// Whether a flag set makes an integer little-endian (native is little on every target
/// this VM runs on).
fn little(flags: u32) -> bool {
    flags & (LITTLE | NATIVE) != 0
}

/// Flags from a literal list of atoms (`bs_match`, `bs_create_bin`).
pub fn flags_of(list: Term) -> u32 {
    let mut f = 0;
    let mut cur = list;
    while let Some((h, t)) = cur.cons_parts() {
        match h.view() {
            View::Atom(a) if a == atom::LITTLE => f |= LITTLE,
            View::Atom(a) if a == atom::SIGNED => f |= SIGNED,
            View::Atom(a) if a == atom::NATIVE => f |= NATIVE,
            _ => {}
        }
        cur = t;
    }
    f
}

// ---- reading bits ----

/// `n` bits of `bytes` from bit `off`, as a big-endian number (n <= 128).
fn read_uint(bytes: &[u8], off: usize, n: usize) -> u128 {
    let mut v: u128 = 0;
    for i in 0..n {
        let bit = off + i;
        let b = (bytes[bit / 8] >> (7 - bit % 8)) & 1;
        v = (v << 1) | b as u128;
    }
    v
}

pub use crate::term::copy_bits;

/// An integer of any width: `n` bits at `off`.
#[cfg(feature = "bignum")]
fn read_big(bytes: &[u8], off: usize, n: usize, flags: u32) -> num_bigint::BigInt {
    use num_bigint::{BigInt, BigUint};
    let raw = copy_bits(bytes, off, n);
    let mag = if little(flags) {
        let full = n / 8;
        let mut m = BigUint::from_bytes_le(&raw[..full]);
        if !n.is_multiple_of(8) {
            let part = raw[full] >> (8 - n % 8);
            m += BigUint::from(part) << (8 * full);
        }
        m
    } else {
        BigUint::from_bytes_be(&raw) >> (raw.len() * 8 - n)
    };
    let v = BigInt::from(mag);
    if flags & SIGNED != 0 && n > 0 && v.bit((n - 1) as u64) {
        v - (BigInt::from(1) << n)
    } else {
        v
    }
}

/// The integer in `n` bits at `off`, with the segment's endianness and signedness.
fn read_int(bytes: &[u8], off: usize, n: usize, flags: u32) -> Option<i128> {
    if n > 127 {
        return None;
    }
    let raw = if little(flags) {
        // Little-endian: whole bytes from the least significant, then the leftover high
        // bits (as OTP lays out a segment that is not whole bytes).
        let full = n / 8;
        let mut v: u128 = 0;
        for k in (0..full).rev() {
            v = (v << 8) | read_uint(bytes, off + 8 * k, 8);
        }
        if !n.is_multiple_of(8) {
            v |= read_uint(bytes, off + 8 * full, n % 8) << (8 * full);
        }
        v
    } else {
        read_uint(bytes, off, n)
    };
    if flags & SIGNED != 0 && n > 0 && (raw >> (n - 1)) & 1 == 1 {
        // raw - 2^n, in two's complement (2^127 itself does not fit an i128).
        Some(raw.wrapping_sub(1u128 << n) as i128)
    } else {
        Some(raw as i128)
    }
}

/// The integer in `n > 127` bits at `off`, when it fits 128 bits (the bits above bit 126
/// all repeat the sign); `None` when it needs a bignum.
#[cfg(not(feature = "bignum"))]
fn read_wide(bytes: &[u8], off: usize, n: usize, flags: u32) -> Option<i128> {
    let full = 8 * (n / 8);
    // Bit `i` of the value (0: least significant) and where the segment keeps it.
    let bit = |i: usize| -> bool {
        let pos = if !little(flags) {
            off + n - 1 - i
        } else if i < full {
            off + i / 8 * 8 + 7 - i % 8
        } else {
            off + full + (n - full - 1 - (i - full))
        };
        (bytes[pos / 8] >> (7 - pos % 8)) & 1 == 1
    };
    let top = flags & SIGNED != 0 && bit(n - 1);
    if (127..n).any(|i| bit(i) != top) {
        return None;
    }
    let mut raw: u128 = u128::from(top) << 127;
    for i in 0..127 {
        raw |= u128::from(bit(i)) << i;
    }
    Some(raw as i128)
}

// ---- match contexts ----

/// A new match context over `bin`, or `None` when `bin` is not a bitstring. A context
/// given again is reused.
pub fn start_match(p: &mut Process, bin: Term) -> Result<Option<Term>, Exception> {
    if bin.boxed_kind() == Some(Boxed::MatchCtx) {
        return Ok(Some(bin));
    }
    if !matches!(bin.view(), View::Binary(..)) {
        return Ok(None);
    }
    let w = p
        .heap
        .alloc(3)
        .ok_or_else(|| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))?;
    w[0] = Term::header(Boxed::MatchCtx, 2);
    w[1] = bin;
    w[2] = Term::small(0);
    Ok(Some(Term::boxed_ptr(w.as_ptr())))
}

/// A match context's binary bytes, total bits and current offset.
pub fn ctx<'a>(c: Term) -> Option<(&'a [u8], usize, usize)> {
    if c.boxed_kind() != Some(Boxed::MatchCtx) {
        return None;
    }
    let w = c.boxed_words();
    match (w[0].view(), w[1].view()) {
        (View::Binary(bytes, bits), View::Small(off)) => Some((bytes, bits, off as usize)),
        _ => None,
    }
}

pub fn set_offset(c: Term, off: usize) -> bool {
    c.set_boxed_word(Boxed::MatchCtx, 1, Term::small(off as isize))
}

/// Read an integer segment of `n` bits and advance; `Ok(None)` when it does not match.
pub fn get_integer(
    p: &mut Process,
    c: Term,
    n: usize,
    flags: u32,
) -> Result<Option<Term>, Exception> {
    let Some((bytes, bits, off)) = ctx(c) else {
        return Err(badarg());
    };
    if bits - off < n {
        return Ok(None);
    }
    let t = match read_int(bytes, off, n, flags) {
        Some(v) => crate::bif::int_term(&mut p.heap, v)?,
        #[cfg(feature = "bignum")]
        None => crate::bif::arith::big_term(&mut p.heap, &read_big(bytes, off, n, flags))
            .ok_or_else(|| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))?,
        // Wider than 127 bits: without bignums only a value that still fits (sign bits).
        #[cfg(not(feature = "bignum"))]
        None => match read_wide(bytes, off, n, flags) {
            Some(v) => crate::bif::int_term(&mut p.heap, v)?,
            None => return Err(crate::feature::unsupported(&mut p.heap, atom::BIGNUM)),
        },
    };
    set_offset(c, off + n);
    Ok(Some(t))
}

/// Read a binary segment of `n` bits (`None`: all that remains, which must be a multiple of
/// `unit`) and advance.
pub fn get_binary(
    p: &mut Process,
    c: Term,
    n: Option<usize>,
    unit: usize,
) -> Result<Option<Term>, Exception> {
    let Some((_, bits, off)) = ctx(c) else {
        return Err(badarg());
    };
    let left = bits - off;
    let n = match n {
        Some(n) if n <= left => n,
        Some(_) => return Ok(None),
        None if unit == 0 || left.is_multiple_of(unit) => left,
        None => return Ok(None),
    };
    let bin = c.boxed_words()[0];
    let t = p
        .heap
        .sub_bitstring(bin, off, n)
        .ok_or_else(|| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))?;
    set_offset(c, off + n);
    Ok(Some(t))
}

/// Read a float segment of 16, 32 or 64 bits and advance.
#[cfg(feature = "float")]
pub fn get_float(
    p: &mut Process,
    c: Term,
    n: usize,
    flags: u32,
) -> Result<Option<Term>, Exception> {
    let Some((bytes, bits, off)) = ctx(c) else {
        return Err(badarg());
    };
    if bits - off < n || !(n == 16 || n == 32 || n == 64) {
        return Ok(None);
    }
    let Some(raw) = read_int(bytes, off, n, flags & !SIGNED) else {
        return Ok(None);
    };
    let f = if n == 16 {
        f16_to_f64(raw as u16)
    } else if n == 32 {
        f32::from_bits(raw as u32) as f64
    } else {
        f64::from_bits(raw as u64)
    };
    if !f.is_finite() {
        return Ok(None);
    }
    set_offset(c, off + n);
    Ok(Some(p.heap.float(f).ok_or_else(|| {
        Exception::error(Term::atom(atom::SYSTEM_LIMIT))
    })?))
}

/// Read a UTF-8 encoded character and advance.
pub fn get_utf8(c: Term) -> Option<Term> {
    let (bytes, bits, off) = ctx(c)?;
    if !off.is_multiple_of(8) {
        return None;
    }
    let rest = &bytes[off / 8..bits / 8];
    let first = *rest.first()?;
    let len = match first {
        0x00..=0x7F => 1,
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let s = core::str::from_utf8(rest.get(..len)?).ok()?;
    let ch = s.chars().next()?;
    set_offset(c, off + 8 * len);
    Some(Term::small(ch as isize))
}

/// An IEEE 754 half-precision float.
#[cfg(feature = "float")]
fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1F) as i32;
    let frac = (h & 0x3FF) as f64;
    match exp {
        0 => sign * frac * libm::pow(2.0, -24.0),
        31 => f64::NAN,
        e => sign * (1.0 + frac / 1024.0) * libm::pow(2.0, (e - 15) as f64),
    }
}

/// The half-precision bits of `f`, rounded to nearest even (infinity when out of range).
#[cfg(feature = "float")]
fn f64_to_f16(f: f64) -> Option<u16> {
    let sign: u16 = if f.is_sign_negative() { 0x8000 } else { 0 };
    let a = f.abs();
    if a == 0.0 {
        return Some(sign);
    }
    if a >= 65520.0 {
        // Out of range: infinity, as OTP builds it.
        return Some(sign | 0x7C00);
    }
    // Scale into units of the smallest subnormal (2^-24) or of the value's own exponent.
    let e = libm::floor(libm::log2(a)) as i32;
    let e = e.max(-14);
    let ulp = libm::pow(2.0, (e - 10) as f64);
    let m = libm::rint(a / ulp) as u32; // ties to even
    let (e, m) = if m >= 2048 { (e + 1, m / 2) } else { (e, m) };
    if m < 1024 {
        // Subnormal.
        return Some(sign | m as u16);
    }
    let biased = (e + 15) as u16;
    if biased >= 31 {
        return Some(sign | 0x7C00);
    }
    Some(sign | (biased << 10) | (m as u16 & 0x3FF))
}

/// Read a UTF-16 encoded character (one unit or a surrogate pair) and advance.
pub fn get_utf16(c: Term, flags: u32) -> Option<Term> {
    let (bytes, bits, off) = ctx(c)?;
    let unit = |at: usize| -> Option<u32> {
        if bits - off < at + 16 {
            return None;
        }
        read_int(bytes, off + at, 16, flags & !SIGNED).map(|v| v as u32)
    };
    let u1 = unit(0)?;
    let (cp, used) = if (0xD800..0xDC00).contains(&u1) {
        let u2 = unit(16)?;
        if !(0xDC00..0xE000).contains(&u2) {
            return None;
        }
        (0x10000 + ((u1 - 0xD800) << 10) + (u2 - 0xDC00), 32)
    } else if (0xDC00..0xE000).contains(&u1) {
        return None;
    } else {
        (u1, 16)
    };
    set_offset(c, off + used);
    Some(Term::small(cp as isize))
}

/// Read a UTF-32 encoded character and advance.
pub fn get_utf32(c: Term, flags: u32) -> Option<Term> {
    let (bytes, bits, off) = ctx(c)?;
    if bits - off < 32 {
        return None;
    }
    let cp = read_int(bytes, off, 32, flags & !SIGNED)? as u32;
    char::from_u32(cp)?;
    set_offset(c, off + 32);
    Some(Term::small(cp as isize))
}

/// Skip `n` bits; false when fewer remain.
pub fn skip(c: Term, n: usize) -> bool {
    match ctx(c) {
        Some((_, bits, off)) if bits - off >= n => set_offset(c, off + n),
        _ => false,
    }
}

/// Bits left in the context.
pub fn remaining(c: Term) -> Option<usize> {
    ctx(c).map(|(_, bits, off)| bits - off)
}

/// The rest of the binary from the current position (shared when large, as sub_bitstring
/// decides).
pub fn tail(p: &mut Process, c: Term) -> Result<Term, Exception> {
    let Some((_, bits, off)) = ctx(c) else {
        return Err(badarg());
    };
    let bin = c.boxed_words()[0];
    p.heap
        .sub_bitstring(bin, off, bits - off)
        .ok_or_else(|| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))
}

/// Whether the next `n` bits equal those of `expected` (from bit 0) and advance if so.
pub fn match_bits(c: Term, expected: &[u8], n: usize) -> bool {
    let Some((bytes, bits, off)) = ctx(c) else {
        return false;
    };
    if bits - off < n || expected.len() * 8 < n {
        return false;
    }
    if copy_bits(bytes, off, n) != copy_bits(expected, 0, n) {
        return false;
    }
    set_offset(c, off + n)
}

// ---- building ----

/// A bitstring being built.
#[derive(Default)]
pub struct Builder {
    bytes: Vec<u8>,
    bits: usize,
}

impl Builder {
    fn push_bit(&mut self, b: bool) {
        if self.bits.is_multiple_of(8) {
            self.bytes.push(0);
        }
        if b {
            let i = self.bits / 8;
            self.bytes[i] |= 1 << (7 - self.bits % 8);
        }
        self.bits += 1;
    }

    fn push_bits(&mut self, data: &[u8], n: usize) {
        if self.bits.is_multiple_of(8) && n.is_multiple_of(8) {
            self.bytes.extend_from_slice(&data[..n / 8]);
            self.bits += n;
            return;
        }
        for i in 0..n {
            self.push_bit((data[i / 8] >> (7 - i % 8)) & 1 == 1);
        }
    }

    /// An integer of `n` bits (two's complement: truncated as OTP does, or sign-extended).
    fn push_int(&mut self, v: i128, n: usize, flags: u32) {
        // `v >> k` for any k: past bit 127 every bit is the sign.
        let shr = |k: usize| v >> k.min(127);
        if little(flags) {
            let full = n / 8;
            for k in 0..full {
                let byte = shr(8 * k) as u8;
                self.push_bits(&[byte], 8);
            }
            let rem = n % 8;
            if rem > 0 {
                let part = (shr(8 * full) as u8) << (8 - rem);
                self.push_bits(&[part], rem);
            }
        } else {
            // The leading `n % 8` bits one by one, then whole bytes, most significant first.
            let rem = n % 8;
            for i in (n - rem..n).rev() {
                self.push_bit(shr(i) & 1 == 1);
            }
            for k in (0..n / 8).rev() {
                self.push_bits(&[shr(8 * k) as u8], 8);
            }
        }
    }

    /// An integer of any width (two's complement of its low `n` bits).
    #[cfg(feature = "bignum")]
    fn push_big(&mut self, v: &num_bigint::BigInt, n: usize, flags: u32) {
        use num_bigint::BigInt;
        use num_integer::Integer;
        let nbytes = n.div_ceil(8);
        let m = v.mod_floor(&(BigInt::from(1) << n));
        let (_, mut be) = m.to_bytes_be();
        if be.len() < nbytes {
            let mut padded = alloc::vec![0u8; nbytes - be.len()];
            padded.extend_from_slice(&be);
            be = padded;
        }
        if little(flags) {
            be.reverse();
            let full = n / 8;
            self.push_bits(&be[..full], 8 * full);
            let rem = n % 8;
            if rem > 0 {
                let part = be[full] << (8 - rem);
                self.push_bits(&[part], rem);
            }
        } else {
            let bits = copy_bits(&be, nbytes * 8 - n, n);
            self.push_bits(&bits, n);
        }
    }

    pub fn finish(self, p: &mut Process) -> Option<Term> {
        p.heap.bitstring(&self.bytes, self.bits)
    }
}

fn int_of(t: Term) -> Option<i128> {
    match t.view() {
        View::Small(n) => Some(n as i128),
        View::Big(..) => crate::bif::arith::int(t).ok().flatten(),
        _ => None,
    }
}

/// The size operand of a segment: `Some(bits)` or `None` for `all`/`undefined`.
fn seg_size(size: Term, unit: usize) -> Result<Option<usize>, Exception> {
    // Segments over 256 MB are `system_limit` (OTP's limit is the memory it can get; this
    // VM refuses before trying, rather than failing to allocate).
    const MAX_BITS: usize = 1 << 31;
    match size.view() {
        View::Small(n) if n >= 0 => match (n as usize).checked_mul(unit) {
            Some(bits) if bits <= MAX_BITS => Ok(Some(bits)),
            _ => Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT))),
        },
        View::Big(false, _) => Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT))),
        View::Atom(_) => Ok(None),
        _ => Err(badarg()),
    }
}

/// Build a binary from `bs_create_bin` segments: groups of six terms (type atom, segment
/// number, unit, flags list, value, size). `strings` is the module's string table.
pub fn create(vm: &Vm, p: &mut Process, segs: &[Term], strings: &[u8]) -> Result<Term, Exception> {
    let mut b = Builder::default();
    for seg in segs.chunks(6) {
        let [ty, _num, unit, flags, src, size] = seg else {
            return Err(badarg());
        };
        let ty = match ty.view() {
            View::Atom(a) => a,
            _ => return Err(badarg()),
        };
        let unit = match unit.view() {
            View::Small(u) if u >= 0 => u as usize,
            _ => return Err(badarg()),
        };
        let flags = flags_of(*flags);
        let name = {
            let atoms = vm.atoms.lock();
            alloc::string::String::from(atoms.text(ty))
        };
        match name.as_str() {
            "integer" => {
                let n = seg_size(*size, unit)?.ok_or_else(badarg)?;
                match int_of(*src) {
                    Some(v) => b.push_int(v, n, flags),
                    #[cfg(feature = "bignum")]
                    None => {
                        let v = crate::bif::arith::big_of(*src).ok_or_else(badarg)?;
                        b.push_big(&v, n, flags);
                    }
                    // Not an integer (without bignums every integer is small).
                    #[cfg(not(feature = "bignum"))]
                    None => return Err(badarg()),
                }
            }
            "binary" | "append" | "private_append" => {
                let View::Binary(bytes, bits) = src.view() else {
                    return Err(badarg());
                };
                let n = match seg_size(*size, unit)? {
                    Some(n) if n <= bits => n,
                    Some(_) => return Err(badarg()),
                    None => bits,
                };
                if unit > 1 && !n.is_multiple_of(unit) {
                    return Err(badarg());
                }
                b.push_bits(bytes, n);
            }
            "string" => {
                let off = int_of(*src).ok_or_else(badarg)? as usize;
                let len = int_of(*size).ok_or_else(badarg)? as usize;
                let s = strings.get(off..off + len).ok_or_else(badarg)?;
                b.push_bits(s, len * 8);
            }
            #[cfg(not(feature = "float"))]
            "float" => return Err(crate::feature::unsupported(&mut p.heap, atom::FLOAT)),
            #[cfg(feature = "float")]
            "float" => {
                let n = seg_size(*size, unit)?.ok_or_else(badarg)?;
                let f = match src.view() {
                    View::Float(f) => f,
                    _ => int_of(*src).ok_or_else(badarg)? as f64,
                };
                let raw: i128 = match n {
                    64 => f.to_bits() as i128,
                    // Out of range gives infinity's bits, as OTP builds it.
                    32 => (f as f32).to_bits() as i128,
                    16 => f64_to_f16(f).ok_or_else(badarg)? as i128,
                    _ => return Err(badarg()),
                };
                b.push_int(raw, n, flags);
            }
            "utf8" => {
                let cp = int_of(*src).ok_or_else(badarg)?;
                let ch = u32::try_from(cp)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(badarg)?;
                let mut buf = [0u8; 4];
                let s = ch.encode_utf8(&mut buf);
                b.push_bits(s.as_bytes(), 8 * s.len());
            }
            "utf16" | "utf32" => {
                let cp = int_of(*src).ok_or_else(badarg)?;
                let ch = u32::try_from(cp)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(badarg)?;
                if name == "utf32" {
                    b.push_int(ch as i128, 32, flags);
                } else {
                    let mut buf = [0u16; 2];
                    for unit16 in ch.encode_utf16(&mut buf) {
                        b.push_int(*unit16 as i128, 16, flags);
                    }
                }
            }
            other => return Err(unsupported(vm, p, other)),
        }
    }
    b.finish(p)
        .ok_or_else(|| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))
}
