//! A process: its heap and stack, where it is in the code, its mailbox and its relations.

use crate::sync::Arc;
use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::vec::Vec;

use crate::heap::Heap;
use crate::term::Term;
use crate::vm::LoadedModule;

/// A message waiting in a mailbox: the term and the memory it lives in.
pub struct Message {
    pub term: Term,
    pub fragment: crate::heap::Fragment,
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

/// What most processes never use, kept out of line so an idle process stays small.
pub struct Extra {
    pub fr: Vec<f64>,
    /// The process dictionary: keys and values, alternating.
    pub dict: Vec<Term>,
    pub links: Vec<u32>,
    /// Monitors this process set on others.
    pub monitoring: Vec<Monitor>,
    /// Monitors others set on this process.
    pub monitored_by: Vec<Monitor>,
    /// The class, reason and stack trace of the last exception (for `raw_raise` and
    /// `build_stacktrace`); `[]` when there is none.
    pub last_exception: [Term; 3],
    /// An exit signal that ends the process at its next scheduling: the reason.
    pub pending_exit: Option<Message>,
}

impl Default for Extra {
    fn default() -> Self {
        Extra {
            fr: Vec::new(),
            dict: Vec::new(),
            links: Vec::new(),
            monitoring: Vec::new(),
            monitored_by: Vec::new(),
            last_exception: [Term::NIL; 3],
            pending_exit: None,
        }
    }
}

/// One Erlang process.
pub struct Process {
    pub pid: u32,
    pub ip: u32,
    pub heap: Heap,
    /// The module to run next (at `ip`).
    pub module: Arc<LoadedModule>,
    /// X registers saved while the process is not running.
    pub saved_x: Vec<Term>,
    pub mailbox: VecDeque<Message>,
    /// Index of the next message `loop_rec` looks at.
    pub recv_pos: u32,
    pub trap_exit: bool,
    /// Set when the timeout fired: `wait_timeout` then continues with `timeout`.
    pub timed_out: bool,
    pub status: Status,
    /// When a `wait_timeout` expires (platform milliseconds).
    pub deadline: Option<u64>,
    /// Where the process started (for crash reports).
    pub initial_call: (crate::atom::Atom, crate::atom::Atom, u32),
    /// Links, monitors, the dictionary and the like, once the process uses one.
    pub extra: Option<Box<Extra>>,
}

static NO_EXTRA: spin::Lazy<Extra> = spin::Lazy::new(Extra::default);

impl Process {
    pub fn new(pid: u32, module: Arc<LoadedModule>, ip: u32) -> Process {
        Process {
            pid,
            ip,
            heap: Heap::default(),
            module,
            saved_x: Vec::new(),
            mailbox: VecDeque::new(),
            recv_pos: 0,
            trap_exit: false,
            timed_out: false,
            status: Status::Runnable,
            deadline: None,
            initial_call: (crate::atom::UNDEFINED, crate::atom::UNDEFINED, 0),
            extra: None,
        }
    }

    /// The out-of-line state, made on first use.
    pub fn ext(&mut self) -> &mut Extra {
        self.extra.get_or_insert_with(Default::default)
    }

    /// The out-of-line state for reading (empty when the process never used it).
    pub fn ext_ref(&self) -> &Extra {
        self.extra.as_deref().unwrap_or(&NO_EXTRA)
    }

    /// Take a pending exit signal.
    pub fn take_pending_exit(&mut self) -> Option<Message> {
        self.extra.as_mut().and_then(|e| e.pending_exit.take())
    }

    /// The pid as a term.
    pub fn pid_term(&self) -> Term {
        Term::pid(self.pid as usize)
    }
}
