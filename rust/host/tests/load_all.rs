//! Every `.beam` that Debian's Erlang and Elixir packages ship, for every OTP release on the
//! machine, loads and translates with no error.

mod common;

use atomvm_core::atom::AtomTable;
use atomvm_core::loader;

#[test]
fn every_shipped_beam_loads() {
    let releases = common::releases();
    assert!(
        !releases.is_empty(),
        "no OTP release found to load modules from"
    );
    let mut total = 0;
    let mut failures = Vec::new();
    for r in &releases {
        let mut atoms = AtomTable::new();
        let (mut ok, mut raw, mut translated) = (0usize, 0usize, 0usize);
        let mut files = 0;
        for dir in r.beam_dirs() {
            for f in common::beam_files(&dir) {
                files += 1;
                let bytes = std::fs::read(&f).expect("readable .beam");
                match loader::load(&bytes, &mut atoms) {
                    Ok(m) => {
                        ok += 1;
                        raw += m.raw_code_bytes;
                        translated += m.code_bytes();
                    }
                    Err(e) => failures.push(format!("OTP {}: {}: {e}", r.otp, f.display())),
                }
            }
        }
        eprintln!(
            "OTP {}: {ok} of {files} modules loaded; translated code {:.2}x the Code chunks",
            r.otp,
            translated as f64 / raw.max(1) as f64
        );
        total += ok;
        assert!(files > 400, "OTP {}: only {files} .beam files found", r.otp);
    }
    for f in failures.iter().take(20) {
        eprintln!("FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} modules failed to load",
        failures.len()
    );
    eprintln!("{total} modules loaded in all");
}
