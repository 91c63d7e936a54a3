#!/usr/bin/env bash
# The whole test suite: sets up what it needs (scripts/setup.sh), then checks formatting and
# lints, builds the core for a microcontroller target, and runs every test of the workspace
# with all three OTP releases (25, 27, 29) required.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== core for thumbv7m-none-eabi (Cortex-M3)"
cargo build -p atomvm-core --target thumbv7m-none-eabi
cargo build -p atomvm-pack --target thumbv7m-none-eabi
echo "== tests"
export ATOMVM_REQUIRE_OTP=${ATOMVM_REQUIRE_OTP:-25,27,29}
cargo test --workspace
