#!/usr/bin/env bash
# harness.sh — differential tests: tests/erlang/*.erl on real OTP vs. on our VM.
#
# For every program and every available OTP release (25 on the host, 27 and 29
# in the chroots of scripts/otp-chroot.sh), compile the program with that
# release's erlc, run it on that release's erl to get the expected stdout, run
# the same .beam with `$ATOMVM run FILE.beam`, and compare.
#
# Usage: tests/erlang/harness.sh [options] [PROGRAM...]
#   PROGRAM          program names (file name without .erl; a path or a
#                    trailing .erl is accepted); default: every tests/erlang/*.erl
#   --otp LIST       releases to use, comma-separated or repeated (default 25,27,29)
#   -j N, --jobs N   parallel jobs (default: number of CPUs)
#   --timeout SECS   per-run time limit for erl and for the VM (default 120)
#   --no-cache       recompute the expected outputs even if cached
#   --keep           keep the VM's outputs (the directory is printed)
#   --known FILE     cases expected to fail today ("NAME" or "otpREL NAME" a line);
#                    they do not fail the run, and one that passes does
#   -v, --verbose    also print a line per passing case
#   -h, --help       this text
#
# Environment:
#   ATOMVM              the VM under test (default: <repo>/target/release/atomvm)
#   ATOMVM_TEST_CACHE   cache of compiled programs and expected outputs
#                       (default: ${TMPDIR:-/tmp}/atomvm-erlang-tests)
#   ATOMVM_REQUIRE_OTP  comma-separated releases whose absence is an error
#                       instead of a skip (e.g. 25,27,29 in CI)
#   OTP_CHROOT_DIR      passed on to scripts/otp-chroot.sh
#
# The VM is run as `$ATOMVM run DIR/NAME.beam` with ATOMVM_TEST_OTP set to the
# release that compiled the file, in an empty working directory, stdin from
# /dev/null.
#
# A case passes when the VM's stdout equals the reference stdout byte for byte
# and both runs agree on success (exit status 0) vs. failure (non-zero). A VM
# run that exceeds the time limit fails. The reference run executes start/0 in
# a fresh process (spawn_monitor) with logger output switched off, and exits 0
# if that process ends with reason normal, 1 otherwise.
#
# Output: one FAIL line per failing case with a short diff under it, notes on
# skipped releases, and as the last line exactly "N passed, M failed".
# Exit status: 0 if nothing failed, 1 if a case failed, 2 on usage or setup errors.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CHROOT_SCRIPT=$ROOT/scripts/otp-chroot.sh
# Bump when the way expected outputs are produced changes (invalidates the cache).
RECIPE=3

usage() { sed -n '2,/^set -uo/{/^set -uo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }
die() { echo "harness: $*" >&2; exit 2; }
note() { echo "harness: $*" >&2; }

RELEASES=()
JOBS=$(nproc 2>/dev/null || echo 2)
TIMEOUT=120
USE_CACHE=1
KEEP=0
KNOWN=
VERBOSE=0
PROGRAMS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --otp) [[ $# -ge 2 ]] || die "--otp needs a value"; IFS=, read -ra r <<< "$2"; RELEASES+=("${r[@]}"); shift 2 ;;
    --otp=*) IFS=, read -ra r <<< "${1#--otp=}"; RELEASES+=("${r[@]}"); shift ;;
    -j|--jobs) [[ $# -ge 2 ]] || die "$1 needs a value"; JOBS=$2; shift 2 ;;
    -j*) JOBS=${1#-j}; shift ;;
    --jobs=*) JOBS=${1#--jobs=}; shift ;;
    --timeout) [[ $# -ge 2 ]] || die "--timeout needs a value"; TIMEOUT=$2; shift 2 ;;
    --timeout=*) TIMEOUT=${1#--timeout=}; shift ;;
    --no-cache) USE_CACHE=0; shift ;;
    --keep) KEEP=1; shift ;;
    --known) [[ $# -ge 2 ]] || die "--known needs a file"; KNOWN=$2; shift 2 ;;
    -v|--verbose) VERBOSE=1; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; PROGRAMS+=("$@"); break ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) PROGRAMS+=("$1"); shift ;;
  esac
done
[[ ${#RELEASES[@]} -gt 0 ]] || RELEASES=(25 27 29)
[[ $JOBS =~ ^[1-9][0-9]*$ ]] || die "bad job count '$JOBS'"
[[ $TIMEOUT =~ ^[1-9][0-9]*$ ]] || die "bad timeout '$TIMEOUT'"
for r in "${RELEASES[@]}"; do [[ $r =~ ^[0-9]+$ ]] || die "bad OTP release '$r'"; done
mapfile -t RELEASES < <(printf '%s\n' "${RELEASES[@]}" | awk '!seen[$0]++')

# The VM under test.
VM=${ATOMVM:-$ROOT/target/release/atomvm}
if [[ $VM == */* ]]; then
  [[ $VM == /* ]] || VM=$PWD/$VM
else
  VM=$(command -v "$VM") || die "ATOMVM '${ATOMVM}' not found in PATH"
fi
[[ -x $VM && ! -d $VM ]] || die "the VM '$VM' is not an executable file (build it, or set ATOMVM)"

# Programs.
if [[ ${#PROGRAMS[@]} -eq 0 ]]; then
  for f in "$HERE"/*.erl; do [[ -e $f ]] && PROGRAMS+=("$(basename "$f" .erl)"); done
else
  for i in "${!PROGRAMS[@]}"; do
    p=$(basename "${PROGRAMS[i]}"); PROGRAMS[i]=${p%.erl}
  done
fi
[[ ${#PROGRAMS[@]} -gt 0 ]] || die "no programs in $HERE"
mapfile -t PROGRAMS < <(printf '%s\n' "${PROGRAMS[@]}" | awk '!seen[$0]++')
for p in "${PROGRAMS[@]}"; do
  [[ -f $HERE/$p.erl ]] || die "no such program: $HERE/$p.erl"
  [[ $p =~ ^[a-z][a-zA-Z0-9_]*$ ]] || die "program name '$p' is not a plain Erlang module name"
done

CACHE=${ATOMVM_TEST_CACHE:-${TMPDIR:-/tmp}/atomvm-erlang-tests}
mkdir -p "$CACHE" || die "cannot create cache $CACHE"
CACHE=$(cd "$CACHE" && pwd -P)
RUN=$(mktemp -d "${TMPDIR:-/tmp}/atomvm-erlang-run.XXXXXX") || die "mktemp failed"
cleanup() { rm -f "${PRODUCE:-}"; [[ $KEEP == 1 ]] || rm -rf "$RUN"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

HOST_REL=$(erl -noshell -eval 'io:format("~s",[erlang:system_info(otp_release)]),halt().' </dev/null 2>/dev/null || true)

required() { [[ ,${ATOMVM_REQUIRE_OTP:-}, == *,$1,* ]]; }

# where_is REL: prints "host" or "chroot:<dir>", or fails with a reason on stdout.
where_is() {
  local rel=$1 dir
  if [[ $rel == "$HOST_REL" ]]; then echo host; return 0; fi
  case $rel in 27|29) ;; *) echo "no host or chroot installation of OTP $rel"; return 1 ;; esac
  [[ $(id -u) -eq 0 ]] || { echo "the OTP $rel chroot needs root"; return 1; }
  dir=${OTP_CHROOT_DIR:-/var/cache/atomvm-otp}/otp$rel
  [[ -e $dir/.otp-chroot-complete ]] || { echo "no OTP $rel chroot at $dir (run scripts/setup.sh)"; return 1; }
  echo "chroot:$dir"
}

# The producer runs on the host or inside a chroot (the cache is bind-mounted there).
PRODUCE=$CACHE/produce.$$.sh
cat > "$PRODUCE" <<'EOF'
#!/bin/sh
# Written by tests/erlang/harness.sh: produce expected outputs for one OTP release.
# usage: produce.sh JOBSFILE PARALLEL TIMEOUT    (JOBSFILE lines: NAME OUTDIR)
# For each job, reads OUTDIR.src/NAME.erl and creates OUTDIR atomically with
# NAME.beam, erlc.err, expected.out, expected.err, expected.rc ("compile" if erlc failed).
if [ "$1" = --one ]; then
  name=$2 out=$3 tmp=$3.tmp.$$
  rm -rf "$tmp"; mkdir -p "$tmp" || exit 1
  cp "$out.src/$name.erl" "$tmp/$name.erl" || exit 1
  # compiled from inside its directory so that the beam records the file as "NAME.erl"
  if (cd "$tmp" && erlc "$name.erl") > "$tmp/erlc.err" 2>&1 && [ -f "$tmp/$name.beam" ]; then
    (cd "$tmp" && ERL_CRASH_DUMP_SECONDS=0 timeout -k 5 "$PRODUCE_TIMEOUT" erl -noshell -pa "$tmp" -eval "
        logger:set_primary_config(level, none),
        {Pid, Ref} = spawn_monitor($name, start, []),
        receive {'DOWN', Ref, process, Pid, normal} -> halt(0);
                {'DOWN', Ref, process, Pid, _} -> halt(1) end." \
        < /dev/null > "$tmp/expected.out" 2> "$tmp/expected.err"
     echo $? > "$tmp/expected.rc")
  else
    echo compile > "$tmp/expected.rc"
  fi
  rm -rf "$out"; mv -T "$tmp" "$out" 2>/dev/null || rm -rf "$tmp"
  exit 0
fi
PRODUCE_TIMEOUT=$3; export PRODUCE_TIMEOUT
xargs -P "$2" -L 1 sh "$0" --one < "$1"
EOF

source_hash() { { echo "recipe $RECIPE"; cat "$HERE/$1.erl"; } | sha256sum | cut -c1-16; }

declare -A OUTDIR      # "$rel $prog" -> directory with NAME.beam and expected.*
ACTIVE=()              # releases actually used
SKIPPED=()
for rel in "${RELEASES[@]}"; do
  if ! loc=$(where_is "$rel"); then
    if required "$rel"; then die "OTP $rel is required (ATOMVM_REQUIRE_OTP) but unavailable: $loc"; fi
    SKIPPED+=("OTP $rel: $loc"); continue
  fi
  if [[ $loc == host ]]; then
    libdir=$(erl -noshell -eval 'io:format("~s",[code:root_dir()]),halt().' </dev/null)
  else
    libdir=${loc#chroot:}/usr/lib/erlang
  fi
  ver=$(cat "$libdir/releases/$rel/OTP_VERSION" 2>/dev/null) || ver=$rel
  base=$CACHE/otp-$ver
  mkdir -p "$base"
  : > "$RUN/jobs.$rel"
  for p in "${PROGRAMS[@]}"; do
    d=$base/$p-$(source_hash "$p")
    OUTDIR["$rel $p"]=$d
    for old in "$base/$p"-*; do   # drop results of earlier versions of the program
      [[ $old != "$d" && ${old##*/} =~ ^$p-[0-9a-f]{16}$ ]] && rm -rf "$old"
    done
    if [[ $USE_CACHE == 1 && -f $d/expected.rc ]]; then continue; fi
    rm -rf "$d.src"; mkdir -p "$d.src"; cp "$HERE/$p.erl" "$d.src/"
    echo "$p $d" >> "$RUN/jobs.$rel"
  done
  n=$(wc -l < "$RUN/jobs.$rel")
  if [[ $n -gt 0 ]]; then
    note "OTP $ver: compiling and running $n program(s) on erl"
    cp "$RUN/jobs.$rel" "$CACHE/jobs.$rel.$$"
    if [[ $loc == host ]]; then
      sh "$PRODUCE" "$CACHE/jobs.$rel.$$" "$JOBS" "$TIMEOUT"
    else
      OTP_CHROOT_BIND=$CACHE "$CHROOT_SCRIPT" "$rel" sh "$PRODUCE" "$CACHE/jobs.$rel.$$" "$JOBS" "$TIMEOUT"
    fi
    rm -f "$CACHE/jobs.$rel.$$"
    while read -r p d; do rm -rf "$d.src"; done < "$RUN/jobs.$rel"
  fi
  ACTIVE+=("$rel")
done

[[ ${#ACTIVE[@]} -gt 0 ]] || { for s in "${SKIPPED[@]}"; do note "skipped $s"; done; die "no OTP release available"; }

# One case: run the VM, compare, write RESULT file. Args: rel prog outdir resultfile
run_case() {
  local rel=$1 p=$2 d=$3 res=$4 wd exp_rc rc why=""
  wd=$res.d; mkdir -p "$wd"
  exp_rc=$(cat "$d/expected.rc" 2>/dev/null || echo missing)
  if [[ $exp_rc == compile ]]; then
    { echo "FAIL"; echo "erlc failed:"; head -n 5 "$d/erlc.err"; } > "$res"; return
  fi
  if [[ $exp_rc == 124 || $exp_rc == 137 || $exp_rc == missing ]]; then
    { echo "FAIL"; echo "reference run on erl timed out or is missing (rc=$exp_rc)"; } > "$res"; return
  fi
  (cd "$wd" && ATOMVM_TEST_OTP=$rel timeout -k 5 "$TIMEOUT" "$VM" run "$d/$p.beam" \
     < /dev/null > "$wd/actual.out" 2> "$wd/actual.err")
  rc=$?
  if [[ $rc == 124 || $rc == 137 ]]; then
    why="VM timed out after ${TIMEOUT}s"
  elif ! cmp -s "$d/expected.out" "$wd/actual.out"; then
    why="stdout differs (erl rc=$exp_rc, vm rc=$rc)"
  elif [[ $exp_rc == 0 && $rc != 0 || $exp_rc != 0 && $rc == 0 ]]; then
    why="exit status differs (erl rc=$exp_rc, vm rc=$rc)"
  fi
  if [[ -z $why ]]; then echo PASS > "$res"; return; fi
  {
    echo "FAIL"
    echo "$why"
    diff -u --label "expected (OTP $rel erl)" --label "actual (vm)" "$d/expected.out" "$wd/actual.out" \
      | sed -n '3,14p'
    if [[ -s $wd/actual.err ]]; then echo "vm stderr:"; head -n 3 "$wd/actual.err"; fi
  } > "$res"
}
export -f run_case
export VM TIMEOUT

: > "$RUN/cases"
for rel in "${ACTIVE[@]}"; do
  for p in "${PROGRAMS[@]}"; do
    printf '%s %s %s %s\n' "$rel" "$p" "${OUTDIR["$rel $p"]}" "$RUN/res.$rel.$p" >> "$RUN/cases"
  done
done
xargs -P "$JOBS" -L 1 bash -c 'run_case "$@"' _ < "$RUN/cases"

# Known failures: lines "NAME" (every release) or "otpREL NAME", '#' starts a comment.
# A known failure does not fail the run; a listed case that passes does (so the list only
# ever shrinks as the VM grows).
declare -A KNOWN_SET=()
if [[ -n $KNOWN ]]; then
  [[ -f $KNOWN ]] || die "no such file: $KNOWN"
  while read -r a b _; do
    [[ -z $a || $a == \#* ]] && continue
    if [[ $a == otp* && -n $b && $b != \#* ]]; then KNOWN_SET["$a $b"]=1; else KNOWN_SET["* $a"]=1; fi
  done < "$KNOWN"
fi
is_known() { [[ -n ${KNOWN_SET["otp$1 $2"]:-} || -n ${KNOWN_SET["* $2"]:-} ]]; }

passed=0 failed=0 known=0
for rel in "${ACTIVE[@]}"; do
  for p in "${PROGRAMS[@]}"; do
    res=$RUN/res.$rel.$p
    if [[ $(head -n 1 "$res" 2>/dev/null) == PASS ]]; then
      passed=$((passed + 1))
      [[ $VERBOSE == 1 ]] && echo "pass otp$rel $p"
      if is_known "$rel" "$p"; then
        failed=$((failed + 1))
        echo "FAIL otp$rel $p: passes but is listed in $KNOWN: remove it from the list"
      fi
    elif is_known "$rel" "$p"; then
      known=$((known + 1))
      [[ $VERBOSE == 1 ]] && echo "known otp$rel $p: $(sed -n 2p "$res")"
    else
      failed=$((failed + 1))
      if [[ -s $res ]]; then
        echo "FAIL otp$rel $p: $(sed -n 2p "$res")"
        sed -n '3,$p' "$res" | sed 's/^/    /'
      else
        echo "FAIL otp$rel $p: no result (harness error)"
      fi
    fi
  done
done
for s in "${SKIPPED[@]}"; do echo "skipped $s"; done
[[ $KEEP == 1 ]] && echo "VM outputs kept in $RUN"
[[ -n $KNOWN ]] && echo "$known known failures (listed in $KNOWN) not counted below"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
