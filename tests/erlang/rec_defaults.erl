-module(rec_defaults).
-export([start/0]).
%% Record field defaults, undefined fields, `_ = ` for all other fields, typed fields.

-record(cfg, {host = "localhost", port = 8080, opts = [], debug = false, extra}).
-record(all, {a, b, c}).

start() ->
    io:format("~p~n", [#cfg{}]),
    io:format("~p~n", [#cfg{port = 9}]),
    io:format("~p~n", [#cfg{debug = true, extra = {x}}]),
    io:format("~w~n", [#all{_ = z}]),
    io:format("~w~n", [#all{b = 1, _ = 0}]),
    io:format("~w~n", [(#cfg{})#cfg.extra]),
    io:format("~w~n", [default_port(#cfg{})]).

default_port(#cfg{port = 8080}) -> default;
default_port(_) -> custom.
