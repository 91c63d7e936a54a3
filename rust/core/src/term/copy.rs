//! Deep copies of terms into another place (messages, spawn arguments, process exit).

use alloc::vec::Vec;

use super::build::TermAlloc;
use super::{Boxed, Term};

/// Words a deep copy of `t` needs (shared subterms are counted each time they appear).
pub fn size_of(t: Term) -> usize {
    let mut total = 0;
    let mut stack: Vec<Term> = alloc::vec![t];
    while let Some(t) = stack.pop() {
        if let Some((h, tl)) = t.cons_parts() {
            total += 2;
            stack.push(h);
            stack.push(tl);
        } else if let Some(hdr) = t.boxed_header() {
            total += 1 + hdr.header_arity();
            if scans(hdr.header_kind()) {
                stack.extend_from_slice(t.boxed_words());
            }
        }
    }
    total
}

fn scans(k: Boxed) -> bool {
    k.holds_terms()
}

/// Copy `t` into `to`. Returns `None` when `to` runs out of memory.
///
/// Iterative: each object is copied shallowly (its words as they are), and the slots of the
/// copy that still point at the source are kept on a work list and filled in turn, so neither
/// a long list nor a deep term uses the native stack.
pub fn copy(t: Term, to: &mut dyn TermAlloc) -> Option<Term> {
    let mut pending: Vec<*mut Term> = Vec::new();
    let root = shallow(t, to, &mut pending)?;
    while let Some(slot) = pending.pop() {
        // SAFETY: `slot` points at a word of memory `to` handed out during this copy (which
        // never moves while terms point at it), and `shallow` wrote a source term there.
        let src = unsafe { *slot };
        let new = shallow(src, to, &mut pending)?;
        // SAFETY: as above; nothing else refers to that word yet.
        unsafe { *slot = new };
    }
    Some(root)
}

/// Copy one object of `t` into `to`; the new object's words that hold non-immediate terms
/// still hold the source's and are pushed on `pending`.
fn shallow(t: Term, to: &mut dyn TermAlloc, pending: &mut Vec<*mut Term>) -> Option<Term> {
    if t.is_immediate() {
        return Some(t);
    }
    if let Some((h, tl)) = t.cons_parts() {
        let w = to.alloc(2)?;
        w[0] = h;
        w[1] = tl;
        let p = w.as_mut_ptr();
        if !tl.is_immediate() {
            pending.push(p.wrapping_add(1));
        }
        if !h.is_immediate() {
            pending.push(p);
        }
        return Some(Term::list_ptr(p));
    }
    let hdr = t.boxed_header()?;
    if let Some((data, bits)) = super::refc::handle_parts(t) {
        // Another holder of the same bytes.
        super::refc::incref(data);
        return to.refc_handle(data, bits);
    }
    let words = t.boxed_words();
    let dst = to.alloc(1 + words.len())?;
    dst[0] = hdr;
    dst[1..].copy_from_slice(words);
    let p = dst.as_mut_ptr();
    if scans(hdr.header_kind()) {
        for (i, w) in words.iter().enumerate() {
            if !w.is_immediate() {
                pending.push(p.wrapping_add(1 + i));
            }
        }
    }
    Some(Term::boxed_ptr(p))
}
