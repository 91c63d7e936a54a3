-module(fmt_scan_format).
%% io_lib:scan_format, unscan_format and build_text
-export([start/0]).

start() ->
    S = io_lib:scan_format("a~5.2.0fb~*pc~n", [1.5, 7, [x]]),
    lists:foreach(fun(#{control_char := C, args := A, width := W, adjust := Ad,
                        precision := P, pad_char := Pad, encoding := E}) ->
                          io:format("~w~n", [[C, A, W, Ad, P, Pad, E]]);
                     (C) -> io:format("char ~w~n", [C])
                  end, S),
    io:format("~s~n", [io_lib:build_text(S)]),
    {F, A} = io_lib:unscan_format(S),
    io:format("~s ~w~n", [F, A]),
    io:format("~s~n", [io_lib:format(F, A)]),
    ok.
