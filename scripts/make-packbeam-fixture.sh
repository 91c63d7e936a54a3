#!/bin/sh
# Regenerates tests/fixtures/packbeam/: compiles the fixture's own modules
# (src/*.erl) into ebin/ and packs them, with the priv file, using AtomVM's
# real packbeam tool, so that rust/host/tests/pack_cli.rs can check that our
# reader understands packbeam's packs and that `atomvm pack` writes the same.
#
# usage: scripts/make-packbeam-fixture.sh PACKBEAM_CHECKOUT
#
# PACKBEAM_CHECKOUT is a checkout of https://github.com/atomvm/atomvm_packbeam
# (only its src/*.erl are used: compiled into a temporary directory, run from
# `erl`). Nothing of packbeam is copied into this repository: only the .avm
# files it writes.
#
# Outputs (in tests/fixtures/packbeam/):
#   ebin/pb_*.beam      erlc +deterministic of src/*.erl (OTP of the host)
#   app.avm             packbeam create, line info kept (packbeam's default),
#                       inputs in the order pb_hello, pb_greet, pb_util, priv file
#   app-nolines.avm     the same with --remove_lines (include_lines => false)
#   app-start.avm       inputs pb_greet, pb_util, pb_hello, priv file with
#                       start_module => pb_hello (packbeam moves it first)
#   app-twostart.avm    pb_hello and pb_alt, which both export start/0
#   packbeam.txt        which packbeam commit and OTP release made them
set -eu

if [ $# -ne 1 ] || [ ! -f "$1/src/packbeam_api.erl" ]; then
    echo "usage: $0 PACKBEAM_CHECKOUT (a checkout of atomvm/atomvm_packbeam)" >&2
    exit 2
fi
packbeam=$(cd "$1" && pwd)
fixture=$(cd "$(dirname "$0")/../tests/fixtures/packbeam" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

erlc -o "$work" "$packbeam"/src/packbeam_api.erl

cd "$fixture"
mkdir -p ebin
rm -f ebin/*.beam
erlc +deterministic -o ebin src/pb_hello.erl src/pb_greet.erl src/pb_util.erl src/pb_alt.erl

erl -noshell -pa "$work" -eval '
    Priv = "pb_hello/priv/greeting.txt",
    Beams = ["ebin/pb_hello.beam", "ebin/pb_greet.beam", "ebin/pb_util.beam"],
    ok = packbeam_api:create("app.avm", Beams ++ [Priv], #{include_lines => true}),
    ok = packbeam_api:create("app-nolines.avm", Beams ++ [Priv], #{include_lines => false}),
    ok = packbeam_api:create(
        "app-start.avm",
        ["ebin/pb_greet.beam", "ebin/pb_util.beam", "ebin/pb_hello.beam", Priv],
        #{start_module => pb_hello, include_lines => true}
    ),
    ok = packbeam_api:create(
        "app-twostart.avm", ["ebin/pb_hello.beam", "ebin/pb_alt.beam"], #{include_lines => true}
    ),
    halt().'

# PACKBEAM_REV names the commit when the checkout is not a git work tree.
commit=${PACKBEAM_REV:-$(git -C "$packbeam" rev-parse HEAD 2>/dev/null || echo unknown)}
otp=$(erl -noshell -eval 'io:put_chars(erlang:system_info(otp_release)), halt().')
cat >packbeam.txt <<EOF
Made by scripts/make-packbeam-fixture.sh with atomvm/atomvm_packbeam at commit
$commit (packbeam_api:create/3), OTP $otp (erlc +deterministic).
EOF
echo "wrote $fixture: $(ls ebin/*.beam app*.avm | tr '\n' ' ')"
