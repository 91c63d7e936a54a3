-module(fmt_int_bases).
%% ~b ~B ~x ~X ~+ ~# in bases 2 to 36, negative numbers and bignums
-export([start/0]).

start() ->
    lists:foreach(fun(B) ->
        t("~.*b ~.*B ~.*+ ~.*#", [B, 123456789, B, -123456789, B, 255, B, -255])
    end, [2, 3, 8, 10, 16, 20, 36]),
    Big = 123456789012345678901234567890,
    t("~b ~B ~.16b ~.16B ~.36B", [Big, -Big, Big, Big, -Big]),
    t("~x ~X ~.16x ~.16X", [255, "0x", 255, "0X", 255, "0x", -255, "-"]),
    t("~.16x", [255, pre_]),
    t("~.16x", [255, [$a, "bc"]]),
    t("~.16x", [255, 12]),
    t("~.1b", [10]),
    t("~.37b", [10]),
    t("~b", [1.0]),
    t("~b", [foo]),
    t("~B", [0]),
    t("~.16+ ~.16#", [0, 0]),
    t("~.2#", [-5]),
    ok.

t(F, A) ->
    R = try io_lib:format(F, A) of
            S -> {ok, lists:flatten(S)}
        catch
            C:E -> {C, E}
        end,
    case R of
        {ok, Text} -> io:format("~p: [~s]~n", [F, Text]);
        {Class, Reason} -> io:format("~p: ~w:~w~n", [F, Class, Reason])
    end.
