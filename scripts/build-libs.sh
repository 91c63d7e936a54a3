#!/bin/sh
# Builds the standard library: compiles libs/estdlib/src/*.erl with the
# host erlc into libs/estdlib/ebin/ and packs the modules into the
# library pack libs/atomvmlib.avm (no start module) with our own
# `atomvm pack`. Both outputs are git-ignored.
#
# Usage: scripts/build-libs.sh
# Honours CARGO_TARGET_DIR (where cargo puts the atomvm binary) and
# ERLC (the compiler to use; default: erlc on PATH).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
src="$root/libs/estdlib/src"
ebin="$root/libs/estdlib/ebin"
avm="$root/libs/atomvmlib.avm"
erlc=${ERLC:-erlc}

command -v "$erlc" >/dev/null 2>&1 || {
    echo "build-libs: $erlc not found (scripts/setup.sh installs Erlang/OTP)" >&2
    exit 1
}

# The atomvm tool, built with cargo (into CARGO_TARGET_DIR if set).
(cd "$root" && cargo build --release --quiet -p atomvm-host)
target=${CARGO_TARGET_DIR:-$root/target}
case "$target" in /*) ;; *) target="$root/$target" ;; esac
atomvm="$target/release/atomvm"

# Fresh ebin: a module deleted from src must not linger in the pack.
rm -rf "$ebin"
mkdir -p "$ebin"
"$erlc" -Werror -o "$ebin" "$src"/*.erl

rm -f "$avm"
"$atomvm" pack --no-start -o "$avm" "$ebin"/*.beam

# Sizes: the pack, then each entry as `atomvm pack --list` reports it.
echo "$(wc -c <"$avm" | tr -d ' ') bytes  ${avm#"$root"/}"
"$atomvm" pack --list "$avm"
