#!/usr/bin/env bash
# Assemble a Zephyr workspace outside the repository, where a Zephyr user keeps theirs
# (default ~/zephyrproject, or $1), from git mirrors of the three repositories it needs:
#   zephyr/               Zephyr 4.1.0 (ZMK's v4.1.0+zmk-fixes fork)
#   modules/lang/rust/    zephyr-lang-rust (main, a871c7f or later for native_sim/native/64)
#   modules/hal/cmsis/    CMSIS headers for Cortex-M boards
# With network access, `west init -m https://github.com/<you>/atomvm-rs && west update` does
# the same from west.yml. Without it, point the variables below at bare git mirrors:
#   ZEPHYR_GIT      a clone of samuelliden/zmk-paw3395-mouse (its zephyr/ folder at
#                   ZEPHYR_COMMIT is Zephyr 4.1.0) or of zephyrproject-rtos/zephyr (then set
#                   ZEPHYR_SUBDIR= and ZEPHYR_COMMIT=v4.1.0)
#   RUST_GIT        a clone of zephyrproject-rtos/zephyr-lang-rust
#   CMSIS_GIT       a clone of zephyrproject-rtos/cmsis
# Nothing of this goes into the repository. Also creates the Python venv (.venv) with
# Zephyr's requirements-base.txt and west, and installs the Rust targets the builds use.
set -euo pipefail

WS=${1:-${ZEPHYR_WORKSPACE:-$HOME/zephyrproject}}
MIRRORS=${MIRRORS:-/work/.mirror}
ZEPHYR_GIT=${ZEPHYR_GIT:-$MIRRORS/samuelliden+zmk-paw3395-mouse/repo}
ZEPHYR_COMMIT=${ZEPHYR_COMMIT:-6525764565dff7efc08a8f085c883b763b2ac061}
ZEPHYR_SUBDIR=${ZEPHYR_SUBDIR-zephyr}
RUST_GIT=${RUST_GIT:-$MIRRORS/zephyrproject-rtos+zephyr-lang-rust/repo}
RUST_COMMIT=${RUST_COMMIT:-ab3e546232bfa2f4e16d6c5156b9d9500885b4e8}
CMSIS_GIT=${CMSIS_GIT:-$MIRRORS/zephyrproject-rtos+cmsis/repo}
CMSIS_COMMIT=${CMSIS_COMMIT:-master}
# Optional HALs for real boards (nucleo_f429zi, esp32c3_devkitm), at the revisions Zephyr
# 4.1.0's west.yml names; extracted when the mirror exists.
STM32_GIT=${STM32_GIT:-$MIRRORS/zephyrproject-rtos+hal_stm32/repo}
STM32_COMMIT=${STM32_COMMIT:-55043bcc35fffa3b4a8c75a696d932b5020aad09}
ESPRESSIF_GIT=${ESPRESSIF_GIT:-$MIRRORS/zephyrproject-rtos+hal_espressif/repo}
ESPRESSIF_COMMIT=${ESPRESSIF_COMMIT:-202c59552dc98e5cd02386313e1977ecb17a131f}

# Extract `tree` (commit[:subdir]) of a git dir into `dest`, replacing what was there.
extract() {
    local gitdir=$1 tree=$2 dest=$3 strip=$4
    rm -rf "$dest"
    mkdir -p "$dest"
    git --git-dir="$gitdir" archive --format=tar "$tree" | tar -x -C "$dest" --strip-components="$strip"
}

mkdir -p "$WS"
if [ ! -f "$WS/zephyr/VERSION" ]; then
    echo "== zephyr/ from $ZEPHYR_GIT $ZEPHYR_COMMIT${ZEPHYR_SUBDIR:+:$ZEPHYR_SUBDIR}"
    if [ -n "$ZEPHYR_SUBDIR" ]; then
        # Only that folder: the rest of the fork's tree is not needed (and not all stored).
        extract "$ZEPHYR_GIT" "$ZEPHYR_COMMIT:$ZEPHYR_SUBDIR" "$WS/zephyr" 0
        # The fork carries a module.yml of its own (ZMK's); Zephyr itself has none.
        rm -f "$WS/zephyr/module.yml"
    else
        extract "$ZEPHYR_GIT" "$ZEPHYR_COMMIT" "$WS/zephyr" 0
    fi
fi
# Files Zephyr's .gitignore kept out of that commit. Neither native_sim nor qemu_cortex_m3
# uses what they configure (SWO logging, I2C target mode, sysbuild's build image), but the
# symbols other Kconfig files refer to must be declared with a type.
z=$WS/zephyr
mkdir -p "$z/drivers/i2c/target" "$z/share/sysbuild/build"
[ -e "$z/drivers/i2c/target/CMakeLists.txt" ] ||
    echo "# placeholder (missing from the fetched tree)" >"$z/drivers/i2c/target/CMakeLists.txt"
[ -e "$z/drivers/i2c/target/Kconfig.eeprom" ] ||
    echo "# placeholder (missing from the fetched tree)" >"$z/drivers/i2c/target/Kconfig.eeprom"
[ -e "$z/drivers/i2c/target/Kconfig" ] ||
    printf '# placeholder (missing from the fetched tree)\nconfig I2C_TARGET_BUFFER_MODE\n\tbool\n' \
        >"$z/drivers/i2c/target/Kconfig"
[ -e "$z/share/sysbuild/build/Kconfig" ] ||
    echo "# placeholder (missing from the fetched tree)" >"$z/share/sysbuild/build/Kconfig"
[ -e "$z/subsys/logging/backends/Kconfig.swo" ] ||
    printf '# placeholder (missing from the fetched tree)\nconfig LOG_BACKEND_SWO\n\tbool\nconfig LOG_BACKEND_SWO_FREQ_HZ\n\tint\nconfig LOG_BACKEND_SWO_REF_FREQ_HZ\n\tint\n' \
        >"$z/subsys/logging/backends/Kconfig.swo"
if [ ! -f "$WS/modules/lang/rust/CMakeLists.txt" ]; then
    echo "== modules/lang/rust from $RUST_GIT $RUST_COMMIT"
    extract "$RUST_GIT" "$RUST_COMMIT" "$WS/modules/lang/rust" 0
fi
if [ ! -d "$WS/modules/hal/cmsis/CMSIS" ]; then
    echo "== modules/hal/cmsis from $CMSIS_GIT $CMSIS_COMMIT"
    extract "$CMSIS_GIT" "$CMSIS_COMMIT" "$WS/modules/hal/cmsis" 0
fi
if [ ! -d "$WS/modules/hal/stm32/stm32cube" ] && [ -d "$STM32_GIT" ]; then
    echo "== modules/hal/stm32 from $STM32_GIT $STM32_COMMIT"
    extract "$STM32_GIT" "$STM32_COMMIT" "$WS/modules/hal/stm32" 0
fi
if [ ! -d "$WS/modules/hal/espressif/zephyr" ] && [ -d "$ESPRESSIF_GIT" ]; then
    echo "== modules/hal/espressif from $ESPRESSIF_GIT $ESPRESSIF_COMMIT"
    extract "$ESPRESSIF_GIT" "$ESPRESSIF_COMMIT" "$WS/modules/hal/espressif" 0
fi

# A west workspace whose manifest names the three trees, so that `west build` finds them as
# Zephyr modules (this repository is added by the samples as an extra module). With network
# access, the repository's own west.yml is the manifest instead.
if [ ! -f "$WS/.west/config" ]; then
    mkdir -p "$WS/.west" "$WS/manifest"
    cat >"$WS/manifest/west.yml" <<'YML'
# Local manifest of a workspace assembled by atomvm-rs scripts/zephyr-workspace.sh.
manifest:
  remotes:
    - name: zephyrproject-rtos
      url-base: https://github.com/zephyrproject-rtos
  projects:
    - name: zephyr
      remote: zephyrproject-rtos
      revision: v4.1.0
      path: zephyr
      west-commands: scripts/west-commands.yml
    - name: zephyr-lang-rust
      remote: zephyrproject-rtos
      revision: main
      path: modules/lang/rust
    - name: cmsis
      remote: zephyrproject-rtos
      revision: master
      path: modules/hal/cmsis
    - name: hal_stm32
      remote: zephyrproject-rtos
      revision: 55043bcc35fffa3b4a8c75a696d932b5020aad09
      path: modules/hal/stm32
    - name: hal_espressif
      remote: zephyrproject-rtos
      revision: 202c59552dc98e5cd02386313e1977ecb17a131f
      path: modules/hal/espressif
  self:
    path: manifest
YML
    printf '[manifest]\npath = manifest\nfile = west.yml\n\n[zephyr]\nbase = zephyr\n' >"$WS/.west/config"
fi

if [ ! -x "$WS/.venv/bin/west" ]; then
    echo "== Python venv with Zephyr's requirements-base.txt and west"
    python3 -m venv "$WS/.venv"
    "$WS/.venv/bin/pip" install -q -r "$WS/zephyr/scripts/requirements-base.txt" west
fi
if command -v rustup >/dev/null; then
    rustup target add x86_64-unknown-none thumbv7m-none-eabi >/dev/null
fi
echo "Zephyr workspace ready: $WS (export ZEPHYR_BASE=$WS/zephyr; source $WS/.venv/bin/activate)"
