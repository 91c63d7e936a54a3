%% The `ordsets' module of the atomvm-rs standard library: sets as
%% ordered lists without duplicates. Elements are ordered with < and
%% compared with == (so 1 and 1.0 are the same element; the one already
%% in a set stays). Written for this project from OTP's documentation and
%% experiments against OTP 25 (map/2, filtermap/2 and is_equal/2 are
%% OTP 27's).
-module(ordsets).

-export([new/0, is_set/1, size/1, is_empty/1, is_equal/2, to_list/1,
         from_list/1, is_element/2, add_element/2, del_element/2,
         union/2, union/1, intersection/2, intersection/1,
         is_disjoint/2, subtract/2, is_subset/2, fold/3, filter/2,
         map/2, filtermap/2]).

-compile({no_auto_import, [size/1]}).

new() -> [].

is_set([]) -> true;
is_set([H | T]) -> is_set(H, T);
is_set(_) -> false.

is_set(P, [H | T]) when P < H -> is_set(H, T);
is_set(_, []) -> true;
is_set(_, _) -> false.

size(S) -> length(S).

is_empty(S) -> S =:= [].

is_equal(A, B) when is_list(A), is_list(B) -> A == B.

to_list(S) -> S.

from_list(L) -> lists:usort(L).

is_element(E, [H | T]) when E > H -> is_element(E, T);
is_element(E, [H | _]) when E == H -> true;
is_element(_, _) -> false.

add_element(E, [H | T]) when E > H -> [H | add_element(E, T)];
add_element(E, [H | _] = S) when E < H -> [E | S];
add_element(_, [_ | _] = S) -> S;
add_element(E, []) -> [E].

del_element(E, [H | T]) when E > H -> [H | del_element(E, T)];
del_element(E, [H | T]) when E == H -> T;
del_element(_, S) -> S.

union([A | As], [B | _] = Bs) when A < B -> [A | union(As, Bs)];
union([A | _] = As, [B | Bs]) when A > B -> [B | union(As, Bs)];
union([A | As], [_ | Bs]) -> [A | union(As, Bs)];
union([], Bs) -> Bs;
union(As, []) -> As.

union(Sets) when is_list(Sets) -> lists:foldl(fun(S, Acc) -> union(Acc, S) end, [], Sets).

intersection([A | As], [B | _] = Bs) when A < B -> intersection(As, Bs);
intersection([A | _] = As, [B | Bs]) when A > B -> intersection(As, Bs);
intersection([A | As], [_ | Bs]) -> [A | intersection(As, Bs)];
intersection([], Bs) when is_list(Bs) -> [];
intersection(As, []) when is_list(As) -> [].

intersection([S | Sets]) -> lists:foldl(fun(X, Acc) -> intersection(Acc, X) end, S, Sets).

is_disjoint([A | As], [B | _] = Bs) when A < B -> is_disjoint(As, Bs);
is_disjoint([A | _] = As, [B | Bs]) when A > B -> is_disjoint(As, Bs);
is_disjoint([_ | _], [_ | _]) -> false;
is_disjoint([], Bs) when is_list(Bs) -> true;
is_disjoint(As, []) when is_list(As) -> true.

subtract([A | As], [B | _] = Bs) when A < B -> [A | subtract(As, Bs)];
subtract([A | _] = As, [B | Bs]) when A > B -> subtract(As, Bs);
subtract([_ | As], [_ | Bs]) -> subtract(As, Bs);
subtract([], Bs) when is_list(Bs) -> [];
subtract(As, []) -> As.

is_subset([A | _], [B | _]) when A < B -> false;
is_subset([A | _] = As, [B | Bs]) when A > B -> is_subset(As, Bs);
is_subset([_ | As], [_ | Bs]) -> is_subset(As, Bs);
is_subset([], Bs) when is_list(Bs) -> true;
is_subset(_, []) -> false.

fold(F, Acc, S) when is_function(F, 2), is_list(S) -> lists:foldl(F, Acc, S).

filter(F, S) when is_function(F, 1), is_list(S) -> lists:filter(F, S).

map(F, S) when is_function(F, 1), is_list(S) -> from_list(lists:map(F, S)).

filtermap(F, S) when is_function(F, 1), is_list(S) -> from_list(lists:filtermap(F, S)).
