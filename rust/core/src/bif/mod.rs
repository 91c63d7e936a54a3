//! Built-in functions: the table that imports are resolved against at load time, and the
//! BIFs of the `erlang` module that compiled code calls directly.
//!
//! A BIF gets its arguments and a context (the VM, the running process and its x
//! registers); it returns a value, or an exception (`badarg` for a wrong argument — never a
//! panic).

pub mod arith;
pub mod binary;
#[cfg(feature = "etf")]
mod etf;
#[cfg(not(feature = "etf"))]
mod etf_off;
#[cfg(not(feature = "etf"))]
use etf_off as etf;
#[cfg(feature = "ets")]
pub mod ets;
#[cfg(feature = "float")]
pub mod float_fmt;
mod format;
pub mod maps;
#[cfg(feature = "float")]
pub mod math;
mod procs;
mod time;

use crate::sync::Arc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::atom::{self, Atom};
use crate::exec::Exception;
use crate::process::Process;
use crate::term::build::TermAlloc;
use crate::term::{compare, exact_eq, Boxed, Term, View};
use crate::translate::ops::Op;
use crate::vm::{LoadedModule, Vm};

pub use procs::send;

/// Without the `float` feature the float BIFs stay registered and raise
/// `{unsupported, {feature, float}}` (no float can exist to pass them).
#[cfg(not(feature = "float"))]
pub mod float_fmt {
    crate::feature_off_bifs!(FLOAT: float_to_list, float_to_binary, binary_to_float, list_to_float);
}

/// Without the `float` feature every `math` BIF raises `{unsupported, {feature, float}}`.
#[cfg(not(feature = "float"))]
pub mod math {
    crate::feature_off_bifs!(FLOAT:
        sqrt, sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, asinh, acosh, atanh, exp, log,
        log2, log10, ceil, floor, erf, erfc, pow, atan2, fmod, pi);
}

/// Without the `ets` feature every `ets` BIF raises `{unsupported, {feature, ets}}`.
#[cfg(not(feature = "ets"))]
pub mod ets {
    crate::feature_off_bifs!(ETS:
        new, insert, insert_new, lookup, lookup_element, member, delete1, delete2, delete_object,
        delete_all_objects, take, tab2list, whereis, all, info1, info2, update_counter3,
        update_counter4, update_element, first, last, next, prev, select, select_count,
        select_delete, match2, match_object, match_delete, give_away);
}

/// Write a term as `~p` does (without line breaking) into `out`.
pub fn write_p_into(out: &mut String, t: Term, atoms: &crate::atom::AtomTable) {
    format::write_p(out, t, atoms)
}

/// What a BIF gets.
pub struct Ctx<'a> {
    pub vm: &'a Vm,
    pub p: &'a mut Process,
    pub x: &'a mut [Term],
}

/// What a BIF gives back.
pub enum BifResult {
    Value(Term),
    /// Continue in Erlang code (apply): the module, entry, and argument count in x regs.
    Jump(Arc<LoadedModule>, u32, usize),
    /// The process waits (receive-like BIFs).
    Wait,
}

pub type BifFn = fn(&mut Ctx, &[Term]) -> Result<BifResult, Exception>;

pub(crate) fn badarg() -> Exception {
    Exception::error(Term::atom(atom::BADARG))
}

pub(crate) fn ok(t: Term) -> Result<BifResult, Exception> {
    Ok(BifResult::Value(t))
}

pub(crate) fn boolean(b: bool) -> Term {
    Term::atom(if b { atom::TRUE } else { atom::FALSE })
}

pub(crate) fn oom() -> Exception {
    Exception::error(Term::atom(atom::SYSTEM_LIMIT))
}

/// An integer term for `v`: a small integer, else a bignum, or without the `bignum` feature
/// `{unsupported, {feature, bignum}}`.
pub(crate) fn int_term(heap: &mut dyn TermAlloc, v: i128) -> Result<Term, Exception> {
    #[cfg(feature = "bignum")]
    {
        heap.int128(v).ok_or_else(oom)
    }
    #[cfg(not(feature = "bignum"))]
    {
        Term::small_i128(v).ok_or_else(|| crate::feature::unsupported(heap, atom::BIGNUM))
    }
}

/// An integer term from a sign and magnitude digits (least significant first), as
/// `int_term`.
pub(crate) fn int_of_digits(
    heap: &mut dyn TermAlloc,
    negative: bool,
    digits: &[usize],
) -> Result<Term, Exception> {
    #[cfg(feature = "bignum")]
    {
        heap.integer(negative, digits).ok_or_else(oom)
    }
    #[cfg(not(feature = "bignum"))]
    {
        crate::term::build::small_of_digits(negative, digits)
            .ok_or_else(|| crate::feature::unsupported(heap, atom::BIGNUM))
    }
}

macro_rules! bifs {
    ($($m:literal : $f:literal / $a:literal => $fun:path;)*) => {
        const TABLE: &[(&str, &str, u32, BifFn)] = &[$(($m, $f, $a, $fun),)*];
    };
}

bifs! {
    "erlang":"+"/2 => arith::add;
    "erlang":"-"/2 => arith::sub;
    "erlang":"*"/2 => arith::mul;
    "erlang":"div"/2 => arith::div;
    "erlang":"rem"/2 => arith::rem;
    "erlang":"band"/2 => arith::band;
    "erlang":"bor"/2 => arith::bor;
    "erlang":"bxor"/2 => arith::bxor;
    "erlang":"bsl"/2 => arith::bsl;
    "erlang":"bsr"/2 => arith::bsr;
    "erlang":"bnot"/1 => arith::bnot;
    "erlang":"-"/1 => arith::neg;
    "erlang":"+"/1 => arith::plus;
    "erlang":"abs"/1 => arith::abs;
    "erlang":"/"/2 => arith::fdiv;
    "erlang":"float"/1 => arith::float;
    "erlang":"round"/1 => arith::round;
    "erlang":"trunc"/1 => arith::trunc;
    "erlang":"ceil"/1 => arith::ceil;
    "erlang":"floor"/1 => arith::floor;
    "erlang":"fun_info"/2 => fun_info;
    "erlang":"map_size"/1 => maps::map_size;
    "erlang":"map_get"/2 => maps::map_get;
    "erlang":"is_map_key"/2 => maps::is_map_key;
    "maps":"get"/2 => maps::get;
    "maps":"get"/3 => maps::get3;
    "maps":"find"/2 => maps::find;
    "maps":"put"/3 => maps::put;
    "maps":"remove"/2 => maps::remove;
    "maps":"is_key"/2 => maps::is_key;
    "maps":"keys"/1 => maps::keys;
    "maps":"values"/1 => maps::values;
    "maps":"to_list"/1 => maps::to_list;
    "maps":"from_list"/1 => maps::from_list;
    "maps":"size"/1 => maps::map_size;
    "maps":"merge"/2 => maps::merge;
    "maps":"new"/0 => maps::new;
    "erts_internal":"mc_iterator"/1 => maps::mc_iterator;
    "erts_internal":"mc_refill"/1 => maps::mc_refill;
    "erlang":"=="/2 => eq;
    "erlang":"/="/2 => ne;
    "erlang":"=:="/2 => eq_exact;
    "erlang":"=/="/2 => ne_exact;
    "erlang":"<"/2 => lt;
    "erlang":">"/2 => gt;
    "erlang":"=<"/2 => le;
    "erlang":">="/2 => ge;
    "erlang":"min"/2 => min;
    "erlang":"max"/2 => max;
    "erlang":"and"/2 => and;
    "erlang":"or"/2 => or;
    "erlang":"xor"/2 => xor;
    "erlang":"not"/1 => not;
    "erlang":"is_atom"/1 => is_atom;
    "erlang":"is_integer"/1 => is_integer;
    "erlang":"is_float"/1 => is_float;
    "erlang":"is_number"/1 => is_number;
    "erlang":"is_list"/1 => is_list;
    "erlang":"is_tuple"/1 => is_tuple;
    "erlang":"is_pid"/1 => is_pid;
    "erlang":"is_reference"/1 => is_reference;
    "erlang":"is_port"/1 => is_port;
    "erlang":"is_binary"/1 => is_binary;
    "erlang":"is_bitstring"/1 => is_bitstring;
    "erlang":"is_boolean"/1 => is_boolean;
    "erlang":"is_function"/1 => is_function;
    "erlang":"is_function"/2 => is_function2;
    "erlang":"is_map"/1 => is_map;
    "erlang":"element"/2 => element;
    "erlang":"setelement"/3 => setelement;
    "erlang":"tuple_size"/1 => tuple_size;
    "erlang":"size"/1 => tuple_size;
    "erlang":"make_tuple"/2 => make_tuple;
    "erlang":"make_tuple"/3 => make_tuple3;
    "erlang":"make_fun"/3 => make_export_fun;
    "erlang":"function_exported"/3 => function_exported;
    "erlang":"pid_to_list"/1 => pid_to_list;
    "erlang":"list_to_pid"/1 => list_to_pid;
    "binary":"compile_pattern"/1 => binary::compile_pattern;
    "binary":"longest_common_prefix"/1 => binary::longest_common_prefix;
    "binary":"longest_common_suffix"/1 => binary::longest_common_suffix;
    "binary":"referenced_byte_size"/1 => binary::referenced_byte_size;
    "ets":"new"/2 => ets::new;
    "ets":"insert"/2 => ets::insert;
    "ets":"insert_new"/2 => ets::insert_new;
    "ets":"lookup"/2 => ets::lookup;
    "ets":"lookup_element"/3 => ets::lookup_element;
    "ets":"member"/2 => ets::member;
    "ets":"delete"/1 => ets::delete1;
    "ets":"delete"/2 => ets::delete2;
    "ets":"delete_object"/2 => ets::delete_object;
    "ets":"delete_all_objects"/1 => ets::delete_all_objects;
    "ets":"take"/2 => ets::take;
    "ets":"tab2list"/1 => ets::tab2list;
    "ets":"whereis"/1 => ets::whereis;
    "ets":"all"/0 => ets::all;
    "ets":"info"/1 => ets::info1;
    "ets":"info"/2 => ets::info2;
    "ets":"update_counter"/3 => ets::update_counter3;
    "ets":"update_counter"/4 => ets::update_counter4;
    "ets":"update_element"/3 => ets::update_element;
    "ets":"first"/1 => ets::first;
    "ets":"last"/1 => ets::last;
    "ets":"next"/2 => ets::next;
    "ets":"prev"/2 => ets::prev;
    "ets":"select"/2 => ets::select;
    "ets":"select_count"/2 => ets::select_count;
    "ets":"select_delete"/2 => ets::select_delete;
    "ets":"match"/2 => ets::match2;
    "ets":"match_object"/2 => ets::match_object;
    "ets":"match_delete"/2 => ets::match_delete;
    "ets":"give_away"/3 => ets::give_away;
    "erlang":"get_keys"/1 => procs::get_keys_of;
    "erlang":"garbage_collect"/0 => garbage_collect;
    "erlang":"garbage_collect"/1 => garbage_collect;
    "erlang":"append_element"/2 => append_element;
    "erlang":"insert_element"/3 => insert_element;
    "erlang":"delete_element"/2 => delete_element;
    "erlang":"registered"/0 => procs::registered;
    "erlang":"read_timer"/1 => procs::read_timer;
    "erlang":"ports"/0 => ports;
    "erlang":"processes"/0 => procs::processes;
    "erlang":"tuple_to_list"/1 => tuple_to_list;
    "erlang":"list_to_tuple"/1 => list_to_tuple;
    "erlang":"length"/1 => length;
    "erlang":"hd"/1 => hd;
    "erlang":"tl"/1 => tl;
    "erlang":"++"/2 => append;
    "erlang":"--"/2 => subtract;
    "erlang":"atom_to_list"/1 => atom_to_list;
    "erlang":"list_to_atom"/1 => list_to_atom;
    "erlang":"list_to_existing_atom"/1 => list_to_existing_atom;
    "erlang":"integer_to_list"/1 => arith::integer_to_list;
    "erlang":"integer_to_list"/2 => arith::integer_to_list;
    "erlang":"list_to_integer"/1 => arith::list_to_integer;
    "erlang":"list_to_integer"/2 => arith::list_to_integer;
    "erlang":"display"/1 => format::display;
    "erlang":"throw"/1 => throw;
    "erlang":"error"/1 => error;
    "erlang":"error"/2 => error2;
    "erlang":"exit"/1 => exit;
    "erlang":"raise"/3 => raise;
    "erlang":"nif_error"/1 => error;
    "erlang":"nif_error"/2 => error2;
    "erlang":"self"/0 => procs::self_;
    "erlang":"node"/0 => node;
    "erlang":"node"/1 => node;
    "erlang":"spawn"/1 => procs::spawn_fun;
    "erlang":"spawn"/3 => procs::spawn_mfa;
    "erlang":"spawn_link"/1 => procs::spawn_link_fun;
    "erlang":"spawn_link"/3 => procs::spawn_link_mfa;
    "erlang":"spawn_monitor"/1 => procs::spawn_monitor_fun;
    "erlang":"spawn_monitor"/3 => procs::spawn_monitor_mfa;
    "erlang":"spawn_opt"/2 => procs::spawn_opt_fun;
    "erlang":"spawn_opt"/4 => procs::spawn_opt_mfa;
    "erlang":"!"/2 => procs::send_bif;
    "erlang":"send"/2 => procs::send_bif;
    "erlang":"exit"/2 => procs::exit2;
    "erlang":"link"/1 => procs::link;
    "erlang":"unlink"/1 => procs::unlink;
    "erlang":"monitor"/2 => procs::monitor;
    "erlang":"demonitor"/1 => procs::demonitor;
    "erlang":"demonitor"/2 => procs::demonitor;
    "erlang":"register"/2 => procs::register;
    "erlang":"unregister"/1 => procs::unregister;
    "erlang":"whereis"/1 => procs::whereis;
    "erlang":"make_ref"/0 => procs::make_ref;
    "erlang":"is_process_alive"/1 => procs::is_process_alive;
    "erlang":"process_flag"/2 => procs::process_flag;
    "erlang":"process_info"/2 => procs::process_info;
    "erlang":"put"/2 => procs::put;
    "erlang":"get"/1 => procs::get;
    "erlang":"get"/0 => procs::get_all;
    "erlang":"get_keys"/0 => procs::get_keys;
    "erlang":"erase"/1 => procs::erase;
    "erlang":"erase"/0 => procs::erase_all;
    "erlang":"send_after"/3 => procs::send_after;
    "erlang":"start_timer"/3 => procs::start_timer;
    "erlang":"cancel_timer"/1 => procs::cancel_timer;
    "erlang":"system_info"/1 => procs::system_info;
    "erlang":"memory"/0 => procs::memory0;
    "erlang":"term_to_binary"/1 => etf::term_to_binary1;
    "erlang":"term_to_binary"/2 => etf::term_to_binary2;
    "erlang":"term_to_iovec"/1 => etf::term_to_iovec1;
    "erlang":"term_to_iovec"/2 => etf::term_to_iovec2;
    "erlang":"binary_to_term"/1 => etf::binary_to_term1;
    "erlang":"binary_to_term"/2 => etf::binary_to_term2;
    "erlang":"external_size"/1 => etf::external_size1;
    "erlang":"external_size"/2 => etf::external_size2;
    "erlang":"memory"/1 => procs::memory1;
    "erlang":"monotonic_time"/0 => time::monotonic_time0;
    "erlang":"monotonic_time"/1 => time::monotonic_time1;
    "erlang":"convert_time_unit"/3 => time::convert_time_unit;
    "erlang":"apply"/2 => apply2;
    "erlang":"apply"/3 => apply3;
    "erlang":"halt"/0 => procs::halt;
    "erlang":"halt"/1 => procs::halt;
    "erlang":"get_module_info"/1 => module_info1;
    "erlang":"get_module_info"/2 => module_info2;
    "lists":"reverse"/2 => lists_reverse;
    "lists":"member"/2 => lists_member;
    "lists":"keyfind"/3 => lists_keyfind;
    "atomvm":"read_priv"/2 => read_priv;
    "atomvm":"put_chars"/2 => format::put_chars;
    "atomvm":"format_fast"/3 => format::format_fast;
    "erlang":"ref_to_list"/1 => format::ref_to_list;
    "erlang":"port_to_list"/1 => format::port_to_list;
    "erlang":"fun_to_list"/1 => format::fun_to_list;
    "erlang":"byte_size"/1 => binary::byte_size;
    "erlang":"bit_size"/1 => binary::bit_size;
    "erlang":"binary_to_list"/1 => binary::binary_to_list;
    "erlang":"binary_to_list"/3 => binary::binary_to_list3;
    "erlang":"bitstring_to_list"/1 => binary::bitstring_to_list;
    "erlang":"list_to_binary"/1 => binary::list_to_binary;
    "erlang":"list_to_bitstring"/1 => binary::list_to_bitstring;
    "erlang":"iolist_to_binary"/1 => binary::iolist_to_binary;
    "erlang":"iolist_size"/1 => binary::iolist_size;
    "erlang":"binary_part"/2 => binary::binary_part2;
    "erlang":"binary_part"/3 => binary::binary_part3;
    "erlang":"split_binary"/2 => binary::split_binary;
    "erlang":"atom_to_binary"/1 => binary::atom_to_binary;
    "erlang":"atom_to_binary"/2 => binary::atom_to_binary;
    "erlang":"binary_to_atom"/1 => binary::binary_to_atom;
    "erlang":"binary_to_atom"/2 => binary::binary_to_atom;
    "erlang":"binary_to_existing_atom"/1 => binary::binary_to_existing_atom;
    "erlang":"binary_to_existing_atom"/2 => binary::binary_to_existing_atom;
    "erlang":"integer_to_binary"/1 => binary::integer_to_binary;
    "erlang":"integer_to_binary"/2 => binary::integer_to_binary;
    "erlang":"binary_to_integer"/1 => binary::binary_to_integer;
    "erlang":"binary_to_integer"/2 => binary::binary_to_integer;
    "erlang":"float_to_list"/1 => float_fmt::float_to_list;
    "erlang":"float_to_list"/2 => float_fmt::float_to_list;
    "erlang":"float_to_binary"/1 => float_fmt::float_to_binary;
    "erlang":"float_to_binary"/2 => float_fmt::float_to_binary;
    "erlang":"binary_to_float"/1 => float_fmt::binary_to_float;
    "math":"sqrt"/1 => math::sqrt;
    "math":"sin"/1 => math::sin;
    "math":"cos"/1 => math::cos;
    "math":"tan"/1 => math::tan;
    "math":"asin"/1 => math::asin;
    "math":"acos"/1 => math::acos;
    "math":"atan"/1 => math::atan;
    "math":"sinh"/1 => math::sinh;
    "math":"cosh"/1 => math::cosh;
    "math":"tanh"/1 => math::tanh;
    "math":"asinh"/1 => math::asinh;
    "math":"acosh"/1 => math::acosh;
    "math":"atanh"/1 => math::atanh;
    "math":"exp"/1 => math::exp;
    "math":"log"/1 => math::log;
    "math":"log2"/1 => math::log2;
    "math":"log10"/1 => math::log10;
    "math":"ceil"/1 => math::ceil;
    "math":"floor"/1 => math::floor;
    "math":"erf"/1 => math::erf;
    "math":"erfc"/1 => math::erfc;
    "math":"pow"/2 => math::pow;
    "math":"atan2"/2 => math::atan2;
    "math":"fmod"/2 => math::fmod;
    "math":"pi"/0 => math::pi;
    "erlang":"list_to_float"/1 => float_fmt::list_to_float;
    "binary":"first"/1 => binary::first;
    "binary":"last"/1 => binary::last;
    "binary":"at"/2 => binary::at;
    "binary":"part"/2 => binary::part2;
    "binary":"part"/3 => binary::part3;
    "binary":"copy"/1 => binary::copy1;
    "binary":"copy"/2 => binary::copy2;
    "binary":"decode_unsigned"/1 => binary::decode_unsigned;
    "binary":"decode_unsigned"/2 => binary::decode_unsigned;
    "binary":"encode_unsigned"/1 => binary::encode_unsigned;
    "binary":"encode_unsigned"/2 => binary::encode_unsigned;
    "binary":"bin_to_list"/1 => binary::bin_to_list1;
    "binary":"bin_to_list"/2 => binary::bin_to_list2;
    "binary":"bin_to_list"/3 => binary::bin_to_list3;
    "binary":"list_to_bin"/1 => binary::list_to_bin;
    "binary":"split"/2 => binary::split2;
    "binary":"split"/3 => binary::split3;
    "binary":"match"/2 => binary::match2;
    "binary":"match"/3 => binary::match3;
    "binary":"matches"/2 => binary::matches2;
    "binary":"matches"/3 => binary::matches3;
    "binary":"replace"/3 => binary::replace3;
    "binary":"replace"/4 => binary::replace4;
}

/// Every BIF: module, function, arity and its implementation.
pub fn all() -> impl Iterator<Item = (&'static str, &'static str, u32, BifFn)> {
    TABLE.iter().copied()
}

/// The BIF `module:function/arity`, if there is one.
pub fn lookup(m: Atom, f: Atom, arity: u32, vm: &Vm) -> Option<BifFn> {
    lookup_import(m, f, arity, vm).map(|(bf, _)| bf)
}

/// The BIF for an import, and which small-integer operation the interpreter may do inline
/// for it.
pub fn lookup_import(m: Atom, f: Atom, arity: u32, vm: &Vm) -> Option<(BifFn, arith::Fast)> {
    let atoms = vm.atoms.lock();
    let (mt, ft) = (atoms.text(m), atoms.text(f));
    let bif = lookup_text(mt, ft, arity)?;
    let fast = if mt == "erlang" && arity == 2 {
        arith::Fast::of(ft)
    } else {
        arith::Fast::None
    };
    Some((bif, fast))
}

/// The BIF `module:function/arity` by name (for a caller that already holds the atom table).
pub fn lookup_text(module: &str, function: &str, arity: u32) -> Option<BifFn> {
    TABLE
        .iter()
        .find(|e| e.2 == arity && e.0 == module && e.1 == function)
        .map(|e| e.3)
}

/// An atom naming an instruction (for `{unsupported, Name}` errors).
pub fn op_atom(vm: &Vm, op: Op) -> Atom {
    vm.atoms
        .lock()
        .intern(op.spec().name.as_bytes())
        .unwrap_or(atom::UNDEFINED)
}

/// Where `module:function/arity` runs.
pub enum CallTarget {
    Code(Arc<LoadedModule>, u32),
    Bif(BifFn),
}

pub fn call_target(vm: &Vm, m: Atom, f: Atom, arity: u32) -> Option<CallTarget> {
    if let Some(b) = lookup(m, f, arity, vm) {
        return Some(CallTarget::Bif(b));
    }
    let lm = vm.module(m)?;
    let e = lm.module.export(f, arity)?.entry;
    Some(CallTarget::Code(lm, e))
}

// ---- funs ----

/// A closure: [module index, lambda index, env...].
pub fn make_fun(
    p: &mut Process,
    m: &Arc<LoadedModule>,
    lambda: usize,
    env: &[Term],
) -> Option<Term> {
    p.heap.closure(m.index, lambda as u32, env)
}

/// The arity a fun is called with.
pub fn fun_arity(vm: &Vm, t: Term) -> Option<usize> {
    match t.view() {
        View::Export(_, _, a) => Some(a),
        View::Other(Boxed::Fun) => closure_info(vm, t).map(|i| i.2),
        _ => None,
    }
}

/// The arity of a closure, given the VM (to find its lambda).
pub fn closure_info(vm: &Vm, t: Term) -> Option<(Arc<LoadedModule>, usize, usize)> {
    if t.boxed_kind() != Some(Boxed::Fun) {
        return None;
    }
    let w = t.boxed_words();
    let mi = w.first()?.small_value();
    let li = w.get(1)?.small_value();
    let m = vm.module_at(mi as u32)?;
    let l = m.module.lambdas.get(li as usize)?;
    let arity = (l.arity - l.num_free) as usize;
    Some((m.clone(), li as usize, arity))
}

/// Set up a call of `fun` with `arity` arguments in x0..: the code to jump to, or the BIF
/// to call (for `fun erlang:F/A` of a BIF).
pub fn resolve_fun(
    vm: &Vm,
    p: &mut Process,
    x: &mut [Term],
    fun: Term,
    arity: usize,
) -> Result<CallTarget, Exception> {
    match fun.view() {
        View::Export(m, f, a) if a == arity => match call_target(vm, m, f, a as u32) {
            Some(t) => Ok(t),
            None => {
                let args = p.heap.list(&x[..arity], Term::NIL).ok_or_else(oom)?;
                Err(Exception::error(Term::atom(atom::UNDEF)).with_mfa(
                    Term::atom(m),
                    Term::atom(f),
                    args,
                ))
            }
        },
        View::Other(Boxed::Fun) => {
            let (m, li, fa) = closure_info(vm, fun).ok_or_else(badarg)?;
            if fa != arity {
                let args = p.heap.list(&x[..arity], Term::NIL).ok_or_else(oom)?;
                let inner = p.heap.tuple(&[fun, args]).ok_or_else(oom)?;
                let r = p
                    .heap
                    .tuple(&[Term::atom(atom::BADARITY), inner])
                    .ok_or_else(oom)?;
                return Err(Exception::error(r));
            }
            let env = &fun.boxed_words()[2..];
            if arity + env.len() > x.len() {
                return Err(oom());
            }
            x[arity..arity + env.len()].copy_from_slice(env);
            let entry = m.module.lambdas[li].entry;
            Ok(CallTarget::Code(m, entry))
        }
        View::Export(..) => {
            let args = p.heap.list(&x[..arity], Term::NIL).ok_or_else(oom)?;
            let inner = p.heap.tuple(&[fun, args]).ok_or_else(oom)?;
            let r = p
                .heap
                .tuple(&[Term::atom(atom::BADARITY), inner])
                .ok_or_else(oom)?;
            Err(Exception::error(r))
        }
        _ => {
            let r = p
                .heap
                .tuple(&[Term::atom(atom::BADFUN), fun])
                .ok_or_else(oom)?;
            Err(Exception::error(r))
        }
    }
}

/// `set_tuple_element`: a destructive update the compiler emits only on a fresh tuple.
pub fn set_tuple_element_in_place(t: Term, i: usize, v: Term) -> bool {
    t.set_boxed_word(Boxed::Tuple, i, v)
}

// ---- simple BIFs ----

fn cmp(c: &mut Ctx, a: &[Term]) -> core::cmp::Ordering {
    compare(a[0], a[1], false, &c.vm.atoms.lock())
}
fn eq(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(boolean(cmp(c, a).is_eq()))
}
fn ne(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(boolean(cmp(c, a).is_ne()))
}
fn eq_exact(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(boolean(exact_eq(a[0], a[1])))
}
fn ne_exact(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(boolean(!exact_eq(a[0], a[1])))
}
fn lt(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(boolean(cmp(c, a).is_lt()))
}
fn gt(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(boolean(cmp(c, a).is_gt()))
}
fn le(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(boolean(cmp(c, a).is_le()))
}
fn ge(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(boolean(cmp(c, a).is_ge()))
}
fn min(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(if cmp(c, a).is_gt() { a[1] } else { a[0] })
}
fn max(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(if cmp(c, a).is_lt() { a[1] } else { a[0] })
}
fn as_bool(t: Term) -> Result<bool, Exception> {
    match t.view() {
        View::Atom(a) if a == atom::TRUE => Ok(true),
        View::Atom(a) if a == atom::FALSE => Ok(false),
        _ => Err(badarg()),
    }
}
fn and(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = (as_bool(a[0])?, as_bool(a[1])?);
    ok(boolean(x && y))
}
fn or(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = (as_bool(a[0])?, as_bool(a[1])?);
    ok(boolean(x || y))
}
fn xor(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (x, y) = (as_bool(a[0])?, as_bool(a[1])?);
    ok(boolean(x ^ y))
}
fn not(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(boolean(!as_bool(a[0])?))
}

macro_rules! type_bif {
    ($name:ident, $op:expr) => {
        fn $name(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
            ok(boolean(crate::exec::type_test($op, a[0])))
        }
    };
}
type_bif!(is_atom, Op::IsAtom);
type_bif!(is_integer, Op::IsInteger);
type_bif!(is_float, Op::IsFloat);
type_bif!(is_number, Op::IsNumber);
type_bif!(is_list, Op::IsList);
type_bif!(is_tuple, Op::IsTuple);
type_bif!(is_pid, Op::IsPid);
type_bif!(is_reference, Op::IsReference);
type_bif!(is_port, Op::IsPort);
type_bif!(is_binary, Op::IsBinary);
type_bif!(is_bitstring, Op::IsBitstr);
type_bif!(is_boolean, Op::IsBoolean);
type_bif!(is_function, Op::IsFunction);
type_bif!(is_map, Op::IsMap);

fn is_function2(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let n = match a[1].view() {
        View::Small(n) if n >= 0 => n as usize,
        _ => return Err(badarg()),
    };
    let arity = match a[0].view() {
        View::Export(_, _, ar) => Some(ar),
        View::Other(Boxed::Fun) => closure_info(c.vm, a[0]).map(|i| i.2),
        _ => None,
    };
    ok(boolean(arity == Some(n)))
}

fn index_arg(t: Term) -> Result<usize, Exception> {
    match t.view() {
        View::Small(n) if n >= 1 => Ok(n as usize),
        _ => Err(badarg()),
    }
}

fn element(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let i = index_arg(a[0])?;
    let e = a[1].tuple_elements().ok_or_else(badarg)?;
    ok(*e.get(i - 1).ok_or_else(badarg)?)
}

fn setelement(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let i = index_arg(a[0])?;
    let e = a[1].tuple_elements().ok_or_else(badarg)?;
    if i > e.len() {
        return Err(badarg());
    }
    let mut v: Vec<Term> = e.to_vec();
    v[i - 1] = a[2];
    ok(c.p.heap.tuple(&v).ok_or_else(oom)?)
}

fn tuple_size(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let e = a[0].tuple_elements().ok_or_else(badarg)?;
    ok(Term::small(e.len() as isize))
}

fn make_tuple(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let n = match a[0].view() {
        View::Small(n) if (0..=(1 << 24)).contains(&n) => n as usize,
        _ => return Err(badarg()),
    };
    let v = alloc::vec![a[1]; n];
    ok(c.p.heap.tuple(&v).ok_or_else(oom)?)
}

/// `garbage_collect/0,1`: collect the caller now (its x registers are dead at a call with
/// no arguments); another process's heap is left to its own next collection.
fn garbage_collect(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match a.first().map(|t| t.view()) {
        None => {}
        Some(View::Pid(p)) if p as u32 == c.p.pid => {}
        Some(View::Pid(_)) => return ok(boolean(true)),
        Some(_) => return Err(badarg()),
    }
    crate::exec::collect(c.p, c.x, 0, 0)?;
    ok(boolean(true))
}

fn make_tuple3(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let n = match a[0].view() {
        View::Small(n) if (0..=(1 << 24)).contains(&n) => n as usize,
        _ => return Err(badarg()),
    };
    let mut v = alloc::vec![a[1]; n];
    for init in list_elems(a[2]).ok_or_else(badarg)? {
        match init.tuple_elements() {
            Some(&[i, val]) => {
                let i = index_arg(i)?;
                *v.get_mut(i - 1).ok_or_else(badarg)? = val;
            }
            _ => return Err(badarg()),
        }
    }
    ok(c.p.heap.tuple(&v).ok_or_else(oom)?)
}

fn make_export_fun(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match (a[0].view(), a[1].view(), a[2].view()) {
        (View::Atom(m), View::Atom(f), View::Small(n)) if (0..=255).contains(&n) => {
            ok(c.p.heap.export(m, f, n as usize).ok_or_else(oom)?)
        }
        _ => Err(badarg()),
    }
}

fn function_exported(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (m, f, n) = match (a[0].view(), a[1].view(), a[2].view()) {
        (View::Atom(m), View::Atom(f), View::Small(n)) if n >= 0 => (m, f, n as u32),
        _ => return Err(badarg()),
    };
    // Like OTP's, true only for modules already loaded (and for BIFs).
    let loaded = c.vm.loaded_module(m);
    let exported = loaded.is_some_and(|lm| lm.module.export(f, n).is_some())
        || lookup(m, f, n, c.vm).is_some();
    ok(boolean(exported))
}

fn pid_to_list(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match a[0].view() {
        View::Pid(p) => ok(string_to_list(c.p, &alloc::format!("<0.{p}.0>"))?),
        _ => Err(badarg()),
    }
}

/// `"<0.N.0>"` to the local pid N (whether or not it is alive, as OTP does).
fn list_to_pid(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let chars = list_elems(a[0]).ok_or_else(badarg)?;
    let mut text = String::new();
    for ch in chars {
        match ch.view() {
            View::Small(n @ 0..=127) => text.push(n as u8 as char),
            _ => return Err(badarg()),
        }
    }
    let inner = text
        .strip_prefix('<')
        .and_then(|t| t.strip_suffix('>'))
        .ok_or_else(badarg)?;
    let parts: Vec<&str> = inner.split('.').collect();
    let num = |s: &str| -> Option<u64> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match parts.as_slice() {
        [node, id, serial] => match (num(node), num(id), num(serial)) {
            (Some(0), Some(id), Some(0)) if id <= (usize::MAX >> 4) as u64 => {
                ok(Term::pid(id as usize))
            }
            // Other nodes' pids: this VM is not distributed.
            _ => Err(badarg()),
        },
        _ => Err(badarg()),
    }
}

fn append_element(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let e = a[0].tuple_elements().ok_or_else(badarg)?;
    let mut v = e.to_vec();
    v.push(a[1]);
    ok(c.p.heap.tuple(&v).ok_or_else(oom)?)
}

fn insert_element(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let i = index_arg(a[0])?;
    let e = a[1].tuple_elements().ok_or_else(badarg)?;
    if i > e.len() + 1 {
        return Err(badarg());
    }
    let mut v = e.to_vec();
    v.insert(i - 1, a[2]);
    ok(c.p.heap.tuple(&v).ok_or_else(oom)?)
}

fn delete_element(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let i = index_arg(a[0])?;
    let e = a[1].tuple_elements().ok_or_else(badarg)?;
    if i > e.len() {
        return Err(badarg());
    }
    let mut v = e.to_vec();
    v.remove(i - 1);
    ok(c.p.heap.tuple(&v).ok_or_else(oom)?)
}

/// No ports exist yet.
fn ports(_: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    ok(Term::NIL)
}

fn tuple_to_list(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let e = a[0].tuple_elements().ok_or_else(badarg)?.to_vec();
    ok(c.p.heap.list(&e, Term::NIL).ok_or_else(oom)?)
}

/// The elements of a proper list.
pub fn list_elems(t: Term) -> Option<Vec<Term>> {
    let mut v = Vec::new();
    let mut cur = t;
    while let Some((h, tl)) = cur.cons_parts() {
        v.push(h);
        cur = tl;
    }
    cur.is_nil().then_some(v)
}

fn list_to_tuple(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let v = list_elems(a[0]).ok_or_else(badarg)?;
    ok(c.p.heap.tuple(&v).ok_or_else(oom)?)
}

fn length(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let mut n = 0isize;
    let mut cur = a[0];
    while let Some((_, tl)) = cur.cons_parts() {
        n += 1;
        cur = tl;
    }
    if !cur.is_nil() {
        return Err(badarg());
    }
    ok(Term::small(n))
}

fn hd(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(a[0].cons_parts().ok_or_else(badarg)?.0)
}

fn tl(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(a[0].cons_parts().ok_or_else(badarg)?.1)
}

fn append(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let v = list_elems(a[0]).ok_or_else(badarg)?;
    ok(c.p.heap.list(&v, a[1]).ok_or_else(oom)?)
}

fn subtract(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let mut v = list_elems(a[0]).ok_or_else(badarg)?;
    let rm = list_elems(a[1]).ok_or_else(badarg)?;
    for r in rm {
        if let Some(i) = v.iter().position(|&e| exact_eq(e, r)) {
            v.remove(i);
        }
    }
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}

/// The characters of a string (a list of code points).
pub fn list_to_string(t: Term) -> Option<String> {
    let mut s = String::new();
    for e in list_elems(t)? {
        match e.view() {
            View::Small(n) if n >= 0 => s.push(char::from_u32(n as u32)?),
            _ => return None,
        }
    }
    Some(s)
}

/// A string as a list of code points on the process heap.
pub fn string_to_list(p: &mut Process, s: &str) -> Result<Term, Exception> {
    let v: Vec<Term> = s.chars().map(|c| Term::small(c as isize)).collect();
    p.heap.list(&v, Term::NIL).ok_or_else(oom)
}

fn atom_to_list(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let at = match a[0].view() {
        View::Atom(at) => at,
        _ => return Err(badarg()),
    };
    let name = String::from(c.vm.atoms.lock().text(at));
    ok(string_to_list(c.p, &name)?)
}

fn list_to_atom(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let s = list_to_string(a[0]).ok_or_else(badarg)?;
    let at =
        c.vm.atoms
            .lock()
            .intern(s.as_bytes())
            .map_err(|_| Exception::error(Term::atom(atom::SYSTEM_LIMIT)))?;
    ok(Term::atom(at))
}

fn list_to_existing_atom(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let s = list_to_string(a[0]).ok_or_else(badarg)?;
    let at = c.vm.atoms.lock().lookup(s.as_bytes()).ok_or_else(badarg)?;
    ok(Term::atom(at))
}

fn throw(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    Err(Exception::throw(a[0]))
}

/// `erlang:error/1`: the raising function heads the stack trace, not this BIF.
fn error(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    Err(Exception::error(a[0]).with_mfa(Term::NIL, Term::NIL, Term::NIL))
}

/// `erlang:error/2`: as error/1, with `Args` in place of the raising function's arity.
fn error2(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let args = if a[1].is_nil() || a[1].is_cons() {
        a[1]
    } else {
        Term::NIL
    };
    Err(Exception::error(a[0]).with_mfa(Term::NIL, Term::NIL, args))
}

fn exit(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    Err(Exception::exit(a[0]))
}

/// `erlang:raise/3`; with a bad class or stack trace it returns `badarg` (as OTP's does).
fn raise(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let Some(class) = crate::exec::Class::from_atom(a[0]) else {
        return ok(Term::atom(atom::BADARG));
    };
    if list_elems(a[2]).is_none() {
        return ok(Term::atom(atom::BADARG));
    }
    Err(Exception {
        class,
        reason: a[1],
        trace: Some(a[2]),
        mfa: None,
    })
}

fn node(_: &mut Ctx, _a: &[Term]) -> Result<BifResult, Exception> {
    ok(Term::atom(atom::NONODE))
}

fn apply3(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (m, f) = match (a[0].view(), a[1].view()) {
        (View::Atom(m), View::Atom(f)) => (m, f),
        _ => return Err(badarg()),
    };
    let args = list_elems(a[2]).ok_or_else(badarg)?;
    if args.len() > c.x.len() {
        return Err(badarg());
    }
    c.x[..args.len()].copy_from_slice(&args);
    match call_target(c.vm, m, f, args.len() as u32) {
        Some(CallTarget::Code(lm, e)) => Ok(BifResult::Jump(lm, e, args.len())),
        Some(CallTarget::Bif(b)) => b(c, &args),
        None => Err(Exception::error(Term::atom(atom::UNDEF)).with_mfa(a[0], a[1], a[2])),
    }
}

fn apply2(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let args = list_elems(a[1]).ok_or_else(badarg)?;
    if args.len() + 8 > c.x.len() {
        return Err(badarg());
    }
    c.x[..args.len()].copy_from_slice(&args);
    match resolve_fun(c.vm, c.p, c.x, a[0], args.len())? {
        CallTarget::Code(m, e) => Ok(BifResult::Jump(m, e, args.len())),
        CallTarget::Bif(b) => b(c, &args),
    }
}

fn module_info1(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let m = match a[0].view() {
        View::Atom(m) => m,
        _ => return Err(badarg()),
    };
    let lm = c.vm.module(m).ok_or_else(badarg)?;
    let mut items = Vec::new();
    for (k, v) in [
        (atom::MODULE, Term::atom(m)),
        (atom::ATTRIBUTES, copy_literal(c.p, lm.module.attributes)?),
        (atom::COMPILE, copy_literal(c.p, lm.module.compile_info)?),
    ] {
        items.push(c.p.heap.tuple(&[Term::atom(k), v]).ok_or_else(oom)?);
    }
    ok(c.p.heap.list(&items, Term::NIL).ok_or_else(oom)?)
}

fn copy_literal(p: &mut Process, t: Term) -> Result<Term, Exception> {
    // A module's attributes or compile info that hold a bignum, in a build without them.
    if t == crate::exec::NON_VALUE {
        return Err(crate::feature::unsupported(&mut p.heap, atom::BIGNUM));
    }
    crate::term::copy::copy(t, &mut p.heap).ok_or_else(oom)
}

fn module_info2(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (m, k) = match (a[0].view(), a[1].view()) {
        (View::Atom(m), View::Atom(k)) => (m, k),
        _ => return Err(badarg()),
    };
    let lm = c.vm.module(m).ok_or_else(badarg)?;
    let v = match k {
        k if k == atom::MODULE => Term::atom(m),
        k if k == atom::ATTRIBUTES => copy_literal(c.p, lm.module.attributes)?,
        k if k == atom::COMPILE => copy_literal(c.p, lm.module.compile_info)?,
        k if k == atom::EXPORTS => {
            let mut items = Vec::new();
            for e in lm.module.exports.iter() {
                items.push(
                    c.p.heap
                        .tuple(&[Term::atom(e.name), Term::small(e.arity as isize)])
                        .ok_or_else(oom)?,
                );
            }
            c.p.heap.list(&items, Term::NIL).ok_or_else(oom)?
        }
        _ => return Err(badarg()),
    };
    ok(v)
}

fn fun_info(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let item = match a[1].view() {
        View::Atom(i) => i,
        _ => return Err(badarg()),
    };
    let text = String::from(c.vm.atoms.lock().text(item));
    let v = match (a[0].view(), text.as_str()) {
        (View::Export(_, _, ar), "arity") => Term::small(ar as isize),
        (View::Export(m, _, _), "module") => Term::atom(m),
        (View::Export(_, f, _), "name") => Term::atom(f),
        (View::Export(..), "type") => Term::atom(
            c.vm.atoms
                .lock()
                .intern(b"external")
                .map_err(|_| badarg())?,
        ),
        (View::Export(..), "env") => Term::NIL,
        (View::Other(Boxed::Fun), what) => {
            let (m, li, ar) = closure_info(c.vm, a[0]).ok_or_else(badarg)?;
            match what {
                "arity" => Term::small(ar as isize),
                "module" => Term::atom(m.module.name),
                "name" => Term::atom(m.module.lambdas[li].name),
                "env" => {
                    let env = a[0].boxed_words()[2..].to_vec();
                    c.p.heap.list(&env, Term::NIL).ok_or_else(oom)?
                }
                "type" => Term::atom(c.vm.atoms.lock().intern(b"local").map_err(|_| badarg())?),
                _ => return Err(badarg()),
            }
        }
        _ => return Err(badarg()),
    };
    ok(c.p.heap.tuple(&[a[1], v]).ok_or_else(oom)?)
}

/// `atomvm:read_priv(App, Path)`: the plain file `App/priv/Path` of the loaded packs as a
/// binary, or `undefined`.
fn read_priv(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let app = match a[0].view() {
        View::Atom(app) => String::from(c.vm.atoms.lock().text(app)),
        _ => return Err(badarg()),
    };
    let path = match a[1].view() {
        View::Binary(b, bits) if bits % 8 == 0 => {
            String::from(core::str::from_utf8(b).map_err(|_| badarg())?)
        }
        _ => list_to_string(a[1]).ok_or_else(badarg)?,
    };
    match c
        .vm
        .platform
        .read_file(&alloc::format!("{app}/priv/{path}"))
    {
        Some(bytes) => ok(c.p.heap.binary(&bytes).ok_or_else(oom)?),
        None => ok(Term::atom(atom::UNDEFINED)),
    }
}

fn lists_reverse(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let v = list_elems(a[0]).ok_or_else(badarg)?;
    let mut t = a[1];
    for e in v {
        t = c.p.heap.cons(e, t).ok_or_else(oom)?;
    }
    ok(t)
}

fn lists_member(_: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let mut cur = a[1];
    while let Some((h, tl)) = cur.cons_parts() {
        if exact_eq(h, a[0]) {
            return ok(boolean(true));
        }
        cur = tl;
    }
    if !cur.is_nil() {
        return Err(badarg());
    }
    ok(boolean(false))
}

fn lists_keyfind(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let n = index_arg(a[1])?;
    let mut cur = a[2];
    let atoms = c.vm.atoms.lock();
    while let Some((h, tl)) = cur.cons_parts() {
        if let Some(e) = h.tuple_elements() {
            if e.len() >= n && compare(e[n - 1], a[0], false, &atoms).is_eq() {
                return ok(h);
            }
        }
        cur = tl;
    }
    if !cur.is_nil() {
        return Err(badarg());
    }
    ok(boolean(false))
}

#[cfg(test)]
mod table_tests {
    /// Each (module, function, arity) appears once: a second entry would never be reached.
    #[test]
    fn no_bif_is_registered_twice() {
        let mut seen = alloc::collections::BTreeSet::new();
        for (m, f, a, _) in super::all() {
            assert!(seen.insert((m, f, a)), "{m}:{f}/{a} is registered twice");
        }
    }
}
