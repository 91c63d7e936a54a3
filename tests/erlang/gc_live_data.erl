-module(gc_live_data).
-export([start/0]).
%% Lots of short-lived garbage while long-lived data stays live: must survive garbage collections intact.

start() ->
    Live = [{I, integer_to_list(I), <<I:32>>, [I, I + 1]} || I <- lists:seq(1, 20000)],
    Big = lists:foldl(fun(I, Acc) -> Acc * 3 + I end, 1, lists:seq(1, 300)),
    Map = maps:from_list([{I, {I}} || I <- lists:seq(1, 500)]),
    churn(200),
    io:format("~w~n", [length(Live)]),
    io:format("~w~n", [lists:nth(12345, Live)]),
    io:format("~w~n", [check(Live)]),
    io:format("~w~n", [Big rem 1000000007]),
    io:format("~w~n", [maps:get(250, Map)]),
    io:format("~w~n", [deep_garbage(1000, [])]),
    erlang:garbage_collect(),
    io:format("~w~n", [lists:last(Live)]).

%% build and drop many intermediate lists/tuples/bignums
churn(0) -> ok;
churn(N) ->
    _ = lists:reverse([{x, I, [I]} || I <- lists:seq(1, 1000)]),
    _ = [1 bsl (I rem 200) || I <- lists:seq(1, 100)],
    churn(N - 1).

check([]) -> ok;
check([{I, S, <<I:32>>, [I, J]} | T]) ->
    case list_to_integer(S) =:= I andalso J =:= I + 1 of
        true -> check(T);
        false -> {corrupt, I}
    end.

%% keeps an accumulator alive across recursive calls that allocate
deep_garbage(0, Acc) -> length(Acc);
deep_garbage(N, Acc) ->
    Tmp = lists:seq(1, 50),
    deep_garbage(N - 1, [lists:sum(Tmp) | Acc]).
