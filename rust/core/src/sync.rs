//! `Arc` and the atomics the core uses, on every target: core's and alloc's where the target
//! has pointer-sized compare-and-swap, portable-atomic's where it has not (the ESP32-C3 is
//! rv32imc, without the `A` extension). There portable-atomic needs an implementation chosen
//! by the final binary (the Zephyr build's `zephyr` crate selects its `critical-section` one).

#[cfg(target_has_atomic = "ptr")]
pub use alloc::sync::Arc;
#[cfg(target_has_atomic = "ptr")]
pub use core::sync::atomic::{fence, AtomicUsize, Ordering};
#[cfg(not(target_has_atomic = "ptr"))]
pub use portable_atomic::{fence, AtomicUsize, Ordering};
#[cfg(not(target_has_atomic = "ptr"))]
pub use portable_atomic_util::Arc;
