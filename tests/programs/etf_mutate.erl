%% Feeds 10,000 mutated external-term binaries to binary_to_term/1,2: each gives a term or
%% badarg, never a crash of the VM. Prints "Decoded Badarg Total".
-module(etf_mutate).
-export([start/0]).

start() ->
    Seeds = [term_to_binary(T, O) || T <- terms(), O <- [[], [compressed], [{minor_version, 1}]]],
    {D, B} = loop(10000, 12345, Seeds, 0, 0),
    io:format("~p ~p ~p~n", [D, B, D + B]).

terms() ->
    [{ok, [1, 2 | 3], <<"ab">>, "hi", -5, 300, 1.5, #{b => 1, a => 2}},
     [lists:seq(1, 40), 1 bsl 100, -(1 bsl 70), {}, [], <<1, 2:3>>],
     {self(), make_ref(), fun lists:map/2, 'héllo', list_to_binary(lists:seq(0, 255))},
     #{{k, 1} => [x, y], 1.0e300 => -0.0, <<"k">> => {nested, {deeper, [1 | 2]}}},
     lists:duplicate(50, {a, "abc", 7})].

next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.

loop(0, _, _, D, B) -> {D, B};
loop(N, S0, Seeds, D, B) ->
    S1 = next(S0),
    Bin = lists:nth(1 + S1 rem length(Seeds), Seeds),
    {Mut, S2} = mutate(Bin, next(S1)),
    Opts = case S2 rem 3 of 0 -> []; 1 -> [safe]; 2 -> [used] end,
    case catch binary_to_term(Mut, Opts) of
        {'EXIT', {badarg, _}} -> loop(N - 1, next(S2), Seeds, D, B + 1);
        {'EXIT', Other} -> exit({unexpected, Other, Mut});
        _ -> loop(N - 1, next(S2), Seeds, D + 1, B)
    end.

mutate(Bin, S) ->
    Size = byte_size(Bin),
    Pos = S rem Size,
    S1 = next(S),
    case S1 rem 4 of
        0 -> % flip one byte
            <<Pre:Pos/binary, X, Post/binary>> = Bin,
            {<<Pre/binary, (X bxor (1 + S1 rem 255)), Post/binary>>, next(S1)};
        1 -> % truncate
            {binary:part(Bin, 0, Pos), next(S1)};
        2 -> % set a byte to a boundary value
            <<Pre:Pos/binary, _, Post/binary>> = Bin,
            V = lists:nth(1 + (S1 div 4) rem 5, [0, 255, 127, 128, 1]),
            {<<Pre/binary, V, Post/binary>>, next(S1)};
        3 -> % insert a random byte
            <<Pre:Pos/binary, Post/binary>> = Bin,
            {<<Pre/binary, (S1 rem 256), Post/binary>>, next(S1)}
    end.
