//! `atomvm run`: load modules (`.beam`, `.avm`, or `.erl` compiled with the `erlc` on PATH),
//! run `start/0` of the first module, exit 0 when it returns, non-zero when it crashes.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};
use std::time::Instant;

use atomvm_core::atom;
use atomvm_core::vm::{Platform, Vm};

/// The host platform: the clock, stdout/stderr, and modules found in the given files and
/// the directories around them.
struct Host {
    start: Instant,
    /// Module bytes by name, from `.avm` packs and `.beam` files given.
    modules: Mutex<HashMap<String, Vec<u8>>>,
    /// Directories searched for `<module>.beam`.
    dirs: Vec<PathBuf>,
    /// Plain files of the packs given (`app/priv/file`), for atomvm:read_priv/2.
    files: HashMap<String, Vec<u8>>,
    /// Parked schedulers wait on this: a generation counter and its condition variable.
    wake: (Mutex<u64>, Condvar),
}

impl Platform for Host {
    fn now_ms(&self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    fn park_ticket(&self) -> u64 {
        *self.wake.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn park(&self, ticket: u64, deadline_ms: Option<u64>) {
        let mut gen = self.wake.0.lock().unwrap_or_else(|e| e.into_inner());
        while *gen == ticket {
            match deadline_ms {
                Some(d) => {
                    let now = self.now_ms();
                    if d <= now {
                        return;
                    }
                    let wait = std::time::Duration::from_millis(d - now);
                    let (g, _) = self
                        .wake
                        .1
                        .wait_timeout(gen, wait)
                        .unwrap_or_else(|e| e.into_inner());
                    gen = g;
                }
                None => gen = self.wake.1.wait(gen).unwrap_or_else(|e| e.into_inner()),
            }
        }
    }

    fn unpark_all(&self) {
        let mut gen = self.wake.0.lock().unwrap_or_else(|e| e.into_inner());
        *gen = gen.wrapping_add(1);
        self.wake.1.notify_all();
    }

    fn write_out(&self, bytes: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(bytes);
        let _ = out.flush();
    }

    fn write_err(&self, bytes: &[u8]) {
        let _ = std::io::stderr().lock().write_all(bytes);
    }

    fn read_file(&self, name: &str) -> Option<Vec<u8>> {
        self.files.get(name).cloned()
    }

    fn find_module(&self, name: &str) -> Option<Cow<'static, [u8]>> {
        if let Some(b) = self.modules.lock().ok()?.get(name) {
            return Some(Cow::Owned(b.clone()));
        }
        self.dirs
            .iter()
            .map(|d| d.join(format!("{name}.beam")))
            .find(|p| p.is_file())
            .and_then(|p| std::fs::read(p).ok())
            .map(Cow::Owned)
    }
}

/// Compile an `.erl` with `erlc` into a cache directory; the `.beam` path.
fn compile(src: &Path) -> Result<PathBuf, String> {
    let cache = std::env::temp_dir().join("atomvm-erlc-cache");
    std::fs::create_dir_all(&cache).map_err(|e| e.to_string())?;
    let stem = src
        .file_stem()
        .ok_or_else(|| format!("{}: no module name", src.display()))?;
    let beam = cache.join(stem).with_extension("beam");
    let fresh = match (std::fs::metadata(src), std::fs::metadata(&beam)) {
        (Ok(s), Ok(b)) => match (s.modified(), b.modified()) {
            (Ok(sm), Ok(bm)) => bm >= sm,
            _ => false,
        },
        _ => false,
    };
    if !fresh {
        let out = std::process::Command::new("erlc")
            .arg("-o")
            .arg(&cache)
            .arg(src)
            .output()
            .map_err(|e| format!("cannot run erlc (is Erlang installed?): {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "erlc failed on {}:\n{}{}",
                src.display(),
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    Ok(beam)
}

/// Make a pack's modules and plain files available; what is already there wins.
fn add_pack(
    pack: &atomvm_pack::Pack,
    modules: &mut HashMap<String, Vec<u8>>,
    files: &mut HashMap<String, Vec<u8>>,
) {
    for e in pack.entries() {
        if e.is_file() {
            files
                .entry(e.name.to_string())
                .or_insert_with(|| e.data.to_vec());
        } else if let Some(name) = e.module_name() {
            modules
                .entry(name.to_string())
                .or_insert_with(|| e.data.to_vec());
        }
    }
}

/// The standard library pack: `ATOMVM_LIB` if set (empty: none), else `libs/atomvmlib.avm`
/// of the source tree this binary was built from, when it has been built.
fn library_pack() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("ATOMVM_LIB") {
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../libs/atomvmlib.avm");
    built.is_file().then_some(built)
}

pub fn run(args: &[String]) -> Result<i32, String> {
    let (files, _program_args) = match args.iter().position(|a| a == "--") {
        Some(i) => (&args[..i], &args[i + 1..]),
        None => (args, &args[..0]),
    };
    if files.is_empty() {
        return Err("run: no module given".into());
    }
    let mut modules = HashMap::new();
    let mut plain_files: HashMap<String, Vec<u8>> = HashMap::new();
    let mut dirs = Vec::new();
    let mut first: Option<String> = None;
    for f in files {
        let path = PathBuf::from(f);
        let path = if path.extension().is_some_and(|e| e == "erl") {
            compile(&path)?
        } else {
            path
        };
        if let Some(d) = path.parent() {
            let d = if d.as_os_str().is_empty() {
                Path::new(".")
            } else {
                d
            };
            if !dirs.contains(&d.to_path_buf()) {
                dirs.push(d.to_path_buf());
            }
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if path.extension().is_some_and(|e| e == "avm") {
            let pack =
                atomvm_pack::Pack::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            if first.is_none() {
                first = pack
                    .start_entry()
                    .and_then(|e| e.module_name())
                    .map(String::from);
            }
            add_pack(&pack, &mut modules, &mut plain_files);
        } else {
            let name = atomvm_pack::beam_module_name(&bytes)
                .ok_or_else(|| format!("{}: not a BEAM file", path.display()))?;
            if first.is_none() {
                first = Some(name.clone());
            }
            modules.insert(name, bytes);
        }
    }
    let first = first.ok_or("run: no start module")?;
    // The standard library pack comes last: the program's own modules win.
    if let Some(lib) = library_pack() {
        let bytes = std::fs::read(&lib).map_err(|e| format!("{}: {e}", lib.display()))?;
        let pack =
            atomvm_pack::Pack::parse(&bytes).map_err(|e| format!("{}: {e}", lib.display()))?;
        add_pack(&pack, &mut modules, &mut plain_files);
    }
    let host = Host {
        start: Instant::now(),
        modules: Mutex::new(modules),
        dirs,
        files: plain_files,
        wake: (Mutex::new(0), Condvar::new()),
    };
    // One scheduler thread per core (ATOMVM_SCHEDULERS overrides).
    let schedulers = std::env::var("ATOMVM_SCHEDULERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n: &usize| n >= 1)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let vm = Vm::new(Box::new(host), schedulers);
    let (m, start) = {
        let mut atoms = vm.atoms.lock();
        let m = atoms
            .intern(first.as_bytes())
            .map_err(|_| "bad module name")?;
        (m, atom::START)
    };
    if vm.module(m).is_none() {
        return Err(format!("cannot load module {first}"));
    }
    let pid = vm
        .spawn(m, start, &[], None)
        .map_err(|_| format!("module {first} does not export start/0"))?;
    *vm.main_pid.lock() = Some(pid);
    // Every scheduler gets a large stack: the VM walks deep terms (comparison, copying,
    // printing) recursively in places, and a reserved but untouched stack costs no memory.
    const SCHEDULER_STACK: usize = 512 << 20;
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..vm.schedulers)
            .map(|i| {
                std::thread::Builder::new()
                    .name(format!("scheduler-{i}"))
                    .stack_size(SCHEDULER_STACK)
                    .spawn_scoped(scope, || vm.run())
            })
            .collect();
        for h in handles {
            match h {
                Ok(h) => {
                    let _ = h.join();
                }
                // No thread (resource limits): run a scheduler here instead.
                Err(_) => vm.run(),
            }
        }
    });
    if std::env::var_os("ATOMVM_STATS").is_some() {
        // Diagnostics for benchmarks and memory tests, on stderr.
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0)
        };
        eprintln!(
            "atomvm-stats: peak_rss_kb={} processes_spawned={}",
            field("VmHWM:"),
            *vm.spawned.lock()
        );
    }
    let code = *vm.halted.lock();
    Ok(code.unwrap_or(0))
}
