//! Processes, messages, links, monitors, timers, the process dictionary.

use alloc::vec;
use alloc::vec::Vec;

use super::{badarg, boolean, list_elems, ok, oom, BifResult, Ctx};
use crate::atom::{self, Atom};
use crate::exec::Exception;
use crate::process::{Message, Monitor, Status};
use crate::term::build::TermAlloc;
use crate::term::{exact_eq, Boxed, Term, View, WORD_BYTES};

fn pid_of(t: Term) -> Option<u32> {
    match t.view() {
        View::Pid(p) => Some(p as u32),
        _ => None,
    }
}

pub fn self_(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    ok(c.p.pid_term())
}

pub fn make_ref(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    let id = c.vm.new_ref();
    ok(c.p.heap.reference(id).ok_or_else(oom)?)
}

/// Deliver `msg` to `to` (the running process included).
fn deliver(c: &mut Ctx, to: u32, msg: Term) -> Result<(), Exception> {
    let m = c.vm.make_message(msg).ok_or_else(oom)?;
    if to == c.p.pid {
        c.p.mailbox.push_back(m);
    } else {
        c.vm.deliver(to, m);
    }
    Ok(())
}

/// `Dest ! Msg` with (Dest, Msg).
pub fn send(c: &mut Ctx, (dest, msg): (Term, Term)) -> Result<Term, Exception> {
    let to = match dest.view() {
        View::Pid(p) => p as u32,
        View::Atom(a) => c.vm.whereis(a).ok_or_else(badarg)?,
        _ => return Err(badarg()),
    };
    deliver(c, to, msg)?;
    Ok(msg)
}

pub fn send_bif(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(send(c, (a[0], a[1]))?)
}

struct SpawnOpts {
    link: bool,
    monitor: bool,
}

fn spawn_common(
    c: &mut Ctx,
    what: Term,
    args: Option<(Term, Term)>,
    opts: SpawnOpts,
) -> Result<BifResult, Exception> {
    let (m, f, argv) = match args {
        Some((fname, argl)) => {
            let (m, f) = match (what.view(), fname.view()) {
                (View::Atom(m), View::Atom(f)) => (m, f),
                _ => return Err(badarg()),
            };
            (m, f, list_elems(argl).ok_or_else(badarg)?)
        }
        None => match what.view() {
            View::Export(m, f, 0) => (m, f, Vec::new()),
            View::Other(Boxed::Fun) => {
                let (lm, li, arity) = super::closure_info(c.vm, what).ok_or_else(badarg)?;
                if arity != 0 {
                    return Err(badarg());
                }
                let env = what.boxed_words()[2..].to_vec();
                let entry = lm.module.lambdas[li].entry;
                let name = lm.module.lambdas[li].name;
                let modname = lm.module.name;
                let link = opts.link.then_some(c.p.pid);
                let pid =
                    c.vm.spawn_at(lm, entry, &env, link, (modname, name, 0))
                        .map_err(Exception::error)?;
                return finish_spawn(c, pid, opts);
            }
            _ => return Err(badarg()),
        },
    };
    let link = opts.link.then_some(c.p.pid);
    let pid = c.vm.spawn(m, f, &argv, link).map_err(|_| badarg())?;
    finish_spawn(c, pid, opts)
}

fn finish_spawn(c: &mut Ctx, pid: u32, opts: SpawnOpts) -> Result<BifResult, Exception> {
    let pt = Term::pid(pid as usize);
    if opts.link {
        c.p.ext().links.push(pid);
    }
    if opts.monitor {
        let id = c.vm.new_ref();
        c.vm.add_monitor(c.p.pid, pid, id, None);
        c.p.ext().monitoring.push(Monitor {
            reference: id,
            other: pid,
            name: None,
        });
        let r = c.p.heap.reference(id).ok_or_else(oom)?;
        return ok(c.p.heap.tuple(&[pt, r]).ok_or_else(oom)?);
    }
    ok(pt)
}

const PLAIN: SpawnOpts = SpawnOpts {
    link: false,
    monitor: false,
};
const LINKED: SpawnOpts = SpawnOpts {
    link: true,
    monitor: false,
};
const MONITORED: SpawnOpts = SpawnOpts {
    link: false,
    monitor: true,
};

pub fn spawn_fun(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    spawn_common(c, a[0], None, PLAIN)
}
pub fn spawn_mfa(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    spawn_common(c, a[0], Some((a[1], a[2])), PLAIN)
}
pub fn spawn_link_fun(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    spawn_common(c, a[0], None, LINKED)
}
pub fn spawn_link_mfa(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    spawn_common(c, a[0], Some((a[1], a[2])), LINKED)
}
pub fn spawn_monitor_fun(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    spawn_common(c, a[0], None, MONITORED)
}
pub fn spawn_monitor_mfa(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    spawn_common(c, a[0], Some((a[1], a[2])), MONITORED)
}

fn parse_opts(l: Term) -> Result<SpawnOpts, Exception> {
    let mut o = SpawnOpts {
        link: false,
        monitor: false,
    };
    for e in list_elems(l).ok_or_else(badarg)? {
        match e.view() {
            View::Atom(a) if a == atom::LINK => o.link = true,
            View::Atom(a) if a == atom::MONITOR => o.monitor = true,
            // Heap sizes, priorities and the like change no result: accepted.
            View::Tuple(_) | View::Atom(_) => {}
            _ => return Err(badarg()),
        }
    }
    Ok(o)
}

pub fn spawn_opt_fun(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let o = parse_opts(a[1])?;
    spawn_common(c, a[0], None, o)
}
pub fn spawn_opt_mfa(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let o = parse_opts(a[3])?;
    spawn_common(c, a[0], Some((a[1], a[2])), o)
}

/// An exit signal to the running process itself.
fn self_signal(c: &mut Ctx, reason: Term, from: u32) -> Result<BifResult, Exception> {
    let kill = reason == Term::atom(atom::KILL);
    if c.p.trap_exit && !kill {
        let t =
            c.p.heap
                .tuple(&[Term::atom(atom::EXIT_TAG), Term::pid(from as usize), reason])
                .ok_or_else(oom)?;
        deliver(c, c.p.pid, t)?;
        return ok(boolean(true));
    }
    if reason == Term::atom(atom::NORMAL) && from != c.p.pid {
        return ok(boolean(true));
    }
    let r = if kill {
        Term::atom(atom::KILLED)
    } else {
        reason
    };
    c.p.ext().pending_exit = Some(c.vm.make_message(r).ok_or_else(oom)?);
    Ok(BifResult::Wait)
}

pub fn exit2(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let to = pid_of(a[0]).ok_or_else(badarg)?;
    if to == c.p.pid {
        return self_signal(c, a[1], c.p.pid);
    }
    c.vm.exit_signal(c.p.pid, to, a[1], false);
    ok(boolean(true))
}

pub fn link(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let to = pid_of(a[0]).ok_or_else(badarg)?;
    let me = c.p.pid;
    if to == me {
        return ok(boolean(true));
    }
    if !c.vm.link(me, to) {
        if c.p.trap_exit {
            let t =
                c.p.heap
                    .tuple(&[Term::atom(atom::EXIT_TAG), a[0], Term::atom(atom::NOPROC)])
                    .ok_or_else(oom)?;
            deliver(c, me, t)?;
            return ok(boolean(true));
        }
        return Err(Exception::error(Term::atom(atom::NOPROC)));
    }
    if !c.p.ext().links.contains(&to) {
        c.p.ext().links.push(to);
    }
    ok(boolean(true))
}

pub fn unlink(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let to = pid_of(a[0]).ok_or_else(badarg)?;
    let me = c.p.pid;
    c.p.ext().links.retain(|&l| l != to);
    c.vm.unlink(me, to);
    ok(boolean(true))
}

pub fn monitor(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    if a[0] != Term::atom(atom::PROCESS) {
        return Err(badarg());
    }
    let (target, by_name) = match a[1].view() {
        View::Pid(p) => (Some(p as u32), None),
        View::Atom(n) => (c.vm.whereis(n), Some(n)),
        _ => return Err(badarg()),
    };
    let id = c.vm.new_ref();
    let r = c.p.heap.reference(id).ok_or_else(oom)?;
    let alive = match target {
        Some(t) if t == c.p.pid => true,
        Some(t) => c.vm.add_monitor(c.p.pid, t, id, by_name),
        None => false,
    };
    if alive {
        c.p.ext().monitoring.push(Monitor {
            reference: id,
            other: target.unwrap_or(0),
            name: by_name,
        });
    } else {
        // Monitored by name, the 'DOWN' message names {Name, Node}.
        let who = match by_name {
            Some(n) => {
                c.p.heap
                    .tuple(&[Term::atom(n), Term::atom(atom::NONODE)])
                    .ok_or_else(oom)?
            }
            None => a[1],
        };
        let down =
            c.p.heap
                .tuple(&[
                    Term::atom(atom::DOWN),
                    r,
                    Term::atom(atom::PROCESS),
                    who,
                    Term::atom(atom::NOPROC),
                ])
                .ok_or_else(oom)?;
        deliver(c, c.p.pid, down)?;
    }
    ok(r)
}

pub fn demonitor(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let id = a[0].ref_id().ok_or_else(badarg)?;
    let opts = match a.get(1) {
        Some(o) => list_elems(*o).ok_or_else(badarg)?,
        None => Vec::new(),
    };
    let flush = opts.contains(&Term::atom(atom::FLUSH));
    let info = opts.contains(&Term::atom(atom::INFO));
    let mut found = false;
    if let Some(i) =
        c.p.ext_ref()
            .monitoring
            .iter()
            .position(|m| m.reference == id)
    {
        let m = c.p.ext().monitoring.remove(i);
        found = c.vm.remove_monitor(m.other, id);
    }
    if flush {
        c.p.mailbox.retain(|msg| {
            !msg.term.tuple_elements().is_some_and(|e| {
                e.len() == 5 && e[0] == Term::atom(atom::DOWN) && e[1].ref_id() == Some(id)
            })
        });
        c.p.recv_pos = 0;
    }
    ok(boolean(!info || found))
}

fn atom_arg(t: Term) -> Result<Atom, Exception> {
    match t.view() {
        View::Atom(a) => Ok(a),
        _ => Err(badarg()),
    }
}

pub fn register(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let name = atom_arg(a[0])?;
    let pid = pid_of(a[1]).ok_or_else(badarg)?;
    let ok_name = name != atom::UNDEFINED && c.vm.register(name, pid);
    if !ok_name {
        return Err(badarg());
    }
    ok(boolean(true))
}

pub fn unregister(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let name = atom_arg(a[0])?;
    if !c.vm.unregister(name) {
        return Err(badarg());
    }
    ok(boolean(true))
}

pub fn whereis(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let name = atom_arg(a[0])?;
    ok(match c.vm.whereis(name) {
        Some(p) => Term::pid(p as usize),
        None => Term::atom(atom::UNDEFINED),
    })
}

pub fn is_process_alive(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let pid = pid_of(a[0]).ok_or_else(badarg)?;
    ok(boolean(pid == c.p.pid || c.vm.is_alive(pid)))
}

pub fn process_flag(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let flag = atom_arg(a[0])?;
    if flag == atom::TRAP_EXIT {
        let v = super::as_bool(a[1])?;
        let old = c.p.trap_exit;
        c.p.trap_exit = v;
        return ok(boolean(old));
    }
    Err(badarg())
}

/// What `process_info` reports of a process, taken while it is not running.
struct Info {
    queue: usize,
    name: Option<Atom>,
    trap_exit: bool,
    links: Vec<u32>,
    /// The dictionary as a list of {K, V}, in a fragment of its own.
    dict: Option<Message>,
    /// The messages in the mailbox as a list, likewise.
    messages: Option<Message>,
    heap_words: usize,
    status: Atom,
}

fn snapshot(name: Option<Atom>, p: &crate::process::Process, running: bool) -> Info {
    let pairs: Vec<(Term, Term)> = p
        .ext_ref()
        .dict
        .chunks(2)
        .map(|kv| (kv[0], kv[1]))
        .collect();
    // The dictionary is copied out through a message-sized fragment.
    let mut b = crate::vm::FragmentBuilder::new(
        pairs
            .iter()
            .map(|&(k, v)| 5 + crate::term::copy::size_of(k) + crate::term::copy::size_of(v))
            .sum::<usize>(),
    );
    let mut items = Vec::new();
    for &(k, v) in &pairs {
        let t = crate::term::copy::copy(k, &mut b)
            .zip(crate::term::copy::copy(v, &mut b))
            .and_then(|(k, v)| b.tuple(&[k, v]));
        if let Some(t) = t {
            items.push(t);
        }
    }
    let dict = b.list(&items, Term::NIL).map(|term| Message {
        term,
        fragment: b.into_box(),
    });
    // The mailbox, copied the same way.
    let msgs: Vec<Term> = p.mailbox.iter().map(|m| m.term).collect();
    let mut mb = crate::vm::FragmentBuilder::new(
        msgs.iter()
            .map(|&t| 2 + crate::term::copy::size_of(t))
            .sum::<usize>(),
    );
    let copies: Option<Vec<Term>> = msgs
        .iter()
        .map(|&t| crate::term::copy::copy(t, &mut mb))
        .collect();
    let messages = copies
        .and_then(|c| mb.list(&c, Term::NIL))
        .map(|term| Message {
            term,
            fragment: mb.into_box(),
        });
    Info {
        queue: p.mailbox.len(),
        name,
        trap_exit: p.trap_exit,
        links: p.ext_ref().links.clone(),
        dict,
        messages,
        heap_words: p.heap.reserved_words(),
        status: if running {
            atom::RUNNING
        } else if p.status == Status::Waiting {
            atom::WAITING
        } else {
            atom::RUNNABLE
        },
    }
}

fn info_item(c: &mut Ctx, info: &mut Info, item: Atom) -> Result<Term, Exception> {
    let v = if item == atom::MESSAGE_QUEUE_LEN {
        Term::small(info.queue as isize)
    } else if item == atom::REGISTERED_NAME {
        match info.name {
            Some(n) => Term::atom(n),
            None => Term::NIL,
        }
    } else if item == atom::TRAP_EXIT {
        boolean(info.trap_exit)
    } else if item == atom::LINKS {
        let v: Vec<Term> = info.links.iter().map(|&l| Term::pid(l as usize)).collect();
        c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?
    } else if item == atom::DICTIONARY {
        match info.dict.take() {
            Some(m) => {
                c.p.heap.adopt(m.fragment);
                m.term
            }
            None => Term::NIL,
        }
    } else if item == atom::MESSAGES {
        match info.messages.take() {
            Some(m) => {
                c.p.heap.adopt(m.fragment);
                m.term
            }
            None => Term::NIL,
        }
    } else if item == atom::HEAP_SIZE || item == atom::TOTAL_HEAP_SIZE {
        Term::small(info.heap_words as isize)
    } else if item == atom::STATUS {
        Term::atom(info.status)
    } else {
        return Err(badarg());
    };
    c.p.heap.tuple(&[Term::atom(item), v]).ok_or_else(oom)
}

pub fn process_info(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let pid = pid_of(a[0]).ok_or_else(badarg)?;
    let name = c.vm.name_of(pid);
    let mut info = if pid == c.p.pid {
        snapshot(name, c.p, true)
    } else {
        match c.vm.with_process(pid, |o| snapshot(name, o, false)) {
            Some(i) => i,
            None => return ok(Term::atom(atom::UNDEFINED)),
        }
    };
    match a[1].view() {
        View::Atom(item) => {
            let t = info_item(c, &mut info, item)?;
            if item == atom::REGISTERED_NAME && info.name.is_none() {
                return ok(Term::NIL);
            }
            ok(t)
        }
        _ => {
            let items = list_elems(a[1]).ok_or_else(badarg)?;
            let mut out = Vec::new();
            for i in items {
                out.push(info_item(c, &mut info, atom_arg(i)?)?);
            }
            ok(c.p.heap.list(&out, Term::NIL).ok_or_else(oom)?)
        }
    }
}

// ---- the process dictionary ----

fn dict_find(c: &Ctx, k: Term) -> Option<usize> {
    c.p.ext_ref()
        .dict
        .chunks(2)
        .position(|kv| exact_eq(kv[0], k))
}

pub fn put(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match dict_find(c, a[0]) {
        Some(i) => {
            let old = c.p.ext().dict[2 * i + 1];
            c.p.ext().dict[2 * i + 1] = a[1];
            ok(old)
        }
        None => {
            c.p.ext().dict.push(a[0]);
            c.p.ext().dict.push(a[1]);
            ok(Term::atom(atom::UNDEFINED))
        }
    }
}

pub fn get(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    ok(match dict_find(c, a[0]) {
        Some(i) => c.p.ext().dict[2 * i + 1],
        None => Term::atom(atom::UNDEFINED),
    })
}

pub fn get_all(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    let pairs: Vec<(Term, Term)> = c.p.ext().dict.chunks(2).map(|kv| (kv[0], kv[1])).collect();
    let mut v = Vec::new();
    for (k, val) in pairs {
        v.push(c.p.heap.tuple(&[k, val]).ok_or_else(oom)?);
    }
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}

pub fn get_keys(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    let keys: Vec<Term> = c.p.ext().dict.chunks(2).map(|kv| kv[0]).collect();
    ok(c.p.heap.list(&keys, Term::NIL).ok_or_else(oom)?)
}

pub fn get_keys_of(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let keys: Vec<Term> =
        c.p.ext()
            .dict
            .chunks(2)
            .filter(|kv| exact_eq(kv[1], a[0]))
            .map(|kv| kv[0])
            .collect();
    ok(c.p.heap.list(&keys, Term::NIL).ok_or_else(oom)?)
}

pub fn erase(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match dict_find(c, a[0]) {
        Some(i) => {
            let old = c.p.ext().dict[2 * i + 1];
            c.p.ext().dict.drain(2 * i..2 * i + 2);
            ok(old)
        }
        None => ok(Term::atom(atom::UNDEFINED)),
    }
}

pub fn erase_all(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let all = get_all(c, a)?;
    c.p.ext().dict.clear();
    Ok(all)
}

// ---- timers ----

fn timer_common(c: &mut Ctx, a: &[Term], wrap: bool) -> Result<BifResult, Exception> {
    let ms = match a[0].view() {
        View::Small(n) if n >= 0 => n as u64,
        _ => return Err(badarg()),
    };
    let to = match a[1].view() {
        View::Pid(p) => p as u32,
        View::Atom(n) => c.vm.whereis(n).unwrap_or(u32::MAX),
        _ => return Err(badarg()),
    };
    let id = c.vm.new_ref();
    let r = c.p.heap.reference(id).ok_or_else(oom)?;
    let msg = if wrap {
        c.p.heap
            .tuple(&[Term::atom(atom::TIMEOUT), r, a[2]])
            .ok_or_else(oom)?
    } else {
        a[2]
    };
    let m: Message = c.vm.make_message(msg).ok_or_else(oom)?;
    c.vm.start_timer(to, ms, m, id);
    ok(r)
}

pub fn send_after(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    timer_common(c, a, false)
}

pub fn start_timer(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    timer_common(c, a, true)
}

pub fn read_timer(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let id = a[0].ref_id().ok_or_else(badarg)?;
    ok(match c.vm.read_timer(id) {
        Some(left) => super::int_term(&mut c.p.heap, left as i128)?,
        None => boolean(false),
    })
}

pub fn registered(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    let names: Vec<Term> =
        c.vm.registered_names()
            .into_iter()
            .map(Term::atom)
            .collect();
    ok(c.p.heap.list(&names, Term::NIL).ok_or_else(oom)?)
}

pub fn processes(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    let pids: Vec<Term> =
        c.vm.pids()
            .into_iter()
            .map(|p| Term::pid(p as usize))
            .collect();
    ok(c.p.heap.list(&pids, Term::NIL).ok_or_else(oom)?)
}

pub fn cancel_timer(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let id = a[0].ref_id().ok_or_else(badarg)?;
    ok(match c.vm.cancel_timer(id) {
        Some(left) => super::int_term(&mut c.p.heap, left as i128)?,
        None => boolean(false),
    })
}

pub fn system_info(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let item = atom_arg(a[0])?;
    if item == atom::SCHEDULERS || item == atom::SCHEDULERS_ONLINE {
        return ok(Term::small(c.vm.schedulers as isize));
    }
    if item == atom::PROCESS_COUNT {
        // The caller is running, so it is counted among the live processes.
        return ok(Term::small(c.vm.process_count() as isize));
    }
    Err(badarg())
}

pub fn halt(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let code = match a.first().map(|t| t.view()) {
        None => 0,
        Some(View::Small(n)) => n as i32,
        Some(_) => 1,
    };
    *c.vm.halted.lock() = Some(code);
    c.p.status = Status::Exited;
    Ok(BifResult::Wait)
}

/// The VM's memory accounting, by category: (name, bytes). Categories as OTP names them;
/// `processes` counts every process's heap and stack block and fragments, `binary` the
/// off-heap binaries (each counted once however many processes hold it), `code` the loaded
/// modules, `atom` the atom table.
fn memory_items(c: &mut Ctx) -> Vec<(&'static str, usize)> {
    let own =
        c.p.heap.reserved_words() * WORD_BYTES + core::mem::size_of::<crate::process::Process>();
    let others: usize =
        c.vm.pids()
            .into_iter()
            .filter(|&pid| pid != c.p.pid)
            .filter_map(|pid| {
                c.vm.with_process(pid, |p| {
                    p.heap.reserved_words() * WORD_BYTES
                        + core::mem::size_of::<crate::process::Process>()
                })
            })
            .sum();
    let processes = own + others;
    let binary = crate::term::refc::binary_bytes();
    let mut code = 0;
    let mut i = 0;
    while let Some(m) = c.vm.module_at(i) {
        code += m.module.memory_bytes();
        i += 1;
    }
    let atom = {
        let atoms = c.vm.atoms.lock();
        let n = atoms.len();
        let mut bytes = 0;
        for k in 0..n {
            bytes += atoms.name(Atom::from_index(k as u32)).len() + 2 * WORD_BYTES;
        }
        bytes
    };
    let system = binary + code + atom;
    vec![
        ("total", processes + system),
        ("processes", processes),
        ("processes_used", processes),
        ("system", system),
        ("atom", atom),
        ("atom_used", atom),
        ("binary", binary),
        ("code", code),
        #[cfg(feature = "ets")]
        ("ets", c.vm.ets.lock().memory_bytes()),
        // No tables without the `ets` feature.
        #[cfg(not(feature = "ets"))]
        ("ets", 0),
    ]
}

pub fn memory0(c: &mut Ctx, _: &[Term]) -> Result<BifResult, Exception> {
    let items = memory_items(c);
    let mut v = Vec::new();
    for (k, n) in items {
        let k =
            c.vm.atoms
                .lock()
                .intern(k.as_bytes())
                .map_err(|_| badarg())?;
        let n = super::int_term(&mut c.p.heap, n as i128)?;
        v.push(c.p.heap.tuple(&[Term::atom(k), n]).ok_or_else(oom)?);
    }
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}

pub fn memory1(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let items = memory_items(c);
    let want = |c: &Ctx, t: Term| -> Result<usize, Exception> {
        let a = atom_arg(t)?;
        let atoms = c.vm.atoms.lock();
        let name = atoms.text(a);
        items
            .iter()
            .find(|(k, _)| *k == name)
            .map(|&(_, n)| n)
            .ok_or_else(badarg)
    };
    if a[0].is_atom() {
        let n = want(c, a[0])?;
        return ok(super::int_term(&mut c.p.heap, n as i128)?);
    }
    let mut v = Vec::new();
    for t in list_elems(a[0]).ok_or_else(badarg)? {
        let n = want(c, t)?;
        let n = super::int_term(&mut c.p.heap, n as i128)?;
        v.push(c.p.heap.tuple(&[t, n]).ok_or_else(oom)?);
    }
    ok(c.p.heap.list(&v, Term::NIL).ok_or_else(oom)?)
}
