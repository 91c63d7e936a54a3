#!/usr/bin/env bash
# otp-chroot.sh — reference Erlang/OTP + Elixir installations for tests.
#
# Why: the VM must be checked against real BEAM files and the real compiler of
# more than one OTP release (opcode tables, beam_disasm, erlc/elixirc output),
# and the host only has the OTP its own Debian ships.  This script builds, once,
# a minimal Debian chroot per OTP release, cached outside the repository.
#
# Usage: scripts/otp-chroot.sh 27|29 [command...]
#   27 -> Debian trixie (OTP 27, Elixir 1.18)
#   29 -> Debian sid    (newest OTP Debian has; the build fails if it is not 29)
# Without a command: prints the chroot's host path.
# With a command: runs it inside the chroot (cwd kept if it exists there).
#
# Environment:
#   OTP_CHROOT_DIR   cache root (default /var/cache/atomvm-otp)
#   OTP_CHROOT_BIND  colon-separated host directories bind-mounted at the same
#                    path inside the chroot while the command runs
#
# Must run as root.  Needs no stdin.  Idempotent: a finished chroot carries a
# stamp file; one without the stamp is torn down and rebuilt.  Concurrent
# callers serialise on a flock.  Mounts (/proc, /dev, /sys, binds) are made in a
# private mount namespace, so they vanish when the command exits and never
# stack up or leak into the host.
set -euo pipefail

die() { echo "otp-chroot: $*" >&2; exit 1; }
log() { echo "otp-chroot: $*" >&2; }

[[ $# -ge 1 ]] || die "usage: $0 27|29 [command...]"
REL=$1; shift
case "$REL" in
  27) SUITE=trixie ;;
  29) SUITE=sid ;;
  *) die "unknown OTP release '$REL' (expected 27 or 29)" ;;
esac
[[ $(id -u) -eq 0 ]] || die "must run as root"

BASE=${OTP_CHROOT_DIR:-/var/cache/atomvm-otp}
DIR=$BASE/otp$REL
STAMP=$DIR/.otp-chroot-complete
PACKAGES=(erlang-base erlang-dev erlang-src elixir)
SELF=$(readlink -f "${BASH_SOURCE[0]}")
export DEBIAN_FRONTEND=noninteractive

# Re-run ourselves in a private mount namespace if the kernel lets us.
if [[ -z ${_OTP_CHROOT_NS:-} ]]; then
  if unshare --mount --propagation private true 2>/dev/null; then
    export _OTP_CHROOT_NS=1
    exec unshare --mount --propagation private -- bash "$SELF" "$REL" "$@"
  fi
  _OTP_CHROOT_NS=0
fi

# Debian mirror the host's apt already uses (first non-security .../debian URI).
host_mirror() {
  local f line uri words
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [[ -r $f ]] || continue
    while IFS= read -r line; do
      read -ra words <<< "${line%%#*}"
      for uri in "${words[@]}"; do
        [[ $uri =~ ^https?://[^[:space:]]+/debian/?$ ]] && { echo "${uri%/}"; return; }
      done
    done < "$f"
  done
  echo http://deb.debian.org/debian
}

# Unmount everything at or below $1, deepest first (only matters for leftovers
# of a run that had no private namespace, or a killed debootstrap).
unmount_below() {
  local root; root=$(readlink -f "$1")
  awk -v r="$root" '$5 == r || index($5, r "/") == 1 { print $5 }' /proc/self/mountinfo \
    | sort -r | while IFS= read -r m; do umount -l "$m" 2>/dev/null || true; done
}

FALLBACK_MOUNTS=()
cleanup_fallback() {
  local i
  for (( i=${#FALLBACK_MOUNTS[@]}-1; i>=0; i-- )); do
    umount -l "${FALLBACK_MOUNTS[i]}" 2>/dev/null || true
  done
}

# mount_at TARGET ARGS... : mount unless TARGET is already a mount point.
mount_at() {
  local target=$1; shift
  mountpoint -q "$target" && return 0
  mkdir -p "$target"
  mount "$@" "$target"
}

setup_mounts() {
  mount_at "$DIR/proc" -t proc proc
  mount_at "$DIR/dev" --rbind /dev
  mount_at "$DIR/sys" --rbind /sys 2>/dev/null || true
  # Without a private namespace, keep unmounts from propagating to the host.
  if [[ $_OTP_CHROOT_NS == 0 ]]; then
    mount --make-rslave "$DIR/dev" 2>/dev/null || true
    mount --make-rslave "$DIR/sys" 2>/dev/null || true
  fi
  local b IFS=:
  for b in ${OTP_CHROOT_BIND:-}; do
    [[ -n $b ]] || continue
    b=$(readlink -f "$b")
    [[ -d $b ]] || die "OTP_CHROOT_BIND: $b is not a directory"
    if [[ $_OTP_CHROOT_NS == 0 ]]; then
      mountpoint -q "$DIR$b" || FALLBACK_MOUNTS+=("$DIR$b")
    fi
    mount_at "$DIR$b" --bind "$b"
  done
}

in_chroot() {
  local home=/root
  [[ -n ${HOME:-} && -d $DIR$HOME ]] && home=$HOME
  chroot "$DIR" /usr/bin/env \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$home" \
    /bin/sh -c 'cd "$1" 2>/dev/null || cd /; shift; exec "$@"' sh "$PWD" "$@"
}

build() {
  local mirror t0 got includes=""
  t0=$(date +%s)
  mirror=$(host_mirror)
  log "building OTP $REL chroot ($SUITE from $mirror) in $DIR"
  if [[ -e $DIR ]]; then
    log "removing unfinished $DIR"
    unmount_below "$DIR"
    rm -rf --one-file-system "$DIR"
  fi
  if ! command -v debootstrap >/dev/null; then
    apt-get update -q </dev/null
    apt-get install -y -q --no-install-recommends debootstrap </dev/null
  fi
  [[ -e /usr/share/debootstrap/scripts/$SUITE ]] || die "debootstrap has no script for $SUITE"
  [[ $mirror == https:* ]] && includes=--include=ca-certificates
  mkdir -p "$DIR"
  debootstrap --variant=minbase $includes "$SUITE" "$DIR" "$mirror" </dev/null
  unmount_below "$DIR"   # debootstrap may leave /proc, /sys mounted

  printf '#!/bin/sh\nexit 101\n' > "$DIR/usr/sbin/policy-rc.d"   # never start daemons
  chmod 755 "$DIR/usr/sbin/policy-rc.d"
  # The mirror may be a frozen snapshot whose Release files have expired.
  echo 'Acquire::Check-Valid-Until "false";' > "$DIR/etc/apt/apt.conf.d/99otp-chroot"
  cp -L /etc/resolv.conf "$DIR/etc/resolv.conf" 2>/dev/null || true
  setup_mounts
  in_chroot apt-get update -q </dev/null
  in_chroot apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" </dev/null
  in_chroot apt-get clean </dev/null

  got=$(in_chroot erl -noshell -eval 'io:format("~s",[erlang:system_info(otp_release)]),halt().' </dev/null)
  [[ $got == "$REL" ]] || die "Debian $SUITE ships OTP $got, not $REL; chroot left unstamped"
  {
    echo "suite=$SUITE mirror=$mirror"
    echo "otp=$(cat "$DIR"/usr/lib/erlang/releases/"$REL"/OTP_VERSION)"
    echo "elixir=$(in_chroot dpkg-query -W -f='${Version}' elixir </dev/null)"
    echo "built=$(date -u +%FT%TZ) seconds=$(( $(date +%s) - t0 ))"
  } > "$STAMP.tmp"
  mv "$STAMP.tmp" "$STAMP"
  log "OTP $REL chroot ready in $(( $(date +%s) - t0 ))s"
}

if [[ ! -e $STAMP ]]; then
  mkdir -p "$BASE"
  exec 9>"$BASE/otp$REL.lock"
  flock 9
  [[ -e $STAMP ]] || build
  exec 9>&-
fi

if [[ $# -eq 0 ]]; then
  echo "$DIR"
  exit 0
fi

# In a private namespace the mounts die with us; otherwise drop the binds.
[[ $_OTP_CHROOT_NS == 1 ]] || trap cleanup_fallback EXIT
setup_mounts
in_chroot "$@"
