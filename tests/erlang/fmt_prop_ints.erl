-module(fmt_prop_ints).
%% Property-style test of integer formatting: random integers (small,
%% negative, bignums) with ~b ~B ~x ~X ~+ ~# in random bases, field
%% widths, left adjustment and pad characters, and ~w ~p of them.
-export([start/0]).

start() ->
    loop(1000, 777),
    ok.

loop(0, _) -> ok;
loop(N, S0) ->
    {I, S1} = gen(S0),
    {B, S2} = rnd(35, S1),
    {W, S3} = rnd(30, S2),
    {Pad, S4} = pick([$\s, $0, $*, $x, $.], S3),
    Base = B + 2,
    io:format("~w ~p ~b ~B~n", [I, I, I, I]),
    io:format("~.*b|~.*B|~.*x|~.*X|~.*+|~.*#~n",
              [Base, I, Base, I, Base, I, "0x", Base, I, pre, Base, I, Base, I]),
    io:format("~*.*.*B|~-*.*.*b|~*.*#~n",
              [W, Base, Pad, I, W, Base, Pad, I, W, Base, I]),
    io:format("~*.*.*x|~-*.*.*X~n", [W, Base, Pad, I, "#", W, Base, Pad, I, ["p", [$x]]]),
    loop(N - 1, S4).

next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
rnd(N, S) -> S1 = next(S), {(S1 bsr 7) rem N, S1}.
pick(L, S) -> {I, S1} = rnd(length(L), S), {lists:nth(I + 1, L), S1}.

gen(S) ->
    {K, S1} = rnd(5, S),
    {M, S2} = rnd(1000000, S1),
    {E, S3} = rnd(8, S2),
    case K of
        0 -> {M rem 300, S3};
        1 -> {-M, S3};
        2 -> {M * pow(1000000007, E), S3};
        3 -> {-M * pow(999983, E + 1), S3};
        _ -> {M * 65536 + E, S3}
    end.

pow(_, 0) -> 1;
pow(X, N) -> X * pow(X, N - 1).
