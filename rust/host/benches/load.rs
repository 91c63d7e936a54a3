//! Load-time benchmark: loads every module of OTP's stdlib and kernel (from the host's
//! Erlang installation) and reports load time and the memory of the translated code as a
//! ratio of the raw `Code` chunks. Run: `cargo bench -p atomvm-host --bench load`.
//! It reports figures; it asserts none.

use std::path::{Path, PathBuf};
use std::time::Instant;

use atomvm_core::atom::AtomTable;
use atomvm_core::loader;

fn beams_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            beams_under(&p, out);
        } else if p.extension().is_some_and(|x| x == "beam") {
            out.push(p);
        }
    }
}

fn main() {
    let root = std::env::var("ERL_LIB_DIR").unwrap_or_else(|_| "/usr/lib/erlang/lib".into());
    let mut files = Vec::new();
    for app in ["stdlib", "kernel"] {
        let Ok(rd) = std::fs::read_dir(&root) else {
            break;
        };
        for e in rd.flatten() {
            if e.file_name()
                .to_string_lossy()
                .starts_with(&format!("{app}-"))
            {
                beams_under(&e.path().join("ebin"), &mut files);
            }
        }
    }
    if files.is_empty() {
        eprintln!("no stdlib/kernel .beam files under {root}");
        std::process::exit(1);
    }
    files.sort();
    let blobs: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let file_bytes: usize = blobs.iter().map(|b| b.len()).sum();

    let runs = 7;
    let mut times = Vec::new();
    let (mut raw, mut code, mut memory) = (0usize, 0usize, 0usize);
    for _ in 0..runs {
        let mut atoms = AtomTable::new();
        let start = Instant::now();
        let modules: Vec<_> = blobs
            .iter()
            .map(|b| loader::load(b, &mut atoms).expect("stdlib module loads"))
            .collect();
        times.push(start.elapsed().as_secs_f64());
        raw = modules.iter().map(|m| m.raw_code_bytes).sum();
        code = modules.iter().map(|m| m.code_bytes()).sum();
        memory = modules.iter().map(|m| m.memory_bytes()).sum();
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = times[runs / 2];
    println!(
        "modules loaded:          {} (stdlib + kernel under {root})",
        blobs.len()
    );
    println!(
        "load time (median of {runs}): {:.1} ms  ({:.1} MB/s of .beam files, {:.0} modules/s)",
        median * 1e3,
        file_bytes as f64 / median / 1e6,
        blobs.len() as f64 / median
    );
    println!("raw Code chunks:         {raw} bytes");
    println!("translated code:         {code} bytes = {:.2}x the Code chunks (code, constants, function and line tables)", code as f64 / raw as f64);
    println!("whole modules in memory: {memory} bytes = {:.2}x the .beam files ({file_bytes} bytes; adds literals, imports, exports, funs, strings)", memory as f64 / file_bytes as f64);
}
