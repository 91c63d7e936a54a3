%% fannkuch-redux of the Computer Language Benchmarks Game on lists: permutations in
%% Heap-free counting order, prefix reversals; list operations and small integers.
-module(fannkuch).
-export([start/0]).

-ifdef(SMALL).
-define(N, 7).
-else.
-define(N, 9).
-endif.

start() ->
    {Checksum, MaxFlips} = run(?N),
    io:format("checksum: ~w ~w~n", [Checksum, MaxFlips]).

%% Walks the N! permutations in the benchmark's order (rotations driven by a counter per
%% position) and sums flips with alternating signs.
run(N) ->
    Perm = lists:seq(1, N),
    Count = lists:seq(1, N),
    loop(Perm, Count, N, 0, 0, 0).

loop(Perm, Count, N, Index, Sum, Max) ->
    F = flips(Perm, 0),
    Sum1 = case Index band 1 of 0 -> Sum + F; 1 -> Sum - F end,
    Max1 = max(Max, F),
    case next(Perm, Count, 2, N) of
        done -> {Sum1, Max1};
        {Perm1, Count1} -> loop(Perm1, Count1, N, Index + 1, Sum1, Max1)
    end.

flips([1 | _], F) -> F;
flips([H | _] = P, F) ->
    {Front, Back} = lists:split(H, P),
    flips(lists:reverse(Front, Back), F + 1).

%% The next permutation: rotate the first I elements left; the counter of position I says
%% how many rotations remain before moving on to I + 1.
next(_, _, I, N) when I > N -> done;
next(Perm, Count, I, N) ->
    Perm1 = rotate(Perm, I),
    C = lists:nth(I, Count),
    case C - 1 of
        0 ->
            next(Perm1, set_nth(I, I, Count), I + 1, N);
        C1 ->
            {Perm1, set_nth(I, C1, Count)}
    end.

rotate([H | T], I) ->
    {Front, Back} = lists:split(I - 1, T),
    Front ++ [H | Back].

set_nth(1, V, [_ | T]) -> [V | T];
set_nth(I, V, [H | T]) -> [H | set_nth(I - 1, V, T)].
