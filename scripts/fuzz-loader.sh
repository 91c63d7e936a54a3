#!/usr/bin/env bash
# Fuzz the BEAM loader (fuzz/fuzz_targets/load_beam.rs) with libFuzzer via cargo-fuzz.
#
#   scripts/fuzz-loader.sh [SECONDS]        default 600
#
# Builds a seed corpus from the .beam files of the installed Erlang/OTP (mostly the smallest,
# so that libFuzzer mutates quickly, plus a spread of larger ones for coverage of more
# instructions), installs cargo-fuzz if it is missing, and runs the target for SECONDS.
#
# Only a stable toolchain is needed: RUSTC_BOOTSTRAP=1 lets it accept the -Z flags cargo-fuzz
# passes. Environment:
#   FUZZ_SANITIZER   address (default) | none | ...  (passed to cargo fuzz --sanitizer)
#   FUZZ_JOBS        libFuzzer -fork=N worker count (default: no forking, one process)
#   SEED_SMALLEST    how many of the smallest beams to seed with (default 150)
#   SEED_SPREAD      how many more, evenly spread over larger sizes (default 50)
#   OTP_LIB          where the OTP applications live (default /usr/lib/erlang/lib)
#   CARGO_TARGET_DIR honoured as usual (default fuzz/target)
# Crashes land in fuzz/artifacts/load_beam/; minimise with
#   RUSTC_BOOTSTRAP=1 cargo fuzz tmin load_beam fuzz/artifacts/load_beam/crash-...
# and keep the minimised input under fuzz/regressions/.
set -euo pipefail

secs="${1:-600}"
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/fuzz/corpus/load_beam"
max_len=65536
otp_lib="${OTP_LIB:-/usr/lib/erlang/lib}"
n_small="${SEED_SMALLEST:-150}"
n_spread="${SEED_SPREAD:-50}"
sanitizer="${FUZZ_SANITIZER:-address}"

export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz" >&2
    cargo install cargo-fuzz
fi

# Seed corpus: beams no larger than max_len (libFuzzer would truncate longer ones), sorted by
# size; take the n_small smallest and n_spread evenly spaced among the rest.
mkdir -p "$corpus"
if [ -z "$(ls -A "$corpus")" ]; then
    echo "== seeding $corpus from $otp_lib" >&2
    mapfile -t beams < <(find "$otp_lib" -path '*/ebin/*.beam' -type f -size -$((max_len + 1))c \
        -printf '%s %p\n' | sort -n | cut -d' ' -f2-)
    total=${#beams[@]}
    if [ "$total" -eq 0 ]; then
        echo "no .beam files under $otp_lib; the fuzzer will start from an empty corpus" >&2
    fi
    pick=()
    for ((i = 0; i < total && i < n_small; i++)); do pick+=("${beams[i]}"); done
    rest=$((total - n_small))
    if [ "$rest" -gt 0 ] && [ "$n_spread" -gt 0 ]; then
        for ((k = 0; k < n_spread; k++)); do
            pick+=("${beams[n_small + k * rest / n_spread]}")
        done
    fi
    for f in "${pick[@]}"; do
        # Prefix the application so equally named modules of different apps do not collide.
        app="$(basename "$(dirname "$(dirname "$f")")")"
        cp "$f" "$corpus/${app}__$(basename "$f")"
    done
    echo "== seeded $(ls "$corpus" | wc -l) files" >&2
fi

log="$(mktemp -t fuzz-loader.XXXXXX.log)"
echo "== running load_beam for ${secs}s (sanitizer: $sanitizer); log: $log" >&2
cd "$root"
set +e
cargo fuzz run --sanitizer "$sanitizer" load_beam "$corpus" -- \
    -max_total_time="$secs" -max_len="$max_len" \
    -dict="$root/fuzz/load_beam.dict" -print_final_stats=1 \
    ${FUZZ_JOBS:+-fork="$FUZZ_JOBS"} 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

echo
echo "== libFuzzer final stats"
grep -E '^(stat::|Done [0-9]+ runs)' "$log" || true
grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)' "$log" | tail -n 1 || true
if [ "$status" -ne 0 ]; then
    echo "== fuzzer exited with status $status; see fuzz/artifacts/load_beam/ and $log" >&2
fi
exit "$status"
