%% The `sets' module of the atomvm-rs standard library. Written for this
%% project from OTP's documentation and experiments against OTP 25, 27
%% and 29.
%%
%% Every set here is a map from element to [] ("version 2" sets of OTP
%% 24+). That is what sets:new() gives on OTP 28 and later; on OTP 25-27
%% sets:new() and sets:from_list/1 give the older hashed-record form by
%% default, which prints differently (the elements and all results are
%% the same). The {version, 1} option is accepted and also gives a map.
%% Elements are compared with =:= (1 and 1.0 are different elements).
-module(sets).

-export([new/0, new/1, from_list/1, from_list/2, is_set/1, size/1,
         is_empty/1, is_equal/2, to_list/1, is_element/2, add_element/2,
         del_element/2, union/2, union/1, intersection/2,
         intersection/1, is_disjoint/2, subtract/2, is_subset/2, fold/3,
         filter/2, map/2, filtermap/2]).

-compile({no_auto_import, [size/1]}).

new() -> #{}.

new(Opts) when is_list(Opts) -> check_opts(Opts, Opts), #{}.

check_opts([{version, V} | T], All) when V =:= 1; V =:= 2 -> check_opts(T, All);
check_opts([], _) -> ok;
check_opts(_, All) -> erlang:error(badarg, [All]).

from_list(L) -> maps:from_keys(L, []).

from_list(L, Opts) -> new(Opts), from_list(L).

is_set(S) -> is_map(S).

size(S) -> map_size(S).

is_empty(S) -> map_size(S) =:= 0.

is_equal(A, B) when is_map(A), is_map(B) ->
    map_size(A) =:= map_size(B) andalso is_subset(A, B).

to_list(S) -> maps:keys(S).

is_element(E, S) -> is_map_key(E, S).

add_element(E, S) when is_map(S) -> S#{E => []}.

del_element(E, S) -> maps:remove(E, S).

union(A, B) when map_size(A) < map_size(B) -> maps:merge(B, A);
union(A, B) -> maps:merge(A, B).

union(Sets) -> lists:foldl(fun(S, Acc) -> union(Acc, S) end, #{}, Sets).

intersection(A, B) when map_size(A) > map_size(B) -> intersection(B, A);
intersection(A, B) when is_map(B) ->
    maps:filter(fun(K, _) -> is_map_key(K, B) end, A).

intersection([S | Sets]) ->
    lists:foldl(fun(X, Acc) -> intersection(Acc, X) end, S, Sets).

is_disjoint(A, B) when map_size(A) > map_size(B) -> is_disjoint(B, A);
is_disjoint(A, B) when is_map(B) ->
    not lists:any(fun(K) -> is_map_key(K, B) end, maps:keys(A)).

subtract(A, B) when is_map(B) ->
    maps:filter(fun(K, _) -> not is_map_key(K, B) end, A).

is_subset(A, B) when is_map(B) ->
    lists:all(fun(K) -> is_map_key(K, B) end, maps:keys(A)).

fold(F, Acc, S) when is_function(F, 2) ->
    maps:fold(fun(K, _, A) -> F(K, A) end, Acc, S).

filter(F, S) when is_function(F, 1) -> maps:filter(fun(K, _) -> F(K) end, S).

map(F, S) when is_function(F, 1) -> from_list([F(K) || K <- maps:keys(S)]).

filtermap(F, S) when is_function(F, 1) ->
    from_list(lists:filtermap(F, maps:keys(S))).
