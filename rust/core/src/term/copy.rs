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
pub fn copy(t: Term, to: &mut dyn TermAlloc) -> Option<Term> {
    if t.is_immediate() {
        return Some(t);
    }
    if let Some((h, tl)) = t.cons_parts() {
        // Copy the spine iteratively so long lists do not recurse.
        let mut elems = Vec::new();
        let mut cur = t;
        let mut last_tail = tl;
        let _ = h;
        while let Some((h, tl)) = cur.cons_parts() {
            elems.push(copy(h, to)?);
            last_tail = tl;
            cur = tl;
        }
        let tail = copy(last_tail, to)?;
        return to.list(&elems, tail);
    }
    let hdr = t.boxed_header()?;
    if let Some((data, bits)) = super::refc::handle_parts(t) {
        // Another holder of the same bytes.
        super::refc::incref(data);
        return to.refc_handle(data, bits);
    }
    let words = t.boxed_words();
    let out = if scans(hdr.header_kind()) {
        let mut copied = Vec::with_capacity(words.len());
        for &w in words {
            copied.push(copy(w, to)?);
        }
        let dst = to.alloc(1 + words.len())?;
        dst[0] = hdr;
        dst[1..].copy_from_slice(&copied);
        dst.as_ptr()
    } else {
        let dst = to.alloc(1 + words.len())?;
        dst[0] = hdr;
        dst[1..].copy_from_slice(words);
        dst.as_ptr()
    };
    Some(Term::boxed_ptr(out))
}
