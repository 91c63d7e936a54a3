//! A process: its heap and stack, where it is in the code, its mailbox and its relations.

use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::sync::Arc;
use alloc::vec::Vec;

use crate::heap::Heap;
use crate::term::Term;
use crate::vm::LoadedModule;

/// A message waiting in a mailbox: the term and the memory it lives in.
pub struct Message {
    pub term: Term,
    pub fragment: Box<[Term]>,
}

/// Why a process is not running.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Runnable,
    /// In `wait` or `wait_timeout` with no matching message.
    Waiting,
    Exited,
}

/// A monitor this process holds on another (or another holds on it).
#[derive(Clone, Copy, Debug)]
pub struct Monitor {
    pub reference: u64,
    pub other: u32,
    /// Set when the monitor was made by registered name.
    pub name: Option<crate::atom::Atom>,
}

/// One Erlang process.
pub struct Process {
    pub pid: u32,
    pub heap: Heap,
    /// The module and offset to run next.
    pub module: Arc<LoadedModule>,
    pub ip: u32,
    /// X registers saved while the process is not running.
    pub saved_x: Vec<Term>,
    pub fr: Vec<f64>,
    pub mailbox: VecDeque<Message>,
    /// Index of the next message `loop_rec` looks at.
    pub recv_pos: usize,
    /// The process dictionary: keys and values, alternating.
    pub dict: Vec<Term>,
    pub links: Vec<u32>,
    /// Monitors this process set on others.
    pub monitoring: Vec<Monitor>,
    /// Monitors others set on this process.
    pub monitored_by: Vec<Monitor>,
    pub trap_exit: bool,
    pub status: Status,
    /// When a `wait_timeout` expires (platform milliseconds).
    pub deadline: Option<u64>,
    /// Set when the timeout fired: `wait_timeout` then continues with `timeout`.
    pub timed_out: bool,
    /// The class, reason and stack trace of the last exception (for `raw_raise` and
    /// `build_stacktrace`); `[]` when there is none.
    pub last_exception: [Term; 3],
    /// Exit signals received while running: reason terms in fragments.
    pub pending_exit: Option<Message>,
    /// Where the process started (for `process_info(current_function)` and crash reports).
    pub initial_call: (crate::atom::Atom, crate::atom::Atom, u32),
}

impl Process {
    pub fn new(pid: u32, module: Arc<LoadedModule>, ip: u32) -> Process {
        Process {
            pid,
            heap: Heap::default(),
            module,
            ip,
            saved_x: Vec::new(),
            fr: Vec::new(),
            mailbox: VecDeque::new(),
            recv_pos: 0,
            dict: Vec::new(),
            links: Vec::new(),
            monitoring: Vec::new(),
            monitored_by: Vec::new(),
            trap_exit: false,
            status: Status::Runnable,
            deadline: None,
            timed_out: false,
            last_exception: [Term::NIL; 3],
            pending_exit: None,
            initial_call: (crate::atom::UNDEFINED, crate::atom::UNDEFINED, 0),
        }
    }

    /// The pid as a term.
    pub fn pid_term(&self) -> Term {
        Term::pid(self.pid as usize)
    }
}
