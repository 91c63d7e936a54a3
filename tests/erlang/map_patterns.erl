-module(map_patterns).
-export([start/0]).
%% Map patterns: in function heads, case, with bound variable keys, several keys, nested
%% maps, literal non-atom keys, failing matches (badmatch, function_clause, case_clause),
%% and map patterns on large maps.

start() ->
    M = #{name => "x", age => 3, {k, 1} => tuple, 42 => int, <<"b">> => bin, 1.5 => fl},
    io:format("~w~n", [f(M)]),
    io:format("~w~n", [f(#{age => 10})]),
    io:format("~w~n", [f(#{other => 1})]),
    K = id({k, 1}),
    #{K := V1, 42 := V2, <<"b">> := V3, 1.5 := V4} = M,
    io:format("~w~n", [{V1, V2, V3, V4}]),
    #{outer := #{inner := X}} = id(#{outer => #{inner => deep}}),
    io:format("~w~n", [X]),
    io:format("~w~n", [case catch_f(fun() -> #{missing := _} = id(M), ok end) of
                           {error, {badmatch, BM}} -> {badmatch, BM =:= M};
                           Other -> Other
                       end]),
    io:format("~w~n", [catch_f(fun() -> g(id(#{})) end)]),
    io:format("~w~n", [catch_f(fun() -> case id(#{a => 1}) of #{a := 2} -> two end end)]),
    io:format("~w~n", [catch_f(fun() -> #{a := _} = id(not_a_map), ok end)]),
    L = maps:from_list([{I, I * 2} || I <- lists:seq(1, 100)]),
    #{1 := A, 50 := B, 100 := C} = L,
    io:format("~w~n", [{A, B, C}]),
    io:format("~w~n", [[h(Z) || Z <- [#{1 => a}, #{1.0 => a}, #{2 => b}, #{}, #{1 => a, 2 => b}]]]),
    io:format("~w~n", [[size_class(Z) || Z <- [#{}, #{a => 1}, L]]]).

f(#{name := N, age := A}) -> {named, N, A};
f(#{age := A}) when A > 5 -> {old, A};
f(#{}) -> none.

g(#{x := X}) -> X.

h(#{1 := V, 2 := W}) -> {both, V, W};
h(#{1 := V}) -> {int, V};
h(#{1.0 := V}) -> {float, V};
h(_) -> other.

size_class(M) when map_size(M) =:= 0 -> empty;
size_class(M) when map_size(M) > 32 -> large;
size_class(M) when is_map_key(a, M) -> has_a;
size_class(_) -> small.

catch_f(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
