-module(guard_andalso_orelse).
-export([start/0]).
-compile(nowarn_deprecated_catch). % `catch Expr` is deprecated in OTP 29; tested on purpose
%% andalso / orelse (short circuit) and not in guards and bodies.

start() ->
    io:format("~w~n", [[g(X) || X <- [1, 5, 10, 15, a, []]]]),
    io:format("~w~n", [true andalso false]),
    io:format("~w~n", [false orelse true]),
    io:format("~w~n", [false andalso exit(should_not_run)]),
    io:format("~w~n", [true orelse exit(should_not_run)]),
    io:format("~w~n", [true andalso not_a_bool]),
    io:format("~w~n", [false orelse {tail_value}]),
    io:format("~w~n", [not true]),
    io:format("~w~n", [[valid(X) || X <- [{ok, 1}, {ok, -1}, {error, x}, 3]]]),
    {'EXIT', {Reason, _Stack}} = (catch (not_bool andalso true)),
    io:format("~w~n", [Reason]).

g(X) when is_integer(X) andalso (X < 3 orelse X > 12) -> outside;
g(X) when not is_integer(X) -> not_int;
g(_) -> inside.

valid(T) ->
    is_tuple(T) andalso tuple_size(T) =:= 2 andalso element(1, T) =:= ok
        andalso element(2, T) > 0.
