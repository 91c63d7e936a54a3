//! A reference-counted binary sent to 1,000 processes exists once in memory: the VM's own
//! accounting (`erlang:memory(binary)`) grows by its size once, not per holder, and drops
//! back when the last holder is gone.

use std::path::Path;
use std::process::Command;

#[test]
fn binary_sent_to_1000_processes_is_stored_once() {
    let program = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs/refc_share.erl");
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
    let lines: Vec<Vec<u64>> = stdout
        .lines()
        .map(|l| l.split_whitespace().map(|n| n.parse().unwrap()).collect())
        .collect();
    // Size of the binary, and what 1,000 processes ending changed (nothing: the sender
    // still holds it).
    assert_eq!(lines[0], vec![1_048_576, 0], "{stdout}");
    let (before, held, after) = (lines[1][0], lines[1][1], lines[1][2]);
    assert_eq!(
        held - before,
        1_048_576,
        "held by 1,001 processes: {stdout}"
    );
    assert_eq!(after, before, "freed with the last holder: {stdout}");
}
