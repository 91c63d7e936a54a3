//! Console output: `erlang:display/1`, and `atomvm:put_chars/2`, the primitive under the
//! Erlang `io` module (libs/estdlib: io, io_lib, io_lib_pretty do all the formatting).

use alloc::string::String;
use alloc::vec::Vec;

use super::{badarg, list_elems, ok, BifResult, Ctx};
use crate::atom::{self, AtomTable};
use crate::exec::Exception;
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
#[cfg(feature = "float")]
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
        #[cfg(feature = "float")]
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

/// Append the UTF-8 bytes of chardata `t` (code points, binaries taken as they are,
/// nested lists) to `out`; `None` if `t` is not chardata.
fn chardata_bytes(t: Term, out: &mut Vec<u8>, depth: usize) -> Option<()> {
    if depth > 10_000 {
        return None;
    }
    match t.view() {
        View::Nil => Some(()),
        View::Binary(b, bits) if bits % 8 == 0 => {
            out.extend_from_slice(b);
            Some(())
        }
        View::Cons(..) => {
            let mut cur = t;
            while let Some((h, tl)) = cur.cons_parts() {
                match h.view() {
                    View::Small(c) if c >= 0 => {
                        let ch = char::from_u32(u32::try_from(c).ok()?)?;
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                    }
                    _ => chardata_bytes(h, out, depth + 1)?,
                }
                cur = tl;
            }
            chardata_bytes(cur, out, depth + 1)
        }
        _ => None,
    }
}

/// `atomvm:put_chars(stdout | stderr, Chardata)`: what the Erlang `io` module writes
/// with. Code points are written as UTF-8, binaries as their bytes.
pub fn put_chars(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let mut bytes = Vec::new();
    chardata_bytes(a[1], &mut bytes, 0).ok_or_else(badarg)?;
    let to_err = match a[0].view() {
        View::Atom(d) => match c.vm.atoms.lock().text(d) {
            "stdout" => false,
            "stderr" => true,
            _ => return Err(badarg()),
        },
        _ => return Err(badarg()),
    };
    if to_err {
        c.vm.platform.write_err(&bytes);
    } else {
        c.vm.platform.write_out(&bytes);
    }
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

/// Whether `~w`/`~p` of `t` may take the native path: terms made of numbers, lists,
/// tuples, maps, binaries and atoms of printable ASCII (other atoms, pids, refs, funs,
/// and nesting deeper than 100 go the Erlang way).
fn fast_term(t: Term, atoms: &AtomTable, depth: usize) -> bool {
    if depth > 100 {
        return false;
    }
    match t.view() {
        View::Small(_) | View::Big(..) | View::Float(_) | View::Nil | View::Binary(..) => true,
        View::Atom(a) => {
            let name = atoms.text(a);
            name != "maybe" && name != "else" && name.bytes().all(|b| (0x20..=0x7e).contains(&b))
        }
        View::Tuple(es) => es.iter().all(|&e| fast_term(e, atoms, depth + 1)),
        View::Map(ks, vs) => ks
            .iter()
            .chain(vs.iter())
            .all(|&e| fast_term(e, atoms, depth + 1)),
        View::Cons(..) => {
            let mut cur = t;
            while let Some((h, tl)) = cur.cons_parts() {
                if !fast_term(h, atoms, depth + 1) {
                    return false;
                }
                cur = tl;
            }
            fast_term(cur, atoms, depth + 1)
        }
        _ => false,
    }
}

/// The column after writing `s` from column `col` (tab stops every 8), as io_lib counts.
fn advance(col: usize, s: &str) -> usize {
    s.chars().fold(col, |c, ch| match ch {
        '\n' => 0,
        '\t' => (c + 8) / 8 * 8,
        _ => c + 1,
    })
}

/// `io:format` for the formats whose text the native code writes exactly as io_lib
/// does: plain characters and `~w ~p ~s ~b ~c ~i ~n ~~` without field width, precision,
/// pad or modifiers, `~p` only when its term fits on the line, `~s` only of Latin-1
/// lists, ASCII binaries and ASCII atoms. `None`: take the Erlang path.
fn format_fast_text(fmt: Term, args: Term, atoms: &AtomTable) -> Option<String> {
    let mut out = String::new();
    let mut col = 0usize;
    let mut args = args;
    let mut next = || {
        let (h, tl) = args.cons_parts()?;
        args = tl;
        Some(h)
    };
    let mut f = fmt;
    while let Some((h, tl)) = f.cons_parts() {
        f = tl;
        let ch = match h.view() {
            View::Small(c) if (0..=0x10ffff).contains(&c) => char::from_u32(c as u32)?,
            _ => return None,
        };
        if ch != '~' {
            out.push(ch);
            col = advance(col, ch.encode_utf8(&mut [0u8; 4]));
            continue;
        }
        let (d, tl) = f.cons_parts()?;
        f = tl;
        let start = out.len();
        match d.view() {
            View::Small(0x6e) => out.push('\n'),
            View::Small(0x7e) => out.push('~'),
            View::Small(0x69) => {
                next()?;
            }
            View::Small(0x63) => match next()?.view() {
                View::Small(n) => out.push(char::from_u32((n & 255) as u32)?),
                _ => return None,
            },
            View::Small(0x62) => {
                let a = next()?;
                if !matches!(a.view(), View::Small(_) | View::Big(..)) {
                    return None;
                }
                write_term(&mut out, a, atoms).ok()?;
            }
            View::Small(0x77) => {
                let a = next()?;
                if !fast_term(a, atoms, 0) {
                    return None;
                }
                write_term(&mut out, a, atoms).ok()?;
            }
            View::Small(0x70) => {
                let a = next()?;
                if !fast_term(a, atoms, 0) {
                    return None;
                }
                write_p(&mut out, a, atoms);
                // io_lib_pretty writes a term on one line when it is shorter than
                // 80 minus its (1-based) column; else it breaks lines.
                let len = out[start..].chars().count();
                if len + col + 1 >= 80 {
                    return None;
                }
            }
            View::Small(0x73) => {
                let a = next()?;
                match a.view() {
                    View::Atom(x) => {
                        let name = atoms.text(x);
                        if !name.is_ascii() {
                            return None;
                        }
                        out.push_str(name);
                    }
                    View::Binary(b, bits) if bits % 8 == 0 && b.is_ascii() => {
                        out.push_str(core::str::from_utf8(b).ok()?)
                    }
                    View::Nil | View::Cons(..) => {
                        let mut cur = a;
                        while let Some((c, tl)) = cur.cons_parts() {
                            match c.view() {
                                View::Small(n) if (0..=255).contains(&n) => {
                                    out.push(char::from_u32(n as u32)?)
                                }
                                _ => return None,
                            }
                            cur = tl;
                        }
                        if !cur.is_nil() {
                            return None;
                        }
                    }
                    _ => return None,
                }
            }
            _ => return None,
        }
        col = advance(col, &out[start..]);
    }
    if !f.is_nil() || !args.is_nil() {
        return None;
    }
    Some(out)
}

/// `atomvm:format_fast(stdout | stderr, Format, Args)`: writes and returns `ok` when the
/// native formatter produces exactly io_lib's text, else returns `fallback` having written
/// nothing (the `io` module then formats in Erlang).
pub fn format_fast(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let (text, to_err) = {
        let atoms = c.vm.atoms.lock();
        let to_err = match a[0].view() {
            View::Atom(d) => match atoms.text(d) {
                "stdout" => false,
                "stderr" => true,
                _ => return Err(badarg()),
            },
            _ => return Err(badarg()),
        };
        (format_fast_text(a[1], a[2], &atoms), to_err)
    };
    let Some(text) = text else {
        let fallback =
            c.vm.atoms
                .lock()
                .intern(b"fallback")
                .map_err(|_| badarg())?;
        return ok(Term::atom(fallback));
    };
    if to_err {
        c.vm.platform.write_err(text.as_bytes());
    } else {
        c.vm.platform.write_out(text.as_bytes());
    }
    ok(Term::atom(atom::OK))
}

/// `erlang:ref_to_list/1`: `#Ref<0.0.0.Id>`.
pub fn ref_to_list(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let id = a[0].ref_id().ok_or_else(badarg)?;
    ok(super::string_to_list(
        c.p,
        &alloc::format!("#Ref<0.0.0.{id}>"),
    )?)
}

/// `erlang:port_to_list/1`: `#Port<0.N>`.
pub fn port_to_list(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    match a[0].view() {
        View::Port(n) => ok(super::string_to_list(c.p, &alloc::format!("#Port<0.{n}>"))?),
        _ => Err(badarg()),
    }
}

/// `erlang:fun_to_list/1`: `#Fun<Module.Index.Uniq>` with the index and checksum of the
/// compiler's fun table, as OTP writes it; `fun M:F/A` for an external fun.
pub fn fun_to_list(c: &mut Ctx, a: &[Term]) -> Result<BifResult, Exception> {
    let text = match a[0].view() {
        View::Export(..) => {
            let mut s = String::new();
            write_term(&mut s, a[0], &c.vm.atoms.lock()).map_err(|_| badarg())?;
            s
        }
        View::Other(crate::term::Boxed::Fun) => {
            let (m, li, _) = super::closure_info(c.vm, a[0]).ok_or_else(badarg)?;
            let l = &m.module.lambdas[li];
            let atoms = c.vm.atoms.lock();
            let mut s = String::from("#Fun<");
            write_atom(&mut s, m.module.name, &atoms).map_err(|_| badarg())?;
            alloc::format!("{s}.{}.{}>", l.old_index, l.old_uniq)
        }
        _ => return Err(badarg()),
    };
    ok(super::string_to_list(c.p, &text)?)
}
