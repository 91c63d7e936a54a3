%% The `gb_sets' module of the atomvm-rs standard library: ordered sets
%% as balanced trees. Written for this project from OTP's documentation
%% and experiments against OTP 25 and 27.
%%
%% A set is {Size, Node}, Node = nil | {Elem, Smaller, Bigger}, as in OTP.
%% Elements are ordered with < and > (1 and 1.0 are the same element).
%% Balancing is the scheme described in gb_trees.erl: the contents and
%% results are OTP's, the printed tree shapes can differ.
-module(gb_sets).

-export([empty/0, new/0, is_empty/1, size/1, singleton/1, is_member/2,
         is_element/2, insert/2, add/2, add_element/2, delete/2,
         delete_any/2, del_element/2, balance/1, union/2, union/1,
         intersection/2, intersection/1, is_disjoint/2, difference/2,
         subtract/2, is_subset/2, is_equal/2, to_list/1, from_list/1,
         from_ordset/1, smallest/1, largest/1, take_smallest/1,
         take_largest/1, iterator/1, iterator/2, iterator_from/2,
         iterator_from/3, next/1, filter/2, map/2, filtermap/2, fold/3,
         is_set/1, larger/2, smaller/2]).

-compile({no_auto_import, [size/1]}).

empty() -> {0, nil}.

new() -> {0, nil}.

is_empty({0, nil}) -> true;
is_empty({_, _}) -> false.

size({S, _}) when is_integer(S), S >= 0 -> S.

singleton(X) -> {1, {X, nil, nil}}.

is_member(X, {_, T}) -> member(X, T).

is_element(X, S) -> is_member(X, S).

member(X, {Y, S, _}) when X < Y -> member(X, S);
member(X, {Y, _, B}) when X > Y -> member(X, B);
member(_, {_, _, _}) -> true;
member(_, nil) -> false.

insert(X, {S, T}) when is_integer(S), S >= 0 ->
    S1 = S + 1,
    case ins(X, T, 0, S1 * S1) of
        {ok, T1} -> {S1, T1};
        {deep, T1, _, _} -> {S1, T1}
    end.

ins(X, nil, Depth, Limit) ->
    Leaf = {X, nil, nil},
    case (1 bsl Depth) > Limit of
        true -> {deep, Leaf, 1, 1};
        false -> {ok, Leaf}
    end;
ins(X, {Y, S, B}, Depth, Limit) when X < Y ->
    case ins(X, S, Depth + 1, Limit) of
        {ok, S1} -> {ok, {Y, S1, B}};
        {deep, S1, H, N} -> scapegoat({Y, S1, B}, H + 1, N + 1 + count(B))
    end;
ins(X, {Y, S, B}, Depth, Limit) when X > Y ->
    case ins(X, B, Depth + 1, Limit) of
        {ok, B1} -> {ok, {Y, S, B1}};
        {deep, B1, H, N} -> scapegoat({Y, S, B1}, H + 1, N + 1 + count(S))
    end;
ins(X, _, _, _) -> erlang:error({key_exists, X}).

scapegoat(T, H, N) when (1 bsl H) > N * N -> {ok, rebuild(T, N)};
scapegoat(T, H, N) -> {deep, T, H, N}.

count(nil) -> 0;
count({_, S, B}) -> count(S) + 1 + count(B).

rebuild(T, N) ->
    {T1, []} = build(N, to_list_1(T, [])),
    T1.

build(0, L) -> {nil, L};
build(N, L) ->
    Left = (N - 1) div 2,
    {S, [X | L1]} = build(Left, L),
    {B, L2} = build(N - 1 - Left, L1),
    {{X, S, B}, L2}.

add(X, Set) -> add_element(X, Set).

add_element(X, Set) ->
    case is_member(X, Set) of
        true -> Set;
        false -> insert(X, Set)
    end.

delete(X, {S, T} = Set) ->
    case del(X, T) of
        error -> erlang:error(function_clause, [X, Set]);
        T1 -> {S - 1, T1}
    end.

delete_any(X, Set) ->
    case is_member(X, Set) of
        true -> delete(X, Set);
        false -> Set
    end.

del_element(X, Set) -> delete_any(X, Set).

del(X, {Y, S, B}) when X < Y ->
    case del(X, S) of error -> error; S1 -> {Y, S1, B} end;
del(X, {Y, S, B}) when X > Y ->
    case del(X, B) of error -> error; B1 -> {Y, S, B1} end;
del(_, {_, S, B}) -> merge(S, B);
del(_, nil) -> error.

merge(S, nil) -> S;
merge(nil, B) -> B;
merge(S, B) ->
    {X, B1} = pop_smallest(B),
    {X, S, B1}.

pop_smallest({X, nil, B}) -> {X, B};
pop_smallest({X, S, B}) ->
    {Y, S1} = pop_smallest(S),
    {Y, {X, S1, B}}.

pop_largest({X, S, nil}) -> {X, S};
pop_largest({X, S, B}) ->
    {Y, B1} = pop_largest(B),
    {Y, {X, S, B1}}.

balance({S, T}) -> {S, rebuild(T, S)}.

to_list({_, T}) -> to_list_1(T, []).

to_list_1(nil, Acc) -> Acc;
to_list_1({X, S, B}, Acc) -> to_list_1(S, [X | to_list_1(B, Acc)]).

from_ordset(L) ->
    N = length(L),
    {T, []} = build(N, L),
    {N, T}.

from_list(L) -> from_ordset(lists:usort(L)).

%% Set operations on sorted lists (elements compared with < and >).
union(A, B) -> from_ordset(ordsets:union(to_list(A), to_list(B))).

union(Sets) -> from_ordset(ordsets:union([to_list(S) || S <- Sets])).

intersection(A, B) -> from_ordset(ordsets:intersection(to_list(A), to_list(B))).

intersection([_ | _] = Sets) -> from_ordset(ordsets:intersection([to_list(S) || S <- Sets])).

is_disjoint(A, B) -> ordsets:is_disjoint(to_list(A), to_list(B)).

difference(A, B) -> subtract(A, B).

subtract(A, B) -> from_ordset(ordsets:subtract(to_list(A), to_list(B))).

is_subset(A, B) -> ordsets:is_subset(to_list(A), to_list(B)).

is_equal(A, B) -> size(A) =:= size(B) andalso is_subset(A, B).

smallest({_, T}) when T =/= nil -> smallest_1(T).

smallest_1({X, nil, _}) -> X;
smallest_1({_, S, _}) -> smallest_1(S).

largest({_, T}) when T =/= nil -> largest_1(T).

largest_1({X, _, nil}) -> X;
largest_1({_, _, B}) -> largest_1(B).

take_smallest({S, T}) when T =/= nil ->
    {X, T1} = pop_smallest(T),
    {X, {S - 1, T1}}.

take_largest({S, T}) when T =/= nil ->
    {X, T1} = pop_largest(T),
    {X, {S - 1, T1}}.

iterator(Set) -> iterator(Set, ordered).

iterator({_, T}, ordered) -> {ordered, left_path(T, [])};
iterator({_, T}, reversed) -> {reversed, right_path(T, [])}.

iterator_from(X, Set) -> iterator_from(X, Set, ordered).

iterator_from(X, {_, T}, ordered) -> {ordered, from_asc(X, T, [])};
iterator_from(X, {_, T}, reversed) -> {reversed, from_desc(X, T, [])}.

left_path(nil, Acc) -> Acc;
left_path({_, S, _} = N, Acc) -> left_path(S, [N | Acc]).

right_path(nil, Acc) -> Acc;
right_path({_, _, B} = N, Acc) -> right_path(B, [N | Acc]).

from_asc(_, nil, Acc) -> Acc;
from_asc(X, {Y, _, B}, Acc) when X > Y -> from_asc(X, B, Acc);
from_asc(X, {_, S, _} = N, Acc) -> from_asc(X, S, [N | Acc]).

from_desc(_, nil, Acc) -> Acc;
from_desc(X, {Y, S, _}, Acc) when X < Y -> from_desc(X, S, Acc);
from_desc(X, {_, _, B} = N, Acc) -> from_desc(X, B, [N | Acc]).

next({ordered, [{X, _, B} | Stack]}) -> {X, {ordered, left_path(B, Stack)}};
next({reversed, [{X, S, _} | Stack]}) -> {X, {reversed, right_path(S, Stack)}};
next({_, []}) -> none.

filter(F, Set) when is_function(F, 1) -> from_ordset(lists:filter(F, to_list(Set))).

map(F, Set) when is_function(F, 1) -> from_list(lists:map(F, to_list(Set))).

filtermap(F, Set) when is_function(F, 1) -> from_list(lists:filtermap(F, to_list(Set))).

fold(F, Acc, Set) when is_function(F, 2) -> lists:foldl(F, Acc, to_list(Set)).

is_set({0, nil}) -> true;
is_set({N, {_, _, _}}) when is_integer(N), N >= 0 -> true;
is_set(_) -> false.

larger(X, {_, T}) -> larger_1(X, T, none).

larger_1(_, nil, Best) -> Best;
larger_1(X, {Y, S, _}, _) when X < Y -> larger_1(X, S, {found, Y});
larger_1(X, {_, _, B}, Best) -> larger_1(X, B, Best).

smaller(X, {_, T}) -> smaller_1(X, T, none).

smaller_1(_, nil, Best) -> Best;
smaller_1(X, {Y, _, B}, _) when X > Y -> smaller_1(X, B, {found, Y});
smaller_1(X, {_, S, _}, Best) -> smaller_1(X, S, Best).
