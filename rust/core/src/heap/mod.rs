//! A process's memory: one block holding the heap (growing up) and the stack (growing down),
//! plus heap fragments, and the copying collector that compacts them into a new block.
//!
//! Allocation never moves anything: when the block is full, `alloc` takes a fragment. Only
//! `collect` moves terms, and only at points where the interpreter hands it every root
//! (the live x registers, the stack, the process dictionary, ...). Terms outside the block
//! and the fragments (module literals) are never copied.

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use crate::term::build::TermAlloc;
use crate::term::refc::OffHeap;
use crate::term::{Boxed, Term};

/// Memory built outside a process (a message, a signal's reason) with the off-heap binaries
/// it holds; the receiving heap adopts both.
pub struct Fragment {
    pub words: Box<[Term]>,
    pub off_heap: OffHeap,
}

/// Words of a new process's block (heap and stack together).
pub const INITIAL_WORDS: usize = 16;
/// Largest block kept for reuse as the next to-space.
const SPARE_MAX_WORDS: usize = 1 << 15;
/// Smallest fragment, so that many small allocations share one.
const MIN_FRAGMENT: usize = 64;

/// A continuation pointer on the stack: header-tagged, so the collector skips it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Cp {
    pub module: u32,
    pub offset: u32,
}

#[cfg(target_pointer_width = "64")]
const CP_OFFSET_BITS: u32 = 32;
#[cfg(not(target_pointer_width = "64"))]
const CP_OFFSET_BITS: u32 = 18;

/// Largest code offset a continuation pointer can hold.
pub const CP_MAX_OFFSET: u32 = if CP_OFFSET_BITS >= 32 {
    u32::MAX
} else {
    (1 << CP_OFFSET_BITS) - 1
};

impl Cp {
    /// The stack word for this continuation pointer (module index must fit).
    pub fn to_term(self) -> Term {
        let w = ((self.module as usize) << CP_OFFSET_BITS) | self.offset as usize;
        Term::from_raw(w << 2)
    }

    /// A stack word that is a continuation pointer.
    pub fn from_term(t: Term) -> Option<Cp> {
        if !t.is_header() {
            return None;
        }
        let w = t.raw() >> 2;
        Some(Cp {
            module: (w >> CP_OFFSET_BITS) as u32,
            offset: (w & ((1usize << CP_OFFSET_BITS) - 1)) as u32,
        })
    }
}

/// Out of memory: the process cannot get the words it needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoMemory;

/// A process heap and stack.
pub struct Heap {
    block: Box<[Term]>,
    /// Next free heap word.
    htop: usize,
    /// Lowest used stack word; the stack is `block[stop..]`.
    stop: usize,
    /// Words held in fragments.
    frag_words: usize,
    /// Collections so far.
    pub collections: usize,
    /// Most words this process may hold (heap + stack), 0 = no limit.
    pub max_words: usize,
    /// What only some heaps need (fragments, a spare block, off-heap binaries), kept out of
    /// line so that an idle process stays small.
    side: Option<Box<Side>>,
}

#[derive(Default)]
struct Side {
    fragments: Vec<Box<[Term]>>,
    /// Words used in the last fragment.
    frag_used: usize,
    /// The previous block, kept as the next collection's to-space.
    spare: Option<Box<[Term]>>,
    /// Handles to off-heap binaries in the block and the fragments.
    off_heap: OffHeap,
}

/// A block of `words` zero words. Zeroed memory comes from the allocator without being
/// touched, so a large to-space costs resident memory only for what is copied into it.
/// (A zero word is a valid `Term`: the header of an empty tuple.) `None` when the allocator
/// has no room: the caller turns that into the error of the one process.
fn zeroed_block(words: usize) -> Option<Box<[Term]>> {
    let words = words.max(1);
    let layout = core::alloc::Layout::array::<Term>(words).ok()?;
    // SAFETY: the layout has a non-zero size; a null return is handled; the memory is
    // zero-initialised, and all-zero bits are a valid `usize` and so a valid `Term`
    // (`#[repr(transparent)]`); the box takes ownership with the same layout it was
    // allocated with (a slice of `words` Terms).
    unsafe {
        let p = alloc::alloc::alloc_zeroed(layout) as *mut Term;
        if p.is_null() {
            return None;
        }
        Some(Box::from_raw(core::ptr::slice_from_raw_parts_mut(p, words)))
    }
}

/// Block sizes are powers of two, so that a block can serve again as a to-space.
fn size_class(words: usize) -> usize {
    words.max(INITIAL_WORDS).next_power_of_two()
}

impl Default for Heap {
    fn default() -> Self {
        Self::new(INITIAL_WORDS)
    }
}

impl Heap {
    pub fn new(words: usize) -> Heap {
        let words = words.max(8);
        Heap {
            block: vec![Term::NIL; words].into_boxed_slice(),
            htop: 0,
            stop: words,
            frag_words: 0,
            collections: 0,
            max_words: 0,
            side: None,
        }
    }

    /// Words between the heap top and the stack.
    #[inline]
    pub fn free(&self) -> usize {
        self.stop - self.htop
    }

    /// Words in use (heap, stack and fragments).
    pub fn used_words(&self) -> usize {
        self.htop + (self.block.len() - self.stop) + self.frag_words
    }

    /// Words reserved (block and fragments).
    pub fn reserved_words(&self) -> usize {
        self.block.len()
            + self.side.as_ref().map_or(0, |sd| {
                sd.fragments.iter().map(|f| f.len()).sum::<usize>()
                    + sd.spare.as_ref().map_or(0, |b| b.len())
            })
    }

    /// Whether a collection is due before `need` more words are bump-allocated.
    #[inline]
    pub fn needs_gc(&self, need: usize) -> bool {
        self.free() < need || self.frag_words > self.block.len()
    }

    /// Take ownership of a message's memory: its terms are now part of this heap, and the
    /// next collection copies what is live out of it.
    pub fn adopt(&mut self, fragment: Fragment) {
        let Fragment {
            words: fragment,
            mut off_heap,
        } = fragment;
        self.frag_words += fragment.len();
        let side = self.side();
        side.off_heap.append(&mut off_heap);
        // Keep the fragment being bump-allocated last.
        let at = side.fragments.len().saturating_sub(1);
        if side.fragments.is_empty() {
            side.frag_used = fragment.len();
            side.fragments.push(fragment);
        } else {
            side.fragments.insert(at, fragment);
        }
    }

    // ---- the stack ----

    /// Stack depth in words.
    #[inline]
    pub fn stack_len(&self) -> usize {
        self.block.len() - self.stop
    }

    /// Push a word; the caller has made room (`free() >= 1`).
    #[inline]
    pub fn push(&mut self, t: Term) -> Result<(), NoMemory> {
        if self.stop == self.htop {
            return Err(NoMemory);
        }
        self.stop -= 1;
        self.block[self.stop] = t;
        Ok(())
    }

    #[inline]
    pub fn pop(&mut self) -> Option<Term> {
        let t = *self.block.get(self.stop)?;
        self.stop += 1;
        Some(t)
    }

    /// Reserve `n` stack words set to `[]`.
    pub fn alloc_stack(&mut self, n: usize) -> Result<(), NoMemory> {
        if self.free() < n {
            return Err(NoMemory);
        }
        self.stop -= n;
        self.block[self.stop..self.stop + n].fill(Term::NIL);
        Ok(())
    }

    /// Drop `n` stack words.
    pub fn free_stack(&mut self, n: usize) {
        self.stop = (self.stop + n).min(self.block.len());
    }

    /// Y register `i` of the current frame.
    #[inline]
    pub fn y(&self, i: usize) -> Option<Term> {
        self.block.get(self.stop.checked_add(i)?).copied()
    }

    #[inline]
    pub fn set_y(&mut self, i: usize, t: Term) -> Option<()> {
        let at = self.stop.checked_add(i)?;
        *self.block.get_mut(at)? = t;
        Some(())
    }

    /// The stack, top (most recent) first.
    pub fn stack(&self) -> &[Term] {
        &self.block[self.stop..]
    }

    /// Cut the stack back so that `depth` words remain.
    pub fn set_stack_len(&mut self, depth: usize) {
        self.stop = self.block.len() - depth.min(self.block.len());
    }

    // ---- collection ----

    /// Address ranges of the block and the fragments (what a collection copies out of).
    fn space_ranges(&self) -> Vec<(usize, usize)> {
        let range = |b: &[Term]| {
            let start = b.as_ptr() as usize;
            (start, start + core::mem::size_of_val(b))
        };
        let mut v: Vec<(usize, usize)> = match &self.side {
            Some(sd) => sd.fragments.iter().map(|f| range(f)).collect(),
            None => Vec::new(),
        };
        v.push(range(&self.block));
        v.sort_unstable();
        v
    }

    /// Copy everything reachable from `roots` (and the stack) into a new block with room for
    /// `need` more heap words, and free the old block and fragments.
    ///
    /// Sizing keeps collection cost proportional to allocation: the copy goes into a block
    /// that can hold everything in use (so it cannot fail halfway), and when what survived
    /// is much smaller than that block, the survivors move once more into a block twice
    /// their size. The next collection then comes after at least as much allocation as
    /// there is live data.
    pub fn collect(&mut self, roots: &mut [&mut [Term]], need: usize) -> Result<(), NoMemory> {
        let stack_len = self.stack_len();
        let upper = self.htop + self.frag_words + stack_len + need;
        if self.max_words != 0 && stack_len + need > self.max_words {
            return Err(NoMemory);
        }
        let to = self.new_to_space(size_class(upper)).ok_or(NoMemory)?;
        let live = self.copy_into(roots, to)?;
        let target = size_class((live + stack_len + need) * 2);
        let target = if self.max_words != 0 {
            target.min(self.max_words.max(live + stack_len + need))
        } else {
            target
        };
        if self.block.len() > target * 2 {
            // Shrinking is optional: without room for the smaller block, keep the big one.
            if let Some(to) = self.new_to_space(target) {
                self.copy_into(roots, to)?;
            }
        }
        if self.max_words != 0 && live + stack_len + need > self.max_words {
            return Err(NoMemory);
        }
        self.collections += 1;
        Ok(())
    }

    /// A to-space of `size` words: the block the last collection left behind when it has
    /// that size (a to-space needs no initialisation: only what is copied into it is ever
    /// read), else a new one; `None` when the allocator has no room.
    fn new_to_space(&mut self, size: usize) -> Option<Box<[Term]>> {
        match self.side.as_mut().and_then(|sd| sd.spare.take()) {
            Some(b) if b.len() == size => Some(b),
            _ => zeroed_block(size),
        }
    }

    /// One copying pass into the new block `new`; returns the live heap words. `new` must
    /// hold everything reachable plus the stack.
    fn copy_into(
        &mut self,
        roots: &mut [&mut [Term]],
        new: Box<[Term]>,
    ) -> Result<usize, NoMemory> {
        let stack_len = self.stack_len();
        let size = new.len();
        let mut to = Copier {
            new,
            top: 0,
            from: self.space_ranges(),
        };
        // Roots: registers and such, then the stack (copied to the end of the new block).
        for r in roots.iter_mut() {
            for t in r.iter_mut() {
                *t = to.evacuate(*t)?;
            }
        }
        let new_stop = size - stack_len;
        for i in 0..stack_len {
            let t = self.block[self.stop + i];
            let t = if t.is_header() { t } else { to.evacuate(t)? };
            to.new[new_stop + i] = t;
        }
        to.scan(new_stop)?;
        // Off-heap binaries whose handles were not copied lose this heap's count (the old
        // block and fragments are still there to read the handles from).
        if let Some(sd) = self.side.as_mut() {
            sd.off_heap.sweep_after_copy();
        }
        let Copier { new, top, .. } = to;
        let old = core::mem::replace(&mut self.block, new);
        // Keep the old block for the next collection if it is the size that will want.
        // Large blocks go back to the allocator instead (it returns them to the system).
        if old.len() == self.block.len() && old.len() <= SPARE_MAX_WORDS {
            self.side().spare = Some(old);
        }
        self.htop = top;
        self.stop = new_stop;
        if let Some(sd) = self.side.as_mut() {
            sd.fragments.clear();
            sd.frag_used = 0;
            if sd.spare.is_none() && sd.off_heap.is_empty() {
                self.side = None;
            }
        }
        self.frag_words = 0;
        Ok(top)
    }
}

/// Cheney's copying: evacuate roots, then scan the copied objects breadth-first.
struct Copier {
    new: Box<[Term]>,
    top: usize,
    /// Address ranges being evacuated.
    from: Vec<(usize, usize)>,
}

/// A forwarded cons cell's head (a header word never found as a list element).
const FWD_CONS: Term = Term::header(Boxed::MatchCtx, 0x3FF_FFFF);

impl Copier {
    /// Whether `p` is in one of the (sorted, disjoint) ranges being evacuated.
    fn in_from_space(&self, p: usize) -> bool {
        let i = self.from.partition_point(|&(s, _)| s <= p);
        i > 0 && p < self.from[i - 1].1
    }

    fn reserve(&mut self, n: usize, limit: usize) -> Result<usize, NoMemory> {
        if self.top + n > limit {
            return Err(NoMemory);
        }
        let at = self.top;
        self.top += n;
        Ok(at)
    }

    fn evacuate(&mut self, t: Term) -> Result<Term, NoMemory> {
        let limit = self.new.len();
        if t.is_cons() {
            let p = t.raw() & !3;
            if !self.in_from_space(p) {
                return Ok(t);
            }
            // SAFETY: `p` is a cons cell inside this heap's block or fragments (checked just
            // above), two words, valid for reads and writes while the heap is borrowed; the
            // collector is the only code touching it.
            let cell = unsafe { core::slice::from_raw_parts_mut(p as *mut Term, 2) };
            if cell[0] == FWD_CONS {
                return Ok(cell[1]);
            }
            let at = self.reserve(2, limit)?;
            self.new[at] = cell[0];
            self.new[at + 1] = cell[1];
            let moved = Term::list_ptr(&self.new[at] as *const Term);
            cell[0] = FWD_CONS;
            cell[1] = moved;
            Ok(moved)
        } else if t.is_boxed() {
            let p = t.raw() & !3;
            if !self.in_from_space(p) {
                return Ok(t);
            }
            // SAFETY: `p` points at the header word of an object inside this heap's block or
            // fragments (checked above); a header is always readable.
            let hdr = unsafe { *(p as *const Term) };
            if hdr.is_boxed() {
                // Already moved: the header was replaced by the new location.
                return Ok(hdr);
            }
            let words = 1 + hdr.header_arity();
            let at = self.reserve(words, limit)?;
            // SAFETY: the object spans `words` words from its header inside the same block or
            // fragment (its arity was written by the constructor that allocated it there).
            let obj = unsafe { core::slice::from_raw_parts_mut(p as *mut Term, words) };
            self.new[at..at + words].copy_from_slice(obj);
            let moved = Term::boxed_ptr(&self.new[at] as *const Term);
            obj[0] = moved;
            Ok(moved)
        } else {
            Ok(t)
        }
    }

    /// Scan copied objects for pointers still into from-space; `end` is where the stack
    /// starts in the new block.
    fn scan(&mut self, end: usize) -> Result<(), NoMemory> {
        let mut i = 0;
        while i < self.top {
            let w = self.new[i];
            if w.is_header() {
                let arity = w.header_arity();
                let scan_payload = w.header_kind().holds_terms();
                if scan_payload {
                    for j in i + 1..i + 1 + arity {
                        let t = self.new[j];
                        self.new[j] = self.evacuate(t)?;
                    }
                }
                i += 1 + arity;
            } else {
                // A cons cell: two terms.
                for j in i..i + 2 {
                    let t = self.new[j];
                    self.new[j] = self.evacuate(t)?;
                }
                i += 2;
            }
            if self.top > end {
                return Err(NoMemory);
            }
        }
        Ok(())
    }
}

impl Heap {
    fn side(&mut self) -> &mut Side {
        self.side.get_or_insert_with(Default::default)
    }
}

impl TermAlloc for Heap {
    fn off_heap(&mut self) -> &mut OffHeap {
        &mut self.side().off_heap
    }

    fn alloc(&mut self, words: usize) -> Option<&mut [Term]> {
        if self.free() >= words {
            let at = self.htop;
            self.htop += words;
            return Some(&mut self.block[at..at + words]);
        }
        if self.max_words != 0 && self.used_words() + words > self.max_words {
            return None;
        }
        let frag_words = self.frag_words;
        let side = self.side();
        let fits = side
            .fragments
            .last()
            .is_some_and(|f| f.len() - side.frag_used >= words);
        if !fits {
            // Fragments grow with what is already in fragments, so a BIF that builds a long
            // list one cell at a time makes a logarithmic number of them.
            let size = words.max(MIN_FRAGMENT).max(frag_words);
            side.fragments.try_reserve(1).ok()?;
            side.fragments.push(zeroed_block(size)?);
            side.frag_used = 0;
        }
        let at = side.frag_used;
        side.frag_used += words;
        self.frag_words += words;
        let side = self.side.as_mut()?;
        side.fragments.last_mut().map(|f| &mut f[at..at + words])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom::AtomTable;
    use crate::term::build::{Arena, TermAlloc};
    use crate::term::TermDisplay;
    use alloc::string::ToString;

    #[test]
    fn collect_keeps_live_data_and_shares() {
        let atoms = AtomTable::new();
        let mut lits = Arena::new();
        let literal = lits.binary(b"literal").unwrap();
        let mut h = Heap::new(16);
        h.push(
            Cp {
                module: 3,
                offset: 77,
            }
            .to_term(),
        )
        .unwrap();
        // Build more than the block holds, so fragments are used.
        let mut list = Term::NIL;
        for i in 0..100 {
            list = h.cons(Term::small(i), list).unwrap();
        }
        let shared = h.tuple(&[list, literal]).unwrap();
        let pair = h.tuple(&[shared, shared]).unwrap();
        let garbage = h.tuple(&[Term::small(1); 50]).unwrap();
        let _ = garbage;
        let before = TermDisplay {
            term: pair,
            atoms: &atoms,
        }
        .to_string();
        let mut roots = [pair];
        h.collect(&mut [&mut roots[..]], 10).unwrap();
        let after = TermDisplay {
            term: roots[0],
            atoms: &atoms,
        }
        .to_string();
        assert_eq!(before, after);
        // Sharing is kept: both elements are the same copied tuple.
        let els = roots[0].tuple_elements().unwrap();
        assert_eq!(els[0], els[1]);
        // The literal was not copied.
        assert_eq!(els[0].tuple_elements().unwrap()[1], literal);
        // 100 cons cells + 3-word tuple + 3-word tuple live; the garbage is gone.
        assert_eq!(h.htop, 200 + 3 + 3);
        assert!(h.free() >= 10);
        assert_eq!(
            Cp::from_term(h.stack()[0]),
            Some(Cp {
                module: 3,
                offset: 77
            })
        );
    }

    #[test]
    fn cp_round_trip() {
        for (m, o) in [(0, 0), (5, 12345), (4095, CP_MAX_OFFSET)] {
            let cp = Cp {
                module: m,
                offset: o,
            };
            assert_eq!(Cp::from_term(cp.to_term()), Some(cp));
        }
        assert_eq!(Cp::from_term(Term::small(3)), None);
    }
}
