%% The `io_lib_pretty' module of the atomvm-rs standard library: the
%% line breaking of ~p, as OTP's io_lib_pretty lays terms out.
%% Written for this project from OTP's documentation and experiments
%% against OTP 25, 27 and 29.
%%
%% A term is first measured into a tree of nodes, each carrying the length
%% of its one-line text; the layout then writes a node on one line when it
%% fits, else breaks it: lists and tuples one element per line (short
%% atomic elements are packed), tuples with an atom first ("tagged") keep
%% the tag on the first line, maps put `Key =>' above a long value, and
%% long binaries wrap between bytes. A first pass tries the layout with
%% tagged tuples indented by the tag's width, then by 4, and else by 1,
%% keeping the first that does not indent beyond half the line.
%%
%% Not supported: records (record_print_fun) and chars_limit (a positive
%% limit raises error({unsupported, chars_limit})).
-module(io_lib_pretty).

-export([print/1, print/2, print/3, print/4, print/5, print/6]).

%% Nodes:
%%   {str, Chars, Len}                 text written as is (atomic)
%%   {bin, Items, Last, Len}           a binary as bytes: Items followed by
%%                                     commas, Last a string or {X, Size}
%%   {list, Elems, Tail, Len}          Tail: nil | dots | Node (improper)
%%   {tuple, Tagged, Elems, Tail, Len} Tail: nil | dots
%%   {map, Pairs, Tail, Len}           Pairs: [{pair, K, V, Len}]

print(Term) -> print(Term, []).

print(Term, Options) when is_list(Options) ->
    case opt(chars_limit, Options, -1) of
        L when L > 0 -> erlang:error({unsupported, chars_limit});
        _ -> ok
    end,
    case opt(record_print_fun, Options, no_fun) of
        no_fun -> ok;
        _ -> erlang:error({unsupported, record_print_fun})
    end,
    do_print(Term, opt(column, Options, 1), opt(line_length, Options, 80),
             opt(depth, Options, -1), opt(line_max_chars, Options, -1),
             opt(encoding, Options, latin1), opt(strings, Options, true),
             opt(chars_limit, Options, -1));
print(Term, _RecDefFun) ->
    erlang:error({unsupported, record_print_fun}, [Term]).

print(Term, Depth, _RecDefFun) ->
    erlang:error({unsupported, record_print_fun}, [Term, Depth]).

print(Term, Col, Ll, D) ->
    do_print(Term, Col, Ll, D, -1, latin1, true, -1).

print(Term, Col, Ll, D, no_fun) -> print(Term, Col, Ll, D);
print(Term, Col, Ll, D, _RecDefFun) ->
    erlang:error({unsupported, record_print_fun}, [Term, Col, Ll, D]).

print(Term, Col, Ll, D, M, no_fun) ->
    do_print(Term, Col, Ll, D, M, latin1, true, -1);
print(Term, Col, Ll, D, M, _RecDefFun) ->
    erlang:error({unsupported, record_print_fun}, [Term, Col, Ll, D, M]).

opt(Key, Options, Default) ->
    case lists:keyfind(Key, 1, Options) of
        {Key, V} -> V;
        _ -> Default
    end.

do_print(_, _, _, 0, _, _, _, _) -> "...";
do_print(_, _, _, _, _, _, _, 0) -> "...";
do_print(Term, Col, Ll, D, M, Enc, Str, CL) when Col =< 0 ->
    do_print(Term, 1, Ll, D, M, Enc, Str, CL);
do_print(A, _, _, _, _, Enc, _, _) when is_atom(A) ->
    atom(A, Enc);
do_print(Term, Col, Ll, D, M0, Enc, Str, _)
  when is_tuple(Term); is_list(Term); is_map(Term); is_bitstring(Term) ->
    N = node(Term, D, Enc, Str),
    Len = len(N),
    M = if
            M0 < 0 -> Len;
            true -> M0
        end,
    if
        Ll =:= 0 -> flat(N);
        Len < Ll - Col, Len =< M -> flat(N);
        true ->
            TInd = tag_indent(N, Col, Ll, M),
            pp(N, Col, Ll, M, TInd, Col - 1, 0, 0)
    end;
do_print(Term, _, _, _, _, _, _, _) ->
    io_lib:write(Term).

atom(A, latin1) -> io_lib:write_atom_as_latin1(A);
atom(A, _) -> io_lib:write_atom(A).

len(N) -> element(tuple_size(N), N).

atm(N) -> element(1, N) =:= str.

atm_pair({pair, K, V, _}) -> atm(K) andalso atm(V).

str(S) -> {str, S, io_lib:chars_length(S)}.

%%% ------------------------------------------------------------------
%%% Measure: term -> node
%%% ------------------------------------------------------------------

node([], _, _, _) -> {str, "[]", 2};
node({}, _, _, _) -> {str, "{}", 2};
node(M, _, _, _) when map_size(M) =:= 0 -> {str, "#{}", 3};
node(A, _, Enc, _) when is_atom(A) -> str(atom(A, Enc));
node(L, D, Enc, Str) when is_list(L) ->
    case Str andalso D =/= 1 andalso io_lib:printable_latin1_list(L) of
        true when Enc =:= latin1 -> str(io_lib:write_latin1_string(L));
        true -> str(io_lib:write_string(L));
        false ->
            {Es, Tail} = list_elems(L, D, Enc, Str),
            {list, Es, Tail, seq_len(Es, Tail, 2)}
    end;
node(F, _, _, _) when is_function(F) -> str(io_lib:write(F));
node(T, 1, _, _) when is_tuple(T) -> {str, "{...}", 5};
node(T, D, Enc, Str) when is_tuple(T) ->
    {Es, Tail} = tuple_elems(T, 1, D, Enc, Str),
    Tagged = is_atom(element(1, T)) andalso tuple_size(T) > 1,
    {tuple, Tagged, Es, Tail, seq_len(Es, Tail, 2)};
node(M, 1, _, _) when is_map(M) -> {str, "#{...}", 6};
node(M, D, Enc, Str) when is_map(M) ->
    {Ps, Tail} = map_pairs(maps:to_list(M), D, D - 1, Enc, Str),
    {map, Ps, Tail, seq_len(Ps, Tail, 3)};
node(<<>>, _, _, _) -> {str, "<<>>", 4};
node(B, 1, _, _) when is_bitstring(B) -> {str, "<<...>>", 7};
node(B, D, Enc, Str) when is_bitstring(B) ->
    case Str andalso bit_size(B) rem 8 =:= 0 andalso printable_bin(B, D - 1, Enc) of
        {Latin1, Chars, More} ->
            S = io_lib:write_string(Chars),
            Suffix = case {Latin1, More} of
                         {true, false} -> ">>";
                         {true, true} -> "...>>";
                         {false, false} -> "/utf8>>";
                         {false, true} -> "/utf8...>>"
                     end,
            str(["<<", S, Suffix]);
        false ->
            bin_node(B, D)
    end;
node(T, _, _, _) ->
    str(io_lib:write(T)).

list_elems([], _, _, _) -> {[], nil};
list_elems(_, 1, _, _) -> {[], dots};
list_elems([E | Es], D, Enc, Str) ->
    N = node(E, D - 1, Enc, Str),
    {Ns, Tail} = list_elems(Es, D - 1, Enc, Str),
    {[N | Ns], Tail};
list_elems(Tail, D, Enc, Str) ->
    {[], node(Tail, D - 1, Enc, Str)}.

tuple_elems(T, I, _, _, _) when I > tuple_size(T) -> {[], nil};
tuple_elems(_, _, 1, _, _) -> {[], dots};
tuple_elems(T, I, D, Enc, Str) ->
    N = node(element(I, T), D - 1, Enc, Str),
    {Ns, Tail} = tuple_elems(T, I + 1, D - 1, Enc, Str),
    {[N | Ns], Tail}.

map_pairs([], _, _, _, _) -> {[], nil};
map_pairs(_, 1, _, _, _) -> {[], dots};
map_pairs([{K, V} | KVs], D, D0, Enc, Str) ->
    KN = node(K, D0, Enc, Str),
    VN = node(V, D0, Enc, Str),
    P = {pair, KN, VN, len(KN) + 4 + len(VN)},
    {Ps, Tail} = map_pairs(KVs, D - 1, D0, Enc, Str),
    {[P | Ps], Tail}.

%% Length of a sequence with its brackets (Open: their width).
seq_len(Es, Tail, Open) ->
    N0 = lists:foldl(fun(E, Acc) -> Acc + len(E) end, Open, Es),
    Seps = case Es of
               [] -> 0;
               _ -> length(Es) - 1
           end,
    TailLen = case Tail of
                  nil -> 0;
                  dots when Es =:= [] -> 3;
                  dots -> 4;
                  _ when Es =:= [] -> len(Tail);
                  _ -> len(Tail) + 1
              end,
    N0 + Seps + TailLen.

bin_node(B, D) ->
    {Items, Last} = bin_items(B, D),
    Len = lists:foldl(fun(I, Acc) -> Acc + length(I) + 1 end,
                      4 + last_len(Last), Items),
    {bin, Items, Last, Len}.

last_len({X, S}) -> length(X) + 1 + length(S);
last_len(S) -> length(S).

bin_items(_, 1) -> {[], "..."};
bin_items(<<X:8>>, _) -> {[], integer_to_list(X)};
bin_items(<<X:8, Rest/bitstring>>, D) when bit_size(Rest) > 0 ->
    {Is, Last} = bin_items(Rest, D - 1),
    {[integer_to_list(X) | Is], Last};
bin_items(B, _) ->
    L = bit_size(B),
    <<X:L>> = B,
    {[], {integer_to_list(X), integer_to_list(L)}}.

%% A byte-aligned, non-empty binary shown as a string: {IsLatin1, Chars,
%% Truncated} or false. D: depth left for the characters (-1: no limit),
%% four characters per level.
printable_bin(B, D, Enc) ->
    Size = byte_size(B),
    Len = if
              D >= 0 -> min(4 * D, Size);
              true -> Size
          end,
    case Enc of
        latin1 -> printable_bin_latin1(B, Len, D);
        _ ->
            case valid_utf8(B, Len) of
                true -> printable_bin_utf8(B, Len, D);
                false -> printable_bin_latin1(B, Len, D)
            end
    end.

printable_bin_latin1(_, 0, _) -> false;
printable_bin_latin1(B, Len, D) ->
    P = latin1_prefix(B, Len, 0),
    Size = byte_size(B),
    if
        P =:= Len, Len =:= Size -> {true, binary_to_list(B), false};
        P =:= Len -> {true, binary_to_list(B, 1, Len), true};
        D > 0, P >= D -> {true, binary_to_list(B, 1, P), true};
        true -> false
    end.

latin1_prefix(_, 0, N) -> N;
latin1_prefix(<<C, R/binary>>, Left, N) ->
    case printable_char(C) of
        true -> latin1_prefix(R, Left - 1, N + 1);
        false -> N
    end;
latin1_prefix(<<>>, _, N) -> N.

printable_char(C) ->
    (C >= $\s andalso C =< $~) orelse (C >= 160 andalso C =< 255) orelse
        (C >= $\b andalso C =< $\r) orelse C =:= $\e.

valid_utf8(<<>>, _) -> true;
valid_utf8(_, 0) -> true;
valid_utf8(<<_/utf8, R/binary>>, N) -> valid_utf8(R, N - 1);
valid_utf8(_, _) -> false.

printable_bin_utf8(_, 0, _) -> false;
printable_bin_utf8(B, Len, D) ->
    {Left, Rest, Cs} = utf8_prefix(B, Len, []),
    Latin1 = byte_size(B) - byte_size(Rest) =:= length(Cs),
    if
        Rest =:= <<>> -> {byte_size(B) =:= length(Cs), Cs, false};
        D > 0, Len - Left >= D -> {Latin1, Cs, true};
        true -> false
    end.

utf8_prefix(<<C/utf8, R/binary>> = B, I, Acc) when I > 0 ->
    case printable_char(C) of
        true -> utf8_prefix(R, I - 1, [C | Acc]);
        false -> {I, B, lists:reverse(Acc)}
    end;
utf8_prefix(B, I, Acc) ->
    {I, B, lists:reverse(Acc)}.

%%% ------------------------------------------------------------------
%%% One line
%%% ------------------------------------------------------------------

flat({str, S, _}) -> S;
flat({bin, Items, Last, _}) ->
    ["<<", [[I, $,] || I <- Items], last_text(Last), ">>"];
flat({list, Es, Tail, _}) -> [$[, flat_seq(Es, Tail, $|), $]];
flat({tuple, _, Es, Tail, _}) -> [${, flat_seq(Es, Tail, $,), $}];
flat({map, Ps, Tail, _}) -> ["#{", flat_seq(Ps, Tail, $,), $}];
flat({pair, K, V, _}) -> [flat(K), " => ", flat(V)].

last_text({X, S}) -> [X, $:, S];
last_text(S) -> S.

flat_seq([], dots, _) -> "...";
flat_seq([E | Es], Tail, Sep) -> [flat(E) | flat_rest(Es, Tail, Sep)].

flat_rest([], nil, _) -> [];
flat_rest([], dots, Sep) -> [Sep | "..."];
flat_rest([], Tail, Sep) -> [Sep | flat(Tail)];
flat_rest([E | Es], Tail, Sep) -> [$,, flat(E) | flat_rest(Es, Tail, Sep)].

%%% ------------------------------------------------------------------
%%% Layout
%%% ------------------------------------------------------------------
%% Col: column of the node's first character; Ll: line length; M: the
%% most characters on a line; TInd: indentation of tagged tuples' elements
%% (-1: after the tag); Ind: spaces that start a continuation line; LD:
%% closing characters that follow the node on its last line; W: characters
%% already on the line since the last break.

fits(N, Col, Ll, M, LD, W) ->
    L = len(N),
    L < Ll - Col - LD andalso L + W + LD =< M.

%% Whether element E can follow on the same line after a comma.
packs(E, Col, Ll, M, LD1, W) ->
    ELen = 1 + len(E),
    atm(E) andalso
        (if
             LD1 =:= 0 -> ELen + 1 < Ll - Col andalso W + ELen + 1 =< M;
             true -> ELen < Ll - Col - LD1 andalso W + ELen + LD1 =< M
         end).

pair_packs(P, Col, Ll, M, LD1, W) ->
    ELen = 1 + len(P),
    atm_pair(P) andalso
        (if
             LD1 =:= 0 -> ELen + 1 < Ll - Col andalso W + ELen + 1 =< M;
             true -> ELen < Ll - Col - LD1 andalso W + ELen + LD1 =< M
         end).

tail_packs(E, Col, Ll, M, LD, W) ->
    L = len(E) + 1,
    atm(E) andalso L < Ll - Col - (LD + 1) andalso L + W + (LD + 1) =< M.

%% Closing characters after the current element: none if more follow.
last_depth([_ | _], _, _) -> 0;
last_depth([], _, LD) -> LD + 1.

nl(Ind) -> [$\n | spaces(Ind)].

spaces(0) -> [];
spaces(N) -> [$\s | spaces(N - 1)].

pp(N, Col, Ll, M, TInd, Ind, LD, W) ->
    case fits(N, Col, Ll, M, LD, W) of
        true -> flat(N);
        false -> pp_break(N, Col, Ll, M, TInd, Ind, LD, W)
    end.

pp_break({list, Es, Tail, _}, Col, Ll, M, TInd, Ind, LD, W) ->
    [$[, pp_seq(Es, Tail, Col + 1, Ll, M, TInd, Ind + 1, LD, $|, W + 1), $]];
pp_break({tuple, true, Es, Tail, _}, Col, Ll, M, TInd, Ind, LD, W) ->
    [${, pp_tagged(Es, Tail, Col, Ll, M, TInd, Ind, LD, W + 1), $}];
pp_break({tuple, false, Es, Tail, _}, Col, Ll, M, TInd, Ind, LD, W) ->
    [${, pp_seq(Es, Tail, Col + 1, Ll, M, TInd, Ind + 1, LD, $,, W + 1), $}];
pp_break({map, Ps, Tail, _}, Col, Ll, M, TInd, Ind, LD, W) ->
    ["#{", pp_map(Ps, Tail, Col + 2, Ll, M, TInd, Ind + 2, LD, W + 1), $}];
pp_break({bin, _, _, _} = B, Col, Ll, M, _TInd, Ind, LD, W) ->
    pp_bin(B, Col + 2, Ll, M, Ind + 2, LD, W);
pp_break({str, S, _}, _, _, _, _, _, _, _) ->
    S.

pp_tagged([Tag | Es], Tail, Col, Ll, M, TInd, Ind, LD, W) ->
    TagLen = len(Tag),
    TagInd = TagLen + 2,
    TCol = Col + TagInd,
    if
        TInd > 0, TagInd > TInd ->
            [flat(Tag) | pp_rest(Es, Tail, Col + TInd, TCol, Ll, M, TInd,
                                 Ind + TInd, LD, $,, W + TagLen)];
        true ->
            [flat(Tag), $, | pp_seq(Es, Tail, TCol, Ll, M, TInd, Ind + TagInd,
                                    LD, $,, W + TagLen + 1)]
    end.

pp_seq([], dots, _, _, _, _, _, _, _, _) -> "...";
pp_seq([E | Es], Tail, Col0, Ll, M, TInd, Ind, LD, Sep, W) ->
    {S, WE} = pp_elem(E, Col0, Ll, M, TInd, Ind, last_depth(Es, Tail, LD), W),
    [S | pp_rest(Es, Tail, Col0, Col0 + WE, Ll, M, TInd, Ind, LD, Sep, W + WE)].

pp_rest([], nil, _, _, _, _, _, _, _, _, _) -> [];
pp_rest([], dots, _, _, _, _, _, _, _, Sep, _) -> [Sep | "..."];
pp_rest([], Tail, Col0, Col, Ll, M, TInd, Ind, LD, Sep, W) ->
    case tail_packs(Tail, Col, Ll, M, LD, W) of
        true -> [Sep | flat(Tail)];
        false -> [Sep, nl(Ind) | pp(Tail, Col0, Ll, M, TInd, Ind, LD + 1, 0)]
    end;
pp_rest([E | Es], Tail, Col0, Col, Ll, M, TInd, Ind, LD, Sep, W) ->
    LD1 = last_depth(Es, Tail, LD),
    case packs(E, Col, Ll, M, LD1, W) of
        true ->
            ELen = 1 + len(E),
            [$,, flat(E) | pp_rest(Es, Tail, Col0, Col + ELen, Ll, M, TInd,
                                   Ind, LD, Sep, W + ELen)];
        false ->
            {S, WE} = pp_elem(E, Col0, Ll, M, TInd, Ind, LD1, 0),
            [$,, nl(Ind), S | pp_rest(Es, Tail, Col0, Col0 + WE, Ll, M, TInd,
                                      Ind, LD, Sep, WE)]
    end.

%% An element and the width it takes (Ll: nothing may follow it).
pp_elem(E, Col, Ll, M, TInd, Ind, LD, W) ->
    case atm(E) andalso fits(E, Col, Ll, M, LD, W) of
        true -> {flat(E), len(E)};
        false -> {pp(E, Col, Ll, M, TInd, Ind, LD, W), Ll}
    end.

pp_map([], dots, _, _, _, _, _, _, _) -> "...";
pp_map([P | Ps], Tail, Col, Ll, M, TInd, Ind, LD, W) ->
    {S, PW} = pp_pair(P, Col, Ll, M, TInd, Ind, last_depth(Ps, Tail, LD), W),
    [S | pp_pairs(Ps, Tail, Col, Col + PW, Ll, M, TInd, Ind, LD, PW)].

pp_pairs([], nil, _, _, _, _, _, _, _, _) -> [];
pp_pairs([], dots, _, _, _, _, _, _, _, _) -> ",...";
pp_pairs([P | Ps], Tail, Col0, Col, Ll, M, TInd, Ind, LD, W) ->
    LD1 = last_depth(Ps, Tail, LD),
    case pair_packs(P, Col, Ll, M, LD1, W) of
        true ->
            ELen = 1 + len(P),
            [$,, flat(P) | pp_pairs(Ps, Tail, Col0, Col + ELen, Ll, M, TInd,
                                    Ind, LD, W + ELen)];
        false ->
            {S, PW} = pp_pair(P, Col0, Ll, M, TInd, Ind, LD1, 0),
            [$,, nl(Ind), S | pp_pairs(Ps, Tail, Col0, Col0 + PW, Ll, M,
                                       TInd, Ind, LD, PW)]
    end.

pp_pair({pair, K, V, _} = P, Col, Ll, M, TInd, Ind, LD, W) ->
    case fits(P, Col, Ll, M, LD, W) of
        true ->
            {flat(P), case atm_pair(P) of
                          true -> len(P);
                          false -> Ll
                      end};
        false ->
            I = value_indent(TInd),
            {[pp(K, Col, Ll, M, TInd, Ind, LD, W), " =>", nl(Ind + I),
              pp(V, Col + I, Ll, M, TInd, Ind + I, LD, 0)], Ll}
    end.

value_indent(TInd) when TInd > 0 -> TInd;
value_indent(_) -> 4.

%% A binary wrapped between bytes: N characters fit on a line.
pp_bin({bin, Items, Last, _}, Col, Ll, M, Ind, LD, W) ->
    N = max(8, min(Ll - Col, M - 4 - W) - LD),
    ["<<", pp_bin_items(Items, Last, N, N, Ind), ">>"].

pp_bin_items([I | Is], Last, N, N0, Ind) ->
    Len = length(I) + 1,
    case N - Len of
        N1 when N1 < 0 ->
            [nl(Ind), I, $, | pp_bin_items(Is, Last, N0 - Len, N0, Ind)];
        N1 ->
            [I, $, | pp_bin_items(Is, Last, N1, N0, Ind)]
    end;
pp_bin_items([], Last, N, _, Ind) ->
    case last_len(Last) > N of
        true -> [nl(Ind), last_text(Last)];
        false -> last_text(Last)
    end.

%%% ------------------------------------------------------------------
%%% Choosing the tagged-tuple indentation
%%% ------------------------------------------------------------------

tag_indent(N, Col, Ll, M) ->
    try_indents([-1, 4], N, Col, Ll, M).

try_indents([], _, _, _, _) -> 1;
try_indents([I | Is], N, Col, Ll, M) ->
    try
        check(N, Col, Ll, M, I, 0, 0),
        I
    catch
        throw:too_deep -> try_indents(Is, N, Col, Ll, M)
    end.

%% Walks the layout pp would make with tag indentation Ind, throwing
%% too_deep where an indentation passes half the line without room.
check(N, Col, Ll, M, Ind, LD, W) ->
    case fits(N, Col, Ll, M, LD, W) of
        true -> ok;
        false -> check_break(N, Col, Ll, M, Ind, LD, W)
    end.

check_break({list, Es, Tail, _}, Col, Ll, M, Ind, LD, W) ->
    check_seq(Es, Tail, Col + 1, Ll, M, Ind, LD, W + 1);
check_break({tuple, true, Es, Tail, _}, Col, Ll, M, Ind, LD, W) ->
    check_tagged(Es, Tail, Col, Ll, M, Ind, LD, W + 1);
check_break({tuple, false, Es, Tail, _}, Col, Ll, M, Ind, LD, W) ->
    check_seq(Es, Tail, Col + 1, Ll, M, Ind, LD, W + 1);
check_break({map, Ps, Tail, _}, Col, Ll, M, Ind, LD, W) ->
    check_map(Ps, Tail, Col + 2, Ll, M, Ind, LD, W + 2);
check_break(_, _, _, _, _, _, _) ->
    ok.

check_tagged([Tag | Es], Tail, Col, Ll, M, Ind, LD, W) ->
    TagLen = len(Tag),
    TagInd = TagLen + 2,
    TCol = Col + TagInd,
    if
        Ind > 0, TagInd > Ind ->
            Col1 = Col + Ind,
            case M + Col1 =< Ll orelse Col1 =< Ll div 2 of
                true -> check_rest(Es, Tail, Col1, TCol, Ll, M, Ind, LD, W + TagLen);
                false -> throw(too_deep)
            end;
        M + TCol < Ll; TCol < Ll div 2 ->
            check_seq(Es, Tail, TCol, Ll, M, Ind, LD, W + TagLen + 1);
        true ->
            throw(too_deep)
    end.

check_seq([], _, _, _, _, _, _, _) -> ok;
check_seq([E | Es], Tail, Col0, Ll, M, Ind, LD, W) ->
    WE = check_elem(E, Col0, Ll, M, Ind, last_depth(Es, Tail, LD), W),
    check_rest(Es, Tail, Col0, Col0 + WE, Ll, M, Ind, LD, W + WE).

check_rest([], nil, _, _, _, _, _, _, _) -> ok;
check_rest([], dots, _, _, _, _, _, _, _) -> ok;
check_rest([], Tail, _Col0, Col, Ll, M, Ind, LD, W) ->
    case tail_packs(Tail, Col, Ll, M, LD, W) of
        true -> ok;
        false -> check(Tail, Col, Ll, M, Ind, LD + 1, 0)
    end;
check_rest([E | Es], Tail, Col0, Col, Ll, M, Ind, LD, W) ->
    LD1 = last_depth(Es, Tail, LD),
    case packs(E, Col, Ll, M, LD1, W) of
        true ->
            ELen = 1 + len(E),
            check_rest(Es, Tail, Col0, Col + ELen, Ll, M, Ind, LD, W + ELen);
        false ->
            WE = check_elem(E, Col0, Ll, M, Ind, LD1, 0),
            check_rest(Es, Tail, Col0, Col0 + WE, Ll, M, Ind, LD, WE)
    end.

check_elem(E, Col, Ll, M, Ind, LD, W) ->
    case atm(E) andalso fits(E, Col, Ll, M, LD, W) of
        true -> len(E);
        false ->
            check(E, Col, Ll, M, Ind, LD, W),
            Ll
    end.

check_map([], _, _, _, _, _, _, _) -> ok;
check_map([P | Ps], Tail, Col, Ll, M, Ind, LD, W) ->
    PW = check_pair(P, Col, Ll, M, Ind, last_depth(Ps, Tail, LD), W),
    check_pairs(Ps, Tail, Col, Col + PW, Ll, M, Ind, LD, W + PW).

check_pairs([P | Ps], Tail, Col0, Col, Ll, M, Ind, LD, W) ->
    LD1 = last_depth(Ps, Tail, LD),
    case pair_packs(P, Col, Ll, M, LD1, W) of
        true ->
            ELen = 1 + len(P),
            check_pairs(Ps, Tail, Col0, Col + ELen, Ll, M, Ind, LD, W + ELen);
        false ->
            PW = check_pair(P, Col0, Ll, M, Ind, LD1, 0),
            check_pairs(Ps, Tail, Col0, Col0 + PW, Ll, M, Ind, LD, PW)
    end;
check_pairs(_, _, _, _, _, _, _, _, _) -> ok.

check_pair({pair, K, V, _} = P, Col, Ll, M, Ind, LD, W) ->
    case fits(P, Col, Ll, M, LD, W) of
        true ->
            case atm_pair(P) of
                true -> len(P);
                false -> Ll
            end;
        false ->
            check(K, Col, Ll, M, Ind, LD, W),
            check(V, Col + value_indent(Ind), Ll, M, Ind, LD, 0),
            Ll
    end.
