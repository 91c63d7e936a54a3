//! Time BIFs: `erlang:monotonic_time/0,1` and `erlang:convert_time_unit/3`.
//!
//! The clock is the platform's monotonic milliseconds (`Platform::now_ms`); the native
//! time unit is the nanosecond, as on OTP for Linux, so values move in steps of 10^6.

use super::{badarg, ok, BifResult, Ctx};
use crate::exec::Exception;
use crate::term::{Term, View};

/// Parts per second of the native unit.
const NATIVE: i128 = 1_000_000_000;

/// Parts per second a time unit names (`second`, `millisecond`, ..., `native`,
/// `perf_counter`, a positive integer, or the deprecated plural forms).
fn unit(c: &Ctx, t: Term) -> Result<i128, Exception> {
    match t.view() {
        View::Atom(a) => {
            let atoms = c.vm.atoms.lock();
            match atoms.text(a) {
                "second" | "seconds" => Ok(1),
                "millisecond" | "milli_seconds" => Ok(1_000),
                "microsecond" | "micro_seconds" => Ok(1_000_000),
                "nanosecond" | "nano_seconds" | "native" | "perf_counter" => Ok(NATIVE),
                _ => Err(badarg()),
            }
        }
        View::Small(n) if n > 0 => Ok(n as i128),
        _ => Err(badarg()),
    }
}

/// `value` (in `from` parts per second) in `to` parts per second, rounded towards
/// negative infinity as OTP does.
fn convert(value: i128, from: i128, to: i128) -> i128 {
    (value * to).div_euclid(from)
}

fn now_native(c: &Ctx) -> i128 {
    c.vm.platform.now_ms() as i128 * (NATIVE / 1_000)
}

pub fn monotonic_time0(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    let v = now_native(c);
    ok(super::int_term(&mut c.p.heap, v)?)
}

pub fn monotonic_time1(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let to = unit(c, a[0])?;
    let v = convert(now_native(c), NATIVE, to);
    ok(super::int_term(&mut c.p.heap, v)?)
}

pub fn convert_time_unit(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let v = match a[0].view() {
        View::Small(n) => n as i128,
        _ => return Err(badarg()),
    };
    let (from, to) = (unit(c, a[1])?, unit(c, a[2])?);
    let r = v.checked_mul(to).ok_or_else(badarg)?.div_euclid(from);
    ok(super::int_term(&mut c.p.heap, r)?)
}
