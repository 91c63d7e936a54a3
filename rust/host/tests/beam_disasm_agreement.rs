//! Cross-check of our Code-chunk decoder against OTP's own `beam_disasm`.
//!
//! For each available OTP release (the host's `erl`, and the OTP 27 / OTP 29
//! chroots made by `scripts/otp-chroot.sh`), a deterministic sample of that
//! release's stdlib, kernel, compiler and Elixir `.beam` files is run through
//! both `atomvm disasm --generic` and `tests/tools/disasm_ops.erl` (which
//! prints what `beam_disasm:file/1` of the same release reports, in the same
//! `name/arity: op op ...` format).  Every function's opcode-name sequence
//! must agree exactly.
//!
//! Why: the opcode table and operand decoding are ours; `beam_disasm` is the
//! reference decoder that ships with each release, so agreement over many
//! real modules of several releases is strong evidence that we split the
//! instruction stream exactly as OTP does (a wrong operand count or a
//! mis-decoded compact term would shift every later opcode).
//!
//! Releases that are not present are reported as `SKIP` and the others are
//! still compared; with none present the test fails.  At least 200 modules in
//! total must be compared (the per-release sample grows when releases are
//! missing).

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const MIN_TOTAL_MODULES: usize = 200;
const PER_RELEASE: usize = 100;
/// How many mismatches are printed in full per release.
const SHOW_MISMATCHES: usize = 5;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// How erl is run for one release.
enum Runner {
    /// `erl`/`erlc` on the host's PATH.
    Host,
    /// Inside the chroot of `scripts/otp-chroot.sh <release>`.
    Chroot(u32),
}

struct Release {
    label: String,
    /// Host path that the paths inside this release are relative to
    /// (`/` for the host, the chroot directory otherwise).
    root: PathBuf,
    /// Erlang installation, as a path inside `root` (e.g. `/usr/lib/erlang`).
    erlang_dir: String,
    runner: Runner,
    /// The `otp_release` its erl must report (catches a chroot running the
    /// wrong erl, or a host erl other than the one that was asked).
    expect_otp: String,
}

#[derive(Default)]
struct Tally {
    modules: usize,
    /// How many of `modules` are Elixir modules.
    elixir: usize,
    functions: usize,
    mismatches: Vec<String>,
    /// Files that could not be compared at all (decoder or beam_disasm error).
    errors: Vec<String>,
}

/// `name/arity` and its opcode names, in code order.
type Listing = Vec<(String, String)>;

fn find_in_path(prog: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(prog))
        .find(|p| p.is_file())
}

fn effective_uid() -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("Uid:"))?;
    line.split_whitespace().nth(2)?.parse().ok()
}

/// Discover the releases; prints a SKIP line for each one that is missing.
fn releases() -> Vec<Release> {
    let mut out = Vec::new();
    if find_in_path("erl").is_some() && find_in_path("erlc").is_some() {
        let q = Command::new("erl")
            .args([
                "-noshell",
                "-eval",
                "io:format(\"~s~n~s~n\", [code:root_dir(), \
                 erlang:system_info(otp_release)]), halt().",
            ])
            .output()
            .expect("running host erl");
        let text = String::from_utf8_lossy(&q.stdout).into_owned();
        let mut lines = text.lines();
        match (q.status.success(), lines.next(), lines.next()) {
            (true, Some(dir), Some(rel)) => out.push(Release {
                label: format!("OTP {rel} (host)"),
                root: PathBuf::from("/"),
                erlang_dir: dir.to_string(),
                runner: Runner::Host,
                expect_otp: rel.to_string(),
            }),
            _ => panic!(
                "host erl is on PATH but does not run: {}{}",
                text,
                String::from_utf8_lossy(&q.stderr)
            ),
        }
    } else {
        println!("SKIP host OTP: no erl/erlc on PATH");
    }
    let base = std::env::var_os("OTP_CHROOT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/var/cache/atomvm-otp"));
    for rel in [27u32, 29] {
        let dir = base.join(format!("otp{rel}"));
        if !dir.join(".otp-chroot-complete").is_file() {
            println!(
                "SKIP OTP {rel}: no chroot at {} (make it with scripts/otp-chroot.sh {rel})",
                dir.display()
            );
            continue;
        }
        if effective_uid() != Some(0) {
            println!(
                "SKIP OTP {rel}: chroot at {} present, but entering it needs root",
                dir.display()
            );
            continue;
        }
        out.push(Release {
            label: format!("OTP {rel}"),
            root: dir,
            erlang_dir: "/usr/lib/erlang".to_string(),
            runner: Runner::Chroot(rel),
            expect_otp: rel.to_string(),
        });
    }
    // Releases CI requires (ATOMVM_REQUIRE_OTP) must not have been skipped.
    for req in common::required_releases() {
        assert!(
            out.iter().any(|r| r.expect_otp == req.to_string()),
            "OTP {req} is required (ATOMVM_REQUIRE_OTP) but was skipped"
        );
    }
    out
}

/// Host path of a path inside the release.
fn host_path(rel: &Release, inner: &str) -> PathBuf {
    rel.root.join(inner.trim_start_matches('/'))
}

fn beams_in(rel: &Release, inner_dir: &str, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(host_path(rel, inner_dir)) else {
        return;
    };
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".beam") {
            out.push(format!("{}/{}", inner_dir.trim_end_matches('/'), name));
        }
    }
}

/// `want` of the stdlib/kernel/compiler/Elixir .beam files of a release
/// (paths inside the release), evenly spaced in the sorted list of them.
fn pick_modules(rel: &Release, want: usize) -> Vec<String> {
    let lib = format!("{}/lib", rel.erlang_dir.trim_end_matches('/'));
    let mut apps: Vec<String> = std::fs::read_dir(host_path(rel, &lib))
        .unwrap_or_else(|e| panic!("{}: reading {lib}: {e}", rel.label))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            ["stdlib-", "kernel-", "compiler-"]
                .iter()
                .any(|p| n.starts_with(p))
        })
        .collect();
    apps.sort();
    let mut files = Vec::new();
    for app in &apps {
        beams_in(rel, &format!("{lib}/{app}/ebin"), &mut files);
    }
    let before = files.len();
    beams_in(rel, "/usr/lib/elixir/lib/elixir/ebin", &mut files);
    if files.len() == before {
        println!("{}: note: no Elixir modules found", rel.label);
    }
    files.sort();
    assert!(
        !files.is_empty(),
        "{}: no .beam files under {lib}",
        rel.label
    );
    // `want` files spread evenly over the sorted list (all of them if fewer).
    let n = files.len();
    let want = want.min(n);
    (0..want).map(|i| files[i * n / want].clone()).collect()
}

/// What disasm_ops.erl reported.
#[derive(Default)]
struct Reference {
    /// `erlang:system_info(otp_release)` of the erl that ran it.
    otp_release: Option<String>,
    listings: BTreeMap<String, Listing>,
    /// Files beam_disasm could not disassemble, and why.
    errors: BTreeMap<String, String>,
}

/// Parse the `%% otp_release N` / `== PATH` / `!! PATH REASON` /
/// `name/arity: ops` output of disasm_ops.erl.
fn parse_reference(text: &str) -> Reference {
    let mut r = Reference::default();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(rel) = line.strip_prefix("%% otp_release ") {
            r.otp_release = Some(rel.to_string());
        } else if let Some(p) = line.strip_prefix("== ") {
            r.listings.insert(p.to_string(), Vec::new());
            current = Some(p.to_string());
        } else if let Some(rest) = line.strip_prefix("!! ") {
            let (p, why) = rest.split_once(' ').unwrap_or((rest, ""));
            r.errors.insert(p.to_string(), why.to_string());
            current = None;
        } else if !line.is_empty() {
            let cur = current
                .as_ref()
                .unwrap_or_else(|| panic!("disasm_ops output: line outside a file: {line}"));
            r.listings
                .get_mut(cur)
                .expect("current file")
                .push(split_function_line(line));
        }
    }
    r
}

/// `name/arity: op op` -> (`name/arity`, `op op`).  The name may itself
/// contain `: ` (quoted atoms), so split at the last `/arity:`.
fn split_function_line(line: &str) -> (String, String) {
    let bytes = line.as_bytes();
    let mut at = None;
    for (i, _) in line.match_indices(':') {
        // `:` right after `/<digits>`?
        let head = &line[..i];
        if let Some(slash) = head.rfind('/') {
            let digits = &head[slash + 1..];
            if !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && (i + 1 == bytes.len() || bytes[i + 1] == b' ')
            {
                at = Some(i);
            }
        }
        if at.is_some() {
            break;
        }
    }
    let i = at.unwrap_or_else(|| panic!("not a `name/arity: ops` line: {line}"));
    (line[..i].to_string(), line[i + 1..].trim().to_string())
}

/// Run disasm_ops.erl over `modules` with this release's erlc/erl.
fn run_reference(rel: &Release, modules: &[String], tmp: &Path) -> String {
    let erl_src = repo_root().join("tests/tools/disasm_ops.erl");
    std::fs::copy(&erl_src, tmp.join("disasm_ops.erl"))
        .unwrap_or_else(|e| panic!("copying {}: {e}", erl_src.display()));
    let list = tmp.join("modules.txt");
    std::fs::write(&list, modules.join("\n") + "\n").expect("writing module list");
    let out = tmp.join("reference.txt");
    let t = tmp.display().to_string();
    let script = format!(
        "erlc -o '{t}' '{t}/disasm_ops.erl' && \
         erl -noshell -pa '{t}' -run disasm_ops main '{}' '{}'",
        list.display(),
        out.display()
    );
    let output = match rel.runner {
        Runner::Host => Command::new("sh").args(["-c", &script]).output(),
        Runner::Chroot(n) => Command::new(repo_root().join("scripts/otp-chroot.sh"))
            .arg(n.to_string())
            .args(["sh", "-c", &script])
            .env("OTP_CHROOT_BIND", tmp)
            .output(),
    }
    .unwrap_or_else(|e| panic!("{}: starting erl: {e}", rel.label));
    assert!(
        output.status.success(),
        "{}: disasm_ops failed ({}):\n{}{}",
        rel.label,
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let body = std::fs::read(&out).expect("reading disasm_ops output");
    String::from_utf8(body).expect("disasm_ops output is not UTF-8")
}

/// `atomvm disasm --generic` of one file.
fn run_ours(file: &Path) -> Result<Listing, String> {
    let out = Command::new(env!("CARGO_BIN_EXE_atomvm"))
        .args(["disasm", "--generic"])
        .arg(file)
        .output()
        .map_err(|e| format!("starting atomvm: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "atomvm disasm --generic failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let text = String::from_utf8(out.stdout).map_err(|e| format!("non-UTF-8 output: {e}"))?;
    Ok(text
        .lines()
        .filter(|l| !l.is_empty())
        .map(split_function_line)
        .collect())
}

fn compare_module(module: &str, ours: &Listing, theirs: &Listing, tally: &mut Tally) {
    tally.modules += 1;
    if module.contains("/Elixir.") {
        tally.elixir += 1;
    }
    for i in 0..ours.len().max(theirs.len()) {
        let a = ours.get(i);
        let b = theirs.get(i);
        tally.functions += 1;
        if a == b {
            continue;
        }
        let show = |x: Option<&(String, String)>| match x {
            Some((f, ops)) => format!("{f}: {ops}"),
            None => "<no function>".to_string(),
        };
        let func = a.or(b).map(|(f, _)| f.as_str()).unwrap_or("?");
        let mut m = String::new();
        let _ = write!(m, "module {module}, function #{i} ({func})");
        if let (Some((fa, x)), Some((fb, y))) = (a, b) {
            if fa == fb {
                let k = x
                    .split(' ')
                    .zip(y.split(' '))
                    .take_while(|(p, q)| p == q)
                    .count();
                let _ = write!(m, ", first difference at op #{k}");
            }
        }
        let _ = write!(
            m,
            ":\n    atomvm:      {}\n    beam_disasm: {}",
            show(a),
            show(b)
        );
        tally.mismatches.push(m);
    }
}

fn check_release(rel: &Release, want: usize) -> Tally {
    let modules = pick_modules(rel, want);
    let tmp = std::env::temp_dir().join(format!(
        "atomvm-disasm-agreement-{}-{}",
        std::process::id(),
        rel.label.replace(|c: char| !c.is_ascii_alphanumeric(), "_")
    ));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).expect("creating temp dir");
    let tmp = tmp.canonicalize().expect("temp dir path");
    let reference = run_reference(rel, &modules, &tmp);
    let _ = std::fs::remove_dir_all(&tmp);

    let reference = parse_reference(&reference);
    assert_eq!(
        reference.otp_release.as_deref(),
        Some(rel.expect_otp.as_str()),
        "{}: its erl reports a different otp_release",
        rel.label
    );
    let mut tally = Tally::default();
    for m in &modules {
        if let Some(why) = reference.errors.get(m) {
            tally.errors.push(format!("{m}: beam_disasm failed: {why}"));
            continue;
        }
        let Some(their) = reference.listings.get(m) else {
            tally
                .errors
                .push(format!("{m}: missing from disasm_ops output"));
            continue;
        };
        match run_ours(&host_path(rel, m)) {
            Ok(ours) => compare_module(m, &ours, their, &mut tally),
            Err(e) => tally.errors.push(format!("{m}: {e}")),
        }
    }
    tally
}

#[test]
fn generic_opcodes_agree_with_beam_disasm() {
    let start = Instant::now();
    let releases = releases();
    assert!(
        !releases.is_empty(),
        "no OTP release available (no erl on PATH and no OTP chroot): nothing compared"
    );
    // Grow the sample when releases are missing so that the total still
    // reaches MIN_TOTAL_MODULES.
    let want = PER_RELEASE.max(MIN_TOTAL_MODULES.div_ceil(releases.len()) + 5);

    let mut total_modules = 0;
    let mut total_bad = 0;
    let mut summary = String::new();
    for rel in &releases {
        let t0 = Instant::now();
        let tally = check_release(rel, want);
        let line = format!(
            "{}: {} modules ({} Elixir), {} functions compared, {} mismatches, {} errors ({:.1}s)",
            rel.label,
            tally.modules,
            tally.elixir,
            tally.functions,
            tally.mismatches.len(),
            tally.errors.len(),
            t0.elapsed().as_secs_f64()
        );
        println!("{line}");
        for m in tally.mismatches.iter().take(SHOW_MISMATCHES) {
            println!("  MISMATCH {m}");
        }
        if tally.mismatches.len() > SHOW_MISMATCHES {
            println!(
                "  ... and {} more mismatches",
                tally.mismatches.len() - SHOW_MISMATCHES
            );
        }
        for e in &tally.errors {
            println!("  ERROR {e}");
        }
        summary.push_str(&line);
        summary.push('\n');
        total_modules += tally.modules;
        total_bad += tally.mismatches.len() + tally.errors.len();
    }
    println!(
        "total: {total_modules} modules compared in {:.1}s",
        start.elapsed().as_secs_f64()
    );
    assert_eq!(
        total_bad, 0,
        "atomvm disasm --generic disagrees with beam_disasm:\n{summary}"
    );
    assert!(
        total_modules >= MIN_TOTAL_MODULES,
        "only {total_modules} modules compared (need {MIN_TOTAL_MODULES}):\n{summary}"
    );
}
