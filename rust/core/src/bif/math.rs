//! The `math` module: IEEE double functions of `libm` (a port of musl's). Arguments may be
//! integers of any size; a non-number is `badarg`, a result that is not finite (or a
//! domain error, NaN) is `badarith`, as in OTP.

use super::{arith, badarg, BifResult, Ctx};
use crate::atom;
use crate::exec::Exception;
use crate::term::{Term, View};

fn arg(t: Term) -> Result<f64, Exception> {
    match t.view() {
        View::Float(_) | View::Small(_) | View::Big(..) => {
            arith::number_to_f64(t).ok_or_else(|| Exception::error(Term::atom(atom::BADARITH)))
        }
        _ => Err(badarg()),
    }
}

/// A float result (`badarith` when not finite).
use arith::float_result as result;

macro_rules! unary {
    ($($name:ident => $f:expr;)*) => {$(
        pub fn $name(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
            let x = arg(a[0])?;
            let f: fn(f64) -> f64 = $f;
            result(c, f(x))
        }
    )*};
}

unary! {
    sqrt => libm::sqrt;
    sin => libm::sin;
    cos => libm::cos;
    tan => libm::tan;
    asin => libm::asin;
    acos => libm::acos;
    atan => libm::atan;
    sinh => libm::sinh;
    cosh => libm::cosh;
    tanh => libm::tanh;
    asinh => libm::asinh;
    acosh => libm::acosh;
    atanh => libm::atanh;
    exp => libm::exp;
    log => libm::log;
    log2 => libm::log2;
    log10 => libm::log10;
    ceil => libm::ceil;
    floor => libm::floor;
    erf => libm::erf;
    erfc => libm::erfc;
}

pub fn pow(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    result(c, exact_int_pow(x, y).unwrap_or_else(|| libm::pow(x, y)))
}

/// `x^y` when both are integers of moderate size, rounded to nearest as OTP's C library
/// (glibc) gives it, e.g. `math:pow(10, -7)` (`libm`'s pow can be one ulp off): the exact
/// power as a bignum, divided out; an exact tie rounds away from zero, as glibc does.
/// (Without the `bignum` feature: `libm`'s pow.)
#[cfg(not(feature = "bignum"))]
fn exact_int_pow(_: f64, _: f64) -> Option<f64> {
    None
}

#[cfg(feature = "bignum")]
fn exact_int_pow(x: f64, y: f64) -> Option<f64> {
    use num_bigint::BigUint;
    use num_traits::{One, ToPrimitive};
    if libm::trunc(x) != x || libm::trunc(y) != y || x == 0.0 || x.abs() > 1.0e15 || y.abs() > 400.0
    {
        return None;
    }
    let n = y.abs() as u32;
    let base = BigUint::from(x.abs() as u64);
    let p = num_traits::pow(base, n as usize);
    if p.bits() > 1100 {
        return None;
    }
    let neg = x < 0.0 && n % 2 == 1;
    // value = num / den, as a double rounded to nearest even
    let (num, den) = if y >= 0.0 {
        (p, BigUint::one())
    } else {
        (BigUint::one(), p)
    };
    let nb = num.bits() as i64 - den.bits() as i64;
    // scale so the quotient has 54..=55 bits, then round to 53
    let shift = 54 - nb;
    let (sn, sd) = if shift >= 0 {
        (num << shift as usize, den)
    } else {
        (num, den << (-shift) as usize)
    };
    let q = &sn / &sd;
    let qbits = q.bits() as i64;
    let drop = qbits - 53;
    let mut m = (&q >> drop as usize).to_u64()?;
    let rest = &q - (BigUint::from(m) << drop as usize);
    let half = BigUint::one() << (drop as usize - 1);
    // An exact tie (e.g. 10^23) goes away from zero, as glibc's pow gives it.
    if rest >= half {
        m += 1;
    }
    let e = drop - shift;
    let v = libm::ldexp(m as f64, e as i32);
    Some(if neg { -v } else { v })
}

pub fn atan2(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (y, x) = (arg(a[0])?, arg(a[1])?);
    result(c, libm::atan2(y, x))
}

pub fn fmod(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    result(c, libm::fmod(x, y))
}

pub fn pi(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    result(c, core::f64::consts::PI)
}
