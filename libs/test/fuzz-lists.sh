#!/bin/sh
# Differential fuzzing of libs/estdlib/src/lists.erl against OTP's lists,
# on the host's OTP: the module is compiled under the name estdlib_lists
# (so that both can be loaded) and libs/test/lists_fuzz.erl calls both.
#
# Usage: libs/test/fuzz-lists.sh [N [FUNCTION...]]
#   N          random calls per function (default 1000); a negative N uses
#              only proper lists
#   FUNCTION   only these functions (names, all arities)
# Exit status: 0 when every call agreed.
#
# Known disagreements (see libs/README.md): merge/1, umerge/1, merge3/3,
# rmerge3/3, umerge3/3 and rumerge3/3 with improper lists.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-1000}
[ $# -gt 0 ] && shift
only=all
if [ $# -gt 0 ]; then
    only="[$(echo "$@" | tr ' ' ',')]"
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sed 's/^-module(lists)\./-module(estdlib_lists)./' \
    "$root/libs/estdlib/src/lists.erl" >"$dir/estdlib_lists.erl"
erlc -o "$dir" "$dir/estdlib_lists.erl" "$root/libs/test/lists_fuzz.erl"
erl -noshell -pa "$dir" -eval "
    Bad = lists_fuzz:run($n, $only),
    halt(case Bad of 0 -> 0; _ -> 1 end)."
