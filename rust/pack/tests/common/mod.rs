//! Helpers shared by the integration tests: synthetic BEAM files, a tiny
//! deterministic PRNG, and the stdlib BEAM files of the local OTP install.

#![allow(dead_code)]

use std::path::PathBuf;

/// xorshift64*: deterministic, dependency-free pseudo-random numbers.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform-ish value in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next_u64() as u8).collect()
    }
}

/// Encodes `n` as a compact-term `u` integer (tag 0), the way the Erlang
/// compiler does, for building OTP 28 style atom tables.
pub fn encode_compact_u(n: u64) -> Vec<u8> {
    if n < 16 {
        return vec![(n as u8) << 4];
    }
    if n < 0x800 {
        return vec![((n >> 3) as u8 & 0xE0) | 0x08, n as u8];
    }
    let mut digits: Vec<u8> = n
        .to_be_bytes()
        .iter()
        .copied()
        .skip_while(|&b| b == 0)
        .collect();
    if digits[0] & 0x80 != 0 {
        digits.insert(0, 0); // the encoding is signed: keep it positive
    }
    let mut out = if digits.len() <= 8 {
        vec![(((digits.len() - 2) as u8) << 5) | 0x18]
    } else {
        let mut head = vec![0xF8];
        head.extend(encode_compact_u(digits.len() as u64 - 9));
        head
    };
    out.extend(digits);
    out
}

/// An atom table chunk body; with `long_form` it uses the negative count and
/// compact-encoded lengths.
pub fn atom_table(atoms: &[&str], long_form: bool) -> Vec<u8> {
    let count = atoms.len() as i32;
    let mut out = if long_form { -count } else { count }
        .to_be_bytes()
        .to_vec();
    for atom in atoms {
        if long_form {
            out.extend(encode_compact_u(atom.len() as u64));
        } else {
            out.push(u8::try_from(atom.len()).expect("short atom"));
        }
        out.extend_from_slice(atom.as_bytes());
    }
    out
}

/// Builds a BEAM IFF file from `(id, data)` chunks, padding each to 4 bytes.
pub fn build_beam(chunks: &[(&[u8; 4], Vec<u8>)]) -> Vec<u8> {
    let mut out = b"FOR1\0\0\0\0BEAM".to_vec();
    for (id, data) in chunks {
        out.extend_from_slice(*id);
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        out.extend_from_slice(data);
        while !out.len().is_multiple_of(4) {
            out.push(0);
        }
    }
    let size = (out.len() - 8) as u32;
    out[4..8].copy_from_slice(&size.to_be_bytes());
    out
}

/// The literal table a `LitT` chunk compresses: count, then per literal its
/// length and external term format bytes (here: small integers).
pub fn literal_table(values: &[u8]) -> Vec<u8> {
    let mut out = (values.len() as u32).to_be_bytes().to_vec();
    for &v in values {
        out.extend_from_slice(&3u32.to_be_bytes());
        out.extend_from_slice(&[131, 97, v]);
    }
    out
}

/// A `LitT` chunk body: uncompressed size, then the zlib stream.
pub fn lit_t(uncompressed: &[u8]) -> Vec<u8> {
    let mut out = (uncompressed.len() as u32).to_be_bytes().to_vec();
    out.extend(miniz_oxide::deflate::compress_to_vec_zlib(uncompressed, 6));
    out
}

/// A small but complete-looking synthetic BEAM for module `name`, with
/// chunks the packer keeps and chunks it drops.
pub fn synthetic_beam(name: &str, rng: &mut Rng) -> Vec<u8> {
    let code_len = 20 + rng.below(40);
    let literals = literal_table(&[1, 2, 3, 42]);
    build_beam(&[
        (b"AtU8", atom_table(&[name, "start", "module_info"], false)),
        (b"Code", rng.bytes(code_len)),
        (b"StrT", Vec::new()),
        (b"ImpT", 0u32.to_be_bytes().to_vec()),
        (b"ExpT", rng.bytes(13)),
        (b"LitT", lit_t(&literals)),
        (b"Meta", rng.bytes(7)),
        (b"LocT", 0u32.to_be_bytes().to_vec()),
        (b"Attr", rng.bytes(11)),
        (b"CInf", rng.bytes(9)),
        (b"Dbgi", rng.bytes(21)),
        (b"Line", rng.bytes(6)),
        (b"Type", rng.bytes(5)),
    ])
}

/// Every OTP installation to test against: the host's own and, when
/// present, the OTP 27 / OTP 29 chroots `scripts/otp-chroot.sh` caches. Each
/// comes with all `lib/*/ebin/*.beam` files, sorted.
pub fn otp_installs() -> Vec<(String, Vec<PathBuf>)> {
    let mut roots = vec![PathBuf::from("/usr/lib/erlang")];
    let cache = std::env::var("OTP_CHROOT_DIR").unwrap_or_else(|_| "/var/cache/atomvm-otp".into());
    for rel in ["otp27", "otp29"] {
        roots.push(PathBuf::from(&cache).join(rel).join("usr/lib/erlang"));
    }
    let mut installs = Vec::new();
    for root in roots {
        let mut beams = Vec::new();
        for lib in std::fs::read_dir(root.join("lib"))
            .into_iter()
            .flatten()
            .flatten()
        {
            for file in std::fs::read_dir(lib.path().join("ebin"))
                .into_iter()
                .flatten()
                .flatten()
            {
                let path = file.path();
                if path.extension().is_some_and(|e| e == "beam") {
                    beams.push(path);
                }
            }
        }
        if beams.is_empty() {
            eprintln!("note: no BEAM files under {}; skipping it", root.display());
            continue;
        }
        beams.sort();
        installs.push((root.display().to_string(), beams));
    }
    installs
}

/// The stdlib `.beam` files of the local OTP install, sorted by path; empty
/// (with a note on stderr) if there is none.
pub fn stdlib_beams() -> Vec<PathBuf> {
    let mut found = Vec::new();
    if let Ok(libs) = std::fs::read_dir("/usr/lib/erlang/lib") {
        for lib in libs.flatten() {
            if !lib.file_name().to_string_lossy().starts_with("stdlib-") {
                continue;
            }
            if let Ok(files) = std::fs::read_dir(lib.path().join("ebin")) {
                for file in files.flatten() {
                    let path = file.path();
                    if path.extension().is_some_and(|e| e == "beam") {
                        found.push(path);
                    }
                }
            }
        }
    }
    found.sort();
    if found.is_empty() {
        eprintln!(
            "note: no /usr/lib/erlang/lib/stdlib-*/ebin/*.beam here; skipping real-BEAM checks"
        );
    }
    found
}
