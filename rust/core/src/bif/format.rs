//! Output until the Erlang standard library takes over: `erlang:display/1` and a native
//! `io:format/1,2` with the control sequences `~p ~w ~s ~b ~c ~i ~n ~~` (no field widths).
//! Any other sequence raises `{unsupported, {io_format, Char}}`.

use alloc::string::String;

use super::{badarg, list_elems, ok, BifResult, Ctx};
use crate::atom::{self, AtomTable};
use crate::exec::Exception;
use crate::term::build::TermAlloc as _;
use crate::term::{format_float, write_atom, write_term, Term, View};

/// Whether a list is a printable string as `~p` shows it (Latin-1 printable characters).
fn printable(t: Term) -> Option<String> {
    if !t.is_cons() {
        return None;
    }
    let mut s = String::new();
    for e in list_elems(t)? {
        match e.view() {
            View::Small(c) if (32..=126).contains(&c) || (160..=255).contains(&c) => {
                s.push(char::from_u32(c as u32)?)
            }
            View::Small(c) if matches!(c, 8..=13 | 27) => s.push(char::from_u32(c as u32)?),
            _ => return None,
        }
    }
    Some(s)
}

fn write_string_literal(out: &mut String, s: &str) {
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{b}' => out.push_str("\\v"),
            '\u{c}' => out.push_str("\\f"),
            '\u{1b}' => out.push_str("\\e"),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// How a term printer writes the few things `~p` and `erlang:display/1` differ on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `io:format("~p")` without line breaking.
    P,
    /// `erlang:display/1`: floats as C's `%e`, maps as `#{k=>v}`.
    Display,
}

/// A float as C's `printf("%e")` writes it (what erlang:display shows).
fn c_exp_float(f: f64) -> String {
    let s = alloc::format!("{f:.6e}");
    match s.split_once('e') {
        Some((m, e)) => {
            let e: i32 = e.parse().unwrap_or(0);
            let sign = if e < 0 { '-' } else { '+' };
            alloc::format!("{m}e{sign}{:02}", e.unsigned_abs())
        }
        None => s,
    }
}

/// `~p` without line breaking: `~w`, but printable lists as strings.
pub fn write_p(out: &mut String, t: Term, atoms: &AtomTable) {
    write_styled(out, t, atoms, Style::P)
}

fn write_styled(out: &mut String, t: Term, atoms: &AtomTable, style: Style) {
    let write_p = |out: &mut String, t: Term, atoms: &AtomTable| write_styled(out, t, atoms, style);
    if let Some(s) = printable(t) {
        write_string_literal(out, &s);
        return;
    }
    match t.view() {
        View::Tuple(es) => {
            out.push('{');
            for (i, &e) in es.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_p(out, e, atoms);
            }
            out.push('}');
        }
        View::Cons(..) => {
            out.push('[');
            let mut cur = t;
            let mut first = true;
            while let Some((h, tl)) = cur.cons_parts() {
                if !first {
                    out.push(',');
                }
                first = false;
                write_p(out, h, atoms);
                cur = tl;
            }
            if !cur.is_nil() {
                out.push('|');
                write_p(out, cur, atoms);
            }
            out.push(']');
        }
        View::Map(..) | View::Other(crate::term::Boxed::HashMap) => {
            out.push_str("#{");
            for (i, (k, v)) in crate::term::sorted_pairs(t, atoms).into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_p(out, k, atoms);
                out.push_str(if style == Style::Display {
                    "=>"
                } else {
                    " => "
                });
                write_p(out, v, atoms);
            }
            out.push('}');
        }
        View::Float(f) if style == Style::Display => out.push_str(&c_exp_float(f)),
        View::Float(f) => out.push_str(&format_float(f)),
        View::Binary(bytes, bits)
            if bits % 8 == 0
                && !bytes.is_empty()
                && bytes
                    .iter()
                    .all(|&b| matches!(b, 32..=126 | 160..=255 | 8..=13 | 27)) =>
        {
            let text: String = bytes.iter().map(|&b| b as char).collect();
            out.push_str("<<");
            write_string_literal(out, &text);
            out.push_str(">>");
        }
        View::Atom(a) => {
            let _ = write_atom(out, a, atoms);
        }
        _ => {
            let _ = write_term(out, t, atoms);
        }
    }
}

/// Characters of an iolist/chardata argument of `~s`.
fn chardata(t: Term, out: &mut String, atoms: &AtomTable) -> Option<()> {
    match t.view() {
        View::Nil => Some(()),
        View::Atom(a) => {
            out.push_str(atoms.text(a));
            Some(())
        }
        View::Binary(b, bits) if bits % 8 == 0 => {
            out.push_str(core::str::from_utf8(b).ok()?);
            Some(())
        }
        View::Cons(..) => {
            let mut cur = t;
            while let Some((h, tl)) = cur.cons_parts() {
                match h.view() {
                    View::Small(c) if c >= 0 => out.push(char::from_u32(c as u32)?),
                    _ => chardata(h, out, atoms)?,
                }
                cur = tl;
            }
            if cur.is_nil() {
                Some(())
            } else {
                chardata(cur, out, atoms)
            }
        }
        _ => None,
    }
}

fn unsupported(c: &mut Ctx, ch: char) -> Exception {
    let io = Term::atom(atom::IO_FORMAT);
    let t =
        c.p.heap
            .tuple(&[io, Term::small(ch as isize)])
            .and_then(|inner| c.p.heap.tuple(&[Term::atom(atom::UNSUPPORTED), inner]));
    Exception::error(t.unwrap_or(Term::atom(atom::UNSUPPORTED)))
}

/// Format `fmt` with `args` as io:format does.
fn format(c: &mut Ctx, fmt: Term, args: Term) -> Result<String, Exception> {
    let mut f = String::new();
    {
        let atoms = c.vm.atoms.lock();
        chardata(fmt, &mut f, &atoms).ok_or_else(badarg)?;
    }
    let args = list_elems(args).ok_or_else(badarg)?;
    let mut next = args.into_iter();
    let mut out = String::new();
    let mut chars = f.chars();
    while let Some(ch) = chars.next() {
        if ch != '~' {
            out.push(ch);
            continue;
        }
        let mut d = chars.next().ok_or_else(badarg)?;
        if d == 't' || d == 'l' {
            d = chars.next().ok_or_else(badarg)?;
        }
        match d {
            'n' => out.push('\n'),
            '~' => out.push('~'),
            'p' | 'w' | 's' | 'b' | 'B' | 'c' | 'i' => {
                let a = next.next().ok_or_else(badarg)?;
                let atoms = c.vm.atoms.lock();
                match d {
                    'p' => write_p(&mut out, a, &atoms),
                    'w' => {
                        let _ = write_term(&mut out, a, &atoms);
                    }
                    's' => chardata(a, &mut out, &atoms).ok_or_else(badarg)?,
                    'b' | 'B' => match a.view() {
                        View::Small(_) | View::Big(..) => {
                            let _ = write_term(&mut out, a, &atoms);
                        }
                        _ => return Err(badarg()),
                    },
                    'c' => match a.view() {
                        View::Small(n) if n >= 0 => {
                            out.push(char::from_u32(n as u32).ok_or_else(badarg)?)
                        }
                        _ => return Err(badarg()),
                    },
                    _ => {}
                }
            }
            other => return Err(unsupported(c, other)),
        }
    }
    if next.next().is_some() {
        return Err(badarg());
    }
    Ok(out)
}

pub fn io_format1(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let s = format(c, a[0], Term::NIL)?;
    c.vm.platform.write_out(s.as_bytes());
    ok(Term::atom(atom::OK))
}

pub fn io_format2(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let s = format(c, a[0], a[1])?;
    c.vm.platform.write_out(s.as_bytes());
    ok(Term::atom(atom::OK))
}

pub fn io_put_chars(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let mut s = String::new();
    {
        let atoms = c.vm.atoms.lock();
        chardata(a[0], &mut s, &atoms).ok_or_else(badarg)?;
    }
    c.vm.platform.write_out(s.as_bytes());
    ok(Term::atom(atom::OK))
}

pub fn display(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let mut s = String::new();
    {
        let atoms = c.vm.atoms.lock();
        write_styled(&mut s, a[0], &atoms, Style::Display);
    }
    // OTP's erlang:display ends its line with CR LF.
    s.push_str("\r\n");
    c.vm.platform.write_out(s.as_bytes());
    ok(Term::atom(atom::TRUE))
}
