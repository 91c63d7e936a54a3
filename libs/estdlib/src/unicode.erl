%% The `unicode' module of the atomvm-rs standard library: conversion
%% of chardata between latin1, UTF-8, UTF-16 and UTF-32. Written for this
%% project from OTP's documentation and experiments against OTP 25.
%%
%% Differences from OTP:
%% - In {error, Converted, Rest} and {incomplete, Converted, Rest}, Rest
%%   holds exactly the input that was not converted. Its nesting follows
%%   what OTP gives in the cases we tried: at each list level the rest is
%%   [Failing | Tail], where Failing is the offending integer, [C] for a
%%   code point the output encoding cannot hold, the rest of an inner
%%   list, or the unconverted end of a binary; a binary cut in the middle
%%   at the top level gives [End, Tail] (or End alone, [End] for
%%   characters_to_list, if nothing follows it). OTP can nest differently
%%   in other cases.
%% - Not provided: the normalization functions (characters_to_nfc_list
%%   and the like) and the OTP 27 character classification functions.
-module(unicode).

-export([characters_to_list/1, characters_to_list/2,
         characters_to_binary/1, characters_to_binary/2,
         characters_to_binary/3, bom_to_encoding/1, encoding_to_bom/1]).

characters_to_list(Data) -> characters_to_list(Data, unicode).

characters_to_list(Data, InEnc) ->
    In = norm_enc(InEnc, [Data, InEnc]),
    case convert(Data, In, 16#10FFFF, [Data, InEnc]) of
        {ok, Rev} -> lists:reverse(Rev);
        {Tag, Rev, {'$top_bin', RestBin}} -> {Tag, lists:reverse(Rev), [RestBin]};
        {Tag, Rev, Rest} -> {Tag, lists:reverse(Rev), Rest}
    end.

characters_to_binary(Data) -> characters_to_binary(Data, unicode, unicode).

characters_to_binary(Data, InEnc) -> characters_to_binary(Data, InEnc, unicode).

characters_to_binary(Data, InEnc, OutEnc) ->
    Args = [Data, InEnc, OutEnc],
    In = norm_enc(InEnc, Args),
    Out = norm_enc(OutEnc, Args),
    Max = case Out of latin1 -> 255; _ -> 16#10FFFF end,
    case convert(Data, In, Max, Args) of
        {ok, Rev} -> encode(lists:reverse(Rev), Out);
        {Tag, Rev, {'$top_bin', RestBin}} -> {Tag, encode(lists:reverse(Rev), Out), RestBin};
        {Tag, Rev, Rest} -> {Tag, encode(lists:reverse(Rev), Out), Rest}
    end.

%% latin1 | utf8 | {utf16, big | little} | {utf32, big | little}
norm_enc(latin1, _) -> latin1;
norm_enc(unicode, _) -> utf8;
norm_enc(utf8, _) -> utf8;
norm_enc(utf16, _) -> {utf16, big};
norm_enc({utf16, E} = Enc, _) when E =:= big; E =:= little -> Enc;
norm_enc(utf32, _) -> {utf32, big};
norm_enc({utf32, E} = Enc, _) when E =:= big; E =:= little -> Enc;
norm_enc(_, Args) -> erlang:error(badarg, Args).

%%% ---------------------------------------------------------------
%%% Decoding: {ok, RevCps} | {error | incomplete, RevCps, Rest}
%%% ---------------------------------------------------------------

convert(B, Enc, Max, _) when is_binary(B) ->
    bin(B, Enc, Max, []);
convert(L, Enc, Max, Args) when is_list(L) ->
    list(L, Enc, Max, [], true, Args);
convert(_, _, _, Args) -> erlang:error(badarg, Args).

%% AtEnd: nothing follows this list in the enclosing ones. Depth: 0 for
%% the argument itself, more inside it (the shape of the rest depends on
%% it, as on OTP).
list(L, Enc, Max, Acc, AtEnd, Args) -> list(L, Enc, Max, Acc, AtEnd, 0, Args).

list([C | T], Enc, Max, Acc, AtEnd, D, Args) when is_integer(C) ->
    Valid = C >= 0 andalso C =< 16#10FFFF andalso (C < 16#D800 orelse C > 16#DFFF)
        andalso (Enc =/= latin1 orelse C =< 255),
    if
        Valid, C =< Max -> list(T, Enc, Max, [C | Acc], AtEnd, D, Args);
        Valid -> {error, Acc, [[C] | T]};
        true -> {error, Acc, [C | T]}
    end;
list([B | T], Enc, Max, Acc, AtEnd, D, Args) when is_binary(B) ->
    case bin(B, Enc, Max, Acc) of
        {ok, Acc1} -> list(T, Enc, Max, Acc1, AtEnd, D, Args);
        {incomplete, Acc1, RestBin} when AtEnd, T =:= [] ->
            {incomplete, Acc1, RestBin};
        {_, Acc1, B} -> {error, Acc1, [B | T]};
        {_, Acc1, RestBin} when D > 0 -> {error, Acc1, [RestBin | T]};
        {_, Acc1, RestBin} when T =:= [] -> {error, Acc1, {'$top_bin', RestBin}};
        {_, Acc1, RestBin} -> {error, Acc1, [RestBin, T]}
    end;
list([L | T], Enc, Max, Acc, AtEnd, D, Args) when is_list(L) ->
    case list(L, Enc, Max, Acc, AtEnd andalso T =:= [], D + 1, Args) of
        {ok, Acc1} -> list(T, Enc, Max, Acc1, AtEnd, D, Args);
        {incomplete, _, _} = Inc -> Inc;
        {error, Acc1, Inner} -> {error, Acc1, [Inner | T]}
    end;
list([], _, _, Acc, _, _, _) -> {ok, Acc};
list(B, Enc, Max, Acc, AtEnd, _, _Args) when is_binary(B) ->
    case bin(B, Enc, Max, Acc) of
        {incomplete, _, _} = Inc when AtEnd -> Inc;
        {_, Acc1, RestBin} -> {error, Acc1, RestBin};
        Ok -> Ok
    end;
list(_, _, _, _, _, _, Args) -> erlang:error(badarg, Args).

bin(<<>>, _, _, Acc) -> {ok, Acc};
bin(B, latin1, _, Acc) -> {ok, lists:reverse(binary_to_list(B), Acc)};
bin(B, utf8, Max, Acc) -> utf8(B, Max, Acc);
bin(B, {utf16, E}, Max, Acc) -> utf16(B, E, Max, Acc);
bin(B, {utf32, E}, Max, Acc) -> utf32(B, E, Max, Acc).

utf8(<<C, R/binary>>, Max, Acc) when C < 128, C =< Max -> utf8(R, Max, [C | Acc]);
utf8(<<C/utf8, R/binary>> = B, Max, Acc) ->
    case C =< Max of
        true -> utf8(R, Max, [C | Acc]);
        false -> {error, Acc, B}
    end;
utf8(<<>>, _, Acc) -> {ok, Acc};
utf8(B, _, Acc) ->
    case truncated_utf8(B) of
        true -> {incomplete, Acc, B};
        false -> {error, Acc, B}
    end.

%% A valid start of a multi-byte sequence that the binary's end cuts.
truncated_utf8(<<L, R/binary>>) ->
    Need = if
               L >= 16#C2, L =< 16#DF -> 1;
               L >= 16#E0, L =< 16#EF -> 2;
               L >= 16#F0, L =< 16#F4 -> 3;
               true -> 0
           end,
    Need > 0 andalso byte_size(R) < Need andalso conts(R) andalso
        second_ok(L, R).

conts(<<C, R/binary>>) when C >= 16#80, C =< 16#BF -> conts(R);
conts(<<>>) -> true;
conts(_) -> false.

%% The second byte's narrower ranges after E0, ED, F0 and F4.
second_ok(16#E0, <<C, _/binary>>) -> C >= 16#A0;
second_ok(16#ED, <<C, _/binary>>) -> C =< 16#9F;
second_ok(16#F0, <<C, _/binary>>) -> C >= 16#90;
second_ok(16#F4, <<C, _/binary>>) -> C =< 16#8F;
second_ok(_, _) -> true.

utf16(<<>>, _, _, Acc) -> {ok, Acc};
utf16(B, E, Max, Acc) ->
    case unit16(B, E) of
        {U, R} when U < 16#D800; U > 16#DFFF ->
            case U =< Max of
                true -> utf16(R, E, Max, [U | Acc]);
                false -> {error, Acc, B}
            end;
        {U, R} when U =< 16#DBFF ->
            case unit16(R, E) of
                {L, R2} when L >= 16#DC00, L =< 16#DFFF ->
                    C = 16#10000 + ((U - 16#D800) bsl 10) + (L - 16#DC00),
                    case C =< Max of
                        true -> utf16(R2, E, Max, [C | Acc]);
                        false -> {error, Acc, B}
                    end;
                short -> {incomplete, Acc, B};
                _ -> {error, Acc, B}
            end;
        {_, _} -> {error, Acc, B};
        short -> {incomplete, Acc, B}
    end.

unit16(<<U:16/big, R/binary>>, big) -> {U, R};
unit16(<<U:16/little, R/binary>>, little) -> {U, R};
unit16(_, _) -> short.

utf32(<<>>, _, _, Acc) -> {ok, Acc};
utf32(B, E, Max, Acc) ->
    U = case {B, E} of
            {<<X:32/big, _/binary>>, big} -> X;
            {<<X:32/little, _/binary>>, little} -> X;
            _ -> short
        end,
    case U of
        short -> {incomplete, Acc, B};
        _ when U =< Max, (U < 16#D800 orelse U > 16#DFFF) ->
            <<_:32, R/binary>> = B,
            utf32(R, E, Max, [U | Acc]);
        _ -> {error, Acc, B}
    end.

%%% ---------------------------------------------------------------
%%% Encoding a list of valid code points
%%% ---------------------------------------------------------------

encode(Cps, latin1) -> list_to_binary(Cps);
encode(Cps, utf8) -> << <<C/utf8>> || C <- Cps >>;
encode(Cps, {utf16, big}) -> << <<C/utf16-big>> || C <- Cps >>;
encode(Cps, {utf16, little}) -> << <<C/utf16-little>> || C <- Cps >>;
encode(Cps, {utf32, big}) -> << <<C:32/big>> || C <- Cps >>;
encode(Cps, {utf32, little}) -> << <<C:32/little>> || C <- Cps >>.

%%% ---------------------------------------------------------------
%%% Byte order marks
%%% ---------------------------------------------------------------

bom_to_encoding(<<16#EF, 16#BB, 16#BF, _/binary>>) -> {utf8, 3};
bom_to_encoding(<<0, 0, 16#FE, 16#FF, _/binary>>) -> {{utf32, big}, 4};
bom_to_encoding(<<16#FF, 16#FE, 0, 0, _/binary>>) -> {{utf32, little}, 4};
bom_to_encoding(<<16#FE, 16#FF, _/binary>>) -> {{utf16, big}, 2};
bom_to_encoding(<<16#FF, 16#FE, _/binary>>) -> {{utf16, little}, 2};
bom_to_encoding(B) when is_binary(B) -> {latin1, 0}.

encoding_to_bom(unicode) -> <<16#EF, 16#BB, 16#BF>>;
encoding_to_bom(utf8) -> <<16#EF, 16#BB, 16#BF>>;
encoding_to_bom(utf16) -> <<16#FE, 16#FF>>;
encoding_to_bom({utf16, big}) -> <<16#FE, 16#FF>>;
encoding_to_bom({utf16, little}) -> <<16#FF, 16#FE>>;
encoding_to_bom(utf32) -> <<0, 0, 16#FE, 16#FF>>;
encoding_to_bom({utf32, big}) -> <<0, 0, 16#FE, 16#FF>>;
encoding_to_bom({utf32, little}) -> <<16#FF, 16#FE, 0, 0>>;
encoding_to_bom(latin1) -> <<>>.
