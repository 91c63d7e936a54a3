//! The Zephyr platform of atomvm-rs.
//!
//! Built by the Zephyr build (zephyr-lang-rust's `rust_cargo_application`, called from the
//! module's CMakeLists.txt when `CONFIG_ATOMVM=y`) into `librustapp.a`, whose `rust_main` is
//! what Zephyr's `main` calls. It gives the core's [`Platform`] what a board has:
//! - schedulers: `CONFIG_ATOMVM_SCHEDULERS` Zephyr threads (the calling `main` thread is one of
//!   them), each with `CONFIG_ATOMVM_SCHEDULER_STACK_SIZE` bytes of stack;
//! - time: the kernel's uptime clock; park/unpark: a kernel semaphore;
//! - console: printk (program output as is, diagnostics as lines marked `[atomvm] `);
//! - memory: a `k_heap` of `CONFIG_ATOMVM_HEAP_SIZE` bytes (the global allocator);
//! - modules: the application pack and the standard library pack, embedded in the image at
//!   build time or read from the devicetree partitions labelled `atomvm_app` / `atomvm_lib`
//!   (rust/zephyr/c/atomvm_zephyr.c finds them).

#![no_std]

extern crate alloc;

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::vec::Vec;
use core::alloc::{GlobalAlloc, Layout};
use core::ffi::{c_char, c_int};
use portable_atomic::{AtomicU32, Ordering};

use atomvm_core::atom;
use atomvm_core::vm::{Platform, Vm};
use atomvm_pack::Pack;
use zephyr::sys::sync::Semaphore;
use zephyr::time::{Duration, Forever};

/// Scheduler threads (the `main` thread included).
const SCHEDULERS: usize = zephyr::kconfig::CONFIG_ATOMVM_SCHEDULERS as usize;
/// Stack of each scheduler thread beyond the first.
const STACK_SIZE: usize = zephyr::kconfig::CONFIG_ATOMVM_SCHEDULER_STACK_SIZE as usize;

extern "C" {
    fn atomvm_heap_alloc(align: usize, size: usize) -> *mut u8;
    fn atomvm_heap_free(ptr: *mut u8);
    fn atomvm_heap_realloc(ptr: *mut u8, align: usize, size: usize) -> *mut u8;
    fn atomvm_console_write(bytes: *const u8, len: usize);
    fn atomvm_console_write_err(bytes: *const u8, len: usize);
    fn atomvm_log_info(msg: *const c_char);
    fn atomvm_app_pack(data: *mut *const u8, len: *mut usize) -> c_int;
    fn atomvm_lib_pack(data: *mut *const u8, len: *mut usize) -> c_int;
    fn atomvm_exit(status: c_int);
}

/// Every allocation of the VM comes from the `k_heap` of `CONFIG_ATOMVM_HEAP_SIZE` bytes,
/// which takes any power-of-two alignment.
struct KHeap;

// SAFETY: k_heap_aligned_alloc returns memory of at least `size` bytes aligned to `align` (or
// null when the heap is exhausted), owned by the caller until k_heap_free; the k_heap takes its
// own lock, so any thread may call these.
unsafe impl GlobalAlloc for KHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl; the C side only forwards to k_heap_aligned_alloc.
        unsafe { atomvm_heap_alloc(layout.align(), layout.size()) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from `alloc` above (GlobalAlloc's contract).
        unsafe { atomvm_heap_free(ptr) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from `alloc` with `layout` (GlobalAlloc's contract);
        // sys_heap_aligned_realloc keeps the alignment, keeps the contents up to the smaller
        // size, and returns null leaving `ptr` untouched when there is no room.
        unsafe { atomvm_heap_realloc(ptr, layout.align(), new_size) }
    }
}

#[global_allocator]
static HEAP: KHeap = KHeap;

/// Parked schedulers wait on this semaphore; `GENERATION` counts the wake-ups.
static WAKE: Semaphore = Semaphore::new(0, SCHEDULERS as u32);
// (32 bits: Cortex-M3 has no 64-bit atomics; only equality with a recent ticket matters.)
static GENERATION: AtomicU32 = AtomicU32::new(0);

/// The board as the VM sees it.
struct Board {
    /// Module bytes by module name: the application's first, then the library's.
    modules: BTreeMap<&'static str, &'static [u8]>,
    /// Plain files of the packs (`app/priv/file`).
    files: BTreeMap<&'static str, &'static [u8]>,
}

fn now_ms() -> u64 {
    zephyr::time::now().duration_since_epoch().to_millis()
}

impl Platform for Board {
    fn now_ms(&self) -> u64 {
        now_ms()
    }

    fn park_ticket(&self) -> u64 {
        GENERATION.load(Ordering::SeqCst) as u64
    }

    fn park(&self, ticket: u64, deadline_ms: Option<u64>) {
        while GENERATION.load(Ordering::SeqCst) as u64 == ticket {
            match deadline_ms {
                Some(d) => {
                    let now = now_ms();
                    if d <= now {
                        return;
                    }
                    // Round up to whole ticks, so that a wait shorter than a tick still waits.
                    let freq = zephyr::time::SYS_FREQUENCY as u64;
                    let ticks = ((d - now) * freq).div_ceil(1000);
                    let _ = WAKE.take(Duration::from_ticks(ticks as zephyr::time::Tick));
                }
                None => {
                    let _ = WAKE.take(Forever);
                }
            }
        }
    }

    fn unpark_all(&self) {
        GENERATION.fetch_add(1, Ordering::SeqCst);
        // One token per scheduler that may be parked; tokens left over only cause a spurious
        // wake-up, which `park` tolerates.
        for _ in 0..SCHEDULERS {
            WAKE.give();
        }
    }

    fn write_out(&self, bytes: &[u8]) {
        // SAFETY: the pointer and length describe a live slice for the duration of the call.
        unsafe { atomvm_console_write(bytes.as_ptr(), bytes.len()) }
    }

    fn write_err(&self, bytes: &[u8]) {
        // SAFETY: as in write_out.
        unsafe { atomvm_console_write_err(bytes.as_ptr(), bytes.len()) }
    }

    fn find_module(&self, name: &str) -> Option<Cow<'static, [u8]>> {
        // In place: the packs are in the image or in memory-mapped flash for the whole run.
        self.modules.get(name).map(|b| Cow::Borrowed(*b))
    }

    fn read_file(&self, name: &str) -> Option<Vec<u8>> {
        self.files.get(name).map(|b| b.to_vec())
    }
}

/// A pack from the C side, if there is one.
fn pack(get: unsafe extern "C" fn(*mut *const u8, *mut usize) -> c_int) -> Option<&'static [u8]> {
    let mut data: *const u8 = core::ptr::null();
    let mut len = 0usize;
    // SAFETY: the C side writes both out-parameters when it returns 0.
    let found = unsafe { get(&mut data, &mut len) } == 0;
    if !found || data.is_null() {
        return None;
    }
    // SAFETY: on success the bytes are in flash, in the image, or in heap memory that is never
    // freed, so they live as long as the program.
    Some(unsafe { core::slice::from_raw_parts(data, len) })
}

fn err(platform: &dyn Platform, msg: &str) {
    platform.write_err(msg.as_bytes());
}

fn info(msg: &str) {
    let mut bytes = Vec::with_capacity(msg.len() + 1);
    bytes.extend_from_slice(msg.as_bytes());
    bytes.push(0);
    // SAFETY: `bytes` is NUL-terminated and lives for the call.
    unsafe { atomvm_log_info(bytes.as_ptr().cast()) }
}

/// Add the modules and files of `bytes` (a pack) to the board; the start module's name.
fn add_pack(
    board: &mut Board,
    what: &str,
    bytes: &'static [u8],
) -> Result<Option<&'static str>, ()> {
    let pack = match Pack::parse(bytes) {
        Ok(p) => p,
        Err(e) => {
            err(board, &format!("{what} pack: {e}\n"));
            return Err(());
        }
    };
    for e in pack.entries() {
        if e.is_file() {
            board.files.entry(e.name).or_insert(e.data);
        } else if let Some(name) = e.module_name() {
            board.modules.entry(name).or_insert(e.data);
        }
    }
    Ok(pack.start_entry().and_then(|e| e.module_name()))
}

#[zephyr::thread(stack_size = STACK_SIZE, pool_size = if SCHEDULERS > 1 { SCHEDULERS - 1 } else { 1 })]
fn scheduler(vm: &'static Vm) {
    vm.run();
}

/// Load the packs, run start/0 of the application's start module, report how it ended.
fn run() -> c_int {
    let mut board = Board {
        modules: BTreeMap::new(),
        files: BTreeMap::new(),
    };
    let Some(app) = pack(atomvm_app_pack) else {
        return 1;
    };
    let start = match add_pack(&mut board, "application", app) {
        Ok(Some(m)) => m,
        Ok(None) => {
            err(&board, "application pack: no start module\n");
            return 1;
        }
        Err(()) => return 1,
    };
    if let Some(lib) = pack(atomvm_lib_pack) {
        if add_pack(&mut board, "library", lib).is_err() {
            return 1;
        }
    }
    info(&format!(
        "atomvm: {} modules, start {start}, {SCHEDULERS} scheduler(s)",
        board.modules.len()
    ));
    let vm: &'static Vm = Box::leak(Box::new(Vm::new(Box::new(board), SCHEDULERS)));
    let m = match vm.atoms.lock().intern(start.as_bytes()) {
        Ok(m) => m,
        Err(_) => return 1,
    };
    if vm.module(m).is_none() {
        err(&*vm.platform, &format!("cannot load module {start}\n"));
        return 1;
    }
    let pid = match vm.spawn(m, atom::START, &[], None) {
        Ok(pid) => pid,
        Err(_) => {
            err(
                &*vm.platform,
                &format!("module {start} does not export start/0\n"),
            );
            return 1;
        }
    };
    *vm.main_pid.lock() = Some(pid);
    let threads: Vec<_> = (1..SCHEDULERS).map(|_| scheduler(vm).start()).collect();
    vm.run();
    for t in &threads {
        let _ = t.join();
    }
    let status = *vm.halted.lock();
    status.unwrap_or(0)
}

/// Called by Zephyr's `main` (zephyr-lang-rust's main.c).
#[no_mangle]
extern "C" fn rust_main() {
    let status = run();
    // SAFETY: a plain C call with an integer.
    unsafe { atomvm_exit(status) }
}
