//! Encoding and decoding the operands of the internal code stream (16-bit units).
//!
//! A `Src` unit holds a two-bit tag and a 14-bit value: 00 x register, 01 y register,
//! 10 constant (index in the module's constant table). Tag 11 means "wide": the next two
//! units hold a 32-bit word with the same tag in its top two bits and a 30-bit value.

use alloc::vec::Vec;

use super::ops::{Kind, Op};

/// A register or constant operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Src {
    X(u32),
    Y(u32),
    Const(u32),
}

/// The code offset that means "no label".
pub const NO_LABEL: u32 = u32::MAX;
/// One past the largest value a wide `Src` can carry.
pub const SRC_LIMIT: u32 = 1 << 30;

const WIDE: u16 = 0b11 << 14;
const U_ESCAPE: u16 = 0xFFFF;

/// Appends instructions to a code stream.
#[derive(Default)]
pub struct Emitter {
    pub code: Vec<u16>,
}

impl Emitter {
    /// Current offset in units.
    pub fn pos(&self) -> usize {
        self.code.len()
    }

    pub fn op(&mut self, op: Op) {
        self.code.push(op as u16);
    }

    pub fn u(&mut self, v: u32) {
        if v < U_ESCAPE as u32 {
            self.code.push(v as u16);
        } else {
            self.code.push(U_ESCAPE);
            self.code.push((v >> 16) as u16);
            self.code.push(v as u16);
        }
    }

    /// The caller checks the value is below `SRC_LIMIT`.
    pub fn src(&mut self, s: Src) {
        let (tag, v) = match s {
            Src::X(n) => (0u32, n),
            Src::Y(n) => (1, n),
            Src::Const(n) => (2, n),
        };
        if v < 0x3FFF {
            self.code.push(((tag << 14) | v) as u16);
        } else {
            let w = (tag << 30) | v;
            self.code.push(WIDE);
            self.code.push((w >> 16) as u16);
            self.code.push(w as u16);
        }
    }

    /// A label placeholder to be patched; returns its position.
    pub fn label(&mut self, target: u32) -> usize {
        let at = self.code.len();
        self.code.push((target >> 16) as u16);
        self.code.push(target as u16);
        at
    }

    /// Patch a label written at `at`.
    pub fn patch_label(&mut self, at: usize, target: u32) {
        if let Some(w) = self.code.get_mut(at..at + 2) {
            w[0] = (target >> 16) as u16;
            w[1] = target as u16;
        }
    }
}

/// Reads a code stream. Every read is checked: a reader over corrupt code returns `None`
/// rather than reading out of bounds.
#[derive(Clone)]
pub struct CodeReader<'a> {
    code: &'a [u16],
    pub pos: usize,
}

impl<'a> CodeReader<'a> {
    pub fn new(code: &'a [u16], pos: usize) -> CodeReader<'a> {
        CodeReader { code, pos }
    }

    #[inline]
    fn unit(&mut self) -> Option<u16> {
        let v = *self.code.get(self.pos)?;
        self.pos += 1;
        Some(v)
    }

    #[inline]
    pub fn op(&mut self) -> Option<Op> {
        Op::from_u16(self.unit()?)
    }

    #[inline]
    pub fn u(&mut self) -> Option<u32> {
        let v = self.unit()?;
        if v != U_ESCAPE {
            return Some(v as u32);
        }
        let hi = self.unit()? as u32;
        let lo = self.unit()? as u32;
        Some((hi << 16) | lo)
    }

    #[inline]
    pub fn src(&mut self) -> Option<Src> {
        let v = self.unit()?;
        let (tag, val) = if v & WIDE == WIDE {
            let hi = self.unit()? as u32;
            let lo = self.unit()? as u32;
            let w = (hi << 16) | lo;
            (w >> 30, w & (SRC_LIMIT - 1))
        } else {
            ((v >> 14) as u32, (v & 0x3FFF) as u32)
        };
        match tag {
            0 => Some(Src::X(val)),
            1 => Some(Src::Y(val)),
            _ => Some(Src::Const(val)),
        }
    }

    #[inline]
    pub fn label(&mut self) -> Option<u32> {
        let hi = self.unit()? as u32;
        let lo = self.unit()? as u32;
        Some((hi << 16) | lo)
    }

    /// Skip one operand of the given kind.
    pub fn skip(&mut self, kind: Kind) -> Option<()> {
        match kind {
            Kind::S | Kind::D => {
                self.src()?;
            }
            Kind::U | Kind::FR | Kind::Imp | Kind::Lam | Kind::Str => {
                self.u()?;
            }
            Kind::L => {
                self.label()?;
            }
            Kind::SList => {
                for _ in 0..self.u()? {
                    self.src()?;
                }
            }
            Kind::Jumps => {
                for _ in 0..self.u()? {
                    self.src()?;
                    self.label()?;
                }
            }
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operands_round_trip() {
        let mut e = Emitter::default();
        e.op(Op::Move);
        let srcs = [
            Src::X(0),
            Src::Y(5),
            Src::Const(0x3FFE),
            Src::Const(0x3FFF),
            Src::X(100_000),
            Src::Const(SRC_LIMIT - 1),
        ];
        for s in srcs {
            e.src(s);
        }
        for u in [0u32, 0xFFFE, 0xFFFF, 0x12345678] {
            e.u(u);
        }
        e.label(NO_LABEL);
        let at = e.label(0);
        e.patch_label(at, 0x10002);
        let mut r = CodeReader::new(&e.code, 0);
        assert_eq!(r.op(), Some(Op::Move));
        for s in srcs {
            assert_eq!(r.src(), Some(s));
        }
        for u in [0u32, 0xFFFE, 0xFFFF, 0x12345678] {
            assert_eq!(r.u(), Some(u));
        }
        assert_eq!(r.label(), Some(NO_LABEL));
        assert_eq!(r.label(), Some(0x10002));
        assert_eq!(r.u(), None);
    }
}
