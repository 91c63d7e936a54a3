//! The external term format at run time: `term_to_binary/1,2`, `term_to_iovec/1,2`,
//! `binary_to_term/1,2`, `erlang:external_size/1,2`.
//!
//! Encoding follows what OTP 26+ writes by default (minor version 2: atoms as UTF-8, floats
//! as 8-byte IEEE); `{minor_version, 0 | 1}` gives the older atom and float encodings.
//! Pids, ports and references are this node's (`nonode@nohost`, creation 0). A closure is
//! written as `NEW_FUN_EXT` naming its module and lambda; the MD5 field is zero (the VM does
//! not keep module MD5s), so such a binary decodes here but not on another VM. Decoding
//! (shared with the loader, `loader/etf.rs`) checks every length, accepts compressed terms,
//! and turns anything malformed into `badarg`.

use alloc::vec::Vec;

use super::maps;
use super::{badarg, list_elems, ok, oom, BifResult, Ctx};
use crate::atom::{self, Atom, AtomTable};
use crate::exec::Exception;
use crate::loader::etf::{decode_with, EtfError};
use crate::term::build::TermAlloc;
use crate::term::{Boxed, Term, View};
use crate::vm::Vm;

type R = Result<BifResult, Exception>;

#[derive(Clone, Copy)]
struct Opts {
    minor: u8,
    /// zlib level 0-9 when compressing.
    compress: Option<u8>,
}

fn opts(vm: &Vm, t: Term) -> Result<Opts, Exception> {
    let mut o = Opts {
        minor: 2,
        compress: None,
    };
    let atoms = vm.atoms.lock();
    for opt in list_elems(t).ok_or_else(badarg)? {
        match opt.view() {
            View::Atom(a) => match atoms.text(a) {
                "compressed" => o.compress = Some(6),
                "deterministic" => {}
                _ => return Err(badarg()),
            },
            View::Tuple(&[k, v]) => match (k.view(), v.view()) {
                (View::Atom(a), View::Small(n)) if atoms.text(a) == "compressed" => {
                    if !(0..=9).contains(&n) {
                        return Err(badarg());
                    }
                    o.compress = Some(n as u8);
                }
                (View::Atom(a), View::Small(n)) if atoms.text(a) == "minor_version" => {
                    if !(0..=2).contains(&n) {
                        return Err(badarg());
                    }
                    o.minor = n as u8;
                }
                (View::Atom(a), View::Atom(_)) if atoms.text(a) == "deterministic" => {}
                _ => return Err(badarg()),
            },
            _ => return Err(badarg()),
        }
    }
    Ok(o)
}

enum Work {
    Term(Term),
    /// Write the bytes written since offset `at + 4` as a u32 at `at` (a fun's size field).
    PatchSize(usize),
}

struct Encoder<'a> {
    out: Vec<u8>,
    atoms: &'a AtomTable,
    vm: &'a Vm,
    minor: u8,
}

impl Encoder<'_> {
    fn u16(&mut self, n: usize) {
        self.out.extend_from_slice(&(n as u16).to_be_bytes());
    }
    fn u32(&mut self, n: usize) {
        self.out.extend_from_slice(&(n as u32).to_be_bytes());
    }

    fn atom(&mut self, a: Atom) {
        let name = self.atoms.name(a);
        if self.minor < 2 {
            // Latin-1 when every character fits in a byte.
            if let Ok(s) = core::str::from_utf8(name) {
                if s.chars().all(|c| (c as u32) < 256) {
                    let latin1: Vec<u8> = s.chars().map(|c| c as u8).collect();
                    self.out.push(100);
                    self.u16(latin1.len());
                    self.out.extend_from_slice(&latin1);
                    return;
                }
            }
        }
        if name.len() < 256 {
            self.out.push(119);
            self.out.push(name.len() as u8);
        } else {
            self.out.push(118);
            self.u16(name.len());
        }
        self.out.extend_from_slice(name);
    }

    fn small_int(&mut self, n: i64) {
        if (0..256).contains(&n) {
            self.out.push(97);
            self.out.push(n as u8);
        } else if (i32::MIN as i64..=i32::MAX as i64).contains(&n) {
            self.out.push(98);
            self.out.extend_from_slice(&(n as i32).to_be_bytes());
        } else {
            let mag = n.unsigned_abs().to_le_bytes();
            self.big(n < 0, &mag);
        }
    }

    /// A bignum from little-endian magnitude bytes.
    fn big(&mut self, negative: bool, le: &[u8]) {
        let mut n = le.len();
        while n > 0 && le[n - 1] == 0 {
            n -= 1;
        }
        if n <= 4 {
            // A bignum that fits 32 signed bits (one on a 32-bit target, where small integers
            // have 28 bits) is INTEGER_EXT, as OTP writes it.
            let mag = le[..n].iter().rev().fold(0i64, |a, &b| (a << 8) | b as i64);
            let v = if negative { -mag } else { mag };
            if (i32::MIN as i64..=i32::MAX as i64).contains(&v) {
                self.out.push(98);
                self.out.extend_from_slice(&(v as i32).to_be_bytes());
                return;
            }
        }
        if n < 256 {
            self.out.push(110);
            self.out.push(n as u8);
        } else {
            self.out.push(111);
            self.u32(n);
        }
        self.out.push(negative as u8);
        self.out.extend_from_slice(&le[..n]);
    }

    fn pid(&mut self, id: usize) {
        self.out.push(88);
        self.atom(atom::NONODE);
        self.u32(id);
        self.u32(0);
        self.u32(0);
    }

    fn encode(&mut self, t: Term) -> Result<(), Exception> {
        let mut work = alloc::vec![Work::Term(t)];
        while let Some(w) = work.pop() {
            let t = match w {
                Work::Term(t) => t,
                Work::PatchSize(at) => {
                    let size = (self.out.len() - at) as u32;
                    self.out[at..at + 4].copy_from_slice(&size.to_be_bytes());
                    continue;
                }
            };
            match t.view() {
                View::Small(n) => self.small_int(n as i64),
                View::Big(neg, digits) => {
                    let le: Vec<u8> = digits.iter().flat_map(|d| d.to_le_bytes()).collect();
                    self.big(neg, &le);
                }
                #[cfg(feature = "float")]
                View::Float(f) => {
                    if self.minor == 0 {
                        self.out.push(99);
                        let text = float_text_20e(f);
                        let mut field = [0u8; 31];
                        let n = text.len().min(31);
                        field[..n].copy_from_slice(&text.as_bytes()[..n]);
                        self.out.extend_from_slice(&field);
                    } else {
                        self.out.push(70);
                        self.out.extend_from_slice(&f.to_be_bytes());
                    }
                }
                View::Atom(a) => self.atom(a),
                View::Nil => self.out.push(106),
                View::Pid(id) => self.pid(id),
                View::Port(id) => {
                    self.out.push(89);
                    self.atom(atom::NONODE);
                    self.u32(id);
                    self.u32(0);
                }
                View::Cons(..) => {
                    let mut n = 0usize;
                    let mut bytes = true;
                    let mut cur = t;
                    while let Some((h, tl)) = cur.cons_parts() {
                        n += 1;
                        bytes &= matches!(h.view(), View::Small(0..=255));
                        cur = tl;
                    }
                    if bytes && cur.is_nil() && n < 65536 {
                        self.out.push(107);
                        self.u16(n);
                        let mut cur = t;
                        while let Some((h, tl)) = cur.cons_parts() {
                            self.out.push(h.small_value() as u8);
                            cur = tl;
                        }
                    } else {
                        self.out.push(108);
                        self.u32(n);
                        let mut elems = Vec::with_capacity(n + 1);
                        let mut cur = t;
                        while let Some((h, tl)) = cur.cons_parts() {
                            elems.push(h);
                            cur = tl;
                        }
                        work.push(Work::Term(cur));
                        work.extend(elems.into_iter().rev().map(Work::Term));
                    }
                }
                View::Tuple(es) => {
                    if es.len() < 256 {
                        self.out.push(104);
                        self.out.push(es.len() as u8);
                    } else {
                        self.out.push(105);
                        self.u32(es.len());
                    }
                    work.extend(es.iter().rev().map(|&e| Work::Term(e)));
                }
                View::Binary(bytes, bits) => {
                    if bits % 8 == 0 {
                        self.out.push(109);
                        self.u32(bytes.len());
                        self.out.extend_from_slice(bytes);
                    } else {
                        self.out.push(77);
                        self.u32(bytes.len());
                        self.out.push((bits % 8) as u8);
                        self.out.extend_from_slice(bytes);
                    }
                }
                View::Export(m, f, a) => {
                    self.out.push(113);
                    self.atom(m);
                    self.atom(f);
                    self.small_int(a as i64);
                }
                _ if maps::is_map(t) => {
                    let pairs = maps::pairs(t);
                    self.out.push(116);
                    self.u32(pairs.len());
                    for &(k, v) in pairs.iter().rev() {
                        work.push(Work::Term(v));
                        work.push(Work::Term(k));
                    }
                }
                View::Other(Boxed::Ref) => {
                    let id = t.ref_id().ok_or_else(badarg)?;
                    self.out.push(90);
                    self.u16(3);
                    self.atom(atom::NONODE);
                    self.u32(0);
                    self.u32(id as u32 as usize);
                    self.u32((id >> 32) as usize);
                    self.u32(0);
                }
                View::Other(Boxed::Fun) => {
                    let (m, li, _) = super::closure_info(self.vm, t).ok_or_else(badarg)?;
                    let l = &m.module.lambdas[li];
                    let env = &t.boxed_words()[2..];
                    self.out.push(112);
                    let at = self.out.len();
                    self.u32(0);
                    self.out.push(l.arity.saturating_sub(l.num_free) as u8);
                    self.out.extend_from_slice(&[0u8; 16]);
                    self.u32(li);
                    self.u32(env.len());
                    self.atom(m.module.name);
                    self.small_int(l.old_index as i64);
                    self.small_int(l.old_uniq as i64);
                    self.pid(0);
                    work.push(Work::PatchSize(at));
                    work.extend(env.iter().rev().map(|&e| Work::Term(e)));
                }
                _ => return Err(badarg()),
            }
        }
        Ok(())
    }
}

/// A float as C's `%.20e` (the `FLOAT_EXT` of minor version 0): `1.50000000000000000000e+00`.
#[cfg(feature = "float")]
fn float_text_20e(f: f64) -> alloc::string::String {
    let s = alloc::format!("{f:.20e}");
    match s.split_once('e') {
        Some((mant, exp)) => {
            let (sign, digits) = match exp.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', exp),
            };
            alloc::format!("{mant}e{sign}{digits:0>2}")
        }
        None => s,
    }
}

/// The encoding of `t` with `o`, compressed when asked and smaller.
fn encode(vm: &Vm, t: Term, o: Opts) -> Result<Vec<u8>, Exception> {
    let atoms = vm.atoms.lock();
    let mut e = Encoder {
        out: alloc::vec![131],
        atoms: &atoms,
        vm,
        minor: o.minor,
    };
    e.encode(t)?;
    let out = e.out;
    drop(atoms);
    if let Some(level) = o.compress {
        let body = &out[1..];
        let z = miniz_oxide::deflate::compress_to_vec_zlib(body, level);
        if 6 + z.len() < out.len() {
            let mut c = Vec::with_capacity(6 + z.len());
            c.push(131);
            c.push(80);
            c.extend_from_slice(&(body.len() as u32).to_be_bytes());
            c.extend_from_slice(&z);
            return Ok(c);
        }
    }
    Ok(out)
}

pub fn term_to_binary1(c: &mut Ctx, a: &[Term]) -> R {
    let o = Opts {
        minor: 2,
        compress: None,
    };
    let bytes = encode(c.vm, a[0], o)?;
    ok(c.p.heap.binary(&bytes).ok_or_else(oom)?)
}

pub fn term_to_binary2(c: &mut Ctx, a: &[Term]) -> R {
    let o = opts(c.vm, a[1])?;
    let bytes = encode(c.vm, a[0], o)?;
    ok(c.p.heap.binary(&bytes).ok_or_else(oom)?)
}

pub fn term_to_iovec1(c: &mut Ctx, a: &[Term]) -> R {
    let BifResult::Value(b) = term_to_binary1(c, a)? else {
        return Err(badarg());
    };
    ok(c.p.heap.list(&[b], Term::NIL).ok_or_else(oom)?)
}

pub fn term_to_iovec2(c: &mut Ctx, a: &[Term]) -> R {
    let BifResult::Value(b) = term_to_binary2(c, a)? else {
        return Err(badarg());
    };
    ok(c.p.heap.list(&[b], Term::NIL).ok_or_else(oom)?)
}

pub fn external_size1(c: &mut Ctx, a: &[Term]) -> R {
    let o = Opts {
        minor: 2,
        compress: None,
    };
    ok(Term::small(encode(c.vm, a[0], o)?.len() as isize))
}

pub fn external_size2(c: &mut Ctx, a: &[Term]) -> R {
    let mut o = opts(c.vm, a[1])?;
    o.compress = None;
    ok(Term::small(encode(c.vm, a[0], o)?.len() as isize))
}

fn decode(c: &mut Ctx, bin: Term, safe: bool) -> Result<(Term, usize), Exception> {
    let View::Binary(bytes, bits) = bin.view() else {
        return Err(badarg());
    };
    if bits % 8 != 0 {
        return Err(badarg());
    }
    let vm = c.vm;
    let resolve = |m: Atom, index: u32, num_free: u32| -> Option<u32> {
        let lm = vm.loaded_module(m)?;
        let l = lm.module.lambdas.get(index as usize)?;
        (l.num_free == num_free).then_some(lm.index)
    };
    let mut atoms = vm.atoms.lock();
    let r = decode_with(bytes, &mut atoms, &mut c.p.heap, safe, Some(&resolve));
    drop(atoms);
    match r {
        Ok(v) => Ok(v),
        Err(EtfError::NoMemory) => Err(oom()),
        Err(_) => Err(badarg()),
    }
}

pub fn binary_to_term1(c: &mut Ctx, a: &[Term]) -> R {
    ok(decode(c, a[0], false)?.0)
}

pub fn binary_to_term2(c: &mut Ctx, a: &[Term]) -> R {
    let mut safe = false;
    let mut used = false;
    {
        let atoms = c.vm.atoms.lock();
        for opt in list_elems(a[1]).ok_or_else(badarg)? {
            match opt.atom_value_opt().map(|a| atoms.text(a)) {
                Some("safe") => safe = true,
                Some("used") => used = true,
                _ => return Err(badarg()),
            }
        }
    }
    let (t, n) = decode(c, a[0], safe)?;
    if used {
        return ok(c
            .p
            .heap
            .tuple(&[t, Term::small(n as isize)])
            .ok_or_else(oom)?);
    }
    ok(t)
}
