//! The atom table: interned names, shared by every module and process of a VM.
//!
//! Atoms the VM itself needs have fixed indices, declared once in `known_atoms!`, so code can
//! use `atom::OK` without a lookup. The table is append-only; an index never changes.

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::vec::Vec;

/// An interned atom (its index in the atom table).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct Atom(u32);

impl Atom {
    #[inline]
    pub const fn from_index(i: u32) -> Atom {
        Atom(i)
    }
    #[inline]
    pub const fn index(self) -> u32 {
        self.0
    }
}

/// Longest atom name in characters (OTP's limit).
pub const MAX_ATOM_CHARS: usize = 255;
/// Most atoms a VM holds (OTP's default limit).
pub const MAX_ATOMS: usize = 1 << 20;

macro_rules! known_atoms {
    ($($name:ident = $text:literal),* $(,)?) => {
        const KNOWN: &[&str] = &[$($text),*];
        known_atoms!(@consts 0u32, $($name,)*);
    };
    (@consts $n:expr, $name:ident, $($rest:ident,)*) => {
        #[doc = concat!("The atom `", stringify!($name), "` (fixed index).")]
        pub const $name: Atom = Atom($n);
        known_atoms!(@consts $n + 1, $($rest,)*);
    };
    (@consts $n:expr,) => {};
}

known_atoms! {
    FALSE = "false",
    TRUE = "true",
    OK = "ok",
    ERROR = "error",
    UNDEFINED = "undefined",
    BADARG = "badarg",
    BADARITH = "badarith",
    BADMATCH = "badmatch",
    FUNCTION_CLAUSE = "function_clause",
    CASE_CLAUSE = "case_clause",
    IF_CLAUSE = "if_clause",
    TRY_CLAUSE = "try_clause",
    UNDEF = "undef",
    BADFUN = "badfun",
    BADARITY = "badarity",
    BADKEY = "badkey",
    BADMAP = "badmap",
    BADRECORD = "badrecord",
    SYSTEM_LIMIT = "system_limit",
    EXIT = "exit",
    THROW = "throw",
    NORMAL = "normal",
    KILL = "kill",
    KILLED = "killed",
    NOPROC = "noproc",
    NOCONNECTION = "noconnection",
    ERLANG = "erlang",
    START = "start",
    MODULE_INFO = "module_info",
    FILE = "file",
    LINE = "line",
    NONODE = "nonode@nohost",
    INFINITY = "infinity",
    SAFE = "safe",
    UNSAFE = "unsafe",
    SIGNED = "signed",
    UNSIGNED = "unsigned",
    BIG = "big",
    LITTLE = "little",
    NATIVE = "native",
    INTEGER = "integer",
    FLOAT = "float",
    BINARY = "binary",
    UTF8 = "utf8",
    UTF16 = "utf16",
    UTF32 = "utf32",
    APPEND = "append",
    PRIVATE_APPEND = "private_append",
    STRING = "string",
    ENSURE_AT_LEAST = "ensure_at_least",
    ENSURE_EXACTLY = "ensure_exactly",
    SKIP = "skip",
    GET_TAIL = "get_tail",
    EQUAL = "=:=",
    ALL = "all",
    REUSE = "reuse",
    COPY = "copy",
    EXIT_TAG = "EXIT",
    DOWN = "DOWN",
    PROCESS = "process",
    NOCATCH = "nocatch",
    TIMEOUT = "timeout",
    TRAP_EXIT = "trap_exit",
    FLUSH = "flush",
    LINK = "link",
    MONITOR = "monitor",
    SCHEDULERS = "schedulers",
    PROCESS_COUNT = "process_count",
    MESSAGE_QUEUE_LEN = "message_queue_len",
    REGISTERED_NAME = "registered_name",
    DICTIONARY = "dictionary",
    LINKS = "links",
    HEAP_SIZE = "heap_size",
    TOTAL_HEAP_SIZE = "total_heap_size",
    STATUS = "status",
    RUNNING = "running",
    RUNNABLE = "runnable",
    WAITING = "waiting",
    UNSUPPORTED = "unsupported",
    ATTRIBUTES = "attributes",
    COMPILE = "compile",
    EXPORTS = "exports",
    MODULE = "module",
    IO = "io",
    FORMAT = "format",
    SCHEDULERS_ONLINE = "schedulers_online",
    TIMEOUT_VALUE = "timeout_value",
    IO_FORMAT = "io_format",
    INFO = "info",
    MESSAGES = "messages",
    NONE = "none",
    FEATURE = "feature",
    BIGNUM = "bignum",
    ETF = "etf",
    ETS = "ets",
}

/// The table of atom names.
pub struct AtomTable {
    names: Vec<Box<[u8]>>,
    index: BTreeMap<Box<[u8]>, Atom>,
}

/// Why an atom could not be made.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AtomError {
    /// More than 255 characters.
    TooLong,
    /// The table holds `MAX_ATOMS` atoms.
    TableFull,
    /// Not valid UTF-8.
    BadUtf8,
}

impl Default for AtomTable {
    fn default() -> Self {
        Self::new()
    }
}

impl AtomTable {
    /// A table holding the VM's known atoms at their fixed indices.
    pub fn new() -> AtomTable {
        let mut t = AtomTable {
            names: Vec::new(),
            index: BTreeMap::new(),
        };
        for name in KNOWN {
            // Known atoms are short, valid and few: interning them cannot fail.
            let _ = t.intern(name.as_bytes());
        }
        t
    }

    /// The atom named by `name` (UTF-8), added if new.
    pub fn intern(&mut self, name: &[u8]) -> Result<Atom, AtomError> {
        if let Some(&a) = self.index.get(name) {
            return Ok(a);
        }
        let text = core::str::from_utf8(name).map_err(|_| AtomError::BadUtf8)?;
        if text.chars().count() > MAX_ATOM_CHARS {
            return Err(AtomError::TooLong);
        }
        if self.names.len() >= MAX_ATOMS {
            return Err(AtomError::TableFull);
        }
        let a = Atom(self.names.len() as u32);
        let boxed: Box<[u8]> = name.into();
        self.names.push(boxed.clone());
        self.index.insert(boxed, a);
        Ok(a)
    }

    /// The atom for a Latin-1 name (as the old `Atom` chunk and `ATOM_EXT` carry them).
    pub fn intern_latin1(&mut self, name: &[u8]) -> Result<Atom, AtomError> {
        if name.is_ascii() {
            return self.intern(name);
        }
        let mut utf8 = Vec::with_capacity(name.len() * 2);
        for &b in name {
            let mut buf = [0u8; 4];
            utf8.extend_from_slice(char::from(b).encode_utf8(&mut buf).as_bytes());
        }
        self.intern(&utf8)
    }

    /// The atom named `name`, if it exists.
    pub fn lookup(&self, name: &[u8]) -> Option<Atom> {
        self.index.get(name).copied()
    }

    /// The name of an atom (UTF-8 bytes).
    pub fn name(&self, a: Atom) -> &[u8] {
        self.names.get(a.0 as usize).map_or(&b""[..], |n| &n[..])
    }

    /// The name as text.
    pub fn text(&self, a: Atom) -> &str {
        core::str::from_utf8(self.name(a)).unwrap_or("?")
    }

    /// How many atoms there are.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the table is empty (never, once made by `new`).
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_atoms_have_fixed_indices() {
        let t = AtomTable::new();
        assert_eq!(t.text(OK), "ok");
        assert_eq!(t.text(TRUE), "true");
        assert_eq!(t.text(COPY), "copy");
        assert_eq!(t.lookup(b"badarg"), Some(BADARG));
    }

    #[test]
    fn intern_is_idempotent_and_checks_limits() {
        let mut t = AtomTable::new();
        let a = t.intern(b"hello").unwrap();
        assert_eq!(t.intern(b"hello").unwrap(), a);
        assert_eq!(t.intern(&[b'x'; 256]), Err(AtomError::TooLong));
        assert!(t.intern(&[b'x'; 255]).is_ok());
        assert_eq!(t.intern(&[0xff, 0xfe]), Err(AtomError::BadUtf8));
        let l = t.intern_latin1(&[b'a', 0xe9]).unwrap();
        assert_eq!(t.text(l), "a\u{e9}");
    }
}
