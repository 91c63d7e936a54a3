-module(lib_lists_make_fun).
-export([start/0]).
%% fun lists:F/A with F and A known only at run time (compiled to
%% erlang:make_fun/3), applied to lists functions of the estdlib.

start() ->
    Calls = [{sort, [[b, c, a]]}, {seq, [1, 4]}, {keysort, [2, [{a, 2}, {b, 1}]]},
             {foldl, [fun(X, A) -> X + A end, 0, [1, 2, 3]]}, {reverse, [[1, 2], [0]]},
             {member, [b, [a, b]]}, {keyfind, [b, 1, [{a}, {b}]]}, {uniq, [[a, a, b]]}],
    lists:foreach(
      fun({F, Args}) ->
              Fun = make(F, length(Args)),
              io:format("~w/~w ~w ~w~n", [F, length(Args), apply(Fun, Args),
                                          erlang:fun_info(Fun, arity)])
      end, Calls),
    ok.

make(Name, Arity) -> fun lists:Name/Arity.
