-module(lib_lists_apply).
-export([start/0]).
%% Every function of OTP 25's lists module, called through apply/3 (the
%% call is resolved at run time), and some through literal fun lists:F/A.

start() ->
    Calls =
        [{all, [fun is_atom/1, [a, b]]}, {any, [fun is_atom/1, [1, b]]},
         {append, [[[1], [2]]]}, {append, [[1], [2]]}, {concat, [[a, 1, "b"]]},
         {delete, [a, [b, a]]}, {droplast, [[1, 2]]}, {dropwhile, [fun is_atom/1, [a, 1, b]]},
         {duplicate, [2, x]}, {enumerate, [[a, b]]}, {enumerate, [5, [a, b]]},
         {filter, [fun is_atom/1, [a, 1, b]]}, {filtermap, [fun is_atom/1, [a, 1]]},
         {flatlength, [[[1], 2]]}, {flatmap, [fun(X) -> [X, X] end, [1]]},
         {flatten, [[[1], [[2]]]]}, {flatten, [[[1]], [t]]},
         {foldl, [fun(X, A) -> [X | A] end, [], [1, 2]]},
         {foldr, [fun(X, A) -> [X | A] end, [], [1, 2]]},
         {foreach, [fun(_) -> ok end, [1]]}, {join, [x, [1, 2]]},
         {keydelete, [a, 1, [{a}, {b}]]}, {keyfind, [b, 1, [{a}, {b}]]},
         {keymap, [fun(X) -> {X} end, 1, [{a}]]}, {keymember, [b, 1, [{b}]]},
         {keymerge, [1, [{1}], [{0}]]}, {keyreplace, [a, 1, [{a}], {z}]},
         {keysearch, [a, 1, [{a}]]}, {keysort, [1, [{b}, {a}]]}, {keystore, [c, 1, [{a}], {c}]},
         {keytake, [a, 1, [{a}, {b}]]}, {last, [[1, 2]]}, {map, [fun(X) -> {X} end, [1]]},
         {mapfoldl, [fun(X, A) -> {X, A + X} end, 0, [1, 2]]},
         {mapfoldr, [fun(X, A) -> {X, A + X} end, 0, [1, 2]]},
         {max, [[1, 3, 2]]}, {member, [2, [1, 2]]}, {merge, [[[2], [1]]]},
         {merge, [[1, 3], [2]]}, {merge, [fun(A, B) -> A >= B end, [3, 1], [2]]},
         {merge3, [[1], [3], [2]]}, {min, [[2, 1, 3]]}, {nth, [2, [a, b]]},
         {nthtail, [1, [a, b]]}, {partition, [fun is_atom/1, [a, 1]]}, {prefix, [[1], [1, 2]]},
         {reverse, [[1, 2]]}, {reverse, [[1, 2], [0]]}, {rkeymerge, [1, [{2}], [{1}]]},
         {rmerge, [[2], [1]]}, {rmerge, [fun(A, B) -> A =< B end, [2], [1]]},
         {rmerge3, [[3], [2], [1]]}, {rukeymerge, [1, [{2}], [{2}, {1}]]},
         {rumerge, [[2], [2, 1]]}, {rumerge, [fun(A, B) -> A =< B end, [2], [2, 1]]},
         {rumerge3, [[3], [2], [2]]}, {search, [fun is_atom/1, [1, a]]}, {seq, [1, 3]},
         {seq, [1, 9, 4]}, {sort, [[b, a]]}, {sort, [fun(A, B) -> A >= B end, [a, b]]},
         {split, [1, [a, b]]}, {splitwith, [fun is_atom/1, [a, 1]]}, {sublist, [[a, b, c], 2]},
         {sublist, [[a, b, c], 2, 1]}, {subtract, [[a, b], [a]]}, {suffix, [[2], [1, 2]]},
         {sum, [[1, 2]]}, {takewhile, [fun is_atom/1, [a, 1]]}, {ukeymerge, [1, [{1}], [{1}, {2}]]},
         {ukeysort, [1, [{b}, {a}, {b}]]}, {umerge, [[[1], [1, 2]]]}, {umerge, [[1], [1, 2]]},
         {umerge, [fun(A, B) -> A =< B end, [1], [1, 2]]}, {umerge3, [[1], [2], [1]]},
         {uniq, [[a, b, a]]}, {uniq, [fun(X) -> X rem 2 end, [1, 2, 3]]},
         {unzip, [[{a, 1}]]}, {unzip3, [[{a, 1, x}]]}, {usort, [[b, a, b]]},
         {usort, [fun(A, B) -> A >= B end, [a, b, a]]}, {zf, [fun is_atom/1, [a, 1]]},
         {zip, [[a], [1]]}, {zip3, [[a], [1], [x]]}, {zipwith, [fun(A, B) -> A + B end, [1], [2]]},
         {zipwith3, [fun(A, B, C) -> A + B + C end, [1], [2], [3]]}],
    lists:foreach(
      fun({F, Args}) ->
              io:format("~w/~w ~w~n", [F, length(Args), apply(lists, F, Args)])
      end, Calls),
    io:format("~w~n", [length(Calls)]),
    Funs = [fun lists:sort/1, fun lists:reverse/1, fun lists:usort/1, fun lists:last/1,
            fun lists:flatten/1, fun lists:sum/1, fun lists:max/1, fun lists:droplast/1],
    io:format("~w~n", [[F([3, 1, 2, 1]) || F <- Funs]]),
    io:format("~w~n", [lists:map(fun lists:reverse/1, [[1, 2], [3, 4]])]),
    io:format("~w~n", [lists:foldl(fun lists:append/2, [], [[1], [2], [3]])]),
    io:format("~w~n", [lists:zipwith(fun lists:seq/2, [1, 2], [3, 4])]),
    io:format("~w~n", [lists:sort(fun lists:prefix/2, [[1, 2], [1], []])]),
    io:format("~w~n", [[erlang:fun_info(F, arity) || F <- [fun lists:keysort/2, fun lists:zipwith3/4]]]),
    ok.
