//! A stable text listing of a module's translated code, one instruction a line, derived
//! from the instruction table (so it never lags behind it).

use core::fmt::{self, Write};

use crate::atom::AtomTable;
use crate::module::Module;
use crate::term::write_atom;
use crate::term::write_term;
use crate::translate::code::{CodeReader, Src, NO_LABEL};
use crate::translate::ops::Kind;

fn write_src(out: &mut dyn Write, m: &Module, atoms: &AtomTable, s: Src) -> fmt::Result {
    match s {
        Src::X(n) => write!(out, "x{n}"),
        Src::Y(n) => write!(out, "y{n}"),
        Src::Const(i) => match m.consts.get(i as usize) {
            Some(&t) => write_term(out, t, atoms),
            None => write!(out, "#bad_const{i}"),
        },
    }
}

fn write_label(out: &mut dyn Write, l: u32) -> fmt::Result {
    if l == NO_LABEL {
        out.write_str("-")
    } else {
        write!(out, "@{l}")
    }
}

/// Write the listing of a module.
pub fn disassemble(out: &mut dyn Write, m: &Module, atoms: &AtomTable) -> fmt::Result {
    out.write_str("module ")?;
    write_atom(out, m.name, atoms)?;
    writeln!(
        out,
        "  ; {} code units, {} constants, {} functions",
        m.code.len(),
        m.consts.len(),
        m.functions.len()
    )?;
    for (fi, f) in m.functions.iter().enumerate() {
        let end = m
            .functions
            .get(fi + 1)
            .map_or(m.code.len(), |n| n.info as usize);
        out.write_str("\nfunction ")?;
        write_atom(out, f.name, atoms)?;
        writeln!(out, "/{} entry @{}", f.arity, f.entry)?;
        let mut r = CodeReader::new(&m.code, f.info as usize);
        while r.pos < end {
            let at = r.pos;
            let Some(op) = r.op() else {
                return writeln!(out, "  {at:6}  #bad_opcode");
            };
            write!(out, "  {at:6}  {}", op.spec().name)?;
            for &k in op.spec().kinds {
                out.write_char(' ')?;
                if write_operand(out, m, atoms, &mut r, k).is_none() {
                    return writeln!(out, "#truncated");
                }
            }
            if let Some((file, line)) = m.lines.lookup(at as u32) {
                write!(out, "  ; {file}:{line}")?;
            }
            out.write_char('\n')?;
        }
    }
    Ok(())
}

fn write_operand(
    out: &mut dyn Write,
    m: &Module,
    atoms: &AtomTable,
    r: &mut CodeReader,
    k: Kind,
) -> Option<()> {
    let res = match k {
        Kind::S | Kind::D => {
            let s = r.src()?;
            write_src(out, m, atoms, s)
        }
        Kind::U => write!(out, "{}", r.u()?),
        Kind::Str => write!(out, "str@{}", r.u()?),
        Kind::FR => write!(out, "fr{}", r.u()?),
        Kind::L => write_label(out, r.label()?),
        Kind::Imp => {
            let i = r.u()?;
            match m.imports.get(i as usize) {
                Some(imp) => {
                    write_atom(out, imp.module, atoms).ok()?;
                    out.write_char(':').ok()?;
                    write_atom(out, imp.function, atoms).ok()?;
                    write!(out, "/{}", imp.arity)
                }
                None => write!(out, "#bad_import{i}"),
            }
        }
        Kind::Lam => {
            let i = r.u()?;
            match m.lambdas.get(i as usize) {
                Some(l) => {
                    write!(out, "fun#{i}<").ok()?;
                    write_atom(out, l.name, atoms).ok()?;
                    write!(out, "/{} @{}>", l.arity, l.entry)
                }
                None => write!(out, "#bad_fun{i}"),
            }
        }
        Kind::SList => {
            let n = r.u()?;
            out.write_char('[').ok()?;
            for i in 0..n {
                if i > 0 {
                    out.write_char(',').ok()?;
                }
                let s = r.src()?;
                write_src(out, m, atoms, s).ok()?;
            }
            out.write_char(']')
        }
        Kind::Jumps => {
            let n = r.u()?;
            out.write_char('[').ok()?;
            for i in 0..n {
                if i > 0 {
                    out.write_char(',').ok()?;
                }
                let s = r.src()?;
                write_src(out, m, atoms, s).ok()?;
                out.write_str(" => ").ok()?;
                write_label(out, r.label()?).ok()?;
            }
            out.write_char(']')
        }
    };
    res.ok()
}
