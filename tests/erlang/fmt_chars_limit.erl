-module(fmt_chars_limit).
%% io_lib:format/3 and io_lib:write/2 with chars_limit: how ~p ~P ~w ~W ~s
%% share the limit and cut terms with "...".
-export([start/0]).

start() ->
    T = {state, [alpha, beta, gamma, delta], #{1 => "one", 2 => <<"two">>},
         lists:seq(1, 30), "a string of some length", <<1, 2, 3, 4, 5, 6, 7, 8>>,
         {nested, {deeper, {deepest, [x, y, z]}}}},
    lists:foreach(fun(L) ->
        io:format("~w: ~s~n", [L, io_lib:format("~p", [T], [{chars_limit, L}])]),
        io:format("~w: ~s~n", [L, io_lib:format("~w", [T], [{chars_limit, L}])]),
        io:format("~w: ~s~n", [L, io_lib:format("~P", [T, 4], [{chars_limit, L}])]),
        io:format("~w: ~s~n", [L, io_lib:format("~s|~p|~w", ["abcdefghijklmnop", T, T], [{chars_limit, L}])]),
        io:format("~w: ~s~n", [L, io_lib:write(T, [{chars_limit, L}])])
    end, [0, 1, 3, 5, 10, 20, 30, 50, 80, 120, 200, 400, 1000]),
    S = lists:seq($a, $z),
    lists:foreach(fun(L) ->
        io:format("~w: ~s~n", [L, io_lib:format("~s", [S], [{chars_limit, L}])]),
        io:format("~w: ~s~n", [L, io_lib:format("~10s|", [S], [{chars_limit, L}])]),
        io:format("~w: ~s~n", [L, io_lib:format("~p", [S], [{chars_limit, L}])]),
        io:format("~w: ~s~n", [L, io_lib:format("~p", [list_to_binary(S)], [{chars_limit, L}])]),
        io:format("~w: ~s~n", [L, io_lib:format("~p", [[S, S, S]], [{chars_limit, L}])]),
        io:format("~w: ~s~n", [L, io_lib:format("~p", [list_to_binary(lists:seq(1, 40))], [{chars_limit, L}])])
    end, [0, 2, 4, 6, 8, 12, 20, 26, 28, 29, 30, 40]),
    io:format("~s~n", [io_lib:format("~p ~p", [lists:seq(1, 100), lists:seq(1, 100)], [{chars_limit, 150}])]),
    io:format("~s~n", [io_lib:format("abc ~b ~s ~p", [12345, atom, [a, b]], [{chars_limit, 5}])]),
    io:format("~s~n", [io_lib:format("~p", [[a | b]], [{chars_limit, 4}])]),
    io:format("~s~n", [io_lib:format("~p", [#{1 => 2, 3 => #{4 => 5}}], [{chars_limit, 12}])]),
    io:format("~s~n", [io_lib:format("~p", [{a, b, c}], [{chars_limit, -1}])]),
    ok.
