-module(fmt_prop_narrow).
%% Property-style test of ~p on deep terms at narrow and odd line lengths
%% and far-right columns: tagged tuples with short and long tags, deep
%% nesting, long atoms, long binaries that wrap, improper lists.
-export([start/0]).

start() ->
    loop(300, 55555),
    ok.

loop(0, _) -> ok;
loop(N, S0) ->
    {T, S1} = gen(5, S0),
    {Ll, S2} = pick([1, 5, 10, 16, 23, 37, 64, 79, 81], S1),
    {Col, S3} = rnd(70, S2),
    show(io_lib:print(T, Col + 1, Ll, -1)),
    show(io_lib:format("~*p", [Ll + 20, T])),
    loop(N - 1, S3).

show(Chars) ->
    io:put_chars(Chars),
    io:put_chars("\n").

next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
rnd(N, S) -> S1 = next(S), {(S1 bsr 7) rem N, S1}.
pick(L, S) -> {I, S1} = rnd(length(L), S), {lists:nth(I + 1, L), S1}.

tags() ->
    [a, ok, state, error, 'EXIT', gen_server_call_reply, a_very_long_tag_name_for_a_tuple,
     x_y, 'quoted tag', some_medium_tag].

gen(0, S) -> leaf(S);
gen(D, S) ->
    {K, S1} = rnd(8, S),
    if
        K < 2 -> leaf(S1);
        K < 4 ->
            {A, S2} = pick(tags(), S1),
            {Len, S3} = rnd(4, S2),
            {L, S4} = gen_list(Len + 1, D - 1, S3, []),
            {list_to_tuple([A | L]), S4};
        K < 5 ->
            {Len, S2} = rnd(5, S1),
            {L, S3} = gen_list(Len, D - 1, S2, []),
            {list_to_tuple(L), S3};
        K < 6 -> {Len, S2} = rnd(6, S1), gen_list(Len, D - 1, S2, []);
        K < 7 ->
            {L, S2} = gen_list(2, D - 1, S1, []),
            {T, S3} = leaf(S2),
            {L ++ T, S3};
        true ->
            {V, S2} = gen(D - 1, S1),
            {K2, S3} = rnd(5, S2),
            {#{K2 => V, K2 + 10 => [V]}, S3}
    end.

gen_list(0, _D, S, Acc) -> {Acc, S};
gen_list(N, D, S, Acc) -> {T, S1} = gen(D, S), gen_list(N - 1, D, S1, [T | Acc]).

leaf(S) ->
    {K, S1} = rnd(8, S),
    case K of
        0 -> rnd(100000, S1);
        1 -> pick(tags(), S1);
        2 -> {Len, S2} = rnd(60, S1), {list_to_binary(lists:seq(1, Len)), S2};
        3 -> {Len, S2} = rnd(30, S1), {lists:duplicate(Len, $w), S2};
        4 -> {Len, S2} = rnd(10, S1), {list_to_binary(lists:duplicate(Len, 7)), S2};
        5 -> pick([<<1,2,3,4,5,6,7,8,9,10,1:1>>, <<255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,255,3:2>>], S1);
        6 -> pick([[], {}, #{}, "", 3.25, -1.0e-20], S1);
        _ -> {I, S2} = rnd(1000, S1), {I * 12345678901234567, S2}
    end.
