//! The dispatch loop: runs a process's translated code until it yields, waits or exits.
//!
//! Operands are pre-decoded by the translator; reading them goes through `CodeReader`, whose
//! reads are bounds-checked, so corrupt code cannot read outside the module. Instructions
//! not implemented yet raise `error:{unsupported, Name}` naming the instruction.

pub mod bits;
pub mod exception;

use crate::sync::Arc;

use crate::atom;
use crate::bif::{self, Ctx};
use crate::heap::Cp;
use crate::process::{Process, Status};
use crate::term::build::TermAlloc;
use crate::term::{compare, exact_eq, Term, View};
use crate::translate::code::{CodeReader, Src, NO_LABEL};
use crate::translate::ops::Op;
use crate::vm::{ImportTarget, LoadedModule, Vm};
pub use exception::{Class, Exception};

/// Why `run` returned.
pub enum Outcome {
    /// Out of reductions; the first `n` x registers are live.
    Yield(usize),
    /// Waiting for a message (or a timeout).
    Wait,
    /// The process ended with this reason (`crashed`: by an uncaught exception).
    Exit(Term, bool),
}

/// The x0 marker telling `catch_end`/`try_case` that an exception arrived in x1..x3.
pub const NON_VALUE: Term = Term::from_raw(0);

struct Frame<'a> {
    consts: &'a [Term],
}

#[inline]
fn read_src(p: &Process, x: &[Term], f: &Frame, s: Src) -> Option<Term> {
    match s {
        Src::X(n) => x.get(n as usize).copied(),
        Src::Y(n) => p.heap.y(n as usize),
        Src::Const(n) => f.consts.get(n as usize).copied(),
    }
}

#[inline]
fn write_dst(p: &mut Process, x: &mut [Term], s: Src, t: Term) -> Option<()> {
    match s {
        Src::X(n) => {
            *x.get_mut(n as usize)? = t;
            Some(())
        }
        Src::Y(n) => p.heap.set_y(n as usize, t),
        Src::Const(_) => None,
    }
}

/// Make room for `need` heap words (and a stack of `stack` more words), collecting with the
/// first `live` x registers as roots.
pub fn ensure_heap(
    p: &mut Process,
    x: &mut [Term],
    live: usize,
    need: usize,
) -> Result<(), Exception> {
    if !p.heap.needs_gc(need) {
        return Ok(());
    }
    collect(p, x, live, need)
}

/// Collect now, with the first `live` x registers (and the process's other roots) live.
pub fn collect(p: &mut Process, x: &mut [Term], live: usize, need: usize) -> Result<(), Exception> {
    let live = live.min(x.len());
    let (regs, _) = x.split_at_mut(live);
    let Process { heap, extra, .. } = p;
    match extra.as_deref_mut() {
        Some(e) => heap.collect(
            &mut [regs, &mut e.dict[..], &mut e.last_exception[..]],
            need,
        ),
        None => heap.collect(&mut [regs], need),
    }
    .map_err(|_| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))
}

/// The type tests shared by the `is_*` instructions and the guard BIFs.
pub fn type_test(op: Op, t: Term) -> bool {
    match op {
        Op::IsInteger => matches!(t.view(), View::Small(_) | View::Big(..)),
        Op::IsFloat => matches!(t.view(), View::Float(_)),
        Op::IsNumber => matches!(t.view(), View::Small(_) | View::Big(..) | View::Float(_)),
        Op::IsAtom => t.is_atom(),
        Op::IsPid => matches!(t.view(), View::Pid(_)),
        Op::IsReference => t.boxed_kind() == Some(crate::term::Boxed::Ref),
        Op::IsPort => matches!(t.view(), View::Port(_)),
        Op::IsNil => t.is_nil(),
        Op::IsBinary => matches!(t.view(), View::Binary(_, bits) if bits.is_multiple_of(8)),
        Op::IsBitstr => matches!(t.view(), View::Binary(..)),
        Op::IsList => t.is_nil() || t.is_cons(),
        Op::IsNonemptyList => t.is_cons(),
        Op::IsTuple => t.tuple_elements().is_some(),
        Op::IsFunction => matches!(
            t.boxed_kind(),
            Some(crate::term::Boxed::Fun | crate::term::Boxed::Export)
        ),
        Op::IsBoolean => t == Term::atom(atom::TRUE) || t == Term::atom(atom::FALSE),
        Op::IsMap => matches!(
            t.boxed_kind(),
            Some(crate::term::Boxed::FlatMap | crate::term::Boxed::HashMap)
        ),
        _ => false,
    }
}

/// Run `p` for at most `reds` reductions.
pub fn run(vm: &Vm, p: &mut Process, x: &mut [Term], mut reds: usize) -> Outcome {
    let mut m: Arc<LoadedModule> = p.module.clone();
    let mut ip = p.ip as usize;
    loop {
        // The module being executed: reloaded only when a call or return leaves it.
        let module = m.clone();
        let f = Frame {
            consts: &module.module.consts,
        };
        let code: &[u16] = &module.module.code;
        loop {
            let mut r = CodeReader::new(code, ip);
            let result: Result<(), Exception> = 'op: {
                macro_rules! bad_code {
                    () => {
                        Exception::error(Term::atom(atom::BADARG))
                    };
                }
                macro_rules! src {
                    () => {
                        match r.src().and_then(|s| read_src(p, x, &f, s)) {
                            Some(t) => t,
                            None => break 'op Err(bad_code!()),
                        }
                    };
                }
                macro_rules! dst {
                    () => {
                        match r.src() {
                            Some(s) => s,
                            None => break 'op Err(bad_code!()),
                        }
                    };
                }
                macro_rules! put {
                    ($d:expr, $t:expr) => {
                        if write_dst(p, x, $d, $t).is_none() {
                            break 'op Err(bad_code!());
                        }
                    };
                }
                macro_rules! u {
                    () => {
                        match r.u() {
                            Some(v) => v as usize,
                            None => break 'op Err(bad_code!()),
                        }
                    };
                }
                macro_rules! label {
                    () => {
                        match r.label() {
                            Some(v) => v,
                            None => break 'op Err(bad_code!()),
                        }
                    };
                }
                macro_rules! alloc {
                    ($e:expr) => {
                        match $e {
                            Some(t) => t,
                            None => break 'op Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT))),
                        }
                    };
                }
                let Some(op) = r.op() else {
                    return Outcome::Exit(Term::atom(atom::BADARG), true);
                };
                match op {
                    Op::FuncInfo => {
                        let mfa_m = src!();
                        let mfa_f = src!();
                        let arity = u!();
                        let args = alloc!(p.heap.list(&x[..arity.min(x.len())], Term::NIL));
                        break 'op Err(Exception::error(Term::atom(atom::FUNCTION_CLAUSE))
                            .with_mfa(mfa_m, mfa_f, args));
                    }
                    Op::Call | Op::CallLast | Op::CallOnly => {
                        let arity = u!();
                        let target = label!();
                        match op {
                            Op::Call => {
                                let cp = Cp {
                                    module: m.index,
                                    offset: r.pos as u32,
                                };
                                if ensure_heap(p, x, arity, 1).is_err()
                                    || p.heap.push(cp.to_term()).is_err()
                                {
                                    break 'op Err(Exception::error(Term::atom(
                                        atom::SYSTEM_LIMIT,
                                    )));
                                }
                            }
                            Op::CallLast => {
                                let n = u!();
                                p.heap.free_stack(n);
                            }
                            _ => {}
                        }
                        ip = target as usize;
                        reds = reds.saturating_sub(1);
                        if reds == 0 {
                            p.ip = ip as u32;
                            p.module = m;
                            return Outcome::Yield(arity);
                        }
                        Ok(())
                    }
                    Op::CallExt | Op::CallExtLast | Op::CallExtOnly => {
                        let arity = u!();
                        let imp = u!();
                        let dealloc = if op == Op::CallExtLast { u!() } else { 0 };
                        let ret = (op == Op::CallExt).then_some(r.pos as u32);
                        let Some(target) = module.imports.get(imp) else {
                            break 'op Err(bad_code!());
                        };
                        let callee = match target {
                            ImportTarget::Bif(bf, _) => bif::CallTarget::Bif(*bf),
                            ImportTarget::Function(i) => {
                                let i = *i;
                                let found = vm.module(i.module).and_then(|tm| {
                                    let e = tm.module.export(i.function, i.arity)?.entry;
                                    Some((tm, e))
                                });
                                let Some((tm, entry)) = found else {
                                    let args = alloc!(p.heap.list(&x[..arity], Term::NIL));
                                    break 'op Err(Exception::error(Term::atom(atom::UNDEF))
                                        .with_mfa(
                                            Term::atom(i.module),
                                            Term::atom(i.function),
                                            args,
                                        ));
                                };
                                bif::CallTarget::Code(tm, entry)
                            }
                        };
                        let is_code = matches!(callee, bif::CallTarget::Code(..));
                        if ret.is_some() && ensure_heap(p, x, arity, 1).is_err() {
                            break 'op Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT)));
                        }
                        // A BIF's arguments, kept for its error report (no allocation for
                        // the usual few).
                        let mut saved = [Term::NIL; 8];
                        let saved_big: alloc::vec::Vec<Term>;
                        let args: &[Term] = if is_code {
                            &[]
                        } else if arity <= saved.len() {
                            saved[..arity].copy_from_slice(&x[..arity]);
                            &saved[..arity]
                        } else {
                            saved_big = x[..arity].to_vec();
                            &saved_big
                        };
                        match call(vm, p, x, &mut m, &mut ip, callee, arity, ret, dealloc) {
                            Ok(Flow::Next) => {}
                            Ok(Flow::Wait) => return Outcome::Wait,
                            Ok(Flow::Exit) => {
                                return Outcome::Exit(Term::atom(atom::NORMAL), false)
                            }
                            Err(e) => {
                                let i = &module.module.imports[imp];
                                let argl = alloc!(p.heap.list(args, Term::NIL));
                                break 'op Err(e.with_mfa_if_unset(
                                    Term::atom(i.module),
                                    Term::atom(i.function),
                                    argl,
                                ));
                            }
                        }
                        if is_code {
                            reds = reds.saturating_sub(1);
                            if reds == 0 {
                                p.ip = ip as u32;
                                p.module = m;
                                return Outcome::Yield(arity);
                            }
                        }
                        Ok(())
                    }
                    Op::Bif0
                    | Op::Bif1
                    | Op::Bif2
                    | Op::Bif3
                    | Op::GcBif1
                    | Op::GcBif2
                    | Op::GcBif3 => {
                        let fail = if op == Op::Bif0 { NO_LABEL } else { label!() };
                        let live = if matches!(op, Op::GcBif1 | Op::GcBif2 | Op::GcBif3) {
                            u!()
                        } else {
                            0
                        };
                        let imp = u!();
                        let n = match op {
                            Op::Bif0 => 0,
                            Op::Bif1 | Op::GcBif1 => 1,
                            Op::Bif2 | Op::GcBif2 => 2,
                            _ => 3,
                        };
                        let mut args = [Term::NIL; 3];
                        for a in args.iter_mut().take(n) {
                            *a = src!();
                        }
                        let d = dst!();
                        let _ = live;
                        let Some(ImportTarget::Bif(bf, fast)) = module.imports.get(imp) else {
                            let name = module
                                .module
                                .imports
                                .get(imp)
                                .map(|i| i.function)
                                .unwrap_or(atom::UNDEFINED);
                            break 'op Err(Exception::error(Term::atom(atom::UNDEF)).with_mfa(
                                Term::atom(atom::ERLANG),
                                Term::atom(name),
                                Term::NIL,
                            ));
                        };
                        if n == 2 {
                            if let Some(v) = fast.small(args[0], args[1]) {
                                put!(d, v);
                                ip = r.pos;
                                break 'op Ok(());
                            }
                        }
                        let res = {
                            let mut ctx = Ctx { vm, p, x };
                            bf(&mut ctx, &args[..n])
                        };
                        match res {
                            Ok(bif::BifResult::Value(v)) => {
                                put!(d, v);
                                ip = r.pos;
                                Ok(())
                            }
                            Ok(_) => Err(bad_code!()),
                            Err(e) => {
                                if fail != NO_LABEL {
                                    ip = fail as usize;
                                    break 'op Ok(());
                                }
                                let i = &module.module.imports[imp];
                                let argl = alloc!(p.heap.list(&args[..n], Term::NIL));
                                Err(e.with_mfa_if_unset(
                                    Term::atom(i.module),
                                    Term::atom(i.function),
                                    argl,
                                ))
                            }
                        }
                    }
                    Op::Allocate | Op::AllocateHeap => {
                        let stack = u!();
                        let heap = if op == Op::AllocateHeap { u!() } else { 0 };
                        let live = u!();
                        if let Err(e) = ensure_heap(p, x, live, stack + heap + 1) {
                            break 'op Err(e);
                        }
                        if p.heap.alloc_stack(stack).is_err() {
                            break 'op Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT)));
                        }
                        ip = r.pos;
                        Ok(())
                    }
                    Op::TestHeap => {
                        let need = u!();
                        let live = u!();
                        if let Err(e) = ensure_heap(p, x, live, need) {
                            break 'op Err(e);
                        }
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Init => {
                        let d = dst!();
                        put!(d, Term::NIL);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::InitYregs => {
                        let n = u!();
                        for _ in 0..n {
                            let d = dst!();
                            put!(d, Term::NIL);
                        }
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Deallocate | Op::Trim => {
                        let n = u!();
                        if op == Op::Trim {
                            let _ = u!();
                        }
                        p.heap.free_stack(n);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Return => match pop_cp(vm, p, &mut m, &mut ip) {
                        Some(()) => Ok(()),
                        None => return Outcome::Exit(Term::atom(atom::NORMAL), false),
                    },
                    Op::Move => {
                        let s = src!();
                        let d = dst!();
                        put!(d, s);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Swap => {
                        let a = dst!();
                        let b = dst!();
                        let (Some(va), Some(vb)) = (read_src(p, x, &f, a), read_src(p, x, &f, b))
                        else {
                            break 'op Err(bad_code!());
                        };
                        put!(a, vb);
                        put!(b, va);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::IsInteger
                    | Op::IsFloat
                    | Op::IsNumber
                    | Op::IsAtom
                    | Op::IsPid
                    | Op::IsReference
                    | Op::IsPort
                    | Op::IsNil
                    | Op::IsBinary
                    | Op::IsBitstr
                    | Op::IsList
                    | Op::IsNonemptyList
                    | Op::IsTuple
                    | Op::IsFunction
                    | Op::IsBoolean
                    | Op::IsMap => {
                        let l = label!();
                        let t = src!();
                        if type_test(op, t) {
                            ip = r.pos;
                        } else {
                            ip = l as usize;
                        }
                        Ok(())
                    }
                    Op::IsFunction2 => {
                        let l = label!();
                        let t = src!();
                        let a = src!();
                        let ok = match (bif::fun_arity(vm, t), a.view()) {
                            (Some(fa), View::Small(n)) => fa as isize == n,
                            _ => false,
                        };
                        ip = if ok { r.pos } else { l as usize };
                        Ok(())
                    }
                    Op::IsLt | Op::IsGe | Op::IsEq | Op::IsNe | Op::IsEqExact | Op::IsNeExact => {
                        let l = label!();
                        let a = src!();
                        let b = src!();
                        let ok = match op {
                            Op::IsEqExact => exact_eq(a, b),
                            Op::IsNeExact => !exact_eq(a, b),
                            _ if a.is_small() && b.is_small() => {
                                let o = a.small_value().cmp(&b.small_value());
                                match op {
                                    Op::IsLt => o.is_lt(),
                                    Op::IsGe => o.is_ge(),
                                    Op::IsEq => o.is_eq(),
                                    _ => o.is_ne(),
                                }
                            }
                            _ => {
                                let atoms = vm.atoms.lock();
                                let o = compare(a, b, false, &atoms);
                                match op {
                                    Op::IsLt => o.is_lt(),
                                    Op::IsGe => o.is_ge(),
                                    Op::IsEq => o.is_eq(),
                                    _ => o.is_ne(),
                                }
                            }
                        };
                        ip = if ok { r.pos } else { l as usize };
                        Ok(())
                    }
                    Op::TestArity => {
                        let l = label!();
                        let t = src!();
                        let n = u!();
                        let ok = t.tuple_elements().is_some_and(|e| e.len() == n);
                        ip = if ok { r.pos } else { l as usize };
                        Ok(())
                    }
                    Op::IsTaggedTuple => {
                        let l = label!();
                        let t = src!();
                        let n = u!();
                        let tag = src!();
                        let ok = t
                            .tuple_elements()
                            .is_some_and(|e| e.len() == n && e.first() == Some(&tag));
                        ip = if ok { r.pos } else { l as usize };
                        Ok(())
                    }
                    Op::SelectVal | Op::SelectTupleArity => {
                        let t = src!();
                        let fail = label!();
                        let n = u!();
                        let key = if op == Op::SelectTupleArity {
                            match t.tuple_elements() {
                                Some(e) => Term::small(e.len() as isize),
                                None => {
                                    ip = fail as usize;
                                    break 'op Ok(());
                                }
                            }
                        } else {
                            t
                        };
                        let mut target = fail;
                        for _ in 0..n {
                            let v = src!();
                            let l = label!();
                            if exact_eq(v, key) {
                                target = l;
                                break;
                            }
                        }
                        ip = target as usize;
                        Ok(())
                    }
                    Op::Jump => {
                        ip = label!() as usize;
                        Ok(())
                    }
                    Op::GetList => {
                        let s = src!();
                        let h = dst!();
                        let tl = dst!();
                        let Some((hv, tv)) = s.cons_parts() else {
                            break 'op Err(bad_code!());
                        };
                        put!(h, hv);
                        put!(tl, tv);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::GetHd | Op::GetTl => {
                        let s = src!();
                        let d = dst!();
                        let Some((hv, tv)) = s.cons_parts() else {
                            break 'op Err(bad_code!());
                        };
                        put!(d, if op == Op::GetHd { hv } else { tv });
                        ip = r.pos;
                        Ok(())
                    }
                    Op::PutList => {
                        let h = src!();
                        let t = src!();
                        let d = dst!();
                        let c = alloc!(p.heap.cons(h, t));
                        put!(d, c);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::GetTupleElement => {
                        let s = src!();
                        let i = u!();
                        let d = dst!();
                        let Some(&e) = s.tuple_elements().and_then(|e| e.get(i)) else {
                            break 'op Err(bad_code!());
                        };
                        put!(d, e);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::PutTuple2 => {
                        let d = dst!();
                        let n = u!();
                        // Built in place: the tuple is allocated, then filled element by
                        // element as the operands are read (no collection can run between).
                        let t = match p.heap.alloc(n + 1) {
                            Some(w) => {
                                w[0] = Term::header(crate::term::Boxed::Tuple, n);
                                w[1..].fill(Term::NIL);
                                Term::boxed_ptr(w.as_ptr())
                            }
                            None => {
                                break 'op Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT)))
                            }
                        };
                        for i in 0..n {
                            let v = src!();
                            t.set_boxed_word(crate::term::Boxed::Tuple, i, v);
                        }
                        put!(d, t);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::SetTupleElement => {
                        let v = src!();
                        let t = src!();
                        let i = u!();
                        if !bif::set_tuple_element_in_place(t, i, v) {
                            break 'op Err(bad_code!());
                        }
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Badmatch => {
                        let v = src!();
                        let t = alloc!(p.heap.tuple(&[Term::atom(atom::BADMATCH), v]));
                        Err(Exception::error(t))
                    }
                    Op::CaseEnd => {
                        let v = src!();
                        let t = alloc!(p.heap.tuple(&[Term::atom(atom::CASE_CLAUSE), v]));
                        Err(Exception::error(t))
                    }
                    Op::TryCaseEnd => {
                        let v = src!();
                        let t = alloc!(p.heap.tuple(&[Term::atom(atom::TRY_CLAUSE), v]));
                        Err(Exception::error(t))
                    }
                    Op::Badrecord => {
                        let v = src!();
                        let t = alloc!(p.heap.tuple(&[Term::atom(atom::BADRECORD), v]));
                        Err(Exception::error(t))
                    }
                    Op::IfEnd => Err(Exception::error(Term::atom(atom::IF_CLAUSE))),
                    Op::Catch | Op::Try => {
                        let d = dst!();
                        let l = label!();
                        put!(d, Term::catch(l as usize));
                        ip = r.pos;
                        Ok(())
                    }
                    Op::CatchEnd => {
                        let d = dst!();
                        put!(d, Term::NIL);
                        if x[0] == NON_VALUE {
                            // x1 class, x2 reason, x3 stack trace.
                            let v = if x[1] == Term::atom(atom::THROW) {
                                x[2]
                            } else if x[1] == Term::atom(atom::ERROR) {
                                let trace = exception::build_stacktrace_term(p, x[3]);
                                let inner = alloc!(p.heap.tuple(&[x[2], trace]));
                                alloc!(p.heap.tuple(&[Term::atom(atom::EXIT_TAG), inner]))
                            } else {
                                alloc!(p.heap.tuple(&[Term::atom(atom::EXIT_TAG), x[2]]))
                            };
                            x[0] = v;
                        }
                        ip = r.pos;
                        Ok(())
                    }
                    Op::TryEnd => {
                        let d = dst!();
                        put!(d, Term::NIL);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::TryCase => {
                        let d = dst!();
                        put!(d, Term::NIL);
                        x[0] = x[1];
                        x[1] = x[2];
                        x[2] = x[3];
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Raise => {
                        let trace = src!();
                        let value = src!();
                        // The stack trace term carries the class (see `exception`).
                        Err(Exception::reraise(p, trace, value))
                    }
                    Op::RawRaise => {
                        let class = x[0];
                        let reason = x[1];
                        let trace = exception::build_stacktrace_term(p, x[2]);
                        match Class::from_atom(class) {
                            Some(c) => Err(Exception {
                                class: c,
                                reason,
                                trace: Some(trace),
                                mfa: None,
                            }),
                            None => Err(Exception::error(Term::atom(atom::BADARG))),
                        }
                    }
                    Op::BuildStacktrace => {
                        x[0] = exception::build_stacktrace_term(p, x[0]);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::CallFun | Op::CallFun2 => {
                        let (arity, fun) = if op == Op::CallFun {
                            let a = u!();
                            (a, x[a])
                        } else {
                            let _tag = src!();
                            let a = u!();
                            let fun = src!();
                            (a, fun)
                        };
                        let callee = match bif::resolve_fun(vm, p, x, fun, arity) {
                            Ok(c) => c,
                            Err(e) => break 'op Err(e),
                        };
                        // A closure's environment follows its arguments in x.
                        let live = arity
                            + bif::closure_info(vm, fun)
                                .map_or(0, |_| fun.boxed_words().len().saturating_sub(2));
                        if ensure_heap(p, x, live, 1).is_err() {
                            break 'op Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT)));
                        }
                        match call(
                            vm,
                            p,
                            x,
                            &mut m,
                            &mut ip,
                            callee,
                            arity,
                            Some(r.pos as u32),
                            0,
                        ) {
                            Ok(Flow::Next) => Ok(()),
                            Ok(Flow::Wait) => return Outcome::Wait,
                            Ok(Flow::Exit) => {
                                return Outcome::Exit(Term::atom(atom::NORMAL), false)
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::MakeFun2 | Op::MakeFun3 => {
                        let idx = u!();
                        let (d, env) = if op == Op::MakeFun3 {
                            let d = dst!();
                            let n = u!();
                            let mut env = alloc::vec::Vec::with_capacity(n);
                            for _ in 0..n {
                                env.push(src!());
                            }
                            (d, env)
                        } else {
                            let Some(l) = module.module.lambdas.get(idx) else {
                                break 'op Err(bad_code!());
                            };
                            (Src::X(0), x[..l.num_free as usize].to_vec())
                        };
                        let fun = alloc!(bif::make_fun(p, &m, idx, &env));
                        put!(d, fun);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Apply | Op::ApplyLast => {
                        let arity = u!();
                        let dealloc = if op == Op::ApplyLast { u!() } else { 0 };
                        let ret = (op == Op::Apply).then_some(r.pos as u32);
                        let (md, fun) = (x[arity], x[arity + 1]);
                        let (View::Atom(ma), View::Atom(fa)) = (md.view(), fun.view()) else {
                            break 'op Err(Exception::error(Term::atom(atom::BADARG)));
                        };
                        let Some(callee) = bif::call_target(vm, ma, fa, arity as u32) else {
                            let args = alloc!(p.heap.list(&x[..arity], Term::NIL));
                            break 'op Err(
                                Exception::error(Term::atom(atom::UNDEF)).with_mfa(md, fun, args)
                            );
                        };
                        if ret.is_some() && ensure_heap(p, x, arity, 1).is_err() {
                            break 'op Err(Exception::error(Term::atom(atom::SYSTEM_LIMIT)));
                        }
                        match call(vm, p, x, &mut m, &mut ip, callee, arity, ret, dealloc) {
                            Ok(Flow::Next) => Ok(()),
                            Ok(Flow::Wait) => return Outcome::Wait,
                            Ok(Flow::Exit) => {
                                return Outcome::Exit(Term::atom(atom::NORMAL), false)
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::Send => {
                        let res = {
                            let mut ctx = Ctx { vm, p, x };
                            let pair = x_to_pair(&ctx);
                            bif::send(&mut ctx, pair)
                        };
                        match res {
                            Ok(v) => {
                                x[0] = v;
                                ip = r.pos;
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::LoopRec => {
                        let l = label!();
                        let d = dst!();
                        match p.mailbox.get(p.recv_pos as usize) {
                            Some(msg) => {
                                let t = msg.term;
                                put!(d, t);
                                ip = r.pos;
                            }
                            None => ip = l as usize,
                        }
                        Ok(())
                    }
                    Op::LoopRecEnd => {
                        let l = label!();
                        p.recv_pos += 1;
                        ip = l as usize;
                        Ok(())
                    }
                    Op::RemoveMessage => {
                        if let Some(msg) = p.mailbox.remove(p.recv_pos as usize) {
                            p.heap.adopt(msg.fragment);
                        }
                        p.recv_pos = 0;
                        p.timed_out = false;
                        p.deadline = None;
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Timeout => {
                        p.recv_pos = 0;
                        p.timed_out = false;
                        p.deadline = None;
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Wait | Op::WaitTimeout => {
                        let l = label!();
                        // The timeout's x register (if it is one) is read again when a
                        // message wakes the process: keep x0..=it across the wait, since the
                        // scheduler's x registers serve other processes meanwhile.
                        let mut keep_x = 0usize;
                        if op == Op::WaitTimeout {
                            let mut peek = r.clone();
                            if let Some(Src::X(n)) = peek.src() {
                                keep_x = n as usize + 1;
                            }
                            let t = src!();
                            if p.timed_out {
                                p.timed_out = false;
                                ip = r.pos;
                                break 'op Ok(());
                            }
                            match t.view() {
                                View::Atom(a) if a == atom::INFINITY => {}
                                View::Small(ms) if ms >= 0 => {
                                    if ms == 0 {
                                        ip = r.pos;
                                        break 'op Ok(());
                                    }
                                    if p.deadline.is_none() {
                                        p.deadline = Some(vm.platform.now_ms() + ms as u64);
                                    }
                                }
                                _ => {
                                    break 'op Err(Exception::error(Term::atom(
                                        atom::TIMEOUT_VALUE,
                                    )));
                                }
                            }
                        }
                        // Every message so far has been looked at: sleep until a new one or
                        // the timeout, then go on from the label with the first new message.
                        p.recv_pos = p.mailbox.len() as u32;
                        if keep_x > 0 && keep_x <= x.len() {
                            p.saved_x.clear();
                            p.saved_x.extend_from_slice(&x[..keep_x]);
                        }
                        p.ip = l;
                        p.module = m;
                        p.status = Status::Waiting;
                        return Outcome::Wait;
                    }
                    Op::RecvMarkerBind
                    | Op::RecvMarkerClear
                    | Op::RecvMarkerReserve
                    | Op::RecvMarkerUse
                    | Op::RecvMark
                    | Op::RecvSet => {
                        // Receive markers are an optimisation OTP may use to skip old messages;
                        // scanning from the start of the mailbox gives the same results.
                        for &k in op.spec().kinds {
                            if r.skip(k).is_none() {
                                break 'op Err(bad_code!());
                            }
                        }
                        if op == Op::RecvMarkerReserve {
                            // Its destination gets a marker value.
                            let mut rr = CodeReader::new(code, ip + 1);
                            if let Some(d) = rr.src() {
                                put!(d, Term::NIL);
                            }
                        }
                        ip = r.pos;
                        Ok(())
                    }
                    Op::UpdateRecord => {
                        // A copy of the Size-tuple Src with the listed (1-based) fields set.
                        let _hint = src!();
                        let size = u!();
                        let t = src!();
                        let d = dst!();
                        let n = u!();
                        let Some(elems) = t.tuple_elements().filter(|e| e.len() == size) else {
                            break 'op Err(bad_code!());
                        };
                        let mut v = elems.to_vec();
                        for _ in 0..n / 2 {
                            let i = src!();
                            let val = src!();
                            match i.view() {
                                View::Small(i) if i >= 1 && (i as usize) <= v.len() => {
                                    v[i as usize - 1] = val
                                }
                                _ => break 'op Err(bad_code!()),
                            }
                        }
                        let nt = alloc!(p.heap.tuple(&v));
                        put!(d, nt);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::BsCreateBin => {
                        let fail = label!();
                        let _alloc = u!();
                        let _live = u!();
                        let _unit = u!();
                        let d = dst!();
                        let n = u!();
                        let mut segs = alloc::vec::Vec::with_capacity(n);
                        for _ in 0..n {
                            segs.push(src!());
                        }
                        match bits::create(vm, p, &segs, &module.module.strings) {
                            Ok(t) => {
                                put!(d, t);
                                ip = r.pos;
                                Ok(())
                            }
                            Err(_) if fail != NO_LABEL => {
                                ip = fail as usize;
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::BsInitWritable => {
                        // x0: a size hint in, an empty binary to append to out.
                        x[0] = alloc!(p.heap.binary(&[]));
                        ip = r.pos;
                        Ok(())
                    }
                    Op::BsStartMatch3 | Op::BsStartMatch4 => {
                        let fail = label!();
                        let (bin, d) = if op == Op::BsStartMatch3 {
                            let bin = src!();
                            let _live = u!();
                            (bin, dst!())
                        } else {
                            let _live = u!();
                            let bin = src!();
                            (bin, dst!())
                        };
                        match bits::start_match(p, bin) {
                            Ok(Some(c)) => {
                                put!(d, c);
                                ip = r.pos;
                                Ok(())
                            }
                            Ok(None) if fail != NO_LABEL => {
                                ip = fail as usize;
                                Ok(())
                            }
                            Ok(None) => Err(Exception::error(Term::atom(atom::BADARG))),
                            Err(e) => Err(e),
                        }
                    }
                    Op::BsGetPosition => {
                        let c = src!();
                        let d = dst!();
                        let _live = u!();
                        let Some((_, _, off)) = bits::ctx(c) else {
                            break 'op Err(bad_code!());
                        };
                        put!(d, Term::small(off as isize));
                        ip = r.pos;
                        Ok(())
                    }
                    Op::BsSetPosition => {
                        let c = src!();
                        let pos = src!();
                        let View::Small(pos) = pos.view() else {
                            break 'op Err(bad_code!());
                        };
                        if !bits::set_offset(c, pos as usize) {
                            break 'op Err(bad_code!());
                        }
                        ip = r.pos;
                        Ok(())
                    }
                    Op::BsGetTail => {
                        let c = src!();
                        let d = dst!();
                        let _live = u!();
                        match bits::tail(p, c) {
                            Ok(t) => {
                                put!(d, t);
                                ip = r.pos;
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::BsTestTail2 | Op::BsTestUnit => {
                        let fail = label!();
                        let c = src!();
                        let n = u!();
                        let ok = bits::remaining(c).is_some_and(|left| {
                            if op == Op::BsTestTail2 {
                                left == n
                            } else {
                                n == 0 || left.is_multiple_of(n)
                            }
                        });
                        ip = if ok { r.pos } else { fail as usize };
                        Ok(())
                    }
                    Op::BsSkipBits2 => {
                        let fail = label!();
                        let c = src!();
                        let size = src!();
                        let unit = u!();
                        let _flags = u!();
                        let n = match size.view() {
                            View::Small(k) if k >= 0 => Some(k as usize * unit),
                            View::Atom(_) => bits::remaining(c)
                                .filter(|left| unit == 0 || left.is_multiple_of(unit)),
                            _ => None,
                        };
                        let ok = n.is_some_and(|n| bits::skip(c, n));
                        ip = if ok { r.pos } else { fail as usize };
                        Ok(())
                    }
                    Op::BsGetInteger2 | Op::BsGetBinary2 | Op::BsGetFloat2 => {
                        let fail = label!();
                        let c = src!();
                        let _live = u!();
                        let size = src!();
                        let unit = u!();
                        let flags = u!() as u32;
                        let d = dst!();
                        let n = match size.view() {
                            View::Small(k) if k >= 0 => Some(k as usize * unit),
                            View::Atom(_) if op == Op::BsGetBinary2 => None,
                            _ => {
                                ip = fail as usize;
                                break 'op Ok(());
                            }
                        };
                        let got = match op {
                            Op::BsGetInteger2 => bits::get_integer(p, c, n.unwrap_or(0), flags),
                            Op::BsGetBinary2 => bits::get_binary(p, c, n, unit),
                            #[cfg(feature = "float")]
                            _ => bits::get_float(p, c, n.unwrap_or(0), flags),
                            #[cfg(not(feature = "float"))]
                            _ => Err(crate::feature::unsupported(&mut p.heap, atom::FLOAT)),
                        };
                        match got {
                            Ok(Some(t)) => {
                                put!(d, t);
                                ip = r.pos;
                                Ok(())
                            }
                            Ok(None) => {
                                ip = fail as usize;
                                Ok(())
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Op::BsMatchString => {
                        let fail = label!();
                        let c = src!();
                        let n = u!();
                        let off = u!();
                        let expected = module
                            .module
                            .strings
                            .get(off..off + n.div_ceil(8))
                            .unwrap_or(&[]);
                        ip = if bits::match_bits(c, expected, n) {
                            r.pos
                        } else {
                            fail as usize
                        };
                        Ok(())
                    }
                    Op::BsGetUtf8
                    | Op::BsSkipUtf8
                    | Op::BsGetUtf16
                    | Op::BsSkipUtf16
                    | Op::BsGetUtf32
                    | Op::BsSkipUtf32 => {
                        let fail = label!();
                        let c = src!();
                        let _live = u!();
                        let flags = u!() as u32;
                        let d = if matches!(op, Op::BsGetUtf8 | Op::BsGetUtf16 | Op::BsGetUtf32) {
                            Some(dst!())
                        } else {
                            None
                        };
                        let got = match op {
                            Op::BsGetUtf8 | Op::BsSkipUtf8 => bits::get_utf8(c),
                            Op::BsGetUtf16 | Op::BsSkipUtf16 => bits::get_utf16(c, flags),
                            _ => bits::get_utf32(c, flags),
                        };
                        match got {
                            Some(ch) => {
                                if let Some(d) = d {
                                    put!(d, ch);
                                }
                                ip = r.pos;
                            }
                            None => ip = fail as usize,
                        }
                        Ok(())
                    }
                    Op::BsMatch => {
                        let fail = label!();
                        let c = src!();
                        let n = u!();
                        let mut raw = alloc::vec::Vec::with_capacity(n);
                        for _ in 0..n {
                            match r.src() {
                                Some(s) => raw.push(s),
                                None => break 'op Err(bad_code!()),
                            }
                        }
                        let val = |p: &Process, i: usize| -> Term {
                            raw.get(i)
                                .and_then(|&s| read_src(p, x, &f, s))
                                .unwrap_or(Term::NIL)
                        };
                        let int = |t: Term| match t.view() {
                            View::Small(k) if k >= 0 => k as usize,
                            _ => 0,
                        };
                        let mut i = 0;
                        let mut outputs: alloc::vec::Vec<(Src, Term)> = alloc::vec::Vec::new();
                        let mut matched = true;
                        while i < raw.len() {
                            let cmd = val(p, i).atom_value_opt();
                            let left = bits::remaining(c).unwrap_or(0);
                            match cmd {
                                Some(a) if a == atom::ENSURE_AT_LEAST => {
                                    let (stride, unit) = (int(val(p, i + 1)), int(val(p, i + 2)));
                                    matched = left >= stride
                                        && (unit <= 1 || (left - stride).is_multiple_of(unit));
                                    i += 3;
                                }
                                Some(a) if a == atom::ENSURE_EXACTLY => {
                                    matched = left == int(val(p, i + 1));
                                    i += 2;
                                }
                                Some(a) if a == atom::INTEGER || a == atom::BINARY => {
                                    let flags = bits::flags_of(val(p, i + 2));
                                    let size = val(p, i + 3);
                                    let unit = int(val(p, i + 4));
                                    let dst = raw.get(i + 5).copied().unwrap_or(Src::X(0));
                                    let bitsz = match size.view() {
                                        View::Small(k) if k >= 0 => Some(k as usize * unit),
                                        _ => None,
                                    };
                                    let got = if a == atom::INTEGER {
                                        bits::get_integer(p, c, bitsz.unwrap_or(0), flags)
                                    } else {
                                        bits::get_binary(p, c, bitsz, unit)
                                    };
                                    match got {
                                        Ok(Some(t)) => outputs.push((dst, t)),
                                        Ok(None) => matched = false,
                                        Err(e) => break 'op Err(e),
                                    }
                                    i += 6;
                                }
                                Some(a) if a == atom::EQUAL => {
                                    let nbits = int(val(p, i + 2));
                                    let want = val(p, i + 3);
                                    match bits::get_integer(p, c, nbits, 0) {
                                        Ok(Some(t)) => matched = exact_eq(t, want),
                                        Ok(None) => matched = false,
                                        Err(e) => break 'op Err(e),
                                    }
                                    i += 4;
                                }
                                Some(a) if a == atom::SKIP => {
                                    matched = bits::skip(c, int(val(p, i + 1)));
                                    i += 2;
                                }
                                Some(a) if a == atom::GET_TAIL => {
                                    let dst = raw.get(i + 3).copied().unwrap_or(Src::X(0));
                                    match bits::tail(p, c) {
                                        Ok(t) => outputs.push((dst, t)),
                                        Err(e) => break 'op Err(e),
                                    }
                                    i += 4;
                                }
                                _ => break 'op Err(bad_code!()),
                            }
                            if !matched {
                                break;
                            }
                        }
                        if !matched {
                            ip = fail as usize;
                            break 'op Ok(());
                        }
                        for (d, t) in outputs {
                            put!(d, t);
                        }
                        ip = r.pos;
                        Ok(())
                    }
                    Op::PutMapAssoc | Op::PutMapExact => {
                        let _fail = label!();
                        let map = src!();
                        let d = dst!();
                        let _live = u!();
                        let n = u!();
                        let mut ups = alloc::vec::Vec::with_capacity(n / 2);
                        for _ in 0..n / 2 {
                            let k = src!();
                            let v = src!();
                            ups.push((k, v));
                        }
                        match bif::maps::update(vm, p, map, &ups, op == Op::PutMapExact) {
                            Ok(t) => put!(d, t),
                            Err(e) => break 'op Err(e),
                        }
                        ip = r.pos;
                        Ok(())
                    }
                    Op::GetMapElements | Op::HasMapFields => {
                        let l = label!();
                        let map = src!();
                        let n = u!();
                        let step = if op == Op::GetMapElements { 2 } else { 1 };
                        let mut wanted = alloc::vec::Vec::with_capacity(n / step);
                        for _ in 0..n / step {
                            let k = src!();
                            let d = if step == 2 { Some(dst!()) } else { None };
                            wanted.push((k, d));
                        }
                        let mut found = alloc::vec::Vec::with_capacity(wanted.len());
                        for &(k, _) in &wanted {
                            match bif::maps::lookup(vm, map, k) {
                                Some(v) => found.push(v),
                                None => {
                                    ip = l as usize;
                                    break 'op Ok(());
                                }
                            }
                        }
                        for (&(_, d), &v) in wanted.iter().zip(&found) {
                            if let Some(d) = d {
                                put!(d, v);
                            }
                        }
                        ip = r.pos;
                        Ok(())
                    }
                    // Float registers: the compiler turns float arithmetic (even a lone
                    // `X / Y`) into fconv + fdiv...; without the `float` feature every one of
                    // these instructions raises `{unsupported, {feature, float}}`.
                    #[cfg(not(feature = "float"))]
                    Op::Fconv
                    | Op::FmoveIn
                    | Op::FmoveOut
                    | Op::Fmove
                    | Op::Fadd
                    | Op::Fsub
                    | Op::Fmul
                    | Op::Fdiv
                    | Op::Fnegate => Err(crate::feature::unsupported(&mut p.heap, atom::FLOAT)),
                    #[cfg(feature = "float")]
                    Op::Fconv | Op::FmoveIn => {
                        let s = src!();
                        let fr = u!();
                        let f = match (op, s.view()) {
                            (_, View::Float(f)) => f,
                            (Op::Fconv, View::Small(n)) => n as f64,
                            (Op::Fconv, View::Big(..)) => match bif::arith::number_to_f64(s) {
                                Some(f) => f,
                                None => {
                                    break 'op Err(Exception::error(Term::atom(atom::BADARITH)))
                                }
                            },
                            _ => break 'op Err(Exception::error(Term::atom(atom::BADARITH))),
                        };
                        set_fr(p, fr, f);
                        ip = r.pos;
                        Ok(())
                    }
                    #[cfg(feature = "float")]
                    Op::FmoveOut => {
                        let fr = u!();
                        let d = dst!();
                        let f = p.ext_ref().fr.get(fr).copied().unwrap_or(0.0);
                        let t = alloc!(p.heap.float(f));
                        put!(d, t);
                        ip = r.pos;
                        Ok(())
                    }
                    #[cfg(feature = "float")]
                    Op::Fmove => {
                        let a = u!();
                        let b = u!();
                        let f = p.ext_ref().fr.get(a).copied().unwrap_or(0.0);
                        set_fr(p, b, f);
                        ip = r.pos;
                        Ok(())
                    }
                    #[cfg(feature = "float")]
                    Op::Fadd | Op::Fsub | Op::Fmul | Op::Fdiv | Op::Fnegate => {
                        let _fail = label!();
                        let a = p.ext_ref().fr.get(u!()).copied().unwrap_or(0.0);
                        let b = if op == Op::Fnegate {
                            0.0
                        } else {
                            p.ext_ref().fr.get(u!()).copied().unwrap_or(0.0)
                        };
                        let d = u!();
                        let v = match op {
                            Op::Fadd => a + b,
                            Op::Fsub => a - b,
                            Op::Fmul => a * b,
                            Op::Fdiv => a / b,
                            _ => -a,
                        };
                        if !v.is_finite() {
                            break 'op Err(Exception::error(Term::atom(atom::BADARITH)));
                        }
                        set_fr(p, d, v);
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Fcheckerror => {
                        let _ = label!();
                        ip = r.pos;
                        Ok(())
                    }
                    Op::Fclearerror | Op::OnLoad | Op::NifStart => {
                        ip = r.pos;
                        Ok(())
                    }
                    other => Err(Exception::error(alloc!(p.heap.tuple(&[
                        Term::atom(atom::UNSUPPORTED),
                        Term::atom(bif::op_atom(vm, other)),
                    ])))),
                }
            };
            if let Err(e) = result {
                if let Err((reason, crashed)) =
                    exception::handle(vm, p, x, &mut m, &mut ip, e, r.pos)
                {
                    return Outcome::Exit(reason, crashed);
                }
            }
            if !Arc::ptr_eq(&m, &module) {
                break;
            }
        }
    }
}

/// How execution goes on after a call.
enum Flow {
    /// At `m`/`ip`.
    Next,
    /// The process waits (a BIF suspended it); its state is saved.
    Wait,
    /// The process's first function returned.
    Exit,
}

/// Call `callee` with `arity` arguments in x. A body call (`ret` = the offset to return to
/// in `m`) pushes a continuation pointer (the caller has made room for it); a tail call
/// drops `dealloc` stack words first, and a BIF called in tail position returns to the
/// caller's caller.
#[allow(clippy::too_many_arguments)]
fn call(
    vm: &Vm,
    p: &mut Process,
    x: &mut [Term],
    m: &mut Arc<LoadedModule>,
    ip: &mut usize,
    callee: bif::CallTarget,
    arity: usize,
    ret: Option<u32>,
    dealloc: usize,
) -> Result<Flow, Exception> {
    let enter = |p: &mut Process, m: &mut Arc<LoadedModule>, ip: &mut usize, tm, entry: u32| {
        match ret {
            Some(offset) => {
                let cp = Cp {
                    module: m.index,
                    offset,
                };
                p.heap
                    .push(cp.to_term())
                    .map_err(|_| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))?;
            }
            None => p.heap.free_stack(dealloc),
        }
        *m = tm;
        *ip = entry as usize;
        Ok(Flow::Next)
    };
    match callee {
        bif::CallTarget::Code(tm, entry) => enter(p, m, ip, tm, entry),
        bif::CallTarget::Bif(bf) => {
            // The arguments leave the x registers (the BIF may write them); most BIFs take
            // few, so no allocation for those.
            let mut small = [Term::NIL; 8];
            let big;
            let args: &[Term] = if arity <= small.len() {
                small[..arity].copy_from_slice(&x[..arity]);
                &small[..arity]
            } else {
                big = x[..arity].to_vec();
                &big
            };
            let res = {
                let mut ctx = Ctx { vm, p, x };
                bf(&mut ctx, args)?
            };
            match res {
                bif::BifResult::Value(v) => {
                    x[0] = v;
                    match ret {
                        Some(offset) => {
                            *ip = offset as usize;
                            Ok(Flow::Next)
                        }
                        None => {
                            p.heap.free_stack(dealloc);
                            Ok(match pop_cp(vm, p, m, ip) {
                                Some(()) => Flow::Next,
                                None => Flow::Exit,
                            })
                        }
                    }
                }
                // apply/3 and friends: continue in Erlang code.
                bif::BifResult::Jump(tm, entry, _) => enter(p, m, ip, tm, entry),
                bif::BifResult::Wait => {
                    // The BIF ended or suspended the process (halt, an exit signal to
                    // itself): it resumes after the call.
                    x[0] = Term::atom(atom::TRUE);
                    p.ip = ret.unwrap_or(*ip as u32);
                    p.module = m.clone();
                    Ok(Flow::Wait)
                }
            }
        }
    }
}

#[cfg(feature = "float")]
fn set_fr(p: &mut Process, i: usize, f: f64) {
    let fr = &mut p.ext().fr;
    if fr.len() <= i {
        fr.resize(i + 1, 0.0);
    }
    fr[i] = f;
}

fn x_to_pair(ctx: &Ctx) -> (Term, Term) {
    (ctx.x[0], ctx.x[1])
}

/// Return to the continuation pointer on top of the stack; `None` when the stack is empty
/// (the process's first function returned).
fn pop_cp(vm: &Vm, p: &mut Process, m: &mut Arc<LoadedModule>, ip: &mut usize) -> Option<()> {
    let t = p.heap.pop()?;
    let cp = Cp::from_term(t)?;
    if cp.module != m.index {
        *m = vm.module_at(cp.module)?;
    }
    *ip = cp.offset as usize;
    Some(())
}
