%% The `maps' module of the atomvm-rs standard library: the functions
%% OTP writes in Erlang. Written for this project from OTP 25's
%% documentation and experiments against OTP 25.
%%
%% Not defined here because the VM implements them as BIFs (an import of
%% a BIF resolves to the BIF first): get/2,3, find/2, put/3, remove/2,
%% is_key/2, keys/1, values/1, to_list/1, from_list/1, size/1, merge/2,
%% new/0.
%%
%% Results, order of fun calls and exception reasons follow OTP 25:
%% {badmap, M} for a map argument that is not a map (or iterator),
%% badarg for a bad fun or key list, {badkey, K} for a missing key.
%%
%% Iterators: iterator/1 returns [0 | Map], printed like OTP's. next/1
%% of it returns {K, V, I} where I is a chain of {K, V, I} ending in none
%% (both valid OTP iterators); the chain is built at that first next/1.
%% Keys come in maps:to_list/1 order. Only [0 | Map] is accepted in the
%% list form (OTP also accepts the internal paths of its own iterators).
-module(maps).

-export([fold/3, map/2, filter/2, filtermap/2, foreach/2, with/2,
         without/2, update/3, update_with/3, update_with/4, take/2,
         merge_with/3, groups_from_list/2, groups_from_list/3,
         from_keys/2, intersect/2, intersect_with/3, iterator/1,
         next/1]).
%% OTP 26 and 27.
-export([iterator/2, is_iterator_valid/1]).

%% --- Iteration over a map or an iterator ----------------------------

%% The {Key, Value} pairs of a map, or of what is left of an iterator,
%% in iteration order. A term that is neither raises {badmap, T}; a bad
%% iterator tail raises badarg (like OTP's next/1).
pairs(Map) when is_map(Map) ->
    maps:to_list(Map);
pairs(Iter) ->
    try next(Iter) of
        First -> iter_pairs(First)
    catch
        error:_ -> error({badmap, Iter})
    end.

iter_pairs({K, V, I}) -> [{K, V} | iter_pairs(next(I))];
iter_pairs(none) -> [].

fold(Fun, Init, MapOrIter) when is_function(Fun, 3) ->
    fold_1(Fun, Init, pairs(MapOrIter));
fold(_Fun, _Init, _MapOrIter) ->
    error(badarg).

fold_1(Fun, Acc, [{K, V} | Ps]) -> fold_1(Fun, Fun(K, V, Acc), Ps);
fold_1(_Fun, Acc, []) -> Acc.

map(Fun, MapOrIter) when is_function(Fun, 2) ->
    maps:from_list([{K, Fun(K, V)} || {K, V} <- pairs(MapOrIter)]);
map(_Fun, _MapOrIter) ->
    error(badarg).

filter(Pred, MapOrIter) when is_function(Pred, 2) ->
    maps:from_list(filter_1(Pred, pairs(MapOrIter)));
filter(_Pred, _MapOrIter) ->
    error(badarg).

filter_1(Pred, [{K, V} = P | Ps]) ->
    case Pred(K, V) of
        true -> [P | filter_1(Pred, Ps)];
        false -> filter_1(Pred, Ps)
    end;
filter_1(_Pred, []) ->
    [].

filtermap(Fun, MapOrIter) when is_function(Fun, 2) ->
    maps:from_list(filtermap_1(Fun, pairs(MapOrIter)));
filtermap(_Fun, _MapOrIter) ->
    error(badarg).

filtermap_1(Fun, [{K, V} = P | Ps]) ->
    case Fun(K, V) of
        true -> [P | filtermap_1(Fun, Ps)];
        {true, NewV} -> [{K, NewV} | filtermap_1(Fun, Ps)];
        false -> filtermap_1(Fun, Ps)
    end;
filtermap_1(_Fun, []) ->
    [].

foreach(Fun, MapOrIter) when is_function(Fun, 2) ->
    foreach_1(Fun, pairs(MapOrIter));
foreach(_Fun, _MapOrIter) ->
    error(badarg).

foreach_1(Fun, [{K, V} | Ps]) ->
    _ = Fun(K, V),
    foreach_1(Fun, Ps);
foreach_1(_Fun, []) ->
    ok.

iterator(Map) when is_map(Map) ->
    [0 | Map];
iterator(Map) ->
    error({badmap, Map}).

%% Order: undefined (map order), ordered, reversed, or a fun(A, B)
%% that is true when key A goes before key B.
iterator(Map, undefined) when is_map(Map) -> [0 | Map];
iterator(Map, Order) when is_map(Map), (Order =:= ordered orelse
                                        Order =:= reversed orelse
                                        is_function(Order, 2)) ->
    [Order | Map];
iterator(Map, Order) when is_map(Map) -> error(badarg, [Map, Order]);
iterator(Map, _Order) -> error({badmap, Map}).

is_iterator_valid(Iter) ->
    try next(Iter) of
        _ -> true
    catch
        error:badarg -> false
    end.

next([ordered | Map]) when is_map(Map) ->
    chain(lists:sort(fun({A, _}, {B, _}) -> key_le(A, B) end, maps:to_list(Map)));
next([reversed | Map]) when is_map(Map) ->
    chain(lists:sort(fun({A, _}, {B, _}) -> key_le(B, A) end, maps:to_list(Map)));
next([Fun | Map]) when is_map(Map), is_function(Fun, 2) ->
    chain(lists:sort(fun({A, _}, {B, _}) -> Fun(A, B) end, maps:to_list(Map)));
next({_K, _V, _I} = Iter) ->
    Iter;
next(none) ->
    none;
next([0 | Map]) when is_map(Map) ->
    chain(maps:to_list(Map));
next(_Iter) ->
    error(badarg).

%% OTP's order of map keys: as term order, except that every integer
%% goes before every float (nested numbers are compared as term order
%% does, a known difference).
key_le(A, B) when is_integer(A), is_float(B) -> true;
key_le(A, B) when is_float(A), is_integer(B) -> false;
key_le(A, B) -> A =< B.

chain([{K, V} | Ps]) -> {K, V, chain(Ps)};
chain([]) -> none.

%% --- Keys ------------------------------------------------------------

with(Keys, Map) when is_map(Map), is_list(Keys) ->
    maps:from_list(with_1(Keys, Map));
with(_Keys, Map) when is_map(Map) ->
    error(badarg);
with(_Keys, Map) ->
    error({badmap, Map}).

with_1([K | Ks], Map) ->
    case maps:find(K, Map) of
        {ok, V} -> [{K, V} | with_1(Ks, Map)];
        error -> with_1(Ks, Map)
    end;
with_1([], _Map) ->
    [].

without(Keys, Map) when is_map(Map), is_list(Keys) ->
    without_1(Keys, Map);
without(_Keys, Map) when is_map(Map) ->
    error(badarg);
without(_Keys, Map) ->
    error({badmap, Map}).

without_1([K | Ks], Map) -> without_1(Ks, maps:remove(K, Map));
without_1([], Map) -> Map.

update(Key, Value, Map) ->
    Map#{Key := Value}.

update_with(Key, Fun, Map) when is_map(Map), is_function(Fun, 1) ->
    case maps:find(Key, Map) of
        {ok, V} -> Map#{Key := Fun(V)};
        error -> error({badkey, Key})
    end;
update_with(_Key, _Fun, Map) when is_map(Map) ->
    error(badarg);
update_with(_Key, _Fun, Map) ->
    error({badmap, Map}).

update_with(Key, Fun, Init, Map) when is_map(Map), is_function(Fun, 1) ->
    case maps:find(Key, Map) of
        {ok, V} -> Map#{Key := Fun(V)};
        error -> Map#{Key => Init}
    end;
update_with(_Key, _Fun, _Init, Map) when is_map(Map) ->
    error(badarg);
update_with(_Key, _Fun, _Init, Map) ->
    error({badmap, Map}).

take(Key, Map) when is_map(Map) ->
    case maps:find(Key, Map) of
        {ok, V} -> {V, maps:remove(Key, Map)};
        error -> error
    end;
take(_Key, Map) ->
    error({badmap, Map}).

from_keys(Keys, Value) ->
    case is_proper_list(Keys) of
        true -> maps:from_list([{K, Value} || K <- Keys]);
        false -> error(badarg)
    end.

%% --- Two maps --------------------------------------------------------

%% Both maps' keys; Combiner(K, V1, V2) for the keys in both, called in
%% key order.
merge_with(Combiner, Map1, Map2) when is_function(Combiner, 3) ->
    check_maps(Map1, Map2),
    Both = [{K, Combiner(K, V1, V2)}
            || {K, V1, V2} <- common(Map1, Map2)],
    maps:merge(maps:merge(Map1, Map2), maps:from_list(Both));
merge_with(_Combiner, _Map1, _Map2) ->
    error(badarg).

%% The keys in both maps, with Map2's values.
intersect(Map1, Map2) ->
    check_maps(Map1, Map2),
    maps:from_list([{K, V2} || {K, _, V2} <- common(Map1, Map2)]).

intersect_with(Combiner, Map1, Map2) when is_function(Combiner, 3) ->
    check_maps(Map1, Map2),
    maps:from_list([{K, Combiner(K, V1, V2)}
                    || {K, V1, V2} <- common(Map1, Map2)]);
intersect_with(_Combiner, _Map1, _Map2) ->
    error(badarg).

check_maps(Map1, _Map2) when not is_map(Map1) -> error({badmap, Map1});
check_maps(_Map1, Map2) when not is_map(Map2) -> error({badmap, Map2});
check_maps(_Map1, _Map2) -> ok.

%% [{K, V1, V2}] for the keys of both maps, in key order (walking the
%% smaller map).
common(Map1, Map2) when map_size(Map1) =< map_size(Map2) ->
    [{K, V1, maps:get(K, Map2)}
     || {K, V1} <- maps:to_list(Map1), is_map_key(K, Map2)];
common(Map1, Map2) ->
    [{K, maps:get(K, Map1), V2}
     || {K, V2} <- maps:to_list(Map2), is_map_key(K, Map1)].

%% --- Grouping --------------------------------------------------------

%% Key => [elements with that key, in list order]. Like OTP 25, the
%% funs are called on the elements from last to first.
groups_from_list(KeyFun, List) when is_function(KeyFun, 1) ->
    case is_proper_list(List) of
        true -> groups_1(KeyFun, lists:reverse(List, []), #{});
        false -> error(badarg)
    end;
groups_from_list(_KeyFun, _List) ->
    error(badarg).

groups_1(KeyFun, [X | Xs], Acc) ->
    K = KeyFun(X),
    groups_1(KeyFun, Xs, add_to_group(K, X, Acc));
groups_1(_KeyFun, [], Acc) ->
    Acc.

groups_from_list(KeyFun, ValueFun, List)
  when is_function(KeyFun, 1), is_function(ValueFun, 1) ->
    case is_proper_list(List) of
        true -> groups_2(KeyFun, ValueFun, lists:reverse(List, []), #{});
        false -> error(badarg)
    end;
groups_from_list(_KeyFun, _ValueFun, _List) ->
    error(badarg).

groups_2(KeyFun, ValueFun, [X | Xs], Acc) ->
    K = KeyFun(X),
    V = ValueFun(X),
    groups_2(KeyFun, ValueFun, Xs, add_to_group(K, V, Acc));
groups_2(_KeyFun, _ValueFun, [], Acc) ->
    Acc.

add_to_group(K, V, Acc) ->
    case maps:find(K, Acc) of
        {ok, Vs} -> Acc#{K := [V | Vs]};
        error -> Acc#{K => [V]}
    end.

is_proper_list([_ | T]) -> is_proper_list(T);
is_proper_list([]) -> true;
is_proper_list(_) -> false.
