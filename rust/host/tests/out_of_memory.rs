//! When the allocator has no room for a process's heap, that process fails with
//! `error:system_limit` and the VM goes on; it does not stop the VM (as an allocation failure
//! elsewhere in Rust would). The test binary's global allocator refuses allocations beyond a
//! budget, as a board's fixed-size heap does.

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use atomvm_core::vm::{Platform, Vm};

/// Bytes allocated now, and the most that may be (`usize::MAX`: no limit).
static IN_USE: AtomicUsize = AtomicUsize::new(0);
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);

struct Budget;

// SAFETY: forwards to the system allocator; only counts, and answers null (which callers
// must handle) when an allocation would exceed the budget.
unsafe impl GlobalAlloc for Budget {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let size = layout.size();
        if IN_USE.fetch_add(size, Ordering::SeqCst) + size > LIMIT.load(Ordering::SeqCst) {
            IN_USE.fetch_sub(size, Ordering::SeqCst);
            return std::ptr::null_mut();
        }
        // SAFETY: same layout, GlobalAlloc's contract passed on.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let size = layout.size();
        if IN_USE.fetch_add(size, Ordering::SeqCst) + size > LIMIT.load(Ordering::SeqCst) {
            IN_USE.fetch_sub(size, Ordering::SeqCst);
            return std::ptr::null_mut();
        }
        // SAFETY: as in alloc.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::SeqCst);
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Budget = Budget;

struct Board {
    beam: Vec<u8>,
    out: Arc<Mutex<Vec<u8>>>,
}

impl Platform for Board {
    fn now_ms(&self) -> u64 {
        0
    }
    fn park_ticket(&self) -> u64 {
        0
    }
    fn park(&self, _: u64, _: Option<u64>) {
        std::thread::yield_now();
    }
    fn unpark_all(&self) {}
    fn write_out(&self, bytes: &[u8]) {
        self.out.lock().unwrap().extend_from_slice(bytes);
    }
    fn write_err(&self, _: &[u8]) {}
    fn find_module(&self, name: &str) -> Option<Cow<'static, [u8]>> {
        (name == "oom_hog").then(|| Cow::Owned(self.beam.clone()))
    }
}

const PROGRAM: &str = r#"
-module(oom_hog).
-export([start/0, hog/0]).

start() ->
    {Pid, Ref} = spawn_monitor(?MODULE, hog, []),
    receive
        {'DOWN', Ref, process, Pid, {Reason, _Stack}} -> erlang:display({hog, Reason})
    end,
    erlang:display({still_running, lists_length([a, b, c])}).

hog() -> hog([], 0).
hog(L, N) -> hog([N | L], N + 1).

lists_length(L) -> length(L).
"#;

#[test]
fn a_process_out_of_memory_fails_alone() {
    let dir: PathBuf = std::env::temp_dir().join(format!("atomvm-oom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("oom_hog.erl"), PROGRAM).unwrap();
    let status = std::process::Command::new("erlc")
        .current_dir(&dir)
        .arg("oom_hog.erl")
        .status()
        .expect("erlc runs");
    assert!(status.success());
    let beam = std::fs::read(dir.join("oom_hog.beam")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);

    let out = Arc::new(Mutex::new(Vec::new()));
    let vm = Vm::new(
        Box::new(Board {
            beam,
            out: out.clone(),
        }),
        1,
    );
    let (m, f) = {
        let mut atoms = vm.atoms.lock();
        (
            atoms.intern(b"oom_hog").unwrap(),
            atoms.intern(b"start").unwrap(),
        )
    };
    vm.module(m).expect("oom_hog loads");
    let pid = vm.spawn(m, f, &[], None).expect("spawn");
    *vm.main_pid.lock() = Some(pid);
    // 64 MB more than now: the hog's list outgrows it (its heap doubles past 32 MB).
    LIMIT.store(IN_USE.load(Ordering::SeqCst) + (64 << 20), Ordering::SeqCst);
    vm.run();
    LIMIT.store(usize::MAX, Ordering::SeqCst);
    let text = String::from_utf8(out.lock().unwrap().clone()).unwrap();
    assert_eq!(
        text.replace("\r\n", "\n"),
        "{hog,system_limit}\n{still_running,3}\n"
    );
}
