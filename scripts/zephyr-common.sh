# Sourced by the scripts/zephyr-*.sh scripts: what each of them needs before and around
# `west build` and QEMU. Expects ROOT (this repository) to be set.

# zephyr_setup NAME [skip]: find the Zephyr tree (ZEPHYR_BASE, else ZEPHYR_WORKSPACE or
# ~/zephyrproject) and put west on PATH (the workspace's venv). Without a tree: with `skip`,
# say NAME was SKIPPED and exit 0 (for CI on machines without Zephyr), else fail.
zephyr_setup() {
  local name=$1 ws=${ZEPHYR_WORKSPACE:-$HOME/zephyrproject}
  if [[ -z ${ZEPHYR_BASE:-} && -f $ws/zephyr/VERSION ]]; then
    export ZEPHYR_BASE=$ws/zephyr
  fi
  if [[ -z ${ZEPHYR_BASE:-} || ! -f $ZEPHYR_BASE/VERSION ]]; then
    if [[ ${2:-} == skip ]]; then
      echo "$name: SKIPPED: no Zephyr tree (set ZEPHYR_BASE, or run scripts/zephyr-workspace.sh" \
           "to assemble ~/zephyrproject); the Zephyr module was not built or tested"
      exit 0
    fi
    echo "$name: no Zephyr tree (set ZEPHYR_BASE or run scripts/zephyr-workspace.sh)" >&2
    exit 1
  fi
  ws=$(cd "$ZEPHYR_BASE/.." && pwd)
  if ! command -v west >/dev/null && [[ -f $ws/.venv/bin/activate ]]; then
    # shellcheck disable=SC1091
    source "$ws/.venv/bin/activate"
  fi
  command -v west >/dev/null || { echo "$name: west not found (pip install west)" >&2; exit 1; }
}

# The host tool (for `atomvm pack` in the builds) and the standard library; sets ATOMVM.
zephyr_host_tool() {
  (cd "$ROOT" && cargo build --release --quiet -p atomvm-host) || exit 1
  "$ROOT/scripts/build-libs.sh" >/dev/null || exit 1
  ATOMVM=${CARGO_TARGET_DIR:-$ROOT/target}/release/atomvm
  [[ $ATOMVM == /* ]] || ATOMVM=$ROOT/$ATOMVM
}

# Whether Debian's arm-none-eabi-gcc and qemu-system-arm are there.
have_arm_qemu() {
  command -v arm-none-eabi-gcc >/dev/null && command -v qemu-system-arm >/dev/null
}

# The environment of a Cortex-M build with Debian's arm-none-eabi-gcc.
arm_toolchain_env() {
  export ZEPHYR_TOOLCHAIN_VARIANT=cross-compile
  export CROSS_COMPILE=${CROSS_COMPILE:-$(dirname "$(command -v arm-none-eabi-gcc)")/arm-none-eabi-}
}

# The build directory of this checkout for TAG (two checkouts never share one: west refuses
# a directory configured for another source tree).
zephyr_build_dir() {
  echo "${ZEPHYR_TEST_BUILD:-${TMPDIR:-/tmp}/atomvm-zephyr-build-$(printf %s "$ROOT" | md5sum | cut -c1-8)}$1"
}

# run_qemu SECONDS MACHINE ELF LOG [QEMU ARGS...]: run a Cortex-M3 image with its console in
# LOG until the VM reports its exit, the board panics or halts, or SECONDS pass.
run_qemu() {
  local seconds=$1 machine=$2 elf=$3 log=$4 i
  shift 4
  : >"$log"
  qemu-system-arm -cpu cortex-m3 -machine "$machine" -nographic -vga none -net none \
    -serial file:"$log" -monitor none -kernel "$elf" "$@" </dev/null >/dev/null 2>&1 &
  local pid=$!
  for ((i = 0; i < seconds * 10; i++)); do
    grep -aq '^\[atomvm\] exit\|^panic: \|ZEPHYR FATAL ERROR\|memory allocation of .* failed' \
      "$log" 2>/dev/null && sleep 0.2 && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.1
  done
  kill $pid 2>/dev/null; wait $pid 2>/dev/null
  return 0
}
