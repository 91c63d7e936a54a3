//! Shared by the host integration tests: where the `.beam` files of each OTP release are.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// An OTP release whose compiled modules the tests read.
pub struct Release {
    pub otp: u32,
    /// Root of its file system ("/" for the host, the chroot for the others).
    pub root: PathBuf,
}

impl Release {
    /// Directories holding its `.beam` files (Erlang/OTP and Elixir).
    pub fn beam_dirs(&self) -> Vec<PathBuf> {
        ["usr/lib/erlang", "usr/lib/elixir"]
            .iter()
            .map(|d| self.root.join(d))
            .filter(|d| d.is_dir())
            .collect()
    }
}

/// Where `scripts/otp-chroot.sh` keeps its chroots.
pub fn chroot_dir() -> PathBuf {
    std::env::var_os("OTP_CHROOT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/var/cache/atomvm-otp"))
}

/// Releases listed in `ATOMVM_REQUIRE_OTP` (e.g. "25,27,29", as CI sets it) must be present;
/// a test that finds one missing fails instead of skipping it.
pub fn required_releases() -> Vec<u32> {
    std::env::var("ATOMVM_REQUIRE_OTP")
        .unwrap_or_default()
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

/// The releases available on this machine: OTP 25 on the host, 27 and 29 in chroots.
/// Prints which are missing; panics if a required one is.
pub fn releases() -> Vec<Release> {
    let mut out = Vec::new();
    let candidates = [
        (25, PathBuf::from("/")),
        (27, chroot_dir().join("otp27")),
        (29, chroot_dir().join("otp29")),
    ];
    let required = required_releases();
    for (otp, root) in candidates {
        let r = Release { otp, root };
        if r.beam_dirs().is_empty() {
            assert!(
                !required.contains(&otp),
                "OTP {otp} is required (ATOMVM_REQUIRE_OTP) but has no .beam files under {}",
                r.root.display()
            );
            eprintln!("SKIP OTP {otp}: no .beam files under {}", r.root.display());
        } else {
            out.push(r);
        }
    }
    out
}

/// Every `.beam` file below `dir`, sorted.
pub fn beam_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "beam") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}
