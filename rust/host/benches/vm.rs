//! Micro-benchmarks of the interpreter's hot paths, for measuring a change to one of them
//! in isolation (the Erlang programs of `benches/` measure whole programs):
//!
//! - dispatch: small Erlang loops run by `Vm::run` on one scheduler: simple instructions,
//!   calls and returns, tuple building and matching, list building (allocation and minor
//!   collections), a large live set (collection copying), message passing;
//! - gc: `Heap::collect` alone, on a heap built with `TermAlloc`: copying a large live list
//!   of tuples, and collecting a heap that is nearly all garbage.
//!
//! Run: `cargo bench -p atomvm-host --bench vm [-- FILTER]` (FILTER: a substring of the
//! case names). Needs `erlc` on PATH for the dispatch cases. Each case reports the median
//! of its runs and the time per unit of work; nothing is asserted.

use std::borrow::Cow;
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use atomvm_core::heap::Heap;
use atomvm_core::term::build::TermAlloc;
use atomvm_core::term::Term;
use atomvm_core::vm::{Platform, Vm};

/// The Erlang side of the dispatch cases: each `Name/0` runs a fixed amount of work.
const PROGRAM: &str = r#"
-module(vm_micro).
-export([arith/0, calls/0, tuples/0, lists/0, live/0, messages/0]).

%% 5,000,000 iterations of a loop of integer tests, arithmetic and a tail call.
arith() -> arith(5000000, 0).
arith(0, Acc) -> Acc;
arith(N, Acc) -> arith(N - 1, (Acc + N * 3) band 16#FFFFFF).

%% fib(25): 242,785 non-tail calls and returns.
calls() -> fib(25).
fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

%% 2,000,000 tuples built and matched.
tuples() -> tuples(2000000, {0, 0}).
tuples(0, {A, B}) -> A + B;
tuples(N, {A, B}) -> tuples(N - 1, {B, (A + N) band 16#FFFF}).

%% 2,000 lists of 1,000 elements built and dropped: allocation, young garbage.
lists() -> lists(2000, 0).
lists(0, Acc) -> Acc;
lists(N, Acc) -> lists(N - 1, Acc + len(build(1000, []), 0)).
build(0, L) -> L;
build(N, L) -> build(N - 1, [N | L]).
len([], N) -> N;
len([_ | T], N) -> len(T, N + 1).

%% A 200,000-element list kept alive while 2,000,000 words of garbage are made: each
%% collection copies the live list.
live() ->
    Live = build(200000, []),
    garbage(1000, Live, 0).
garbage(0, Live, Acc) -> Acc + len(Live, 0);
garbage(N, Live, Acc) -> garbage(N - 1, Live, Acc + len(build(1000, []), 0)).

%% 200,000 round trips between two processes.
messages() ->
    Self = self(),
    Echo = spawn(fun() -> echo(Self) end),
    ping(Echo, 200000).
ping(Echo, 0) -> Echo ! stop, ok;
ping(Echo, N) -> Echo ! {self(), N}, receive N -> ping(Echo, N - 1) end.
echo(Parent) ->
    receive
        {Parent, N} -> Parent ! N, echo(Parent);
        stop -> ok
    end.
"#;

/// The dispatch cases: function name, units of work, what a unit is.
const DISPATCH: &[(&str, f64, &str)] = &[
    ("arith", 5_000_000.0, "loop iteration"),
    ("calls", 242_785.0, "call"),
    ("tuples", 2_000_000.0, "tuple"),
    ("lists", 2_000_000.0, "cons cell"),
    ("live", 1_000_000.0, "garbage cons cell"),
    ("messages", 400_000.0, "message"),
];

/// A platform with a clock, discarded output and the one module.
struct Bench {
    start: Instant,
    beam: Vec<u8>,
}

impl Platform for Bench {
    fn now_ms(&self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }
    fn park_ticket(&self) -> u64 {
        0
    }
    fn park(&self, _ticket: u64, _deadline_ms: Option<u64>) {
        // One scheduler: it parks only when every process waits on a timer, which these
        // programs never do.
        std::thread::yield_now();
    }
    fn unpark_all(&self) {}
    fn write_out(&self, _bytes: &[u8]) {}
    fn write_err(&self, bytes: &[u8]) {
        let _ = std::io::stderr().write_all(bytes);
    }
    fn find_module(&self, name: &str) -> Option<Cow<'static, [u8]>> {
        (name == "vm_micro").then(|| Cow::Owned(self.beam.clone()))
    }
}

fn compile() -> Vec<u8> {
    let dir = std::env::temp_dir().join(format!("atomvm-vm-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let src: PathBuf = dir.join("vm_micro.erl");
    std::fs::write(&src, PROGRAM).unwrap();
    let out = std::process::Command::new("erlc")
        .arg("-o")
        .arg(&dir)
        .arg(&src)
        .output()
        .unwrap_or_else(|e| panic!("cannot run erlc (scripts/setup.sh installs it): {e}"));
    assert!(
        out.status.success(),
        "erlc failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let beam = std::fs::read(dir.join("vm_micro.beam")).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    beam
}

/// One run of `vm_micro:name()` on a fresh VM with one scheduler; the time of `Vm::run`.
fn run_dispatch(beam: &[u8], name: &str) -> Duration {
    let vm = Vm::new(
        Box::new(Bench {
            start: Instant::now(),
            beam: beam.to_vec(),
        }),
        1,
    );
    let (m, f) = {
        let mut atoms = vm.atoms.lock();
        (
            atoms.intern(b"vm_micro").unwrap(),
            atoms.intern(name.as_bytes()).unwrap(),
        )
    };
    vm.module(m).expect("vm_micro loads");
    let pid = vm.spawn(m, f, &[], None).expect("spawn");
    *vm.main_pid.lock() = Some(pid);
    let start = Instant::now();
    vm.run();
    start.elapsed()
}

/// A heap holding a list of `n` 2-tuples `{I, I}` (5 words per element).
fn heap_with_list(n: usize) -> (Heap, Term) {
    let mut heap = Heap::new(64);
    let mut list = Term::NIL;
    for i in 0..n {
        let t = heap
            .tuple(&[Term::small(i as isize), Term::small(i as isize)])
            .unwrap();
        list = heap.cons(t, list).unwrap();
    }
    (heap, list)
}

/// Collects a heap with `live` list elements reachable and `garbage` unreachable ones,
/// `times` times (re-making the garbage each time); the time of the collections only.
fn run_gc(live: usize, garbage: usize, times: usize) -> Duration {
    let (mut heap, list) = heap_with_list(live);
    let mut roots = [list];
    heap.collect(&mut [&mut roots], 0).unwrap();
    let mut total = Duration::ZERO;
    for _ in 0..times {
        let mut g = Term::NIL;
        for i in 0..garbage {
            g = heap.cons(Term::small(i as isize), g).unwrap();
        }
        let start = Instant::now();
        heap.collect(&mut [&mut roots], 0).unwrap();
        total += start.elapsed();
    }
    total
}

fn report(name: &str, runs: usize, mut times: Vec<Duration>, units: f64, unit: &str) {
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "{name:<16} median of {runs}: {:>9.2} ms  {:>8.2} ns per {unit}  (min {:.2} ms, max {:.2} ms)",
        median.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e9 / units,
        times[0].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
    );
}

fn main() {
    // `cargo bench` passes `--bench`; anything else not starting with `-` filters cases.
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wanted = |name: &str| filter.is_empty() || filter.iter().any(|f| name.contains(f));
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(7usize)
        .max(1);

    if DISPATCH
        .iter()
        .any(|(n, _, _)| wanted(&format!("dispatch/{n}")))
    {
        let beam = compile();
        for &(name, units, unit) in DISPATCH {
            let case = format!("dispatch/{name}");
            if !wanted(&case) {
                continue;
            }
            run_dispatch(&beam, name); // warm-up: page faults, allocator
            let times = (0..runs).map(|_| run_dispatch(&beam, name)).collect();
            report(&case, runs, times, units, unit);
        }
    }

    // Collections alone: (live elements, garbage cells per collection, collections).
    let gc_cases: &[(&str, usize, usize, usize, &str)] = &[
        ("gc/live-copy", 200_000, 0, 20, "live word"),
        ("gc/garbage", 1_000, 200_000, 20, "heap word"),
    ];
    for &(case, live, garbage, times_n, unit) in gc_cases {
        if !wanted(case) {
            continue;
        }
        run_gc(live, garbage, 2);
        let times = (0..runs).map(|_| run_gc(live, garbage, times_n)).collect();
        // Words: 5 per live element (cons + 2-tuple), 2 per garbage cons cell.
        let units = if garbage == 0 {
            (live * 5 * times_n) as f64
        } else {
            ((live * 5 + garbage * 2) * times_n) as f64
        };
        report(case, runs, times, units, unit);
    }
}
