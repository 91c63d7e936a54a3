//! Nothing in user code can panic the VM: every BIF is called with arguments of every wrong
//! type (and a few right ones), and each call returns a value or raises an Erlang error;
//! none panics. Type errors must be the errors OTP raises for them.

use std::borrow::Cow;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use atomvm_core::atom::Atom;
use atomvm_core::bif::{self, BifResult, Ctx};
use atomvm_core::exec::Class;
use atomvm_core::process::Process;
use atomvm_core::term::build::TermAlloc;
use atomvm_core::term::{Term, View};
use atomvm_core::vm::{Platform, Vm};

/// A platform that keeps output to itself and has no modules to load.
struct Quiet;

impl Platform for Quiet {
    fn now_ms(&self) -> u64 {
        0
    }
    fn park_ticket(&self) -> u64 {
        0
    }
    fn park(&self, _: u64, _: Option<u64>) {}
    fn unpark_all(&self) {}
    fn write_out(&self, _: &[u8]) {}
    fn write_err(&self, _: &[u8]) {}
    fn find_module(&self, _: &str) -> Option<Cow<'static, [u8]>> {
        None
    }
}

/// BIFs whose purpose is to raise or to stop the caller: they are still called, but any
/// outcome is fine as long as nothing panics.
const RAISERS: &[&str] = &["throw", "error", "exit", "raise", "nif_error", "halt"];

/// BIFs that collect the caller's heap: the test holds its argument terms outside the
/// process's roots, so it must not call them (the interpreter calls them only where no
/// x register is live).
const COLLECTORS: &[&str] = &["garbage_collect"];

/// Reasons OTP gives for a bad argument (by BIF family).
fn acceptable(reason: Term, vm: &Vm) -> bool {
    let name = |t: Term| match t.view() {
        View::Atom(a) => Some(vm.atoms.lock().text(a).to_string()),
        View::Tuple(es) if !es.is_empty() => match es[0].view() {
            View::Atom(a) => Some(vm.atoms.lock().text(a).to_string()),
            _ => None,
        },
        _ => None,
    };
    matches!(
        name(reason).as_deref(),
        Some(
            "badarg"
                | "badarith"
                | "system_limit"
                | "badmap"
                | "badkey"
                | "badfun"
                | "badarity"
                | "undef"
                | "noproc"
                | "unsupported"
        )
    )
}

#[test]
fn every_bif_survives_wrong_arguments() {
    let vm = Vm::new(Box::new(Quiet), 1);
    // Any real module will do as the process's home.
    let beam = std::fs::read(
        std::fs::read_dir("/usr/lib/erlang/lib")
            .expect("Erlang installed")
            .flatten()
            .find(|e| e.file_name().to_string_lossy().starts_with("stdlib-"))
            .expect("stdlib")
            .path()
            .join("ebin/lists.beam"),
    )
    .expect("lists.beam");
    let m = vm.load_module(&beam).expect("lists loads");
    let mut p = Process::new(1, Arc::clone(&m), 0);
    let mut x = vec![Term::NIL; 1024];

    // Terms of every type.
    let an_atom = {
        let mut t = vm.atoms.lock();
        Term::atom(t.intern(b"an_atom").unwrap())
    };
    let mut pool = vec![
        Term::small(0),
        Term::small(-1),
        Term::small(7),
        an_atom,
        Term::NIL,
        Term::pid(999),
    ];
    #[cfg(feature = "bignum")]
    pool.push(p.heap.int128(1i128 << 100).unwrap());
    let tuple = p.heap.tuple(&[Term::small(1), an_atom]).unwrap();
    let list = p
        .heap
        .list(&[Term::small(104), Term::small(105)], Term::NIL)
        .unwrap();
    let improper = p.heap.cons(Term::small(1), Term::small(2)).unwrap();
    let binary = p.heap.binary(b"bin").unwrap();
    let map = p.heap.map_sorted(&[(Term::small(1), an_atom)]).unwrap();
    let export = p
        .heap
        .export(Atom::from_index(0), Atom::from_index(1), 1)
        .unwrap();
    pool.extend([tuple, list, improper, binary, map, export]);
    // No float term can exist in a build without the `float` feature.
    #[cfg(feature = "float")]
    pool.push(p.heap.float(2.5).unwrap());

    let (mut calls, mut errors) = (0usize, 0usize);
    let mut problems = Vec::new();
    for (module, function, arity, f) in bif::all() {
        if COLLECTORS.contains(&function) {
            continue;
        }
        let n = arity as usize;
        // Every argument position gets every pool term, the others a fixed wrong-ish term.
        let combos: Vec<Vec<Term>> = if n == 0 {
            vec![vec![]]
        } else {
            let mut v = Vec::new();
            for pos in 0..n {
                for &t in &pool {
                    let mut args = vec![an_atom; n];
                    args[pos] = t;
                    v.push(args);
                }
            }
            v
        };
        for args in combos {
            calls += 1;
            let result = catch_unwind(AssertUnwindSafe(|| {
                let mut ctx = Ctx {
                    vm: &vm,
                    p: &mut p,
                    x: &mut x,
                };
                f(&mut ctx, &args)
            }));
            match result {
                Err(_) => {
                    problems.push(format!("{module}:{function}/{arity} panicked on {args:?}"))
                }
                Ok(Ok(BifResult::Value(_) | BifResult::Jump(..) | BifResult::Wait)) => {}
                Ok(Err(e)) => {
                    errors += 1;
                    if RAISERS.contains(&function) {
                        continue;
                    }
                    if e.class != Class::Error || !acceptable(e.reason, &vm) {
                        problems.push(format!(
                            "{module}:{function}/{arity} raised {:?} {:?} on {args:?}",
                            e.class, e.reason
                        ));
                    }
                }
            }
            *vm.halted.lock() = None;
            let _ = p.take_pending_exit();
        }
    }
    eprintln!(
        "{calls} BIF calls, {errors} raised an error, {} problems",
        problems.len()
    );
    for pr in problems.iter().take(20) {
        eprintln!("{pr}");
    }
    assert!(problems.is_empty());
    assert!(errors > calls / 4, "suspiciously few errors");
}
