-module(guard_bifs).
-export([start/0]).
%% BIFs allowed in guards, and guard BIFs that fail (badarg inside a guard = clause fails).

start() ->
    io:format("~w~n", [[t1(X) || X <- [[1, 2, 3], [], {a, b}, x]]]),
    io:format("~w~n", [[t2(X) || X <- [{a, b}, {a}, {}, 3]]]),
    io:format("~w~n", [[t3(X) || X <- [-5, 5, 2.5, a]]]),
    io:format("~w~n", [[t4(X) || X <- [<<1, 2, 3>>, <<>>, "x"]]]),
    io:format("~w~n", [[t5(X) || X <- [#{a => 1}, #{}, []]]]),
    io:format("~w~n", [[t6(X) || X <- [[a | b], [x, y], []]]]),
    io:format("~w~n", [[t7(X) || X <- [7, 8, 1.0]]]),
    io:format("~w~n", [[t8(X) || X <- [{1, 2, 3}, {1, 2}, x]]]).

t1(L) when length(L) > 2 -> long;
t1(L) when length(L) >= 0 -> short;
t1(_) -> not_list.
t2(T) when tuple_size(T) =:= 2, element(1, T) =:= a -> pair_a;
t2(T) when tuple_size(T) > 0 -> tuple;
t2(_) -> other.
t3(X) when abs(X) =:= 5 -> five;
t3(X) when trunc(X) =:= 2 -> two_ish;
t3(_) -> other.
t4(B) when byte_size(B) > 2 -> big;
t4(B) when bit_size(B) =:= 0 -> empty;
t4(_) -> other.
t5(M) when map_size(M) > 0 -> nonempty;
t5(M) when map_size(M) =:= 0 -> empty;
t5(_) -> other.
t6(L) when hd(L) =:= a, tl(L) =:= b -> improper;
t6(L) when hd(L) =:= x -> starts_x;
t6(_) -> other.
t7(X) when X rem 2 =:= 0 -> even;
t7(X) when (X div 3) * 3 + X rem 3 =:= X -> odd;
t7(_) -> float.
t8(T) when element(3, T) =:= 3 -> three;
t8(_) -> other.
