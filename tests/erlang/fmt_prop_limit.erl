-module(fmt_prop_limit).
%% Property-style test of chars_limit: random nested terms printed by
%% io_lib:format/3 with ~p ~w ~P ~W ~s under random limits, and by
%% io_lib:write/2 with random limits and depths.
-export([start/0]).

start() ->
    loop(400, 987654),
    ok.

loop(0, _) -> ok;
loop(N, S0) ->
    {T, S1} = gen(4, S0),
    {D, S2} = rnd(8, S1),
    {L, S3} = rnd(150, S2),
    {L2, S4} = pick([1, 2, 5, 10, 40, 100, 300], S3),
    {D2, S5} = pick([-1, 1, 2, 3, 5, 9], S4),
    Lim = [{chars_limit, L}],
    show(io_lib:format("~p", [T], Lim)),
    show(io_lib:format("~w", [T], Lim)),
    show(io_lib:format("~P|~W", [T, D + 1, T, D + 1], Lim)),
    show(io_lib:format("key: ~p ~s", [T, "tail text"], Lim)),
    show(io_lib:format("~p", [T], [{chars_limit, L2}])),
    show(io_lib:write(T, [{chars_limit, L2}, {depth, D2}])),
    loop(N - 1, S5).

show(Chars) ->
    io:put_chars([esc(C) || C <- lists:flatten(Chars)]),
    io:put_chars("\n").

esc(C) when C > 126 -> "\\x{" ++ integer_to_list(C, 16) ++ "}";
esc(C) -> C.

next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
rnd(N, S) -> S1 = next(S), {(S1 bsr 7) rem N, S1}.
pick(L, S) -> {I, S1} = rnd(length(L), S), {lists:nth(I + 1, L), S1}.

gen(0, S) -> leaf(S);
gen(D, S) ->
    {K, S1} = rnd(10, S),
    if
        K < 3 -> leaf(S1);
        K < 5 -> {Len, S2} = rnd(9, S1), gen_list(Len, D - 1, S2, []);
        K < 7 ->
            {Len, S2} = rnd(7, S1),
            {L, S3} = gen_list(Len, D - 1, S2, []),
            {list_to_tuple(L), S3};
        K < 8 ->
            {A, S2} = pick([state, reply, 'EXIT', error, x], S1),
            {Len, S3} = rnd(5, S2),
            {L, S4} = gen_list(Len, D - 1, S3, []),
            {list_to_tuple([A | L]), S4};
        K < 9 ->
            {Len, S2} = rnd(6, S1),
            gen_map(Len, D - 1, S2, #{});
        true ->
            {Len, S2} = rnd(3, S1),
            {L, S3} = gen_list(Len + 1, D - 1, S2, []),
            {T, S4} = leaf(S3),
            {L ++ T, S4}
    end.

gen_list(0, _D, S, Acc) -> {Acc, S};
gen_list(N, D, S, Acc) -> {T, S1} = gen(D, S), gen_list(N - 1, D, S1, [T | Acc]).

gen_map(0, _D, S, M) -> {M, S};
gen_map(N, D, S, M) ->
    {K, S1} = rnd(30, S),
    {V, S2} = gen(D, S1),
    gen_map(N - 1, D, S2, M#{K => V}).

leaf(S) ->
    {K, S1} = rnd(10, S),
    case K of
        0 -> rnd(1000, S1);
        1 -> pick([ok, 'Quoted atom', '', foo_bar, 'end'], S1);
        2 -> {Len, S2} = rnd(20, S1), gen_str(Len, S2, []);
        %% binaries start with a byte that is not printable: OTP 29 shows a
        %% printable start of a binary cut by chars_limit differently
        3 -> {Len, S2} = rnd(30, S1), {L, S3} = gen_str(Len, S2, []), {list_to_binary([1 | L]), S3};
        4 -> {Len, S2} = rnd(30, S1), {L, S3} = gen_bytes(Len, S2, []), {list_to_binary([2 | L]), S3};
        5 -> pick([<<1:3>>, <<1,2,3:5>>, <<"abc", 7:6>>, <<>>, <<0, "x">>], S1);
        6 -> pick([[], {}, #{}, 1.5, -0.25, 12345678901234567890123], S1);
        7 -> {Len, S2} = rnd(12, S1), {L, S3} = gen_str(Len, S2, []), {L ++ [1], S3};
        8 -> {Len, S2} = rnd(25, S1), {L, S3} = gen_str(Len, S2, []), {list_to_binary([0] ++ L ++ [0] ++ L), S3};
        _ -> rnd(100, S1)
    end.

gen_str(0, S, Acc) -> {Acc, S};
gen_str(N, S, Acc) -> {C, S1} = rnd(95, S), gen_str(N - 1, S1, [C + 32 | Acc]).

gen_bytes(0, S, Acc) -> {Acc, S};
gen_bytes(N, S, Acc) -> {C, S1} = rnd(256, S), gen_bytes(N - 1, S1, [C | Acc]).
