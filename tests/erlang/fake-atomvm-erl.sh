#!/usr/bin/env bash
# fake-atomvm-erl.sh — stands in for the VM to test harness.sh itself.
# `fake-atomvm-erl.sh run DIR/NAME.beam` runs NAME:start/0 on real erl, the same
# way harness.sh makes its reference runs, using the OTP release named by
# ATOMVM_TEST_OTP (set by harness.sh; host erl if unset or equal to the host's).
# With FAKE_ATOMVM_BREAK=NAME it appends a line to NAME's output (a known failure).
set -uo pipefail
[[ $# -eq 2 && $1 == run ]] || { echo "usage: $0 run FILE.beam" >&2; exit 2; }
beam=$(readlink -f "$2")
dir=$(dirname "$beam")
name=$(basename "$beam" .beam)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
eval_expr="logger:set_primary_config(level, none),
  {Pid, Ref} = spawn_monitor($name, start, []),
  receive {'DOWN', Ref, process, Pid, normal} -> halt(0);
          {'DOWN', Ref, process, Pid, _} -> halt(1) end."
host_rel=$(erl -noshell -eval 'io:format("~s",[erlang:system_info(otp_release)]),halt().' </dev/null)
rel=${ATOMVM_TEST_OTP:-$host_rel}
export ERL_CRASH_DUMP_SECONDS=0
if [[ $rel == "$host_rel" ]]; then
  erl -noshell -pa "$dir" -eval "$eval_expr" </dev/null
else
  OTP_CHROOT_BIND=$dir "$root/scripts/otp-chroot.sh" "$rel" erl -noshell -pa "$dir" -eval "$eval_expr" </dev/null
fi
rc=$?
[[ ${FAKE_ATOMVM_BREAK:-} == "$name" ]] && echo "extra line from a broken VM"
exit $rc
