//! `prepare_beam` and packing against the BEAM files of the local OTP
//! install (skipped, with a note, when there is none).

mod common;

use atomvm_pack::beam::Beam;
use atomvm_pack::{beam_module_name, prepare_beam, Pack, PackWriter, KEPT_CHUNKS};
use common::{build_beam, lit_t, literal_table, otp_installs, synthetic_beam, Rng};

/// Checks `prepared` against `original`: the right chunks, in order,
/// unchanged, with `LitT` replaced by its inflated form.
fn check_prepared(original: &[u8], prepared: &[u8], keep_lines: bool, label: &str) {
    let original = Beam::parse(original).unwrap();
    let prepared = Beam::parse(prepared).unwrap_or_else(|e| panic!("{label}: {e}"));
    let expected: Vec<[u8; 4]> = original
        .chunks()
        .map(|c| c.id)
        .filter(|id| KEPT_CHUNKS.contains(&id) && (keep_lines || id != b"Line"))
        .map(|id| if id == *b"LitT" { *b"LitU" } else { id })
        .collect();
    let got: Vec<[u8; 4]> = prepared.chunks().map(|c| c.id).collect();
    assert_eq!(got, expected, "{label}: chunk ids");

    for (before, after) in original
        .chunks()
        .filter(|c| expected.contains(&c.id) || c.id == *b"LitT")
        .zip(prepared.chunks())
    {
        if before.id == *b"LitT" {
            let declared = u32::from_be_bytes(before.data[..4].try_into().unwrap()) as usize;
            if declared == 0 {
                // OTP 28+: stored uncompressed.
                assert_eq!(
                    after.data,
                    &before.data[4..],
                    "{label}: LitU holds the LitT table"
                );
            } else {
                let inflated =
                    miniz_oxide::inflate::decompress_to_vec_zlib(&before.data[4..]).unwrap();
                assert_eq!(inflated.len(), declared, "{label}: LitT declared size");
                assert_eq!(
                    after.data,
                    &inflated[..],
                    "{label}: LitU holds the inflated LitT"
                );
            }
            check_literal_table(after.data, label);
        } else {
            assert_eq!(before.id, after.id);
            assert_eq!(
                before.data, after.data,
                "{label}: chunk {:?} unchanged",
                before.id
            );
        }
    }
    // Padding: every chunk starts 4-aligned and the IFF size is exact.
    assert!(prepared.chunks().all(|c| c.offset % 4 == 0));
    assert_eq!(prepared.as_bytes().len() % 4, 0);
}

/// The uncompressed literal table: count, then that many (size, external
/// term) records filling the table exactly.
fn check_literal_table(table: &[u8], label: &str) {
    let count = u32::from_be_bytes(table[..4].try_into().unwrap());
    let mut pos = 4;
    for _ in 0..count {
        let size = u32::from_be_bytes(table[pos..pos + 4].try_into().unwrap()) as usize;
        pos += 4;
        assert_eq!(
            table[pos], 131,
            "{label}: literal is in external term format"
        );
        pos += size;
    }
    assert_eq!(pos, table.len(), "{label}: literal records fill LitU");
}

#[test]
fn prepare_and_pack_every_otp_beam() {
    let installs = otp_installs();
    if installs.is_empty() {
        eprintln!("note: no OTP installation found; skipping real-BEAM checks");
        return;
    }
    for (root, beams) in &installs {
        let (mut compressed, mut uncompressed, mut long_atoms, mut with_lines) = (0, 0, 0, 0);
        let mut w = PackWriter::new();
        let mut packed = Vec::new();
        for path in beams {
            let label = path.display().to_string();
            let original = std::fs::read(path).unwrap();
            let stem = path.file_stem().unwrap().to_str().unwrap();
            assert_eq!(
                beam_module_name(&original).as_deref(),
                Some(stem),
                "{label}"
            );

            let parsed = Beam::parse(&original).unwrap();
            if let Some(lit) = parsed.chunk(b"LitT") {
                if lit.data[..4] == [0; 4] {
                    uncompressed += 1;
                } else {
                    compressed += 1;
                }
            }
            let atoms = parsed.chunk(b"AtU8").unwrap().data;
            long_atoms += usize::from(atoms[0] & 0x80 != 0);
            with_lines += usize::from(parsed.chunk(b"Line").is_some());

            let lean = prepare_beam(&original, false).unwrap_or_else(|e| panic!("{label}: {e}"));
            check_prepared(&original, &lean, false, &label);
            let full = prepare_beam(&original, true).unwrap();
            check_prepared(&original, &full, true, &label);
            assert!(lean.len() <= full.len());
            assert_eq!(beam_module_name(&lean).as_deref(), Some(stem));

            let name = format!("{stem}.beam");
            w.add_beam(&name, &lean, stem == "lists").unwrap();
            packed.push((name, lean));
        }
        assert!(
            compressed + uncompressed > 10,
            "{root}: expected modules with LitT chunks"
        );
        assert!(with_lines > 10, "{root}: expected modules with Line chunks");

        let bytes = w.finish();
        let pack = Pack::parse(&bytes).unwrap();
        assert_eq!(pack.len(), packed.len());
        for (entry, (name, data)) in pack.entries().zip(&packed) {
            assert_eq!(entry.name, name);
            assert_eq!(entry.data, &data[..]);
        }
        assert_eq!(pack.start_entry().map(|e| e.name), Some("lists.beam"));
        eprintln!(
            "{root}: prepared and packed {} modules (LitT: {compressed} zlib, {uncompressed} \
             plain; {long_atoms} OTP 28+ atom tables; {with_lines} with Line), pack {} bytes",
            packed.len(),
            bytes.len()
        );
    }
}

#[test]
fn prepare_otp28_uncompressed_literals() {
    let table = literal_table(&[4, 5, 6]);
    let mut lit = vec![0, 0, 0, 0];
    lit.extend_from_slice(&table);
    let original = build_beam(&[
        (b"AtU8", common::atom_table(&["new_style", "x"], true)),
        (b"LitT", lit),
    ]);
    let prepared = prepare_beam(&original, false).unwrap();
    check_prepared(&original, &prepared, false, "otp28");
    assert_eq!(
        Beam::parse(&prepared).unwrap().chunk(b"LitU").unwrap().data,
        &table[..]
    );
    assert_eq!(beam_module_name(&prepared).as_deref(), Some("new_style"));
}

#[test]
fn prepare_synthetic_beam() {
    let mut rng = Rng::new(1);
    let original = synthetic_beam("synth", &mut rng);
    for keep_lines in [false, true] {
        let prepared = prepare_beam(&original, keep_lines).unwrap();
        check_prepared(&original, &prepared, keep_lines, "synthetic");
        let beam = Beam::parse(&prepared).unwrap();
        assert_eq!(
            beam.chunk(b"LitU").unwrap().data,
            &literal_table(&[1, 2, 3, 42])[..]
        );
        assert_eq!(beam.chunk(b"Line").is_some(), keep_lines);
        for dropped in [b"Meta", b"Attr", b"CInf", b"Dbgi", b"LitT"] {
            assert!(beam.chunk(dropped).is_none());
        }
    }
}

#[test]
fn prepare_keeps_existing_litu_and_odd_chunk_sizes() {
    let odd = vec![1, 2, 3, 4, 5];
    let original = build_beam(&[
        (b"AtU8", common::atom_table(&["odd"], false)),
        (b"LitU", literal_table(&[9])),
        (b"Recs", odd.clone()),
        (b"Junk", vec![7; 3]),
        (b"StrT", Vec::new()),
    ]);
    let prepared = prepare_beam(&original, true).unwrap();
    check_prepared(&original, &prepared, true, "odd");
    let beam = Beam::parse(&prepared).unwrap();
    assert_eq!(beam.chunk(b"Recs").unwrap().data, &odd[..]);
    assert_eq!(beam.chunk(b"StrT").unwrap().data.len(), 0);
    assert!(beam.chunk(b"Junk").is_none());
}

#[test]
fn prepare_rejects_bad_literal_tables() {
    use atomvm_pack::BeamError;
    let literals = literal_table(&[1, 2]);
    let atoms = (b"AtU8", common::atom_table(&["m"], false));
    let with_lit = |data: Vec<u8>| build_beam(&[atoms.clone(), (b"LitT", data)]);

    let mut wrong_size = lit_t(&literals);
    wrong_size[3] += 1;
    assert!(matches!(
        prepare_beam(&with_lit(wrong_size), false),
        Err(BeamError::LiteralSizeMismatch {
            declared: 19,
            actual: 18,
            ..
        })
    ));
    let mut short_size = lit_t(&literals);
    short_size[3] -= 1;
    assert!(matches!(
        prepare_beam(&with_lit(short_size), false),
        Err(BeamError::Inflate { .. })
    ));
    assert!(matches!(
        prepare_beam(&with_lit(vec![0, 0, 0]), false),
        Err(BeamError::LiteralsTruncated { .. })
    ));
    assert!(matches!(
        prepare_beam(&with_lit(vec![0, 0, 0, 4]), false),
        Err(BeamError::LiteralsTruncated { .. })
    ));
    let good = lit_t(&literals);
    let cut = good[..good.len() - 3].to_vec();
    assert!(matches!(
        prepare_beam(&with_lit(cut), false),
        Err(BeamError::Inflate { .. })
    ));
    assert!(matches!(
        prepare_beam(b"FOR1", false),
        Err(BeamError::TooShort { .. })
    ));
    assert!(matches!(
        prepare_beam(b"FORM\0\0\0\x04BEAM", false),
        Err(BeamError::NotIff { .. })
    ));
    assert!(matches!(
        prepare_beam(b"FOR1\0\0\0\x04BEAN", false),
        Err(BeamError::NotBeam { .. })
    ));
}
