-module(float_to_list_opts).
-export([start/0]).
%% float_to_list/2 and float_to_binary/2 options on chosen values: decimals 0..253 limits,
%% compact, scientific 0..249, short, the last option winning, rounding of halves, huge
%% values with decimals, negative zero, and bad options (badarg).

start() ->
    Fs = [0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.1, 1.0e-10, 123456.789, -9.999,
          1.0e15, 1.0e16, 1.0e22, 1.0e23, 3.0e100, 5.0e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 0.3, 2/3, -1/3],
    Os = [[], [{decimals, 0}], [{decimals, 1}], [{decimals, 4}], [{decimals, 4}, compact],
          [{decimals, 20}], [{decimals, 20}, compact], [{scientific, 0}], [{scientific, 3}],
          [{scientific, 17}], [short], [{decimals, 2}, {scientific, 2}],
          [{scientific, 2}, {decimals, 2}], [compact], [{decimals, 3}, short]],
    [io:format("~w ~w ~s~n", [F, O, fl(F, O)]) || F <- Fs, O <- Os],
    [io:format("~w ~s~n", [O, fl(F, O)]) || F <- [1.0e20, 123.0e40, 1.0e200, 1.0e250], O <- [[{decimals, 0}, compact], [{decimals, 1}, compact], [{decimals, 2}]]],
    io:format("~s~n", [fl(1.0e300, [{decimals, 5}])]),
    io:format("~s~n", [float_to_list(0.1, [{decimals, 60}])]),
    io:format("~s~n", [float_to_list(5.0e-324, [{scientific, 60}])]),
    io:format("~w~n", [byte_size(float_to_binary(1.0, [{decimals, 253}]))]),
    io:format("~w~n", [length(float_to_list(1.0, [{scientific, 249}]))]),
    Bad = [[{decimals, 254}], [{decimals, -1}], [{scientific, 250}], [{scientific, -1}],
           [foo], [{decimals, 1.0}], bar, [{decimals, 2} | x], [short, {foo, 1}]],
    [io:format("~w ~w~n", [B, catch_f(fun() -> float_to_list(1.5, B) end)]) || B <- Bad],
    [io:format("~w ~w~n", [B, catch_f(fun() -> float_to_binary(1.5, B) end)]) || B <- Bad],
    io:format("~w~n", [catch_f(fun() -> float_to_list(id(1)) end)]),
    io:format("~w~n", [catch_f(fun() -> float_to_binary(id(a), []) end)]),
    io:format("~w~n", [catch_f(fun() -> float_to_list(1.0e300, [{decimals, 253}]) end)]).

fl(F, O) -> try float_to_list(F, O) catch C:R -> lists:flatten(io_lib_w({C, R})) end.
io_lib_w({C, R}) -> [atom_to_list(C), ":", atom_to_list(R)].
catch_f(F) -> try F() of V -> {ok, iolist_size(V)} catch C:R -> {C, R} end.
id(X) -> X.
