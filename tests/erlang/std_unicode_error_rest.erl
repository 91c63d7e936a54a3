-module(std_unicode_error_rest).
%% the unconverted rest of bad input, flattened, is the input after the good part
-export([start/0, id/1]).

start() ->
    run(1, [
        fun() -> R = fun(T) -> case T of {error, D, Rest} -> {error, D, unicode:characters_to_list(flat_bins(Rest), latin1)}; Other -> Other end end, R(unicode:characters_to_list(["ab", [$c, -1, $d], "e"])) end,
        fun() -> R = fun(T) -> case T of {error, D, Rest} -> {error, D, flat_bins(Rest)}; Other -> Other end end, R(unicode:characters_to_binary([<<"ok">>, <<255, 1>>, "x"])) end,
        fun() -> R = fun(T) -> case T of {error, D, Rest} -> {error, D, flat_bins(Rest)}; Other -> Other end end, R(unicode:characters_to_binary([[<<"ab", 255>>, "c"], "d"])) end,
        fun() -> R = fun(T) -> case T of {error, D, Rest} -> {error, D, flat_bins(Rest)}; Other -> Other end end, R(unicode:characters_to_binary([$a, [$b, 256000000], $e])) end,
        fun() -> R = fun(T) -> case T of {error, D, Rest} -> {error, D, flat_bins(Rest)}; Other -> Other end end, R(unicode:characters_to_binary([[$a, <<"x", 196, 128, "y">>], $b], unicode, latin1)) end,
        fun() -> R = fun(T) -> case T of {error, D, Rest} -> {error, D, flat_bins(Rest)}; Other -> Other end end, R(unicode:characters_to_list([<<"x">>, <<"ab", 16#e2, 16#82>> | <<"z">>])) end
    ]).

run(_, []) -> ok;
run(I, [F | T]) ->
    R = try F() of V -> V catch C:E -> {caught, C, E} end,
    io:format("~b: ~w~n", [I, R]),
    run(I + 1, T).

id(X) -> X.
flat_bins(B) when is_binary(B) -> binary_to_list(B);
flat_bins(I) when is_integer(I) -> [I];
flat_bins(L) when is_list(L) -> lists:append([flat_bins(X) || X <- L]);
flat_bins(L) -> flat_bins_tail(L).
flat_bins_tail(_) -> [].
