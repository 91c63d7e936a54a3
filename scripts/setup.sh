#!/usr/bin/env bash
# Installs what building and testing the VM needs on a Debian machine, and nothing when it
# is already there: Debian's Erlang/OTP 25 and Elixir (the reference compiler and VM), the
# Rust targets of the microcontroller builds, and the OTP 27 and 29 chroots
# (scripts/otp-chroot.sh). Safe to run again; quick when all is present.
#
#   ATOMVM_SETUP_CHROOTS=0   skip the OTP 27/29 chroots (tests then skip those releases)
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "setup: $*" >&2; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; return 1; fi
}

# Debian packages: the whole erlang (so every OTP application's .beam is there to load),
# its sources (beam_opcodes.hrl, beam_disasm.erl), Elixir, and debootstrap for the chroots.
pkgs=(erlang erlang-src elixir debootstrap)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  log "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Rust targets: a Cortex-M3 (STM32-class) core must keep building.
if command -v rustup >/dev/null; then
  for t in thumbv7m-none-eabi; do
    rustup target list --installed | grep -qx "$t" || rustup target add "$t"
  done
fi

# The OTP 27 and 29 reference installations.
if [[ ${ATOMVM_SETUP_CHROOTS:-1} != 0 ]]; then
  for rel in 27 29; do
    as_root scripts/otp-chroot.sh "$rel" >/dev/null
  done
fi
log "ready"
