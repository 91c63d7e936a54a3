%% mandelbrot of the Computer Language Benchmarks Game: a 500x500 bitmap, one bit per
%% pixel, built row by row as binaries; float arithmetic and binary construction.
-module(mandelbrot).
-export([start/0]).

-ifdef(SMALL).
-define(SIZE, 160).
-else.
-define(SIZE, 500).
-endif.
-define(ITER, 50).

start() ->
    Rows = [row(Y) || Y <- lists:seq(0, ?SIZE - 1)],
    Bitmap = iolist_to_binary(Rows),
    io:format("checksum: ~w ~w~n", [byte_size(Bitmap), hash(Bitmap, 0)]).

row(Y) ->
    CI = 2.0 * Y / ?SIZE - 1.0,
    row(0, CI, 0, 0, <<>>).

%% Packs pixels 8 to a byte; the last byte of a row is padded with zero bits.
row(X, _CI, _Bits, 0, Acc) when X >= ?SIZE -> Acc;
row(X, _CI, Bits, N, Acc) when X >= ?SIZE -> <<Acc/binary, (Bits bsl (8 - N)):8>>;
row(X, CI, Bits, N, Acc) ->
    CR = 2.0 * X / ?SIZE - 1.5,
    Bit = escape(0.0, 0.0, CR, CI, ?ITER),
    Bits1 = (Bits bsl 1) bor Bit,
    case N + 1 of
        8 -> row(X + 1, CI, 0, 0, <<Acc/binary, Bits1:8>>);
        N1 -> row(X + 1, CI, Bits1, N1, Acc)
    end.

%% 1 when the point stays bounded for ?ITER iterations.
escape(_, _, _, _, 0) -> 1;
escape(ZR, ZI, CR, CI, I) ->
    ZR2 = ZR * ZR, ZI2 = ZI * ZI,
    if
        ZR2 + ZI2 > 4.0 -> 0;
        true -> escape(ZR2 - ZI2 + CR, 2.0 * ZR * ZI + CI, CR, CI, I - 1)
    end.

hash(<<B, Rest/binary>>, H) -> hash(Rest, (H * 31 + B) band 16#FFFFFFF);
hash(<<>>, H) -> H.
