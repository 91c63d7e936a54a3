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
%% With a chars_limit, the term is first measured at depth 1, then at
%% growing depths (doubling, then bisecting) until the text would pass the
%% limit, as OTP does; the deepest version within the limit is laid out.
%%
%% Not supported: records (record_print_fun). Under a chars_limit, a list of
%% characters beyond Latin-1 (~tp) is cut at code points where OTP cuts at
%% grapheme clusters, and a binary whose printable start is cut by the limit
%% shows as OTP 25 and 27 show it (OTP 29 shows bytes when the cut start is
%% shorter than the depth left).
-module(io_lib_pretty).

-export([print/1, print/2, print/3, print/4, print/5, print/6]).
%% For io_lib: ~w and write/2 under a chars_limit.
-export([write_limited/4]).

%% Nodes:
%%   {str, Chars, Len}                 text written as is (atomic)
%%   {bin, Items, Last, Len}           a binary as bytes: Items followed by
%%                                     commas, Last a string or {X, Size}
%%   {list, Elems, Tail, Len}          Tail: nil | dots | Node (improper)
%%   {tuple, Tagged, Elems, Tail, Len} Tail: nil | dots
%%   {map, Pairs, Tail, Len}           Pairs: [{pair, K, V, Len}]

print(Term) -> print(Term, []).

print(Term, Options) when is_list(Options) ->
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
do_print(Term, Col, Ll, D, M0, Enc, Str, CL)
  when is_tuple(Term); is_list(Term); is_map(Term); is_bitstring(Term) ->
    N = case CL < 0 of
            true -> node(Term, D, Enc, Str);
            false -> to_node(intermediate(Term, D, CL, Enc, Str))
        end,
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
printable_bin(B, D, Enc) -> printable_bin(B, D, -1, Enc).

%% T: characters left under a chars_limit (-1: none).
printable_bin(B, D, T, Enc) ->
    Size = byte_size(B),
    Len = if
              D >= 0, T >= 0 -> min(T, min(4 * D, Size));
              D >= 0 -> min(4 * D, Size);
              T >= 0 -> T;
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

pp_tagged([], dots, _, _, _, _, _, _, _) -> "...";
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

check_tagged([], _, _, _, _, _, _, _) -> ok;
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

%%% ------------------------------------------------------------------
%%% Under a chars_limit
%%% ------------------------------------------------------------------
%% Measured terms: {Shape, Len, Dots, More}. Dots: how many "..." the text
%% has; More: no_more, or fun(T, DeltaDepth) measuring the same subterm
%% again deeper with T characters left. Shape:
%%   {str, Chars} | {bin, Items, Last} | {list, Elems, Tail}
%%   | {tuple, Tagged, Elems, Tail} | {map, Pairs, Tail} | {pair, K, V}
%% Tail: nil | {dots, More} (More gives the rest: {Elems, Tail}) | a
%% measured improper tail.

write_limited(Term, D, CL, Enc) ->
    flat(to_node(intermediate(Term, D, CL, Enc, false))).

tsub(T, _) when T < 0 -> T;
tsub(T, E) when T >= E -> T - E;
tsub(_, _) -> 0.

intermediate(Term, D, T, Enc, Str) ->
    {_, Len, Dots, _} = If = measure(Term, 1, T, Enc, Str),
    if
        Dots =:= 0; Len > T; D =:= 1 -> If;
        true -> deeper(If, T, 1, 2, D, Len)
    end.

%% Depths Dl + 2 Dd, doubling Dd, until the text passes T.
deeper(Lower, T, Dl, Dd, D, LastLen) ->
    Dd2 = Dd * 2,
    D1 = if
             D < 0 -> Dl + Dd2;
             true -> min(Dl + Dd2, D)
         end,
    {_, Len, Dots, _} = If = expand(Lower, T, D1 - Dl),
    if
        Dots =:= 0 -> If;
        Len =:= LastLen -> If;
        Len =< T, (D1 < D orelse D < 0) -> deeper(If, T, D1, Dd2, D, Len);
        true -> bisect(Lower, If, T, Dl, D1)
    end.

bisect(Lower, Upper, T, Dl, Du) when Du - Dl =:= 1 ->
    case Lower of
        {_, T, _, _} -> Lower;
        _ -> Upper
    end;
bisect(Lower, Upper, T, Dl, Du) ->
    D1 = (Dl + Du) div 2,
    case expand(Lower, T, D1 - Dl) of
        {_, Len, _, _} = If when Len > T -> bisect(Lower, If, T, Dl, D1);
        If -> bisect(If, Upper, T, D1, Du)
    end.

leaf(S) -> {{str, S}, io_lib:chars_length(S), 0, no_more}.

measure([], _, _, _, _) -> {{str, "[]"}, 2, 0, no_more};
measure({}, _, _, _, _) -> {{str, "{}"}, 2, 0, no_more};
measure(M, _, _, _, _) when map_size(M) =:= 0 -> {{str, "#{}"}, 3, 0, no_more};
measure(A, _, _, Enc, _) when is_atom(A) -> leaf(atom(A, Enc));
measure(L, D, T, Enc, Str) when is_list(L) ->
    case Str andalso printable_limited(L, D, T, Enc) of
        true -> leaf(string(L, Enc));
        {true, Prefix} ->
            S = string(Prefix, Enc),
            {{str, [S | "..."]}, 3 + io_lib:chars_length(S), 0, no_more};
        false ->
            {Es, Tail} = m_list(L, D, tsub(T, 2), Enc, Str),
            {Len, Dots} = seq_measure(Es, Tail, 2),
            More = case Dots > 0 of
                       true -> fun(T1, Dd) -> measure(L, D + Dd, T1, Enc, Str) end;
                       false -> no_more
                   end,
            {{list, Es, Tail}, Len, Dots, More}
    end;
measure(F, _, _, _, _) when is_function(F) -> leaf(io_lib:write(F));
measure(Tu, 1, _, Enc, Str) when is_tuple(Tu) ->
    {{str, "{...}"}, 5, 3, fun(T1, Dd) -> measure(Tu, 1 + Dd, T1, Enc, Str) end};
measure(Tu, D, T, Enc, Str) when is_tuple(Tu) ->
    {Es, Tail} = m_tuple(Tu, 1, D, tsub(T, 2), Enc, Str),
    Tagged = is_atom(element(1, Tu)) andalso tuple_size(Tu) > 1,
    {Len, Dots} = seq_measure(Es, Tail, 2),
    {{tuple, Tagged, Es, Tail}, Len, Dots, no_more};
measure(M, 1, _, Enc, Str) when is_map(M) ->
    {{str, "#{...}"}, 6, 3, fun(T1, Dd) -> measure(M, 1 + Dd, T1, Enc, Str) end};
measure(M, D, T, Enc, Str) when is_map(M) ->
    {Ps, Tail} = m_pairs(maps:to_list(M), D, D - 1, tsub(T, 3), Enc, Str),
    {Len, Dots} = seq_measure(Ps, Tail, 3),
    {{map, Ps, Tail}, Len, Dots, no_more};
measure(<<>>, _, _, _, _) -> {{str, "<<>>"}, 4, 0, no_more};
measure(B, 1, _, Enc, Str) when is_bitstring(B) ->
    {{str, "<<...>>"}, 7, 3, fun(T1, Dd) -> measure(B, 1 + Dd, T1, Enc, Str) end};
measure(B, D, T, Enc, Str) when is_bitstring(B) ->
    More = fun(T1, Dd) -> measure(B, D + Dd, T1, Enc, Str) end,
    case Str andalso bit_size(B) rem 8 =:= 0 andalso
        printable_bin(B, D - 1, tsub(T, 6), Enc) of
        {Latin1, Chars, Cut} ->
            S = io_lib:write_string(Chars),
            Suffix = case {Latin1, Cut} of
                         {true, false} -> ">>";
                         {true, true} -> "...>>";
                         {false, false} -> "/utf8>>";
                         {false, true} -> "/utf8...>>"
                     end,
            {_, L, _, _} = leaf(["<<", S, Suffix]),
            case Cut of
                false -> {{str, ["<<", S, Suffix]}, L, 0, no_more};
                true -> {{str, ["<<", S, Suffix]}, L, 3, More}
            end;
        false ->
            {Items, Last, Rest} = bin_limited(B, D, tsub(T, 4)),
            Len = lists:foldl(fun(I, Acc) -> Acc + length(I) + 1 end,
                              4 + last_len(Last), Items),
            case Rest of
                <<>> -> {{bin, Items, Last}, Len, 0, no_more};
                _ -> {{bin, Items, Last}, Len, 3, More}
            end
    end;
measure(X, _, _, _, _) ->
    leaf(io_lib:write(X)).

string(L, latin1) -> io_lib:write_latin1_string(L);
string(L, _) -> io_lib:write_string(L).

bin_limited(<<>>, _, _) -> {[], "", <<>>};
bin_limited(B, D, T) when D =:= 1; T =:= 0 -> {[], "...", B};
bin_limited(<<X:8>>, _, _) -> {[], integer_to_list(X), <<>>};
bin_limited(<<X:8, Rest/bitstring>>, D, T) ->
    S = integer_to_list(X),
    case bin_limited(Rest, D - 1, tsub(T, length(S) + 1)) of
        {Is, Last, R} -> {[S | Is], Last, R}
    end;
bin_limited(B, _, _) ->
    L = bit_size(B),
    <<X:L>> = B,
    {[], {integer_to_list(X), integer_to_list(L)}, <<>>}.

%% Whether a list shows as a string under limit T: true, {true, Prefix}
%% (its first characters, then "..."), or false.
printable_limited(_, 1, _, _) -> false;
printable_limited(L, _, T, _) when T < 0 -> io_lib:printable_latin1_list(L);
printable_limited(L, _, T, latin1) ->
    N = tsub(T, 2),
    case latin1_count(L, N) of
        all -> true;
        0 -> {true, take(N, L)};
        _ -> false
    end;
printable_limited(L, _, T, _) ->
    N = tsub(T, 2),
    case int_prefix(L, N, []) of
        {whole, Cs} -> Cs =/= [] andalso io_lib:printable_latin1_list(Cs);
        {prefix, []} -> false;
        {prefix, Cs} -> io_lib:printable_latin1_list(Cs) andalso {true, Cs};
        false -> false
    end.

latin1_count([_ | _], 0) -> 0;
latin1_count([C | Cs], N) when is_integer(C), C >= $\s, C =< $~;
                               is_integer(C), C >= 160, C =< 255;
                               is_integer(C), C >= $\b, C =< $\r;
                               C =:= $\e ->
    latin1_count(Cs, N - 1);
latin1_count([], _) -> all;
latin1_count(_, N) -> N.

take(0, _) -> [];
take(N, [C | Cs]) -> [C | take(N - 1, Cs)];
take(_, _) -> [].

%% The first N characters of L if they are plain integers: {whole, L} when
%% that is all of L, {prefix, Cs} when more follows; false for anything
%% else within them.
int_prefix([], _, Acc) -> {whole, lists:reverse(Acc)};
int_prefix(_, 0, Acc) -> {prefix, lists:reverse(Acc)};
int_prefix([C | Cs], N, Acc) when is_integer(C), C >= 0 -> int_prefix(Cs, N - 1, [C | Acc]);
int_prefix(_, _, _) -> false.

m_list([], _, _, _, _) -> {[], nil};
m_list(L, D, T, Enc, Str) when D =:= 1; T =:= 0 ->
    {[], {dots, fun(T1, Dd) -> m_list(L, D + Dd, T1, Enc, Str) end}};
m_list([E | Es], D, T, Enc, Str) ->
    T1 = case Es of
             [] -> T;
             _ -> tsub(T, 1)
         end,
    {_, Len1, _, _} = E1 = measure(E, D - 1, T1, Enc, Str),
    {Rest, Tail} = m_list(Es, D - 1, tsub(T1, Len1), Enc, Str),
    {[E1 | Rest], Tail};
m_list(Tail, D, T, Enc, Str) ->
    {[], measure(Tail, D - 1, T, Enc, Str)}.

m_tuple(Tu, I, _, _, _, _) when I > tuple_size(Tu) -> {[], nil};
m_tuple(Tu, I, D, T, Enc, Str) when D =:= 1; T =:= 0 ->
    {[], {dots, fun(T1, Dd) -> m_tuple(Tu, I, D + Dd, T1, Enc, Str) end}};
m_tuple(Tu, I, D, T, Enc, Str) ->
    T1 = case I =:= tuple_size(Tu) of
             true -> T;
             false -> tsub(T, 1)
         end,
    {_, Len1, _, _} = E1 = measure(element(I, Tu), D - 1, T1, Enc, Str),
    {Rest, Tail} = m_tuple(Tu, I + 1, D - 1, tsub(T1, Len1), Enc, Str),
    {[E1 | Rest], Tail}.

m_pairs([], _, _, _, _, _) -> {[], nil};
m_pairs(KVs, D, D0, T, Enc, Str) when D =:= 1; T =:= 0 ->
    {[], {dots, fun(T1, Dd) -> m_pairs(KVs, D + Dd, D0, T1, Enc, Str) end}};
m_pairs([{K, V} | KVs], D, D0, T, Enc, Str) ->
    T1 = case KVs of
             [] -> T;
             _ -> tsub(T, 1)
         end,
    {_, KL, KD, _} = KI = measure(K, D0, T1, Enc, Str),
    {_, VL, VD, _} = VI = measure(V, D0, tsub(T1, KL + 4), Enc, Str),
    P = {{pair, KI, VI}, KL + 4 + VL, KD + VD, no_more},
    {Rest, Tail} = m_pairs(KVs, D - 1, D0, tsub(T1, KL + 4 + VL), Enc, Str),
    {[P | Rest], Tail}.

%% {Len, Dots} of a sequence with its brackets (Open: their width).
seq_measure(Es, Tail, Open) ->
    {L0, D0, N} = lists:foldl(fun({_, L, D, _}, {AL, AD, AN}) -> {AL + L, AD + D, AN + 1} end,
                              {Open, 0, 0}, Es),
    Seps = max(N - 1, 0),
    Sep = case N of
              0 -> 0;
              _ -> 1
          end,
    case Tail of
        nil -> {L0 + Seps, D0};
        {dots, _} -> {L0 + Seps + Sep + 3, D0 + 3};
        {_, TL, TD, _} -> {L0 + Seps + Sep + TL, D0 + TD}
    end.

expand({_, _, 0, no_more} = If, _, _) -> If;
expand({{tuple, Tagged, Es, Tail}, _, _, no_more}, T, Dd) ->
    {NEs, NTail} = expand_seq(Es, Tail, tsub(T, 2), Dd),
    {Len, Dots} = seq_measure(NEs, NTail, 2),
    {{tuple, Tagged, NEs, NTail}, Len, Dots, no_more};
expand({{map, Ps, Tail}, _, _, no_more}, T, Dd) ->
    {NPs, NTail} = expand_seq(Ps, Tail, tsub(T, 3), Dd),
    {Len, Dots} = seq_measure(NPs, NTail, 3),
    {{map, NPs, NTail}, Len, Dots, no_more};
expand({{pair, K, V}, _, _, no_more}, T, Dd) ->
    {_, KL, KD, _} = K1 = expand(K, tsub(T, 1), Dd),
    {_, VL, VD, _} = V1 = expand(V, tsub(T, KL + 4), Dd),
    {{pair, K1, V1}, KL + 4 + VL, KD + VD, no_more};
expand({_, _, _, More}, T, Dd) ->
    More(T, Dd).

expand_seq([], nil, _, _) -> {[], nil};
expand_seq([], {dots, More}, T, Dd) -> More(T, Dd);
expand_seq([E | Es], Tail, T, Dd) ->
    T1 = case {Es, Tail} of
             {[], nil} -> T;
             _ -> tsub(T, 1)
         end,
    {_, Len1, _, _} = E1 = expand(E, T1, Dd),
    {Rest, NTail} = expand_seq(Es, Tail, tsub(T1, Len1), Dd),
    {[E1 | Rest], NTail}.

%% Measured term -> layout node.
to_node({{str, S}, Len, _, _}) -> {str, S, Len};
to_node({{bin, Items, Last}, Len, _, _}) -> {bin, Items, Last, Len};
to_node({{list, Es, Tail}, Len, _, _}) -> {list, [to_node(E) || E <- Es], to_tail(Tail), Len};
to_node({{tuple, Tagged, Es, Tail}, Len, _, _}) ->
    {tuple, Tagged, [to_node(E) || E <- Es], to_tail(Tail), Len};
to_node({{map, Ps, Tail}, Len, _, _}) -> {map, [to_node(P) || P <- Ps], to_tail(Tail), Len};
to_node({{pair, K, V}, Len, _, _}) -> {pair, to_node(K), to_node(V), Len}.

to_tail(nil) -> nil;
to_tail({dots, _}) -> dots;
to_tail(If) -> to_node(If).
