%% The `orddict' module of the atomvm-rs standard library: dictionaries
%% as lists of {Key, Value} ordered by key. Keys are ordered with < and
%% compared with == (storing 1.0 over 1 replaces the key too). Written
%% for this project from OTP's documentation and experiments against
%% OTP 25.
-module(orddict).

-export([new/0, is_key/2, to_list/1, from_list/1, size/1, is_empty/1,
         fetch/2, find/2, fetch_keys/1, erase/2, take/2, store/3,
         append/3, append_list/3, update/3, update/4, update_counter/3,
         fold/3, map/2, filter/2, merge/3]).

-compile({no_auto_import, [size/1]}).

new() -> [].

is_key(K, [{K1, _} | T]) when K > K1 -> is_key(K, T);
is_key(K, [{K1, _} | _]) -> K == K1;
is_key(_, []) -> false.

to_list(D) -> D.

from_list([]) -> [];
from_list([{_, _}] = D) -> D;
from_list(Pairs) -> lists:foldl(fun({K, V}, D) -> store(K, V, D) end, [], Pairs).

size(D) -> length(D).

is_empty([]) -> true;
is_empty([_ | _]) -> false.

fetch(K, [{K1, _} | T]) when K > K1 -> fetch(K, T);
fetch(K, [{K1, V} | _]) when K == K1 -> V.

find(K, [{K1, _} | T]) when K > K1 -> find(K, T);
find(K, [{K1, V} | _]) when K == K1 -> {ok, V};
find(_, _) -> error.

fetch_keys([{K, _} | T]) -> [K | fetch_keys(T)];
fetch_keys([]) -> [].

erase(K, [{K1, _} = E | T]) when K > K1 -> [E | erase(K, T)];
erase(K, [{K1, _} | T]) when K == K1 -> T;
erase(_, D) -> D.

take(K, D) -> take(K, D, []).

take(K, [{K1, _} = E | T], Acc) when K > K1 -> take(K, T, [E | Acc]);
take(K, [{K1, V} | T], Acc) when K == K1 -> {V, lists:reverse(Acc, T)};
take(_, _, _) -> error.

store(K, V, [{K1, _} = E | T]) when K > K1 -> [E | store(K, V, T)];
store(K, V, [{K1, _} | _] = D) when K < K1 -> [{K, V} | D];
store(K, V, [{_, _} | T]) -> [{K, V} | T];
store(K, V, []) -> [{K, V}].

append(K, V, D) -> append_list(K, [V], D).

append_list(K, L, [{K1, _} = E | T]) when K > K1 -> [E | append_list(K, L, T)];
append_list(K, L, [{K1, _} | _] = D) when K < K1 -> [{K, L} | D];
append_list(K, L, [{_, Old} | T]) -> [{K, Old ++ L} | T];
append_list(K, L, []) -> [{K, L}].

update(K, F, [{K1, _} = E | T]) when K > K1 -> [E | update(K, F, T)];
update(K, F, [{K1, V} | T]) when K == K1 -> [{K, F(V)} | T].

update(K, F, Init, [{K1, _} = E | T]) when K > K1 -> [E | update(K, F, Init, T)];
update(K, _, Init, [{K1, _} | _] = D) when K < K1 -> [{K, Init} | D];
update(K, F, _, [{_, V} | T]) -> [{K, F(V)} | T];
update(K, _, Init, []) -> [{K, Init}].

update_counter(K, N, [{K1, _} = E | T]) when K > K1 -> [E | update_counter(K, N, T)];
update_counter(K, N, [{K1, _} | _] = D) when K < K1 -> [{K, N} | D];
update_counter(K, N, [{_, V} | T]) -> [{K, V + N} | T];
update_counter(K, N, []) -> [{K, N}].

fold(F, Acc, [{K, V} | T]) -> fold(F, F(K, V, Acc), T);
fold(F, Acc, []) when is_function(F, 3) -> Acc.

map(F, [{K, V} | T]) -> [{K, F(K, V)} | map(F, T)];
map(F, []) when is_function(F, 2) -> [].

filter(F, [{K, V} = E | T]) ->
    case F(K, V) of
        true -> [E | filter(F, T)];
        false -> filter(F, T)
    end;
filter(F, []) when is_function(F, 2) -> [].

merge(F, [{K1, _} = E1 | D1], [{K2, _} | _] = D2) when K1 < K2 -> [E1 | merge(F, D1, D2)];
merge(F, [{K1, _} | _] = D1, [{K2, _} = E2 | D2]) when K1 > K2 -> [E2 | merge(F, D1, D2)];
merge(F, [{K1, V1} | D1], [{_, V2} | D2]) -> [{K1, F(K1, V1, V2)} | merge(F, D1, D2)];
merge(F, [], D2) when is_function(F, 3) -> D2;
merge(F, D1, []) when is_function(F, 3) -> D1.
