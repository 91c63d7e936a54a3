-module(etf_external_size).
-export([start/0]).
%% erlang:external_size/1,2 agrees with byte_size(term_to_binary(T)) (upper bound with
%% compressed), for terms without atoms, also with {minor_version, 1}.

start() ->
    Ts = [0, 1 bsl 100, 1.5, "abc", [1, 2, 300], {1, <<2>>}, #{1 => [2]}, <<1:5>>, lists:seq(1, 1000)],
    [io:format("~w ~w~n", [erlang:external_size(T), byte_size(term_to_binary(T))]) || T <- Ts],
    [io:format("~w ~w~n", [erlang:external_size(T, [{minor_version, 1}]), byte_size(term_to_binary(T, [{minor_version, 1}]))]) || T <- [1.5, {1, 2.5}]].
