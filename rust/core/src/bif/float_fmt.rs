//! Floats as text, exactly as OTP writes them: `float_to_list/1,2` and `float_to_binary/1,2`
//! (the `decimals`, `scientific`, `short` and `compact` options, with OTP's quirks), and the
//! shortest round-trip form that `~w` and the `short` option print.
//!
//! OTP's rules, observed on OTP 25, 27 and 29:
//! - `float_to_list/1` and `{scientific, N}`: C's `%.*e`, exact decimal expansion rounded
//!   half to even; a negative N means 6 digits.
//! - `{decimals, N}`, for |f| <= 2^53 and N <= 18: the integer part is `floor(|f|)`, the
//!   fraction `round((|f| - floor(|f|)) * 10^N)` computed in doubles (half away from zero);
//!   N = 0 rounds |f| half away from zero; `compact` strips trailing zeros but keeps one.
//! - otherwise C's `%.*f` (exact, half to even); `compact` strips trailing zeros of the
//!   whole text (so `1.0e20` with `{decimals, 0}` and `compact` gives "1", as OTP does).
//! - a text of 256 characters or more is `badarg` (OTP's buffer).

use alloc::format;
use alloc::string::String;

use super::{badarg, list_elems, ok, oom, BifResult, Ctx};
use crate::exec::Exception;
use crate::term::build::TermAlloc;
use crate::term::{Term, View};

/// OTP's text buffer: a text this long or longer is `badarg`.
const BUF: usize = 256;

/// The shortest decimal digits that read back to `a` (finite, > 0), as (digits, exponent
/// of the first digit). Among the shortest, the one nearest the exact value, ties to even
/// (what OTP's Ryu gives); Rust's `{:e}` gives a shortest one that may be the other
/// neighbour, so the correctly rounded candidate of the same length is preferred when it
/// reads back.
fn shortest_digits(a: f64) -> (String, i32) {
    let split = |s: &str| -> (String, i32) {
        let (m, e) = s.split_once('e').unwrap_or((s, "0"));
        let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
        (digits, e.parse().unwrap_or(0))
    };
    let s = format!("{a:e}");
    let (digits, exp) = split(&s);
    let n = digits.len();
    let c = format!("{:.*e}", n - 1, a);
    if c.parse::<f64>() == Ok(a) {
        split(&c)
    } else {
        (digits, exp)
    }
}

/// A float as `~w` and `[short]` print it: the shortest round-trip digits, in plain or
/// scientific notation, whichever is shorter (plain on a tie); from 2^53 up always
/// scientific.
pub fn short(f: f64) -> String {
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0.0");
    }
    let (digits, exp) = shortest_digits(f.abs());
    let (d0, rest) = digits.split_at(1);
    let rest = if rest.is_empty() { "0" } else { rest };
    let scientific = format!("{sign}{d0}.{rest}e{exp}");
    let n = digits.len() as i32;
    let plain = if exp >= 0 {
        if exp + 1 >= n {
            let zeros = "0".repeat((exp + 1 - n) as usize);
            format!("{sign}{digits}{zeros}.0")
        } else {
            let (a, b) = digits.split_at((exp + 1) as usize);
            format!("{sign}{a}.{b}")
        }
    } else {
        let zeros = "0".repeat((-exp - 1) as usize);
        format!("{sign}0.{zeros}{digits}")
    };
    if plain.len() <= scientific.len() && f.abs() < 9007199254740992.0 {
        plain
    } else {
        scientific
    }
}

/// C's `%.*e`: exact digits rounded half to even, exponent with a sign and at least two
/// digits.
pub fn scientific(f: f64, n: usize) -> String {
    let s = format!("{:.*e}", n, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let esign = if e < 0 { '-' } else { '+' };
    format!("{m}e{esign}{:02}", e.unsigned_abs())
}

/// Trailing zeros removed, one kept after a point.
fn strip_zeros(s: &mut String) {
    let keep = s.trim_end_matches('0').len();
    if s[..keep].ends_with('.') {
        s.truncate(keep + 1);
    } else {
        s.truncate(keep);
    }
}

/// `{decimals, N}` (with `compact`), or `None` when OTP's buffer would overflow.
pub fn decimals(f: f64, n: usize, compact: bool) -> Option<String> {
    let af = f.abs();
    let mut s;
    if af > 9007199254740992.0 || n >= 19 {
        s = format!("{:.*}", n, f);
        if s.len() >= BUF {
            return None;
        }
        if compact {
            strip_zeros(&mut s);
        }
        return Some(s);
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if n == 0 {
        return Some(format!("{sign}{}", libm::round(af) as u64));
    }
    let pow = libm::pow(10.0, n as f64);
    let int_f = libm::floor(af);
    let frac_f = libm::round((af - int_f) * pow);
    let (mut int_part, mut frac_part) = (int_f as u64, frac_f as u64);
    if frac_f >= pow {
        int_part += 1;
        frac_part = 0;
    }
    s = format!("{sign}{int_part}.{frac_part:0n$}");
    if compact {
        strip_zeros(&mut s);
    }
    Some(s)
}

enum Fmt {
    Sci(usize),
    Dec(usize),
    Short,
}

/// The text of `float_to_list/2` and `float_to_binary/2`: the last of
/// decimals/scientific/short wins; `compact` only affects decimals.
fn text(c: &Ctx, f: f64, opts: Term) -> Result<String, Exception> {
    let mut fmt = Fmt::Sci(20);
    let mut compact = false;
    let atom_is = |t: Term, name: &str| match t.view() {
        View::Atom(a) => c.vm.atoms.lock().text(a) == name,
        _ => false,
    };
    for o in list_elems(opts).ok_or_else(badarg)? {
        if atom_is(o, "compact") {
            compact = true;
        } else if atom_is(o, "short") {
            fmt = Fmt::Short;
        } else {
            match o.tuple_elements() {
                Some(&[k, v]) => match v.view() {
                    View::Small(n) if atom_is(k, "decimals") && (0..=253).contains(&n) => {
                        fmt = Fmt::Dec(n as usize)
                    }
                    View::Small(n) if atom_is(k, "scientific") && n <= 249 => {
                        fmt = Fmt::Sci(if n < 0 { 6 } else { n as usize })
                    }
                    _ => return Err(badarg()),
                },
                _ => return Err(badarg()),
            }
        }
    }
    let s = match fmt {
        Fmt::Sci(n) => scientific(f, n),
        Fmt::Dec(n) => decimals(f, n, compact).ok_or_else(badarg)?,
        Fmt::Short => short(f),
    };
    if s.len() >= BUF {
        return Err(badarg());
    }
    Ok(s)
}

fn float_arg(t: Term) -> Result<f64, Exception> {
    match t.view() {
        View::Float(f) => Ok(f),
        _ => Err(badarg()),
    }
}

fn text_of(c: &Ctx, a: &[Term]) -> Result<String, Exception> {
    let f = float_arg(a[0])?;
    match a.get(1) {
        Some(&o) => text(c, f, o),
        None => Ok(scientific(f, 20)),
    }
}

pub fn float_to_list(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let s = text_of(c, a)?;
    ok(super::string_to_list(c.p, &s)?)
}

pub fn float_to_binary(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let s = text_of(c, a)?;
    ok(c.p.heap.binary(s.as_bytes()).ok_or_else(oom)?)
}

/// OTP's float syntax, `[+-]D+[.,]D+([eE][+-]?D+)?` (a comma is accepted as the point,
/// as OTP does), read to the nearest double; `None` if malformed or not finite (an
/// underflow to zero is fine).
pub fn parse(text: &[u8]) -> Option<f64> {
    let mut i = 0;
    if matches!(text.first(), Some(b'+') | Some(b'-')) {
        i = 1;
    }
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < text.len() && text[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > s
    };
    if !digits(&mut i) || !matches!(text.get(i), Some(b'.') | Some(b',')) {
        return None;
    }
    let point = i;
    i += 1;
    if !digits(&mut i) {
        return None;
    }
    if matches!(text.get(i), Some(b'e') | Some(b'E')) {
        i += 1;
        if matches!(text.get(i), Some(b'+') | Some(b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return None;
        }
    }
    if i != text.len() {
        return None;
    }
    let mut s = String::from(core::str::from_utf8(text).ok()?);
    s.replace_range(point..point + 1, ".");
    let f: f64 = s.parse().ok()?;
    f.is_finite().then_some(f)
}

pub fn list_to_float(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let mut v = alloc::vec::Vec::new();
    for e in list_elems(a[0]).ok_or_else(badarg)? {
        match e.view() {
            View::Small(n) if (0..=255).contains(&n) => v.push(n as u8),
            _ => return Err(badarg()),
        }
    }
    let f = parse(&v).ok_or_else(badarg)?;
    ok(c.p.heap.float(f).ok_or_else(oom)?)
}

pub fn binary_to_float(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let f = match a[0].view() {
        View::Binary(b, bits) if bits % 8 == 0 => parse(&b[..bits / 8]),
        _ => None,
    };
    let f = f.ok_or_else(badarg)?;
    ok(c.p.heap.float(f).ok_or_else(oom)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_ties_go_to_even() {
        assert_eq!(short(13787193475055.0 + 0.0625), "13787193475055.062");
        assert_eq!(short(0.1), "0.1");
        assert_eq!(short(1.0e23), "1.0e23");
        assert_eq!(short(-0.0), "-0.0");
        assert_eq!(short(5.0e-324), "5.0e-324");
    }

    #[test]
    fn decimals_as_otp() {
        assert_eq!(decimals(2.5, 0, false).as_deref(), Some("3"));
        assert_eq!(decimals(0.125, 2, false).as_deref(), Some("0.13"));
        assert_eq!(decimals(1.0e20, 0, true).as_deref(), Some("1"));
        assert_eq!(decimals(1.5, 4, true).as_deref(), Some("1.5"));
        assert_eq!(decimals(-0.001, 2, false).as_deref(), Some("-0.00"));
        assert_eq!(
            decimals(0.125, 20, false).as_deref(),
            Some("0.12500000000000000000")
        );
        assert_eq!(decimals(10.0, 253, false), None);
        assert_eq!(scientific(1.5, 3), "1.500e+00");
        assert_eq!(scientific(-1.0e-300, 0), "-1e-300");
    }
}
