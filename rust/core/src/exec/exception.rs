//! Exceptions: building stack traces from the Line chunk, finding the catch that handles an
//! exception, and what a catch sees.
//!
//! A catch is a `catch` term in a y register holding the handler's code offset. Scanning the
//! stack from the top, the words before the first continuation pointer belong to the running
//! function; each continuation pointer names the module (and place) of the frame above it.
//! The "raw" stack trace a handler gets in x3 is `{Class, Trace}`; `build_stacktrace` turns
//! it into the list `catch C:R:St` shows, and `raise` reads the class back from it.

use crate::sync::Arc;
use alloc::vec::Vec;

use super::NON_VALUE;
use crate::atom::{self, Atom};
use crate::heap::Cp;
use crate::process::Process;
use crate::term::build::TermAlloc;
use crate::term::{Term, View};
use crate::vm::{LoadedModule, Vm};

/// The class of an exception.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Class {
    Error,
    Exit,
    Throw,
}

impl Class {
    pub fn atom(self) -> Atom {
        match self {
            Class::Error => atom::ERROR,
            Class::Exit => atom::EXIT,
            Class::Throw => atom::THROW,
        }
    }
    pub fn from_atom(t: Term) -> Option<Class> {
        match t.view() {
            View::Atom(a) if a == atom::ERROR => Some(Class::Error),
            View::Atom(a) if a == atom::EXIT => Some(Class::Exit),
            View::Atom(a) if a == atom::THROW => Some(Class::Throw),
            _ => None,
        }
    }
}

/// An exception on its way to a handler.
#[derive(Clone, Copy, Debug)]
pub struct Exception {
    pub class: Class,
    pub reason: Term,
    /// A stack trace already built (re-raised exceptions).
    pub trace: Option<Term>,
    /// For errors in BIFs and `function_clause`/`undef`: the function and its arguments,
    /// which head the stack trace as `{M, F, Args, []}`.
    pub mfa: Option<(Term, Term, Term)>,
}

impl Exception {
    pub fn error(reason: Term) -> Exception {
        Exception {
            class: Class::Error,
            reason,
            trace: None,
            mfa: None,
        }
    }
    pub fn exit(reason: Term) -> Exception {
        Exception {
            class: Class::Exit,
            reason,
            trace: None,
            mfa: None,
        }
    }
    pub fn throw(reason: Term) -> Exception {
        Exception {
            class: Class::Throw,
            reason,
            trace: None,
            mfa: None,
        }
    }
    pub fn with_mfa(mut self, m: Term, f: Term, args: Term) -> Exception {
        self.mfa = Some((m, f, args));
        self
    }
    /// Name the BIF an error came from, unless it already names one (or is not an error).
    pub fn with_mfa_if_unset(self, m: Term, f: Term, args: Term) -> Exception {
        if self.mfa.is_none() && self.trace.is_none() && self.class == Class::Error {
            self.with_mfa(m, f, args)
        } else {
            self
        }
    }
    /// `raise RawTrace Value`: the class comes from the raw trace.
    pub fn reraise(_p: &mut Process, raw: Term, value: Term) -> Exception {
        match raw.tuple_elements() {
            Some(&[c, trace]) => match Class::from_atom(c) {
                Some(class) => Exception {
                    class,
                    reason: value,
                    trace: Some(trace),
                    mfa: None,
                },
                None => Exception::error(Term::atom(atom::BADARG)),
            },
            _ => Exception::error(Term::atom(atom::BADARG)),
        }
    }
}

/// How deep stack traces go (OTP's default `backtrace_depth`).
const TRACE_DEPTH: usize = 8;

/// `{M, F, Arity, [{file, F}, {line, L}]}` for code offset `pc` of module `m`.
fn frame_entry(
    vm: &Vm,
    p: &mut Process,
    m: &LoadedModule,
    pc: u32,
    args: Option<Term>,
) -> Option<Term> {
    let f = m.module.function_at(pc)?;
    let mut loc = Term::NIL;
    if let Some((file, line)) = m.module.lines.lookup(pc) {
        let chars: Vec<Term> = file.chars().map(|c| Term::small(c as isize)).collect();
        let file = p.heap.list(&chars, Term::NIL)?;
        let ft = p.heap.tuple(&[Term::atom(atom::FILE), file])?;
        let lt = p
            .heap
            .tuple(&[Term::atom(atom::LINE), Term::small(line as isize)])?;
        loc = p.heap.list(&[ft, lt], Term::NIL)?;
    }
    let _ = vm;
    p.heap.tuple(&[
        Term::atom(m.module.name),
        Term::atom(f.name),
        args.unwrap_or(Term::small(f.arity as isize)),
        loc,
    ])
}

/// The stack trace of an exception raised at `pc` in `m`.
fn stacktrace(vm: &Vm, p: &mut Process, m: &LoadedModule, pc: u32, e: &Exception) -> Term {
    let mut entries: Vec<Term> = Vec::new();
    // `mfa` names the BIF that raised; with no module it only carries the arguments that
    // `erlang:error/2` gives for the raising function's frame.
    let mut top_args = None;
    match e.mfa {
        Some((mm, ff, args)) if !mm.is_nil() => {
            if let Some(t) = p.heap.tuple(&[mm, ff, args, Term::NIL]) {
                entries.push(t);
            }
        }
        Some((_, _, args)) if !args.is_nil() || args.is_cons() => top_args = Some(args),
        _ => {}
    }
    // The function that raised (unless it is the function whose clause did not match, which
    // `mfa` already names).
    let raised_in_func_info = e.reason == Term::atom(atom::FUNCTION_CLAUSE)
        && m.module.function_at(pc).is_some_and(|f| pc < f.entry);
    if !raised_in_func_info {
        if let Some(t) = frame_entry(vm, p, m, pc, top_args) {
            entries.push(t);
        }
    }
    // Like OTP, a return address repeated right after itself (recursion) is listed once.
    let mut cps: Vec<Cp> = Vec::new();
    for cp in p.heap.stack().iter().filter_map(|&w| Cp::from_term(w)) {
        if cps.len() >= TRACE_DEPTH {
            break;
        }
        if cps.last() != Some(&cp) {
            cps.push(cp);
        }
    }
    for cp in cps {
        if entries.len() >= TRACE_DEPTH {
            break;
        }
        if let Some(cm) = vm.module_at(cp.module) {
            if let Some(t) = frame_entry(vm, p, &cm, cp.offset.saturating_sub(1), None) {
                entries.push(t);
            }
        }
    }
    p.heap.list(&entries, Term::NIL).unwrap_or(Term::NIL)
}

/// `build_stacktrace`: the list inside a raw trace.
pub fn build_stacktrace_term(_p: &mut Process, raw: Term) -> Term {
    match raw.tuple_elements() {
        Some(&[_, trace]) => trace,
        _ => Term::NIL,
    }
}

/// Find the handler for `e`: on success the process continues there (`m`/`ip` set, x0..x3
/// loaded); otherwise the exit reason of the process, and whether it is a crash to report
/// (an error or an uncaught throw; `exit/1` ends a process without a report).
pub fn handle(
    vm: &Vm,
    p: &mut Process,
    x: &mut [Term],
    m: &mut Arc<LoadedModule>,
    ip: &mut usize,
    e: Exception,
    pc_after: usize,
) -> Result<(), (Term, bool)> {
    let pc = (*ip as u32).min(pc_after as u32);
    let trace = match e.trace {
        Some(t) => t,
        None => stacktrace(vm, p, m, pc, &e),
    };
    let class = Term::atom(e.class.atom());
    let raw = p.heap.tuple(&[class, trace]).unwrap_or(Term::NIL);
    p.ext().last_exception = [class, e.reason, raw];
    // Look for the innermost active catch.
    let stack = p.heap.stack();
    let mut module_index = m.index;
    let mut frame_start = 0usize;
    let mut found = None;
    for (i, &w) in stack.iter().enumerate() {
        if let Some(cp) = Cp::from_term(w) {
            module_index = cp.module;
            frame_start = i + 1;
        } else if let View::Catch(offset) = w.view() {
            found = Some((module_index, offset, frame_start));
            break;
        }
    }
    let Some((mi, offset, frame_start)) = found else {
        return Err((exit_reason(p, e, trace), e.class != Class::Exit));
    };
    let depth = p.heap.stack_len() - frame_start;
    p.heap.set_stack_len(depth);
    if mi != m.index {
        match vm.module_at(mi) {
            Some(nm) => *m = nm,
            None => return Err((exit_reason(p, e, trace), e.class != Class::Exit)),
        }
    }
    *ip = offset;
    x[0] = NON_VALUE;
    x[1] = class;
    x[2] = e.reason;
    x[3] = raw;
    Ok(())
}

/// The exit reason of a process an exception ended: errors become `{Reason, Trace}`; an
/// uncaught throw becomes `{{nocatch, Value}, Trace}`.
fn exit_reason(p: &mut Process, e: Exception, trace: Term) -> Term {
    match e.class {
        Class::Exit => e.reason,
        Class::Error => p.heap.tuple(&[e.reason, trace]).unwrap_or(e.reason),
        Class::Throw => {
            let r = p
                .heap
                .tuple(&[Term::atom(atom::NOCATCH), e.reason])
                .unwrap_or(e.reason);
            p.heap.tuple(&[r, trace]).unwrap_or(r)
        }
    }
}
