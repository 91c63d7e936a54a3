//! `atomvm`: the command-line tool of the host build.
//!
//! stdout carries only what was asked for (a listing, a program's output); diagnostics and
//! errors go to stderr.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use atomvm_core::atom::AtomTable;
use atomvm_core::disasm::disassemble;
use atomvm_core::loader;
use atomvm_core::translate::generic_listing;

mod pack_cmd;
mod run_cmd;

const USAGE: &str = "\
usage:
  atomvm run FILE.erl|FILE.beam|FILE.avm [MORE ...]
      run start/0 of the first module (an .erl is compiled with the erlc on PATH); other
      modules are found among the files given and in their directories
  atomvm disasm [--generic] FILE.beam|FILE.avm ...
      print the translated instructions of every function (--generic: the generic BEAM
      opcode names per function, as decoded from the Code chunk)
  atomvm check PATH ...
      load and translate every .beam (and .avm) under the given files or directories and
      report how many loaded; exits non-zero if any failed
  atomvm pack -o OUT.avm [--start MOD] [--strip-line] [--lib LIB.avm]... FILE...
  atomvm pack --list PACK.avm | --extract PACK.avm [-d DIR]
      build, list or unpack an .avm pack (AtomVM packbeam format); atomvm pack --help
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    let result = match cmd.as_str() {
        "disasm" => cmd_disasm(rest),
        "check" => cmd_check(rest),
        "pack" => pack_cmd::run(rest),
        "run" => match run_cmd::run(rest) {
            Ok(0) => Ok(()),
            Ok(code) => return ExitCode::from(code.clamp(1, 255) as u8),
            Err(e) => Err(e),
        },
        "-h" | "--help" | "help" => {
            print!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command '{other}'\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("atomvm: {e}");
            ExitCode::FAILURE
        }
    }
}

/// A module's bytes and where they came from.
struct Input {
    origin: String,
    bytes: Vec<u8>,
}

/// The BEAM modules in a file: a `.beam` is one, an `.avm` pack holds several.
fn modules_in(path: &Path) -> Result<Vec<Input>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if path.extension().is_some_and(|e| e == "avm") {
        let pack =
            atomvm_pack::Pack::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(pack
            .entries()
            .filter(|e| e.is_beam())
            .map(|e| Input {
                origin: format!("{}:{}", path.display(), e.name),
                bytes: e.data.to_vec(),
            })
            .collect())
    } else {
        Ok(vec![Input {
            origin: path.display().to_string(),
            bytes,
        }])
    }
}

fn cmd_disasm(args: &[String]) -> Result<(), String> {
    let generic = args.iter().any(|a| a == "--generic");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if files.is_empty() {
        return Err(format!("disasm: no input file\n{USAGE}"));
    }
    let mut atoms = AtomTable::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for f in files {
        for input in modules_in(Path::new(f))? {
            let text = if generic {
                let funcs = generic_listing(&input.bytes, &mut atoms)
                    .map_err(|e| format!("{}: {e}", input.origin))?;
                let mut s = String::new();
                for func in funcs {
                    s.push_str(&format!("{}/{}:", func.name, func.arity));
                    for op in func.ops {
                        s.push(' ');
                        s.push_str(op);
                    }
                    s.push('\n');
                }
                s
            } else {
                let m = loader::load(&input.bytes, &mut atoms)
                    .map_err(|e| format!("{}: {e}", input.origin))?;
                let mut s = String::new();
                disassemble(&mut s, &m, &atoms).map_err(|e| e.to_string())?;
                s
            };
            out.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        if let Ok(rd) = std::fs::read_dir(path) {
            let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
            entries.sort();
            for p in entries {
                collect(&p, out);
            }
        }
    } else if path.extension().is_some_and(|e| e == "beam" || e == "avm") {
        out.push(path.to_path_buf());
    }
}

fn cmd_check(args: &[String]) -> Result<(), String> {
    if args.is_empty() {
        return Err(format!("check: no path\n{USAGE}"));
    }
    let mut files = Vec::new();
    for a in args {
        collect(Path::new(a), &mut files);
    }
    let mut atoms = AtomTable::new();
    let (mut ok, mut failed) = (0usize, 0usize);
    let (mut raw, mut translated) = (0usize, 0usize);
    for f in &files {
        let inputs = match modules_in(f) {
            Ok(i) => i,
            Err(e) => {
                eprintln!("FAIL {e}");
                failed += 1;
                continue;
            }
        };
        for input in inputs {
            match loader::load(&input.bytes, &mut atoms) {
                Ok(m) => {
                    ok += 1;
                    raw += m.raw_code_bytes;
                    translated += m.code_bytes();
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("FAIL {}: {e}", input.origin);
                }
            }
        }
    }
    println!(
        "loaded {ok} modules, {failed} failed; Code chunks {raw} bytes, translated code {translated} bytes ({:.2}x)",
        translated as f64 / raw.max(1) as f64
    );
    if failed > 0 {
        Err(format!("{failed} modules failed to load"))
    } else {
        Ok(())
    }
}
