#!/bin/sh
# Prints the size of the library pack (libs/atomvmlib.avm) and of each
# module in it, next to the size of OTP's own .beam file of the same
# module (from the erl on PATH; "-" when OTP has no such module), and
# the totals over the modules that both have.
#
# Usage: scripts/lib-sizes.sh [PACK.avm]
# Build the pack first (scripts/build-libs.sh). Honours CARGO_TARGET_DIR
# (where the atomvm binary is) and ERL (default: erl on PATH).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
avm=${1:-$root/libs/atomvmlib.avm}
erl=${ERL:-erl}
target=${CARGO_TARGET_DIR:-$root/target}
case "$target" in /*) ;; *) target="$root/$target" ;; esac
atomvm="$target/release/atomvm"

[ -f "$avm" ] || { echo "lib-sizes: $avm not found (run scripts/build-libs.sh)" >&2; exit 1; }
[ -x "$atomvm" ] || { echo "lib-sizes: $atomvm not found (cargo build --release -p atomvm-host)" >&2; exit 1; }
command -v "$erl" >/dev/null 2>&1 || { echo "lib-sizes: $erl not found" >&2; exit 1; }

# "name size" for each .beam entry of the pack (size: the entry's data).
entries=$("$atomvm" pack --list "$avm" | awk '$3 == "beam" && $5 ~ /\.beam$/ { sub(/\.beam$/, "", $5); print $5, $4 }')

# The path of OTP's .beam for each module name (or "-").
mods=$(echo "$entries" | awk '{ print $1 }' | tr '\n' ' ')
otp=$("$erl" -noshell -eval '
    [begin
         M = list_to_atom(A),
         P = case code:which(M) of
                 F when is_list(F) -> F;
                 _ -> "-"
             end,
         io:format("~s ~s~n", [A, P])
     end || A <- init:get_plain_arguments()],
    halt().' -extra $mods)

otp_release=$("$erl" -noshell -eval 'io:format("~s", [erlang:system_info(otp_release)]), halt().')

echo "pack: ${avm#"$root"/} $(wc -c <"$avm" | tr -d ' ') bytes"
printf '%-12s %10s %14s\n' module pack "otp$otp_release .beam"
echo "$entries" | while read -r name size; do
    path=$(echo "$otp" | awk -v m="$name" '$1 == m { print $2 }')
    if [ -n "$path" ] && [ "$path" != "-" ] && [ -f "$path" ]; then
        osize=$(wc -c <"$path" | tr -d ' ')
    else
        osize=-
    fi
    printf '%-12s %10s %14s\n' "$name" "$size" "$osize"
done | tee /tmp/lib-sizes.$$ 
awk '$3 != "-" { p += $2; o += $3; n++ } END { printf "%-12s %10d %14d  (%d modules that OTP also has)\n", "total", p, o, n }' /tmp/lib-sizes.$$
rm -f /tmp/lib-sizes.$$
