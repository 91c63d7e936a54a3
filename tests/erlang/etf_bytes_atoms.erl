-module(etf_bytes_atoms).
-export([start/0]).
%% The bytes of atoms with {minor_version, 2} (UTF-8 small and large atom encodings,
%% the same on every release), atoms inside tuples, lists and maps, and booleans.

start() ->
    As = [a, ok, true, false, '', 'hello world', list_to_atom(lists:duplicate(255, $x)),
          {ok, 1}, [a, b], #{a => 1}, {error, {badarg, [x]}}],
    [io:format("~w~n", [bytes(term_to_binary(A, [{minor_version, 2}]))]) || A <- As],
    [io:format("~w~n", [binary_to_term(B)]) || B <- [<<131, 100, 0, 2, 104, 105>>, <<131, 115, 2, 104, 105>>,
                                                     <<131, 118, 0, 2, 104, 105>>, <<131, 119, 2, 104, 105>>,
                                                     <<131, 104, 2, 119, 2, 111, 107, 97, 5>>]].

bytes(B) when byte_size(B) > 40 -> {binary:part(B, 0, 6), byte_size(B)};
bytes(B) -> B.
