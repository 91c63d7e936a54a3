-module(float_decimals_edges).
-export([start/0]).
%% {decimals, N} at rounding edges: values whose decimal expansion is just below, at or
%% above a half (0.005, 1.005, 2.675, 0.125, 0.375, x.5), negative values rounding to
%% zero, carries into the integer part, and values just above 2^53 (the exact path).

start() ->
    Fs = [0.005, 0.015, 0.025, 1.005, 2.675, 0.125, 0.375, 0.5, 1.5, 2.5, 3.5, -0.5, -1.5,
          -0.004, -0.0049, 9.995, 99.995, 0.9999999, 999999.9999999, 4503599627370495.5,
          9007199254740992.0, 9007199254740994.0, 18014398509481988.0, 1.0e17 + 8, 0.1 + 0.2],
    [io:format("~w ~s ~s ~s ~s ~s~n", [F, float_to_list(F, [{decimals, 0}]), float_to_list(F, [{decimals, 1}]),
                                    float_to_list(F, [{decimals, 2}]), float_to_list(F, [{decimals, 3}, compact]),
                                    float_to_list(F, [{decimals, 18}])]) || F <- Fs].
