//! The static library Zephyr links: the VM of `atomvm-zephyr` (its `rust_main`), built with
//! the features Kconfig chose (see `Cargo.toml.in` beside this file).
#![no_std]

extern crate atomvm_zephyr;
