-module(select_mixed_types).
-export([start/0]).
%% One function dispatching on all term types at once.

start() ->
    Ts = [42, -1, 1 bsl 64, 2.5, ok, "", "ab", [x], {}, {1, 2}, #{}, #{k => v}, <<>>, <<7>>,
          fun() -> ok end, self(), make_ref()],
    [io:format("~w~n", [what(T)]) || T <- Ts].

what(0) -> zero;
what(ok) -> ok_atom;
what([]) -> nil;
what({}) -> empty_tuple;
what(#{k := V}) -> {map_with_k, V};
what(<<>>) -> empty_binary;
what(N) when is_integer(N), N > 16#FFFFFFFF -> big_integer;
what(N) when is_integer(N) -> integer;
what(F) when is_float(F) -> float;
what(A) when is_atom(A) -> atom;
what([H | _]) when is_integer(H) -> string;
what([_ | _]) -> list;
what({_, _}) -> pair;
what(M) when is_map(M) -> map;
what(<<B, _/binary>>) -> {binary_starting, B};
what(F) when is_function(F) -> function;
what(P) when is_pid(P) -> pid;
what(R) when is_reference(R) -> reference.
