-module(bin_large_shared).
-export([start/0]).
%% Large binaries (over 64 bytes) sent between processes, taken apart into sub-binaries,
%% kept in tuples after the original is dropped, and garbage collected; contents checked.

start() ->
    Big = list_to_binary([I rem 256 || I <- lists:seq(1, 100000)]),
    Self = self(),
    Pids = [spawn(fun() -> receive {B, From} -> From ! {self(), byte_size(B), binary:at(B, 99999), binary:part(B, N * 10, 5)} end end)
            || N <- lists:seq(1, 20)],
    [P ! {Big, Self} || P <- Pids],
    Rs = [receive {P, S, L, Part} -> {S, L, Part} end || P <- Pids],
    io:format("~w~n", [Rs]),
    <<Head:10/binary, _/binary>> = Big,
    Sub = binary:part(Big, 50000, 100),
    Keep = {Head, Sub},
    erlang:garbage_collect(),
    io:format("~w~n", [Keep]),
    io:format("~w~n", [lists:sum(binary_to_list(Sub))]),
    Chunks = chunks(Big, []),
    io:format("~w ~w~n", [length(Chunks), iolist_size(Chunks)]),
    io:format("~w~n", [iolist_to_binary(Chunks) =:= Big]).

chunks(<<C:1000/binary, R/binary>>, Acc) -> chunks(R, [C | Acc]);
chunks(<<>>, Acc) -> lists:reverse(Acc).
