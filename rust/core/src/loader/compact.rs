//! The compact term encoding of BEAM operands.
//!
//! The low three bits of the first byte are the tag: u i a x y f h z. Values below 16 sit in
//! the high nibble; values below 2048 take one more byte; larger ones carry their byte count
//! (2..8 in three bits, or a nested `u` for longer) followed by big-endian bytes, signed for
//! the `i` tag. Tag `z` introduces the extended forms: lists, float registers, allocation
//! lists, literals and typed registers.

use alloc::vec::Vec;

/// One decoded operand, before translation.
#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    /// `u`: an unsigned literal number (arity, index, size, flags).
    U(u64),
    /// `i`: an integer that fits 64 bits.
    Int(i64),
    /// `i`: a larger integer: sign and big-endian magnitude.
    BigInt(bool, Vec<u8>),
    /// `a`: index in the atom table, 1-based (`Nil` for 0).
    Atom(u32),
    /// `a` 0: `[]`.
    Nil,
    /// `x`: X register.
    X(u32),
    /// `y`: Y register.
    Y(u32),
    /// `f`: label (0 = no label).
    Label(u32),
    /// `h`: a character.
    Char(u32),
    /// `z` 0: a float (old compilers).
    #[cfg(feature = "float")]
    Float(f64),
    /// `z` 1: a list of operands.
    List(Vec<Operand>),
    /// `z` 2: a float register.
    FReg(u32),
    /// `z` 3: an allocation list: words, floats, funs.
    Alloc { words: u32, floats: u32, funs: u32 },
    /// `z` 4: index in the literal table.
    Literal(u32),
    /// `z` 5: a register with a type index (OTP 25+).
    Typed(u32, bool, u32),
}

/// Why an operand could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompactError {
    /// The data ended inside the operand.
    Truncated,
    /// The encoding is not one the compiler produces.
    Invalid(&'static str),
    /// A constant of a kind this build leaves out: the name of its cargo feature.
    FeatureOff(&'static str),
}

/// A cursor over compact-encoded bytes.
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

const TAG_U: u8 = 0;
const TAG_I: u8 = 1;
const TAG_A: u8 = 2;
const TAG_X: u8 = 3;
const TAG_Y: u8 = 4;
const TAG_F: u8 = 5;
const TAG_H: u8 = 6;
const TAG_Z: u8 = 7;

/// Longest list operand accepted (longer lists are not produced by the compiler and would
/// let corrupt input ask for huge allocations).
const MAX_LIST: u64 = 1 << 24;

impl<'a> Reader<'a> {
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data, pos: 0 }
    }

    /// Bytes consumed so far.
    pub fn pos(&self) -> usize {
        self.pos
    }

    /// Whether all bytes are consumed.
    pub fn at_end(&self) -> bool {
        self.pos >= self.data.len()
    }

    /// The next raw byte (an opcode).
    pub fn byte(&mut self) -> Result<u8, CompactError> {
        let b = *self.data.get(self.pos).ok_or(CompactError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], CompactError> {
        let end = self.pos.checked_add(n).ok_or(CompactError::Truncated)?;
        let s = self
            .data
            .get(self.pos..end)
            .ok_or(CompactError::Truncated)?;
        self.pos = end;
        Ok(s)
    }

    /// Tag and raw value bytes of a number: small values inline, large ones as big-endian
    /// bytes.
    fn number(&mut self, first: u8) -> Result<Num<'a>, CompactError> {
        if first & 0x08 == 0 {
            return Ok(Num::Small((first >> 4) as u64));
        }
        if first & 0x10 == 0 {
            let lo = self.byte()?;
            return Ok(Num::Small((((first & 0xE0) as u64) << 3) | lo as u64));
        }
        let len = match first >> 5 {
            7 => {
                let b = self.byte()?;
                if b & 0x7 != TAG_U {
                    return Err(CompactError::Invalid("length of a long integer"));
                }
                match self.number(b)? {
                    Num::Small(n) if n <= 1 << 20 => n as usize + 9,
                    _ => return Err(CompactError::Invalid("length of a long integer")),
                }
            }
            l => l as usize + 2,
        };
        Ok(Num::Bytes(self.take(len)?))
    }

    /// An unsigned number (as the `u` tag and the values of most other tags carry).
    fn unsigned(&mut self, first: u8) -> Result<u64, CompactError> {
        match self.number(first)? {
            Num::Small(n) => Ok(n),
            Num::Bytes(b) => {
                let b = strip_leading_zeros(b);
                if b.len() > 8 {
                    return Err(CompactError::Invalid("number too large"));
                }
                Ok(b.iter().fold(0u64, |acc, &x| (acc << 8) | x as u64))
            }
        }
    }

    fn u32_of(&mut self, first: u8) -> Result<u32, CompactError> {
        u32::try_from(self.unsigned(first)?).map_err(|_| CompactError::Invalid("value too large"))
    }

    /// A nested `u` operand.
    fn inner_u(&mut self) -> Result<u64, CompactError> {
        let b = self.byte()?;
        if b & 0x7 != TAG_U {
            return Err(CompactError::Invalid("expected a u operand"));
        }
        self.unsigned(b)
    }

    /// Read one operand.
    pub fn operand(&mut self) -> Result<Operand, CompactError> {
        let first = self.byte()?;
        match first & 0x7 {
            TAG_U => Ok(Operand::U(self.unsigned(first)?)),
            TAG_I => match self.number(first)? {
                Num::Small(n) => Ok(Operand::Int(n as i64)),
                Num::Bytes(b) => Ok(signed_from_be(b)),
            },
            TAG_A => match self.u32_of(first)? {
                0 => Ok(Operand::Nil),
                n => Ok(Operand::Atom(n)),
            },
            TAG_X => Ok(Operand::X(self.u32_of(first)?)),
            TAG_Y => Ok(Operand::Y(self.u32_of(first)?)),
            TAG_F => Ok(Operand::Label(self.u32_of(first)?)),
            TAG_H => Ok(Operand::Char(self.u32_of(first)?)),
            TAG_Z => self.extended(first),
            _ => Err(CompactError::Invalid("tag")),
        }
    }

    fn extended(&mut self, first: u8) -> Result<Operand, CompactError> {
        if first & 0x08 != 0 {
            return Err(CompactError::Invalid("extended tag"));
        }
        match first >> 4 {
            #[cfg(feature = "float")]
            0 => {
                let b = self.take(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                Ok(Operand::Float(f64::from_be_bytes(a)))
            }
            #[cfg(not(feature = "float"))]
            0 => Err(CompactError::FeatureOff("float")),
            1 => {
                let n = self.inner_u()?;
                if n > MAX_LIST || n as usize > self.data.len() - self.pos {
                    return Err(CompactError::Invalid("list length"));
                }
                let mut items = Vec::with_capacity(n as usize);
                for _ in 0..n {
                    let op = self.operand()?;
                    if matches!(op, Operand::List(_)) {
                        return Err(CompactError::Invalid("nested list"));
                    }
                    items.push(op);
                }
                Ok(Operand::List(items))
            }
            2 => {
                let n = self.inner_u()?;
                Ok(Operand::FReg(
                    u32::try_from(n).map_err(|_| CompactError::Invalid("float register"))?,
                ))
            }
            3 => {
                let n = self.inner_u()?;
                if n > 3 {
                    return Err(CompactError::Invalid("allocation list length"));
                }
                let (mut words, mut floats, mut funs) = (0u32, 0u32, 0u32);
                for _ in 0..n {
                    let kind = self.inner_u()?;
                    let val = u32::try_from(self.inner_u()?)
                        .map_err(|_| CompactError::Invalid("allocation size"))?;
                    match kind {
                        0 => words = words.saturating_add(val),
                        1 => floats = floats.saturating_add(val),
                        2 => funs = funs.saturating_add(val),
                        _ => return Err(CompactError::Invalid("allocation kind")),
                    }
                }
                Ok(Operand::Alloc {
                    words,
                    floats,
                    funs,
                })
            }
            4 => {
                let n = self.inner_u()?;
                Ok(Operand::Literal(
                    u32::try_from(n).map_err(|_| CompactError::Invalid("literal index"))?,
                ))
            }
            5 => {
                let reg = self.operand()?;
                let ty = self.inner_u()?;
                let ty = u32::try_from(ty).map_err(|_| CompactError::Invalid("type index"))?;
                match reg {
                    Operand::X(n) => Ok(Operand::Typed(n, false, ty)),
                    Operand::Y(n) => Ok(Operand::Typed(n, true, ty)),
                    _ => Err(CompactError::Invalid("typed register")),
                }
            }
            _ => Err(CompactError::Invalid("extended tag")),
        }
    }
}

enum Num<'a> {
    Small(u64),
    Bytes(&'a [u8]),
}

fn strip_leading_zeros(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|&&x| x == 0).count();
    &b[n..]
}

/// A signed big-endian two's complement integer: `Int` when it fits 64 bits.
fn signed_from_be(b: &[u8]) -> Operand {
    let neg = b.first().is_some_and(|&x| x & 0x80 != 0);
    if b.len() <= 8 {
        let mut v: i64 = if neg { -1 } else { 0 };
        for &x in b {
            v = (v << 8) | x as i64;
        }
        return Operand::Int(v);
    }
    // Magnitude of a long two's complement number.
    let mut mag: Vec<u8> = b.to_vec();
    if neg {
        for x in mag.iter_mut() {
            *x = !*x;
        }
        for x in mag.iter_mut().rev() {
            let (v, carry) = x.overflowing_add(1);
            *x = v;
            if !carry {
                break;
            }
        }
    }
    let mag = strip_leading_zeros(&mag).to_vec();
    if mag.len() <= 8 {
        let m = mag.iter().fold(0u64, |acc, &x| (acc << 8) | x as u64);
        if neg && m <= i64::MAX as u64 + 1 {
            return Operand::Int((m as i128).wrapping_neg() as i64);
        }
        if !neg && m <= i64::MAX as u64 {
            return Operand::Int(m as i64);
        }
    }
    Operand::BigInt(neg, mag)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(bytes: &[u8]) -> Operand {
        let mut r = Reader::new(bytes);
        let op = r.operand().unwrap();
        assert!(r.at_end(), "{bytes:?} not fully consumed");
        op
    }

    #[test]
    fn integers_as_beam_asm_encodes_them() {
        // The encodings beam_disasm.erl documents for tag i.
        assert_eq!(one(&[81]), Operand::Int(5));
        assert_eq!(one(&[105, 232]), Operand::Int(1000));
        assert_eq!(one(&[233, 255]), Operand::Int(2047));
        assert_eq!(one(&[25, 8, 0]), Operand::Int(2048));
        assert_eq!(one(&[25, 255, 255]), Operand::Int(-1));
        assert_eq!(one(&[121, 255, 0, 0, 0, 1]), Operand::Int(-4294967295));
        assert_eq!(one(&[121, 0, 255, 255, 255, 255]), Operand::Int(4294967295));
        assert_eq!(
            one(&[121, 99, 255, 255, 255, 157]),
            Operand::Int(429496729501)
        );
    }

    #[test]
    fn registers_atoms_labels_and_extended() {
        assert_eq!(one(&[0x03]), Operand::X(0));
        assert_eq!(one(&[0x14]), Operand::Y(1));
        assert_eq!(one(&[0x02]), Operand::Nil);
        assert_eq!(one(&[0x22]), Operand::Atom(2));
        assert_eq!(one(&[0x35]), Operand::Label(3));
        // z1: list of 2 operands: x0, y1.
        assert_eq!(
            one(&[0x17, 0x20, 0x03, 0x14]),
            Operand::List(alloc::vec![Operand::X(0), Operand::Y(1)])
        );
        // z4: literal 3.
        assert_eq!(one(&[0x47, 0x30]), Operand::Literal(3));
        // z5: typed x2 with type 1.
        assert_eq!(one(&[0x57, 0x23, 0x10]), Operand::Typed(2, false, 1));
        // z3: alloc list [{words,3},{floats,1}].
        assert_eq!(
            one(&[0x37, 0x20, 0x00, 0x30, 0x10, 0x10]),
            Operand::Alloc {
                words: 3,
                floats: 1,
                funs: 0
            }
        );
    }

    #[test]
    fn big_integers() {
        // 2^64 as a 9-byte signed number: length code 7 means a nested u giving len-9.
        let mut bytes = alloc::vec![0xF9u8, 0x00, 0x01];
        bytes.extend_from_slice(&[0; 8]);
        assert_eq!(
            one(&bytes),
            Operand::BigInt(false, alloc::vec![1, 0, 0, 0, 0, 0, 0, 0, 0])
        );
    }

    #[test]
    fn truncation_is_an_error() {
        for bad in [&[0x08u8][..], &[0x19, 0x01], &[0x17], &[0x07]] {
            assert!(Reader::new(bad).operand().is_err(), "{bad:?}");
        }
    }
}
