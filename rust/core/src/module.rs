//! A loaded module: translated code and the tables it refers to.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::atom::Atom;
use crate::term::build::Arena;
use crate::term::{Term, WORD_BYTES};

/// An external function a module calls (`ImpT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Import {
    pub module: Atom,
    pub function: Atom,
    pub arity: u32,
}

/// A function defined in the module, from its `func_info`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Function {
    pub name: Atom,
    pub arity: u32,
    /// Offset of the `func_info` instruction (raises `function_clause`).
    pub info: u32,
    /// Offset of the first instruction of the body (the entry point).
    pub entry: u32,
}

/// An exported function (`ExpT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Export {
    pub name: Atom,
    pub arity: u32,
    pub entry: u32,
}

/// A fun defined in the module (`FunT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lambda {
    pub name: Atom,
    pub arity: u32,
    pub entry: u32,
    pub num_free: u32,
    pub old_index: u32,
    pub old_uniq: u32,
}

/// Source locations of the code: which instruction offsets carry which file:line.
#[derive(Default, Debug)]
pub struct LineTable {
    /// File names; index 0 is the module's own source file.
    pub files: Vec<Box<str>>,
    /// (code offset, location) sorted by offset: the instruction at `offset` and those after
    /// it, up to the next entry, are at that location. A location packs the file index in
    /// its top 8 bits and the line in the low 24; `NO_LOCATION` means none.
    pub marks: Vec<(u32, u32)>,
}

/// The location of code the compiler gave no line to.
pub const NO_LOCATION: u32 = u32::MAX;

/// Pack a file index and a line into a location, if they fit.
pub fn pack_location(file: u32, line: u32) -> Option<u32> {
    if file < 255 && line < 1 << 24 {
        Some((file << 24) | line)
    } else {
        None
    }
}

impl LineTable {
    /// The (file, line) of the instruction at code offset `pc`, if known.
    pub fn lookup(&self, pc: u32) -> Option<(&str, u32)> {
        let i = self.marks.partition_point(|&(off, _)| off <= pc);
        let (_, loc) = *self.marks.get(i.checked_sub(1)?)?;
        if loc == NO_LOCATION {
            return None;
        }
        Some((self.files.get((loc >> 24) as usize)?, loc & 0xFF_FFFF))
    }

    fn bytes(&self) -> usize {
        self.files
            .iter()
            .map(|f| f.len() + 2 * WORD_BYTES)
            .sum::<usize>()
            + self.marks.len() * core::mem::size_of::<(u32, u32)>()
    }
}

/// A module ready to run.
pub struct Module {
    pub name: Atom,
    /// The translated instruction stream.
    pub code: Box<[u16]>,
    /// Constants the code refers to by index: atoms, integers, literals.
    pub consts: Box<[Term]>,
    /// Where literal terms live.
    pub literals: Arena,
    pub imports: Box<[Import]>,
    pub exports: Box<[Export]>,
    pub functions: Box<[Function]>,
    pub lambdas: Box<[Lambda]>,
    pub lines: LineTable,
    /// The `StrT` chunk (bit syntax string operands point into it).
    pub strings: Box<[u8]>,
    /// `module_info(attributes)` and `module_info(compile)` terms (`[]` when absent,
    /// `exec::NON_VALUE` when they hold a bignum and the `bignum` feature is off).
    pub attributes: Term,
    pub compile_info: Term,
    /// Entry of the `-on_load` function, if any.
    pub on_load: Option<u32>,
    /// Size of the `Code` chunk this was translated from.
    pub raw_code_bytes: usize,
}

impl Module {
    /// Bytes of memory the translated module holds (code, constants, literals, tables).
    pub fn memory_bytes(&self) -> usize {
        self.code_bytes()
            + self.literals.words_reserved() * WORD_BYTES
            + self.imports.len() * core::mem::size_of::<Import>()
            + self.exports.len() * core::mem::size_of::<Export>()
            + self.lambdas.len() * core::mem::size_of::<Lambda>()
            + self.strings.len()
    }

    /// Bytes of the code proper: instructions, constant table, function table, line table
    /// (what replaces the raw `Code` chunk).
    pub fn code_bytes(&self) -> usize {
        self.code.len() * 2
            + self.consts.len() * WORD_BYTES
            + self.functions.len() * core::mem::size_of::<Function>()
            + self.lines.bytes()
    }

    /// The exported function `name/arity`.
    pub fn export(&self, name: Atom, arity: u32) -> Option<&Export> {
        self.exports
            .iter()
            .find(|e| e.name == name && e.arity == arity)
    }

    /// The function whose code contains offset `pc`.
    pub fn function_at(&self, pc: u32) -> Option<&Function> {
        let i = self.functions.partition_point(|f| f.info <= pc);
        self.functions.get(i.checked_sub(1)?)
    }
}
