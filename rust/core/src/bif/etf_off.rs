//! The external term format BIFs in a build without the `etf` feature: the names stay
//! registered (a call is not `undef`) and each raises `error:{unsupported, {feature, etf}}`.

crate::feature_off_bifs!(ETF:
    term_to_binary1, term_to_binary2, term_to_iovec1, term_to_iovec2, binary_to_term1,
    binary_to_term2, external_size1, external_size2);
