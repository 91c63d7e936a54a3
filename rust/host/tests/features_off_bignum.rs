//! A VM built without the `bignum`, `etf` and `zlib` features (what a small board gets):
//! `cargo test -p atomvm-host --no-default-features --test features_off_bignum`. Each check
//! compiles only when its feature is off; with the default features this file has no tests.
//!
//! What is checked: an integer result, conversion or constant beyond the small-integer range
//! raises `error:{unsupported, {feature, bignum}}` or is a load error naming the feature
//! (never a wrapped value); the external term format BIFs raise
//! `{unsupported, {feature, etf}}`; a raw `.beam` whose `LitT` is compressed does not load
//! but the same module packed by `atomvm pack` (which stores `LitU`) does; integer programs
//! within range run as usual.
//!
//! The programs use no floats and no ETS (a build for small boards may leave those out too).

#![cfg(not(all(feature = "bignum", feature = "etf", feature = "zlib")))]
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use atomvm_pack::beam::Beam;

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "atomvm-features-off-{}-{n}-{tag}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Writes `MODULE.erl` with `source` into `dir` and compiles it with `erlc`; the `.beam`.
fn compile(dir: &Path, module: &str, source: &str) -> PathBuf {
    let erl = dir.join(format!("{module}.erl"));
    std::fs::write(&erl, source).unwrap();
    let out = Command::new("erlc")
        .arg("-o")
        .arg(dir)
        .arg(&erl)
        .output()
        .expect("erlc on PATH (these tests need Erlang/OTP)");
    assert!(
        out.status.success(),
        "erlc {module}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir.join(format!("{module}.beam"))
}

/// `atomvm pack` of one `.beam` into `MODULE.avm` beside it.
fn pack(beam: &Path) -> PathBuf {
    let avm = beam.with_extension("avm");
    let out = Command::new(env!("CARGO_BIN_EXE_atomvm"))
        .arg("pack")
        .arg("-o")
        .arg(&avm)
        .arg(beam)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "atomvm pack: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    avm
}

/// `atomvm run FILE` without the standard library (the programs need none).
fn run(file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atomvm"))
        .arg("run")
        .arg(file)
        .env("ATOMVM_LIB", "")
        .output()
        .unwrap()
}

/// Runs `file`, which must succeed; its stdout lines.
fn run_ok(file: &Path) -> Vec<String> {
    let out = run(file);
    assert!(
        out.status.success(),
        "{} failed: {}{}",
        file.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect()
}

/// Runs `file`, which must fail to load; its stderr.
fn run_load_error(file: &Path) -> String {
    let out = run(file);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!out.status.success(), "{} loaded: {err}", file.display());
    assert!(err.contains("load error: "), "{err}");
    err
}

const UNSUPPORTED_BIGNUM: &str = "{error,{unsupported,{feature,bignum}}}";
const UNSUPPORTED_ETF: &str = "{error,{unsupported,{feature,etf}}}";

/// Each line the program displays: `t/1` shows an exception as `{Class, Reason}`.
const OPS: &str = r#"
-module(fo_ops).
-export([start/0]).

start() ->
    X = id(1 bsl 26),
    erlang:display(X * 3),
    erlang:display(t(fun() -> X * X * X * X end)),
    erlang:display(t(fun() -> id(1) bsl 70 end)),
    erlang:display(t(fun() -> list_to_integer(id("123456789012345678901234567890")) end)),
    erlang:display(list_to_integer(id("-12345"))),
    erlang:display(t(fun() -> list_to_integer(id("12x")) end)),
    erlang:display(t(fun() -> binary_to_integer(id(<<"99999999999999999999999">>)) end)),
    erlang:display(t(fun() -> binary:decode_unsigned(id(<<255,255,255,255,255,255,255,255,1>>)) end)),
    <<S:72/signed>> = id(<<255,255,255,255,255,255,255,255,255>>),
    erlang:display(S),
    erlang:display(t(fun() -> <<U:72>> = id(<<255,255,255,255,255,255,255,255,255>>), U end)),
    <<W:200>> = id(<<0:192, 7>>),
    erlang:display(W),
    erlang:display(id(<<(-2):72>>) =:= <<255,255,255,255,255,255,255,255,254>>),
    ok.

t(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
"#;

#[cfg(not(feature = "bignum"))]
#[test]
fn integers_beyond_small_raise_unsupported_bignum() {
    let dir = TempDir::new("ops");
    let beam = compile(&dir.0, "fo_ops", OPS);
    let lines = run_ok(&pack(&beam));
    assert_eq!(
        lines,
        [
            "201326592",
            UNSUPPORTED_BIGNUM, // X^4 = 2^104
            UNSUPPORTED_BIGNUM, // 1 bsl 70
            UNSUPPORTED_BIGNUM, // list_to_integer of a 30-digit number
            "-12345",
            "{error,badarg}", // a bad digit is still badarg
            UNSUPPORTED_BIGNUM,
            UNSUPPORTED_BIGNUM, // decode_unsigned of 9 bytes
            "-1",               // 72 bits, signed, all ones: small
            UNSUPPORTED_BIGNUM, // the same bits unsigned: 2^72 - 1
            "7",                // a 200-bit field holding 7
            "true",             // a small integer written into 72 bits is sign-extended
        ]
    );
}

#[cfg(not(feature = "bignum"))]
#[test]
fn bignum_constants_are_load_errors_naming_the_feature() {
    let dir = TempDir::new("consts");
    // In a literal (the packed module's LitU).
    let lit = compile(
        &dir.0,
        "fo_lit",
        "-module(fo_lit).\n-export([start/0]).\n\
         start() -> erlang:display(id({big, 123456789012345678901234567890})).\n\
         id(X) -> X.\n",
    );
    let err = run_load_error(&pack(&lit));
    assert!(
        err.contains("literal integer beyond the small-integer range: this build has no bignum"),
        "{err}"
    );
    // An instruction operand (compact term).
    let op = compile(
        &dir.0,
        "fo_op",
        "-module(fo_op).\n-export([start/0]).\n\
         start() -> erlang:display(id(123456789012345678901234567890)).\n\
         id(X) -> X.\n",
    );
    let err = run_load_error(&pack(&op));
    assert!(
        err.contains("integer constant beyond the small-integer range: this build has no bignum"),
        "{err}"
    );
}

#[cfg(not(feature = "bignum"))]
#[test]
fn integer_programs_within_range_run() {
    let dir = TempDir::new("sum");
    // No literals, so the raw `.beam` (no LitT) loads too; its `Attr` chunk holds the MD5
    // `vsn` as a bignum, which `module_info` reports instead of hiding.
    let beam = compile(
        &dir.0,
        "fo_sum",
        "-module(fo_sum).\n-export([start/0]).\n\
         start() ->\n\
             erlang:display(sum(1000, 0)),\n\
             erlang:display(try fo_sum:module_info(attributes) catch C:R -> {C, R} end).\n\
         sum(0, A) -> A;\n\
         sum(N, A) -> sum(N - 1, A + N * N - (N div 3) + (N rem 7) band 5).\n",
    );
    let expected = ["333833500".to_string(), UNSUPPORTED_BIGNUM.to_string()];
    let packed = run_ok(&pack(&beam));
    let raw = run_ok(&beam);
    // Check against a sum computed here, not only against itself.
    let sum: i64 = (1..=1000i64).map(|n| n * n - (n / 3) + ((n % 7) & 5)).sum();
    assert_eq!(raw[0], sum.to_string());
    assert_eq!(raw[1], expected[1]);
    // A pack drops `Attr`: no attributes at all.
    assert_eq!(packed, [sum.to_string(), "[]".to_string()]);
}

#[cfg(not(feature = "etf"))]
#[test]
fn etf_bifs_raise_unsupported_etf() {
    let dir = TempDir::new("etf");
    let beam = compile(
        &dir.0,
        "fo_etf",
        r#"-module(fo_etf).
-export([start/0]).
start() ->
    erlang:display(t(fun() -> term_to_binary(id(ok)) end)),
    erlang:display(t(fun() -> term_to_binary(id(ok), [compressed]) end)),
    erlang:display(t(fun() -> term_to_iovec(id(ok)) end)),
    erlang:display(t(fun() -> binary_to_term(id(<<131,100,0,2,111,107>>)) end)),
    erlang:display(t(fun() -> binary_to_term(id(<<131,100,0,2,111,107>>), [safe]) end)).
t(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
"#,
    );
    assert_eq!(run_ok(&pack(&beam)), [UNSUPPORTED_ETF; 5]);
}

#[cfg(not(feature = "zlib"))]
#[test]
fn compressed_lit_t_is_a_load_error_and_a_pack_loads() {
    let dir = TempDir::new("litt");
    let beam = compile(
        &dir.0,
        "fo_litt",
        "-module(fo_litt).\n-export([start/0]).\n\
         start() -> erlang:display(id({some, [literal, <<\"data\">>], 42})).\n\
         id(X) -> X.\n",
    );
    // The premise: erlc wrote a compressed literal table (a non-zero uncompressed size).
    let bytes = std::fs::read(&beam).unwrap();
    let parsed = Beam::parse(&bytes).unwrap();
    let lit_t = parsed.chunk(b"LitT").expect("erlc writes a LitT chunk");
    assert_ne!(&lit_t.data[..4], &[0, 0, 0, 0], "LitT is not compressed");
    let err = run_load_error(&beam);
    assert!(
        err.contains(
            "compressed literal table: this build has no zlib (cargo feature `zlib` is off); \
             pack it with `atomvm pack`, which stores LitU"
        ),
        "{err}"
    );
    assert_eq!(run_ok(&pack(&beam)), ["{some,[literal,<<\"data\">>],42}"]);
}
