%% The `dict' module of the atomvm-rs standard library: key-value
%% dictionaries, here a map wrapped in a {dict, Map} tuple. Written for
%% this project from OTP's documentation and experiments against OTP 25.
%%
%% Keys are compared with =:= as in OTP. Differences from OTP: a dict
%% prints as {dict, Map} (OTP's is a hashed record), and to_list/1,
%% fetch_keys/1, fold/3 and map/2 visit the keys in map order, not in
%% OTP's hash order (both are unspecified orders).
-module(dict).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1,
         fetch/2, find/2, fetch_keys/1, erase/2, take/2, store/3,
         append/3, append_list/3, update/3, update/4, update_counter/3,
         fold/3, map/2, filter/2, merge/3]).

-compile({no_auto_import, [size/1]}).

new() -> {dict, #{}}.

is_key(K, {dict, M}) -> is_map_key(K, M).

to_list({dict, M}) -> maps:to_list(M).

from_list(L) when is_list(L) ->
    {dict, lists:foldl(fun({K, V}, M) -> M#{K => V} end, #{}, L)}.

size({dict, M}) -> map_size(M).

is_empty({dict, M}) -> map_size(M) =:= 0.

fetch(K, {dict, M} = D) ->
    case M of
        #{K := V} -> V;
        _ -> erlang:error(badarg, [K, D])
    end.

find(K, {dict, M}) ->
    case M of
        #{K := V} -> {ok, V};
        _ -> error
    end.

fetch_keys({dict, M}) -> maps:keys(M).

erase(K, {dict, M}) -> {dict, maps:remove(K, M)}.

take(K, {dict, M}) ->
    case maps:take(K, M) of
        {V, M1} -> {V, {dict, M1}};
        error -> error
    end.

store(K, V, {dict, M}) -> {dict, M#{K => V}}.

append(K, V, D) -> append_list(K, [V], D).

append_list(K, L, {dict, M}) ->
    case M of
        #{K := Old} -> {dict, M#{K := Old ++ L}};
        _ -> {dict, M#{K => L}}
    end.

update(K, F, {dict, M} = D) ->
    case M of
        #{K := V} -> {dict, M#{K := F(V)}};
        _ -> erlang:error(badarg, [K, F, D])
    end.

update(K, F, Init, {dict, M}) ->
    case M of
        #{K := V} -> {dict, M#{K := F(V)}};
        _ -> {dict, M#{K => Init}}
    end.

update_counter(K, N, {dict, M}) when is_number(N) ->
    case M of
        #{K := V} -> {dict, M#{K := V + N}};
        _ -> {dict, M#{K => N}}
    end.

fold(F, Acc, {dict, M}) when is_function(F, 3) -> maps:fold(F, Acc, M).

map(F, {dict, M}) when is_function(F, 2) -> {dict, maps:map(F, M)}.

filter(F, {dict, M}) when is_function(F, 2) -> {dict, maps:filter(F, M)}.

merge(F, {dict, M1}, {dict, M2}) when is_function(F, 3) ->
    {dict, maps:merge_with(F, M1, M2)}.
