-module(map_errors).
-export([start/0]).
%% Map errors: {badkey,K} from maps:get, map_get, M#{K := V} and maps:update; {badmap,X}
%% from maps functions and map updates on non-maps; badarg from maps:from_list on bad
%% lists, map_size and is_map_key on non-maps.

start() ->
    M = id(#{a => 1, 2 => b}),
    L = id(maps:from_list([{I, I} || I <- lists:seq(1, 50)])),
    Fs = [fun() -> maps:get(x, M) end, fun() -> map_get(x, M) end, fun() -> M#{x := 1} end,
          fun() -> maps:update(x, 1, M) end, fun() -> maps:get(99, L) end,
          fun() -> L#{99 := 1} end, fun() -> maps:get(a, id(nomap)) end,
          fun() -> maps:put(a, 1, id([])) end, fun() -> (id(x))#{a => 1} end,
          fun() -> (id(<<>>))#{a := 1} end, fun() -> maps:remove(a, id(1)) end,
          fun() -> maps:keys(id(a)) end, fun() -> maps:values(id({})) end,
          fun() -> maps:to_list(id(1.0)) end, fun() -> maps:merge(M, id(x)) end,
          fun() -> maps:merge(id(x), M) end, fun() -> maps:from_list(id([a])) end,
          fun() -> maps:from_list(id([{a, 1} | b])) end, fun() -> maps:from_list(id(x)) end,
          fun() -> map_size(id([])) end, fun() -> is_map_key(a, id(b)) end,
          fun() -> maps:find(a, id(c)) end, fun() -> maps:is_key(a, id(d)) end,
          fun() -> maps:size(id(e)) end, fun() -> maps:get(a, id(f), default) end,
          fun() -> maps:iterator(id(g)) end, fun() -> maps:fold(fun(_, _, A) -> A end, 0, id(h)) end],
    [io:format("~w~n", [catch_f(F)]) || F <- Fs].

catch_f(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
id(X) -> X.
