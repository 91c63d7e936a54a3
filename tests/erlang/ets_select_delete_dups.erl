%% select_delete/match_delete/select_count/select/match on duplicate_bag and ordered_set:
%% equal objects each judged, deletes by identity.
-module(ets_select_delete_dups).
-export([start/0]).
start() ->
    T = ets:new(t, [duplicate_bag]),
    ets:insert(T, [{a, 1}, {a, 1}, {a, 2}, {b, 1}, {b, 1}, {c, 3}]),
    N = ets:select_delete(T, [{{'_', 1}, [], [true]}]),
    io:format("~p ~p~n", [N, lists:sort(ets:tab2list(T))]),
    ets:match_delete(T, {a, '_'}),
    io:format("~p ~p~n", [ets:select_count(T, [{'_', [], [true]}]), lists:sort(ets:match_object(T, '_'))]),
    S = ets:new(s, [ordered_set]),
    ets:insert(S, [{K, K * K} || K <- lists:seq(1, 20)]),
    io:format("~p ~p~n", [ets:select_delete(S, [{{'$1', '_'}, [{'>', '$1', 15}], [true]}]),
                          ets:select(S, [{{'$1', '$2'}, [{'<', '$1', 4}], [{{'$2', '$1'}}]}])]),
    io:format("~p~n", [ets:match(S, {'$1', 4})]).
