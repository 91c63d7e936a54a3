//! The collector keeps memory proportional to live data: a program that allocates about
//! 1 GB in total while keeping about 1 MB live finishes with a peak RSS under 50 MB.

use std::path::Path;
use std::process::Command;

#[test]
fn allocating_1gb_with_1mb_live_stays_under_50mb() {
    let program = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs/gc_churn.erl");
    let out = Command::new(env!("CARGO_BIN_EXE_atomvm"))
        .arg("run")
        .arg(&program)
        .env("ATOMVM_STATS", "1")
        .output()
        .expect("atomvm runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "atomvm failed: {stderr}");
    assert_eq!(stdout, "65536 2000\n");
    let peak_kb: u64 = stderr
        .split("peak_rss_kb=")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|s| s.parse().ok())
        .expect("stats line on stderr");
    eprintln!("peak RSS {peak_kb} KB");
    assert!(peak_kb < 50 * 1024, "peak RSS {peak_kb} KB is over 50 MB");
}
