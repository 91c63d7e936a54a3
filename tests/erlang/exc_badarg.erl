-module(exc_badarg).
-export([start/0]).
%% badarg from many BIFs.

start() ->
    Cases = [
        fun() -> atom_to_list(id("no")) end,
        fun() -> list_to_atom(id(no)) end,
        fun() -> element(id(9), {1}) end,
        fun() -> hd(id([])) end,
        fun() -> tuple_size(id([])) end,
        fun() -> byte_size(id(atom)) end,
        fun() -> integer_to_list(id(1.0)) end,
        fun() -> list_to_integer(id("x")) end,
        fun() -> binary_to_list(id("str")) end,
        fun() -> erlang:make_tuple(id(-1), a) end,
        fun() -> id(self()) ! id(msg), ok end,
        fun() -> id(not_a_pid_or_name) ! msg end,
        fun() -> abs(id(a)) end,
        fun() -> length(id([a | b])) end,
        fun() -> atom_to_binary(id(1), utf8) end
    ],
    [io:format("~w~n", [t(F)]) || F <- Cases].

id(X) -> X.

t(F) ->
    try F() of V -> {ok, V} catch C:R -> {C, R} end.
