-module(fmt_prop_maps).
%% Property-style test of ~p for maps: random nested maps (integer keys,
%% values of every kind, maps as keys) at several line lengths, columns and
%% depths, with ~p ~P ~w ~W.
-export([start/0]).

start() ->
    loop(400, 2024),
    ok.

loop(0, _) -> ok;
loop(N, S0) ->
    {M, S1} = gen_map(3, S0),
    {Ll, S2} = pick([15, 30, 50, 80, 110], S1),
    {D, S3} = rnd(6, S2),
    {Col, S4} = rnd(20, S3),
    show(io_lib:format("~*p", [Ll, M])),
    show(io_lib:format("~s~P", [lists:duplicate(Col, $-), M, D + 1])),
    show(io_lib:format("~w ~W", [M, M, D + 1])),
    show(io_lib:format("~p", [{config, M, [M]}])),
    loop(N - 1, S4).

show(Chars) ->
    io:put_chars(Chars),
    io:put_chars("\n").

next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
rnd(N, S) -> S1 = next(S), {(S1 bsr 7) rem N, S1}.
pick(L, S) -> {I, S1} = rnd(length(L), S), {lists:nth(I + 1, L), S1}.

gen_map(D, S) ->
    {Len, S1} = rnd(8, S),
    gen_pairs(Len, D, S1, #{}).

gen_pairs(0, _, S, M) -> {M, S};
gen_pairs(N, D, S, M) ->
    {K, S1} = rnd(40, S),
    {V, S2} = gen_val(D, S1),
    gen_pairs(N - 1, D, S2, M#{K * 7 - 50 => V}).

gen_val(D, S) ->
    {K, S1} = rnd(9, S),
    case K of
        0 when D > 0 -> gen_map(D - 1, S1);
        1 when D > 0 ->
            {L, S2} = gen_list(3, D - 1, S1),
            {list_to_tuple(L), S2};
        2 when D > 0 -> gen_list(4, D - 1, S1);
        3 -> pick([ok, 'Not ok', [], "a string", <<"bin">>, <<1,2,3>>, 1.5, {}], S1);
        4 -> {Len, S2} = rnd(40, S1), {lists:duplicate(Len, $z), S2};
        5 -> {I, S2} = rnd(100000, S1), {I * I * I, S2};
        6 when D > 0 -> {M, S2} = gen_map(D - 1, S1), {#{M => x}, S2};
        _ -> rnd(10, S1)
    end.

gen_list(Max, D, S) ->
    {Len, S1} = rnd(Max + 1, S),
    gen_list1(Len, D, S1, []).

gen_list1(0, _, S, Acc) -> {Acc, S};
gen_list1(N, D, S, Acc) -> {V, S1} = gen_val(D, S), gen_list1(N - 1, D, S1, [V | Acc]).
