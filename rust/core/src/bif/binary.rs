//! Binaries: the `erlang` BIFs that make, take apart and convert binaries and bitstrings
//! (including the number/text conversions that go through them), and the `binary` module
//! functions that need no Erlang code. Results and errors follow OTP 25.

use alloc::string::String;
use alloc::vec::Vec;

use super::{badarg, list_elems, ok, oom, BifResult, Ctx};
use crate::atom;
use crate::exec::Exception;
use crate::term::build::TermAlloc;
use crate::term::{Term, View};

type R = Result<BifResult, Exception>;

fn system_limit() -> Exception {
    Exception::error(Term::atom(atom::SYSTEM_LIMIT))
}

/// The bytes of a binary (a bitstring of whole bytes).
fn bin<'a>(t: Term) -> Result<&'a [u8], Exception> {
    match t.view() {
        View::Binary(b, bits) if bits % 8 == 0 => Ok(&b[..bits / 8]),
        _ => Err(badarg()),
    }
}

/// The bytes and bit length of a bitstring.
fn bits<'a>(t: Term) -> Result<(&'a [u8], usize), Exception> {
    match t.view() {
        View::Binary(b, n) => Ok((b, n)),
        _ => Err(badarg()),
    }
}

/// A non-negative small integer.
fn nat(t: Term) -> Result<usize, Exception> {
    match t.view() {
        View::Small(n) if n >= 0 => Ok(n as usize),
        _ => Err(badarg()),
    }
}

fn small(t: Term) -> Result<isize, Exception> {
    match t.view() {
        View::Small(n) => Ok(n),
        _ => Err(badarg()),
    }
}

fn atom_text(c: &Ctx, t: Term) -> Option<String> {
    match t.view() {
        View::Atom(a) => Some(String::from(c.vm.atoms.lock().text(a))),
        _ => None,
    }
}

fn mk_atom(c: &Ctx, name: &str) -> Result<Term, Exception> {
    let a =
        c.vm.atoms
            .lock()
            .intern(name.as_bytes())
            .map_err(|_| oom())?;
    Ok(Term::atom(a))
}

fn new_bin(c: &mut Ctx, b: &[u8]) -> Result<Term, Exception> {
    c.p.heap.binary(b).ok_or_else(oom)
}

fn byte_list(c: &mut Ctx, b: &[u8]) -> Result<Term, Exception> {
    let v: Vec<Term> = b.iter().map(|&x| Term::small(x as isize)).collect();
    c.p.heap.list(&v, Term::NIL).ok_or_else(oom)
}

/// Appends bits to a bitstring being built.
struct BitWriter {
    bytes: Vec<u8>,
    bits: usize,
}

impl BitWriter {
    fn new() -> Self {
        BitWriter {
            bytes: Vec::new(),
            bits: 0,
        }
    }
    fn push(&mut self, src: &[u8], n: usize) {
        if self.bits.is_multiple_of(8) {
            self.bytes.extend_from_slice(&src[..n.div_ceil(8)]);
            self.bits += n;
            if !self.bits.is_multiple_of(8) {
                let keep = 0xffu8 << (8 - self.bits % 8);
                if let Some(l) = self.bytes.last_mut() {
                    *l &= keep;
                }
            }
            return;
        }
        for i in 0..n {
            let bit = (src[i / 8] >> (7 - i % 8)) & 1;
            if self.bits.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if bit != 0 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 0x80 >> (self.bits % 8);
            }
            self.bits += 1;
        }
    }
}

/// Flattens an iolist (bytes, binaries, nested lists; a binary may end a list). With
/// `allow_bits`, bitstrings are accepted anywhere (as `list_to_bitstring` does).
fn flatten(t: Term, allow_bits: bool) -> Result<BitWriter, Exception> {
    let mut w = BitWriter::new();
    let mut stack = alloc::vec![t];
    let mut top = true;
    while let Some(cur) = stack.pop() {
        let mut cur = cur;
        // The top term must be a list; deeper ones may be binaries.
        if top {
            top = false;
            if !cur.is_cons() && !cur.is_nil() {
                return Err(badarg());
            }
        }
        loop {
            if cur.is_nil() {
                break;
            }
            if let Some((h, tl)) = cur.cons_parts() {
                match h.view() {
                    View::Small(n) if (0..=255).contains(&n) => w.push(&[n as u8], 8),
                    View::Binary(b, n) if n % 8 == 0 || allow_bits => w.push(b, n),
                    View::Cons(..) | View::Nil => {
                        stack.push(tl);
                        stack.push(h);
                        break;
                    }
                    _ => return Err(badarg()),
                }
                cur = tl;
                continue;
            }
            match cur.view() {
                View::Binary(b, n) if n % 8 == 0 || allow_bits => w.push(b, n),
                _ => return Err(badarg()),
            }
            break;
        }
        // A nested list pushed (tail, head): the head is processed next, then the tail.
        // The tail of a nested list may itself be a binary; handled when popped via the
        // loop above since a popped binary is neither nil nor cons.
    }
    Ok(w)
}

fn iolist_bytes(t: Term) -> Result<Vec<u8>, Exception> {
    let w = flatten(t, false)?;
    if w.bits % 8 != 0 {
        return Err(badarg());
    }
    Ok(w.bytes)
}

// ---- erlang ----

/// Bits of a bitstring, or of what remains of a match context: OTP 26+ compilers pass a
/// match context to `byte_size`/`bit_size` where the binary it stands for is the rest of
/// the match (a tail kept as a context, or a binary whose match was abandoned and rewound).
fn size_bits(t: Term) -> Result<usize, Exception> {
    if let Some((_, total, off)) = crate::exec::bits::ctx(t) {
        return Ok(total - off);
    }
    Ok(bits(t)?.1)
}

pub fn byte_size(_: &mut Ctx, a: &[Term]) -> R {
    let n = size_bits(a[0])?;
    ok(Term::small(n.div_ceil(8) as isize))
}

pub fn bit_size(_: &mut Ctx, a: &[Term]) -> R {
    let n = size_bits(a[0])?;
    ok(Term::small(n as isize))
}

pub fn binary_to_list(c: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?;
    ok(byte_list(c, b)?)
}

pub fn binary_to_list3(c: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?;
    let (start, stop) = (nat(a[1])?, nat(a[2])?);
    if start < 1 || stop < start || stop > b.len() {
        return Err(badarg());
    }
    ok(byte_list(c, &b[start - 1..stop])?)
}

pub fn bitstring_to_list(c: &mut Ctx, a: &[Term]) -> R {
    let (b, n) = bits(a[0])?;
    let whole = n / 8;
    let mut v: Vec<Term> = b[..whole]
        .iter()
        .map(|&x| Term::small(x as isize))
        .collect();
    if n % 8 != 0 {
        let rest =
            c.p.heap
                .bitstring(&b[whole..whole + 1], n % 8)
                .ok_or_else(oom)?;
        v.push(rest);
    }
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}

pub fn list_to_binary(c: &mut Ctx, a: &[Term]) -> R {
    let v = iolist_bytes(a[0])?;
    ok(new_bin(c, &v)?)
}

pub fn iolist_to_binary(c: &mut Ctx, a: &[Term]) -> R {
    if let View::Binary(_, n) = a[0].view() {
        if n % 8 == 0 {
            return ok(a[0]);
        }
        return Err(badarg());
    }
    list_to_binary(c, a)
}

pub fn iolist_size(_: &mut Ctx, a: &[Term]) -> R {
    let n = match a[0].view() {
        View::Binary(_, n) if n % 8 == 0 => n / 8,
        _ => iolist_bytes(a[0])?.len(),
    };
    ok(Term::small(n as isize))
}

pub fn list_to_bitstring(c: &mut Ctx, a: &[Term]) -> R {
    let w = flatten(a[0], true)?;
    ok(c.p.heap.bitstring(&w.bytes, w.bits).ok_or_else(oom)?)
}

/// A part `{Start, Len}` of `size` bytes (Len may be negative) as a byte range.
fn part_range(size: usize, start: Term, len: Term) -> Result<(usize, usize), Exception> {
    let (s, l) = (small(start)?, small(len)?);
    let (from, to) = if l >= 0 {
        (s, s.checked_add(l).ok_or_else(badarg)?)
    } else {
        (s.checked_add(l).ok_or_else(badarg)?, s)
    };
    if from < 0 || to as usize > size || s < 0 {
        return Err(badarg());
    }
    Ok((from as usize, to as usize))
}

fn pos_len(t: Term) -> Result<(Term, Term), Exception> {
    match t.tuple_elements() {
        Some(&[p, l]) => Ok((p, l)),
        _ => Err(badarg()),
    }
}

pub fn binary_part2(c: &mut Ctx, a: &[Term]) -> R {
    let (p, l) = pos_len(a[1])?;
    binary_part3(c, &[a[0], p, l])
}

pub fn binary_part3(c: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?;
    let (from, to) = part_range(b.len(), a[1], a[2])?;
    sub(c, a[0], from, to)
}

pub fn split_binary(c: &mut Ctx, a: &[Term]) -> R {
    let (_, n) = bits(a[0])?;
    let pos = nat(a[1])?;
    if pos * 8 > n {
        return Err(badarg());
    }
    let first = c.p.heap.sub_bitstring(a[0], 0, pos * 8).ok_or_else(oom)?;
    let rest =
        c.p.heap
            .sub_bitstring(a[0], pos * 8, n - pos * 8)
            .ok_or_else(oom)?;
    ok(c.p.heap.tuple(&[first, rest]).ok_or_else(oom)?)
}

/// Bytes `from..to` of the binary `t`, sharing its memory when large.
fn sub_term(c: &mut Ctx, t: Term, from: usize, to: usize) -> Result<Term, Exception> {
    c.p.heap
        .sub_bitstring(t, from * 8, (to - from) * 8)
        .ok_or_else(oom)
}

fn sub(c: &mut Ctx, t: Term, from: usize, to: usize) -> R {
    ok(sub_term(c, t, from, to)?)
}

#[derive(PartialEq)]
enum Enc {
    Latin1,
    Utf8,
}

fn encoding(c: &Ctx, t: Term) -> Result<Enc, Exception> {
    match atom_text(c, t).as_deref() {
        Some("latin1") => Ok(Enc::Latin1),
        Some("utf8") | Some("unicode") => Ok(Enc::Utf8),
        _ => Err(badarg()),
    }
}

pub fn atom_to_binary(c: &mut Ctx, a: &[Term]) -> R {
    let name = atom_text(c, a[0]).ok_or_else(badarg)?;
    let enc = match a.get(1) {
        Some(&e) => encoding(c, e)?,
        None => Enc::Utf8,
    };
    let bytes: Vec<u8> = if enc == Enc::Latin1 {
        let mut v = Vec::new();
        for ch in name.chars() {
            v.push(u8::try_from(ch as u32).map_err(|_| badarg())?);
        }
        v
    } else {
        name.into_bytes()
    };
    ok(new_bin(c, &bytes)?)
}

fn to_atom(c: &mut Ctx, a: &[Term], existing: bool) -> R {
    let b = bin(a[0])?;
    let enc = match a.get(1) {
        Some(&e) => encoding(c, e)?,
        None => Enc::Utf8,
    };
    let name: String = match enc {
        Enc::Utf8 => String::from(core::str::from_utf8(b).map_err(|_| badarg())?),
        Enc::Latin1 => b.iter().map(|&x| char::from(x)).collect(),
    };
    if name.chars().count() > atom::MAX_ATOM_CHARS {
        return Err(system_limit());
    }
    let mut atoms = c.vm.atoms.lock();
    let at = if existing {
        atoms.lookup(name.as_bytes()).ok_or_else(badarg)?
    } else {
        atoms.intern(name.as_bytes()).map_err(|_| system_limit())?
    };
    ok(Term::atom(at))
}

pub fn binary_to_atom(c: &mut Ctx, a: &[Term]) -> R {
    to_atom(c, a, false)
}

pub fn binary_to_existing_atom(c: &mut Ctx, a: &[Term]) -> R {
    to_atom(c, a, true)
}

fn base_arg(t: Option<&Term>) -> Result<u32, Exception> {
    match t.map(|t| t.view()) {
        None => Ok(10),
        Some(View::Small(b)) if (2..=36).contains(&b) => Ok(b as u32),
        _ => Err(badarg()),
    }
}

/// The text of an integer in `base` (upper-case digits), any size.
fn integer_text(t: Term, base: u32) -> Result<String, Exception> {
    match t.view() {
        View::Small(n) => Ok(super::arith::to_base(n as i128, base)),
        #[cfg(feature = "bignum")]
        View::Big(neg, d) => {
            let mut mag: Vec<usize> = d.to_vec();
            let mut digits = Vec::new();
            while mag.iter().any(|&w| w != 0) {
                let mut rem: u128 = 0;
                for w in mag.iter_mut().rev() {
                    let cur = (rem << usize::BITS) | *w as u128;
                    *w = (cur / base as u128) as usize;
                    rem = cur % base as u128;
                }
                digits.push(
                    core::char::from_digit(rem as u32, base)
                        .unwrap_or('?')
                        .to_ascii_uppercase(),
                );
            }
            let mut s = String::new();
            if neg {
                s.push('-');
            }
            s.extend(digits.iter().rev());
            Ok(s)
        }
        _ => Err(badarg()),
    }
}

pub fn integer_to_binary(c: &mut Ctx, a: &[Term]) -> R {
    let base = base_arg(a.get(1))?;
    let s = integer_text(a[0], base)?;
    ok(new_bin(c, s.as_bytes())?)
}

/// Parses `[+-]digits` in `base` into an integer term of any size.
fn parse_integer(c: &mut Ctx, text: &[u8], base: u32) -> R {
    let (neg, digits) = match text.first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() {
        return Err(badarg());
    }
    let mut mag: Vec<usize> = alloc::vec![0];
    for &ch in digits {
        let d = (ch as char).to_digit(base).ok_or_else(badarg)? as u128;
        let mut carry = d;
        for w in mag.iter_mut() {
            let cur = *w as u128 * base as u128 + carry;
            *w = cur as usize;
            carry = cur >> usize::BITS;
        }
        if carry != 0 {
            mag.push(carry as usize);
        }
    }
    ok(super::int_of_digits(&mut c.p.heap, neg, &mag)?)
}

pub fn binary_to_integer(c: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?;
    let base = base_arg(a.get(1))?;
    parse_integer(c, b, base)
}

// ---- binary module ----

pub fn first(_: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?;
    ok(Term::small(*b.first().ok_or_else(badarg)? as isize))
}

pub fn last(_: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?;
    ok(Term::small(*b.last().ok_or_else(badarg)? as isize))
}

pub fn at(_: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?;
    let i = nat(a[1])?;
    ok(Term::small(*b.get(i).ok_or_else(badarg)? as isize))
}

pub fn copy1(c: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?.to_vec();
    ok(new_bin(c, &b)?)
}

pub fn copy2(c: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?;
    let n = nat(a[1])?;
    let total = b.len().checked_mul(n).ok_or_else(badarg)?;
    if total > (1 << 28) {
        return Err(system_limit());
    }
    let v = b.repeat(n);
    ok(new_bin(c, &v)?)
}

fn big_endian(c: &Ctx, a: &[Term]) -> Result<bool, Exception> {
    match a.get(1) {
        None => Ok(true),
        Some(&t) => match atom_text(c, t).as_deref() {
            Some("big") => Ok(true),
            Some("little") => Ok(false),
            _ => Err(badarg()),
        },
    }
}

pub fn decode_unsigned(c: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?;
    let big = big_endian(c, a)?;
    let mut be: Vec<u8> = b.to_vec();
    if !big {
        be.reverse();
    }
    let digits = crate::term::build::magnitude_digits(&be);
    ok(super::int_of_digits(&mut c.p.heap, false, &digits)?)
}

pub fn encode_unsigned(c: &mut Ctx, a: &[Term]) -> R {
    let big = big_endian(c, a)?;
    // Little-endian bytes of the magnitude.
    let mut le: Vec<u8> = match a[0].view() {
        View::Small(n) if n >= 0 => (n as usize).to_le_bytes().to_vec(),
        #[cfg(feature = "bignum")]
        View::Big(false, d) => d.iter().flat_map(|w| w.to_le_bytes()).collect(),
        _ => return Err(badarg()),
    };
    while le.len() > 1 && le.last() == Some(&0) {
        le.pop();
    }
    if big {
        le.reverse();
    }
    ok(new_bin(c, &le)?)
}

pub fn part2(c: &mut Ctx, a: &[Term]) -> R {
    binary_part2(c, a)
}

pub fn part3(c: &mut Ctx, a: &[Term]) -> R {
    binary_part3(c, a)
}

pub fn bin_to_list1(c: &mut Ctx, a: &[Term]) -> R {
    binary_to_list(c, a)
}

pub fn bin_to_list2(c: &mut Ctx, a: &[Term]) -> R {
    let (p, l) = pos_len(a[1])?;
    bin_to_list3(c, &[a[0], p, l])
}

pub fn bin_to_list3(c: &mut Ctx, a: &[Term]) -> R {
    let b = bin(a[0])?;
    let (from, to) = part_range(b.len(), a[1], a[2])?;
    ok(byte_list(c, &b[from..to])?)
}

pub fn list_to_bin(c: &mut Ctx, a: &[Term]) -> R {
    list_to_binary(c, a)
}

/// The patterns of split/match/matches/replace: a non-empty binary, or a non-empty list of
/// them.
fn patterns<'a>(t: Term) -> Result<Vec<&'a [u8]>, Exception> {
    // A compiled pattern (`compile_pattern/1`) is `{bm | ac, Patterns}`.
    let t = match t.view() {
        View::Tuple(&[tag, p]) if tag.is_atom() => p,
        _ => t,
    };
    let v: Vec<&[u8]> = match t.view() {
        View::Binary(..) => alloc::vec![bin(t)?],
        _ => {
            let es = list_elems(t).ok_or_else(badarg)?;
            es.into_iter().map(bin).collect::<Result<_, _>>()?
        }
    };
    if v.is_empty() || v.iter().any(|p| p.is_empty()) {
        return Err(badarg());
    }
    Ok(v)
}

#[derive(Default)]
struct Opts {
    global: bool,
    trim: bool,
    trim_all: bool,
    scope: Option<(usize, usize)>,
    insert: Vec<usize>,
}

/// Options; `allowed` names the plain atoms this function takes.
fn options(c: &Ctx, t: Term, allowed: &[&str], subject: usize) -> Result<Opts, Exception> {
    let mut o = Opts::default();
    for e in list_elems(t).ok_or_else(badarg)? {
        if let Some(name) = atom_text(c, e) {
            if !allowed.contains(&name.as_str()) {
                return Err(badarg());
            }
            match name.as_str() {
                "global" => o.global = true,
                "trim" => o.trim = true,
                "trim_all" => o.trim_all = true,
                _ => return Err(badarg()),
            }
            continue;
        }
        let (k, v) = pos_len(e)?;
        match atom_text(c, k).as_deref() {
            Some("scope") => {
                let (p, l) = pos_len(v)?;
                o.scope = Some(part_range(subject, p, l)?);
            }
            Some("insert_replaced") if allowed.contains(&"insert_replaced") => {
                o.insert = match v.view() {
                    View::Small(_) => alloc::vec![nat(v)?],
                    _ => list_elems(v)
                        .ok_or_else(badarg)?
                        .into_iter()
                        .map(nat)
                        .collect::<Result<_, _>>()?,
                };
            }
            _ => return Err(badarg()),
        }
    }
    Ok(o)
}

/// Non-overlapping matches in `hay[from..to]`, leftmost first, longest pattern at a
/// position; at most one unless `all`.
fn find(hay: &[u8], pats: &[&[u8]], from: usize, to: usize, all: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let best = pats
            .iter()
            .filter(|p| i + p.len() <= to && hay[i..i + p.len()] == ***p)
            .map(|p| p.len())
            .max();
        match best {
            Some(l) => {
                out.push((i, l));
                if !all {
                    break;
                }
                i += l;
            }
            None => i += 1,
        }
    }
    out
}

fn pos_len_term(c: &mut Ctx, (p, l): (usize, usize)) -> Result<Term, Exception> {
    c.p.heap
        .tuple(&[Term::small(p as isize), Term::small(l as isize)])
        .ok_or_else(oom)
}

fn scope_of(o: &Opts, len: usize) -> (usize, usize) {
    o.scope.unwrap_or((0, len))
}

pub fn match2(c: &mut Ctx, a: &[Term]) -> R {
    match3(c, &[a[0], a[1], Term::NIL])
}

pub fn match3(c: &mut Ctx, a: &[Term]) -> R {
    let hay = bin(a[0])?;
    let pats = patterns(a[1])?;
    let o = options(c, a[2], &[], hay.len())?;
    let (from, to) = scope_of(&o, hay.len());
    match find(hay, &pats, from, to, false).first() {
        Some(&m) => ok(pos_len_term(c, m)?),
        None => ok(mk_atom(c, "nomatch")?),
    }
}

pub fn matches2(c: &mut Ctx, a: &[Term]) -> R {
    matches3(c, &[a[0], a[1], Term::NIL])
}

pub fn matches3(c: &mut Ctx, a: &[Term]) -> R {
    let hay = bin(a[0])?;
    let pats = patterns(a[1])?;
    let o = options(c, a[2], &[], hay.len())?;
    let (from, to) = scope_of(&o, hay.len());
    let mut v = Vec::new();
    for m in find(hay, &pats, from, to, true) {
        v.push(pos_len_term(c, m)?);
    }
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}

pub fn split2(c: &mut Ctx, a: &[Term]) -> R {
    split3(c, &[a[0], a[1], Term::NIL])
}

pub fn split3(c: &mut Ctx, a: &[Term]) -> R {
    let hay = bin(a[0])?.to_vec();
    let pats = patterns(a[1])?;
    let o = options(c, a[2], &["global", "trim", "trim_all"], hay.len())?;
    let (from, to) = scope_of(&o, hay.len());
    let found = find(&hay, &pats, from, to, o.global);
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (p, l) in found {
        parts.push((start, p));
        start = p + l;
    }
    parts.push((start, hay.len()));
    if o.trim_all {
        parts.retain(|p| p.0 != p.1);
    } else if o.trim {
        while parts.last().is_some_and(|p| p.0 == p.1) {
            parts.pop();
        }
    }
    let mut v = Vec::new();
    for (from, to) in parts {
        v.push(sub_term(c, a[0], from, to)?);
    }
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}

pub fn replace3(c: &mut Ctx, a: &[Term]) -> R {
    replace4(c, &[a[0], a[1], a[2], Term::NIL])
}

pub fn replace4(c: &mut Ctx, a: &[Term]) -> R {
    let hay = bin(a[0])?;
    let pats = patterns(a[1])?;
    let rep = bin(a[2])?;
    let o = options(c, a[3], &["global", "insert_replaced"], hay.len())?;
    if o.insert.iter().any(|&i| i > rep.len()) {
        return Err(badarg());
    }
    let (from, to) = scope_of(&o, hay.len());
    let mut out = Vec::new();
    let mut start = 0;
    for (p, l) in find(hay, &pats, from, to, o.global) {
        out.extend_from_slice(&hay[start..p]);
        let matched = &hay[p..p + l];
        let mut prev = 0;
        let mut ins = o.insert.clone();
        ins.sort_unstable();
        for i in ins {
            out.extend_from_slice(&rep[prev..i]);
            out.extend_from_slice(matched);
            prev = i;
        }
        out.extend_from_slice(&rep[prev..]);
        start = p + l;
    }
    out.extend_from_slice(&hay[start..]);
    ok(new_bin(c, &out)?)
}

/// `binary:compile_pattern/1`: checked patterns in a tuple the search functions accept
/// (`{bm, P}` for one pattern, `{ac, Ps}` for several, as OTP tags them; the searches
/// need no precomputed tables here).
pub fn compile_pattern(c: &mut Ctx, a: &[Term]) -> R {
    let n = patterns(a[0])?.len();
    let single = a[0].is_boxed() || n == 1 && a[0].is_cons();
    let tag =
        c.vm.atoms
            .lock()
            .intern(if single { b"bm" } else { b"ac" })
            .map_err(|_| badarg())?;
    let p = if a[0].is_cons() && n == 1 {
        a[0].cons_parts().map_or(a[0], |(h, _)| h)
    } else {
        a[0]
    };
    ok(c.p.heap.tuple(&[Term::atom(tag), p]).ok_or_else(oom)?)
}

fn common_len(c: &mut Ctx, t: Term, from_end: bool) -> R {
    let _ = c;
    let bins = list_elems(t).ok_or_else(badarg)?;
    if bins.is_empty() {
        return Err(badarg());
    }
    let all: Vec<&[u8]> = bins.into_iter().map(bin).collect::<Result<_, _>>()?;
    let first = all[0];
    let mut n = first.len();
    for b in &all[1..] {
        let m = if from_end {
            first
                .iter()
                .rev()
                .zip(b.iter().rev())
                .take_while(|(x, y)| x == y)
                .count()
        } else {
            first
                .iter()
                .zip(b.iter())
                .take_while(|(x, y)| x == y)
                .count()
        };
        n = n.min(m);
    }
    ok(Term::small(n as isize))
}

pub fn longest_common_prefix(c: &mut Ctx, a: &[Term]) -> R {
    common_len(c, a[0], false)
}

pub fn longest_common_suffix(c: &mut Ctx, a: &[Term]) -> R {
    common_len(c, a[0], true)
}

/// The size of the binary whose bytes `t` shares (its own size unless it is a sub-binary).
pub fn referenced_byte_size(_: &mut Ctx, a: &[Term]) -> R {
    bits(a[0])?;
    let root = match a[0].boxed_kind() {
        Some(crate::term::Boxed::SubBin) => a[0].boxed_words()[0],
        _ => a[0],
    };
    let (b, _) = bits(root)?;
    ok(Term::small(b.len() as isize))
}
