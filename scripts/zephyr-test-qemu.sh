#!/usr/bin/env bash
# The Erlang test programs (tests/erlang/*.erl) on a 32-bit Cortex-M3 under qemu-system-arm
# (board mps2/an385), compared with the host build (`atomvm run`): same stdout, same success or
# failure. One build of tests/zephyr/erlang; each program's pack is put in the board's
# `atomvm_app` flash partition by QEMU (-device loader). The board has 4 MB of RAM, so a
# program that needs more heap than CONFIG_ATOMVM_HEAP_SIZE (2 MB there) fails here and not on
# the host: such failures are reported as "out of memory" and do not fail the run. The UART
# console turns LF into CR LF, so carriage returns are not compared.
#
# Usage: scripts/zephyr-test-qemu.sh [PROGRAM...]   (default: every tests/erlang/*.erl)
# Needs a Zephyr workspace (as scripts/zephyr-test.sh), arm-none-eabi-gcc and qemu-system-arm.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/zephyr-common.sh
source "$ROOT/scripts/zephyr-common.sh"
have_arm_qemu || { echo "zephyr-test-qemu: SKIPPED: arm-none-eabi-gcc or qemu-system-arm not installed"; exit 0; }
zephyr_setup zephyr-test-qemu skip
arm_toolchain_env
BUILD=$(zephyr_build_dir -an385)
zephyr_host_tool
args=(-p auto -b mps2/an385 -d "$BUILD" "$ROOT/tests/zephyr/erlang")
if ! west build "${args[@]}" -- -DATOMVM_TEST= -DATOMVM_TOOL="$ATOMVM" >"$BUILD.log" 2>&1; then
  tail -30 "$BUILD.log"; echo "zephyr-test-qemu: FAIL: west build (log: $BUILD.log)"; exit 1
fi
ELF=$BUILD/zephyr/zephyr.elf

PROGRAMS=("$@")
if [[ ${#PROGRAMS[@]} -eq 0 ]]; then
  for f in "$ROOT"/tests/erlang/*.erl; do PROGRAMS+=("$(basename "$f" .erl)"); done
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/atomvm-zephyr-qemu.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
pass=0 fail=0 oom=0
for p in "${PROGRAMS[@]}"; do
  p=$(basename "$p" .erl); d=$WORK/$p; mkdir -p "$d"
  if ! erlc -o "$d" "$ROOT/tests/erlang/$p.erl" >/dev/null 2>&1 ||
     ! "$ATOMVM" pack -o "$d/$p.avm" "$d/$p.beam" >/dev/null 2>&1; then
    echo "FAIL $p: cannot compile or pack"; fail=$((fail + 1)); continue
  fi
  if [[ $(stat -c %s "$d/$p.avm") -gt 262144 ]]; then
    echo "FAIL $p: pack larger than the 256 KB partition"; fail=$((fail + 1)); continue
  fi
  (cd "$d" && ATOMVM_SCHEDULERS=1 ATOMVM_LIB=$ROOT/libs/atomvmlib.avm timeout 120 "$ATOMVM" run \
     "$d/$p.avm" >"$d/host.raw" 2>/dev/null </dev/null)
  host_rc=$?
  # The board's UART console turns LF into CR LF: CRs are compared away on both sides.
  tr -d '\r' <"$d/host.raw" >"$d/host.out"
  run_qemu 120 mps2-an385 "$ELF" "$d/qemu.log" -device loader,file="$d/$p.avm",addr=0x300000
  tr -d '\r' <"$d/qemu.log" >"$d/qemu.txt"
  status=$(sed -n 's/^\[atomvm\] exit \([0-9-]*\)$/\1/p' "$d/qemu.txt" | tail -1)
  grep -av '^\*\*\* Booting Zephyr' "$d/qemu.txt" | grep -av '^\[atomvm\] ' >"$d/qemu.out"
  if grep -aq 'memory allocation of .* failed' "$d/qemu.txt"; then
    echo "OOM  $p: needs more than the board's heap"; oom=$((oom + 1)); continue
  fi
  why=
  if [[ -z $status ]]; then why="no exit report from the VM"
  elif [[ $(( host_rc == 0 )) != $(( status == 0 )) ]]; then why="host exit $host_rc, board exit $status"
  elif ! cmp -s "$d/host.out" "$d/qemu.out"; then why="stdout differs"
  fi
  if [[ -n $why ]]; then
    echo "FAIL $p: $why"
    diff "$d/host.out" "$d/qemu.out" | head -6 | sed 's/^/    /'
    grep -av '^\*\*\* Booting' "$d/qemu.txt" | grep -a '^\[atomvm\]\|panic' | head -3 | sed 's/^/    /'
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
done
echo "$pass passed, $fail failed, $oom out of memory (tests/erlang on mps2/an385 (Cortex-M3, QEMU) vs the host build)"
[[ $fail -eq 0 ]]
