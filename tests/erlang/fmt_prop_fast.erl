-module(fmt_prop_fast).
%% Property-style test of io:format itself (whose simple formats take the
%% VM's native path): random terms printed with ~p ~w ~s ~b ~c ~i after
%% prefixes of every length around the 80-column limit of one-line ~p.
-export([start/0]).

start() ->
    loop(400, 6789),
    ok.

loop(0, _) -> ok;
loop(N, S0) ->
    {T, S1} = gen(4, S0),
    {PreLen, S2} = rnd(80, S1),
    {I, S3} = rnd(300, S2),
    Pre = lists:duplicate(PreLen, $.),
    io:format("~p~n", [T]),
    io:format("~s~p~n", [Pre, T]),
    io:format(Pre ++ "~p|~w~n", [T, T]),
    io:format("\t~p~n", [T]),
    io:format("~w ~b ~c~i ~~ ~s~n", [T, I - 150, $a + I rem 26, T, Pre]),
    io:format("~s~n", [[C || C <- lists:flatten(io_lib:format("~p", [T])), C < 127]]),
    loop(N - 1, S3).

show(Chars) ->
    io:put_chars([esc(C) || C <- lists:flatten(Chars)]),
    io:put_chars("\n").

esc(C) when C > 126 -> "\\x{" ++ integer_to_list(C, 16) ++ "}";
esc(C) -> C.

next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.

rnd(N, S) -> S1 = next(S), {(S1 bsr 7) rem N, S1}.

pick(L, S) -> {I, S1} = rnd(length(L), S), {lists:nth(I + 1, L), S1}.

atoms() ->
    [ok, error, hello_world, 'Hello', 'with space', '', 'a@b', 'x1_Y2', 'case',
     'end', '\n', 'quote\'s', [], 'true', 'a.b', 'ab\\c', undefined,
     'Ab', '_x', 'longer_atom_name_here', 'a\tb'].

gen(0, S) -> leaf(S);
gen(D, S) ->
    {K, S1} = rnd(12, S),
    if
        K < 4 -> leaf(S1);
        K < 6 -> {Len, S2} = rnd(8, S1), gen_list(Len, D - 1, S2, []);
        K < 8 ->
            {Len, S2} = rnd(7, S1),
            {L, S3} = gen_list(Len, D - 1, S2, []),
            {list_to_tuple(L), S3};
        K < 9 ->
            {A, S2} = pick(atoms(), S1),
            {Len, S3} = rnd(5, S2),
            {L, S4} = gen_list(Len, D - 1, S3, []),
            {list_to_tuple([A | L]), S4};
        K < 10 ->
            {Len, S2} = rnd(6, S1),
            gen_map(Len, D - 1, S2, #{});
        K < 11 ->
            {Len, S2} = rnd(4, S1),
            {L, S3} = gen_list(Len + 1, D - 1, S2, []),
            {T, S4} = leaf(S3),
            {L ++ T, S4};
        true ->
            {Len, S2} = rnd(40, S1),
            gen_bin(Len, S2, [])
    end.

gen_list(0, _D, S, Acc) -> {Acc, S};
gen_list(N, D, S, Acc) -> {T, S1} = gen(D, S), gen_list(N - 1, D, S1, [T | Acc]).

gen_map(0, _D, S, M) -> {M, S};
gen_map(N, D, S, M) ->
    {K, S1} = rnd(50, S),
    {V, S2} = gen(D, S1),
    gen_map(N - 1, D, S2, M#{K => V}).

gen_bin(0, S, Acc) -> {list_to_binary(Acc), S};
gen_bin(N, S, Acc) ->
    {K, S1} = rnd(10, S),
    {C, S2} = if
                  K < 7 -> rnd(95, S1);
                  true -> rnd(128, S1)
              end,
    C1 = if K < 7 -> C + 32; true -> C end,
    gen_bin(N - 1, S2, [C1 | Acc]).

leaf(S) ->
    {K, S1} = rnd(14, S),
    case K of
        0 -> rnd(100, S1);
        1 -> {I, S2} = rnd(1000000, S1), {-I, S2};
        2 -> {I, S2} = rnd(1000000, S1), {I * 1000000000000000000000 + 7, S2};
        3 -> {I, S2} = rnd(100000, S1), {J, S3} = rnd(40, S2), {I / 1000 * pow10(J - 20), S3};
        4 -> pick(atoms(), S1);
        5 -> {Len, S2} = rnd(30, S1), gen_str(Len, S2, []);
        6 -> {Len, S2} = rnd(10, S1), {L, S3} = gen_str(Len, S2, []), {L ++ [0], S3};
        7 -> pick([[1000, 2000], [$a, 300], "tab\there", "new\nline", [127, 128], "q\"uote\\"], S1);
        8 -> {Len, S2} = rnd(25, S1), {L, S3} = gen_str(Len, S2, []), {list_to_binary(L), S3};
        9 -> pick([<<1:3>>, <<255, 7:4>>, <<>>, <<"abc", 127>>, <<0,0,0>>], S1);
        10 -> pick([[], {}, #{}, {x}, [[]], {[]}], S1);
        11 -> {I, S2} = rnd(10, S1), {float(I), S2};
        12 -> {Len, S2} = rnd(60, S1), gen_str(Len, S2, []);
        _ -> pick([1.0e100, -3.5e-10, 0.1, 123456789.123, 1.0e15, 1.0e16, 5.0e-324], S1)
    end.

gen_str(0, S, Acc) -> {Acc, S};
gen_str(N, S, Acc) -> {C, S1} = rnd(95, S), gen_str(N - 1, S1, [C + 32 | Acc]).

pow10(0) -> 1.0;
pow10(N) when N > 0 -> 10.0 * pow10(N - 1);
pow10(N) -> pow10(N + 1) / 10.0.
