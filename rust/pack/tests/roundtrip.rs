//! Writer -> reader round trips, exact byte layout, and writer refusals.

mod common;

use atomvm_pack::beam::Beam;
use atomvm_pack::{
    beam_module_name, Pack, PackErrorKind, PackWriter, WriteErrorKind, END_ENTRY, FLAG_BEAM,
    FLAG_FILE, FLAG_START, HEADER,
};
use common::{atom_table, build_beam, synthetic_beam, Rng};

#[test]
fn exact_layout_of_a_small_pack() {
    let beam = build_beam(&[(b"AtU8", atom_table(&["m"], false))]);
    assert_eq!(beam.len(), 28);
    let mut w = PackWriter::new();
    w.add_file("a/priv/x", b"hello").unwrap();
    w.add_beam("m.beam", &beam, true).unwrap();
    let bytes = w.finish();

    let mut expected = HEADER.to_vec();
    // 12 + "a/priv/x" (8) + NUL = 21 -> 24; 4 + 5 = 9 -> 12; size 36.
    expected.extend_from_slice(&[0, 0, 0, 36, 0, 0, 0, 4, 0, 0, 0, 0]);
    expected.extend_from_slice(b"a/priv/x\0\0\0\0");
    expected.extend_from_slice(&[0, 0, 0, 5]);
    expected.extend_from_slice(b"hello\0\0\0");
    // 12 + "m.beam" (6) + NUL = 19 -> 20; 28 bytes of IFF; size 48.
    expected.extend_from_slice(&[0, 0, 0, 48, 0, 0, 0, 3, 0, 0, 0, 0]);
    expected.extend_from_slice(b"m.beam\0\0");
    expected.extend_from_slice(&beam);
    expected.extend_from_slice(&END_ENTRY);
    assert_eq!(bytes, expected);
    assert_eq!(&bytes[bytes.len() - 16..], b"\0\0\0\0\0\0\0\0\0\0\0\0end\0");
}

#[test]
fn round_trip_keeps_names_flags_and_data() {
    let mut rng = Rng::new(7);
    let mut written: Vec<(String, u32, Vec<u8>)> = Vec::new();
    let mut w = PackWriter::new();

    // Plain files of every length 0..=9 and names of every length 1..=8,
    // so every header and data padding case occurs.
    for len in 0..=9usize {
        let name = format!("app/priv/{}", "f".repeat(1 + len % 8));
        let name = format!("{name}{len}");
        let data = rng.bytes(len);
        w.add_file(&name, &data).unwrap();
        written.push((name, FLAG_FILE, data));
    }
    for name_len in 1..=8usize {
        let name: String = "n".repeat(name_len);
        let data = rng.bytes(name_len * 3);
        w.add_file(&name, &data).unwrap();
        written.push((name, FLAG_FILE, data));
    }
    w.add_file("priv/ünïcödé.txt", "ö".as_bytes()).unwrap();
    written.push((
        "priv/ünïcödé.txt".into(),
        FLAG_FILE,
        "ö".as_bytes().to_vec(),
    ));
    let big = rng.bytes(100_003);
    w.add_file("priv/big.bin", &big).unwrap();
    written.push(("priv/big.bin".into(), FLAG_FILE, big));

    for (i, module) in ["alpha", "b", "gamma_long_module_name", "start_me"]
        .iter()
        .enumerate()
    {
        let beam = synthetic_beam(module, &mut rng);
        let start = *module == "start_me";
        w.add_beam(&format!("{module}.beam"), &beam, start).unwrap();
        let flags = if start {
            FLAG_BEAM | FLAG_START
        } else {
            FLAG_BEAM
        };
        written.push((format!("{module}.beam"), flags, beam));
        if i == 1 {
            w.add_file("middle.txt", b"between beams").unwrap();
            written.push(("middle.txt".into(), FLAG_FILE, b"between beams".to_vec()));
        }
    }
    assert_eq!(w.len(), written.len());
    let bytes = w.finish();
    assert_eq!(bytes.len() % 4, 0);

    let pack = Pack::parse(&bytes).unwrap();
    assert_eq!(pack.len(), written.len());
    assert_eq!(pack.entries().len(), written.len());
    assert_eq!(pack.pack_len(), bytes.len());
    for (entry, (name, flags, data)) in pack.entries().zip(&written) {
        assert_eq!(entry.name, name);
        assert_eq!(entry.flags, *flags);
        assert_eq!(entry.data, &data[..], "data of {name}");
        assert_eq!(entry.offset % 4, 0);
        assert_eq!(entry.is_beam(), flags & FLAG_BEAM != 0);
        assert_eq!(entry.is_file(), flags & FLAG_FILE != 0);
        assert_eq!(entry.is_start(), *flags == FLAG_BEAM | FLAG_START);
        if entry.is_beam() {
            let module = entry.module_name().unwrap();
            assert_eq!(format!("{module}.beam"), entry.name);
            assert_eq!(beam_module_name(entry.data).as_deref(), Some(module));
            assert_eq!(Beam::parse(entry.data).unwrap().module_name(), Some(module));
            assert_eq!(pack.find_module(module), Some(entry));
        } else {
            assert_eq!(entry.module_name(), None);
        }
        assert_eq!(pack.find(name).map(|e| e.offset), Some(entry.offset));
    }
    assert_eq!(pack.start_entry().unwrap().name, "start_me.beam");
    assert_eq!(pack.find("nope"), None);
    assert_eq!(pack.find_module("middle"), None);

    // Trailing bytes after the end entry (flash padding) are ignored.
    let mut padded = bytes.clone();
    padded.extend(std::iter::repeat_n(0xFF, 64));
    let again = Pack::parse(&padded).unwrap();
    assert_eq!(again.len(), written.len());
    assert_eq!(again.pack_len(), bytes.len());
}

#[test]
fn empty_pack_round_trips() {
    let bytes = PackWriter::new().finish();
    assert_eq!(bytes.len(), 40);
    let pack = Pack::parse(&bytes).unwrap();
    assert!(pack.is_empty());
    assert_eq!(pack.start_entry(), None);
}

#[test]
fn write_to_matches_finish() {
    let mut w = PackWriter::new();
    w.add_file("x", b"abc").unwrap();
    let mut out = Vec::new();
    w.clone().write_to(&mut out).unwrap();
    assert_eq!(out, w.finish());
}

#[test]
fn first_start_entry_wins() {
    let mut rng = Rng::new(3);
    let mut w = PackWriter::new();
    w.add_beam("a.beam", &synthetic_beam("a", &mut rng), false)
        .unwrap();
    w.add_beam("b.beam", &synthetic_beam("b", &mut rng), true)
        .unwrap();
    w.add_beam("c.beam", &synthetic_beam("c", &mut rng), true)
        .unwrap();
    let bytes = w.finish();
    assert_eq!(
        Pack::parse(&bytes).unwrap().start_entry().unwrap().name,
        "b.beam"
    );
}

#[test]
fn writer_refuses_what_a_reader_could_not_read_back() {
    let mut rng = Rng::new(5);
    let beam = synthetic_beam("m", &mut rng);
    let mut w = PackWriter::new();
    let kind = |r: Result<&mut PackWriter, atomvm_pack::WriteError>| r.unwrap_err().kind;

    assert_eq!(kind(w.add_file("", b"x")), WriteErrorKind::EmptyName);
    assert_eq!(
        kind(w.add_file("a\0b", b"x")),
        WriteErrorKind::NameContainsNul
    );
    assert_eq!(
        kind(w.add_beam("m", &beam, false)),
        WriteErrorKind::NotBeamName
    );
    assert_eq!(
        kind(w.add_beam(".beam", &beam, false)),
        WriteErrorKind::NotBeamName
    );
    assert_eq!(
        kind(w.add_beam("m.beam", b"FOR1", false)),
        WriteErrorKind::NotABeam
    );
    assert_eq!(
        kind(w.add_beam("m.beam", b"FORM\0\0\0\x04BEAM", false)),
        WriteErrorKind::NotABeam
    );
    let mut longer = beam.clone();
    longer.push(0);
    assert_eq!(
        kind(w.add_beam("m.beam", &longer, false)),
        WriteErrorKind::BeamLengthMismatch {
            declared: beam.len() as u32 - 8,
            actual: beam.len() + 1
        }
    );
    assert!(w.is_empty(), "refused entries leave no trace");
    let err = w.add_beam("m", &beam, false).unwrap_err();
    assert!(err.to_string().contains("\"m\""), "{err}");

    // The pack is still usable after refusals.
    w.add_beam("m.beam", &beam, false).unwrap();
    let bytes = w.finish();
    assert_eq!(Pack::parse(&bytes).unwrap().len(), 1);
}

#[test]
fn module_names_from_both_atom_table_forms() {
    // Old form: count, then length byte + bytes.
    let old = build_beam(&[(b"AtU8", atom_table(&["hello", "world"], false))]);
    assert_eq!(beam_module_name(&old).as_deref(), Some("hello"));

    // OTP 28 form: negative count, compact-term lengths. Use names long
    // enough to need the two-byte length (>= 16) and the >255 case.
    let long_utf8 = "ö".repeat(150); // 300 bytes
    let mid = "a_module_with_a_long_name";
    for first in [mid, long_utf8.as_str(), "x"] {
        let new = build_beam(&[
            (
                b"AtU8",
                atom_table(&[first, "start", &"z".repeat(40)], true),
            ),
            (b"Code", vec![0; 8]),
        ]);
        assert_eq!(beam_module_name(&new).as_deref(), Some(first));
        assert_eq!(Beam::parse(&new).unwrap().module_name(), Some(first));
    }

    // Legacy latin-1 "Atom" chunk: converted for the String API, and only
    // ASCII is given out as &str.
    let latin1 = build_beam(&[(b"Atom", b"\0\0\0\x01\x03m\xe9t".to_vec())]);
    assert_eq!(beam_module_name(&latin1).as_deref(), Some("mét"));
    assert_eq!(Beam::parse(&latin1).unwrap().module_name(), None);
    let ascii = build_beam(&[(b"Atom", b"\0\0\0\x01\x03abc".to_vec())]);
    assert_eq!(Beam::parse(&ascii).unwrap().module_name(), Some("abc"));

    // No atom table, empty table, truncated table, not a BEAM.
    assert_eq!(
        beam_module_name(&build_beam(&[(b"Code", vec![1, 2, 3])])),
        None
    );
    assert_eq!(
        beam_module_name(&build_beam(&[(b"AtU8", vec![0, 0, 0, 0])])),
        None
    );
    assert_eq!(
        beam_module_name(&build_beam(&[(b"AtU8", vec![0, 0, 0, 1, 9, b'a'])])),
        None
    );
    assert_eq!(beam_module_name(b"hello"), None);
}

#[test]
fn reader_rejects_each_kind_of_damage_precisely() {
    let mut rng = Rng::new(11);
    let mut w = PackWriter::new();
    w.add_beam("mod.beam", &synthetic_beam("mod", &mut rng), true)
        .unwrap();
    w.add_file("p/priv/data", b"12345").unwrap();
    let good = w.finish();
    let pack = Pack::parse(&good).unwrap();
    let file = pack.find("p/priv/data").unwrap();
    let f = file.offset;

    let with = |at: usize, bytes: &[u8]| {
        let mut b = good.clone();
        b[at..at + bytes.len()].copy_from_slice(bytes);
        Pack::parse(&b).unwrap_err()
    };

    let e = with(0, b"!");
    assert_eq!(e.kind(), PackErrorKind::BadHeader);
    assert!(e.to_string().starts_with("pack header"), "{e}");

    let e = with(f, &6u32.to_be_bytes());
    assert_eq!(e.kind(), PackErrorKind::SizeTooSmall { size: 6 });
    assert_eq!(
        (e.entry_index(), e.entry_name(), e.offset()),
        (Some(1), Some("p/priv/data"), f)
    );

    let e = with(f, &34u32.to_be_bytes());
    assert_eq!(e.kind(), PackErrorKind::SizeNotAligned { size: 34 });

    let e = with(f, &0xFFFF_FFFCu32.to_be_bytes());
    assert!(matches!(
        e.kind(),
        PackErrorKind::SizePastEnd {
            size: 0xFFFF_FFFC,
            ..
        }
    ));

    let e = with(f + 4, &5u32.to_be_bytes());
    assert_eq!(e.kind(), PackErrorKind::UnknownFlags { flags: 5 });
    assert_eq!(e.offset(), f + 4);

    let e = with(f + 8, &1u32.to_be_bytes());
    assert_eq!(e.kind(), PackErrorKind::ReservedNotZero { value: 1 });

    // "p/priv/data" is 11 bytes: NUL at f+23, then data at f+24.
    let e = with(f + 23, b"\xff");
    assert!(
        matches!(
            e.kind(),
            PackErrorKind::NameNotUtf8 | PackErrorKind::NameNotTerminated
        ),
        "{e}"
    );
    let e = with(f + 12, b"\xff\xfe");
    assert_eq!(e.kind(), PackErrorKind::NameNotUtf8);
    let e = with(f + 12, b"\0");
    assert_eq!(e.kind(), PackErrorKind::EmptyName);

    let e = with(f + 24, &9u32.to_be_bytes());
    assert_eq!(
        e.kind(),
        PackErrorKind::FileLengthPastEntry {
            length: 9,
            available: 8
        }
    );

    let b = pack.find("mod.beam").unwrap().offset;
    let e = with(b + 12 + 12, b"FOR2");
    assert_eq!(e.kind(), PackErrorKind::BeamBadMagic);
    assert_eq!(e.entry_name(), Some("mod.beam"));
    let e = with(b + 12 + 12 + 4, &0x7FFF_FFF0u32.to_be_bytes());
    assert!(
        matches!(e.kind(), PackErrorKind::BeamLengthPastEntry { .. }),
        "{e}"
    );
    let e = with(b + 12 + 12 + 4, &2u32.to_be_bytes());
    assert_eq!(e.kind(), PackErrorKind::BeamLengthTooSmall { size: 2 });

    let end = pack.end_offset();
    let e = Pack::parse(&good[..end]).unwrap_err();
    assert_eq!(e.kind(), PackErrorKind::MissingEnd);
    assert_eq!(e.entry_index(), Some(2));
    let e = Pack::parse(&good[..end + 8]).unwrap_err();
    assert_eq!(
        e.kind(),
        PackErrorKind::EntryHeaderTruncated { available: 8 }
    );
    let e = with(end + 12, b"END\0");
    assert_eq!(e.kind(), PackErrorKind::BadEndEntry);
    let e = with(end + 4, &2u32.to_be_bytes());
    assert_eq!(e.kind(), PackErrorKind::BadEndEntry);
    let e = Pack::parse(&good[..end + 15]).unwrap_err();
    assert_eq!(e.kind(), PackErrorKind::BadEndEntry);

    let e = Pack::parse(&good[..20]).unwrap_err();
    assert_eq!(e.kind(), PackErrorKind::HeaderTruncated { len: 20 });

    // Display names the entry, its start and the offending byte.
    let e = with(f + 4, &5u32.to_be_bytes());
    let text = e.to_string();
    assert!(text.contains("entry #1"), "{text}");
    assert!(text.contains("\"p/priv/data\""), "{text}");
    assert!(text.contains(&format!("byte {}", f + 4)), "{text}");
    assert!(text.contains("flags"), "{text}");
}
