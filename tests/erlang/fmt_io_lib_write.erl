-module(fmt_io_lib_write).
%% io_lib:write/1,2 and io_lib:print/1,4 of all kinds of terms
-export([start/0]).

start() ->
    Ts = [1, -1, 1 bsl 100, -(1 bsl 70), 1.5, atom, 'Atom', "str", [1, 2], [a | b],
          {}, {1}, {1, {2, [3]}}, <<>>, <<"abc">>, <<1:1>>, #{}, #{a => 1},
          #{1 => #{2 => 3}}, [[], {}, #{}, <<>>]],
    lists:foreach(fun(T) ->
        io:format("~s | ~s | ~s~n", [io_lib:write(T), io_lib:print(T), io_lib:print(T, 1, 80, 2)])
    end, Ts),
    Long = [lists:seq(1, 20), {lists:seq(1, 20)}, "a string"],
    io:format("~s~n", [io_lib:print(Long)]),
    io:format("~s~n", [io_lib:print(Long, 10, 40, -1)]),
    io:format("~s~n", [io_lib:print(Long, 1, 30, 4)]),
    io:format("~s~n", [io_lib:print(Long, 1, 0, -1)]),
    io:format("~s~n", [io_lib:print(Long, 1, 80, 0)]),
    io:format("~s~n", [io_lib:write(Long, 3)]),
    io:format("~s~n", [io_lib:write("abc", [{encoding, unicode}])]),
    io:format("~w~n", [is_list(io_lib:format("~p", [x]))]),
    ok.
