//! Erlang's term order:
//! number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring.

use core::cmp::Ordering;

use alloc::vec::Vec;

use super::{Term, View};
use crate::atom::AtomTable;

fn class(v: &View) -> u8 {
    match v {
        View::Small(_) | View::Float(_) | View::Big(..) => 0,
        View::Atom(_) => 1,
        View::Other(super::Boxed::Ref | super::Boxed::ExtRef) => 2,
        View::Other(super::Boxed::Fun) | View::Export(..) => 3,
        View::Port(_) | View::Other(super::Boxed::ExtPort) => 4,
        View::Pid(_) | View::Other(super::Boxed::ExtPid) => 5,
        View::Tuple(_) => 6,
        View::Map(..) | View::Other(super::Boxed::HashMap) => 7,
        View::Nil => 8,
        View::Cons(..) => 9,
        View::Binary(..) => 10,
        View::Catch(_) | View::Other(_) => 11,
    }
}

/// Compare magnitudes given as little-endian digit slices.
fn cmp_mag(a: &[usize], b: &[usize]) -> Ordering {
    let trim = |d: &[usize]| d.len() - d.iter().rev().take_while(|&&x| x == 0).count();
    let (la, lb) = (trim(a), trim(b));
    la.cmp(&lb).then_with(|| {
        for i in (0..la).rev() {
            match a[i].cmp(&b[i]) {
                Ordering::Equal => continue,
                o => return o,
            }
        }
        Ordering::Equal
    })
}

/// A bignum's sign and magnitude digits as a `BigInt`.
#[cfg(feature = "bignum")]
pub fn bigint(neg: bool, d: &[usize]) -> num_bigint::BigInt {
    use num_bigint::{BigInt, BigUint, Sign};
    let mut u32s = Vec::with_capacity(d.len() * 2);
    for &w in d {
        let w = w as u64;
        u32s.push(w as u32);
        if usize::BITS == 64 {
            u32s.push((w >> 32) as u32);
        }
    }
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    BigInt::from_biguint(sign, BigUint::new(u32s))
}

/// The integer `floor(f)` exactly (f finite).
#[cfg(all(feature = "float", feature = "bignum"))]
pub(crate) fn floor_to_bigint(f: f64) -> num_bigint::BigInt {
    use num_bigint::BigInt;
    let fl = libm::floor(f);
    if fl.abs() < 9.0e18 {
        return BigInt::from(fl as i64);
    }
    // |fl| >= 2^62: an integer m * 2^e with e > 0.
    let bits = fl.to_bits();
    let exp = ((bits >> 52) & 0x7FF) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mag = BigInt::from(mant) << (exp as usize);
    if fl < 0.0 {
        -mag
    } else {
        mag
    }
}

/// An integer against a float, exactly (no rounding of either).
#[cfg(all(feature = "float", feature = "bignum"))]
fn cmp_int_float(i: &num_bigint::BigInt, f: f64) -> Ordering {
    let fl = libm::floor(f);
    match i.cmp(&floor_to_bigint(f)) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    }
}

/// A small integer against a float, exactly (no rounding of either; no bignum needed, as
/// a float beyond 64 bits is beyond every small integer).
#[cfg(feature = "float")]
fn cmp_small_float(x: isize, f: f64) -> Ordering {
    let fl = libm::floor(f);
    // 2^63: `fl` below it in magnitude converts to i64 exactly (it is integral).
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if fl >= LIMIT {
        return Ordering::Less;
    }
    if fl < -LIMIT {
        return Ordering::Greater;
    }
    match (x as i64).cmp(&(fl as i64)) {
        Ordering::Equal if f > fl => Ordering::Less,
        o => o,
    }
}

/// Whether a small integer converts to a double without rounding.
fn exact_in_f64(x: isize) -> bool {
    (x.unsigned_abs() as u64) <= 1u64 << 53
}

fn cmp_numbers(a: &View, b: &View, exact: bool) -> Ordering {
    use View::*;
    // In map key order every integer comes before every float, whatever their values.
    if exact {
        let is_float = |v: &View| matches!(v, Float(_));
        if is_float(a) != is_float(b) {
            return is_float(a).cmp(&is_float(b));
        }
    }
    let o = match (a, b) {
        (Small(x), Small(y)) => x.cmp(y),
        (Float(x), Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (Big(na, da), Big(nb, db)) => match (na, nb) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(da, db),
            (true, true) => cmp_mag(db, da),
        },
        (Small(_), Big(n, _)) => {
            if *n {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
        (Big(n, _), Small(_)) => {
            if *n {
                Ordering::Less
            } else {
                Ordering::Greater
            }
        }
        (Small(x), Float(y)) if exact_in_f64(*x) => {
            (*x as f64).partial_cmp(y).unwrap_or(Ordering::Equal)
        }
        (Float(x), Small(y)) if exact_in_f64(*y) => {
            x.partial_cmp(&(*y as f64)).unwrap_or(Ordering::Equal)
        }
        // Without the `float` feature no float exists, so these never meet.
        #[cfg(feature = "float")]
        (Small(x), Float(y)) => cmp_small_float(*x, *y),
        #[cfg(feature = "float")]
        (Float(x), Small(y)) => cmp_small_float(*y, *x).reverse(),
        #[cfg(all(feature = "float", feature = "bignum"))]
        (Big(n, d), Float(y)) => cmp_int_float(&bigint(*n, d), *y),
        #[cfg(all(feature = "float", feature = "bignum"))]
        (Float(x), Big(n, d)) => cmp_int_float(&bigint(*n, d), *x).reverse(),
        _ => Ordering::Equal,
    };
    if o == Ordering::Equal && exact {
        // In the exact order an integer comes before the float of the same value.
        let is_float = |v: &View| matches!(v, Float(_));
        is_float(a).cmp(&is_float(b))
    } else {
        o
    }
}

/// The pairs of a map (flat or trie) in key order.
pub fn sorted_pairs(map: Term, atoms: &AtomTable) -> Vec<(Term, Term)> {
    let mut v = Vec::new();
    super::hamt::for_each(map, &mut |k, val| v.push((k, val)));
    if super::hamt::is_hamt(map) {
        v.sort_by(|x, y| compare(x.0, y.0, true, atoms));
    }
    v
}

/// Compare two terms. With `exact`, an integer and a float of equal value differ (the
/// order of map keys); without, they are equal (the order of `<` and `==`).
pub fn compare(a: Term, b: Term, exact: bool, atoms: &AtomTable) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    if a.is_small() && b.is_small() {
        return a.small_value().cmp(&b.small_value());
    }
    // Nested terms are compared through a stack of pending pairs (each with its own
    // exactness: map keys are compared exactly), not by recursion, so that a deep term
    // cannot overflow the native stack.
    let mut work: Vec<(Term, Term, bool)> = Vec::new();
    let (mut x, mut y, mut ex) = (a, b, exact);
    loop {
        if x != y {
            match cmp_level(x, y, ex, atoms, &mut work) {
                Ordering::Equal => {}
                o => return o,
            }
        }
        match work.pop() {
            Some(next) => (x, y, ex) = next,
            None => return Ordering::Equal,
        }
    }
}

/// Push the pairs of `x` and `y` so that they are compared first to last.
fn push_seq(work: &mut Vec<(Term, Term, bool)>, x: &[Term], y: &[Term], exact: bool) {
    work.extend(
        x.iter()
            .copied()
            .zip(y.iter().copied())
            .rev()
            .map(|(p, q)| (p, q, exact)),
    );
}

/// Compare one level of `a` and `b`: an order, or `Equal` with the children still to
/// compare pushed on `work`.
fn cmp_level(
    a: Term,
    b: Term,
    exact: bool,
    atoms: &AtomTable,
    work: &mut Vec<(Term, Term, bool)>,
) -> Ordering {
    let (va, vb) = (a.view(), b.view());
    let (ca, cb) = (class(&va), class(&vb));
    if ca != cb {
        return ca.cmp(&cb);
    }
    use View::*;
    match (va, vb) {
        (Atom(x), Atom(y)) => atoms.name(x).cmp(atoms.name(y)),
        (Tuple(x), Tuple(y)) => x.len().cmp(&y.len()).then_with(|| {
            push_seq(work, x, y, exact);
            Ordering::Equal
        }),
        (Map(kx, vx), Map(ky, vy)) => kx.len().cmp(&ky.len()).then_with(|| {
            push_seq(work, vx, vy, exact);
            push_seq(work, kx, ky, true);
            Ordering::Equal
        }),
        (Map(..) | Other(super::Boxed::HashMap), Map(..) | Other(super::Boxed::HashMap)) => {
            // Sizes first: the layout follows the size, so a flat map and a trie never need
            // sorting; two tries of one size compare as their key-sorted pairs.
            let size = |t: Term| match t.view() {
                Map(k, _) => k.len(),
                _ => super::hamt::size(t),
            };
            size(a).cmp(&size(b)).then_with(|| {
                let (px, py) = (sorted_pairs(a, atoms), sorted_pairs(b, atoms));
                // Keys (all of them, exactly) before values: the work stack pops last first.
                for (&(_, vx), &(_, vy)) in px.iter().zip(&py).rev() {
                    work.push((vx, vy, exact));
                }
                for (&(kx, _), &(ky, _)) in px.iter().zip(&py).rev() {
                    work.push((kx, ky, true));
                }
                Ordering::Equal
            })
        }
        (Cons(hx, tx), Cons(hy, ty)) => {
            work.push((tx, ty, exact));
            work.push((hx, hy, exact));
            Ordering::Equal
        }
        (Binary(bx, nx), Binary(by, ny)) => bx.cmp(by).then(nx.cmp(&ny)),
        (Export(mx, fx, ax), Export(my, fy, ay)) => atoms
            .name(mx)
            .cmp(atoms.name(my))
            .then_with(|| atoms.name(fx).cmp(atoms.name(fy)))
            .then(ax.cmp(&ay)),
        (x, y) if ca == 0 => cmp_numbers(&x, &y, exact),
        (Other(kx), Other(_)) => {
            let (wx, wy) = (a.boxed_words(), b.boxed_words());
            if kx == super::Boxed::Fun {
                wx.len().cmp(&wy.len()).then_with(|| {
                    push_seq(work, wx, wy, exact);
                    Ordering::Equal
                })
            } else {
                let raw = |w: &[Term]| w.iter().map(|t| t.raw()).collect::<alloc::vec::Vec<_>>();
                raw(wx).cmp(&raw(wy))
            }
        }
        _ => a.raw().cmp(&b.raw()),
    }
}

/// `=:=` without needing atom names (atoms are equal exactly when their indices are).
pub fn exact_eq(a: Term, b: Term) -> bool {
    // Nested terms are compared with a stack of pending pairs rather than recursion, so
    // that a deep term cannot overflow the native stack.
    let mut work: Vec<(Term, Term)> = Vec::new();
    let (mut x, mut y) = (a, b);
    loop {
        if x != y && !eq_level(x, y, &mut work) {
            return false;
        }
        match work.pop() {
            Some((p, q)) => (x, y) = (p, q),
            None => return true,
        }
    }
}

/// Compare one level of `a` and `b`; pairs of children still to compare go on `work`.
fn eq_level(a: Term, b: Term, work: &mut Vec<(Term, Term)>) -> bool {
    // Distinct immediates differ, and an immediate never equals a boxed or list term
    // (integers that fit a small are never bignums).
    if a.is_immediate() || b.is_immediate() {
        return false;
    }
    use View::*;
    match (a.view(), b.view()) {
        (Cons(hx, tx), Cons(hy, ty)) => {
            work.push((tx, ty));
            work.push((hx, hy));
            true
        }
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return false;
            }
            work.extend(x.iter().copied().zip(y.iter().copied()).rev());
            true
        }
        (Float(x), Float(y)) => x.to_bits() == y.to_bits() || x == y,
        (Big(na, da), Big(nb, db)) => na == nb && cmp_mag(da, db) == Ordering::Equal,
        (Binary(bx, nx), Binary(by, ny)) => nx == ny && bx == by,
        (Other(super::Boxed::HashMap), Other(super::Boxed::HashMap)) => {
            if super::hamt::size(a) != super::hamt::size(b) {
                return false;
            }
            let mut same = true;
            super::hamt::for_each(a, &mut |k, v| {
                if same {
                    match super::hamt::get(b, k) {
                        Some(w) => work.push((v, w)),
                        None => same = false,
                    }
                }
            });
            same
        }
        (Map(kx, vx), Map(ky, vy)) => {
            if kx.len() != ky.len() {
                return false;
            }
            work.extend(kx.iter().copied().zip(ky.iter().copied()));
            work.extend(vx.iter().copied().zip(vy.iter().copied()));
            true
        }
        (Export(mx, fx, ax), Export(my, fy, ay)) => mx == my && fx == fy && ax == ay,
        (Other(kx), Other(ky)) if kx == ky => {
            let (wx, wy) = (a.boxed_words(), b.boxed_words());
            if kx == super::Boxed::Fun {
                if wx.len() != wy.len() {
                    return false;
                }
                work.extend(wx.iter().copied().zip(wy.iter().copied()));
                true
            } else {
                // Raw payloads (references): equal words.
                wx == wy
            }
        }
        _ => false,
    }
}

// The test orders floats and bignums among the other terms.
#[cfg(all(test, feature = "float", feature = "bignum"))]
mod tests {
    use super::*;
    use crate::term::build::{Arena, TermAlloc};

    #[test]
    fn order_of_classes_and_numbers() {
        let mut atoms = AtomTable::new();
        let mut a = Arena::new();
        let one = Term::small(1);
        let onef = a.float(1.0).unwrap();
        let big = a.int128(1 << 80).unwrap();
        let nbig = a.int128(-(1 << 80)).unwrap();
        let at = Term::atom(atoms.intern(b"abc").unwrap());
        let bt = Term::atom(atoms.intern(b"abd").unwrap());
        let tup = a.tuple(&[one]).unwrap();
        let lst = a.cons(one, Term::NIL).unwrap();
        let bin = a.binary(b"x").unwrap();
        let order = [nbig, one, big, at, bt, tup, Term::NIL, lst, bin];
        for w in order.windows(2) {
            assert_eq!(compare(w[0], w[1], false, &atoms), Ordering::Less);
            assert_eq!(compare(w[1], w[0], false, &atoms), Ordering::Greater);
        }
        assert_eq!(compare(one, onef, false, &atoms), Ordering::Equal);
        assert_eq!(compare(one, onef, true, &atoms), Ordering::Less);
        assert!(!exact_eq(one, onef));
        let lst2 = a.cons(Term::small(1), Term::NIL).unwrap();
        assert!(exact_eq(lst, lst2));
    }
}
