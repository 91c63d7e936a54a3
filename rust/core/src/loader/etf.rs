//! Decoding the external term format (as `LitT`/`LitU`, `Attr` and `CInf` carry it) into
//! terms built by a `TermAlloc`.
//!
//! The decoder is iterative (an explicit stack, no recursion), checks every length against
//! the bytes that remain before allocating, and returns an error for anything it cannot
//! represent; it never panics on bad input.

use alloc::vec::Vec;

use crate::atom::{Atom, AtomTable};
use crate::term::build::{magnitude_digits, sort_map_pairs, TermAlloc};
use crate::term::Term;

/// Why a term could not be decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EtfError {
    /// The data ends inside a term.
    Truncated,
    /// A byte that is not a valid tag or field here.
    Invalid(&'static str),
    /// A valid term this VM does not support in this place.
    Unsupported(&'static str),
    /// `safe` decoding met an atom that does not exist.
    UnknownAtom,
    /// The term does not fit in memory.
    NoMemory,
    /// The term needs a cargo feature this build left out: `"bignum"` (an integer beyond the
    /// small-integer range), `"float"` (a float) or `"zlib"` (a compressed term).
    FeatureOff(&'static str),
}

const VERSION: u8 = 131;

enum Frame {
    Tuple {
        start: usize,
        left: usize,
    },
    List {
        start: usize,
        left: usize,
    },
    Map {
        start: usize,
        left: usize,
    },
    /// A closure's free variables: module index and lambda index.
    Fun {
        start: usize,
        left: usize,
        module: u32,
        lambda: u32,
    },
}

/// Finds the code of a fun being decoded: given the module name, the lambda index and the
/// number of free variables, the loaded module's index (`None`: not loaded, or no such
/// lambda).
pub type FunResolver<'a> = &'a dyn Fn(Atom, u32, u32) -> Option<u32>;

struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], EtfError> {
        let end = self.pos.checked_add(n).ok_or(EtfError::Truncated)?;
        let s = self.data.get(self.pos..end).ok_or(EtfError::Truncated)?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, EtfError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<usize, EtfError> {
        let b = self.take(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]) as usize)
    }
    fn u32(&mut self) -> Result<usize, EtfError> {
        let b = self.take(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }
    fn left(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }
}

/// Decode one term in external format (starting with the version byte 131). Returns the
/// term and the number of bytes used. With `safe`, unknown atoms are an error instead of
/// being created.
pub fn decode(
    data: &[u8],
    atoms: &mut AtomTable,
    heap: &mut dyn TermAlloc,
    safe: bool,
) -> Result<(Term, usize), EtfError> {
    decode_with(data, atoms, heap, safe, None)
}

/// Largest uncompressed size a compressed term may declare.
const MAX_INFLATED: usize = 1 << 28;

/// `decode`, also accepting compressed terms and (when `funs` is given) local funs.
pub fn decode_with(
    data: &[u8],
    atoms: &mut AtomTable,
    heap: &mut dyn TermAlloc,
    safe: bool,
    funs: Option<FunResolver>,
) -> Result<(Term, usize), EtfError> {
    let mut c = Cursor { data, pos: 0 };
    if c.u8()? != VERSION {
        return Err(EtfError::Invalid("version byte"));
    }
    if data.get(1) == Some(&80) {
        c.u8()?;
        let size = c.u32()?;
        if size > MAX_INFLATED {
            return Err(EtfError::Invalid("compressed size"));
        }
        let t = inflate_and_decode(&data[c.pos..], size, atoms, heap, safe, funs)?;
        // The compressed stream's own length is not recorded; all of the input is used.
        return Ok((t, data.len()));
    }
    let t = decode_body(&mut c, atoms, heap, safe, funs)?;
    Ok((t, c.pos))
}

/// A compressed term's body: inflated to `size` bytes, then decoded.
fn inflate_and_decode(
    compressed: &[u8],
    size: usize,
    atoms: &mut AtomTable,
    heap: &mut dyn TermAlloc,
    safe: bool,
    funs: Option<FunResolver>,
) -> Result<Term, EtfError> {
    let inflated = super::inflate_exact(compressed, size).map_err(|e| match e {
        super::InflateError::Invalid => EtfError::Invalid("compressed data"),
        super::InflateError::FeatureOff => EtfError::FeatureOff("zlib"),
    })?;
    let mut ic = Cursor {
        data: &inflated,
        pos: 0,
    };
    let t = decode_body(&mut ic, atoms, heap, safe, funs)?;
    if ic.pos != inflated.len() {
        return Err(EtfError::Invalid("compressed size"));
    }
    Ok(t)
}

/// Read a node name and check it is this node (the VM is not distributed).
fn local_node(c: &mut Cursor, atoms: &mut AtomTable, safe: bool) -> Result<(), EtfError> {
    let node = read_atom(c, atoms, safe)?;
    if node != crate::atom::NONODE {
        return Err(EtfError::Unsupported("term from another node"));
    }
    Ok(())
}

/// Read an integer encoded as SMALL_INTEGER_EXT or INTEGER_EXT.
fn read_small_int(c: &mut Cursor) -> Result<i64, EtfError> {
    match c.u8()? {
        97 => Ok(c.u8()? as i64),
        98 => Ok(c.u32()? as u32 as i32 as i64),
        _ => Err(EtfError::Invalid("integer")),
    }
}

fn atom_of(atoms: &mut AtomTable, name: &[u8], latin1: bool, safe: bool) -> Result<Atom, EtfError> {
    if safe {
        let found = if latin1 && !name.is_ascii() {
            let utf8: Vec<u8> = name
                .iter()
                .flat_map(|&b| {
                    let mut buf = [0u8; 4];
                    let s = char::from(b).encode_utf8(&mut buf);
                    s.as_bytes().to_vec()
                })
                .collect();
            atoms.lookup(&utf8)
        } else {
            atoms.lookup(name)
        };
        return found.ok_or(EtfError::UnknownAtom);
    }
    let r = if latin1 {
        atoms.intern_latin1(name)
    } else {
        atoms.intern(name)
    };
    r.map_err(|_| EtfError::Invalid("atom"))
}

/// Read an atom in any of its encodings (for `EXPORT_EXT` fields).
fn read_atom(c: &mut Cursor, atoms: &mut AtomTable, safe: bool) -> Result<Atom, EtfError> {
    let tag = c.u8()?;
    let (len, latin1) = match tag {
        100 => (c.u16()?, true),
        115 => (c.u8()? as usize, true),
        118 => (c.u16()?, false),
        119 => (c.u8()? as usize, false),
        _ => return Err(EtfError::Invalid("atom tag")),
    };
    let name = c.take(len)?;
    atom_of(atoms, name, latin1, safe)
}

fn decode_body(
    c: &mut Cursor,
    atoms: &mut AtomTable,
    heap: &mut dyn TermAlloc,
    safe: bool,
    funs: Option<FunResolver>,
) -> Result<Term, EtfError> {
    let mut frames: Vec<Frame> = Vec::new();
    let mut vals: Vec<Term> = Vec::new();
    loop {
        let tag = c.u8()?;
        let mut v = match tag {
            97 => Term::small(c.u8()? as isize),
            98 => {
                let b = c.take(4)?;
                let v = i32::from_be_bytes([b[0], b[1], b[2], b[3]]) as i128;
                #[cfg(feature = "bignum")]
                let t = heap.int128(v).ok_or(EtfError::NoMemory)?;
                // (Beyond the 28 bits of a 32-bit target's small integers.)
                #[cfg(not(feature = "bignum"))]
                let t = Term::small_i128(v).ok_or(EtfError::FeatureOff("bignum"))?;
                t
            }
            #[cfg(not(feature = "float"))]
            70 | 99 => return Err(EtfError::FeatureOff("float")),
            #[cfg(feature = "float")]
            70 => {
                let b = c.take(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                let f = f64::from_be_bytes(a);
                if !f.is_finite() {
                    return Err(EtfError::Invalid("float"));
                }
                heap.float(f).ok_or(EtfError::NoMemory)?
            }
            #[cfg(feature = "float")]
            99 => {
                let b = c.take(31)?;
                let text = b.split(|&x| x == 0).next().unwrap_or(&[]);
                let f: f64 = core::str::from_utf8(text)
                    .ok()
                    .and_then(|s| s.trim().parse().ok())
                    .ok_or(EtfError::Invalid("float string"))?;
                heap.float(f).ok_or(EtfError::NoMemory)?
            }
            100 | 115 | 118 | 119 => {
                let (len, latin1) = match tag {
                    100 => (c.u16()?, true),
                    115 => (c.u8()? as usize, true),
                    118 => (c.u16()?, false),
                    _ => (c.u8()? as usize, false),
                };
                let name = c.take(len)?;
                Term::atom(atom_of(atoms, name, latin1, safe)?)
            }
            104 | 105 => {
                let n = if tag == 104 {
                    c.u8()? as usize
                } else {
                    c.u32()?
                };
                if n > c.left() {
                    return Err(EtfError::Truncated);
                }
                if n == 0 {
                    heap.tuple(&[]).ok_or(EtfError::NoMemory)?
                } else {
                    frames.push(Frame::Tuple {
                        start: vals.len(),
                        left: n,
                    });
                    continue;
                }
            }
            106 => Term::NIL,
            107 => {
                let n = c.u16()?;
                let bytes = c.take(n)?;
                let elems: Vec<Term> = bytes.iter().map(|&b| Term::small(b as isize)).collect();
                heap.list(&elems, Term::NIL).ok_or(EtfError::NoMemory)?
            }
            108 => {
                let n = c.u32()?;
                if n >= c.left() {
                    return Err(EtfError::Truncated);
                }
                // n elements and then the tail.
                frames.push(Frame::List {
                    start: vals.len(),
                    left: n + 1,
                });
                continue;
            }
            109 => {
                let n = c.u32()?;
                let bytes = c.take(n)?;
                heap.binary(bytes).ok_or(EtfError::NoMemory)?
            }
            77 => {
                let n = c.u32()?;
                let bits = c.u8()? as usize;
                if bits == 0 || bits > 8 || (n == 0 && bits != 8) {
                    return Err(EtfError::Invalid("bit binary"));
                }
                let bytes = c.take(n)?;
                let total = if n == 0 { 0 } else { (n - 1) * 8 + bits };
                heap.bitstring(bytes, total).ok_or(EtfError::NoMemory)?
            }
            110 | 111 => {
                let n = if tag == 110 {
                    c.u8()? as usize
                } else {
                    c.u32()?
                };
                let sign = c.u8()?;
                if sign > 1 {
                    return Err(EtfError::Invalid("bignum sign"));
                }
                let le = c.take(n)?;
                // Magnitude is little-endian bytes; turn it into digits.
                let be: Vec<u8> = le.iter().rev().copied().collect();
                let digits = magnitude_digits(&be);
                #[cfg(feature = "bignum")]
                let t = heap.integer(sign == 1, &digits).ok_or(EtfError::NoMemory)?;
                #[cfg(not(feature = "bignum"))]
                let t = crate::term::build::small_of_digits(sign == 1, &digits)
                    .ok_or(EtfError::FeatureOff("bignum"))?;
                t
            }
            116 => {
                let n = c.u32()?;
                if n > c.left() / 2 {
                    return Err(EtfError::Truncated);
                }
                if n == 0 {
                    heap.map_sorted(&[]).ok_or(EtfError::NoMemory)?
                } else {
                    frames.push(Frame::Map {
                        start: vals.len(),
                        left: 2 * n,
                    });
                    continue;
                }
            }
            113 => {
                let m = read_atom(c, atoms, safe)?;
                let f = read_atom(c, atoms, safe)?;
                if c.u8()? != 97 {
                    return Err(EtfError::Invalid("export arity"));
                }
                let a = c.u8()? as usize;
                heap.export(m, f, a).ok_or(EtfError::NoMemory)?
            }
            88 | 103 => {
                local_node(c, atoms, safe)?;
                let id = c.u32()?;
                let serial = c.u32()?;
                if tag == 88 {
                    c.u32()?;
                } else {
                    c.u8()?;
                }
                if serial != 0 || id > usize::MAX >> 4 {
                    return Err(EtfError::Invalid("pid"));
                }
                Term::pid(id)
            }
            89 | 102 | 120 => {
                local_node(c, atoms, safe)?;
                let id = if tag == 120 {
                    let hi = c.u32()?;
                    let lo = c.u32()?;
                    if hi != 0 {
                        return Err(EtfError::Invalid("port"));
                    }
                    lo
                } else {
                    c.u32()?
                };
                if tag == 102 {
                    c.u8()?;
                } else {
                    c.u32()?;
                }
                if id > usize::MAX >> 4 {
                    return Err(EtfError::Invalid("port"));
                }
                Term::port(id)
            }
            90 | 114 => {
                let n = c.u16()?;
                local_node(c, atoms, safe)?;
                if tag == 90 {
                    c.u32()?;
                } else {
                    c.u8()?;
                }
                if n == 0 || n > 5 {
                    return Err(EtfError::Invalid("reference"));
                }
                let lo = c.u32()? as u64;
                let hi = if n > 1 { c.u32()? as u64 } else { 0 };
                for _ in 2..n {
                    if c.u32()? != 0 {
                        return Err(EtfError::Unsupported("reference"));
                    }
                }
                heap.reference(lo | (hi << 32)).ok_or(EtfError::NoMemory)?
            }
            112 => {
                let size = c.u32()?;
                if size < 4 || size - 4 > c.left() {
                    return Err(EtfError::Truncated);
                }
                let _arity = c.u8()?;
                let _uniq = c.take(16)?;
                let index = c.u32()? as u32;
                let num_free = c.u32()? as u32;
                let module = read_atom(c, atoms, safe)?;
                read_small_int(c)?;
                read_small_int(c)?;
                // The creating process.
                let ptag = c.u8()?;
                if ptag != 88 && ptag != 103 {
                    return Err(EtfError::Invalid("fun pid"));
                }
                local_node(c, atoms, safe)?;
                c.take(if ptag == 88 { 12 } else { 9 })?;
                let Some(resolve) = funs else {
                    return Err(EtfError::Unsupported("fun"));
                };
                let m = resolve(module, index, num_free).ok_or(EtfError::Unsupported("fun"))?;
                if num_free as usize > c.left() {
                    return Err(EtfError::Truncated);
                }
                if num_free == 0 {
                    heap.closure(m, index, &[]).ok_or(EtfError::NoMemory)?
                } else {
                    frames.push(Frame::Fun {
                        start: vals.len(),
                        left: num_free as usize,
                        module: m,
                        lambda: index,
                    });
                    continue;
                }
            }
            101 | 117 => return Err(EtfError::Unsupported("old-style term")),
            121 => return Err(EtfError::Unsupported("local term")),
            _ => return Err(EtfError::Invalid("tag")),
        };
        // Hand the value to the open containers, closing every one it completes.
        loop {
            let Some(frame) = frames.last_mut() else {
                return Ok(v);
            };
            vals.push(v);
            let (start, left) = match frame {
                Frame::Tuple { start, left }
                | Frame::List { start, left }
                | Frame::Map { start, left }
                | Frame::Fun { start, left, .. } => {
                    *left -= 1;
                    (*start, *left)
                }
            };
            if left > 0 {
                break;
            }
            let frame = frames.pop();
            let items = &vals[start..];
            v = match frame {
                Some(Frame::Tuple { .. }) => heap.tuple(items),
                Some(Frame::List { .. }) => {
                    let (elems, tail) = items.split_at(items.len() - 1);
                    heap.list(elems, tail[0])
                }
                Some(Frame::Fun { module, lambda, .. }) => heap.closure(module, lambda, items),
                _ => {
                    let mut pairs: Vec<(Term, Term)> =
                        items.chunks(2).map(|p| (p[0], p[1])).collect();
                    sort_map_pairs(&mut pairs, atoms);
                    heap.map_sorted(&pairs)
                }
            }
            .ok_or(EtfError::NoMemory)?;
            vals.truncate(start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::build::Arena;
    use crate::term::TermDisplay;
    use alloc::string::ToString;

    fn show(bytes: &[u8]) -> alloc::string::String {
        let mut atoms = AtomTable::new();
        let mut a = Arena::new();
        let (t, used) = decode(bytes, &mut atoms, &mut a, false).unwrap();
        assert_eq!(used, bytes.len());
        TermDisplay {
            term: t,
            atoms: &atoms,
        }
        .to_string()
    }

    #[test]
    fn decodes_what_term_to_binary_makes() {
        // term_to_binary({ok, [1,2|3], <<"ab">>, "hi", -5, 300, 1.5, #{b => 1, a => 2}})
        let bytes = [
            131, 104, 8, 119, 2, 111, 107, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3, 109, 0, 0, 0, 2,
            97, 98, 107, 0, 2, 104, 105, 98, 255, 255, 255, 251, 98, 0, 0, 1, 44, 70, 63, 248, 0,
            0, 0, 0, 0, 0, 116, 0, 0, 0, 2, 119, 1, 98, 97, 1, 119, 1, 97, 97, 2,
        ];
        assert_eq!(
            show(&bytes),
            "{ok,[1,2|3],<<97,98>>,[104,105],-5,300,1.5,#{a => 2,b => 1}}"
        );
        // The same as OTP 25's term_to_binary writes it (ATOM_EXT atoms, OTP's key order).
        let otp25 = [
            131, 104, 8, 100, 0, 2, 111, 107, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3, 109, 0, 0, 0,
            2, 97, 98, 107, 0, 2, 104, 105, 98, 255, 255, 255, 251, 98, 0, 0, 1, 44, 70, 63, 248,
            0, 0, 0, 0, 0, 0, 116, 0, 0, 0, 2, 100, 0, 1, 97, 97, 2, 100, 0, 1, 98, 97, 1,
        ];
        assert_eq!(
            show(&otp25),
            "{ok,[1,2|3],<<97,98>>,[104,105],-5,300,1.5,#{a => 2,b => 1}}"
        );
        // term_to_binary(1 bsl 70) and fun lists:map/2
        assert_eq!(
            show(&[131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64]),
            "1180591620717411303424"
        );
        assert_eq!(
            show(&[131, 113, 119, 5, 108, 105, 115, 116, 115, 119, 3, 109, 97, 112, 97, 2]),
            "fun lists:map/2"
        );
    }

    #[test]
    fn bad_input_is_an_error() {
        let mut atoms = AtomTable::new();
        let mut a = Arena::new();
        for bad in [
            &[131u8, 104, 3, 97][..],
            &[131, 108, 255, 255, 255, 255],
            &[131, 105, 255, 255, 255, 255, 97],
            &[130, 106],
            &[131, 200],
            &[131, 77, 0, 0, 0, 1, 9, 0],
        ] {
            assert!(decode(bad, &mut atoms, &mut a, false).is_err(), "{bad:?}");
        }
        assert_eq!(
            decode(&[131, 119, 3, 120, 121, 122], &mut atoms, &mut a, true),
            Err(EtfError::UnknownAtom)
        );
    }
}
