//! The internal instruction set: one table, from which the opcode enum, the operand layout
//! used by the translator, the disassembler and the interpreter, and the generic-to-internal
//! mapping are all derived. Adding an instruction is one line here plus its handler.
//!
//! Code is a stream of 16-bit units. An instruction is its opcode unit followed by its
//! operands, each encoded by its kind:
//!
//! | kind  | meaning                                | encoding                                   |
//! |-------|----------------------------------------|--------------------------------------------|
//! | S     | source: x/y register or constant       | `Src` word (see `code.rs`)                 |
//! | D     | destination: x/y register              | `Src` word, never a constant               |
//! | U     | unsigned number (arity, live, size...) | one unit, or 0xFFFF + two units            |
//! | L     | code offset (label), or none           | two units (u32; `NO_LABEL` = none)         |
//! | FR    | float register                         | one unit                                   |
//! | Imp   | index in the module's imports          | as U                                       |
//! | Lam   | index in the module's lambda table     | as U                                       |
//! | Str   | offset in the module's string table    | as U                                       |
//! | SList | list of sources                        | U count, then that many S                  |
//! | Jumps | value/label pairs                      | U count, then that many (S, L)             |

/// The kinds of operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    S,
    D,
    U,
    L,
    FR,
    Imp,
    Lam,
    Str,
    SList,
    Jumps,
}

/// Name and operand kinds of an internal opcode.
#[derive(Debug)]
pub struct OpSpec {
    pub name: &'static str,
    pub kinds: &'static [Kind],
    /// The generic opcode translated 1:1 into this one (0: only by a special rule).
    pub generic: u32,
}

macro_rules! ops {
    ($($op:ident $name:literal $generic:literal [$($k:ident),*];)*) => {
        /// An internal opcode.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u16)]
        pub enum Op { $($op,)* }

        /// Every internal opcode's spec, indexed by `Op as usize`.
        pub const SPECS: &[OpSpec] = &[
            $(OpSpec { name: $name, kinds: &[$(Kind::$k),*], generic: $generic },)*
        ];

        const ALL: &[Op] = &[$(Op::$op,)*];
    };
}

impl Op {
    /// The opcode of a code unit, if it is one.
    #[inline]
    pub fn from_u16(u: u16) -> Option<Op> {
        ALL.get(u as usize).copied()
    }

    /// This opcode's spec.
    #[inline]
    pub fn spec(self) -> &'static OpSpec {
        &SPECS[self as usize]
    }
}

/// The internal opcode a generic opcode becomes by the 1:1 rule, if any.
pub fn internal_for_generic(generic: u32) -> Option<Op> {
    // A small table built on first use would need std or a lock; the linear search runs once
    // per instruction at load time over ~160 entries, and a load-time index is built below.
    GENERIC_INDEX.get(generic as usize).copied().flatten()
}

const GENERIC_INDEX: [Option<Op>; super::generic::MAX_OPCODE as usize + 1] = {
    let mut t = [None; super::generic::MAX_OPCODE as usize + 1];
    let mut i = 0;
    while i < ALL.len() {
        let g = SPECS[i].generic as usize;
        if g != 0 {
            t[g] = Some(ALL[i]);
        }
        i += 1;
    }
    t
};

ops! {
    FuncInfo "func_info" 2 [S, S, U];
    Call "call" 4 [U, L];
    CallLast "call_last" 5 [U, L, U];
    CallOnly "call_only" 6 [U, L];
    CallExt "call_ext" 7 [U, Imp];
    CallExtLast "call_ext_last" 8 [U, Imp, U];
    Bif0 "bif0" 9 [Imp, D];
    Bif1 "bif1" 10 [L, Imp, S, D];
    Bif2 "bif2" 11 [L, Imp, S, S, D];
    Allocate "allocate" 12 [U, U];
    AllocateHeap "allocate_heap" 13 [U, U, U];
    TestHeap "test_heap" 16 [U, U];
    Init "init" 17 [D];
    Deallocate "deallocate" 18 [U];
    Return "return" 19 [];
    Send "send" 20 [];
    RemoveMessage "remove_message" 21 [];
    Timeout "timeout" 22 [];
    LoopRec "loop_rec" 23 [L, D];
    LoopRecEnd "loop_rec_end" 24 [L];
    Wait "wait" 25 [L];
    WaitTimeout "wait_timeout" 26 [L, S];
    IsLt "is_lt" 39 [L, S, S];
    IsGe "is_ge" 40 [L, S, S];
    IsEq "is_eq" 41 [L, S, S];
    IsNe "is_ne" 42 [L, S, S];
    IsEqExact "is_eq_exact" 43 [L, S, S];
    IsNeExact "is_ne_exact" 44 [L, S, S];
    IsInteger "is_integer" 45 [L, S];
    IsFloat "is_float" 46 [L, S];
    IsNumber "is_number" 47 [L, S];
    IsAtom "is_atom" 48 [L, S];
    IsPid "is_pid" 49 [L, S];
    IsReference "is_reference" 50 [L, S];
    IsPort "is_port" 51 [L, S];
    IsNil "is_nil" 52 [L, S];
    IsBinary "is_binary" 53 [L, S];
    IsList "is_list" 55 [L, S];
    IsNonemptyList "is_nonempty_list" 56 [L, S];
    IsTuple "is_tuple" 57 [L, S];
    TestArity "test_arity" 58 [L, S, U];
    SelectVal "select_val" 59 [S, L, Jumps];
    SelectTupleArity "select_tuple_arity" 60 [S, L, Jumps];
    Jump "jump" 61 [L];
    Catch "catch" 62 [D, L];
    CatchEnd "catch_end" 63 [D];
    Move "move" 64 [S, D];
    GetList "get_list" 65 [S, D, D];
    GetTupleElement "get_tuple_element" 66 [S, U, D];
    SetTupleElement "set_tuple_element" 67 [S, S, U];
    PutList "put_list" 69 [S, S, D];
    Badmatch "badmatch" 72 [S];
    IfEnd "if_end" 73 [];
    CaseEnd "case_end" 74 [S];
    CallFun "call_fun" 75 [U];
    IsFunction "is_function" 77 [L, S];
    CallExtOnly "call_ext_only" 78 [U, Imp];
    BsPutInteger "bs_put_integer" 89 [L, S, U, U, S];
    BsPutBinary "bs_put_binary" 90 [L, S, U, U, S];
    BsPutFloat "bs_put_float" 91 [L, S, U, U, S];
    BsPutString "bs_put_string" 92 [U, Str];
    Fclearerror "fclearerror" 94 [];
    Fcheckerror "fcheckerror" 95 [L];
    FmoveIn "fmove_in" 0 [S, FR];
    FmoveOut "fmove_out" 0 [FR, D];
    Fmove "fmove" 0 [FR, FR];
    Fconv "fconv" 97 [S, FR];
    Fadd "fadd" 98 [L, FR, FR, FR];
    Fsub "fsub" 99 [L, FR, FR, FR];
    Fmul "fmul" 100 [L, FR, FR, FR];
    Fdiv "fdiv" 101 [L, FR, FR, FR];
    Fnegate "fnegate" 102 [L, FR, FR];
    MakeFun2 "make_fun2" 103 [Lam];
    Try "try" 104 [D, L];
    TryEnd "try_end" 105 [D];
    TryCase "try_case" 106 [D];
    TryCaseEnd "try_case_end" 107 [S];
    Raise "raise" 108 [S, S];
    BsInit2 "bs_init2" 109 [L, S, U, U, U, D];
    BsAdd "bs_add" 111 [L, S, S, U, D];
    Apply "apply" 112 [U];
    ApplyLast "apply_last" 113 [U, U];
    IsBoolean "is_boolean" 114 [L, S];
    IsFunction2 "is_function2" 115 [L, S, S];
    BsGetInteger2 "bs_get_integer2" 117 [L, S, U, S, U, U, D];
    BsGetFloat2 "bs_get_float2" 118 [L, S, U, S, U, U, D];
    BsGetBinary2 "bs_get_binary2" 119 [L, S, U, S, U, U, D];
    BsSkipBits2 "bs_skip_bits2" 120 [L, S, S, U, U];
    BsTestTail2 "bs_test_tail2" 121 [L, S, U];
    GcBif1 "gc_bif1" 124 [L, U, Imp, S, D];
    GcBif2 "gc_bif2" 125 [L, U, Imp, S, S, D];
    IsBitstr "is_bitstr" 129 [L, S];
    BsTestUnit "bs_test_unit" 131 [L, S, U];
    BsMatchString "bs_match_string" 132 [L, S, U, Str];
    BsInitWritable "bs_init_writable" 133 [];
    BsAppend "bs_append" 134 [L, S, U, U, U, S, U, D];
    BsPrivateAppend "bs_private_append" 135 [L, S, U, S, U, D];
    Trim "trim" 136 [U, U];
    BsInitBits "bs_init_bits" 137 [L, S, U, U, U, D];
    BsGetUtf8 "bs_get_utf8" 138 [L, S, U, U, D];
    BsSkipUtf8 "bs_skip_utf8" 139 [L, S, U, U];
    BsGetUtf16 "bs_get_utf16" 140 [L, S, U, U, D];
    BsSkipUtf16 "bs_skip_utf16" 141 [L, S, U, U];
    BsGetUtf32 "bs_get_utf32" 142 [L, S, U, U, D];
    BsSkipUtf32 "bs_skip_utf32" 143 [L, S, U, U];
    BsUtf8Size "bs_utf8_size" 144 [L, S, D];
    BsPutUtf8 "bs_put_utf8" 145 [L, U, S];
    BsUtf16Size "bs_utf16_size" 146 [L, S, D];
    BsPutUtf16 "bs_put_utf16" 147 [L, U, S];
    BsPutUtf32 "bs_put_utf32" 148 [L, U, S];
    OnLoad "on_load" 149 [];
    RecvMark "recv_mark" 150 [L];
    RecvSet "recv_set" 151 [L];
    GcBif3 "gc_bif3" 152 [L, U, Imp, S, S, S, D];
    PutMapAssoc "put_map_assoc" 154 [L, S, D, U, SList];
    PutMapExact "put_map_exact" 155 [L, S, D, U, SList];
    IsMap "is_map" 156 [L, S];
    HasMapFields "has_map_fields" 157 [L, S, SList];
    GetMapElements "get_map_elements" 158 [L, S, SList];
    IsTaggedTuple "is_tagged_tuple" 159 [L, S, U, S];
    BuildStacktrace "build_stacktrace" 160 [];
    RawRaise "raw_raise" 161 [];
    GetHd "get_hd" 162 [S, D];
    GetTl "get_tl" 163 [S, D];
    PutTuple2 "put_tuple2" 164 [D, SList];
    BsGetTail "bs_get_tail" 165 [S, D, U];
    BsStartMatch3 "bs_start_match3" 166 [L, S, U, D];
    BsGetPosition "bs_get_position" 167 [S, D, U];
    BsSetPosition "bs_set_position" 168 [S, S];
    Swap "swap" 169 [D, D];
    BsStartMatch4 "bs_start_match4" 170 [L, U, S, D];
    MakeFun3 "make_fun3" 171 [Lam, D, SList];
    InitYregs "init_yregs" 172 [SList];
    RecvMarkerBind "recv_marker_bind" 173 [D, D];
    RecvMarkerClear "recv_marker_clear" 174 [D];
    RecvMarkerReserve "recv_marker_reserve" 175 [D];
    RecvMarkerUse "recv_marker_use" 176 [D];
    BsCreateBin "bs_create_bin" 177 [L, U, U, U, D, SList];
    CallFun2 "call_fun2" 178 [S, U, S];
    NifStart "nif_start" 179 [];
    Badrecord "badrecord" 180 [S];
    UpdateRecord "update_record" 181 [S, U, S, D, SList];
    BsMatch "bs_match" 182 [L, S, SList];
    Bif3 "bif3" 185 [L, Imp, S, S, S, D];
    IsAnyNativeRecord "is_any_native_record" 186 [L, S];
    IsNativeRecord "is_native_record" 187 [L, S, S, S];
    GetRecordElements "get_record_elements" 188 [L, S, SList];
    PutRecord "put_record" 189 [L, S, S, D, U, SList];
    IsRecordAccessible "is_record_accessible" 190 [L, S, S];
    GetRecordField "get_record_field" 191 [L, S, S, S, D];
}
