//! Damaged input never makes the reader or `prepare_beam` panic.
//!
//! Each case runs under `catch_unwind`; every case must come back as `Ok` or
//! `Err`, and an `Ok` must still satisfy the reader's guarantees. The counts
//! are printed (run with `--nocapture` to see them).

mod common;

use std::panic::{catch_unwind, AssertUnwindSafe};

use atomvm_pack::beam::Beam;
use atomvm_pack::{beam_module_name, prepare_beam, Pack, PackWriter, HEADER};
use common::{lit_t, literal_table, otp_installs, stdlib_beams, synthetic_beam, Rng};

#[derive(Default, Debug)]
struct Tally {
    cases: usize,
    ok: usize,
    err: usize,
    panics: Vec<String>,
}

impl Tally {
    /// Runs one case; `f` returns whether the input was accepted. Returns
    /// that, or `None` if it panicked.
    fn run(&mut self, label: impl Fn() -> String, f: impl FnOnce() -> bool) -> Option<bool> {
        self.cases += 1;
        let outcome = catch_unwind(AssertUnwindSafe(f)).ok();
        match outcome {
            Some(true) => self.ok += 1,
            Some(false) => self.err += 1,
            None => self.panics.push(label()),
        }
        outcome
    }

    fn finish(self, what: &str, min_cases: usize) {
        eprintln!(
            "{what}: {} cases, {} accepted, {} rejected, {} panicked",
            self.cases,
            self.ok,
            self.err,
            self.panics.len()
        );
        assert!(
            self.panics.is_empty(),
            "{what}: panics in {:?}",
            &self.panics[..self.panics.len().min(20)]
        );
        assert!(self.cases >= min_cases, "{what}: only {} cases", self.cases);
    }
}

/// Parses a pack and, if accepted, uses every accessor and checks the
/// guarantees a caller relies on.
fn exercise_pack(bytes: &[u8]) -> bool {
    match Pack::parse(bytes) {
        Err(e) => {
            let text = e.to_string();
            assert!(!text.is_empty());
            let _ = format!("{e:?}");
            if let Some(i) = e.entry_offset() {
                assert!(i <= bytes.len());
            }
            false
        }
        Ok(pack) => {
            let base = bytes.as_ptr() as usize;
            let mut n = 0;
            for entry in pack.entries() {
                n += 1;
                assert!(entry.offset >= HEADER.len() && entry.offset < bytes.len());
                assert_eq!(entry.offset % 4, 0);
                let start = entry.data.as_ptr() as usize;
                assert!(start >= base && start + entry.data.len() <= base + bytes.len());
                assert!(!entry.name.is_empty());
                assert!(matches!(entry.flags, 2..=4));
                assert_ne!(entry.is_beam(), entry.is_file());
                if entry.is_beam() {
                    assert_eq!(&entry.data[..4], b"FOR1");
                    let _ = entry.module_name();
                    if let Ok(beam) = Beam::parse(entry.data) {
                        let _ = beam.module_name();
                        let _ = beam.chunks().count();
                    }
                    let _ = beam_module_name(entry.data);
                }
                assert!(pack.find(entry.name).is_some());
            }
            assert_eq!(n, pack.len());
            let _ = pack.start_entry();
            assert!(pack.pack_len() <= bytes.len());
            true
        }
    }
}

fn base_pack(rng: &mut Rng) -> Vec<u8> {
    let mut w = PackWriter::new();
    w.add_beam("first.beam", &synthetic_beam("first", rng), false)
        .unwrap();
    w.add_file("app/priv/empty", b"").unwrap();
    w.add_beam("main.beam", &synthetic_beam("main", rng), true)
        .unwrap();
    w.add_file("app/priv/one", b"1").unwrap();
    w.add_file("x", b"three").unwrap();
    w.add_beam("z.beam", &synthetic_beam("z", rng), false)
        .unwrap();
    w.add_file("app/priv/seven.txt", b"1234567").unwrap();
    w.finish()
}

fn put_u32(bytes: &mut [u8], at: usize, value: u32) {
    bytes[at..at + 4].copy_from_slice(&value.to_be_bytes());
}

#[test]
fn damaged_packs_never_panic() {
    let mut rng = Rng::new(0x5EED);
    let good = base_pack(&mut rng);
    let pack = Pack::parse(&good).unwrap();
    assert_eq!(pack.len(), 7);
    let mut record_offsets: Vec<usize> = pack.entries().map(|e| e.offset).collect();
    record_offsets.push(pack.end_offset());
    let names: Vec<(usize, usize)> = pack.entries().map(|e| (e.offset, e.name.len())).collect();
    let len = good.len();
    let mut t = Tally::default();

    // 1. Every truncation. Only the full pack may be accepted.
    for cut in 0..=len {
        let accepted = t.run(|| format!("truncate {cut}"), || exercise_pack(&good[..cut]));
        assert_ne!(accepted, Some(cut != len), "truncation at {cut}");
    }

    // 2. Bit and byte flips at every position.
    for pos in 0..len {
        for mask in [0x01u8, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0xFF] {
            let mut b = good.clone();
            b[pos] ^= mask;
            t.run(|| format!("flip {pos} ^ {mask:#x}"), || exercise_pack(&b));
        }
    }

    // 3. Bad size, flags and reserved words in every record (end included).
    for &at in &record_offsets {
        let size = u32::from_be_bytes(good[at..at + 4].try_into().unwrap());
        let left = (len - at) as u32;
        let sizes = [
            0,
            1,
            2,
            3,
            4,
            8,
            12,
            13,
            15,
            16,
            17,
            20,
            size.wrapping_sub(4),
            size.wrapping_sub(1),
            size.wrapping_add(1),
            size.wrapping_add(4),
            left,
            left.wrapping_sub(4),
            left + 4,
            left + 1,
            u32::MAX,
            u32::MAX - 3,
            0x8000_0000,
            0x7FFF_FFFC,
        ];
        for s in sizes {
            let mut b = good.clone();
            put_u32(&mut b, at, s);
            t.run(|| format!("size {s} at {at}"), || exercise_pack(&b));
        }
        for f in [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x102, u32::MAX] {
            let mut b = good.clone();
            put_u32(&mut b, at + 4, f);
            t.run(|| format!("flags {f} at {at}"), || exercise_pack(&b));
        }
        for r in [1, 0x100, u32::MAX] {
            let mut b = good.clone();
            put_u32(&mut b, at + 8, r);
            let accepted = t.run(|| format!("reserved {r} at {at}"), || exercise_pack(&b));
            assert_ne!(
                accepted,
                Some(true),
                "nonzero reserved word accepted at {at}"
            );
        }
    }

    // 4. The end entry removed, damaged, or replaced.
    let end = pack.end_offset();
    let mut variants: Vec<Vec<u8>> = vec![good[..end].to_vec()];
    for (at, byte) in [(12, b'E'), (14, b'D'), (15, b'!'), (3, 4), (7, 1), (11, 1)] {
        let mut b = good.clone();
        b[end + at] = byte;
        variants.push(b);
    }
    let mut garbage = good[..end].to_vec();
    garbage.extend_from_slice(&[0xFF; 16]);
    variants.push(garbage);
    let mut zeros = good[..end].to_vec();
    zeros.extend_from_slice(&[0; 16]);
    variants.push(zeros);
    for (i, b) in variants.iter().enumerate() {
        let accepted = t.run(|| format!("end variant {i}"), || exercise_pack(b));
        assert_ne!(accepted, Some(true), "end variant {i} accepted");
    }

    // 5. A name's NUL removed (alone, and with the rest of its padding).
    for &(at, name_len) in &names {
        let nul = at + 12 + name_len;
        let mut b = good.clone();
        b[nul] = b'x';
        t.run(|| format!("no NUL at {nul}"), || exercise_pack(&b));
        let data = (nul + 1).next_multiple_of(4);
        for p in b.iter_mut().take(data).skip(nul) {
            *p = b'x';
        }
        t.run(
            || format!("no NUL nor padding at {nul}"),
            || exercise_pack(&b),
        );
        // And all the way to the end of the entry.
        let size = u32::from_be_bytes(good[at..at + 4].try_into().unwrap()) as usize;
        for p in b.iter_mut().take(at + size).skip(nul) {
            *p = b'x';
        }
        let accepted = t.run(|| format!("no NUL in entry at {at}"), || exercise_pack(&b));
        assert_ne!(accepted, Some(true), "entry at {at} without NUL accepted");
    }

    // 6. Random multi-byte damage: scattered bytes, aligned words, spliced ranges.
    for case in 0..20_000 {
        let mut b = good.clone();
        match case % 3 {
            0 => {
                for _ in 0..1 + rng.below(8) {
                    let pos = rng.below(b.len());
                    b[pos] = rng.next_u64() as u8;
                }
            }
            1 => {
                let at = rng.below(b.len() / 4) * 4;
                let v = match rng.below(4) {
                    0 => rng.next_u64() as u32,
                    1 => rng.below(64) as u32,
                    2 => u32::MAX - rng.below(16) as u32,
                    _ => (b.len() - at) as u32 + rng.below(9) as u32 - 4,
                };
                put_u32(&mut b, at, v);
            }
            _ => {
                let from = rng.below(b.len());
                let to = rng.below(b.len());
                let n = rng.below(64).min(b.len() - from.max(to));
                b.copy_within(from..from + n, to);
                let cut = b.len() - rng.below(32);
                b.truncate(cut);
            }
        }
        t.run(|| format!("random case {case}"), || exercise_pack(&b));
    }

    // 7. Arbitrary bytes behind a valid header.
    for case in 0..2_000 {
        let mut b = HEADER.to_vec();
        let n = rng.below(200);
        b.extend(rng.bytes(n));
        t.run(|| format!("noise case {case}"), || exercise_pack(&b));
    }

    t.finish("pack mutations", 30_000);
}

#[test]
fn damaged_packs_of_real_beams_never_panic() {
    let beams = stdlib_beams();
    if beams.is_empty() {
        return;
    }
    let mut smallest: Vec<(usize, std::path::PathBuf)> = beams
        .iter()
        .map(|p| (std::fs::metadata(p).unwrap().len() as usize, p.clone()))
        .collect();
    smallest.sort();
    let mut w = PackWriter::new();
    for (_, path) in smallest.iter().take(3) {
        let prepared = prepare_beam(&std::fs::read(path).unwrap(), false).unwrap();
        let module = beam_module_name(&prepared).unwrap();
        w.add_beam(&format!("{module}.beam"), &prepared, false)
            .unwrap();
    }
    let good = w.finish();
    assert!(exercise_pack(&good));
    let mut rng = Rng::new(99);
    let mut t = Tally::default();
    for cut in (0..=good.len()).step_by(3) {
        t.run(|| format!("truncate {cut}"), || exercise_pack(&good[..cut]));
    }
    for case in 0..5_000 {
        let mut b = good.clone();
        for _ in 0..1 + rng.below(4) {
            let pos = rng.below(b.len());
            b[pos] ^= 1 << rng.below(8);
        }
        t.run(|| format!("random case {case}"), || exercise_pack(&b));
    }
    t.finish("real-beam pack mutations", 5_000);
}

/// Prepares a BEAM both ways and, on success, checks the output is a sound
/// BEAM that preparing again leaves unchanged.
fn exercise_prepare(bytes: &[u8]) -> bool {
    let _ = beam_module_name(bytes);
    let mut accepted = false;
    for keep_lines in [false, true] {
        match prepare_beam(bytes, keep_lines) {
            Err(e) => {
                assert!(!e.to_string().is_empty());
            }
            Ok(out) => {
                accepted = true;
                let beam = Beam::parse(&out).expect("prepared output re-parses");
                assert_eq!(beam.as_bytes().len(), out.len());
                assert!(beam.chunks().all(|c| c.id != *b"LitT"));
                assert!(keep_lines || beam.chunk(b"Line").is_none());
                assert_eq!(prepare_beam(&out, keep_lines).unwrap(), out);
            }
        }
    }
    accepted
}

#[test]
fn damaged_beams_never_panic_prepare_beam() {
    let mut rng = Rng::new(0xBEA7);
    let mut bases = vec![("synthetic".to_string(), synthetic_beam("mutant", &mut rng))];
    // The smallest module of each OTP install (OTP 28+ ones have
    // uncompressed literals and compact-encoded atom lengths).
    for (_, beams) in otp_installs() {
        if let Some(small) = beams
            .iter()
            .min_by_key(|p| std::fs::metadata(p).unwrap().len())
        {
            bases.push((small.display().to_string(), std::fs::read(small).unwrap()));
        }
    }
    let mut t = Tally::default();
    for (label, good) in &bases {
        assert!(exercise_prepare(good), "{label} must prepare");
        let len = good.len();
        for cut in 0..=len {
            t.run(
                || format!("{label}: truncate {cut}"),
                || exercise_prepare(&good[..cut]),
            );
        }
        for pos in 0..len {
            for mask in [0x01u8, 0x10, 0x80, 0xFF] {
                let mut b = good.clone();
                b[pos] ^= mask;
                t.run(
                    || format!("{label}: flip {pos} ^ {mask:#x}"),
                    || exercise_prepare(&b),
                );
            }
        }
        // Every chunk length word set to bad values, and the LitT declared size.
        let beam = Beam::parse(good).unwrap();
        for chunk in beam.chunks() {
            let at = chunk.offset + 4;
            let n = chunk.data.len() as u32;
            for v in [
                0,
                1,
                n.wrapping_sub(1),
                n + 1,
                n + 4,
                u32::MAX,
                0x8000_0000,
                len as u32,
            ] {
                let mut b = good.clone();
                put_u32(&mut b, at, v);
                t.run(
                    || format!("{label}: chunk size {v} at {at}"),
                    || exercise_prepare(&b),
                );
            }
            if chunk.id == *b"LitT" {
                let declared = u32::from_be_bytes(chunk.data[..4].try_into().unwrap());
                // 0 means "stored uncompressed" (OTP 28+); any other wrong
                // size must be caught.
                let wrong = if declared == 0 {
                    vec![1, 4, chunk.data.len() as u32, u32::MAX]
                } else {
                    vec![1, declared - 1, declared + 1, declared * 2, u32::MAX]
                };
                for v in wrong {
                    let mut b = good.clone();
                    put_u32(&mut b, at + 4, v);
                    let accepted = t.run(
                        || format!("{label}: LitT size {v}"),
                        || exercise_prepare(&b),
                    );
                    assert_ne!(
                        accepted,
                        Some(true),
                        "{label}: LitT declared {v} instead of {declared} accepted"
                    );
                }
            }
        }
        for case in 0..5_000 {
            let mut b = good.clone();
            for _ in 0..1 + rng.below(6) {
                let pos = rng.below(b.len());
                b[pos] = rng.next_u64() as u8;
            }
            if case % 5 == 0 {
                let cut = rng.below(b.len() + 1);
                b.truncate(cut);
            }
            t.run(
                || format!("{label}: random case {case}"),
                || exercise_prepare(&b),
            );
        }
    }

    // LitT chunks whose zlib stream is noise, empty, or cut short.
    let literals = literal_table(&[5, 6, 7]);
    let good_lit = lit_t(&literals);
    for case in 0..2_000 {
        let data = match case % 3 {
            0 => {
                let mut d = (rng.below(10_000) as u32).to_be_bytes().to_vec();
                let n = rng.below(64);
                d.extend(rng.bytes(n));
                d
            }
            1 => good_lit[..rng.below(good_lit.len() + 1)].to_vec(),
            _ => {
                let mut d = good_lit.clone();
                let pos = 4 + rng.below(d.len() - 4);
                d[pos] ^= 1 << rng.below(8);
                d
            }
        };
        let b = common::build_beam(&[
            (b"AtU8", common::atom_table(&["m"], false)),
            (b"LitT", data),
        ]);
        t.run(
            || format!("LitT noise case {case}"),
            || exercise_prepare(&b),
        );
    }

    t.finish("prepare_beam mutations", 10_000);
}
