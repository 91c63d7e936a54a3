//! Fuzz the BEAM loader: any input may be rejected with a `LoadError`, but none may panic.
//!
//! A module that loads is also disassembled, so translated code whose operands do not match
//! the instruction table (a translator bug the loader itself would not notice) shows up as a
//! panic in the listing. The generic (untranslated) listing is run on every input too, since
//! it decodes the Code chunk along a separate path.
#![no_main]

use atomvm_core::atom::AtomTable;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut table = AtomTable::new();
    if let Ok(module) = atomvm_core::loader::load(data, &mut table) {
        let mut listing = String::new();
        // A formatting error is not a bug in itself (String never fails); only panics count.
        let _ = atomvm_core::disasm::disassemble(&mut listing, &module, &table);
    }

    let mut table = AtomTable::new();
    let _ = atomvm_core::translate::generic_listing(data, &mut table);
});
