//! Stripping BEAM files for packing (std only), as packbeam does.

use std::string::String;
use std::vec::Vec;

use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};

use crate::beam::{Beam, BeamError, Chunk};
use crate::bytes::to_usize;

/// Chunks [`prepare_beam`] keeps (`Line` only when asked to). A `LitT` is
/// kept in inflated form, as `LitU`.
pub const KEPT_CHUNKS: [&[u8; 4]; 13] = [
    b"AtU8", b"Atom", b"Code", b"ExpT", b"LocT", b"ImpT", b"LitU", b"FunT", b"StrT", b"LitT",
    b"Type", b"Recs", b"Line",
];

/// Rewrites a BEAM file for the VM: keeps only the chunks the VM reads (see
/// [`KEPT_CHUNKS`]; `Line` only if `keep_lines`), in their original order,
/// and replaces a `LitT` chunk by a `LitU` chunk holding the plain literal
/// table (inflated from zlib; OTP 28+ `LitT` chunks, flagged by a zero size
/// word, are stored uncompressed and only lose that word). The result is a well-formed IFF file with every
/// chunk padded to four bytes.
pub fn prepare_beam(beam: &[u8], keep_lines: bool) -> Result<Vec<u8>, BeamError> {
    let beam = Beam::parse(beam)?;
    let mut out = Vec::with_capacity(beam.as_bytes().len());
    out.extend_from_slice(b"FOR1\0\0\0\0BEAM");
    for chunk in beam.chunks() {
        if !KEPT_CHUNKS.contains(&&chunk.id) || (!keep_lines && chunk.id == *b"Line") {
            continue;
        }
        if chunk.id == *b"LitT" {
            push_chunk(&mut out, b"LitU", &inflate_literals(&chunk)?)?;
        } else {
            push_chunk(&mut out, &chunk.id, chunk.data)?;
        }
    }
    let size = out.len() - 8;
    let size = u32::try_from(size).map_err(|_| BeamError::TooLarge { size })?;
    out[4..8].copy_from_slice(&size.to_be_bytes());
    Ok(out)
}

fn push_chunk(out: &mut Vec<u8>, id: &[u8; 4], data: &[u8]) -> Result<(), BeamError> {
    let size = u32::try_from(data.len()).map_err(|_| BeamError::TooLarge { size: data.len() })?;
    out.extend_from_slice(id);
    out.extend_from_slice(&size.to_be_bytes());
    out.extend_from_slice(data);
    while !out.len().is_multiple_of(4) {
        out.push(0);
    }
    Ok(())
}

/// The literal table of a `LitT` chunk: `UncompressedSize:32` then a zlib
/// stream of that many bytes. Since OTP 28 the compiler no longer compresses
/// it and writes a size of 0 (never a real size: the chunk only exists when
/// there is at least one literal) followed by the table itself.
fn inflate_literals(chunk: &Chunk<'_>) -> Result<Vec<u8>, BeamError> {
    let offset = chunk.offset;
    let truncated = BeamError::LiteralsTruncated { offset };
    let declared = crate::bytes::be_u32(chunk.data, 0).ok_or(truncated)?;
    let body = chunk
        .data
        .get(4..)
        .filter(|s| !s.is_empty())
        .ok_or(truncated)?;
    if declared == 0 {
        return Ok(body.to_vec());
    }
    let limit = to_usize(declared).ok_or(BeamError::TooLarge { size: usize::MAX })?;
    let inflated =
        decompress_to_vec_zlib_with_limit(body, limit).map_err(|e| BeamError::Inflate {
            offset,
            reason: match e.status {
                TINFLStatus::HasMoreOutput => "more data than the declared size",
                TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => {
                    "zlib stream is truncated"
                }
                TINFLStatus::Adler32Mismatch => "zlib checksum mismatch",
                _ => "corrupt zlib stream",
            },
        })?;
    if inflated.len() != limit {
        return Err(BeamError::LiteralSizeMismatch {
            offset,
            declared,
            actual: inflated.len(),
        });
    }
    Ok(inflated)
}

/// The name of the module in a BEAM file: the first atom of its `AtU8`
/// chunk (or of the old latin-1 `Atom` chunk). `None` if the file or its
/// atom table is malformed.
pub fn beam_module_name(beam: &[u8]) -> Option<String> {
    let (name, utf8) = Beam::parse(beam).ok()?.module_name_bytes()?;
    if utf8 {
        String::from_utf8(name.to_vec()).ok()
    } else {
        Some(name.iter().map(|&b| char::from(b)).collect())
    }
}
