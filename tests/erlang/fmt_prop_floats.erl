-module(fmt_prop_floats).
%% Property-style test of float formatting: random floats (random
%% mantissas and exponents, halfway cases, tiny and huge) printed with
%% ~p ~w ~e ~f ~g at random precisions and field widths.
-export([start/0]).

start() ->
    loop(800, 31337),
    lists:foreach(fun one/1, [0.0, -0.0, 0.5, 1.5, 2.5, 0.05, 0.125, 9.5, 99.5, 999.5,
                              0.095, 1.0e-5, 123456.0, 9.999999, 0.9999995, 1.0e22,
                              5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308]),
    ok.

loop(0, _) -> ok;
loop(N, S0) ->
    {X, S1} = gen(S0),
    {P, S2} = rnd(12, S1),
    {W, S3} = rnd(25, S2),
    io:format("~p ~w~n", [X, X]),
    io:format("~e|~f|~g~n", [X, X, X]),
    io:format("~.*e|~.*f|~.*g~n", [P + 2, X, P + 1, X, P + 1, X]),
    io:format("~*.*e|~-*.*f|~*g~n", [W, P + 2, X, W, P + 1, X, W, X]),
    loop(N - 1, S3).

one(X) ->
    io:format("~p ~e ~f ~g ~.2e ~.1f ~.1g ~.3g ~.10f~n", [X, X, X, X, X, X, X, X, X]).

next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
rnd(N, S) -> S1 = next(S), {(S1 bsr 7) rem N, S1}.

gen(S) ->
    {K, S1} = rnd(6, S),
    {M, S2} = rnd(1000000, S1),
    {E, S3} = rnd(60, S2),
    {Sign, S4} = rnd(2, S3),
    X = case K of
            0 -> M / 1000;
            1 -> M * pow10(E - 30);
            2 -> (M rem 1000) + 0.5;
            3 -> M / 7 * pow10(E - 30);
            4 -> (M rem 100) / 100 + (M rem 10);
            _ -> M * pow10(E * 5 - 150)
        end,
    case Sign of
        0 -> {X, S4};
        _ -> {-X, S4}
    end.

pow10(0) -> 1.0;
pow10(N) when N > 0 -> 10.0 * pow10(N - 1);
pow10(N) -> pow10(N + 1) / 10.0.
