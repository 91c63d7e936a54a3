-module(proc_pid_compare).
-export([start/0]).
%% Pids: equality, self/0 stability, ordering consistent with sorting, pid_to_list shape.

start() ->
    S = self(),
    io:format("~w~n", [S =:= self()]),
    Ps = [spawn(fun() -> ok end) || _ <- lists:seq(1, 20)],
    io:format("~w~n", [length(lists:usort([S | Ps]))]),
    Sorted = lists:sort(Ps),
    io:format("~w~n", [lists:sort(lists:reverse(Sorted)) =:= Sorted]),
    [A, B | _] = Ps,
    io:format("~w~n", [(A < B) =/= (B < A)]),
    Str = pid_to_list(S),
    io:format("~w ~w~n", [hd(Str), lists:last(Str)]),
    io:format("~w~n", [list_to_pid(Str) =:= S]),
    io:format("~w~n", [length(string:tokens(Str, "<.>"))]),
    io:format("~w~n", [is_pid(S) andalso not is_pid(Str)]),
    io:format("~w~n", [node(S)]),
    io:format("~w~n", [node()]).
