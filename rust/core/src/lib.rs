//! The core of the VM: everything a BEAM virtual machine is, nothing a board is.
//!
//! `#![no_std]` with `alloc`, so the same code runs on a microcontroller under Zephyr and on a
//! developer's machine. See docs/ARCHITECTURE.md for the map.
#![no_std]

extern crate alloc;
#[cfg(any(test, feature = "std"))]
extern crate std;

pub mod atom;
pub mod bif;
pub mod disasm;
pub mod exec;
pub mod feature;
pub mod heap;
pub mod loader;
pub mod module;
pub mod process;
pub mod sync;
pub mod term;
pub mod translate;
pub mod vm;
