//! The external term format BIFs in a build without the `etf` feature: the names stay
//! registered (a call is not `undef`) and each raises `error:{unsupported, {feature, etf}}`.

use super::{feature_off, BifResult, Ctx};
use crate::atom;
use crate::exec::Exception;
use crate::term::Term;

pub fn off(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    Err(feature_off(&mut c.p.heap, atom::ETF))
}

pub use off as term_to_binary1;
pub use off as term_to_binary2;
pub use off as term_to_iovec1;
pub use off as term_to_iovec2;
pub use off as binary_to_term1;
pub use off as binary_to_term2;
pub use off as external_size1;
pub use off as external_size2;
