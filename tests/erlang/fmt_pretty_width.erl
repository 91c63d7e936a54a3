-module(fmt_pretty_width).
%% the same terms under ~Np for many line lengths N
-export([start/0]).

start() ->
    Ts = [{state, [alpha, beta, gamma], #{1 => "one", 2 => "two"}, <<"binary data">>},
          [{k1, v1}, {k2, [1, 2, 3]}, {k3, {nested, tuple, here}}],
          {reply, {ok, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}, {state, 42}}],
    lists:foreach(fun(T) ->
        lists:foreach(fun(W) -> io:format("~w:~n~*p~n", [W, W, T]) end,
                      [1, 8, 16, 24, 32, 48, 64, 96])
    end, Ts),
    ok.
