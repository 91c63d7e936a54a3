//! Arithmetic. Integers of any size: the common case runs on 128-bit intermediates, and
//! anything larger falls back to `num-bigint` (a no_std crate, chosen over our own code for
//! correctness now). Without the `bignum` feature there is no fallback: a result beyond the
//! small-integer range raises `{unsupported, {feature, bignum}}`. Floats are IEEE doubles; a
//! result that is not finite is `badarith`.

use alloc::string::String;
use alloc::vec::Vec;

#[cfg(feature = "bignum")]
use num_bigint::{BigInt, Sign};
#[cfg(feature = "bignum")]
use num_traits::{Signed, ToPrimitive, Zero};

#[cfg(any(feature = "float", feature = "bignum"))]
use super::oom;
use super::{badarg, ok, BifResult, Ctx};
use crate::atom;
use crate::exec::Exception;
#[cfg(any(feature = "float", feature = "bignum"))]
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

/// Largest bignum result, in bits (beyond it: `system_limit`, as OTP has a limit too).
#[cfg(feature = "bignum")]
const MAX_BIG_BITS: u64 = 1 << 24;

/// `{unsupported, {feature, bignum}}`: a result beyond the small-integer range in a build
/// without bignums.
#[cfg(not(feature = "bignum"))]
fn no_bignum(c: &mut Ctx) -> Exception {
    crate::feature::unsupported(&mut c.p.heap, atom::BIGNUM)
}

/// An integer term as a `BigInt`.
#[cfg(feature = "bignum")]
pub fn big_of(t: Term) -> Option<BigInt> {
    match t.view() {
        View::Small(n) => Some(BigInt::from(n)),
        View::Big(neg, d) => Some(crate::term::bigint(neg, d)),
        _ => None,
    }
}

/// A `BigInt` as a term built in `to` (a small integer when it fits).
#[cfg(feature = "bignum")]
pub fn big_term(to: &mut dyn TermAlloc, b: &BigInt) -> Option<Term> {
    let (sign, u32s) = b.to_u32_digits();
    let digits: Vec<usize> = if usize::BITS == 64 {
        u32s.chunks(2)
            .map(|p| p[0] as usize | ((p.get(1).copied().unwrap_or(0) as usize) << 16 << 16))
            .collect()
    } else {
        u32s.iter().map(|&d| d as usize).collect()
    };
    to.integer(sign == Sign::Minus, &digits)
}

/// A `BigInt` result as a term (a small integer when it fits).
#[cfg(feature = "bignum")]
pub fn big_result(c: &mut Ctx, b: BigInt) -> Result<BifResult, Exception> {
    if let Some(v) = b.to_i128() {
        return result(c, Some(v));
    }
    if b.bits() > MAX_BIG_BITS {
        return Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT)));
    }
    ok(big_term(&mut c.p.heap, &b).ok_or_else(oom)?)
}

/// Both operands as integers, or `badarith`.
fn both_ints(a: &[Term]) -> Result<(), Exception> {
    for t in a {
        if !matches!(t.view(), View::Small(_) | View::Big(..)) {
            return Err(badarith());
        }
    }
    Ok(())
}

/// An integer operation: 128-bit fast path, bignum fallback.
#[cfg(feature = "bignum")]
fn int_op(
    c: &mut Ctx,
    a: &[Term],
    fast: impl Fn(i128, i128) -> Option<i128>,
    slow: impl Fn(BigInt, BigInt) -> Result<BigInt, Exception>,
) -> Result<BifResult, Exception> {
    both_ints(a)?;
    if let (Some(x), Some(y)) = (int(a[0])?, int(a[1])?) {
        if let Some(v) = fast(x, y) {
            return result(c, Some(v));
        }
    }
    let (Some(x), Some(y)) = (big_of(a[0]), big_of(a[1])) else {
        return Err(badarith());
    };
    let v = slow(x, y)?;
    big_result(c, v)
}

/// An integer operation on 128-bit intermediates (operands are small integers, so only the
/// result can leave the small-integer range).
#[cfg(not(feature = "bignum"))]
fn int_op(
    c: &mut Ctx,
    a: &[Term],
    fast: impl Fn(i128, i128) -> Option<i128>,
) -> Result<BifResult, Exception> {
    both_ints(a)?;
    match (int(a[0])?, int(a[1])?) {
        (Some(x), Some(y)) => match fast(x, y) {
            Some(v) => result(c, Some(v)),
            None => Err(no_bignum(c)),
        },
        _ => Err(no_bignum(c)),
    }
}

fn result(c: &mut Ctx, v: Option<i128>) -> Result<BifResult, Exception> {
    let v = v.ok_or_else(|| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))?;
    ok(super::int_term(&mut c.p.heap, v)?)
}

/// An integer's magnitude (least significant word first) as a double, computed the way
/// OTP does on a 64-bit machine: 64-bit digits from the most significant one,
/// `d = d * 2^64 + digit`, each step rounded. This is not always the correctly rounded
/// value (two roundings), but it is the one OTP prints and compares with.
/// Infinite when too large.
pub fn magnitude_to_f64(d: &[usize]) -> f64 {
    let mut words: Vec<u64> = Vec::with_capacity(d.len());
    if usize::BITS == 64 {
        words.extend(d.iter().map(|&w| w as u64));
    } else {
        for p in d.chunks(2) {
            let hi = p.get(1).copied().unwrap_or(0) as u64;
            words.push(p[0] as u64 | (hi << 16 << 16));
        }
    }
    let mut f = 0.0f64;
    for &w in words.iter().rev() {
        f = f * 18446744073709551616.0 + w as f64;
        if !f.is_finite() {
            break;
        }
    }
    f
}

/// A number as a double the way OTP converts it (`float/1`, mixed arithmetic, `fconv`):
/// `None` for a non-number or an integer too large for a finite double.
pub fn number_to_f64(t: Term) -> Option<f64> {
    let f = match t.view() {
        View::Float(f) => f,
        View::Small(n) => n as f64,
        View::Big(neg, d) => {
            let m = magnitude_to_f64(d);
            if neg {
                -m
            } else {
                m
            }
        }
        _ => return None,
    };
    f.is_finite().then_some(f)
}

/// A float as an integer term: exact, a bignum when needed (the float is finite and
/// already integral, or truncated here).
#[cfg(feature = "float")]
pub fn float_to_int(c: &mut Ctx, f: f64) -> Result<BifResult, Exception> {
    let f = libm::trunc(f);
    if f.abs() < 1.0e18 {
        return result(c, Some(f as i128));
    }
    if !f.is_finite() {
        return Err(badarg());
    }
    #[cfg(not(feature = "bignum"))]
    {
        Err(no_bignum(c))
    }
    #[cfg(feature = "bignum")]
    {
        // `f` is integral (truncated above): its floor is itself, exactly.
        big_result(c, crate::term::floor_to_bigint(f))
    }
}

/// A float result: `badarith` unless finite.
#[cfg(feature = "float")]
pub fn float_result(c: &mut Ctx, f: f64) -> Result<BifResult, Exception> {
    if !f.is_finite() {
        return Err(badarith());
    }
    ok(c.p.heap.float(f).ok_or_else(oom)?)
}

/// A float result in a build without floats: `{unsupported, {feature, float}}`.
#[cfg(not(feature = "float"))]
pub fn float_result(c: &mut Ctx, _f: f64) -> Result<BifResult, Exception> {
    Err(crate::feature::unsupported(&mut c.p.heap, atom::FLOAT))
}

/// The small-integer case of two-argument `erlang` BIFs: the interpreter computes it inline
/// for imports tagged at load (`vm::ImportTarget::Bif`), and the BIFs themselves start with it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fast {
    None,
    Add,
    Sub,
    Mul,
    Band,
    Bor,
    Bxor,
}

impl Fast {
    /// The operation of the BIF named `name` (`None` for the others).
    pub fn of(name: &str) -> Fast {
        match name {
            "+" => Fast::Add,
            "-" => Fast::Sub,
            "*" => Fast::Mul,
            "band" => Fast::Band,
            "bor" => Fast::Bor,
            "bxor" => Fast::Bxor,
            _ => Fast::None,
        }
    }

    /// The result for two small integers, when it is a small integer.
    #[inline]
    pub fn small(self, a: Term, b: Term) -> Option<Term> {
        if !(a.is_small() && b.is_small()) {
            return None;
        }
        let (x, y) = (a.small_value(), b.small_value());
        let r = match self {
            Fast::None => return None,
            Fast::Add => x.checked_add(y)?,
            Fast::Sub => x.checked_sub(y)?,
            Fast::Mul => x.checked_mul(y)?,
            Fast::Band => x & y,
            Fast::Bor => x | y,
            Fast::Bxor => x ^ y,
        };
        Term::fits_small(r as i128).then(|| Term::small(r))
    }
}

macro_rules! numop {
    ($name:ident, $fast:ident, |$x:ident, $y:ident| $int:expr, $big:expr, |$fx:ident, $fy:ident| $fl:expr) => {
        pub fn $name(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
            // Two small integers: no views, no heap, unless the result overflows.
            if let Some(v) = Fast::$fast.small(a[0], a[1]) {
                return ok(v);
            }
            let is_float = |t: &Term| matches!(t.view(), View::Float(_));
            if a.iter().any(is_float) {
                let ($fx, $fy) = (to_f64_any(a[0])?, to_f64_any(a[1])?);
                return float_result(c, $fl);
            }
            #[cfg(feature = "bignum")]
            {
                int_op(c, a, |$x, $y| $int, |p, q| Ok($big(p, q)))
            }
            #[cfg(not(feature = "bignum"))]
            {
                int_op(c, a, |$x, $y| $int)
            }
        }
    };
}

macro_rules! binop {
    ($name:ident, $fast:ident, |$x:ident, $y:ident| $e:expr, $big:expr) => {
        pub fn $name(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
            if let Some(v) = Fast::$fast.small(a[0], a[1]) {
                return ok(v);
            }
            #[cfg(feature = "bignum")]
            {
                int_op(c, a, |$x, $y| Some($e), |p, q| Ok($big(p, q)))
            }
            #[cfg(not(feature = "bignum"))]
            {
                int_op(c, a, |$x, $y| Some($e))
            }
        }
    };
}

/// Any number as a float (bignums too), or `badarith`.
fn to_f64_any(t: Term) -> Result<f64, Exception> {
    number_to_f64(t).ok_or_else(badarith)
}

numop!(
    add,
    Add,
    |x, y| x.checked_add(y),
    |p: BigInt, q: BigInt| p + q,
    |x, y| x + y
);
numop!(
    sub,
    Sub,
    |x, y| x.checked_sub(y),
    |p: BigInt, q: BigInt| p - q,
    |x, y| x - y
);
numop!(
    mul,
    Mul,
    |x, y| x.checked_mul(y),
    |p: BigInt, q: BigInt| p * q,
    |x, y| x * y
);
binop!(band, Band, |x, y| x & y, |p: BigInt, q: BigInt| p & q);
binop!(bor, Bor, |x, y| x | y, |p: BigInt, q: BigInt| p | q);
binop!(bxor, Bxor, |x, y| x ^ y, |p: BigInt, q: BigInt| p ^ q);

/// `/`: always a float.
#[cfg(feature = "float")]
pub fn fdiv(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = (to_f64_any(a[0])?, to_f64_any(a[1])?);
    if y == 0.0 {
        return Err(badarith());
    }
    float_result(c, x / y)
}

pub fn div(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    both_ints(a)?;
    if a[1] == Term::small(0) {
        return Err(badarith());
    }
    #[cfg(feature = "bignum")]
    {
        int_op(c, a, |x, y| x.checked_div(y), |p, q| Ok(p / q))
    }
    #[cfg(not(feature = "bignum"))]
    {
        int_op(c, a, |x, y| x.checked_div(y))
    }
}

pub fn rem(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    both_ints(a)?;
    if a[1] == Term::small(0) {
        return Err(badarith());
    }
    #[cfg(feature = "bignum")]
    {
        int_op(c, a, |x, y| x.checked_rem(y), |p, q| Ok(p % q))
    }
    #[cfg(not(feature = "bignum"))]
    {
        int_op(c, a, |x, y| x.checked_rem(y))
    }
}

/// The shift count of `bsl`/`bsr`, as a signed number of bits (a huge one saturates).
fn shift_of(t: Term) -> Result<i64, Exception> {
    match t.view() {
        View::Small(n) => Ok(n as i64),
        View::Big(neg, _) => Ok(if neg { i64::MIN / 2 } else { i64::MAX / 2 }),
        _ => Err(badarith()),
    }
}

#[cfg(not(feature = "bignum"))]
fn shift(c: &mut Ctx, x: Term, by: i64) -> Result<BifResult, Exception> {
    let v = int(x)?.ok_or_else(|| no_bignum(c))?;
    if by >= 0 {
        if v == 0 {
            return result(c, Some(0));
        }
        // `v` is small, so any shift that keeps it small is below 64 bits; beyond that, or
        // when bits fall off the top, the result needs a bignum.
        let shifted = (by < 64).then(|| v << by).filter(|s| s >> by == v);
        match shifted {
            Some(s) => result(c, Some(s)),
            None => Err(no_bignum(c)),
        }
    } else {
        let n = by.unsigned_abs().min(127);
        result(c, Some(v >> n))
    }
}

#[cfg(feature = "bignum")]
fn shift(c: &mut Ctx, x: Term, by: i64) -> Result<BifResult, Exception> {
    let v = big_of(x).ok_or_else(badarith)?;
    if by >= 0 {
        if v.is_zero() {
            return result(c, Some(0));
        }
        if by as u64 > MAX_BIG_BITS {
            return Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT)));
        }
        big_result(c, v << by as usize)
    } else {
        let n = by.unsigned_abs();
        if n > v.bits() + 1 {
            return result(c, Some(if v.is_negative() { -1 } else { 0 }));
        }
        big_result(c, v >> n as usize)
    }
}

pub fn bsl(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    both_ints(a)?;
    let by = shift_of(a[1])?;
    shift(c, a[0], by)
}

pub fn bsr(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    both_ints(a)?;
    let by = shift_of(a[1])?;
    shift(c, a[0], by.saturating_neg())
}

pub fn bnot(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    both_ints(&a[..1])?;
    #[cfg(feature = "bignum")]
    {
        let v = big_of(a[0]).ok_or_else(badarith)?;
        big_result(c, -v - 1)
    }
    #[cfg(not(feature = "bignum"))]
    {
        let v = int(a[0])?.ok_or_else(|| no_bignum(c))?;
        result(c, Some(!v))
    }
}

pub fn neg(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match a[0].view() {
        View::Float(f) => float_result(c, -f),
        #[cfg(feature = "bignum")]
        View::Small(_) | View::Big(..) => {
            let v = big_of(a[0]).ok_or_else(badarith)?;
            big_result(c, -v)
        }
        #[cfg(not(feature = "bignum"))]
        View::Small(n) => result(c, Some(-(n as i128))),
        _ => Err(badarith()),
    }
}

pub fn plus(_c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match a[0].view() {
        View::Small(_) | View::Big(..) | View::Float(_) => ok(a[0]),
        _ => Err(badarith()),
    }
}

pub fn abs(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match a[0].view() {
        View::Float(f) => float_result(c, f.abs()),
        #[cfg(feature = "bignum")]
        View::Small(_) | View::Big(..) => {
            let v = big_of(a[0]).ok_or_else(badarg)?;
            big_result(c, v.abs())
        }
        #[cfg(not(feature = "bignum"))]
        View::Small(n) => result(c, Some((n as i128).abs())),
        _ => Err(badarg()),
    }
}

#[cfg(feature = "float")]
pub fn float(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let f = number_to_f64(a[0]).ok_or_else(badarg)?;
    float_result(c, f)
}

// Without floats, `/` and float/1 raise `{unsupported, {feature, float}}` whatever their
// arguments.
#[cfg(not(feature = "float"))]
crate::feature_off_bifs!(FLOAT: fdiv, float);

/// round/1, trunc/1, ceil/1, floor/1: an integer is itself, a float is rounded by `how`.
#[cfg(feature = "float")]
fn rounding(c: &mut Ctx, a: &[Term], how: fn(f64) -> f64) -> Result<BifResult, Exception> {
    match a[0].view() {
        View::Small(_) | View::Big(..) => ok(a[0]),
        View::Float(f) => float_to_int(c, how(f)),
        _ => Err(badarg()),
    }
}

#[cfg(feature = "float")]
macro_rules! rounding {
    ($($name:ident),*) => {$(
        pub fn $name(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
            rounding(c, a, libm::$name)
        }
    )*};
}

/// Without floats, rounding an integer gives the integer; anything else is `badarg`.
#[cfg(not(feature = "float"))]
macro_rules! rounding {
    ($($name:ident),*) => {$(
        pub fn $name(_c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
            match a[0].view() {
                View::Small(_) | View::Big(..) => ok(a[0]),
                _ => Err(badarg()),
            }
        }
    )*};
}
rounding!(round, trunc, ceil, floor);

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
        #[cfg(feature = "bignum")]
        View::Big(neg, d) if base == 10 => {
            let mut s = String::new();
            if neg {
                s.push('-');
            }
            s.push_str(&crate::term::print::magnitude_to_decimal(d));
            s
        }
        #[cfg(feature = "bignum")]
        View::Big(..) => match big_of(a[0]) {
            Some(v) => v.to_str_radix(base).to_uppercase(),
            None => return Err(badarg()),
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
    if !digits.chars().all(|ch| ch.is_digit(base)) {
        return Err(badarg());
    }
    #[cfg(feature = "bignum")]
    {
        let v = BigInt::parse_bytes(digits.as_bytes(), base).ok_or_else(badarg)?;
        big_result(c, if neg { -v } else { v })
    }
    #[cfg(not(feature = "bignum"))]
    {
        // Digits were checked above; only the size can fail.
        let mut v: i128 = 0;
        for ch in digits.chars() {
            let d = ch.to_digit(base).unwrap_or(0) as i128;
            match v.checked_mul(base as i128).and_then(|m| m.checked_add(d)) {
                Some(n) if Term::fits_small(n) || Term::fits_small(-n) => v = n,
                _ => return Err(no_bignum(c)),
            }
        }
        result(c, Some(if neg { -v } else { v }))
    }
}
