//! Cargo features a small board can turn off to save flash (docs/ARCHITECTURE.md, "Cargo
//! features"), and the error every runtime path of a feature that is off raises:
//! `error:{unsupported, {feature, Name}}`. The BIFs of such a feature stay registered, so a
//! call names the missing feature instead of failing with `undef`.

use crate::atom::{self, Atom};
use crate::exec::Exception;
use crate::term::build::TermAlloc;
use crate::term::Term;

/// `error:{unsupported, {feature, Feature}}`, built on `heap` (`system_limit` if that heap
/// cannot grow).
pub fn unsupported(heap: &mut dyn TermAlloc, feature: Atom) -> Exception {
    let reason = heap
        .tuple(&[Term::atom(atom::FEATURE), Term::atom(feature)])
        .and_then(|inner| heap.tuple(&[Term::atom(atom::UNSUPPORTED), inner]));
    match reason {
        Some(r) => Exception::error(r),
        None => Exception::error(Term::atom(atom::SYSTEM_LIMIT)),
    }
}

/// BIFs of a feature this build leaves out: each raises `{unsupported, {feature, Name}}`
/// (`$feature` is the atom constant naming it, e.g. `FLOAT`).
#[macro_export]
macro_rules! feature_off_bifs {
    ($feature:ident: $($name:ident),* $(,)?) => {$(
        pub fn $name(
            c: &mut $crate::bif::Ctx,
            _a: &[$crate::term::Term],
        ) -> Result<$crate::bif::BifResult, $crate::exec::Exception> {
            Err($crate::feature::unsupported(&mut c.p.heap, $crate::atom::$feature))
        }
    )*};
}
