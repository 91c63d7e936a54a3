//! Corrupt `.beam` files never panic the loader: truncated and byte-flipped copies of real
//! modules, at 10,000+ positions, each either load or return an error naming the chunk and
//! offset.

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};

use atomvm_core::atom::AtomTable;
use atomvm_core::disasm::disassemble;
use atomvm_core::loader;
use atomvm_core::translate::generic_listing;

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Load, and when that works also list and disassemble: none of it may panic.
fn exercise(bytes: &[u8]) -> Result<(), String> {
    let mut atoms = AtomTable::new();
    let _ = generic_listing(bytes, &mut atoms);
    match loader::load(bytes, &mut atoms) {
        Ok(m) => {
            let mut s = String::new();
            disassemble(&mut s, &m, &atoms).map_err(|e| e.to_string())?;
            Ok(())
        }
        Err(e) => {
            let text = e.to_string();
            if text.contains("chunk ") && text.contains("offset 0x") {
                Err(text)
            } else {
                panic!("error without chunk/offset: {text}")
            }
        }
    }
}

fn sample_beams() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for r in common::releases() {
        for dir in r.beam_dirs() {
            let files = common::beam_files(&dir);
            // A spread of modules of every size, from each release.
            let step = (files.len() / 8).max(1);
            for f in files.iter().step_by(step).take(8) {
                out.push(std::fs::read(f).expect("readable .beam"));
            }
        }
    }
    out
}

#[test]
fn mutated_beams_return_errors_not_panics() {
    let beams = sample_beams();
    assert!(!beams.is_empty(), "no .beam files to mutate");
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let (mut cases, mut errors, mut loaded) = (0usize, 0usize, 0usize);
    let mut panics = Vec::new();
    let per_beam = 10_000 / beams.len() + 1;
    for (bi, beam) in beams.iter().enumerate() {
        for k in 0..per_beam {
            let pos = rng.below(beam.len());
            let mut m = beam.clone();
            match k % 4 {
                0 => m.truncate(pos),
                1 => m[pos] ^= 1 << rng.below(8),
                2 => m[pos] = rng.next() as u8,
                _ => {
                    // A run of random bytes, as a damaged sector would leave.
                    for i in pos..(pos + 16).min(m.len()) {
                        m[i] = rng.next() as u8;
                    }
                }
            }
            cases += 1;
            match catch_unwind(AssertUnwindSafe(|| exercise(&m))) {
                Ok(Ok(())) => loaded += 1,
                Ok(Err(_)) => errors += 1,
                Err(_) => panics.push(format!("beam #{bi}, mutation {} at {pos}", k % 4)),
            }
        }
    }
    eprintln!(
        "{cases} mutated modules: {errors} load errors, {loaded} still loaded, {} panics",
        panics.len()
    );
    assert!(cases >= 10_000);
    assert!(panics.is_empty(), "panics: {panics:?}");
    assert!(errors > cases / 10, "suspiciously few errors: {errors}");
}
