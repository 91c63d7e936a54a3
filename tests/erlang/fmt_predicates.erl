-module(fmt_predicates).
%% io_lib character-list predicates
-export([start/0]).

start() ->
    Ps = [char_list, deep_char_list, latin1_char_list, deep_latin1_char_list,
          printable_list, printable_latin1_list, printable_unicode_list],
    Ts = ["abc", [], [$a | b], [[$a], "b"], [256], [16#D800], [16#10FFFF],
          [16#110000], [-1], "\n\t\e", [7], [200], [1000, 2000], [16#FFFE],
          <<"a">>, a, ["a", <<"b">>], [[[]]], "a\0"],
    lists:foreach(fun(T) ->
        io:format("~w: ~w~n", [T, [io_lib:P(T) || P <- Ps]])
    end, Ts),
    ok.
