//! A host VM built as a small board builds it, without the core's `float` and `ets` features
//! (`cargo test -p atomvm-host --no-default-features --test features_off`, as
//! scripts/test.sh runs it): every way to make a float or touch an ets table raises
//! `{unsupported, {feature, Name}}`, a module with a float constant does not load and says
//! why, and programs that need neither still run. With the features on, only the last
//! check runs.
//!
//! The programs use nothing but small integers, atoms, tuples and lists, and print with
//! `erlang:display/1` (no standard library: `ATOMVM_LIB` is empty), so the checks hold
//! whatever other features the build leaves out.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh directory for one test's sources and `.beam` files.
fn work_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("atomvm-features-off-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Compile `module.erl` (with `source`) in `dir` and run its `start/0` on our VM.
fn run(dir: &Path, module: &str, source: &str) -> Output {
    let file = format!("{module}.erl");
    std::fs::write(dir.join(&file), source).unwrap();
    let erlc = Command::new("erlc")
        .current_dir(dir)
        .arg(&file)
        .status()
        .expect("erlc runs");
    assert!(erlc.success(), "erlc {file}");
    // Packed, as a board gets it: erlc compresses the literal table, which a build without
    // the `zlib` feature cannot read; `atomvm pack` stores it inflated.
    let avm = format!("{module}.avm");
    let pack = Command::new(env!("CARGO_BIN_EXE_atomvm"))
        .current_dir(dir)
        .args(["pack", "-o", &avm, &format!("{module}.beam")])
        .status()
        .expect("atomvm pack runs");
    assert!(pack.success(), "atomvm pack {module}");
    Command::new(env!("CARGO_BIN_EXE_atomvm"))
        .current_dir(dir)
        .env("ATOMVM_LIB", "")
        .args(["run", &avm])
        .output()
        .expect("atomvm runs")
}

/// Run a program that must end normally; its standard output (`erlang:display/1` ends lines
/// with CR LF, as OTP's does; read as LF).
fn run_ok(dir: &Path, module: &str, source: &str) -> String {
    let out = run(dir, module, source);
    let stdout = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    assert!(
        out.status.success(),
        "{module}: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The source of module `module` exporting `start/0` (in `body`), with `try_/1` (a case's
/// `{ok, Value}` or `{Class, Reason}`) and `id/1` (hides constants from the compiler).
fn program(module: &str, body: &str) -> String {
    format!(
        "-module({module}).\n-export([start/0]).\n\
         try_(F) -> try F() of V -> {{ok, V}} catch C:R -> {{C, R}} end.\n\
         id(X) -> X.\n{body}"
    )
}

#[test]
fn integer_programs_run() {
    let dir = work_dir("ints");
    let src = program(
        "ints",
        "
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
start() ->
    L = [id(X) || X <- [3, 1, 2]],
    erlang:display({fact(10), id(17) div 5, id(17) rem 5, lists:reverse(L, []), -id(4)}),
    erlang:display({round(id(7)), trunc(id(-3)), abs(id(-9)), is_float(id(2)), id(2) < id(3)}),
    erlang:display({tuple_size({a, b}), element(2, {a, b}), length(L), id(6) band 3}),
    erlang:display(try_(fun() -> id(1) div id(0) end)).
",
    );
    assert_eq!(
        run_ok(&dir, "ints", &src),
        "{3628800,3,2,[2,1,3],-4}\n{7,-3,9,false,true}\n{2,b,3,2}\n{error,badarith}\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(not(feature = "float"))]
mod float_off {
    use super::*;

    /// The standard library keeps float constants out of the modules a board without floats
    /// needs: all but `string_jaro` (string:jaro_similarity/2's arithmetic) load.
    #[test]
    fn the_standard_library_loads_without_floats() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../libs/atomvmlib.avm");
        let bytes = std::fs::read(&path).expect("libs/atomvmlib.avm (scripts/build-libs.sh)");
        let pack = atomvm_pack::Pack::parse(&bytes).unwrap();
        let mut atoms = atomvm_core::atom::AtomTable::new();
        let mut failed = Vec::new();
        let mut loaded = 0;
        for e in pack.entries().filter(|e| e.is_beam()) {
            match atomvm_core::loader::load(e.data, &mut atoms) {
                Ok(_) => loaded += 1,
                Err(err) => failed.push(format!("{}: {err}", e.name)),
            }
        }
        assert!(loaded > 20, "only {loaded} modules");
        assert_eq!(failed.len(), 1, "{failed:#?}");
        assert!(
            failed[0].starts_with("string_jaro.beam: ") && failed[0].contains("float"),
            "{failed:?}"
        );
    }

    const UNSUPPORTED: &str = "{error,{unsupported,{feature,float}}}";

    #[test]
    fn every_way_to_make_a_float_raises() {
        let dir = work_dir("float");
        // Each case on its own line; every one must raise the same error.
        let cases = [
            // `X / Y` compiles to float-register instructions (fconv, fdiv) ...
            "fun() -> id(6) / id(3) end",
            // ... and through apply it is the BIF erlang:'/'/2 (`id` keeps the compiler
            // from computing constant calls: it would make a float literal).
            "fun() -> erlang:apply(id(erlang), '/', [6, 3]) end",
            "fun() -> float(id(3)) end",
            "fun() -> math:sqrt(id(4)) end",
            "fun() -> (id(math)):pi() end",
            "fun() -> list_to_float(id(\"1.5\")) end",
            "fun() -> binary_to_float(id(<<\"1.5\">>)) end",
            "fun() -> float_to_list(id(1)) end",
            "fun() -> float_to_binary(id(1)) end",
            // Float segments, matched and built.
            "fun() -> <<F:64/float>> = id(<<0:64>>), F end",
            "fun() -> <<(id(1)):64/float>> end",
            "fun() -> <<(id(1)):32/float>> end",
        ];
        let body: Vec<String> = cases
            .iter()
            .map(|c| format!("    erlang:display(try_({c}))"))
            .collect();
        let src = program("floats", &format!("start() ->\n{}.\n", body.join(",\n")));
        let out = run_ok(&dir, "floats", &src);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), cases.len(), "{out}");
        for (case, line) in cases.iter().zip(&lines) {
            assert_eq!(*line, UNSUPPORTED, "{case}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_float_constant_does_not_load() {
        let dir = work_dir("float-literal");
        // A bare float and a float inside a literal term: both are in the literal table.
        for (module, expr) in [("flit", "1.5"), ("flit_tuple", "{a, [2.5]}")] {
            let src = format!(
                "-module({module}).\n-export([start/0]).\nstart() -> erlang:display({expr}).\n"
            );
            let out = run(&dir, module, &src);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!out.status.success(), "{module} ran");
            assert!(out.stdout.is_empty(), "{module} printed");
            assert!(
                stderr.contains(&format!("load error: module {module}: "))
                    && stderr.contains(
                        "float literal: this build has no float (cargo feature `float` is off)"
                    ),
                "{module}: {stderr}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_loader_names_the_feature() {
        use atomvm_core::loader::compact::{CompactError, Reader};
        use atomvm_core::loader::error::{LoadError, LoadErrorKind};
        // An old compiler's compact-term float (extended tag 0, then 8 bytes): 1.5.
        let bytes = [0x07, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0];
        assert!(matches!(
            Reader::new(&bytes).operand(),
            Err(CompactError::FeatureOff("float"))
        ));
        let e = LoadError {
            module: Some("m".into()),
            chunk: *b"Code",
            offset: 0x20,
            kind: LoadErrorKind::FeatureOff {
                feature: "float",
                what: "float operand",
                hint: "",
            },
        };
        assert_eq!(
            e.to_string(),
            "module m: chunk Code, offset 0x20: \
             float operand: this build has no float (cargo feature `float` is off)"
        );
    }
}

#[cfg(not(feature = "ets"))]
mod ets_off {
    use super::*;

    #[test]
    fn every_ets_bif_raises() {
        let dir = work_dir("ets");
        let src = program(
            "etsoff",
            "
start() ->
    erlang:display(try_(fun() -> ets:new(id(t), [set]) end)),
    erlang:display(try_(fun() -> ets:insert(id(t), {a, 1}) end)),
    erlang:display(try_(fun() -> ets:lookup(id(t), a) end)),
    erlang:display(try_(fun() -> ets:all() end)).
",
        );
        assert_eq!(
            run_ok(&dir, "etsoff", &src),
            "{error,{unsupported,{feature,ets}}}\n".repeat(4)
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
