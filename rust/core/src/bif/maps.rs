//! Maps: flat (up to `hamt::FLAT_MAX` keys, sorted in map key order; lookups are binary
//! searches, updates copy) and hash tries beyond that (`term::hamt`). Every constructor
//! picks the layout by size, so a map's layout follows from its keys.

use alloc::vec::Vec;

use super::{badarg, boolean, list_elems, ok, oom, BifResult, Ctx};
use crate::atom::{self, AtomTable};
use crate::exec::Exception;
use crate::process::Process;
use crate::term::build::{sort_map_pairs, TermAlloc};
use crate::term::hamt::{self, FLAT_MAX};
use crate::term::{compare, Term, View};
use crate::vm::Vm;

/// Keys and values of a flat map term.
pub fn parts<'a>(t: Term) -> Option<(&'a [Term], &'a [Term])> {
    match t.view() {
        View::Map(k, v) => Some((k, v)),
        _ => None,
    }
}

/// Number of pairs of a map (`None`: not a map).
pub fn size_of(t: Term) -> Option<usize> {
    match t.view() {
        View::Map(k, _) => Some(k.len()),
        _ if hamt::is_hamt(t) => Some(hamt::size(t)),
        _ => None,
    }
}

/// Whether `t` is a map.
pub fn is_map(t: Term) -> bool {
    size_of(t).is_some()
}

/// The (key, value) pairs of a map, in its iteration order.
pub fn pairs(t: Term) -> Vec<(Term, Term)> {
    let mut v = Vec::with_capacity(size_of(t).unwrap_or(0));
    hamt::for_each(t, &mut |k, val| v.push((k, val)));
    v
}

fn index_of(keys: &[Term], key: Term, atoms: &AtomTable) -> Result<usize, usize> {
    keys.binary_search_by(|k| compare(*k, key, true, atoms))
}

/// The value of `key` in `map` (`None`: no such key or not a map).
pub fn lookup(vm: &Vm, map: Term, key: Term) -> Option<Term> {
    if hamt::is_hamt(map) {
        return hamt::get(map, key);
    }
    let (k, v) = parts(map)?;
    let atoms = vm.atoms.lock();
    index_of(k, key, &atoms).ok().map(|i| v[i])
}

fn badmap(p: &mut Process, t: Term) -> Exception {
    match p.heap.tuple(&[Term::atom(atom::BADMAP), t]) {
        Some(r) => Exception::error(r),
        None => super::oom(),
    }
}

fn badkey(p: &mut Process, k: Term) -> Exception {
    match p.heap.tuple(&[Term::atom(atom::BADKEY), k]) {
        Some(r) => Exception::error(r),
        None => super::oom(),
    }
}

/// `map` with `updates` (key, value) applied; with `exact`, every key must exist.
pub fn update(
    vm: &Vm,
    p: &mut Process,
    map: Term,
    updates: &[(Term, Term)],
    exact: bool,
) -> Result<Term, Exception> {
    if hamt::is_hamt(map) {
        let mut m = map;
        for &(key, val) in updates {
            // One walk of the trie: a checked update whose put added the key is a badkey
            // (the new map is dropped).
            let (next, added) = hamt::put(&mut p.heap, m, key, val).ok_or_else(oom)?;
            if exact && added {
                return Err(badkey(p, key));
            }
            m = next;
        }
        return Ok(m);
    }
    let Some((k, v)) = parts(map) else {
        return Err(badmap(p, map));
    };
    let mut pairs: Vec<(Term, Term)> = k.iter().copied().zip(v.iter().copied()).collect();
    {
        let atoms = vm.atoms.lock();
        for &(key, val) in updates {
            match pairs.binary_search_by(|(pk, _)| compare(*pk, key, true, &atoms)) {
                Ok(i) => pairs[i].1 = val,
                Err(i) => {
                    if exact {
                        drop(atoms);
                        return Err(badkey(p, key));
                    }
                    pairs.insert(i, (key, val));
                }
            }
        }
    }
    p.heap.map_sorted(&pairs).ok_or_else(oom)
}

/// A map from pairs in any order (the last of equal keys wins).
pub fn from_pairs(
    vm: &Vm,
    p: &mut Process,
    mut pairs: Vec<(Term, Term)>,
) -> Result<Term, Exception> {
    {
        let atoms = vm.atoms.lock();
        sort_map_pairs(&mut pairs, &atoms);
    }
    p.heap.map_sorted(&pairs).ok_or_else(oom)
}

pub fn map_size(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match size_of(a[0]) {
        Some(n) => ok(Term::small(n as isize)),
        None => Err(badmap(c.p, a[0])),
    }
}

pub fn map_get(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if !is_map(a[1]) {
        return Err(badmap(c.p, a[1]));
    }
    match lookup(c.vm, a[1], a[0]) {
        Some(v) => ok(v),
        None => Err(badkey(c.p, a[0])),
    }
}

pub fn get(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    map_get(c, a)
}

pub fn get3(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if !is_map(a[1]) {
        return Err(badmap(c.p, a[1]));
    }
    ok(lookup(c.vm, a[1], a[0]).unwrap_or(a[2]))
}

pub fn is_map_key(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if !is_map(a[1]) {
        return Err(badmap(c.p, a[1]));
    }
    ok(boolean(lookup(c.vm, a[1], a[0]).is_some()))
}

pub fn is_key(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    is_map_key(c, a)
}

pub fn find(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if !is_map(a[1]) {
        return Err(badmap(c.p, a[1]));
    }
    match lookup(c.vm, a[1], a[0]) {
        Some(v) => ok(c.p.heap.tuple(&[Term::atom(atom::OK), v]).ok_or_else(oom)?),
        None => ok(Term::atom(atom::ERROR)),
    }
}

pub fn put(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(update(c.vm, c.p, a[2], &[(a[0], a[1])], false)?)
}

pub fn remove(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if hamt::is_hamt(a[1]) {
        let Some(m) = hamt::remove(&mut c.p.heap, a[1], a[0]).ok_or_else(oom)? else {
            return ok(a[1]);
        };
        if hamt::size(m) > FLAT_MAX {
            return ok(m);
        }
        // Small enough to be flat again.
        return ok(from_pairs(c.vm, c.p, pairs(m))?);
    }
    let Some((k, v)) = parts(a[1]) else {
        return Err(badmap(c.p, a[1]));
    };
    let mut pairs: Vec<(Term, Term)> = k.iter().copied().zip(v.iter().copied()).collect();
    {
        let atoms = c.vm.atoms.lock();
        if let Ok(i) = index_of(k, a[0], &atoms) {
            pairs.remove(i);
        } else {
            return ok(a[1]);
        }
    }
    ok(c.p.heap.map_sorted(&pairs).ok_or_else(oom)?)
}

pub fn keys(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if !is_map(a[0]) {
        return Err(badmap(c.p, a[0]));
    }
    let k: Vec<Term> = pairs(a[0]).into_iter().map(|p| p.0).collect();
    ok(c.p.heap.list(&k, Term::NIL).ok_or_else(oom)?)
}

pub fn values(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if !is_map(a[0]) {
        return Err(badmap(c.p, a[0]));
    }
    let v: Vec<Term> = pairs(a[0]).into_iter().map(|p| p.1).collect();
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}

pub fn to_list(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if !is_map(a[0]) {
        return Err(badmap(c.p, a[0]));
    }
    let pairs = pairs(a[0]);
    let mut items = Vec::with_capacity(pairs.len());
    for (key, val) in pairs {
        items.push(c.p.heap.tuple(&[key, val]).ok_or_else(oom)?);
    }
    ok(c.p.heap.list(&items, Term::NIL).ok_or_else(oom)?)
}

pub fn from_list(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let items = list_elems(a[0]).ok_or_else(badarg)?;
    let mut pairs = Vec::with_capacity(items.len());
    for it in items {
        match it.tuple_elements() {
            Some(&[k, v]) => pairs.push((k, v)),
            _ => return Err(badarg()),
        }
    }
    ok(from_pairs(c.vm, c.p, pairs)?)
}

pub fn merge(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if !is_map(a[0]) {
        return Err(badmap(c.p, a[0]));
    }
    if !is_map(a[1]) {
        return Err(badmap(c.p, a[1]));
    }
    let (n0, n1) = (size_of(a[0]).unwrap_or(0), size_of(a[1]).unwrap_or(0));
    if n0 + n1 <= FLAT_MAX || (hamt::is_hamt(a[0]) && n1 * 4 < n0) {
        // Put the few pairs of the second map into the first.
        let updates = pairs(a[1]);
        return ok(update(c.vm, c.p, a[0], &updates, false)?);
    }
    // Rebuild from both (the second map's values win).
    let mut all = pairs(a[0]);
    all.extend(pairs(a[1]));
    ok(from_pairs(c.vm, c.p, all)?)
}

pub fn new(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    ok(c.p.heap.map_sorted(&[]).ok_or_else(oom)?)
}

/// `erts_internal:mc_iterator/1`, what OTP 27+ compilers call to start a map generator:
/// `[]` for a non-map (the caller raises `bad_generator`), else the pairs as a chain
/// `{K, V, {K2, V2, ... none}}` (built at once, so `mc_refill/1` is never needed for it).
pub fn mc_iterator(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if !is_map(a[0]) {
        return ok(Term::NIL);
    }
    let mut it = Term::atom(atom::NONE);
    for (k, v) in pairs(a[0]).into_iter().rev() {
        it = c.p.heap.tuple(&[k, v, it]).ok_or_else(oom)?;
    }
    ok(it)
}

/// `erts_internal:mc_refill/1`: the chain continues as it is.
pub fn mc_refill(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match a[0].view() {
        View::Tuple(&[_, _, _]) => ok(a[0]),
        View::Atom(x) if x == atom::NONE => ok(a[0]),
        _ => Err(badarg()),
    }
}
