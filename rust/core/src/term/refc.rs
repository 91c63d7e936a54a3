//! Off-heap, reference-counted binaries.
//!
//! A binary larger than `HEAP_BIN_MAX` bytes keeps its bytes in one allocation outside every
//! process heap: `[count, byte length, bytes...]`. A process holds it through a small handle
//! object on its heap (`Boxed::RefcBin`: `[data pointer, bit length]`); sending the binary
//! copies the handle, not the bytes, and bumps the count. Every place that holds handles (a
//! process heap, a message in flight, a module's literals) keeps the list of its handles as
//! an `OffHeap`; when a handle is found dead (the collector did not move it) or its holder
//! goes away, the count drops, and the bytes are freed with the last handle.
//!
//! `binary_bytes()` is the VM's own accounting of the bytes held off-heap
//! (`erlang:memory(binary)`).

use crate::sync::{AtomicUsize, Ordering};
use core::alloc::Layout;

use alloc::vec::Vec;

use super::{Boxed, Term};

/// Largest binary kept on a process heap; larger ones go off-heap.
pub const HEAP_BIN_MAX: usize = 64;

/// Bytes of binary data held off-heap by the whole VM (every VM in this program).
static BINARY_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Bytes held in off-heap binaries now.
pub fn binary_bytes() -> usize {
    BINARY_BYTES.load(Ordering::Relaxed)
}

#[repr(C)]
struct Data {
    count: AtomicUsize,
    len: usize,
}

fn layout(len: usize) -> Option<Layout> {
    let size = core::mem::size_of::<Data>().checked_add(len)?;
    Layout::from_size_align(size, core::mem::align_of::<Data>()).ok()
}

/// A new off-heap binary holding `bytes`, with a count of 1. `None` when memory is out.
pub fn new_data(bytes: &[u8]) -> Option<usize> {
    let l = layout(bytes.len())?;
    // SAFETY: the layout has a non-zero size (it includes `Data`); a null return is handled;
    // the header and the bytes are written inside the allocation before anyone reads them.
    let p = unsafe {
        let p = alloc::alloc::alloc(l);
        if p.is_null() {
            return None;
        }
        (p as *mut Data).write(Data {
            count: AtomicUsize::new(1),
            len: bytes.len(),
        });
        let dst = p.add(core::mem::size_of::<Data>());
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len());
        p
    };
    BINARY_BYTES.fetch_add(bytes.len(), Ordering::Relaxed);
    Some(p as usize)
}

/// The bytes of the off-heap binary at `data`.
pub fn data_bytes<'a>(data: usize) -> &'a [u8] {
    let d = data as *const Data;
    // SAFETY: `data` comes from a live handle (a handle holds a count, so the allocation
    // outlives it); the allocation holds `len` bytes after the header.
    unsafe {
        let len = (*d).len;
        core::slice::from_raw_parts((d as *const u8).add(core::mem::size_of::<Data>()), len)
    }
}

/// One more holder of the binary at `data`.
pub fn incref(data: usize) {
    // SAFETY: `data` comes from a live handle, so the allocation is live.
    let d = unsafe { &*(data as *const Data) };
    d.count.fetch_add(1, Ordering::Relaxed);
}

/// One holder fewer; frees the bytes with the last one.
pub fn decref(data: usize) {
    let d = data as *const Data;
    // SAFETY: `data` comes from a handle that was live until now and owned one count.
    let (prev, len) = unsafe { ((*d).count.fetch_sub(1, Ordering::Release), (*d).len) };
    if prev == 1 {
        crate::sync::fence(Ordering::Acquire);
        BINARY_BYTES.fetch_sub(len, Ordering::Relaxed);
        if let Some(l) = layout(len) {
            // SAFETY: the count reached zero, so no handle refers to the allocation any more;
            // it was allocated by `new_data` with this same layout.
            unsafe { alloc::alloc::dealloc(d as *mut u8, l) };
        }
    }
}

/// The data address and bit length of a handle object (`RefcBin` term).
pub fn handle_parts(t: Term) -> Option<(usize, usize)> {
    if t.boxed_kind() != Some(Boxed::RefcBin) {
        return None;
    }
    let w = t.boxed_words();
    Some((w.first()?.raw(), w.get(1)?.raw()))
}

/// The handles one holder (a heap, a message, a literal area) owns a count through: the
/// addresses of their header words.
#[derive(Default)]
pub struct OffHeap {
    /// (address of the handle's header word, data address).
    handles: Vec<(usize, usize)>,
}

impl OffHeap {
    pub const fn new() -> OffHeap {
        OffHeap {
            handles: Vec::new(),
        }
    }

    /// Record a handle built into this holder's memory.
    pub fn push(&mut self, handle: Term) {
        if let Some((data, _)) = handle_parts(handle) {
            self.handles.push((handle.raw() & !0b11, data));
        }
    }

    /// Take over another holder's handles (a message's, when the receiver adopts it).
    pub fn append(&mut self, other: &mut OffHeap) {
        self.handles.append(&mut other.handles);
    }

    pub fn is_empty(&self) -> bool {
        self.handles.is_empty()
    }

    /// After a copying collection: handles whose header was replaced by a forwarding
    /// pointer survived (keep their new address); the others are dead (drop their count).
    pub fn sweep_after_copy(&mut self) {
        self.handles.retain_mut(|(addr, data)| {
            // SAFETY: `addr` is the header word of a handle in the from-space that the
            // collector has just finished with; the from-space is still allocated (it is
            // freed after this sweep).
            let hdr = unsafe { *(*addr as *const Term) };
            if hdr.is_boxed() {
                *addr = hdr.raw() & !0b11;
                true
            } else {
                decref(*data);
                false
            }
        });
    }

    /// Drop every count (the holder goes away).
    pub fn release(&mut self) {
        for (_, data) in core::mem::take(&mut self.handles) {
            decref(data);
        }
    }
}

impl Drop for OffHeap {
    fn drop(&mut self) {
        self.release();
    }
}
