-module(std_string_reverse).
%% string:reverse/1 of plain text, CR LF and combining marks
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> string:reverse("abc") end,
        fun() -> string:reverse(<<"abc">>) end,
        fun() -> string:reverse("") end,
        fun() -> string:reverse("a\r\nb") end,
        fun() -> string:reverse("ae\x{301}") end,
        fun() -> string:reverse(["ab", <<"cd">>]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
