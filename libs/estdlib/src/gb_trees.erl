%% The `gb_trees' module of the atomvm-rs standard library: ordered
%% key-value trees. Written for this project from OTP's documentation
%% and experiments against OTP 25 and 27.
%%
%% A tree is {Size, Node}, Node = nil | {Key, Value, Smaller, Bigger}, as
%% in OTP. Keys are ordered with < and > (1 and 1.0 are the same key).
%% Balance: a scapegoat scheme of our own. An insertion that lands deeper
%% than 2*log2(Size) rebuilds, perfectly balanced, the lowest enclosing
%% subtree whose height is too large for its size. Deletions never
%% rebalance. The trees are as deep as OTP's at most by a constant, but
%% their shapes (and so their printed forms) can differ from OTP's.
-module(gb_trees).

-export([empty/0, is_empty/1, size/1, lookup/2, get/2, is_defined/2,
         insert/3, update/3, enter/3, delete/2, delete_any/2, take/2,
         take_any/2, balance/1, smallest/1, largest/1, take_smallest/1,
         take_largest/1, keys/1, values/1, to_list/1, from_orddict/1,
         from_list/1, map/2, iterator/1, iterator/2, iterator_from/2,
         iterator_from/3, next/1, larger/2, smaller/2]).

-compile({no_auto_import, [size/1, get/1]}).

empty() -> {0, nil}.

is_empty({0, nil}) -> true;
is_empty({_, _}) -> false.

size({S, _}) when is_integer(S), S >= 0 -> S.

lookup(K, {_, T}) -> lookup_1(K, T).

lookup_1(K, {K1, _, S, _}) when K < K1 -> lookup_1(K, S);
lookup_1(K, {K1, _, _, B}) when K > K1 -> lookup_1(K, B);
lookup_1(_, {_, V, _, _}) -> {value, V};
lookup_1(_, nil) -> none.

is_defined(K, T) -> lookup(K, T) =/= none.

get(K, {_, T} = Tree) ->
    case lookup_1(K, T) of
        {value, V} -> V;
        none -> erlang:error(function_clause, [K, Tree])
    end.

%%% ---------------------------------------------------------------
%%% Insertion with partial rebuilding
%%% ---------------------------------------------------------------

insert(K, V, {S, T}) when is_integer(S), S >= 0 ->
    S1 = S + 1,
    case ins(K, V, T, 0, S1 * S1) of
        {ok, T1} -> {S1, T1};
        {deep, T1, _, _} -> {S1, T1}
    end.

%% Depth: of the node being looked at. Limit: 2^depth must not exceed it
%% (depth =< 2*log2(Size)). {deep, T, Height, SubtreeSize} asks the
%% caller to look for a scapegoat.
ins(K, V, nil, Depth, Limit) ->
    Leaf = {K, V, nil, nil},
    case (1 bsl Depth) > Limit of
        true -> {deep, Leaf, 1, 1};
        false -> {ok, Leaf}
    end;
ins(K, V, {K1, V1, S, B}, Depth, Limit) when K < K1 ->
    case ins(K, V, S, Depth + 1, Limit) of
        {ok, S1} -> {ok, {K1, V1, S1, B}};
        {deep, S1, H, N} -> scapegoat({K1, V1, S1, B}, H + 1, N + 1 + count(B))
    end;
ins(K, V, {K1, V1, S, B}, Depth, Limit) when K > K1 ->
    case ins(K, V, B, Depth + 1, Limit) of
        {ok, B1} -> {ok, {K1, V1, S, B1}};
        {deep, B1, H, N} -> scapegoat({K1, V1, S, B1}, H + 1, N + 1 + count(S))
    end;
ins(K, _, _, _, _) -> erlang:error({key_exists, K}).

%% A subtree of height H and N nodes is unbalanced when 2^H > N^2.
scapegoat(T, H, N) when (1 bsl H) > N * N -> {ok, rebuild(T, N)};
scapegoat(T, H, N) -> {deep, T, H, N}.

count(nil) -> 0;
count({_, _, S, B}) -> count(S) + 1 + count(B).

rebuild(T, N) ->
    {T1, []} = build(N, to_list_1(T, [])),
    T1.

%% A perfectly balanced tree of the first N pairs of L, and the rest.
build(0, L) -> {nil, L};
build(N, L) ->
    Left = (N - 1) div 2,
    {S, [{K, V} | L1]} = build(Left, L),
    {B, L2} = build(N - 1 - Left, L1),
    {{K, V, S, B}, L2}.

update(K, V, {S, T} = Tree) ->
    case upd(K, V, T) of
        error -> erlang:error(function_clause, [K, V, Tree]);
        T1 -> {S, T1}
    end.

upd(K, V, {K1, V1, S, B}) when K < K1 ->
    case upd(K, V, S) of error -> error; S1 -> {K1, V1, S1, B} end;
upd(K, V, {K1, V1, S, B}) when K > K1 ->
    case upd(K, V, B) of error -> error; B1 -> {K1, V1, S, B1} end;
upd(_, V, {K1, _, S, B}) -> {K1, V, S, B};
upd(_, _, nil) -> error.

enter(K, V, T) ->
    case is_defined(K, T) of
        true -> update(K, V, T);
        false -> insert(K, V, T)
    end.

%%% ---------------------------------------------------------------
%%% Deletion
%%% ---------------------------------------------------------------

delete(K, {S, T} = Tree) ->
    case del(K, T) of
        error -> erlang:error(function_clause, [K, Tree]);
        {_, T1} -> {S - 1, T1}
    end.

delete_any(K, T) ->
    case is_defined(K, T) of
        true -> delete(K, T);
        false -> T
    end.

take(K, {S, T} = Tree) ->
    case del(K, T) of
        error -> erlang:error(function_clause, [K, Tree]);
        {V, T1} -> {V, {S - 1, T1}}
    end.

take_any(K, T) ->
    case is_defined(K, T) of
        true -> take(K, T);
        false -> error
    end.

%% {Value, NewNode} or error.
del(K, {K1, V1, S, B}) when K < K1 ->
    case del(K, S) of error -> error; {V, S1} -> {V, {K1, V1, S1, B}} end;
del(K, {K1, V1, S, B}) when K > K1 ->
    case del(K, B) of error -> error; {V, B1} -> {V, {K1, V1, S, B1}} end;
del(_, {_, V, S, B}) -> {V, merge(S, B)};
del(_, nil) -> error.

merge(S, nil) -> S;
merge(nil, B) -> B;
merge(S, B) ->
    {K, V, B1} = pop_smallest(B),
    {K, V, S, B1}.

pop_smallest({K, V, nil, B}) -> {K, V, B};
pop_smallest({K, V, S, B}) ->
    {K1, V1, S1} = pop_smallest(S),
    {K1, V1, {K, V, S1, B}}.

pop_largest({K, V, S, nil}) -> {K, V, S};
pop_largest({K, V, S, B}) ->
    {K1, V1, B1} = pop_largest(B),
    {K1, V1, {K, V, S, B1}}.

balance({S, T}) -> {S, rebuild(T, S)}.

smallest({_, T}) when T =/= nil -> smallest_1(T);
smallest(Tree) -> erlang:error(function_clause, [Tree]).

smallest_1({K, V, nil, _}) -> {K, V};
smallest_1({_, _, S, _}) -> smallest_1(S).

largest({_, T}) when T =/= nil -> largest_1(T);
largest(Tree) -> erlang:error(function_clause, [Tree]).

largest_1({K, V, _, nil}) -> {K, V};
largest_1({_, _, _, B}) -> largest_1(B).

take_smallest({S, T}) when T =/= nil, S > 0 ->
    {K, V, T1} = pop_smallest(T),
    {K, V, {S - 1, T1}};
take_smallest(Tree) -> erlang:error(function_clause, [Tree]).

take_largest({S, T}) when T =/= nil, S > 0 ->
    {K, V, T1} = pop_largest(T),
    {K, V, {S - 1, T1}};
take_largest(Tree) -> erlang:error(function_clause, [Tree]).

%%% ---------------------------------------------------------------
%%% Whole trees
%%% ---------------------------------------------------------------

to_list({_, T}) -> to_list_1(T, []).

to_list_1(nil, Acc) -> Acc;
to_list_1({K, V, S, B}, Acc) -> to_list_1(S, [{K, V} | to_list_1(B, Acc)]).

keys({_, T}) -> keys_1(T, []).

keys_1(nil, Acc) -> Acc;
keys_1({K, _, S, B}, Acc) -> keys_1(S, [K | keys_1(B, Acc)]).

values({_, T}) -> values_1(T, []).

values_1(nil, Acc) -> Acc;
values_1({_, V, S, B}, Acc) -> values_1(S, [V | values_1(B, Acc)]).

from_orddict(L) ->
    N = length(L),
    {T, []} = build(N, L),
    {N, T}.

%% OTP 28: later pairs win.
from_list(L) -> from_orddict(dedup(lists:ukeysort(1, lists:reverse(L)))).

%% ukeysort keeps the first of =:= keys; == keys (1, 1.0) need a pass.
dedup([{K1, _} = A, {K2, _} | T]) when K1 == K2 -> dedup([A | T]);
dedup([A | T]) -> [A | dedup(T)];
dedup([]) -> [].

map(F, {S, T}) when is_function(F, 2) -> {S, map_1(F, T)}.

map_1(_, nil) -> nil;
map_1(F, {K, V, S, B}) -> {K, F(K, V), map_1(F, S), map_1(F, B)}.

%%% ---------------------------------------------------------------
%%% Iterators: {Order, Stack of nodes still to visit}
%%% ---------------------------------------------------------------

iterator(T) -> iterator(T, ordered).

iterator({_, T}, ordered) -> {ordered, left_path(T, [])};
iterator({_, T}, reversed) -> {reversed, right_path(T, [])}.

iterator_from(K, T) -> iterator_from(K, T, ordered).

iterator_from(K, {_, T}, ordered) -> {ordered, from_asc(K, T, [])};
iterator_from(K, {_, T}, reversed) -> {reversed, from_desc(K, T, [])}.

left_path(nil, Acc) -> Acc;
left_path({_, _, S, _} = N, Acc) -> left_path(S, [N | Acc]).

right_path(nil, Acc) -> Acc;
right_path({_, _, _, B} = N, Acc) -> right_path(B, [N | Acc]).

from_asc(_, nil, Acc) -> Acc;
from_asc(K, {K1, _, _, B}, Acc) when K > K1 -> from_asc(K, B, Acc);
from_asc(K, {_, _, S, _} = N, Acc) -> from_asc(K, S, [N | Acc]).

from_desc(_, nil, Acc) -> Acc;
from_desc(K, {K1, _, S, _}, Acc) when K < K1 -> from_desc(K, S, Acc);
from_desc(K, {_, _, _, B} = N, Acc) -> from_desc(K, B, [N | Acc]).

next({ordered, [{K, V, _, B} | Stack]}) -> {K, V, {ordered, left_path(B, Stack)}};
next({reversed, [{K, V, S, _} | Stack]}) -> {K, V, {reversed, right_path(S, Stack)}};
next({_, []}) -> none.

larger(K, {_, T}) -> larger_1(K, T, none).

larger_1(_, nil, Best) -> Best;
larger_1(K, {K1, V, S, _}, _) when K < K1 -> larger_1(K, S, {K1, V});
larger_1(K, {_, _, _, B}, Best) -> larger_1(K, B, Best).

smaller(K, {_, T}) -> smaller_1(K, T, none).

smaller_1(_, nil, Best) -> Best;
smaller_1(K, {K1, V, _, B}, _) when K > K1 -> smaller_1(K, B, {K1, V});
smaller_1(K, {_, _, S, _}, Best) -> smaller_1(K, S, Best).
