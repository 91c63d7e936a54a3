#!/usr/bin/env bash
# The smallest CONFIG_ATOMVM_HEAP_SIZE (to 4 KB) at which a sample still runs to
# `[atomvm] exit 0` on a Cortex-M3 under qemu-system-arm (board mps2/an385, or BOARD=
# qemu_cortex_m3), by bisection:
# one build and one QEMU run per step. Prints each step, the memory report of the last build
# and the result.
#
# Usage: scripts/zephyr-min-heap.sh [SAMPLE_DIR] [-- CMAKE_ARGS...]
#   SAMPLE_DIR   default samples/hello_world
#   CMAKE_ARGS   e.g. -DCONFIG_ATOMVM_PRUNE_LIB=y -DCONFIG_ATOMVM_FLOAT=n
# Environment: BOARD (mps2/an385 or qemu_cortex_m3), LO and HI (bytes, default 4096 and
# 262144), ZEPHYR_BASE or ~/zephyrproject.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SAMPLE=$ROOT/samples/hello_world
if [[ $# -gt 0 && $1 != -- ]]; then SAMPLE=$(cd "$1" && pwd); shift; fi
[[ ${1:-} == -- ]] && shift
EXTRA=("$@")
# shellcheck source=scripts/zephyr-common.sh
source "$ROOT/scripts/zephyr-common.sh"
zephyr_setup zephyr-min-heap
arm_toolchain_env
BOARD=${BOARD:-mps2/an385}
case $BOARD in
  mps2/an385) MACHINE=mps2-an385 ;;
  qemu_cortex_m3) MACHINE=lm3s6965evb ;;
  *) echo "zephyr-min-heap: BOARD must be mps2/an385 or qemu_cortex_m3" >&2; exit 1 ;;
esac
BUILD=${TMPDIR:-/tmp}/atomvm-min-heap-$(printf %s "$ROOT$SAMPLE$BOARD" | md5sum | cut -c1-8)
zephyr_host_tool

runs_with() { # runs_with HEAP_BYTES -> 0 when the sample exits 0
  if ! west build -p auto -b "$BOARD" -d "$BUILD" "$SAMPLE" -- -DATOMVM_TOOL="$ATOMVM" \
      -DCONFIG_ATOMVM_HEAP_SIZE="$1" "${EXTRA[@]}" >"$BUILD.log" 2>&1; then
    tail -20 "$BUILD.log"; echo "zephyr-min-heap: build failed (log: $BUILD.log)" >&2; exit 1
  fi
  run_qemu 60 "$MACHINE" "$BUILD/zephyr/zephyr.elf" "$BUILD.console"
  grep -aq '^\[atomvm\] exit 0' "$BUILD.console"
}

lo=${LO:-4096} hi=${HI:-262144}   # invariant: fails at lo (assumed), runs at hi
runs_with "$hi" || { echo "zephyr-min-heap: does not run even with $hi bytes" >&2; exit 1; }
while ((hi - lo > 4096)); do
  mid=$(((lo + hi) / 2 / 4096 * 4096))
  ((mid <= lo)) && mid=$((lo + 4096))
  if runs_with "$mid"; then echo "  $mid: runs"; hi=$mid; else echo "  $mid: fails"; lo=$mid; fi
done
runs_with "$hi" >/dev/null
grep -A3 'Memory region' "$BUILD.log"
echo "smallest CONFIG_ATOMVM_HEAP_SIZE that runs $(basename "$SAMPLE"): $hi bytes ($((hi / 1024)) KB; $lo fails)"
