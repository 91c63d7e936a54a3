%% disasm_ops -- print the generic opcode names of every function of some
%% .beam files, as OTP's own beam_disasm of the running release sees them.
%%
%% Used by rust/host/tests/beam_disasm_agreement.rs to cross-check
%% `atomvm disasm --generic`.  Compile it with the erlc of the release under
%% test (beam_disasm and beam_opcodes are release specific) and run:
%%
%%   erl -noshell -pa DIR -run disasm_ops main LISTFILE OUTFILE
%%
%% LISTFILE holds one .beam path per line.  OUTFILE starts with the line
%%
%%   %% otp_release N
%%
%% (so the caller can tell which release really answered), then, per input
%% file:
%%
%%   == PATH
%%   name/arity: op op op ...          (one line per function, code order)
%%
%% or, when beam_disasm cannot disassemble the file at all:
%%
%%   !! PATH REASON
%%
%% The output is written as raw UTF-8 bytes to a file (not stdout) so that
%% neither the io server's encoding nor stray shell output can corrupt it.
%% Exits with status 0 on success, 2 on a usage or internal error.
%%
%% What beam_disasm does to the instruction stream, and how it is undone here:
%%
%% * It drops `int_code_end` (get_fun/2 consumes it), so it never appears in
%%   a function; `atomvm disasm --generic` does not print it either.
%% * A function starts with the run of `label`/`line` instructions just before
%%   its `func_info`.  In OTP 25 and 27 (fixed later) get_funs/1 emits that run
%%   REVERSED for every function but the first (the run is collected in code
%%   order and then put in front of func_info with lists:reverse/2), e.g.
%%   `line label func_info` although the file has `label line func_info`.
%%   probe_prefix_order/0 detects this on the running release by
%%   disassembling a freshly compiled module, and the run is put back in code
%%   order.  No instruction is added or removed by that correction.
%% * Instructions are "resolved" into tuples that are not always tagged with
%%   the generic opcode name; op_name/1 maps every shape back (see there).
%%   Anything it does not recognise makes this program fail rather than guess.

-module(disasm_ops).
-export([main/1]).

main([ListFile, OutFile]) ->
    Status =
        try
            Order = probe_prefix_order(),
            {ok, ListBin} = file:read_file(ListFile),
            Paths = [binary_to_list(P)
                     || P <- binary:split(ListBin, [<<"\n">>, <<"\r">>], [global]),
                        P =/= <<>>],
            Release = list_to_binary(erlang:system_info(otp_release)),
            Out = [<<"%% otp_release ">>, Release, $\n
                   | [file_ops(P, Order) || P <- Paths]],
            ok = file:write_file(OutFile, Out),
            0
        catch
            Class:Reason:Stack ->
                io:format(standard_error, "disasm_ops: ~p:~p~n~p~n",
                          [Class, Reason, Stack]),
                2
        end,
    erlang:halt(Status);
main(Args) ->
    io:format(standard_error,
              "usage: erl -noshell -run disasm_ops main LISTFILE OUTFILE (got ~p)~n",
              [Args]),
    erlang:halt(2).

%% One file: header line, then a line per function.
file_ops(Path, Order) ->
    case beam_disasm:file(Path) of
        {beam_file, _Mod, _Exports, _Attr, _CompileInfo, Code} ->
            Funs = fix_prefix_order(Code, Order),
            [<<"== ">>, Path, $\n | [function_line(F) || F <- Funs]];
        {error, Module, Reason} ->
            Text = lists:flatten(io_lib:format("~0p", [{Module, Reason}])),
            [<<"!! ">>, Path, $\s, unicode:characters_to_binary(Text), $\n]
    end.

function_line({function, Name, Arity, _Entry, Instrs}) ->
    Ops = [[$\s, atom_to_binary(op_name(I), utf8)] || I <- Instrs],
    [atom_to_binary(Name, utf8), $/, integer_to_binary(Arity), $: | Ops] ++ [$\n].

%% ---------------------------------------------------------------------------
%% Mapping beam_disasm's resolved instructions back to generic opcode names.
%%
%% Most instructions resolve to `Atom` (no operands: return, send, if_end,
%% fclearerror, ...) or to a tuple tagged with the opcode name ({label,L},
%% {line,..}, {func_info,M,F,A}, {move,S,D}, {make_fun2,MFA,..}, ...).  The
%% exceptions are the tuples tagged `bif`, `gc_bif`, `test` and `arithfbif`;
%% no generic opcode has one of those names, so they are never ambiguous with
%% a plain tagged tuple.  (beam_disasm.erl of OTP 25, 27 and 29 was read for
%% every shape below.)

-define(FLOAT_OPS, [fadd, fsub, fmul, fdiv, fnegate]).

%% OTP 25: float arithmetic is {arithfbif, Op, Fail, Args, Dst}.
op_name({arithfbif, Op, _Fail, _Args, _Dst}) ->
    true = lists:member(Op, ?FLOAT_OPS),
    Op;
%% OTP 27+: float arithmetic became {bif, Op, Fail, Args, Dst}.  A real BIF
%% call never writes a float register, so {fr,_} as destination identifies it.
op_name({bif, Op, _Fail, _Args, {fr, _}}) ->
    true = lists:member(Op, ?FLOAT_OPS),
    Op;
%% OTP 27+: `raise` became {bif, raise, {f,0}, [R1,R2], {x,0}}.  There is no
%% BIF erlang:raise/2, so a bif2 instruction can never look like this.
%% (OTP 25 gives {raise, {f,0}, Regs, {x,0}}, handled by the generic case.)
op_name({bif, raise, {f, 0}, [_, _], {x, 0}}) ->
    raise;
%% bif0/bif1/bif2/bif3 all become {bif, Name, Fail, Args, Dst}; bif0 has no
%% fail label (beam_disasm puts `nofail`), the others differ in length(Args).
op_name({bif, _Name, nofail, [], _Dst}) ->
    bif0;
op_name({bif, _Name, {f, _}, Args, _Dst}) when is_list(Args) ->
    case length(Args) of
        1 -> bif1;
        2 -> bif2;
        3 -> bif3
    end;
%% gc_bif1/2/3 become {gc_bif, Name, Fail, Live, Args, Dst}.
op_name({gc_bif, _Name, _Fail, _Live, Args, _Dst}) when is_list(Args) ->
    case length(Args) of
        1 -> gc_bif1;
        2 -> gc_bif2;
        3 -> gc_bif3
    end;
%% OTP 29: is_any_native_record and is_native_record both resolve to a test
%% named `is_record` (no generic opcode has that name); they differ in size:
%% {test, is_record, Fail, Src} and {test, is_record, Fail, Src, Mod, Name}.
op_name({test, is_record, _Fail, Src}) when not is_list(Src) ->
    is_any_native_record;
op_name({test, is_record, _Fail, _Src, _Mod, _Name}) ->
    is_native_record;
%% Every other test: {test, Op, Fail, Args} (is_eq_exact, is_tuple, ...),
%% {test, has_map_fields, Fail, Src, {list, Keys}},
%% {test, Op, Fail, Live, Args, Dst} (OTP 27+ bs_get_*2, bs_start_match3), ...
%% The opcode name is always the second element.
op_name(T) when is_tuple(T), tuple_size(T) >= 3, element(1, T) =:= test ->
    Op = element(2, T),
    true = is_atom(Op),
    Op;
op_name(T) when is_tuple(T), tuple_size(T) >= 1 ->
    Op = element(1, T),
    true = is_atom(Op),
    %% Fail loudly on a shape the clauses above should have taken.
    false = lists:member(Op, [bif, gc_bif, test, arithfbif]),
    Op;
op_name(Op) when is_atom(Op) ->
    Op.

%% ---------------------------------------------------------------------------
%% Order of the label/line run before func_info (see the header comment).

fix_prefix_order(Funs, in_order) ->
    Funs;
fix_prefix_order([First | Rest], reversed_after_first) ->
    [First | [unreverse_prefix(F) || F <- Rest]];
fix_prefix_order([], reversed_after_first) ->
    [].

unreverse_prefix({function, Name, Arity, Entry, Instrs}) ->
    {Prefix, Body} = lists:splitwith(fun is_prefix_instr/1, Instrs),
    {function, Name, Arity, Entry, lists:reverse(Prefix) ++ Body}.

is_prefix_instr({label, _}) -> true;
is_prefix_instr({line, _}) -> true;
is_prefix_instr(_) -> false.

%% Compile a three-function module (each function gets `label`, `line`,
%% `func_info` in that order) and see in what order this release's
%% beam_disasm reports the prefix of each function.
probe_prefix_order() ->
    Fun = fun(Name, Line) ->
                  {function, Line, Name, 0,
                   [{clause, Line, [], [], [{atom, Line, Name}]}]}
          end,
    Forms = [{attribute, 1, file, {"disasm_ops_probe.erl", 1}},
             {attribute, 1, module, disasm_ops_probe},
             {attribute, 2, export, [{a, 0}, {b, 0}, {c, 0}]},
             Fun(a, 3), Fun(b, 4), Fun(c, 5)],
    {ok, _, Bin} = compile:forms(Forms, [binary, report_errors]),
    {beam_file, _, _, _, _, Code} = beam_disasm:file(Bin),
    Prefixes = [[element(1, I) || I <- element(1, lists:splitwith(fun is_prefix_instr/1, Is))]
                || {function, N, 0, _, Is} <- Code, lists:member(N, [a, b, c])],
    case Prefixes of
        [[label, line], [label, line], [label, line]] -> in_order;
        [[label, line], [line, label], [line, label]] -> reversed_after_first;
        Other -> error({unexpected_probe_prefixes, Other})
    end.
