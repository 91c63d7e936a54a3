-module(etf_mutation).
-export([start/0]).
%% Property: 10,000 mutated encodings (bytes flipped, truncated, extended) of a set of
%% terms fed to binary_to_term/1 give a term or badarg, never a crash; the counts and a
%% digest of the decoded numbers, binaries and list lengths are printed. A flip that makes
%% tag 73 or 75 (OTP's internal atom-table references, whose meaning depends on the
%% running VM's atom table) is skipped.

start() ->
    Base = [term_to_binary(T, [{minor_version, 2}]) || T <- [{ok, [1, 2, 3]}, <<"bin">>, 1 bsl 100, 3.5,
                                                           "string", #{1 => 2}, [a | b], {1, {2, {3}}}, -12345]],
    {Ok, Bad, H} = loop(10000, 7, Base, 0, 0, 0),
    io:format("ok ~w badarg ~w digest ~w~n", [Ok, Bad, H]).

loop(0, _, _, Ok, Bad, H) -> {Ok, Bad, H};
loop(N, S, Base, Ok, Bad, H) ->
    S1 = rnd(S), S2 = rnd(S1),
    B0 = lists:nth(1 + (S1 bsr 8) rem length(Base), Base),
    case mutate((S2 bsr 8) rem 3, B0, S2) of
        skip -> loop(N - 1, S2, Base, Ok, Bad, H);
        B -> decode(N, S2, Base, Ok, Bad, H, B)
    end.

decode(N, S2, Base, Ok, Bad, H, B) ->
    try binary_to_term(B) of
        T -> loop(N - 1, S2, Base, Ok + 1, Bad, (H * 31 + h(T)) rem 1000000007)
    catch error:badarg -> loop(N - 1, S2, Base, Ok, Bad + 1, H)
    end.

mutate(0, B, S) ->
    P = 1 + S rem (byte_size(B) - 1),
    <<Pre:P/binary, X, Post/binary>> = B,
    case X bxor (1 bsl ((S bsr 4) rem 8)) of
        Y when Y =:= 73; Y =:= 75 -> skip;
        Y -> <<Pre/binary, Y, Post/binary>>
    end;
mutate(1, B, S) -> binary:part(B, 0, S rem byte_size(B));
mutate(2, B, S) -> <<B/binary, (S band 255)>>.

h(T) when is_integer(T) -> T rem 1000003;
h(T) when is_float(T) -> 7;
h(T) when is_binary(T) -> byte_size(T) + 11;
h(T) when is_bitstring(T) -> bit_size(T) + 13;
h(T) when is_atom(T) -> 17;
h(T) when is_list(T) -> 19 + length_or(T);
h(T) when is_tuple(T) -> 23 + tuple_size(T);
h(T) when is_map(T) -> 29 + map_size(T);
h(_) -> 31.
length_or(L) -> try length(L) catch _:_ -> 1000 end.

rnd(S) -> (S * 1664525 + 1013904223) band 16#FFFFFFFF.
