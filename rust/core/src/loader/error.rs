//! Load errors: every one names the module (when known), the chunk and the byte offset.

use alloc::string::String;
use core::fmt;

/// Why a `.beam` could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// Module name, once the atom table has been read.
    pub module: Option<String>,
    /// Four-letter chunk id (`"Code"`, `"LitT"`, ...) or `"FOR1"` for the container.
    pub chunk: [u8; 4],
    /// Byte offset in the file where the problem was found.
    pub offset: usize,
    /// What was wrong.
    pub kind: LoadErrorKind,
}

/// The kinds of load errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// Not an IFF `FOR1 ... BEAM` file.
    NotBeam,
    /// Data ends before a structure it promises.
    Truncated,
    /// A required chunk is missing.
    MissingChunk,
    /// A field has a value the format does not allow.
    Invalid(&'static str),
    /// An opcode this VM does not know.
    UnknownOpcode {
        opcode: u32,
        /// The function being translated (`name/arity`), when known.
        function: Option<String>,
    },
    /// An opcode OTP itself removed before OTP 25: the module must be recompiled.
    ObsoleteOpcode {
        opcode: u32,
        name: &'static str,
        function: Option<String>,
    },
    /// An operand of the wrong kind or out of range.
    BadOperand {
        opcode: &'static str,
        operand: usize,
        what: &'static str,
        function: Option<String>,
    },
    /// A literal the VM cannot represent yet.
    UnsupportedLiteral(&'static str),
    /// An atom that is too long, not UTF-8, or over the atom table's limit.
    BadAtom,
    /// A module larger than the internal encoding allows.
    TooLarge(&'static str),
    /// The module needs a cargo feature this build left out (`"bignum"`, `"zlib"`).
    FeatureOff {
        feature: &'static str,
        /// What needs it.
        what: &'static str,
        /// What to do instead (empty, or text starting with `; `).
        hint: &'static str,
    },
}

impl LoadError {
    pub(crate) fn new(chunk: &[u8; 4], offset: usize, kind: LoadErrorKind) -> LoadError {
        LoadError {
            module: None,
            chunk: *chunk,
            offset,
            kind,
        }
    }
}

/// The OTP release that introduced a generic opcode, for error messages.
pub fn opcode_release(opcode: u32) -> &'static str {
    match opcode {
        0..=180 => "OTP 25 or older",
        181..=182 => "OTP 26",
        183 => "OTP 27",
        184 => "OTP 28",
        185..=191 => "OTP 29",
        _ => "a release newer than this VM knows",
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let chunk = core::str::from_utf8(&self.chunk).unwrap_or("????");
        match &self.module {
            Some(m) => write!(f, "module {m}: ")?,
            None => write!(f, "module ?: ")?,
        }
        write!(f, "chunk {chunk}, offset {:#x}: ", self.offset)?;
        let func = |f: &mut fmt::Formatter<'_>, func: &Option<String>| match func {
            Some(fun) => write!(f, " in function {fun}"),
            None => Ok(()),
        };
        match &self.kind {
            LoadErrorKind::NotBeam => write!(f, "not a BEAM file (no FOR1/BEAM header)"),
            LoadErrorKind::Truncated => write!(f, "truncated data"),
            LoadErrorKind::MissingChunk => write!(f, "required chunk is missing"),
            LoadErrorKind::Invalid(what) => write!(f, "invalid {what}"),
            LoadErrorKind::UnknownOpcode { opcode, function } => {
                write!(
                    f,
                    "unknown opcode {opcode} (from {})",
                    opcode_release(*opcode)
                )?;
                func(f, function)
            }
            LoadErrorKind::ObsoleteOpcode {
                opcode,
                name,
                function,
            } => {
                write!(
                    f,
                    "obsolete opcode {opcode} ({name}), no longer emitted since before OTP 25; recompile the module"
                )?;
                func(f, function)
            }
            LoadErrorKind::BadOperand {
                opcode,
                operand,
                what,
                function,
            } => {
                write!(f, "bad operand {operand} of {opcode}: {what}")?;
                func(f, function)
            }
            LoadErrorKind::UnsupportedLiteral(what) => {
                write!(f, "literal not supported: {what}")
            }
            LoadErrorKind::BadAtom => write!(f, "bad atom (too long, not UTF-8, or table full)"),
            LoadErrorKind::TooLarge(what) => write!(f, "module too large: {what}"),
            LoadErrorKind::FeatureOff {
                feature,
                what,
                hint,
            } => write!(
                f,
                "{what}: this build has no {feature} (cargo feature `{feature}` is off){hint}"
            ),
        }
    }
}
