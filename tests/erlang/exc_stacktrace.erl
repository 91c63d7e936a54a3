-module(exc_stacktrace).
-export([start/0, id/1]).
%% Stack trace contents: {Module, Function, Arity} of this module's frames, line info present.

start() ->
    show(fun() -> a() end),
    show(fun() -> bif_fail(id(0)) end),
    show(fun() -> c(3) end),
    try a() catch error:_:St ->
        [{_, _, _, Loc} | _] = St,
        io:format("~w ~w~n", [proplists:get_value(line, Loc) =/= undefined,
                              is_list(proplists:get_value(file, Loc))])
    end,
    io:format("~w~n", [try throw(x) catch throw:x:S -> is_list(S) end]).

id(X) -> X.

show(F) ->
    try F() catch
        Class:Reason:St ->
            Mine = [{M, Fn, A} || {M, Fn, A, _} <- St, M =:= ?MODULE orelse M =:= erlang],
            Lines = [proplists:get_value(line, Loc) =/= undefined || {M, _, _, Loc} <- St, M =:= ?MODULE],
            io:format("~w ~w ~w ~w~n", [Class, Reason, Mine, Lines])
    end.

%% non-tail calls so that every frame stays on the stack; the raising functions
%% may return (as far as the compiler knows: ?MODULE:id hides the argument), so their callers keep their frames
a() -> [b(?MODULE:id(true))].
b(true) -> error(in_b);
b(false) -> ok.

bif_fail(N) -> [element(N, {x})].

%% c(3) -> c(2) -> c(1) -> c(0): OTP lists the repeated return address into c/1 once
c(0) -> maybe_error(?MODULE:id(true));
c(N) -> [c(N - 1)].

maybe_error(true) -> error(bottom);
maybe_error(false) -> ok.
