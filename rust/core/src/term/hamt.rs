//! Large maps: a persistent hash array mapped trie.
//!
//! A map with more than `FLAT_MAX` keys is a trie of 16-way nodes indexed by 4 bits of the
//! key's 32-bit hash per level (lowest bits first). All objects are `Boxed::HashMap`:
//!
//! ```text
//! root:          [size (small), bitmap (small), child...]
//! interior node: [bitmap (small), child...]
//! child:         [Key | Value]     a leaf, one cons cell
//!                HashMap node      the next level
//!                {Leaf, Leaf...}   keys whose whole 32-bit hashes are equal (a tuple)
//! ```
//! A node is told apart from the root by where it is (only the root is ever a map term).
//! Updates copy the path from the root to the changed leaf; everything else is shared.
//! Keys are equal when they are exactly equal (`=:=`), and the hash agrees with that.
//!
//! Iteration order (`maps:to_list`, `maps:keys`...) is the trie's order, fixed for a given
//! set of keys; OTP's own order for large maps differs between its releases, so programs
//! cannot depend on it. Printing and comparison use the keys' term order.

use alloc::vec::Vec;

use super::build::TermAlloc;
use super::{exact_eq, Boxed, Term, View};

/// Most keys a map keeps in the flat layout.
pub const FLAT_MAX: usize = 32;

const LEVELS: u32 = 8;

#[inline]
fn mix(h: u32, v: u32) -> u32 {
    (h.rotate_left(5) ^ v).wrapping_mul(0x9E37_79B1)
}

#[inline]
fn mix_word(h: u32, w: usize) -> u32 {
    let w = w as u64;
    mix(mix(h, w as u32), (w >> 32) as u32)
}

#[inline]
fn finish(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85EB_CA6B);
    h ^= h >> 13;
    h = h.wrapping_mul(0xC2B2_AE35);
    h ^ (h >> 16)
}

/// The hash of a term, equal for exactly equal terms.
pub fn hash(t: Term) -> u32 {
    let mut h: u32 = 0x2545_F491;
    // Only compound terms push their elements, so an immediate key never allocates.
    let mut stack: Vec<Term> = Vec::new();
    let mut next = Some(t);
    while let Some(t) = next.take().or_else(|| stack.pop()) {
        match t.view() {
            View::Small(n) => h = mix_word(mix(h, 1), n as usize),
            View::Atom(a) => h = mix(mix(h, 2), a.index()),
            View::Nil => h = mix(h, 3),
            View::Pid(i) => h = mix_word(mix(h, 4), i),
            View::Port(i) => h = mix_word(mix(h, 5), i),
            View::Catch(i) => h = mix_word(mix(h, 12), i),
            View::Cons(hd, tl) => {
                h = mix(h, 6);
                stack.push(tl);
                stack.push(hd);
            }
            View::Tuple(es) => {
                h = mix(mix(h, 7), es.len() as u32);
                stack.extend(es.iter().rev());
            }
            View::Float(f) => {
                // 0.0 and -0.0 are exactly equal in the releases this VM follows.
                let f = if f == 0.0 { 0.0 } else { f };
                h = mix(
                    mix(mix(h, 8), f.to_bits() as u32),
                    (f.to_bits() >> 32) as u32,
                );
            }
            View::Big(neg, digits) => {
                h = mix(mix(h, 9), neg as u32);
                for &d in digits {
                    h = mix_word(h, d);
                }
            }
            View::Binary(bytes, bits) => {
                h = mix_word(mix(h, 10), bits);
                for chunk in bytes.chunks(4) {
                    let mut b = [0u8; 4];
                    b[..chunk.len()].copy_from_slice(chunk);
                    h = mix(h, u32::from_le_bytes(b));
                }
            }
            View::Export(m, f, a) => {
                h = mix(mix(mix(mix(h, 11), m.index()), f.index()), a as u32);
            }
            View::Map(..) | View::Other(Boxed::HashMap) => {
                // Independent of the layout and the order of the pairs.
                let mut sum: u32 = 0;
                let mut xor: u32 = 0;
                for_each(t, &mut |k, v| {
                    let p = mix(hash(k), hash(v));
                    sum = sum.wrapping_add(p);
                    xor ^= p;
                });
                h = mix(mix(mix(h, 13), sum), xor);
            }
            View::Other(k) => {
                h = mix(h, 14 + k as u32);
                let words = t.boxed_words();
                if k.holds_terms() {
                    stack.extend(words.iter().rev());
                } else {
                    for w in words {
                        h = mix_word(h, w.raw());
                    }
                }
            }
        }
    }
    finish(h)
}

#[inline]
fn nibble(h: u32, level: u32) -> u32 {
    (h >> (4 * level)) & 15
}

fn is_root(t: Term) -> bool {
    t.boxed_kind() == Some(Boxed::HashMap)
}

/// Number of pairs of a trie map.
pub fn size(root: Term) -> usize {
    root.boxed_words()
        .first()
        .map_or(0, |w| w.small_value() as usize)
}

/// Whether `t` is a trie map.
pub fn is_hamt(t: Term) -> bool {
    is_root(t)
}

/// Bitmap and children of a node (`skip` = 1 for the root's size word).
fn node_parts<'a>(node: Term, skip: usize) -> (u32, &'a [Term]) {
    let w = node.boxed_words();
    (w[skip].small_value() as u32, &w[skip + 1..])
}

fn alloc_node<A: TermAlloc + ?Sized>(
    a: &mut A,
    size: Option<usize>,
    bitmap: u32,
    children: &[Term],
) -> Option<Term> {
    let skip = size.is_some() as usize;
    let w = a.alloc(2 + skip + children.len())?;
    w[0] = Term::header(Boxed::HashMap, 1 + skip + children.len());
    if let Some(n) = size {
        w[1] = Term::small(n as isize);
    }
    w[1 + skip] = Term::small(bitmap as isize);
    w[2 + skip..].copy_from_slice(children);
    Some(Term::boxed_ptr(w.as_ptr()))
}

/// The value of `key` in the trie map `root`.
pub fn get(root: Term, key: Term) -> Option<Term> {
    let h = hash(key);
    let (mut bitmap, mut children) = node_parts(root, 1);
    let mut level = 0;
    loop {
        let bit = 1u32 << nibble(h, level);
        if bitmap & bit == 0 {
            return None;
        }
        let child = children[(bitmap & (bit - 1)).count_ones() as usize];
        if let Some((k, v)) = child.cons_parts() {
            return exact_eq(k, key).then_some(v);
        }
        if let Some(leaves) = child.tuple_elements() {
            return leaves.iter().find_map(|l| {
                let (k, v) = l.cons_parts()?;
                exact_eq(k, key).then_some(v)
            });
        }
        (bitmap, children) = node_parts(child, 0);
        level += 1;
    }
}

/// Calls `f` with every pair, in the trie's order.
pub fn for_each(map: Term, f: &mut dyn FnMut(Term, Term)) {
    match map.view() {
        View::Map(ks, vs) => {
            for (&k, &v) in ks.iter().zip(vs) {
                f(k, v);
            }
        }
        _ if is_root(map) => walk(node_parts(map, 1).1, f),
        _ => {}
    }
}

fn walk(children: &[Term], f: &mut dyn FnMut(Term, Term)) {
    for &c in children {
        if let Some((k, v)) = c.cons_parts() {
            f(k, v);
        } else if let Some(leaves) = c.tuple_elements() {
            for l in leaves {
                if let Some((k, v)) = l.cons_parts() {
                    f(k, v);
                }
            }
        } else {
            walk(node_parts(c, 0).1, f);
        }
    }
}

/// A subtree holding two leaves with different hashes, at `level`.
fn two_leaves<A: TermAlloc + ?Sized>(
    a: &mut A,
    level: u32,
    h1: u32,
    l1: Term,
    h2: u32,
    l2: Term,
) -> Option<Term> {
    let (n1, n2) = (nibble(h1, level), nibble(h2, level));
    if n1 == n2 {
        let sub = two_leaves(a, level + 1, h1, l1, h2, l2)?;
        return alloc_node(a, None, 1 << n1, &[sub]);
    }
    let children = if n1 < n2 { [l1, l2] } else { [l2, l1] };
    alloc_node(a, None, (1 << n1) | (1 << n2), &children)
}

/// The child `child` (in a node at `level`) with `key => val` put in; whether a key was
/// added.
fn put_child<A: TermAlloc + ?Sized>(
    a: &mut A,
    child: Term,
    level: u32,
    h: u32,
    key: Term,
    val: Term,
) -> Option<(Term, bool)> {
    if let Some((k, _)) = child.cons_parts() {
        if exact_eq(k, key) {
            return Some((a.cons(k, val)?, false));
        }
        let leaf = a.cons(key, val)?;
        let hk = hash(k);
        if hk == h {
            return Some((a.tuple(&[child, leaf])?, true));
        }
        return Some((two_leaves(a, level + 1, hk, child, h, leaf)?, true));
    }
    if let Some(leaves) = child.tuple_elements() {
        let mut v: Vec<Term> = leaves.to_vec();
        let mut added = true;
        for l in v.iter_mut() {
            if let Some((k, _)) = l.cons_parts() {
                if exact_eq(k, key) {
                    *l = a.cons(k, val)?;
                    added = false;
                }
            }
        }
        if added {
            v.push(a.cons(key, val)?);
        }
        return Some((a.tuple(&v)?, added));
    }
    put_node(a, child, None, level + 1, h, key, val)
}

fn put_node<A: TermAlloc + ?Sized>(
    a: &mut A,
    node: Term,
    size: Option<usize>,
    level: u32,
    h: u32,
    key: Term,
    val: Term,
) -> Option<(Term, bool)> {
    let (bitmap, children) = node_parts(node, size.is_some() as usize);
    let bit = 1u32 << nibble(h, level);
    let pos = (bitmap & (bit - 1)).count_ones() as usize;
    let mut v: Vec<Term> = children.to_vec();
    let added = if bitmap & bit == 0 {
        v.insert(pos, a.cons(key, val)?);
        true
    } else {
        let (c, added) = put_child(a, v[pos], level, h, key, val)?;
        v[pos] = c;
        added
    };
    let size = size.map(|n| n + added as usize);
    Some((alloc_node(a, size, bitmap | bit, &v)?, added))
}

/// The trie map `root` with `key => val`; whether the key is new.
pub fn put<A: TermAlloc + ?Sized>(
    a: &mut A,
    root: Term,
    key: Term,
    val: Term,
) -> Option<(Term, bool)> {
    put_node(a, root, Some(size(root)), 0, hash(key), key, val)
}

enum Removed {
    NotFound,
    /// The new child, or none (the slot empties).
    Child(Option<Term>),
}

fn remove_child<A: TermAlloc + ?Sized>(
    a: &mut A,
    child: Term,
    level: u32,
    h: u32,
    key: Term,
) -> Option<Removed> {
    if let Some((k, _)) = child.cons_parts() {
        return Some(if exact_eq(k, key) {
            Removed::Child(None)
        } else {
            Removed::NotFound
        });
    }
    if let Some(leaves) = child.tuple_elements() {
        let keep: Vec<Term> = leaves
            .iter()
            .copied()
            .filter(|l| !l.cons_parts().is_some_and(|(k, _)| exact_eq(k, key)))
            .collect();
        if keep.len() == leaves.len() {
            return Some(Removed::NotFound);
        }
        return Some(Removed::Child(Some(if keep.len() == 1 {
            keep[0]
        } else {
            a.tuple(&keep)?
        })));
    }
    let (bitmap, children) = node_parts(child, 0);
    let bit = 1u32 << nibble(h, level + 1);
    if bitmap & bit == 0 {
        return Some(Removed::NotFound);
    }
    let pos = (bitmap & (bit - 1)).count_ones() as usize;
    let mut v: Vec<Term> = children.to_vec();
    let mut bitmap = bitmap;
    match remove_child(a, v[pos], level + 1, h, key)? {
        Removed::NotFound => return Some(Removed::NotFound),
        Removed::Child(Some(c)) => v[pos] = c,
        Removed::Child(None) => {
            v.remove(pos);
            bitmap &= !bit;
        }
    }
    Some(Removed::Child(match v.len() {
        0 => None,
        // A lone leaf moves up: its slot in the parent still matches its hash.
        1 if v[0].is_cons() => Some(v[0]),
        _ => Some(alloc_node(a, None, bitmap, &v)?),
    }))
}

/// The trie map `root` without `key` (`Ok(None)`: the key was not there). The result may
/// hold `FLAT_MAX` keys or fewer; the caller turns such a map flat.
pub fn remove<A: TermAlloc + ?Sized>(a: &mut A, root: Term, key: Term) -> Option<Option<Term>> {
    let h = hash(key);
    let (bitmap, children) = node_parts(root, 1);
    let bit = 1u32 << nibble(h, 0);
    if bitmap & bit == 0 {
        return Some(None);
    }
    let pos = (bitmap & (bit - 1)).count_ones() as usize;
    let mut v: Vec<Term> = children.to_vec();
    let mut bitmap = bitmap;
    match remove_child(a, v[pos], 0, h, key)? {
        Removed::NotFound => return Some(None),
        Removed::Child(Some(c)) => v[pos] = c,
        Removed::Child(None) => {
            v.remove(pos);
            bitmap &= !bit;
        }
    }
    Some(Some(alloc_node(a, Some(size(root) - 1), bitmap, &v)?))
}

/// A trie map of `pairs` (distinct keys), built bottom-up in one pass.
pub fn build<A: TermAlloc + ?Sized>(a: &mut A, pairs: &[(Term, Term)]) -> Option<Term> {
    let mut items: Vec<(u32, Term, Term)> = pairs.iter().map(|&(k, v)| (hash(k), k, v)).collect();
    // Group by the nibble of level 0, then level 1, ...: order by the nibble-reversed hash.
    let key = |h: u32| {
        let mut r = 0u32;
        for l in 0..LEVELS {
            r |= nibble(h, l) << (4 * (LEVELS - 1 - l));
        }
        r
    };
    items.sort_by_key(|it| key(it.0));
    let (bitmap, children) = build_level(a, &items, 0)?;
    alloc_node(a, Some(pairs.len()), bitmap, &children)
}

fn build_level<A: TermAlloc + ?Sized>(
    a: &mut A,
    items: &[(u32, Term, Term)],
    level: u32,
) -> Option<(u32, Vec<Term>)> {
    let mut bitmap = 0u32;
    let mut children = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let n = nibble(items[i].0, level);
        let mut j = i + 1;
        while j < items.len() && nibble(items[j].0, level) == n {
            j += 1;
        }
        let group = &items[i..j];
        let child = if group.len() == 1 {
            a.cons(group[0].1, group[0].2)?
        } else if group.iter().all(|it| it.0 == group[0].0) {
            let mut leaves = Vec::with_capacity(group.len());
            for it in group {
                leaves.push(a.cons(it.1, it.2)?);
            }
            a.tuple(&leaves)?
        } else {
            let (b, c) = build_level(a, group, level + 1)?;
            alloc_node(a, None, b, &c)?
        };
        bitmap |= 1 << n;
        children.push(child);
        i = j;
    }
    Some((bitmap, children))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::build::Arena;
    use alloc::collections::BTreeMap;

    /// Random puts and removes agree with a model map, and a bulk build gives an equal trie.
    #[test]
    fn trie_agrees_with_a_model() {
        let mut a = Arena::new();
        let mut seed: u64 = 0x1234_5678;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as isize
        };
        let first: Vec<(Term, Term)> = (0..40).map(|i| (Term::small(i), Term::small(i))).collect();
        let mut m = build(&mut a, &first).unwrap();
        let mut model: BTreeMap<isize, isize> = (0..40).map(|i| (i, i)).collect();
        for _ in 0..5000 {
            let k = next() % 3000;
            let v = next() % 100;
            if next() % 3 == 0 {
                if let Some(r) = remove(&mut a, m, Term::small(k)).unwrap() {
                    m = r;
                }
                model.remove(&k);
            } else {
                m = put(&mut a, m, Term::small(k), Term::small(v)).unwrap().0;
                model.insert(k, v);
            }
            assert_eq!(size(m), model.len());
        }
        for k in 0..3000 {
            assert_eq!(
                get(m, Term::small(k)).map(|t| t.small_value()),
                model.get(&k).copied()
            );
        }
        let mut seen = 0;
        for_each(m, &mut |k, v| {
            assert_eq!(model.get(&k.small_value()), Some(&v.small_value()));
            seen += 1;
        });
        assert_eq!(seen, model.len());
        let pairs: Vec<(Term, Term)> = model
            .iter()
            .map(|(&k, &v)| (Term::small(k), Term::small(v)))
            .collect();
        let bulk = build(&mut a, &pairs).unwrap();
        assert!(exact_eq(bulk, m));
        assert_eq!(hash(bulk), hash(m));
    }
}
