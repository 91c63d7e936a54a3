//! Cargo features a small board can turn off to save flash (docs/ARCHITECTURE.md, "Cargo
//! features"), and the error every runtime path of a feature that is off raises:
//! `error:{unsupported, {feature, Name}}`. The BIFs of such a feature stay registered, so a
//! call names the missing feature instead of failing with `undef`.

use crate::atom;
use crate::exec::Exception;
use crate::process::Process;
use crate::term::build::TermAlloc;
use crate::term::Term;
use crate::vm::Vm;

/// `error:{unsupported, {feature, Name}}`, built on the process heap (`system_limit` if that
/// heap cannot grow).
pub fn unsupported(vm: &Vm, p: &mut Process, name: &str) -> Exception {
    let (feature, name) = {
        let mut atoms = vm.atoms.lock();
        (atoms.intern(b"feature"), atoms.intern(name.as_bytes()))
    };
    let (Ok(feature), Ok(name)) = (feature, name) else {
        return Exception::error(Term::atom(atom::SYSTEM_LIMIT));
    };
    let inner = p.heap.tuple(&[Term::atom(feature), Term::atom(name)]);
    match inner.and_then(|t| p.heap.tuple(&[Term::atom(atom::UNSUPPORTED), t])) {
        Some(t) => Exception::error(t),
        None => Exception::error(Term::atom(atom::SYSTEM_LIMIT)),
    }
}

/// A BIF of a feature this build leaves out: it raises `{unsupported, {feature, Name}}`.
#[macro_export]
macro_rules! feature_off_bifs {
    ($feature:literal: $($name:ident),* $(,)?) => {$(
        pub fn $name(
            c: &mut $crate::bif::Ctx,
            _a: &[$crate::term::Term],
        ) -> Result<$crate::bif::BifResult, $crate::exec::Exception> {
            Err($crate::feature::unsupported(c.vm, c.p, $feature))
        }
    )*};
}
