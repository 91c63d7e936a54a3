//! The generic BEAM instruction set as `erlc` writes it into the `Code` chunk: opcode numbers,
//! names and operand counts, OTP 25 through 29 (from OTP's `beam_opcodes.hrl`/genop.tab).

/// What we know of a generic opcode.
#[derive(Clone, Copy, Debug)]
pub struct GenericOp {
    pub name: &'static str,
    pub arity: u8,
    /// Removed from OTP before release 25: no supported compiler emits it.
    pub obsolete: bool,
}

macro_rules! generic_ops {
    ($($num:literal $name:literal $arity:literal $($obs:ident)?;)*) => {
        /// The highest opcode number this VM knows.
        pub const MAX_OPCODE: u32 = {
            let mut m = 0;
            $( if $num > m { m = $num; } )*
            m
        };
        const TABLE: [Option<GenericOp>; MAX_OPCODE as usize + 1] = {
            let mut t: [Option<GenericOp>; MAX_OPCODE as usize + 1] = [None; MAX_OPCODE as usize + 1];
            $( t[$num] = Some(GenericOp { name: $name, arity: $arity, obsolete: generic_ops!(@obs $($obs)?) }); )*
            t
        };
    };
    (@obs obsolete) => { true };
    (@obs) => { false };
}

generic_ops! {
    1 "label" 1; 2 "func_info" 3; 3 "int_code_end" 0; 4 "call" 2; 5 "call_last" 3;
    6 "call_only" 2; 7 "call_ext" 2; 8 "call_ext_last" 3; 9 "bif0" 2; 10 "bif1" 4;
    11 "bif2" 5; 12 "allocate" 2; 13 "allocate_heap" 3; 14 "allocate_zero" 2;
    15 "allocate_heap_zero" 3; 16 "test_heap" 2; 17 "init" 1; 18 "deallocate" 1; 19 "return" 0;
    20 "send" 0; 21 "remove_message" 0; 22 "timeout" 0; 23 "loop_rec" 2; 24 "loop_rec_end" 1;
    25 "wait" 1; 26 "wait_timeout" 2;
    27 "m_plus" 4 obsolete; 28 "m_minus" 4 obsolete; 29 "m_times" 4 obsolete;
    30 "m_div" 4 obsolete; 31 "int_div" 4 obsolete; 32 "int_rem" 4 obsolete;
    33 "int_band" 4 obsolete; 34 "int_bor" 4 obsolete; 35 "int_bxor" 4 obsolete;
    36 "int_bsl" 4 obsolete; 37 "int_bsr" 4 obsolete; 38 "int_bnot" 3 obsolete;
    39 "is_lt" 3; 40 "is_ge" 3; 41 "is_eq" 3; 42 "is_ne" 3; 43 "is_eq_exact" 3;
    44 "is_ne_exact" 3; 45 "is_integer" 2; 46 "is_float" 2; 47 "is_number" 2; 48 "is_atom" 2;
    49 "is_pid" 2; 50 "is_reference" 2; 51 "is_port" 2; 52 "is_nil" 2; 53 "is_binary" 2;
    54 "is_constant" 2 obsolete; 55 "is_list" 2; 56 "is_nonempty_list" 2; 57 "is_tuple" 2;
    58 "test_arity" 3; 59 "select_val" 3; 60 "select_tuple_arity" 3; 61 "jump" 1;
    62 "catch" 2; 63 "catch_end" 1; 64 "move" 2; 65 "get_list" 3; 66 "get_tuple_element" 3;
    67 "set_tuple_element" 3; 68 "put_string" 3 obsolete; 69 "put_list" 3;
    70 "put_tuple" 2 obsolete; 71 "put" 1 obsolete; 72 "badmatch" 1; 73 "if_end" 0;
    74 "case_end" 1; 75 "call_fun" 1; 76 "make_fun" 3 obsolete; 77 "is_function" 2;
    78 "call_ext_only" 2; 79 "bs_start_match" 2 obsolete; 80 "bs_get_integer" 5 obsolete;
    81 "bs_get_float" 5 obsolete; 82 "bs_get_binary" 5 obsolete; 83 "bs_skip_bits" 4 obsolete;
    84 "bs_test_tail" 2 obsolete; 85 "bs_save" 1 obsolete; 86 "bs_restore" 1 obsolete;
    87 "bs_init" 2 obsolete; 88 "bs_final" 2 obsolete; 89 "bs_put_integer" 5;
    90 "bs_put_binary" 5; 91 "bs_put_float" 5; 92 "bs_put_string" 2;
    93 "bs_need_buf" 1 obsolete; 94 "fclearerror" 0; 95 "fcheckerror" 1; 96 "fmove" 2;
    97 "fconv" 2; 98 "fadd" 4; 99 "fsub" 4; 100 "fmul" 4; 101 "fdiv" 4; 102 "fnegate" 3;
    103 "make_fun2" 1; 104 "try" 2; 105 "try_end" 1; 106 "try_case" 1; 107 "try_case_end" 1;
    108 "raise" 2; 109 "bs_init2" 6; 110 "bs_bits_to_bytes" 3 obsolete; 111 "bs_add" 5;
    112 "apply" 1; 113 "apply_last" 2; 114 "is_boolean" 2; 115 "is_function2" 3;
    116 "bs_start_match2" 5 obsolete; 117 "bs_get_integer2" 7; 118 "bs_get_float2" 7;
    119 "bs_get_binary2" 7; 120 "bs_skip_bits2" 5; 121 "bs_test_tail2" 3;
    122 "bs_save2" 2 obsolete; 123 "bs_restore2" 2 obsolete; 124 "gc_bif1" 5; 125 "gc_bif2" 6;
    126 "bs_final2" 2 obsolete; 127 "bs_bits_to_bytes2" 2 obsolete; 128 "put_literal" 2 obsolete;
    129 "is_bitstr" 2; 130 "bs_context_to_binary" 1 obsolete; 131 "bs_test_unit" 3;
    132 "bs_match_string" 4; 133 "bs_init_writable" 0; 134 "bs_append" 8;
    135 "bs_private_append" 6; 136 "trim" 2; 137 "bs_init_bits" 6; 138 "bs_get_utf8" 5;
    139 "bs_skip_utf8" 4; 140 "bs_get_utf16" 5; 141 "bs_skip_utf16" 4; 142 "bs_get_utf32" 5;
    143 "bs_skip_utf32" 4; 144 "bs_utf8_size" 3; 145 "bs_put_utf8" 3; 146 "bs_utf16_size" 3;
    147 "bs_put_utf16" 3; 148 "bs_put_utf32" 3; 149 "on_load" 0; 150 "recv_mark" 1;
    151 "recv_set" 1; 152 "gc_bif3" 7; 153 "line" 1; 154 "put_map_assoc" 5;
    155 "put_map_exact" 5; 156 "is_map" 2; 157 "has_map_fields" 3; 158 "get_map_elements" 3;
    159 "is_tagged_tuple" 4; 160 "build_stacktrace" 0; 161 "raw_raise" 0; 162 "get_hd" 2;
    163 "get_tl" 2; 164 "put_tuple2" 2; 165 "bs_get_tail" 3; 166 "bs_start_match3" 4;
    167 "bs_get_position" 3; 168 "bs_set_position" 2; 169 "swap" 2; 170 "bs_start_match4" 4;
    171 "make_fun3" 3; 172 "init_yregs" 1; 173 "recv_marker_bind" 2; 174 "recv_marker_clear" 1;
    175 "recv_marker_reserve" 1; 176 "recv_marker_use" 1; 177 "bs_create_bin" 6;
    178 "call_fun2" 3; 179 "nif_start" 0; 180 "badrecord" 1;
    // OTP 26
    181 "update_record" 5; 182 "bs_match" 3;
    // OTP 27
    183 "executable_line" 2;
    // OTP 28
    184 "debug_line" 4;
    // OTP 29 (bif3 and native records)
    185 "bif3" 6; 186 "is_any_native_record" 2; 187 "is_native_record" 4;
    188 "get_record_elements" 3; 189 "put_record" 6; 190 "is_record_accessible" 3;
    191 "get_record_field" 5;
}

/// The generic opcode `n`, if this VM knows it.
pub fn generic_op(n: u32) -> Option<GenericOp> {
    TABLE.get(n as usize).copied().flatten()
}
