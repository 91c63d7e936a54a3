-module(std_lists_keyfuns).
%% keyfind, keymember, keysearch, keydelete, keyreplace, keystore, keytake, keymap
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> L = [{a, 1}, {b, 2}, {a, 3}], [lists:keyfind(a, 1, L), lists:keyfind(2, 2, L), lists:keyfind(z, 1, L)] end,
        fun() -> lists:keyfind(1, 1, [{1.0, x}]) end,
        fun() -> lists:keymember(b, 1, [{a, 1}, {b, 2}]) end,
        fun() -> lists:keysearch(b, 1, [{a, 1}, {b, 2}]) end,
        fun() -> lists:keysearch(z, 1, [{a, 1}]) end,
        fun() -> lists:keydelete(a, 1, [{a, 1}, {b, 2}, {a, 3}]) end,
        fun() -> lists:keyreplace(a, 1, [{a, 1}, {b, 2}, {a, 3}], {a, 9}) end,
        fun() -> lists:keyreplace(z, 1, [{a, 1}], {z, 9}) end,
        fun() -> lists:keystore(b, 1, [{a, 1}, {b, 2}], {b, 20}) end,
        fun() -> lists:keystore(c, 1, [{a, 1}], {c, 3}) end,
        fun() -> lists:keytake(b, 1, [{a, 1}, {b, 2}, {c, 3}]) end,
        fun() -> lists:keytake(z, 1, [{a, 1}]) end,
        fun() -> lists:keymap(fun(X) -> X * 2 end, 2, [{a, 1}, {b, 2}]) end,
        fun() -> lists:keyfind(a, 0, [{a}]) end,
        fun() -> lists:keyfind(a, 1, not_a_list) end,
        fun() -> lists:keyfind(a, 2, [x, {a}, {b, a}]) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
