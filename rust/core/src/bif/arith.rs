//! Arithmetic. Small integers overflow into bignums through 128-bit intermediates; operands
//! or results beyond 128 bits raise `system_limit` until full bignum arithmetic (issue "big
//! integers") lands. Floats are IEEE doubles; a result that is not finite is `badarith`.

use alloc::string::String;
use alloc::vec::Vec;

use super::{badarg, ok, oom, BifResult, Ctx};
use crate::atom;
use crate::exec::Exception;
use crate::term::build::TermAlloc;
use crate::term::{Term, View};

fn badarith() -> Exception {
    Exception::error(Term::atom(atom::BADARITH))
}

/// An integer operand as i128, if it is an integer that fits.
pub fn int(t: Term) -> Result<Option<i128>, Exception> {
    match t.view() {
        View::Small(n) => Ok(Some(n as i128)),
        View::Big(neg, d) => {
            let mut mag: u128 = 0;
            let mut bits = 0;
            for &w in d.iter() {
                if bits >= 128 || (bits + usize::BITS as usize > 128 && w >> (128 - bits) != 0) {
                    return Ok(None);
                }
                mag |= (w as u128) << bits;
                bits += usize::BITS as usize;
            }
            if mag > i128::MAX as u128 {
                return Ok(None);
            }
            Ok(Some(if neg { -(mag as i128) } else { mag as i128 }))
        }
        _ => Err(badarith()),
    }
}

fn two(a: &[Term]) -> Result<(i128, i128), Exception> {
    if a.iter().any(|t| matches!(t.view(), View::Float(_))) {
        return Err(badarith());
    }
    match (int(a[0])?, int(a[1])?) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT))),
    }
}

fn result(c: &mut Ctx, v: Option<i128>) -> Result<BifResult, Exception> {
    let v = v.ok_or_else(|| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))?;
    ok(c.p.heap.int128(v).ok_or_else(oom)?)
}

/// A number operand.
#[derive(Clone, Copy)]
pub enum Num {
    Int(i128),
    Float(f64),
}

pub fn num(t: Term) -> Result<Num, Exception> {
    match t.view() {
        View::Float(f) => Ok(Num::Float(f)),
        View::Small(_) | View::Big(..) => match int(t)? {
            Some(i) => Ok(Num::Int(i)),
            None => Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT))),
        },
        _ => Err(badarith()),
    }
}

pub fn to_f64(n: Num) -> f64 {
    match n {
        Num::Int(i) => i as f64,
        Num::Float(f) => f,
    }
}

/// A float result: `badarith` unless finite.
pub fn float_result(c: &mut Ctx, f: f64) -> Result<BifResult, Exception> {
    if !f.is_finite() {
        return Err(badarith());
    }
    ok(c.p.heap.float(f).ok_or_else(oom)?)
}

macro_rules! numop {
    ($name:ident, |$x:ident, $y:ident| $int:expr, |$fx:ident, $fy:ident| $fl:expr) => {
        pub fn $name(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
            match (num(a[0])?, num(a[1])?) {
                (Num::Int($x), Num::Int($y)) => result(c, $int),
                (p, q) => {
                    let ($fx, $fy) = (to_f64(p), to_f64(q));
                    float_result(c, $fl)
                }
            }
        }
    };
}

macro_rules! binop {
    ($name:ident, |$x:ident, $y:ident| $e:expr) => {
        pub fn $name(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
            let ($x, $y) = two(a)?;
            result(c, $e)
        }
    };
}

numop!(add, |x, y| x.checked_add(y), |x, y| x + y);
numop!(sub, |x, y| x.checked_sub(y), |x, y| x - y);
numop!(mul, |x, y| x.checked_mul(y), |x, y| x * y);
binop!(band, |x, y| Some(x & y));
binop!(bor, |x, y| Some(x | y));
binop!(bxor, |x, y| Some(x ^ y));

/// `/`: always a float.
pub fn fdiv(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = (to_f64(num(a[0])?), to_f64(num(a[1])?));
    if y == 0.0 {
        return Err(badarith());
    }
    float_result(c, x / y)
}

pub fn div(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = two(a)?;
    if y == 0 {
        return Err(badarith());
    }
    result(c, x.checked_div(y))
}

pub fn rem(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = two(a)?;
    if y == 0 {
        return Err(badarith());
    }
    result(c, x.checked_rem(y))
}

pub fn bsl(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = two(a)?;
    if y < 0 {
        return shr(c, x, -y);
    }
    if x == 0 {
        return result(c, Some(0));
    }
    if y >= 127 {
        return Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT)));
    }
    let v = x.checked_shl(y as u32).filter(|v| v >> y == x);
    result(c, v)
}

fn shr(c: &mut Ctx, x: i128, y: i128) -> Result<BifResult, Exception> {
    let v = if y >= 127 {
        if x < 0 {
            -1
        } else {
            0
        }
    } else {
        x >> y
    };
    result(c, Some(v))
}

pub fn bsr(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = two(a)?;
    if y < 0 {
        let shift = c.p.heap.int128(-y).ok_or_else(oom)?;
        return bsl(c, &[a[0], shift]);
    }
    shr(c, x, y)
}

pub fn bnot(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let x = int(a[0])?.ok_or_else(|| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))?;
    result(c, Some(!x))
}

pub fn neg(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match num(a[0])? {
        Num::Int(x) => result(c, x.checked_neg()),
        Num::Float(f) => float_result(c, -f),
    }
}

pub fn plus(_c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    num(a[0])?;
    ok(a[0])
}

pub fn abs(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match num(a[0]).map_err(|_| badarg())? {
        Num::Int(x) => result(c, x.checked_abs()),
        Num::Float(f) => float_result(c, f.abs()),
    }
}

pub fn float(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let f = to_f64(num(a[0]).map_err(|_| badarg())?);
    float_result(c, f)
}

fn rounding(c: &mut Ctx, a: &[Term], how: fn(f64) -> f64) -> Result<BifResult, Exception> {
    match num(a[0]).map_err(|_| badarg())? {
        Num::Int(_) => ok(a[0]),
        Num::Float(f) => {
            let r = how(f);
            if r.abs() < 1.0e38 {
                result(c, Some(r as i128))
            } else {
                Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT)))
            }
        }
    }
}

pub fn round(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    rounding(c, a, libm::round)
}
pub fn trunc(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    rounding(c, a, libm::trunc)
}
pub fn ceil(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    rounding(c, a, libm::ceil)
}
pub fn floor(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    rounding(c, a, libm::floor)
}

fn base_arg(t: Option<&Term>) -> Result<u32, Exception> {
    match t.map(|t| t.view()) {
        None => Ok(10),
        Some(View::Small(b)) if (2..=36).contains(&b) => Ok(b as u32),
        _ => Err(badarg()),
    }
}

/// The digits of `v` in `base`, upper case, as OTP writes them.
pub fn to_base(v: i128, base: u32) -> String {
    if v == 0 {
        return String::from("0");
    }
    let mut digits = Vec::new();
    let neg = v < 0;
    let mut m = v.unsigned_abs();
    while m > 0 {
        let d = (m % base as u128) as u32;
        digits.push(
            core::char::from_digit(d, base)
                .unwrap_or('?')
                .to_ascii_uppercase(),
        );
        m /= base as u128;
    }
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    s.extend(digits.iter().rev());
    s
}

pub fn integer_to_list(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let base = base_arg(a.get(1))?;
    let s = match a[0].view() {
        View::Small(n) => to_base(n as i128, base),
        View::Big(neg, d) if base == 10 => {
            let mut s = String::new();
            if neg {
                s.push('-');
            }
            s.push_str(&crate::term::print::magnitude_to_decimal(d));
            s
        }
        View::Big(..) => match int(a[0]) {
            Ok(Some(v)) => to_base(v, base),
            _ => return Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT))),
        },
        _ => return Err(badarg()),
    };
    ok(super::string_to_list(c.p, &s)?)
}

pub fn list_to_integer(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let base = base_arg(a.get(1))?;
    let s = super::list_to_string(a[0]).ok_or_else(badarg)?;
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, &s[..]),
    };
    if digits.is_empty() {
        return Err(badarg());
    }
    let mut v: i128 = 0;
    for ch in digits.chars() {
        let d = ch.to_digit(base).ok_or_else(badarg)? as i128;
        v = v
            .checked_mul(base as i128)
            .and_then(|v| v.checked_add(d))
            .ok_or_else(|| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))?;
    }
    result(c, Some(if neg { -v } else { v }))
}
