%% Sudoku by depth-first search with candidate sets: 1,000 puzzles made from one classic
%% puzzle by relabelling digits and permuting rows and columns (each has one solution).
%% Tuples, lists, list comprehensions and recursion with backtracking.
-module(sudoku).
-export([start/0]).

-ifdef(SMALL).
-define(PUZZLES, 30).
-else.
-define(PUZZLES, 1000).
-endif.

base() ->
    "53..7...."
    "6..195..."
    ".98....6."
    "8...6...3"
    "4..8.3..1"
    "7...2...6"
    ".6....28."
    "...419..5"
    "....8..79".

start() ->
    Grid0 = [case C of $. -> 0; _ -> C - $0 end || C <- base()],
    {Solved, Hash} = loop(0, Grid0, 0, 0, 7),
    io:format("checksum: ~w ~w~n", [Solved, Hash]).

loop(?PUZZLES, _, Solved, Hash, _) -> {Solved, Hash};
loop(I, Grid0, Solved, Hash, Seed) ->
    {Grid, Seed1} = variant(Grid0, Seed),
    case solve(list_to_tuple(Grid)) of
        {ok, S} ->
            loop(I + 1, Grid0, Solved + 1, hash(tuple_to_list(S), Hash), Seed1);
        none ->
            loop(I + 1, Grid0, Solved, Hash, Seed1)
    end.

%% A puzzle equivalent to Grid: digits relabelled, rows permuted within their bands,
%% columns permuted within their stacks, maybe transposed.
variant(Grid, S0) ->
    {Digits, S1} = shuffle(lists:seq(1, 9), S0),
    {RowPerm, S2} = band_perm(S1),
    {ColPerm, S3} = band_perm(S2),
    {T, S4} = next(S3),
    Relabel = list_to_tuple(Digits),
    G = list_to_tuple(Grid),
    Cells = [begin
                 {R1, C1} = case T band 1 of 0 -> {R, C}; 1 -> {C, R} end,
                 V = element(lists:nth(R1 + 1, RowPerm) * 9 + lists:nth(C1 + 1, ColPerm) + 1, G),
                 case V of 0 -> 0; _ -> element(V, Relabel) end
             end || R <- lists:seq(0, 8), C <- lists:seq(0, 8)],
    {Cells, S4}.

band_perm(S0) ->
    {B0, S1} = shuffle([0, 1, 2], S0),
    {B1, S2} = shuffle([3, 4, 5], S1),
    {B2, S3} = shuffle([6, 7, 8], S2),
    {B0 ++ B1 ++ B2, S3}.

next(S) ->
    S1 = (S * 1103515245 + 12345) band 16#7FFFFFFF,
    {S1 bsr 16, S1}.

shuffle([], S) -> {[], S};
shuffle(L, S0) ->
    {R, S1} = next(S0),
    X = lists:nth(R rem length(L) + 1, L),
    {Rest, S2} = shuffle(lists:delete(X, L), S1),
    {[X | Rest], S2}.

%% Fills the empty cell with the fewest candidates first; backtracks on a dead end.
solve(G) ->
    case best_cell(G, 1, none) of
        full -> {ok, G};
        {_, _, []} -> none;
        {Pos, _, Cands} -> try_each(G, Pos, Cands)
    end.

try_each(_, _, []) -> none;
try_each(G, Pos, [D | Ds]) ->
    case solve(setelement(Pos, G, D)) of
        {ok, S} -> {ok, S};
        none -> try_each(G, Pos, Ds)
    end.

best_cell(_, 82, none) -> full;
best_cell(_, 82, Best) -> Best;
best_cell(G, Pos, Best) ->
    case element(Pos, G) of
        0 ->
            Cands = candidates(G, Pos),
            N = length(Cands),
            case Best of
                _ when N =:= 0 -> {Pos, 0, []};
                {_, BN, _} when BN =< N -> best_cell(G, Pos + 1, Best);
                _ -> best_cell(G, Pos + 1, {Pos, N, Cands})
            end;
        _ ->
            best_cell(G, Pos + 1, Best)
    end.

candidates(G, Pos) ->
    R = (Pos - 1) div 9, C = (Pos - 1) rem 9,
    BR = R - R rem 3, BC = C - C rem 3,
    Used = [element(R * 9 + I + 1, G) || I <- lists:seq(0, 8)]
        ++ [element(I * 9 + C + 1, G) || I <- lists:seq(0, 8)]
        ++ [element((BR + I) * 9 + BC + J + 1, G) || I <- [0, 1, 2], J <- [0, 1, 2]],
    [D || D <- lists:seq(1, 9), not lists:member(D, Used)].

hash([], H) -> H;
hash([X | T], H) -> hash(T, (H * 31 + X) band 16#FFFFFFF).
