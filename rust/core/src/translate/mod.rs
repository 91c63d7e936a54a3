//! Translation of the generic BEAM instructions of a `Code` chunk into the internal
//! instruction stream, once, at load time: operands decoded, labels resolved to code
//! offsets, constants interned, `label`/`line` instructions turned into side tables.

pub mod code;
pub mod generic;
pub mod ops;

use alloc::collections::BTreeMap;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::atom::{self, AtomTable};
use crate::loader::compact::{CompactError, Operand, Reader};
use crate::loader::{BeamChunks, ChunkReader, LoadError, LoadErrorKind, Prepared};
use crate::module::{Function, LineTable};
#[cfg(feature = "bignum")]
use crate::term::build::magnitude_digits;
use crate::term::build::Arena;
#[cfg(any(feature = "float", feature = "bignum"))]
use crate::term::build::TermAlloc;
use crate::term::{Term, FLOAT_WORDS};
use code::{Emitter, Src, NO_LABEL, SRC_LIMIT};
use generic::generic_op;
use ops::{internal_for_generic, Kind, Op};

/// X registers a process has (OTP's limit).
pub const MAX_X_REGS: u32 = 1024;
/// Words of a closure before its environment (for allocation lists).
pub const FUN_BASE_WORDS: u32 = 3;

/// What translation produces.
pub struct Output {
    pub code: Vec<u16>,
    pub consts: Vec<Term>,
    pub functions: Vec<Function>,
    pub lines: LineTable,
    labels: Vec<u32>,
    pub on_load: Option<u32>,
    pub max_lambda: Option<u32>,
}

impl Output {
    /// The code offset of a BEAM label.
    pub fn label_offset(&self, label: u32) -> Option<u32> {
        self.labels
            .get(label as usize)
            .copied()
            .filter(|&o| o != NO_LABEL)
    }
}

/// The parsed `Code` chunk header and the instruction bytes.
struct CodeChunk<'a> {
    bytes: &'a [u8],
    /// File offset of `bytes[0]`.
    base: usize,
    label_count: u32,
}

fn code_chunk<'a>(p: &Prepared<'a>) -> Result<CodeChunk<'a>, LoadError> {
    let mut r = ChunkReader::new(p.code);
    let header = r.u32()? as usize;
    let _set = r.u32()?;
    let _opcode_max = r.u32()?;
    let label_count = r.u32()?;
    let _function_count = r.u32()?;
    let start = header
        .checked_add(4)
        .filter(|&s| s >= 20 && s <= p.code.data.len());
    let start = start.ok_or(r.err(LoadErrorKind::Invalid("code header size")))?;
    if label_count as usize > p.code.data.len() + 1 {
        return Err(r.err(LoadErrorKind::Invalid("label count")));
    }
    Ok(CodeChunk {
        bytes: &p.code.data[start..],
        base: p.code.offset + start,
        label_count,
    })
}

struct Translator<'p, 'a> {
    p: &'p Prepared<'a>,
    table: &'p AtomTable,
    /// Where float and bignum constants go (neither exists without their features).
    #[cfg_attr(not(any(feature = "float", feature = "bignum")), allow(dead_code))]
    arena: &'p mut Arena,
    e: Emitter,
    consts: Vec<Term>,
    const_index: BTreeMap<usize, u32>,
    labels: Vec<u32>,
    fixups: Vec<(usize, u32)>,
    functions: Vec<Function>,
    awaiting_entry: bool,
    lines: LineTable,
    line_items: &'p [u32],
    on_load: Option<u32>,
    max_lambda: Option<u32>,
    /// Name of the function being translated, for errors.
    current: Option<String>,
    /// Offset in the file of the instruction being translated.
    at: usize,
    opname: &'static str,
}

/// Translate a module's code.
pub fn translate(
    p: &Prepared,
    table: &AtomTable,
    lines: LineTable,
    line_items: &[u32],
    arena: &mut Arena,
) -> Result<Output, LoadError> {
    let cc = code_chunk(p)?;
    let mut t = Translator {
        p,
        table,
        arena,
        e: Emitter::default(),
        consts: Vec::new(),
        const_index: BTreeMap::new(),
        labels: vec![NO_LABEL; cc.label_count as usize],
        fixups: Vec::new(),
        functions: Vec::new(),
        awaiting_entry: false,
        lines,
        line_items,
        on_load: None,
        max_lambda: None,
        current: None,
        at: cc.base,
        opname: "",
    };
    t.e.code.reserve(cc.bytes.len());
    let mut rd = Reader::new(cc.bytes);
    let mut args: Vec<Operand> = Vec::with_capacity(8);
    while !rd.at_end() {
        t.at = cc.base + rd.pos();
        let opc = rd.byte().map_err(|_| t.err(LoadErrorKind::Truncated))? as u32;
        let g = match generic_op(opc) {
            Some(g) if !g.obsolete => g,
            Some(g) => {
                return Err(t.err(LoadErrorKind::ObsoleteOpcode {
                    opcode: opc,
                    name: g.name,
                    function: t.current.clone(),
                }))
            }
            None => {
                return Err(t.err(LoadErrorKind::UnknownOpcode {
                    opcode: opc,
                    function: t.current.clone(),
                }))
            }
        };
        t.opname = g.name;
        args.clear();
        for _ in 0..g.arity {
            let op = rd.operand().map_err(|e| match e {
                CompactError::Truncated => t.err(LoadErrorKind::Truncated),
                CompactError::Invalid(what) => t.bad(args.len(), what),
                CompactError::FeatureOff(feature) => t.err(LoadErrorKind::FeatureOff {
                    feature,
                    what: "float operand",
                    hint: "",
                }),
            })?;
            args.push(op);
        }
        if opc == 3 {
            break; // int_code_end
        }
        t.instruction(opc, &args)?;
    }
    for &(at, label) in &t.fixups {
        let off = t.labels.get(label as usize).copied().unwrap_or(NO_LABEL);
        if off == NO_LABEL {
            t.at = cc.base;
            return Err(t.err(LoadErrorKind::Invalid("reference to an undefined label")));
        }
        t.e.patch_label(at, off);
    }
    if t.awaiting_entry {
        return Err(t.err(LoadErrorKind::Invalid("function without entry label")));
    }
    if t.e.code.len() > u32::MAX as usize / 2 {
        return Err(t.err(LoadErrorKind::TooLarge("code")));
    }
    Ok(Output {
        code: t.e.code,
        consts: t.consts,
        functions: t.functions,
        lines: t.lines,
        labels: t.labels,
        on_load: t.on_load,
        max_lambda: t.max_lambda,
    })
}

/// Why an integer constant beyond the small-integer range does not load without bignums.
#[cfg(not(feature = "bignum"))]
const NO_BIGNUM: &str =
    "integer constant beyond the small-integer range: this build has no bignum (cargo feature `bignum` is off)";

impl Translator<'_, '_> {
    fn err(&self, kind: LoadErrorKind) -> LoadError {
        LoadError::new(b"Code", self.at, kind)
    }

    fn bad(&self, operand: usize, what: &'static str) -> LoadError {
        self.err(LoadErrorKind::BadOperand {
            opcode: self.opname,
            operand,
            what,
            function: self.current.clone(),
        })
    }

    /// An integer constant's term (a bignum needs the `bignum` feature).
    fn int_const(&mut self, v: i128) -> Result<Term, &'static str> {
        #[cfg(feature = "bignum")]
        {
            self.arena.int128(v).ok_or("out of memory")
        }
        #[cfg(not(feature = "bignum"))]
        {
            Term::small_i128(v).ok_or(NO_BIGNUM)
        }
    }

    fn konst(&mut self, t: Term) -> Result<Src, &'static str> {
        if let Some(&i) = self.const_index.get(&t.raw()) {
            return Ok(Src::Const(i));
        }
        let i = self.consts.len() as u32;
        if i >= SRC_LIMIT {
            return Err("too many constants");
        }
        self.consts.push(t);
        self.const_index.insert(t.raw(), i);
        Ok(Src::Const(i))
    }

    fn atom(&self, i: u32) -> Result<atom::Atom, &'static str> {
        i.checked_sub(1)
            .and_then(|i| self.p.atoms.get(i as usize))
            .copied()
            .ok_or("atom index out of range")
    }

    fn src(&mut self, op: &Operand) -> Result<Src, &'static str> {
        match *op {
            Operand::X(n) | Operand::Typed(n, false, _) => {
                if n < MAX_X_REGS {
                    Ok(Src::X(n))
                } else {
                    Err("x register out of range")
                }
            }
            Operand::Y(n) | Operand::Typed(n, true, _) => {
                if n < SRC_LIMIT {
                    Ok(Src::Y(n))
                } else {
                    Err("y register out of range")
                }
            }
            Operand::Atom(i) => {
                let a = self.atom(i)?;
                self.konst(Term::atom(a))
            }
            Operand::Nil => self.konst(Term::NIL),
            Operand::Int(v) => {
                let t = self.int_const(v as i128)?;
                self.konst(t)
            }
            Operand::U(v) => {
                let t = self.int_const(v as i128)?;
                self.konst(t)
            }
            Operand::Char(c) => self.konst(Term::small(c as isize)),
            #[cfg(feature = "bignum")]
            Operand::BigInt(neg, ref mag) => {
                let digits = magnitude_digits(mag);
                let t = self.arena.integer(neg, &digits).ok_or("out of memory")?;
                self.konst(t)
            }
            #[cfg(not(feature = "bignum"))]
            Operand::BigInt(..) => Err(NO_BIGNUM),
            #[cfg(feature = "float")]
            Operand::Float(f) => {
                let t = self.arena.float(f).ok_or("out of memory")?;
                self.konst(t)
            }
            Operand::Literal(i) => {
                let t = *self
                    .p
                    .literals
                    .get(i as usize)
                    .ok_or("literal index out of range")?;
                self.konst(t)
            }
            _ => Err("expected a register or constant"),
        }
    }

    fn dst(&mut self, op: &Operand) -> Result<Src, &'static str> {
        match op {
            Operand::X(_) | Operand::Y(_) | Operand::Typed(..) => self.src(op),
            _ => Err("expected a register"),
        }
    }

    fn unsigned(&self, op: &Operand) -> Result<u32, &'static str> {
        match *op {
            Operand::U(v) => u32::try_from(v).map_err(|_| "number too large"),
            Operand::Int(v) => u32::try_from(v).map_err(|_| "expected a non-negative number"),
            Operand::Alloc {
                words,
                floats,
                funs,
            } => {
                let w = words as u64
                    + floats as u64 * FLOAT_WORDS as u64
                    + funs as u64 * FUN_BASE_WORDS as u64;
                u32::try_from(w).map_err(|_| "allocation too large")
            }
            _ => Err("expected a number"),
        }
    }

    fn label_ref(&mut self, op: &Operand) -> Result<u32, &'static str> {
        match *op {
            Operand::Label(0) => Ok(NO_LABEL),
            Operand::Label(n) if (n as usize) < self.labels.len() => Ok(n),
            Operand::Label(_) => Err("label out of range"),
            _ => Err("expected a label"),
        }
    }

    fn emit_label(&mut self, label: u32) {
        if label == NO_LABEL {
            self.e.label(NO_LABEL);
        } else {
            let at = self.e.label(0);
            self.fixups.push((at, label));
        }
    }

    fn list<'o>(&self, op: &'o Operand) -> Result<&'o [Operand], &'static str> {
        match op {
            Operand::List(items) => Ok(items),
            _ => Err("expected a list"),
        }
    }

    fn operand(&mut self, kind: Kind, op: &Operand) -> Result<(), &'static str> {
        match kind {
            Kind::S => {
                let s = self.src(op)?;
                self.e.src(s);
            }
            Kind::D => {
                let s = self.dst(op)?;
                self.e.src(s);
            }
            Kind::U | Kind::Str => {
                let v = self.unsigned(op)?;
                self.e.u(v);
            }
            Kind::Imp => {
                let v = self.unsigned(op)?;
                if v as usize >= self.p.imports.len() {
                    return Err("import index out of range");
                }
                self.e.u(v);
            }
            Kind::Lam => {
                let v = self.unsigned(op)?;
                self.max_lambda = Some(self.max_lambda.map_or(v, |m| m.max(v)));
                self.e.u(v);
            }
            Kind::FR => match *op {
                Operand::FReg(n) => self.e.u(n),
                _ => return Err("expected a float register"),
            },
            Kind::L => {
                let l = self.label_ref(op)?;
                self.emit_label(l);
            }
            Kind::SList => {
                let items = self.list(op)?;
                self.e.u(items.len() as u32);
                for it in items {
                    let s = self.src(it)?;
                    self.e.src(s);
                }
            }
            Kind::Jumps => {
                let items = self.list(op)?;
                if items.len() % 2 != 0 {
                    return Err("odd jump list");
                }
                self.e.u((items.len() / 2) as u32);
                for pair in items.chunks(2) {
                    let s = self.src(&pair[0])?;
                    self.e.src(s);
                    let l = self.label_ref(&pair[1])?;
                    if l == NO_LABEL {
                        return Err("jump to no label");
                    }
                    self.emit_label(l);
                }
            }
        }
        Ok(())
    }

    /// Emit `op` with `args` converted by its kinds.
    fn emit(&mut self, op: Op, args: &[Operand]) -> Result<(), LoadError> {
        let kinds = op.spec().kinds;
        if kinds.len() != args.len() {
            return Err(self.bad(args.len(), "operand count"));
        }
        self.e.op(op);
        for (i, (&k, a)) in kinds.iter().zip(args).enumerate() {
            self.operand(k, a).map_err(|what| self.bad(i, what))?;
        }
        Ok(())
    }

    fn mark_line(&mut self, item: &Operand) -> Result<(), LoadError> {
        let item = match *item {
            Operand::U(n) => n,
            Operand::Int(n) if n >= 0 => n as u64,
            _ => return Err(self.bad(0, "expected a line index")),
        };
        if self.line_items.len() <= 1 {
            // No Line chunk (stripped, as `atomvm pack --strip-line` and packbeam's
            // --remove_lines make them): line instructions carry no information.
            return Ok(());
        }
        let Some(&loc) = self.line_items.get(item as usize) else {
            return Err(self.bad(0, "line index out of range"));
        };
        let pos = self.e.pos() as u32;
        match self.lines.marks.last_mut() {
            Some(last) if last.0 == pos => last.1 = loc,
            Some(last) if last.1 == loc => {}
            _ => self.lines.marks.push((pos, loc)),
        }
        Ok(())
    }

    fn instruction(&mut self, opc: u32, args: &[Operand]) -> Result<(), LoadError> {
        match opc {
            // label
            1 => {
                let n = self.unsigned(&args[0]).map_err(|w| self.bad(0, w))?;
                let pos = self.e.pos() as u32;
                if n as usize >= self.labels.len() {
                    return Err(self.bad(0, "label out of range"));
                }
                self.labels[n as usize] = pos;
                if self.awaiting_entry {
                    if let Some(f) = self.functions.last_mut() {
                        f.entry = pos;
                    }
                    self.awaiting_entry = false;
                }
                Ok(())
            }
            // func_info
            2 => {
                let name = match args[1] {
                    Operand::Atom(i) => self.atom(i).map_err(|w| self.bad(1, w))?,
                    _ => return Err(self.bad(1, "expected an atom")),
                };
                let arity = self.unsigned(&args[2]).map_err(|w| self.bad(2, w))?;
                self.current = Some(format!("{}/{}", self.table.text(name), arity));
                let info = self.e.pos() as u32;
                self.functions.push(Function {
                    name,
                    arity,
                    info,
                    entry: NO_LABEL,
                });
                self.awaiting_entry = true;
                self.emit(Op::FuncInfo, args)
            }
            // line, executable_line, debug_line (Kind, Location, ...): side table only
            153 | 183 => self.mark_line(&args[0]),
            184 => self.mark_line(&args[1]),
            // allocate_zero, allocate_heap_zero: y registers are always initialised
            14 => self.emit(Op::Allocate, args),
            15 => self.emit(Op::AllocateHeap, args),
            // fmove: into, out of, or between float registers
            96 => {
                let op = match (&args[0], &args[1]) {
                    (Operand::FReg(_), Operand::FReg(_)) => Op::Fmove,
                    (Operand::FReg(_), _) => Op::FmoveOut,
                    (_, Operand::FReg(_)) => Op::FmoveIn,
                    _ => return Err(self.bad(0, "fmove without a float register")),
                };
                self.emit(op, args)
            }
            // bs_start_match4: the fail operand may be the atom no_fail or resume
            170 => {
                if let Operand::Atom(_) = args[0] {
                    let mut a: Vec<Operand> = args.to_vec();
                    a[0] = Operand::Label(0);
                    self.emit(Op::BsStartMatch4, &a)
                } else {
                    self.emit(Op::BsStartMatch4, args)
                }
            }
            // on_load
            149 => {
                self.on_load = Some(self.e.pos() as u32);
                self.emit(Op::OnLoad, args)
            }
            _ => match internal_for_generic(opc) {
                Some(op) => self.emit(op, args),
                None => Err(self.err(LoadErrorKind::UnknownOpcode {
                    opcode: opc,
                    function: self.current.clone(),
                })),
            },
        }
    }
}

/// The generic instructions of a `.beam`, per function, as `beam_disasm` groups them: a
/// function starts at the `label` (and `line`) before its `func_info`.
pub struct GenericFunction {
    pub name: String,
    pub arity: u32,
    pub ops: Vec<&'static str>,
}

/// Decode (without translating) the generic instruction names of every function.
pub fn generic_listing(
    bytes: &[u8],
    table: &mut AtomTable,
) -> Result<Vec<GenericFunction>, LoadError> {
    let chunks = BeamChunks::parse(bytes)?;
    let atoms = crate::loader::read_atoms(&chunks, table)?;
    let code =
        chunks
            .get(b"Code")
            .ok_or(LoadError::new(b"Code", 0, LoadErrorKind::MissingChunk))?;
    let p = Prepared {
        name: atoms[0],
        name_text: String::new(),
        atoms,
        imports: Vec::new(),
        literals: Vec::new(),
        code,
    };
    let cc = code_chunk(&p)?;
    let mut rd = Reader::new(cc.bytes);
    let mut funcs: Vec<GenericFunction> = Vec::new();
    let mut pending: Vec<&'static str> = Vec::new();
    while !rd.at_end() {
        let at = cc.base + rd.pos();
        let err = |k| LoadError::new(b"Code", at, k);
        let opc = rd.byte().map_err(|_| err(LoadErrorKind::Truncated))? as u32;
        let g = generic_op(opc).ok_or(err(LoadErrorKind::UnknownOpcode {
            opcode: opc,
            function: None,
        }))?;
        let mut args = Vec::new();
        for _ in 0..g.arity {
            args.push(
                rd.operand()
                    .map_err(|_| err(LoadErrorKind::Invalid("operand")))?,
            );
        }
        if opc == 2 {
            // Move the trailing label/line of the previous function into this one.
            let prev = funcs.last_mut().map(|f| &mut f.ops).unwrap_or(&mut pending);
            let mut carried = Vec::new();
            while let Some(&last) = prev.last() {
                if last == "label" || last == "line" {
                    carried.push(last);
                    prev.pop();
                } else {
                    break;
                }
            }
            carried.reverse();
            let name = match args[1] {
                Operand::Atom(i) => i
                    .checked_sub(1)
                    .and_then(|i| p.atoms.get(i as usize))
                    .map(|&a| String::from(table.text(a)))
                    .unwrap_or_default(),
                _ => String::new(),
            };
            let arity = match args[2] {
                Operand::U(a) => a as u32,
                _ => 0,
            };
            carried.push(g.name);
            funcs.push(GenericFunction {
                name,
                arity,
                ops: carried,
            });
            continue;
        }
        if opc == 3 {
            break;
        }
        match funcs.last_mut() {
            Some(f) => f.ops.push(g.name),
            None => pending.push(g.name),
        }
    }
    Ok(funcs)
}
