#!/usr/bin/env bash
# The Zephyr checks: build samples/hello_world for native_sim/native/64 and check what it
# prints, then run the Erlang test programs (tests/erlang/*.erl) on native_sim/native/64 and
# compare each with the host build (`atomvm run`): same stdout, same success or failure. It is
# the check of tests/zephyr/erlang/testcase.yaml for every program, without twister (one
# build; each program is given to zephyr.exe with -avm=FILE).
#
# Usage: scripts/zephyr-test.sh [PROGRAM...]     (default: every tests/erlang/*.erl)
# Needs a Zephyr workspace (ZEPHYR_BASE, or ~/zephyrproject as scripts/zephyr-workspace.sh
# makes it); without one it says so and exits 0. ZEPHYR_TEST_BUILD: build directory
# (default ${TMPDIR:-/tmp}/atomvm-zephyr-build-<hash of this checkout's path>, so two checkouts
# never share one). Exit status 0 when every program agrees.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/zephyr-common.sh
source "$ROOT/scripts/zephyr-common.sh"
zephyr_setup zephyr-test skip
export ZEPHYR_TOOLCHAIN_VARIANT=${ZEPHYR_TOOLCHAIN_VARIANT:-host}
BUILD=$(zephyr_build_dir "")
BOARD=native_sim/native/64
echo "== Zephyr $(sed -n 's/^VERSION_MAJOR = //p;s/^VERSION_MINOR = //p;s/^PATCHLEVEL = //p' "$ZEPHYR_BASE/VERSION" | paste -sd.) at $ZEPHYR_BASE"

# The host tool and the standard library, which both builds use.
zephyr_host_tool
LIB=$ROOT/libs/atomvmlib.avm

build() { # build DIR APP [cmake args...]
  local dir=$1 app=$2; shift 2
  # `-p auto` starts afresh when the directory was configured for another source tree.
  local args=(-p auto -b "$BOARD" -d "$dir" "$app")
  if ! west build "${args[@]}" -- -DATOMVM_TOOL="$ATOMVM" "$@" >"$dir.log" 2>&1; then
    tail -40 "$dir.log"
    echo "zephyr-test: FAIL: west build of $app (log: $dir.log)"
    return 1
  fi
}

# The console of zephyr.exe without the boot banner and the VM's diagnostics; the exit status
# the VM reported (`[atomvm] exit N`) in $status.
console() { # console LOGFILE
  grep -av '^\*\*\* Booting Zephyr' "$1" | grep -av '^\[atomvm\] ' || true
}
vm_status() { sed -n 's/^\[atomvm\] exit \([0-9-]*\)$/\1/p' "$1" | tail -1; }

failed=0
mkdir -p "$(dirname "$BUILD")"
echo "== samples/hello_world on $BOARD"
if build "$BUILD-hello" "$ROOT/samples/hello_world"; then
  out=$(mktemp)
  timeout 60 "$BUILD-hello/zephyr/zephyr.exe" --no-rt >"$out" 2>&1
  expected=$'Hello from Erlang on one scheduler!\n[{answer,42},#{vm => atomvm_rs},[1,2,3,4,5]]'
  if [[ $(console "$out") == "$expected" && $(vm_status "$out") == 0 ]]; then
    echo "hello_world: ok"
  else
    echo "zephyr-test: FAIL: hello_world printed:"; cat "$out"; failed=1
  fi
  rm -f "$out"
else
  failed=1
fi

echo "== samples/minimal on qemu_cortex_m3 (256 KB of flash, 64 KB of RAM) under qemu-system-arm"
if have_arm_qemu; then
  if (arm_toolchain_env && BOARD=qemu_cortex_m3 build "$BUILD-minimal-m3" "$ROOT/samples/minimal"); then
    out=$(mktemp)
    run_qemu 30 lm3s6965evb "$BUILD-minimal-m3/zephyr/zephyr.elf" "$out"
    tr -d '\r' <"$out" >"$out.txt"
    expected=$'hello_from_erlang\n{answer,42}\n[{schedulers,1},#{vm=>atomvm_rs}]'
    if [[ $(console "$out.txt") == "$expected" && $(vm_status "$out.txt") == 0 ]]; then
      echo "minimal on qemu_cortex_m3: ok ($(grep -a 'FLASH:\|RAM:' "$BUILD-minimal-m3.log" |
        awk '{printf "%s %s %s of %s %s; ", $1, $2, $3, $4, $5}')$(grep -a 'heap: at most' "$out.txt" | sed 's/^\[atomvm\] //'))"
    else
      echo "zephyr-test: FAIL: minimal on qemu_cortex_m3 printed:"; cat "$out.txt"; failed=1
    fi
    rm -f "$out" "$out.txt"
  else
    failed=1
  fi
else
  echo "zephyr-test: qemu_cortex_m3 SKIPPED: arm-none-eabi-gcc or qemu-system-arm not installed"
fi

echo "== tests/erlang programs on $BOARD vs the host build"
build "$BUILD-erlang" "$ROOT/tests/zephyr/erlang" -DATOMVM_TEST= || exit 1
EXE=$BUILD-erlang/zephyr/zephyr.exe
PROGRAMS=("$@")
if [[ ${#PROGRAMS[@]} -eq 0 ]]; then
  for f in "$ROOT"/tests/erlang/*.erl; do PROGRAMS+=("$(basename "$f" .erl)"); done
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/atomvm-zephyr-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
pass=0 fail=0
for p in "${PROGRAMS[@]}"; do
  p=$(basename "$p" .erl)
  d=$WORK/$p
  mkdir -p "$d"
  if ! erlc -o "$d" "$ROOT/tests/erlang/$p.erl" >"$d/erlc.err" 2>&1 ||
     ! "$ATOMVM" pack -o "$d/$p.avm" "$d/$p.beam" >/dev/null 2>&1; then
    echo "FAIL $p: cannot compile or pack"; fail=$((fail + 1)); continue
  fi
  (cd "$d" && ATOMVM_SCHEDULERS=2 ATOMVM_LIB=$LIB timeout 120 "$ATOMVM" run "$d/$p.avm" \
     >"$d/host.out" 2>"$d/host.err" </dev/null)
  host_rc=$?
  (cd "$d" && timeout 120 "$EXE" --no-rt -avm="$d/$p.avm" -lib="$LIB" >"$d/zephyr.log" 2>&1 </dev/null)
  exe_rc=$?
  z_status=$(vm_status "$d/zephyr.log")
  console "$d/zephyr.log" >"$d/zephyr.out"
  why=
  if [[ -z $z_status ]]; then
    why="no exit report from the VM (zephyr.exe status $exe_rc)"
  elif [[ $exe_rc != "$z_status" ]]; then
    why="zephyr.exe status $exe_rc, VM reported $z_status"
  elif [[ $(( host_rc == 0 )) != $(( z_status == 0 )) ]]; then
    why="host exit $host_rc, zephyr exit $z_status"
  elif ! cmp -s "$d/host.out" "$d/zephyr.out"; then
    why="stdout differs"
  fi
  if [[ -n $why ]]; then
    echo "FAIL $p: $why"
    diff "$d/host.out" "$d/zephyr.out" | head -8 | sed 's/^/    /'
    grep -a '^\[atomvm\]' "$d/zephyr.log" | head -4 | sed 's/^/    /'
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
done
echo "$pass passed, $fail failed (tests/erlang on $BOARD vs the host build)"
[[ $fail -eq 0 && $failed -eq 0 ]]
