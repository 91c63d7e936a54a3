-module(std_unicode_roundtrip).
%% list -> binary -> list round trips over many code points
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> L = lists:seq(0, 2000, 7) ++ lists:seq(16#D000, 16#D7FF, 97) ++ lists:seq(16#E000, 16#10FFFF, 4099), 
  B = unicode:characters_to_binary(L), {length(L), byte_size(B), unicode:characters_to_list(B) =:= L} end,
        fun() -> L = lists:seq(1, 5000, 13) ++ [16#10000, 16#10FFFF], 
  U16 = unicode:characters_to_binary(L, unicode, utf16), 
  {byte_size(U16), unicode:characters_to_list(U16, utf16) =:= L} end,
        fun() -> L = lists:seq(1, 5000, 13), U32 = unicode:characters_to_binary(L, unicode, {utf32, little}), 
  {byte_size(U32), unicode:characters_to_list(U32, {utf32, little}) =:= L} end,
        fun() -> L = lists:seq(0, 255), B = unicode:characters_to_binary(L, unicode, latin1), 
  {B =:= list_to_binary(L), unicode:characters_to_list(B, latin1) =:= L} end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
