//! 10,000 mutated external-term binaries through binary_to_term/1,2 (flipped, truncated,
//! overwritten and inserted bytes, plain, compressed and minor-version-1 encodings): each
//! gives a term or `badarg`, the VM never crashes.

use std::path::Path;
use std::process::Command;

#[test]
fn mutated_binaries_give_a_term_or_badarg() {
    let program = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs/etf_mutate.erl");
    let out = Command::new(env!("CARGO_BIN_EXE_atomvm"))
        .arg("run")
        .arg(&program)
        .output()
        .expect("atomvm runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "atomvm failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let n: Vec<u64> = stdout
        .split_whitespace()
        .map(|s| s.parse().unwrap())
        .collect();
    assert_eq!(n.len(), 3, "{stdout}");
    assert_eq!(n[0] + n[1], 10_000);
    assert_eq!(n[2], 10_000);
    // Both outcomes occur: the mutations are not all harmless, nor all fatal.
    assert!(n[0] > 500 && n[1] > 500, "{stdout}");
}
