//! Writing terms as `io:format("~w")` does (used by the disassembler and diagnostics).

use alloc::string::String;
#[cfg(feature = "bignum")]
use alloc::vec::Vec;
use core::fmt::{self, Write};

use super::{Term, View};
use crate::atom::{Atom, AtomTable};

/// A term with the atom table needed to print it.
pub struct TermDisplay<'a> {
    pub term: Term,
    pub atoms: &'a AtomTable,
}

impl fmt::Display for TermDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_term(f, self.term, self.atoms)
    }
}

const RESERVED: &[&str] = &[
    "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case",
    "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive",
    "rem", "try", "when", "xor",
];

/// Write an atom, quoted when it must be.
pub fn write_atom(out: &mut dyn Write, a: Atom, atoms: &AtomTable) -> fmt::Result {
    let name = atoms.text(a);
    let mut chars = name.chars();
    let plain = match chars.next() {
        Some(c) if c.is_ascii_lowercase() || ('ß'..='ÿ').contains(&c) && c != '÷' => {
            name.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || c == '_'
                    || c == '@'
                    || (('À'..='ÿ').contains(&c) && c != '×' && c != '÷')
            })
        }
        _ => false,
    } && !RESERVED.contains(&name);
    if plain {
        return out.write_str(name);
    }
    out.write_char('\'')?;
    for c in name.chars() {
        match c {
            '\'' => out.write_str("\\'")?,
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\t' => out.write_str("\\t")?,
            c if (c as u32) < 0x20 => write!(out, "\\^{}", (c as u8 + 64) as char)?,
            c => out.write_char(c)?,
        }
    }
    out.write_char('\'')
}

/// Decimal digits of a magnitude (little-endian digit words).
#[cfg(feature = "bignum")]
pub fn magnitude_to_decimal(digits: &[usize]) -> String {
    let mut mag: Vec<usize> = digits.to_vec();
    while mag.last() == Some(&0) {
        mag.pop();
    }
    if mag.is_empty() {
        return String::from("0");
    }
    // Divide repeatedly by 10^CHUNK, collecting chunks of decimal digits.
    const CHUNK: u32 = if usize::BITS == 64 { 18 } else { 9 };
    let div = 10usize.pow(CHUNK) as u128;
    let mut parts: Vec<usize> = Vec::new();
    while !mag.is_empty() {
        let mut rem: u128 = 0;
        for d in mag.iter_mut().rev() {
            let cur = (rem << usize::BITS) | *d as u128;
            *d = (cur / div) as usize;
            rem = cur % div;
        }
        parts.push(rem as usize);
        while mag.last() == Some(&0) {
            mag.pop();
        }
    }
    let mut s = String::new();
    let mut first = true;
    for p in parts.iter().rev() {
        if first {
            let _ = write!(s, "{p}");
            first = false;
        } else {
            let _ = write!(s, "{:0width$}", p, width = CHUNK as usize);
        }
    }
    s
}

/// A float as OTP writes it by default (`~w`, `[short]`): the shortest digits that read
/// back to the same double, nearest the exact value; one implementation for the BIFs and
/// the printers (`bif::float_fmt::short`).
#[cfg(feature = "float")]
pub fn format_float(f: f64) -> String {
    crate::bif::float_fmt::short(f)
}

/// Without the `float` feature no float term can be made (nothing calls
/// `TermAlloc::float`); should one appear all the same, its bits are shown rather than
/// pulling in float formatting.
#[cfg(not(feature = "float"))]
pub fn format_float(f: f64) -> String {
    alloc::format!("#Float<{:#x}>", f.to_bits())
}

/// Write a term as `~w` does.
pub fn write_term(out: &mut dyn Write, t: Term, atoms: &AtomTable) -> fmt::Result {
    match t.view() {
        View::Small(n) => write!(out, "{n}"),
        View::Atom(a) => write_atom(out, a, atoms),
        View::Nil => out.write_str("[]"),
        View::Pid(i) => write!(out, "<0.{i}.0>"),
        View::Port(i) => write!(out, "#Port<0.{i}>"),
        View::Catch(i) => write!(out, "#Catch<{i}>"),
        View::Float(f) => out.write_str(&format_float(f)),
        #[cfg(feature = "bignum")]
        View::Big(neg, d) => {
            if neg {
                out.write_char('-')?;
            }
            out.write_str(&magnitude_to_decimal(d))
        }
        // Never built without the feature.
        #[cfg(not(feature = "bignum"))]
        View::Big(..) => out.write_str("#Bignum<>"),
        View::Tuple(es) => {
            out.write_char('{')?;
            for (i, &e) in es.iter().enumerate() {
                if i > 0 {
                    out.write_char(',')?;
                }
                write_term(out, e, atoms)?;
            }
            out.write_char('}')
        }
        View::Cons(..) => {
            out.write_char('[')?;
            let mut cur = t;
            let mut first = true;
            loop {
                match cur.cons_parts() {
                    Some((h, tl)) => {
                        if !first {
                            out.write_char(',')?;
                        }
                        first = false;
                        write_term(out, h, atoms)?;
                        cur = tl;
                    }
                    None => {
                        if !cur.is_nil() {
                            out.write_char('|')?;
                            write_term(out, cur, atoms)?;
                        }
                        break;
                    }
                }
            }
            out.write_char(']')
        }
        View::Binary(bytes, bits) => {
            out.write_str("<<")?;
            let whole = bits / 8;
            for (i, b) in bytes[..whole.min(bytes.len())].iter().enumerate() {
                if i > 0 {
                    out.write_char(',')?;
                }
                write!(out, "{b}")?;
            }
            let extra = bits % 8;
            if extra > 0 {
                if whole > 0 {
                    out.write_char(',')?;
                }
                let last = bytes.get(whole).copied().unwrap_or(0) >> (8 - extra);
                write!(out, "{last}:{extra}")?;
            }
            out.write_str(">>")
        }
        View::Map(..) | View::Other(super::Boxed::HashMap) => {
            out.write_str("#{")?;
            for (i, (k, v)) in super::sorted_pairs(t, atoms).into_iter().enumerate() {
                if i > 0 {
                    out.write_char(',')?;
                }
                write_term(out, k, atoms)?;
                out.write_str(" => ")?;
                write_term(out, v, atoms)?;
            }
            out.write_char('}')
        }
        View::Export(m, f, a) => {
            out.write_str("fun ")?;
            write_atom(out, m, atoms)?;
            out.write_char(':')?;
            write_atom(out, f, atoms)?;
            write!(out, "/{a}")
        }
        View::Other(super::Boxed::Ref) => write!(out, "#Ref<0.0.0.{}>", t.ref_id().unwrap_or(0)),
        View::Other(k) => write!(out, "#{k:?}<{:#x}>", t.raw()),
    }
}

// The tests print floats and bignums.
#[cfg(all(test, any(feature = "float", feature = "bignum")))]
mod tests {
    use super::*;
    #[cfg(feature = "bignum")]
    use crate::term::build::{Arena, TermAlloc};
    #[cfg(feature = "bignum")]
    use alloc::string::ToString;

    #[test]
    #[cfg(feature = "float")]
    fn floats_as_otp_prints_them() {
        let cases = [
            (1.0e10, "1.0e10"),
            (1.0e15, "1.0e15"),
            (123456789012345678.0, "1.2345678901234568e17"),
            (0.0001, "0.0001"),
            (0.00001, "1.0e-5"),
            (1.5e-7, "1.5e-7"),
            (123.0, "123.0"),
            (0.1, "0.1"),
            (-2.5, "-2.5"),
            (0.0, "0.0"),
        ];
        for (f, s) in cases {
            assert_eq!(format_float(f), s, "{f}");
        }
    }

    #[test]
    #[cfg(feature = "bignum")]
    fn terms_as_w() {
        let mut atoms = AtomTable::new();
        let mut a = Arena::new();
        let q = Term::atom(atoms.intern(b"Hello world").unwrap());
        let p = Term::atom(atoms.intern(b"plain_atom@x").unwrap());
        let r = Term::atom(atoms.intern(b"receive").unwrap());
        let b = a.bitstring(&[1, 2, 0b1010_0000], 19).unwrap();
        let big = a.int128(-(1i128 << 70)).unwrap();
        let l = a.list(&[q, p, r, b, big], Term::small(3)).unwrap();
        let s = TermDisplay {
            term: l,
            atoms: &atoms,
        }
        .to_string();
        assert_eq!(
            s,
            "['Hello world',plain_atom@x,'receive',<<1,2,5:3>>,-1180591620717411303424|3]"
        );
    }
}
