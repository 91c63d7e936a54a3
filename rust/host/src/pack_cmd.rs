//! `atomvm pack`: builds, lists and extracts `.avm` packs in the format of AtomVM's
//! `packbeam` tool (the format itself lives in the `atomvm-pack` crate).
//!
//! How the choices below relate to packbeam (`atomvm_packbeam`'s `packbeam_api.erl`):
//!
//! * Every `.beam` goes through [`atomvm_pack::prepare_beam`], like packbeam's chunk filter;
//!   line information is kept unless `--strip-line` (packbeam: kept unless `--remove_lines`).
//! * Start module: `--start MOD`, or else the first `.beam` input that exports `start/0`.
//!   packbeam flags *every* module exporting `start/0`; AtomVM boots the first flagged
//!   entry, so one flag says the same thing without leaving the reader to guess. With
//!   `--start`, the start module is written first, as packbeam does.
//! * Packs merged with `--lib` (or given as an `.avm` input) are copied entry by entry,
//!   bytes and flags unchanged, except that a pack holds at most one start entry: a
//!   merged start flag survives only if no `.beam` input and no `--start` chose one.

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use atomvm_pack::beam::{atoms, Beam};
use atomvm_pack::{Pack, PackWriter, FLAG_BEAM, FLAG_FILE, FLAG_START};

/// `atomvm pack --help`.
pub const USAGE: &str = "\
usage:
  atomvm pack -o OUT.avm [--start MOD | --no-start] [--strip-line] [--lib LIB.avm]... FILE...
      pack .beam files and plain files into an AtomVM .avm pack (packbeam's format)
        FILE.beam       stored as <module>.beam (name from its atom table, path
                        dropped), reduced to the chunks the VM reads, LitT inflated
                        into LitU
        FILE.avm        merged, like --lib FILE.avm
        FILE            any other file: a plain-file entry named by its path as given
                        (relative, './' and '//' removed, no '..'); AtomVM's
                        convention is <app>/priv/<file>
        PATH@NAME       the file at PATH (whatever its extension, .avm included)
                        stored as a plain file named NAME (NAME cannot contain '@';
                        an argument that is itself an existing file is never split)
        --start MOD     MOD (which must export start/0) is the start module, written
                        first; default: the first FILE.beam exporting start/0
        --no-start      no start module (a library pack; packbeam's --lib)
        --strip-line    drop the Line chunk (packbeam's --remove_lines)
        --prune         keep, of the modules of merged packs (--lib, FILE.avm), only
                        those the pack's own modules can reach: the .beam arguments,
                        the start module and each --keep MOD are roots, and a module
                        reaches every pack module whose name is in its atom table (its
                        imports, and the module atoms of apply/spawn/callbacks);
                        plain files are kept. For small boards: a library pack
                        trimmed to what the application uses
        --keep MOD      with --prune: MOD and what it reaches are kept too (modules
                        named only by atoms made at run time, e.g. list_to_atom)
        --prune-for APP.avm
                        --prune with every module of APP.avm as a root, APP.avm itself
                        not written: the part of a library an application needs, as a
                        library pack of its own (use with --no-start)
        --lib LIB.avm   append every entry of LIB.avm unchanged, in argument order; its
                        start flag is kept only if nothing above chose a start module
      Two entries with the same name (two modules of the same name) are an error.
  atomvm pack --list PACK.avm
      one line per entry: offset, size (whole entry), flags (start/beam/file), payload
      length, name
  atomvm pack --extract PACK.avm [-d DIR]
      write each entry's payload to DIR/<name> (default DIR: .); BEAM entries as packed,
      plain files as their exact bytes; names that are absolute or contain '..' are refused
";

/// Entry point of `atomvm pack ARGS`.
pub fn run(args: &[String]) -> Result<(), String> {
    match parse_args(args)? {
        Command::Help => {
            print!("{USAGE}");
            Ok(())
        }
        Command::List(pack) => list(&pack),
        Command::Extract { pack, dir } => extract(&pack, &dir),
        Command::Create(opts) => create(&opts),
    }
}

enum Command {
    Help,
    List(PathBuf),
    Extract { pack: PathBuf, dir: PathBuf },
    Create(CreateOptions),
}

struct CreateOptions {
    output: PathBuf,
    start: Option<String>,
    no_start: bool,
    keep_lines: bool,
    /// `--prune`, and the extra roots of `--keep`.
    prune: bool,
    keep: Vec<String>,
    /// `--prune-for`: packs whose modules are roots but are not written.
    prune_for: Vec<PathBuf>,
    /// In command-line order: `--lib` packs and FILE arguments interleave.
    inputs: Vec<Input>,
}

enum Input {
    Beam(PathBuf),
    Lib(PathBuf),
    File { path: PathBuf, name: String },
}

fn usage_error(msg: &str) -> String {
    format!("pack: {msg} (usage: atomvm pack --help)")
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    #[derive(PartialEq)]
    enum Mode {
        Create,
        List,
        Extract,
    }
    let mut mode = Mode::Create;
    let mut output = None;
    let mut dir = None;
    let mut start = None;
    let mut no_start = false;
    let mut keep_lines = true;
    let mut prune = false;
    let mut keep = Vec::new();
    let mut prune_for = Vec::new();
    let mut positional: Vec<String> = Vec::new();
    // Raw inputs in order; `true` marks a `--lib` argument.
    let mut raw_inputs: Vec<(bool, String)> = Vec::new();

    let mut it = args.iter();
    let value = |it: &mut std::slice::Iter<'_, String>, opt: &str| {
        it.next()
            .cloned()
            .ok_or_else(|| usage_error(&format!("{opt} needs a value")))
    };
    let mut options_done = false;
    while let Some(arg) = it.next() {
        if options_done || !arg.starts_with('-') || arg == "-" {
            positional.push(arg.clone());
            raw_inputs.push((false, arg.clone()));
            continue;
        }
        match arg.as_str() {
            "--" => options_done = true,
            "-h" | "--help" => return Ok(Command::Help),
            "--list" | "--extract" => {
                let new = if arg == "--list" {
                    Mode::List
                } else {
                    Mode::Extract
                };
                if mode != Mode::Create && mode != new {
                    return Err(usage_error("--list and --extract exclude each other"));
                }
                mode = new;
            }
            "-o" | "--output" => output = Some(value(&mut it, arg)?),
            "-d" | "--dir" => dir = Some(value(&mut it, arg)?),
            "--start" => start = Some(value(&mut it, arg)?),
            "--no-start" => no_start = true,
            "--strip-line" => keep_lines = false,
            "--prune" => prune = true,
            "--keep" => keep.push(value(&mut it, arg)?),
            "--prune-for" => {
                prune = true;
                prune_for.push(PathBuf::from(value(&mut it, arg)?));
            }
            "--lib" => raw_inputs.push((true, value(&mut it, arg)?)),
            other => return Err(usage_error(&format!("unknown option '{other}'"))),
        }
    }

    match mode {
        Mode::List | Mode::Extract => {
            let what = if mode == Mode::List {
                "--list"
            } else {
                "--extract"
            };
            let stray = [
                (output.is_some(), "-o"),
                (start.is_some(), "--start"),
                (no_start, "--no-start"),
                (!keep_lines, "--strip-line"),
                (prune, "--prune"),
                (!keep.is_empty(), "--keep"),
                (!prune_for.is_empty(), "--prune-for"),
                (raw_inputs.iter().any(|(lib, _)| *lib), "--lib"),
                (mode == Mode::List && dir.is_some(), "-d"),
            ];
            if let Some((_, opt)) = stray.iter().find(|(set, _)| *set) {
                return Err(usage_error(&format!("{opt} does not go with {what}")));
            }
            let [pack] = positional.as_slice() else {
                return Err(usage_error(&format!("{what} takes exactly one .avm file")));
            };
            let pack = PathBuf::from(pack);
            Ok(if mode == Mode::List {
                Command::List(pack)
            } else {
                Command::Extract {
                    pack,
                    dir: PathBuf::from(dir.unwrap_or_else(|| ".".to_string())),
                }
            })
        }
        Mode::Create => {
            if dir.is_some() {
                return Err(usage_error("-d goes with --extract only"));
            }
            let Some(output) = output else {
                return Err(usage_error("no output file (-o OUT.avm)"));
            };
            if start.is_some() && no_start {
                return Err(usage_error("--start and --no-start exclude each other"));
            }
            if raw_inputs.is_empty() {
                return Err(usage_error("nothing to pack"));
            }
            if !keep.is_empty() && !prune {
                return Err(usage_error("--keep goes with --prune"));
            }
            let inputs = raw_inputs
                .into_iter()
                .map(|(lib, arg)| classify_input(lib, &arg))
                .collect::<Result<_, _>>()?;
            Ok(Command::Create(CreateOptions {
                output: PathBuf::from(output),
                start,
                no_start,
                keep_lines,
                prune,
                keep,
                prune_for,
                inputs,
            }))
        }
    }
}

/// What an input argument is: `PATH@NAME` is a plain file whatever its extension; otherwise
/// `.beam` is a module, `.avm` a pack to merge and anything else a plain file named by its
/// path.
fn classify_input(lib: bool, arg: &str) -> Result<Input, String> {
    if lib {
        return Ok(Input::Lib(PathBuf::from(arg)));
    }
    if let Some((source, name)) = arg.rsplit_once('@') {
        if !Path::new(arg).is_file() {
            return Ok(Input::File {
                path: PathBuf::from(source),
                name: plain_entry_name(name, arg)?,
            });
        }
    }
    Ok(if arg.ends_with(".beam") {
        Input::Beam(PathBuf::from(arg))
    } else if arg.ends_with(".avm") {
        Input::Lib(PathBuf::from(arg))
    } else {
        Input::File {
            path: PathBuf::from(arg),
            name: plain_entry_name(arg, arg)?,
        }
    })
}

/// The normalised entry name of a plain file: relative, `/`-separated, without `.` or empty
/// components, no `..`, and not ending in `.beam` (a name that loaders and packbeam's
/// `extract` take for a module).
fn plain_entry_name(name: &str, arg: &str) -> Result<String, String> {
    if name.starts_with('/') {
        return Err(format!(
            "{arg}: an entry name cannot be an absolute path; name it with PATH@NAME, \
             e.g. {arg}@myapp/priv/{}",
            name.rsplit('/').next().unwrap_or(name)
        ));
    }
    let mut parts = Vec::new();
    for part in name.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                return Err(format!(
                    "{arg}: an entry name cannot contain '..'; name it with PATH@NAME"
                ))
            }
            p => parts.push(p),
        }
    }
    let normalised = parts.join("/");
    if normalised.is_empty() {
        return Err(format!("{arg}: empty entry name"));
    }
    if normalised.contains('\0') {
        return Err(format!("{arg}: an entry name cannot contain a NUL byte"));
    }
    if normalised.ends_with(".beam") {
        return Err(format!(
            "{arg}: a plain file cannot be named '{normalised}' (.beam names are for modules)"
        ));
    }
    Ok(normalised)
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// One entry of the pack being built.
struct Pending {
    name: String,
    beam: bool,
    data: Vec<u8>,
    /// Where it came from, for messages.
    origin: String,
    /// A BEAM that exports `start/0`.
    exports_start: bool,
    /// A `.beam` argument (not an entry of a merged pack).
    from_beam_arg: bool,
    /// A merged entry that carried the start flag.
    lib_start: bool,
}

fn create(opts: &CreateOptions) -> Result<(), String> {
    let mut entries: Vec<Pending> = Vec::new();
    for input in &opts.inputs {
        match input {
            Input::Beam(path) => {
                let bytes = read(path)?;
                let prepared = atomvm_pack::prepare_beam(&bytes, opts.keep_lines)
                    .map_err(|e| format!("{}: not a usable BEAM file: {e}", path.display()))?;
                let module = atomvm_pack::beam_module_name(&prepared).ok_or_else(|| {
                    format!(
                        "{}: no module name (missing or malformed atom table)",
                        path.display()
                    )
                })?;
                entries.push(Pending {
                    name: format!("{module}.beam"),
                    beam: true,
                    exports_start: exports_start0(&prepared),
                    data: prepared,
                    origin: path.display().to_string(),
                    from_beam_arg: true,
                    lib_start: false,
                });
            }
            Input::File { path, name } => entries.push(Pending {
                name: name.clone(),
                beam: false,
                data: read(path)?,
                origin: path.display().to_string(),
                exports_start: false,
                from_beam_arg: false,
                lib_start: false,
            }),
            Input::Lib(path) => {
                let bytes = read(path)?;
                let pack = Pack::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
                for e in pack.entries() {
                    entries.push(Pending {
                        name: e.name.to_string(),
                        beam: e.is_beam(),
                        data: e.data.to_vec(),
                        origin: format!("{}:{}", path.display(), e.name),
                        exports_start: e.is_beam() && exports_start0(e.data),
                        from_beam_arg: false,
                        lib_start: e.is_start(),
                    });
                }
            }
        }
    }

    let mut seen: HashMap<&str, &str> = HashMap::new();
    for e in &entries {
        if let Some(first) = seen.insert(&e.name, &e.origin) {
            return Err(match e.name.strip_suffix(".beam").filter(|_| e.beam) {
                Some(module) => format!(
                    "duplicate module {module} ({}): in {first} and in {}",
                    e.name, e.origin
                ),
                None => format!(
                    "duplicate entry {}: from {first} and from {}",
                    e.name, e.origin
                ),
            });
        }
    }

    let start = if opts.no_start {
        None
    } else if let Some(module) = &opts.start {
        let name = format!("{module}.beam");
        let index = entries
            .iter()
            .position(|e| e.beam && e.name == name)
            .ok_or_else(|| format!("--start {module}: no module {module} among the inputs"))?;
        if !entries[index].exports_start {
            return Err(format!(
                "--start {module}: {} does not export start/0",
                entries[index].origin
            ));
        }
        // packbeam writes the start module first.
        let entry = entries.remove(index);
        entries.insert(0, entry);
        Some(0)
    } else {
        entries
            .iter()
            .position(|e| e.from_beam_arg && e.exports_start)
            .or_else(|| entries.iter().position(|e| e.lib_start))
    };
    if start.is_none() && !opts.no_start && entries.iter().any(|e| e.beam) {
        eprintln!(
            "atomvm: note: {}: no start module (no module exports start/0); \
             --no-start says this is intended",
            opts.output.display()
        );
    }

    let (entries, start) = if opts.prune {
        prune(entries, start, &opts.keep, &opts.prune_for)?
    } else {
        (entries, start)
    };

    let mut writer = PackWriter::new();
    for (i, e) in entries.iter().enumerate() {
        let added = if e.beam {
            writer.add_beam(&e.name, &e.data, start == Some(i))
        } else {
            writer.add_file(&e.name, &e.data)
        };
        added.map_err(|err| format!("{}: {err}", e.origin))?;
    }
    std::fs::write(&opts.output, writer.finish())
        .map_err(|e| format!("{}: {e}", opts.output.display()))
}

/// `--prune`: the entries to keep, in their order (the start entry is always kept).
/// Roots are the `.beam` arguments, the start module and `keep`; from a kept module every
/// module of the pack whose name is one of its atoms is kept (imports are atoms too, so this
/// covers them, and also `apply`, `spawn` and behaviour callbacks named by atoms).
/// The start entry's new index comes with them.
fn prune(
    entries: Vec<Pending>,
    start: Option<usize>,
    keep: &[String],
    prune_for: &[PathBuf],
) -> Result<(Vec<Pending>, Option<usize>), String> {
    let by_module: HashMap<Vec<u8>, usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.beam)
        .filter_map(|(i, e)| Some((e.name.strip_suffix(".beam")?.as_bytes().to_vec(), i)))
        .collect();
    let mut work: Vec<usize> = entries
        .iter()
        .enumerate()
        .filter(|(i, e)| e.beam && (e.from_beam_arg || Some(*i) == start))
        .map(|(i, _)| i)
        .collect();
    for module in keep {
        match by_module.get(module.as_bytes()) {
            Some(&i) => work.push(i),
            None => return Err(format!("--keep {module}: no module {module} in the pack")),
        }
    }
    for path in prune_for {
        let bytes = read(path)?;
        let pack = Pack::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        for e in pack.entries().filter(|e| e.is_beam()) {
            let atoms = beam_atoms(e.data)
                .ok_or_else(|| format!("{}:{}: unreadable atom table", path.display(), e.name))?;
            work.extend(atoms.iter().filter_map(|a| by_module.get(*a).copied()));
        }
    }
    if work.is_empty() && prune_for.is_empty() {
        return Err(
            "--prune: nothing to start from (no .beam argument, start module or --keep)"
                .to_string(),
        );
    }
    let mut reached = vec![false; entries.len()];
    while let Some(i) = work.pop() {
        if std::mem::replace(&mut reached[i], true) {
            continue;
        }
        let atoms = beam_atoms(&entries[i].data)
            .ok_or_else(|| format!("{}: unreadable atom table", entries[i].origin))?;
        work.extend(atoms.iter().filter_map(|a| by_module.get(*a).copied()));
    }
    let new_start = start.map(|s| (0..s).filter(|&i| !entries[i].beam || reached[i]).count());
    let kept = entries
        .into_iter()
        .enumerate()
        .filter(|(i, e)| !e.beam || reached[*i])
        .map(|(_, e)| e)
        .collect();
    Ok((kept, new_start))
}

/// The atoms of a BEAM file's atom table.
fn beam_atoms(bytes: &[u8]) -> Option<Vec<&[u8]>> {
    let beam = Beam::parse(bytes).ok()?;
    let table = beam.chunk(b"AtU8").or_else(|| beam.chunk(b"Atom"))?;
    atoms(table.data).collect()
}

/// Whether a BEAM file's export table (`ExpT`) has `start/0`.
fn exports_start0(bytes: &[u8]) -> bool {
    let Ok(beam) = Beam::parse(bytes) else {
        return false;
    };
    let table = beam.chunk(b"AtU8").or_else(|| beam.chunk(b"Atom"));
    let Some(start) = table.and_then(|t| atom_index(t.data, b"start")) else {
        return false;
    };
    let Some(expt) = beam.chunk(b"ExpT") else {
        return false;
    };
    let count = be_u32(expt.data, 0).unwrap_or(0) as usize;
    expt.data
        .get(4..)
        .unwrap_or(&[])
        .chunks_exact(12)
        .take(count)
        .any(|e| be_u32(e, 0) == Some(start) && be_u32(e, 4) == Some(0))
}

/// The 1-based index of atom `name` in an atom table chunk, as `ExpT` refers to atoms.
fn atom_index(table: &[u8], name: &[u8]) -> Option<u32> {
    let index = atoms(table).position(|a| a == Some(name))?;
    u32::try_from(index + 1).ok()
}

fn be_u32(bytes: &[u8], offset: usize) -> Option<u32> {
    let word = bytes.get(offset..offset.checked_add(4)?)?;
    Some(u32::from_be_bytes(word.try_into().ok()?))
}

/// `start,beam`, `beam`, `file` (and the hex of any other bit).
fn flag_words(flags: u32) -> String {
    let mut words = Vec::new();
    for (bit, word) in [
        (FLAG_START, "start"),
        (FLAG_BEAM, "beam"),
        (FLAG_FILE, "file"),
    ] {
        if flags & bit != 0 {
            words.push(word.to_string());
        }
    }
    let other = flags & !(FLAG_START | FLAG_BEAM | FLAG_FILE);
    if other != 0 {
        words.push(format!("{other:#x}"));
    }
    if words.is_empty() {
        "none".to_string()
    } else {
        words.join(",")
    }
}

fn list(path: &Path) -> Result<(), String> {
    use std::io::Write;
    let bytes = read(path)?;
    let pack = Pack::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut text = format!(
        "{:>10} {:>10} {:<10} {:>10} name\n",
        "offset", "size", "flags", "length"
    );
    for e in pack.entries() {
        // The entry's size field; the pack was validated, so it is there.
        let size = be_u32(&bytes, e.offset).unwrap_or(0);
        text.push_str(&format!(
            "{:>10} {:>10} {:<10} {:>10} {}\n",
            e.offset,
            size,
            flag_words(e.flags),
            e.data.len(),
            e.name
        ));
    }
    std::io::stdout()
        .lock()
        .write_all(text.as_bytes())
        .map_err(|e| e.to_string())
}

/// The path under `dir` an entry is extracted to, or why its name is refused.
fn extract_path(dir: &Path, name: &str) -> Result<PathBuf, String> {
    let refuse = |why: &str| Err(format!("entry {name:?}: {why}; nothing extracted"));
    let mut normal = 0;
    for c in Path::new(name).components() {
        match c {
            Component::Normal(_) => normal += 1,
            Component::CurDir => {}
            Component::ParentDir => return refuse("name contains '..'"),
            Component::RootDir | Component::Prefix(_) => return refuse("name is an absolute path"),
        }
    }
    if normal == 0 {
        return refuse("name has no file name");
    }
    Ok(dir.join(name))
}

fn extract(path: &Path, dir: &Path) -> Result<(), String> {
    let bytes = read(path)?;
    let pack = Pack::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    // Check every name before writing anything.
    let mut targets = Vec::with_capacity(pack.len());
    let mut seen = HashMap::new();
    for e in pack.entries() {
        let target = extract_path(dir, e.name).map_err(|m| format!("{}: {m}", path.display()))?;
        if let Some(first) = seen.insert(e.name, e.offset) {
            return Err(format!(
                "{}: two entries named {:?} (at bytes {first} and {}); nothing extracted",
                path.display(),
                e.name,
                e.offset
            ));
        }
        targets.push((target, e.data));
    }
    for (target, data) in targets {
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&target, data).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_are_normalised_or_refused() {
        assert_eq!(
            plain_entry_name("./a//b/./c.txt", "x").unwrap(),
            "a/b/c.txt"
        );
        assert!(plain_entry_name("/etc/passwd", "x").is_err());
        assert!(plain_entry_name("a/../b", "x").is_err());
        assert!(plain_entry_name("./", "x").is_err());
        assert!(plain_entry_name("priv/x.beam", "x").is_err());
    }

    #[test]
    fn extraction_refuses_escaping_names() {
        let dir = Path::new("/tmp/out");
        assert_eq!(
            extract_path(dir, "app/priv/f.txt").unwrap(),
            dir.join("app/priv/f.txt")
        );
        assert!(extract_path(dir, "../f").is_err());
        assert!(extract_path(dir, "a/../../f").is_err());
        assert!(extract_path(dir, "/f").is_err());
        assert!(extract_path(dir, ".").is_err());
    }

    #[test]
    fn atom_index_both_count_forms() {
        assert_eq!(atom_index(b"\0\0\0\x02\x01m\x05start", b"start"), Some(2));
        assert_eq!(
            atom_index(b"\xff\xff\xff\xfe\x10m\x50start", b"start"),
            Some(2)
        );
        assert_eq!(atom_index(b"\0\0\0\x02\x01m\x05sta", b"start"), None);
        assert_eq!(atom_index(b"\0\0\0\x01\x01m", b"start"), None);
    }

    #[test]
    fn flags_as_words() {
        assert_eq!(flag_words(3), "start,beam");
        assert_eq!(flag_words(2), "beam");
        assert_eq!(flag_words(4), "file");
        assert_eq!(flag_words(0x12), "beam,0x10");
    }
}
