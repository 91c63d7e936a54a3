#!/usr/bin/env bash
# Tests benches/run on a tiny program (tests/bench/tiny.erl) with our VM, erl, and stand-in
# VMs that lie, crash, hang and bloat: each must be marked, none must stop the run, and the
# JSON and Markdown must say so. Asserts no timing. Needs the release build and the
# library pack (scripts/test.sh makes both first). Takes a few seconds.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

set +e
"$root/benches/run" --no-build --no-startup --strict --runs 2 --timeout 4 --mem-limit-mb 200 \
    --bench-dir "$root/tests/bench" --build-dir "$tmp/build" \
    --vm erl \
    --vm 'liar=echo checksum: 0' \
    --vm 'crasher=sh -c "echo checksum: 5050; exit 3"' \
    --vm 'sleeper=sleep 60' \
    --vm "hog=python3 -c 'import time; b = b\"x\" * (400 << 20); time.sleep(60)'" \
    --json "$tmp/r.json" --markdown "$tmp/r.md" >"$tmp/stdout" 2>"$tmp/stderr"
rc=$?
set -e
if [ "$rc" != 1 ]; then
    echo "runner_test: --strict with failing VMs should exit 1, got $rc" >&2
    cat "$tmp/stderr" >&2
    exit 1
fi

python3 - "$tmp/r.json" "$tmp/r.md" "$tmp/stdout" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
md = open(sys.argv[2]).read()
out = open(sys.argv[3]).read()
fail = []
def check(cond, what):
    if not cond:
        fail.append(what)

r = doc["results"]["tiny"]
vms = r["vms"]
want = {"atomvm-rs": "ok", "erl": "ok", "liar": "MISMATCH", "crasher": "FAILED",
        "sleeper": "TIMEOUT", "hog": "MEMLIMIT"}
for name, status in want.items():
    check(vms[name]["status"] == status, f"{name}: status {vms[name]['status']}, want {status}")
check(r["reference"] == "erl", f"reference VM {r['reference']}")
check(r["reference_checksum"] == "checksum: 5050", f"reference checksum {r['reference_checksum']!r}")
check(vms["atomvm-rs"]["checksum"] == "checksum: 5050", "our checksum")
check(any(l.startswith("# pid ") for l in vms["atomvm-rs"]["info"]), "'#' lines kept as info")
check(len(vms["atomvm-rs"]["runs"]) == 2 and len(vms["erl"]["runs"]) == 2, "2 runs each")
check(len(vms["crasher"]["runs"]) == 1, "a failed VM is not run again")
check("exit 3" in vms["crasher"]["error"], f"crasher error {vms['crasher'].get('error')!r}")
check(vms["hog"]["runs"][0]["peak_rss_kb"] > 200 * 1024, "hog RSS seen above the limit")
for name in ("atomvm-rs", "erl"):
    e = vms[name]
    check(e["median_s"] > 0 and e["peak_rss_kb"] > 0, f"{name}: time and RSS measured")
check(set(r["ratios"]) == {"erl"}, f"ratios only where both ran and agreed: {set(r['ratios'])}")
if "erl" in r["ratios"]:
    check(abs(r["ratios"]["erl"]["time"]
              - vms["atomvm-rs"]["median_s"] / vms["erl"]["median_s"]) < 1e-9,
          "time ratio is ours / erl")
check(doc["geomean"]["erl"]["programs"] == 1, "geometric mean over the one agreeing program")
check(doc["geomean"]["liar"]["time"] is None, "no geometric mean for a VM that never agreed")
for word in ("MISMATCH", "FAILED", "TIMEOUT", "MEMLIMIT", "geometric mean", "| tiny |"):
    check(word in md, f"Markdown lacks {word!r}")
check(md == out, "the Markdown printed is the one written")
if fail:
    print("runner_test: FAILED\n  " + "\n  ".join(fail), file=sys.stderr)
    sys.exit(1)
PY

# Only agreeing VMs: --strict exits 0; start-up is measured on each VM.
"$root/benches/run" --no-build --strict --runs 1 --bench-dir "$root/tests/bench" \
    --build-dir "$tmp/build" --json "$tmp/ok.json" >"$tmp/ok.md" 2>"$tmp/stderr2" || {
    echo "runner_test: a clean run should exit 0" >&2
    cat "$tmp/stderr2" >&2
    exit 1
}
python3 - "$tmp/ok.json" "$tmp/ok.md" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
md = open(sys.argv[2]).read()
su = doc["startup"]["vms"]
ok = (all(su[n]["status"] == "ok" and su[n]["median_cpu_s"] is not None for n in ("atomvm-rs", "erl"))
      and "cpu_net" in doc["results"]["tiny"]["ratios"]["erl"]
      and "*(start-up)*" in md)
if not ok:
    print("runner_test: FAILED: start-up not measured or not reported", file=sys.stderr)
    sys.exit(1)
PY
echo "runner_test: ok"
