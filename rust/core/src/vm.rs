//! The virtual machine: the atom and module tables, the processes, and the scheduler.
//!
//! Today one scheduler runs processes in turn (reductions-based preemption); the tables are
//! behind locks so that more scheduler threads can share them.

use crate::sync::Arc;
use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::collections::{BTreeMap, VecDeque};
use alloc::string::String;
use alloc::vec::Vec;

use spin::{Mutex, RwLock};

use crate::atom::{self, Atom, AtomTable};
use crate::bif::{self, BifFn};
use crate::exec::{self, Outcome};
use crate::loader::{self, LoadError};
use crate::module::{Import, Module};
use crate::process::{Message, Monitor, Process, Status};
use crate::term::build::TermAlloc;
use crate::term::{copy, Term};

/// What a board or host gives the VM.
pub trait Platform: Send + Sync {
    /// Monotonic milliseconds.
    fn now_ms(&self) -> u64;
    /// A ticket for `park`: taken before deciding to park, so that an `unpark_all` that
    /// comes in between is not lost.
    fn park_ticket(&self) -> u64;
    /// Park the calling scheduler thread until `unpark_all` has been called since `ticket`
    /// was taken or, if given, the monotonic time `deadline_ms` is reached (spurious
    /// wake-ups are fine).
    fn park(&self, ticket: u64, deadline_ms: Option<u64>);
    /// Wake every parked scheduler thread.
    fn unpark_all(&self);
    /// Write program output (what `io:format` prints).
    fn write_out(&self, bytes: &[u8]);
    /// Write diagnostics (crash reports).
    fn write_err(&self, bytes: &[u8]);
    /// The bytes of `<module>.beam`, if the platform has it: borrowed when they stay in
    /// memory for the whole run (a pack in flash or embedded in the image), so loading reads
    /// them in place instead of copying them to the heap first.
    fn find_module(&self, name: &str) -> Option<Cow<'static, [u8]>>;
    /// A plain file of the loaded packs by its entry name (`app/priv/file`), for
    /// `atomvm:read_priv/2`.
    fn read_file(&self, _name: &str) -> Option<Vec<u8>> {
        None
    }
}

/// What an import of a module calls.
pub enum ImportTarget {
    /// A BIF, and which small-integer operation the interpreter can do inline for it.
    Bif(BifFn, Fast),
    Function(Import),
}

pub use crate::bif::arith::Fast;

/// A module registered in the VM.
pub struct LoadedModule {
    pub index: u32,
    pub module: Module,
    pub imports: Box<[ImportTarget]>,
}

struct ModuleTable {
    modules: Vec<Arc<LoadedModule>>,
    by_name: BTreeMap<Atom, u32>,
}

/// A timer (keyed by its deadline and reference in `Scheduler::timers`): send `msg` to `pid`.
struct Timer {
    pid: u32,
    msg: Message,
}

/// Something sent to a process that may be running on another scheduler: applied at once
/// when it is not running, when its time slice ends otherwise.
enum Signal {
    Message(Message),
    Link(u32),
    Unlink(u32),
    MonitoredBy(Monitor),
    Demonitor(u64),
    /// An exit signal: from, reason (in its own fragment), whether through a link.
    Exit(u32, Message, bool),
}

struct Scheduler {
    /// Processes not running now.
    procs: BTreeMap<u32, Box<Process>>,
    /// Processes running on some scheduler thread now.
    running: BTreeMap<u32, Vec<Signal>>,
    run_queue: VecDeque<u32>,
    registered: BTreeMap<Atom, u32>,
    /// Pending timers by (deadline, reference): due ones come off the front in OTP's order.
    timers: BTreeMap<(u64, u64), Timer>,
    /// Scheduler threads parked for want of work.
    idle: usize,
    /// (deadline, pid) of processes waiting in a receive with a timeout. An entry whose
    /// process has since been woken is stale and ignored.
    deadlines: alloc::collections::BTreeSet<(u64, u32)>,
}

/// The VM.
pub struct Vm {
    pub atoms: Mutex<AtomTable>,
    modules: RwLock<ModuleTable>,
    sched: Mutex<Scheduler>,
    pub platform: Box<dyn Platform>,
    next_pid: Mutex<u32>,
    next_ref: Mutex<u64>,
    /// How many processes have been created (`system_info(process_count)` counts live ones).
    pub spawned: Mutex<u64>,
    /// Set by `halt/0,1`: the VM stops with this status.
    pub halted: Mutex<Option<i32>>,
    /// The process whose end ends the run (`atomvm run`'s start/0), if any.
    pub main_pid: Mutex<Option<u32>>,
    /// Scheduler threads the platform runs (`erlang:system_info(schedulers)`).
    pub schedulers: usize,
    /// Held while a module is being loaded on demand.
    loading: Mutex<()>,
    /// ets tables.
    #[cfg(feature = "ets")]
    pub ets: Mutex<crate::bif::ets::Registry>,
}

/// Reductions a process runs before another gets its turn.
pub const REDUCTIONS: usize = 4000;

impl Vm {
    pub fn new(platform: Box<dyn Platform>, schedulers: usize) -> Vm {
        Vm {
            atoms: Mutex::new(AtomTable::new()),
            modules: RwLock::new(ModuleTable {
                modules: Vec::new(),
                by_name: BTreeMap::new(),
            }),
            sched: Mutex::new(Scheduler {
                procs: BTreeMap::new(),
                running: BTreeMap::new(),
                run_queue: VecDeque::new(),
                registered: BTreeMap::new(),
                timers: BTreeMap::new(),
                idle: 0,
                deadlines: alloc::collections::BTreeSet::new(),
            }),
            platform,
            next_pid: Mutex::new(0),
            next_ref: Mutex::new(1),
            spawned: Mutex::new(0),
            halted: Mutex::new(None),
            main_pid: Mutex::new(None),
            schedulers: schedulers.max(1),
            loading: Mutex::new(()),
            #[cfg(feature = "ets")]
            ets: Mutex::new(Default::default()),
        }
    }

    /// Load and register a module from `.beam` bytes.
    pub fn load_module(&self, bytes: &[u8]) -> Result<Arc<LoadedModule>, LoadError> {
        let module = {
            let mut atoms = self.atoms.lock();
            loader::load(bytes, &mut atoms)?
        };
        let imports = module
            .imports
            .iter()
            .map(
                |imp| match bif::lookup_import(imp.module, imp.function, imp.arity, self) {
                    Some((f, fast)) => ImportTarget::Bif(f, fast),
                    None => ImportTarget::Function(*imp),
                },
            )
            .collect();
        let mut table = self.modules.write();
        let index = table.modules.len() as u32;
        let lm = Arc::new(LoadedModule {
            index,
            module,
            imports,
        });
        table.by_name.insert(lm.module.name, index);
        table.modules.push(lm.clone());
        Ok(lm)
    }

    /// The module at `index`.
    pub fn module_at(&self, index: u32) -> Option<Arc<LoadedModule>> {
        self.modules.read().modules.get(index as usize).cloned()
    }

    /// The module named `name` if it is loaded (never loads it).
    pub fn loaded_module(&self, name: Atom) -> Option<Arc<LoadedModule>> {
        let t = self.modules.read();
        t.by_name
            .get(&name)
            .and_then(|&i| t.modules.get(i as usize).cloned())
    }

    /// The module named `name`, loading it through the platform if needed.
    pub fn module(&self, name: Atom) -> Option<Arc<LoadedModule>> {
        {
            let t = self.modules.read();
            if let Some(&i) = t.by_name.get(&name) {
                return t.modules.get(i as usize).cloned();
            }
        }
        // One loader at a time, so two schedulers wanting the same module load it once.
        let _loading = self.loading.lock();
        if let Some(m) = self.loaded_module(name) {
            return Some(m);
        }
        let text = String::from(self.atoms.lock().text(name));
        let bytes = self.platform.find_module(&text)?;
        match self.load_module(&bytes) {
            Ok(m) if m.module.name == name => Some(m),
            Ok(_) => None,
            Err(e) => {
                let msg = alloc::format!("load error: {e}\n");
                self.platform.write_err(msg.as_bytes());
                None
            }
        }
    }

    pub fn new_ref(&self) -> u64 {
        let mut r = self.next_ref.lock();
        *r += 1;
        *r
    }

    /// Start a process running `module:function(args...)`. `args` are terms that the new
    /// process gets copies of.
    pub fn spawn(
        &self,
        module: Atom,
        function: Atom,
        args: &[Term],
        link_to: Option<u32>,
    ) -> Result<u32, Term> {
        let m = self.module(module).ok_or(Term::atom(atom::UNDEF))?;
        let export = *m
            .module
            .export(function, args.len() as u32)
            .ok_or(Term::atom(atom::UNDEF))?;
        self.spawn_at(
            m,
            export.entry,
            args,
            link_to,
            (module, function, args.len() as u32),
        )
    }

    /// Start a process at `entry` of `m` with x registers `args` (copied).
    pub fn spawn_at(
        &self,
        m: Arc<LoadedModule>,
        entry: u32,
        args: &[Term],
        link_to: Option<u32>,
        initial_call: (Atom, Atom, u32),
    ) -> Result<u32, Term> {
        let pid = {
            let mut n = self.next_pid.lock();
            *n += 1;
            *n
        };
        let mut p = Box::new(Process::new(pid, m, entry));
        p.initial_call = initial_call;
        for &a in args {
            let c = copy::copy(a, &mut p.heap).ok_or(Term::atom(atom::SYSTEM_LIMIT))?;
            p.saved_x.push(c);
        }
        if let Some(other) = link_to {
            p.ext().links.push(other);
        }
        *self.spawned.lock() += 1;
        let mut s = self.sched.lock();
        s.procs.insert(pid, p);
        self.make_runnable(&mut s, pid);
        Ok(pid)
    }

    /// Copy `msg` into a fragment for delivery.
    pub fn make_message(&self, msg: Term) -> Option<Message> {
        let mut arena = FragmentBuilder::new(copy::size_of(msg));
        let term = copy::copy(msg, &mut arena)?;
        Some(Message {
            term,
            fragment: arena.into_box(),
        })
    }

    /// Queue `pid` to run, waking a parked scheduler when there is more queued work than
    /// the running schedulers will pick up next (waking one for every message would bounce
    /// a single chain of messages between cores).
    fn make_runnable(&self, s: &mut Scheduler, pid: u32) {
        s.run_queue.push_back(pid);
        let busy = self.schedulers - s.idle;
        if s.idle > 0 && (busy == 0 || s.run_queue.len() > busy) {
            self.platform.unpark_all();
        }
    }

    /// Apply a signal to a process that is not running. Returns whether it must run.
    fn apply(&self, p: &mut Process, sig: Signal) -> bool {
        match sig {
            Signal::Message(m) => {
                p.mailbox.push_back(m);
                true
            }
            Signal::Link(from) => {
                if !p.ext_ref().links.contains(&from) {
                    p.ext().links.push(from);
                }
                false
            }
            Signal::Unlink(from) => {
                p.ext().links.retain(|&l| l != from);
                false
            }
            Signal::MonitoredBy(m) => {
                p.ext().monitored_by.push(m);
                false
            }
            Signal::Demonitor(r) => {
                p.ext().monitored_by.retain(|m| m.reference != r);
                p.ext().monitoring.retain(|m| m.reference != r);
                false
            }
            Signal::Exit(from, reason, linked) => {
                let r = reason.term;
                let normal = r == Term::atom(atom::NORMAL);
                let kill = r == Term::atom(atom::KILL) && !linked;
                if linked {
                    if !p.ext_ref().links.contains(&from) {
                        // Unlinked meanwhile: the signal is void.
                        return false;
                    }
                    p.ext().links.retain(|&l| l != from);
                }
                if p.trap_exit && !kill {
                    let mut b = FragmentBuilder::new(4 + copy::size_of(r));
                    let t = copy::copy(r, &mut b).and_then(|r| {
                        b.tuple(&[Term::atom(atom::EXIT_TAG), Term::pid(from as usize), r])
                    });
                    if let Some(t) = t {
                        p.mailbox.push_back(Message {
                            term: t,
                            fragment: b.into_box(),
                        });
                    }
                    true
                } else if !normal || (!linked && from == p.pid) {
                    p.ext().pending_exit = if kill {
                        self.make_message(Term::atom(atom::KILLED))
                    } else {
                        Some(reason)
                    };
                    true
                } else {
                    false
                }
            }
        }
    }

    /// Send a signal to `pid` wherever it is. Returns false when no such process exists.
    fn signal(&self, pid: u32, sig: Signal) -> bool {
        let mut s = self.sched.lock();
        if let Some(queue) = s.running.get_mut(&pid) {
            queue.push(sig);
            return true;
        }
        let Some(p) = s.procs.get_mut(&pid) else {
            return false;
        };
        let wake = self.apply(p, sig);
        if wake && p.status == Status::Waiting {
            // A receive ... after keeps its deadline across wake-ups by messages.
            p.status = Status::Runnable;
            self.make_runnable(&mut s, pid);
        }
        true
    }

    /// Deliver a message to another process. A dead pid swallows the message.
    pub fn deliver(&self, pid: u32, msg: Message) {
        self.signal(pid, Signal::Message(msg));
    }

    /// Link `to` back to `from` (the caller links itself); false if `to` does not exist.
    pub fn link(&self, from: u32, to: u32) -> bool {
        self.signal(to, Signal::Link(from))
    }

    pub fn unlink(&self, from: u32, to: u32) {
        self.signal(to, Signal::Unlink(from));
    }

    /// Add a monitor from `watcher` on `target`; false if the target is gone.
    pub fn add_monitor(
        &self,
        watcher: u32,
        target: u32,
        reference: u64,
        name: Option<Atom>,
    ) -> bool {
        self.signal(
            target,
            Signal::MonitoredBy(Monitor {
                reference,
                other: watcher,
                name,
            }),
        )
    }

    pub fn remove_monitor(&self, target: u32, reference: u64) -> bool {
        self.signal(target, Signal::Demonitor(reference))
    }

    /// Deliver an exit signal `reason` from `from` to `to`.
    pub fn exit_signal(&self, from: u32, to: u32, reason: Term, linked: bool) {
        if let Some(m) = self.make_message(reason) {
            self.signal(to, Signal::Exit(from, m, linked));
        }
    }

    /// Whether a process exists (the caller checks itself).
    pub fn is_alive(&self, pid: u32) -> bool {
        let s = self.sched.lock();
        s.procs.contains_key(&pid) || s.running.contains_key(&pid)
    }

    /// Live processes.
    pub fn process_count(&self) -> usize {
        let s = self.sched.lock();
        s.procs.len() + s.running.len()
    }

    pub fn register(&self, name: Atom, pid: u32) -> bool {
        let mut s = self.sched.lock();
        if s.registered.contains_key(&name) || s.registered.values().any(|&p| p == pid) {
            return false;
        }
        if !(s.procs.contains_key(&pid) || s.running.contains_key(&pid)) {
            return false;
        }
        s.registered.insert(name, pid);
        true
    }

    pub fn unregister(&self, name: Atom) -> bool {
        self.sched.lock().registered.remove(&name).is_some()
    }

    pub fn whereis(&self, name: Atom) -> Option<u32> {
        self.sched.lock().registered.get(&name).copied()
    }

    /// Every registered name.
    pub fn registered_names(&self) -> Vec<Atom> {
        self.sched.lock().registered.keys().copied().collect()
    }

    /// Every live pid, in order.
    pub fn pids(&self) -> Vec<u32> {
        let s = self.sched.lock();
        let mut v: Vec<u32> = s.procs.keys().chain(s.running.keys()).copied().collect();
        v.sort_unstable();
        v
    }

    /// The name `pid` is registered under.
    pub fn name_of(&self, pid: u32) -> Option<Atom> {
        let s = self.sched.lock();
        s.registered
            .iter()
            .find(|(_, &p)| p == pid)
            .map(|(&n, _)| n)
    }

    /// Apply `f` to a process that is not running (for reading its state).
    pub fn with_process<R>(&self, pid: u32, f: impl FnOnce(&mut Process) -> R) -> Option<R> {
        let mut s = self.sched.lock();
        s.procs.get_mut(&pid).map(|p| f(p))
    }

    /// Start a timer sending `msg` to `pid` after `ms`.
    pub fn start_timer(&self, pid: u32, ms: u64, msg: Message, reference: u64) -> u64 {
        let at = self.platform.now_ms().saturating_add(ms);
        let mut s = self.sched.lock();
        s.timers.insert((at, reference), Timer { pid, msg });
        if s.idle > 0 {
            // A parked scheduler may need to wake earlier than it planned.
            self.platform.unpark_all();
        }
        reference
    }

    /// Cancel a timer; the milliseconds that were left, if it was pending.
    pub fn cancel_timer(&self, reference: u64) -> Option<u64> {
        let mut s = self.sched.lock();
        let key = *s.timers.keys().find(|k| k.1 == reference)?;
        s.timers.remove(&key);
        Some(key.0.saturating_sub(self.platform.now_ms()))
    }

    /// The milliseconds left of a timer.
    pub fn read_timer(&self, reference: u64) -> Option<u64> {
        let s = self.sched.lock();
        let &(at, _) = s.timers.keys().find(|k| k.1 == reference)?;
        Some(at.saturating_sub(self.platform.now_ms()))
    }

    /// Tell linked and monitoring processes that `p` exited with `reason`.
    fn notify_exit(&self, p: &Process, reason: Term) {
        for &l in &p.ext_ref().links {
            self.exit_signal(p.pid, l, reason, true);
        }
        for m in &p.ext_ref().monitored_by {
            let mut b = FragmentBuilder::new(16 + copy::size_of(reason));
            let r = copy::copy(reason, &mut b);
            let reference = b.reference(m.reference);
            let t = match (r, reference) {
                (Some(r), Some(rf)) => {
                    let who = match m.name {
                        Some(n) => b.tuple(&[Term::atom(n), Term::atom(atom::NONODE)]),
                        None => Some(Term::pid(p.pid as usize)),
                    };
                    who.and_then(|w| {
                        b.tuple(&[Term::atom(atom::DOWN), rf, Term::atom(atom::PROCESS), w, r])
                    })
                }
                _ => None,
            };
            if let Some(t) = t {
                self.deliver(
                    m.other,
                    Message {
                        term: t,
                        fragment: b.into_box(),
                    },
                );
            }
            self.remove_monitor(m.other, m.reference);
        }
        for m in &p.ext_ref().monitoring {
            self.remove_monitor(m.other, m.reference);
        }
    }

    /// A scheduler: run processes until the VM halts or no process can run again. Call it
    /// from one thread per scheduler; all share the run queue.
    pub fn run(&self) {
        let mut x: Box<[Term]> =
            alloc::vec![Term::NIL; crate::translate::MAX_X_REGS as usize].into_boxed_slice();
        loop {
            if self.halted.lock().is_some() {
                self.platform.unpark_all();
                return;
            }
            let mut s = self.sched.lock();
            self.fire_timers(&mut s);
            let Some(pid) = s.run_queue.pop_front() else {
                let earliest = s
                    .timers
                    .first_key_value()
                    .map(|(&(at, _), _)| at)
                    .into_iter()
                    .chain(s.deadlines.first().map(|&(at, _)| at))
                    .min();
                if earliest.is_none() && s.running.is_empty() {
                    // Nothing runs and nothing will wake: the run is over.
                    let stuck = !s.procs.is_empty();
                    drop(s);
                    let mut h = self.halted.lock();
                    if h.is_none() {
                        let main = *self.main_pid.lock();
                        if stuck && main.is_some() {
                            self.platform.write_err(
                                b"atomvm: deadlock: every process waits for a message that cannot arrive\n",
                            );
                            *h = Some(2);
                        } else {
                            *h = Some(0);
                        }
                    }
                    drop(h);
                    self.platform.unpark_all();
                    return;
                }
                s.idle += 1;
                let ticket = self.platform.park_ticket();
                drop(s);
                self.platform.park(ticket, earliest);
                self.sched.lock().idle -= 1;
                continue;
            };
            let Some(mut p) = s.procs.remove(&pid) else {
                continue;
            };
            s.running.insert(pid, Vec::new());
            drop(s);
            if let Some(sig) = p.take_pending_exit() {
                self.end(p, sig.term, false);
                continue;
            }
            p.status = Status::Runnable;
            // Take the saved registers (and free their memory: an idle process keeps none).
            let saved = core::mem::take(&mut p.saved_x);
            x[..saved.len()].copy_from_slice(&saved);
            drop(saved);
            let outcome = exec::run(self, &mut p, &mut x, REDUCTIONS);
            if let Outcome::Yield(live) = outcome {
                p.saved_x.extend_from_slice(&x[..live]);
            }
            let mut s = self.sched.lock();
            let signals = s.running.remove(&pid).unwrap_or_default();
            let mut woken = false;
            for sig in signals {
                woken |= self.apply(&mut p, sig);
            }
            match outcome {
                Outcome::Yield(_) => {
                    s.procs.insert(pid, p);
                    self.make_runnable(&mut s, pid);
                }
                Outcome::Wait => {
                    let again = woken
                        || p.mailbox.len() > p.recv_pos as usize
                        || p.ext_ref().pending_exit.is_some();
                    if again {
                        p.status = Status::Runnable;
                        s.procs.insert(pid, p);
                        self.make_runnable(&mut s, pid);
                    } else {
                        p.status = Status::Waiting;
                        if let Some(at) = p.deadline {
                            s.deadlines.insert((at, pid));
                        }
                        s.procs.insert(pid, p);
                    }
                }
                Outcome::Exit(reason, crashed) => {
                    // It stays in the running set until `end` has told everyone, so no
                    // scheduler takes the quiet moment for a deadlock.
                    s.running.insert(pid, Vec::new());
                    drop(s);
                    self.end(p, reason, crashed);
                }
            }
        }
    }

    fn fire_timers(&self, s: &mut Scheduler) {
        if s.timers.is_empty() && s.deadlines.is_empty() {
            return;
        }
        let now = self.platform.now_ms();
        // Timers due together are delivered in the order of their deadlines (then of
        // their creation), as on OTP: the map's order.
        while let Some(entry) = s.timers.first_entry() {
            if entry.key().0 > now {
                break;
            }
            let t = entry.remove();
            if let Some(queue) = s.running.get_mut(&t.pid) {
                queue.push(Signal::Message(t.msg));
            } else if let Some(p) = s.procs.get_mut(&t.pid) {
                p.mailbox.push_back(t.msg);
                if p.status == Status::Waiting {
                    p.status = Status::Runnable;
                    self.make_runnable(s, t.pid);
                }
            }
        }
        // Receives whose timeout has come.
        while let Some(&(at, pid)) = s.deadlines.first() {
            if at > now {
                break;
            }
            s.deadlines.pop_first();
            let due = s.procs.get_mut(&pid).is_some_and(|p| {
                let due = p.status == Status::Waiting && p.deadline == Some(at);
                if due {
                    p.status = Status::Runnable;
                    p.deadline = None;
                    p.timed_out = true;
                }
                due
            });
            if due {
                self.make_runnable(s, pid);
            }
        }
    }

    /// A process ended: report a crash, unregister it, signal links and monitors.
    fn end(&self, mut p: Box<Process>, reason: Term, crashed: bool) {
        p.status = Status::Exited;
        if crashed {
            let mut text = String::new();
            {
                let atoms = self.atoms.lock();
                let _ = core::fmt::Write::write_fmt(
                    &mut text,
                    format_args!(
                        "=ERROR REPORT====\nError in process <0.{}.0> with exit value:\n",
                        p.pid
                    ),
                );
                crate::bif::write_p_into(&mut text, reason, &atoms);
                text.push_str("\n\n");
            }
            self.platform.write_err(text.as_bytes());
        }
        {
            let mut s = self.sched.lock();
            s.registered.retain(|_, &mut v| v != p.pid);
            s.timers.retain(|_, t| t.pid != p.pid);
        }
        #[cfg(feature = "ets")]
        self.ets.lock().owner_exited(p.pid);
        self.notify_exit(&p, reason);
        // Signals that came while it was ending: links and monitors made meanwhile are told
        // of the exit too; messages and exit signals are moot.
        let late = self.sched.lock().running.remove(&p.pid).unwrap_or_default();
        let mut late_p = Process::new(p.pid, p.module.clone(), 0);
        for sig in late {
            if matches!(sig, Signal::Link(_) | Signal::MonitoredBy(_)) {
                self.apply(&mut late_p, sig);
            }
        }
        if late_p.extra.is_some() {
            self.notify_exit(&late_p, reason);
        }
        if *self.main_pid.lock() == Some(p.pid) {
            let mut h = self.halted.lock();
            if h.is_none() {
                *h = Some(if crashed { 1 } else { 0 });
            }
            drop(h);
            self.platform.unpark_all();
        }
    }
}

/// Builds a term into one block of a size known in advance (a message).
pub struct FragmentBuilder {
    block: Box<[Term]>,
    used: usize,
    off_heap: crate::term::refc::OffHeap,
}

impl FragmentBuilder {
    pub fn new(words: usize) -> FragmentBuilder {
        FragmentBuilder {
            block: alloc::vec![Term::NIL; words].into_boxed_slice(),
            used: 0,
            off_heap: crate::term::refc::OffHeap::new(),
        }
    }

    /// The memory, to travel with the message.
    pub fn into_box(self) -> crate::heap::Fragment {
        crate::heap::Fragment {
            words: self.block,
            off_heap: self.off_heap,
        }
    }
}

impl TermAlloc for FragmentBuilder {
    fn off_heap(&mut self) -> &mut crate::term::refc::OffHeap {
        &mut self.off_heap
    }

    fn alloc(&mut self, words: usize) -> Option<&mut [Term]> {
        if self.block.len() - self.used < words {
            return None;
        }
        let at = self.used;
        self.used += words;
        Some(&mut self.block[at..at + words])
    }
}
