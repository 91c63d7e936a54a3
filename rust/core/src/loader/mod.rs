//! From the bytes of a `.beam` file to a `Module`: the IFF container, every chunk OTP 25 to 29
//! and Elixir write, literal decoding, and (through `translate`) the code.
//!
//! Nothing here trusts the input: every length and index is checked, and every failure is a
//! `LoadError` naming the module, chunk and offset.

pub mod compact;
pub mod error;
pub mod etf;

use alloc::boxed::Box;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

pub use error::{LoadError, LoadErrorKind};

use crate::atom::{Atom, AtomTable};
use crate::module::{pack_location, Export, Import, Lambda, LineTable, Module, NO_LOCATION};
use crate::term::build::Arena;
use crate::term::Term;
use compact::{Operand, Reader};

/// One chunk: its id, its data, and where the data starts in the file.
#[derive(Clone, Copy, Debug)]
pub struct Chunk<'a> {
    pub id: [u8; 4],
    pub data: &'a [u8],
    pub offset: usize,
}

/// Walk the IFF container: `FOR1`, size, `BEAM`, then chunks padded to 4 bytes.
pub fn chunks(bytes: &[u8]) -> Result<Vec<Chunk<'_>>, LoadError> {
    let err = |off, kind| LoadError::new(b"FOR1", off, kind);
    if bytes.len() < 12 || &bytes[0..4] != b"FOR1" || &bytes[8..12] != b"BEAM" {
        return Err(err(0, LoadErrorKind::NotBeam));
    }
    let size = be32(bytes, 4).ok_or(err(4, LoadErrorKind::Truncated))? as usize;
    let end = size
        .checked_add(8)
        .filter(|&e| e <= bytes.len())
        .ok_or(err(4, LoadErrorKind::Truncated))?;
    let mut out = Vec::new();
    let mut pos = 12;
    while pos < end {
        if end - pos < 8 {
            return Err(err(pos, LoadErrorKind::Truncated));
        }
        let mut id = [0u8; 4];
        id.copy_from_slice(&bytes[pos..pos + 4]);
        let len = be32(bytes, pos + 4).unwrap_or(0) as usize;
        let data_start = pos + 8;
        let data_end = data_start
            .checked_add(len)
            .filter(|&e| e <= end)
            .ok_or(LoadError::new(&id, pos + 4, LoadErrorKind::Truncated))?;
        out.push(Chunk {
            id,
            data: &bytes[data_start..data_end],
            offset: data_start,
        });
        pos = data_end.checked_add(3).map_or(end, |p| p & !3).min(end);
    }
    Ok(out)
}

fn be32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

/// A cursor over a chunk's data that turns running out into a `LoadError`.
pub(crate) struct ChunkReader<'a> {
    chunk: Chunk<'a>,
    pos: usize,
}

impl<'a> ChunkReader<'a> {
    pub(crate) fn new(chunk: Chunk<'a>) -> Self {
        ChunkReader { chunk, pos: 0 }
    }
    pub(crate) fn err(&self, kind: LoadErrorKind) -> LoadError {
        LoadError::new(&self.chunk.id, self.chunk.offset + self.pos, kind)
    }
    pub(crate) fn u32(&mut self) -> Result<u32, LoadError> {
        let v = be32(self.chunk.data, self.pos).ok_or(self.err(LoadErrorKind::Truncated))?;
        self.pos += 4;
        Ok(v)
    }
    fn u16(&mut self) -> Result<u16, LoadError> {
        let s = self
            .chunk
            .data
            .get(self.pos..self.pos + 2)
            .ok_or(self.err(LoadErrorKind::Truncated))?;
        self.pos += 2;
        Ok(u16::from_be_bytes([s[0], s[1]]))
    }
    fn u8(&mut self) -> Result<u8, LoadError> {
        let v = *self
            .chunk
            .data
            .get(self.pos)
            .ok_or(self.err(LoadErrorKind::Truncated))?;
        self.pos += 1;
        Ok(v)
    }
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], LoadError> {
        let end = self
            .pos
            .checked_add(n)
            .ok_or(self.err(LoadErrorKind::Truncated))?;
        let s = self
            .chunk
            .data
            .get(self.pos..end)
            .ok_or(self.err(LoadErrorKind::Truncated))?;
        self.pos = end;
        Ok(s)
    }
    fn rest(&self) -> &'a [u8] {
        self.chunk.data.get(self.pos..).unwrap_or(&[])
    }
    fn left(&self) -> usize {
        self.chunk.data.len().saturating_sub(self.pos)
    }
    /// A count of records of `size` bytes each, checked against the data that remains.
    fn count(&mut self, size: usize) -> Result<usize, LoadError> {
        let n = self.u32()? as usize;
        if n.checked_mul(size).is_none_or(|b| b > self.left()) {
            return Err(self.err(LoadErrorKind::Invalid("record count")));
        }
        Ok(n)
    }
}

/// The chunks of a BEAM file that the loader uses, found by id.
pub struct BeamChunks<'a> {
    pub all: Vec<Chunk<'a>>,
}

impl<'a> BeamChunks<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Self, LoadError> {
        Ok(BeamChunks {
            all: chunks(bytes)?,
        })
    }
    pub fn get(&self, id: &[u8; 4]) -> Option<Chunk<'a>> {
        self.all.iter().find(|c| &c.id == id).copied()
    }
}

/// The atom table of a module: `AtU8` (UTF-8) or the old `Atom` (Latin-1). Entry 0 is the
/// module's name. OTP 28 writes a negative count, meaning lengths are compact-encoded.
pub fn read_atoms(chunks: &BeamChunks, table: &mut AtomTable) -> Result<Vec<Atom>, LoadError> {
    let (chunk, latin1) = match (chunks.get(b"AtU8"), chunks.get(b"Atom")) {
        (Some(c), _) => (c, false),
        (None, Some(c)) => (c, true),
        (None, None) => {
            return Err(LoadError::new(b"AtU8", 0, LoadErrorKind::MissingChunk));
        }
    };
    let mut r = ChunkReader::new(chunk);
    let raw = r.u32()? as i32;
    let (count, compact_lengths) = if raw < 0 {
        (raw.unsigned_abs() as usize, true)
    } else {
        (raw as usize, false)
    };
    if count > r.left() || count == 0 {
        return Err(r.err(LoadErrorKind::Invalid("atom count")));
    }
    let mut atoms = Vec::with_capacity(count);
    for _ in 0..count {
        let len = if compact_lengths {
            let mut cr = Reader::new(r.rest());
            let op = cr
                .operand()
                .map_err(|_| r.err(LoadErrorKind::Invalid("atom length")))?;
            r.pos += cr.pos();
            match op {
                Operand::U(n) if n <= 1024 => n as usize,
                _ => return Err(r.err(LoadErrorKind::Invalid("atom length"))),
            }
        } else {
            r.u8()? as usize
        };
        let at = r.pos;
        let name = r.bytes(len)?;
        let atom = if latin1 {
            table.intern_latin1(name)
        } else {
            table.intern(name)
        }
        .map_err(|_| LoadError::new(&chunk.id, chunk.offset + at, LoadErrorKind::BadAtom))?;
        atoms.push(atom);
    }
    Ok(atoms)
}

/// Look up a 1-based atom index of the module's atom table.
fn atom_at(atoms: &[Atom], i: u32, r: &ChunkReader) -> Result<Atom, LoadError> {
    i.checked_sub(1)
        .and_then(|i| atoms.get(i as usize))
        .copied()
        .ok_or(r.err(LoadErrorKind::Invalid("atom index")))
}

fn read_imports(c: Option<Chunk>, atoms: &[Atom]) -> Result<Vec<Import>, LoadError> {
    let Some(c) = c else {
        return Err(LoadError::new(b"ImpT", 0, LoadErrorKind::MissingChunk));
    };
    let mut r = ChunkReader::new(c);
    let n = r.count(12)?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let m = r.u32()?;
        let f = r.u32()?;
        let a = r.u32()?;
        v.push(Import {
            module: atom_at(atoms, m, &r)?,
            function: atom_at(atoms, f, &r)?,
            arity: a,
        });
    }
    Ok(v)
}

/// `ExpT`/`LocT` entries: (name, arity, label).
fn read_exports(c: Option<Chunk>, atoms: &[Atom]) -> Result<Vec<(Atom, u32, u32)>, LoadError> {
    let Some(c) = c else {
        return Ok(Vec::new());
    };
    let mut r = ChunkReader::new(c);
    let n = r.count(12)?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let f = r.u32()?;
        let a = r.u32()?;
        let l = r.u32()?;
        v.push((atom_at(atoms, f, &r)?, a, l));
    }
    Ok(v)
}

/// `FunT` entries, with labels still to be resolved into `entry`.
fn read_lambdas(c: Option<Chunk>, atoms: &[Atom]) -> Result<Vec<Lambda>, LoadError> {
    let Some(c) = c else {
        return Ok(Vec::new());
    };
    let mut r = ChunkReader::new(c);
    let n = r.count(24)?;
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        let f = r.u32()?;
        let arity = r.u32()?;
        let label = r.u32()?;
        let old_index = r.u32()?;
        let num_free = r.u32()?;
        let old_uniq = r.u32()?;
        v.push(Lambda {
            name: atom_at(atoms, f, &r)?,
            arity,
            entry: label,
            num_free,
            old_index,
            old_uniq,
        });
    }
    Ok(v)
}

/// Why [`inflate_exact`] gave nothing (a build makes only one of the two, by its `zlib`
/// feature; callers handle both, with no feature switch of their own).
#[allow(dead_code)]
pub(crate) enum InflateError {
    /// Not zlib data that inflates to the size given.
    Invalid,
    /// This build has no inflate (the `zlib` feature is off).
    FeatureOff,
}

/// `bytes` (zlib) inflated to exactly `size` bytes: compressed `LitT` tables and compressed
/// external terms.
pub(crate) fn inflate_exact(bytes: &[u8], size: usize) -> Result<Vec<u8>, InflateError> {
    #[cfg(feature = "zlib")]
    {
        let v = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(bytes, size)
            .map_err(|_| InflateError::Invalid)?;
        if v.len() != size {
            return Err(InflateError::Invalid);
        }
        Ok(v)
    }
    #[cfg(not(feature = "zlib"))]
    {
        let _ = (bytes, size);
        Err(InflateError::FeatureOff)
    }
}

/// Literal table: `LitT` (zlib-compressed) or `LitU` (as packbeam writes it).
fn read_literals(
    chunks: &BeamChunks,
    table: &mut AtomTable,
    arena: &mut Arena,
) -> Result<Vec<Term>, LoadError> {
    let inflated;
    let (chunk, data): (Chunk, &[u8]) = if let Some(c) = chunks.get(b"LitT") {
        let mut r = ChunkReader::new(c);
        let size = r.u32()? as usize;
        if size == 0 {
            // OTP 29 writes small literal tables uncompressed, behind a zero size.
            let raw = Chunk {
                id: c.id,
                data: r.rest(),
                offset: c.offset + 4,
            };
            return decode_literal_table(raw, table, arena);
        }
        if size > 64 << 20 {
            return Err(r.err(LoadErrorKind::Invalid("literal table size")));
        }
        // Without the `zlib` feature: `atomvm pack` stores the table inflated, as `LitU`.
        inflated = inflate_exact(r.rest(), size).map_err(|e| {
            r.err(match e {
                InflateError::Invalid => LoadErrorKind::Invalid("compressed literal table"),
                InflateError::FeatureOff => LoadErrorKind::FeatureOff {
                    feature: "zlib",
                    what: "compressed literal table",
                    hint: "; pack it with `atomvm pack`, which stores LitU",
                },
            })
        })?;
        (c, &inflated[..])
    } else if let Some(c) = chunks.get(b"LitU") {
        (c, c.data)
    } else {
        return Ok(Vec::new());
    };
    // Offsets below are in the (possibly inflated) literal table; report them relative to
    // the chunk's start.
    let sub = Chunk {
        id: chunk.id,
        data,
        offset: chunk.offset,
    };
    decode_literal_table(sub, table, arena)
}

/// The literal table proper: a count, then size-prefixed external terms.
fn decode_literal_table(
    chunk: Chunk,
    table: &mut AtomTable,
    arena: &mut Arena,
) -> Result<Vec<Term>, LoadError> {
    let mut r = ChunkReader::new(chunk);
    let n = r.count(4)?;
    let mut lits = Vec::with_capacity(n);
    for _ in 0..n {
        let size = r.u32()? as usize;
        let at = r.pos;
        let bytes = r.bytes(size)?;
        let (t, used) = etf::decode(bytes, table, arena, false).map_err(|e| {
            let kind = match e {
                etf::EtfError::Unsupported(what) => LoadErrorKind::UnsupportedLiteral(what),
                etf::EtfError::FeatureOff(feature) => feature_off_literal(feature),
                etf::EtfError::Truncated => LoadErrorKind::Truncated,
                _ => LoadErrorKind::Invalid("literal"),
            };
            LoadError::new(&chunk.id, chunk.offset + at, kind)
        })?;
        if used != size {
            return Err(LoadError::new(
                &chunk.id,
                chunk.offset + at,
                LoadErrorKind::Invalid("literal size"),
            ));
        }
        lits.push(t);
    }
    Ok(lits)
}

/// A literal that needs a feature this build left out.
fn feature_off_literal(feature: &'static str) -> LoadErrorKind {
    LoadErrorKind::FeatureOff {
        feature,
        what: match feature {
            "bignum" => "literal integer beyond the small-integer range",
            "float" => "float literal",
            _ => "compressed literal",
        },
        hint: "",
    }
}

/// A term chunk (`Attr`, `CInf`): `[]` when absent, `NON_VALUE` when it needs a feature
/// this build left out (`bignum`).
fn read_term_chunk(
    c: Option<Chunk>,
    table: &mut AtomTable,
    arena: &mut Arena,
) -> Result<Term, LoadError> {
    let Some(c) = c else {
        return Ok(Term::NIL);
    };
    match etf::decode(c.data, table, arena, false) {
        Ok((t, _)) => Ok(t),
        // Attributes hold the module's MD5 `vsn` as a bignum: without the feature the
        // module still loads, and `module_info` raises `{unsupported, {feature, bignum}}`.
        Err(etf::EtfError::FeatureOff("bignum")) => Ok(crate::exec::NON_VALUE),
        Err(e) => Err(LoadError::new(
            &c.id,
            c.offset,
            match e {
                etf::EtfError::FeatureOff(feature) => feature_off_literal(feature),
                _ => LoadErrorKind::Invalid("term"),
            },
        )),
    }
}

/// The `Line` chunk: file names, and the location items (packed file and line; item 0 is
/// "no location") that `line` instructions refer to by index.
fn read_lines(c: Option<Chunk>, module: &str) -> Result<(LineTable, Vec<u32>), LoadError> {
    let mut table = LineTable::default();
    table
        .files
        .push((String::from(module) + ".erl").into_boxed_str());
    let mut items = alloc::vec![NO_LOCATION];
    let Some(c) = c else {
        return Ok((table, items));
    };
    let mut r = ChunkReader::new(c);
    let _version = r.u32()?;
    let _flags = r.u32()?;
    let _num_line_instrs = r.u32()?;
    let num_items = r.u32()? as usize;
    let num_files = r.u32()? as usize;
    if num_items > r.left() || num_files > r.left() {
        return Err(r.err(LoadErrorKind::Invalid("line table counts")));
    }
    let mut file: u32 = 0;
    let mut max_file = 0;
    let mut cr = Reader::new(r.rest());
    while items.len() <= num_items {
        let op = cr
            .operand()
            .map_err(|_| r.err(LoadErrorKind::Invalid("line item")))?;
        let line = match op {
            Operand::Atom(f) => {
                file = f;
                max_file = max_file.max(f);
                continue;
            }
            Operand::Nil => {
                file = 0;
                continue;
            }
            Operand::Int(l) if l >= 0 => l as u64,
            Operand::U(l) => l,
            _ => return Err(r.err(LoadErrorKind::Invalid("line item"))),
        };
        let loc = u32::try_from(line)
            .ok()
            .and_then(|l| pack_location(file, l))
            .ok_or(r.err(LoadErrorKind::TooLarge(
                "line table (over 254 files or 2^24 lines)",
            )))?;
        items.push(loc);
    }
    r.pos += cr.pos();
    for _ in 0..num_files {
        let len = r.u16()? as usize;
        let name = r.bytes(len)?;
        let name =
            core::str::from_utf8(name).map_err(|_| r.err(LoadErrorKind::Invalid("file name")))?;
        table.files.push(name.into());
    }
    if max_file as usize >= table.files.len() {
        return Err(r.err(LoadErrorKind::Invalid("file index")));
    }
    Ok((table, items))
}

/// Everything the translator needs from the other chunks.
pub struct Prepared<'a> {
    pub name: Atom,
    pub name_text: String,
    pub atoms: Vec<Atom>,
    pub imports: Vec<Import>,
    pub literals: Vec<Term>,
    pub code: Chunk<'a>,
}

/// Load a module from the bytes of a `.beam` file.
pub fn load(bytes: &[u8], table: &mut AtomTable) -> Result<Module, LoadError> {
    let chunks = BeamChunks::parse(bytes)?;
    let atoms = read_atoms(&chunks, table)?;
    let name = atoms[0];
    let name_text = table.text(name).to_string();
    let with_name = |mut e: LoadError| {
        e.module = Some(name_text.clone());
        e
    };
    load_rest(&chunks, table, atoms, name, name_text.clone()).map_err(with_name)
}

fn load_rest(
    chunks: &BeamChunks,
    table: &mut AtomTable,
    atoms: Vec<Atom>,
    name: Atom,
    name_text: String,
) -> Result<Module, LoadError> {
    let code =
        chunks
            .get(b"Code")
            .ok_or(LoadError::new(b"Code", 0, LoadErrorKind::MissingChunk))?;
    let imports = read_imports(chunks.get(b"ImpT"), &atoms)?;
    let exports = read_exports(chunks.get(b"ExpT"), &atoms)?;
    let mut lambdas = read_lambdas(chunks.get(b"FunT"), &atoms)?;
    let mut arena = Arena::new();
    let literals = read_literals(chunks, table, &mut arena)?;
    let (lines, line_items) = read_lines(chunks.get(b"Line"), &name_text)?;
    let attributes = read_term_chunk(chunks.get(b"Attr"), table, &mut arena)?;
    let compile_info = read_term_chunk(chunks.get(b"CInf"), table, &mut arena)?;
    let strings: Box<[u8]> = chunks.get(b"StrT").map_or(&[][..], |c| c.data).into();

    let prepared = Prepared {
        name,
        name_text,
        atoms,
        imports,
        literals,
        code,
    };
    let out = crate::translate::translate(&prepared, table, lines, &line_items, &mut arena)?;
    let resolve = |label: u32, what: &'static str| -> Result<u32, LoadError> {
        out.label_offset(label).ok_or(LoadError::new(
            b"Code",
            code.offset,
            LoadErrorKind::Invalid(what),
        ))
    };
    let exports = exports
        .iter()
        .map(|&(f, a, l)| {
            Ok(Export {
                name: f,
                arity: a,
                entry: resolve(l, "export label")?,
            })
        })
        .collect::<Result<Vec<_>, LoadError>>()?;
    for l in lambdas.iter_mut() {
        l.entry = resolve(l.entry, "fun label")?;
    }
    // Every lambda index the code uses must exist.
    if out.max_lambda.is_some_and(|m| m as usize >= lambdas.len()) {
        return Err(LoadError::new(
            b"FunT",
            0,
            LoadErrorKind::Invalid("fun index used by code"),
        ));
    }
    Ok(Module {
        name,
        code: out.code.into_boxed_slice(),
        consts: out.consts.into_boxed_slice(),
        literals: arena,
        imports: prepared.imports.into_boxed_slice(),
        exports: exports.into_boxed_slice(),
        functions: out.functions.into_boxed_slice(),
        lambdas: lambdas.into_boxed_slice(),
        lines: out.lines,
        strings,
        attributes,
        compile_info,
        on_load: out.on_load,
        raw_code_bytes: code.data.len(),
    })
}
