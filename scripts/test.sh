#!/usr/bin/env bash
# The whole test suite: sets up what it needs (scripts/setup.sh), then checks formatting and
# lints, builds the core for a microcontroller target, runs every test of the workspace, and
# runs the Erlang differential suite (tests/erlang) against OTP 25, 27 and 29, all three
# required, then the Zephyr checks (scripts/zephyr-test.sh) when a Zephyr tree is present
# (ZEPHYR_BASE, or ~/zephyrproject from scripts/zephyr-workspace.sh); without one it says so.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
# The core's optional features off, as a small board builds it (docs/ARCHITECTURE.md).
cargo clippy -p atomvm-host --no-default-features --all-targets -- -D warnings
echo "== core for thumbv7m-none-eabi (Cortex-M3)"
cargo build -p atomvm-core --target thumbv7m-none-eabi
cargo build -p atomvm-core --target thumbv7m-none-eabi --no-default-features
cargo build -p atomvm-pack --target thumbv7m-none-eabi
echo "== standard library (some Rust tests run Erlang programs that use it)"
scripts/build-libs.sh >/dev/null
echo "== tests"
export ATOMVM_REQUIRE_OTP=${ATOMVM_REQUIRE_OTP:-25,27,29}
cargo test --workspace
echo "== host VM without the optional features (what a small board gets)"
cargo test -p atomvm-host --no-default-features --test features_off --test features_off_bignum
echo "== Erlang programs on OTP and on the VM"
cargo build --release -p atomvm-host
tests/erlang/harness.sh --known tests/erlang/known_failures.txt
echo "== the benchmark runner (benches/run) on a tiny program"
tests/bench/runner_test.sh
echo "== Zephyr module on native_sim/native/64 (when a Zephyr tree is present)"
scripts/zephyr-test.sh
