-module(ets_select).
-export([start/0]).
%% Match specifications: select, select_count, select_delete, match, match_object.
start() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{I, I rem 3, integer_to_list(I)} || I <- lists:seq(1, 12)]),
    io:format("~p~n", [ets:select(T, [{{'$1', 0, '_'}, [], ['$1']}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '$2', '$3'}, [{'>', '$1', 8}], [{{'$3', '$2'}}]}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '_', '_'}, [{'andalso', {'>', '$1', 2}, {'<', '$1', 5}}], ['$_']}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '$2', '_'}, [{'orelse', {'==', '$1', 1}, {'==', '$2', 2}}], ['$$']}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '_', '_'}, [{'=:=', {'rem', '$1', 5}, 0}], [{'*', '$1', 10}]}])]),
    io:format("~p~n", [ets:select(T, [{{1, '_', '$1'}, [], ['$1']}, {{2, '_', '$1'}, [], [{const, two}]}])]),
    io:format("~p~n", [ets:select_count(T, [{{'_', 1, '_'}, [], [true]}])]),
    io:format("~p~n", [ets:match(T, {'$1', 2, '$2'})]),
    io:format("~p~n", [ets:match_object(T, {'_', 0, '_'})]),
    io:format("~p~n", [ets:select_delete(T, [{{'_', 0, '_'}, [], [true]}])]),
    io:format("~p~n", [[K || {K, _, _} <- ets:tab2list(T)]]),
    ets:match_delete(T, {'_', 1, '_'}),
    io:format("~p~n", [ets:tab2list(T)]),
    io:format("~p~n", [ets:select(T, [{{'$1', '$1', '_'}, [], [yes]}])]),
    io:format("~p~n", [ets:select(T, [{{'$1', '_', '_'}, [{is_atom, '$1'}], ['$1']}])]).
