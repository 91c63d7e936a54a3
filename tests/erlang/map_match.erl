-module(map_match).
-export([start/0]).
%% Matching maps in function heads, case and =: partial matches, bound keys, nested maps.

start() ->
    Ms = [#{type => circle, r => 2}, #{type => rect, w => 2, h => 3}, #{type => other},
          #{r => 1}, #{}, not_a_map],
    [io:format("~w~n", [area(M)]) || M <- Ms],
    #{name := Name, age := Age} = #{name => ann, age => 33, extra => x},
    io:format("~w ~w~n", [Name, Age]),
    K = id(key),
    #{K := V} = #{key => found},
    io:format("~w~n", [V]),
    io:format("~w~n", [nested(#{outer => #{inner => #{leaf => 42}}})]),
    io:format("~w~n", [nested(#{outer => #{inner => none}})]),
    io:format("~w~n", [both(#{a => 1, b => 1})]),
    io:format("~w~n", [both(#{a => 1, b => 2})]),
    io:format("~w~n", [case #{1 => x} of #{1.0 := _} -> float_key; #{1 := _} -> int_key end]).

id(X) -> X.

area(#{type := circle, r := R}) -> {circle, 3 * R * R};
area(#{type := rect, w := W, h := H}) -> {rect, W * H};
area(#{type := T}) -> {unknown_type, T};
area(#{}) -> untyped_map;
area(_) -> not_a_map.

nested(#{outer := #{inner := #{leaf := L}}}) -> {leaf, L};
nested(_) -> no_leaf.

both(#{a := X, b := X}) -> same;
both(#{}) -> different.
