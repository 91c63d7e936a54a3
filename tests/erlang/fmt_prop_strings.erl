-module(fmt_prop_strings).
%% Property-style test of string detection: random character lists and
%% binaries (printable ASCII, Latin-1, control characters, code points
%% beyond Latin-1, UTF-8) printed with ~p ~tp ~lp ~P ~tP ~w ~s ~ts.
-export([start/0]).

start() ->
    loop(600, 4242),
    ok.

loop(0, _) -> ok;
loop(N, S0) ->
    {L, S1} = gen_chars(S0),
    {K, S2} = rnd(3, S1),
    {D, S3} = rnd(12, S2),
    T = case K of
            0 -> L;
            1 -> utf8(L);
            2 -> latin1(L)
        end,
    %% ~tp of a binary that is not UTF-8 differs between OTP releases
    case K of
        2 ->
            show(io_lib:format("~p|~lp", [T, T])),
            show(io_lib:format("~P|~w", [T, D + 2, T]));
        _ ->
            show(io_lib:format("~p|~tp|~lp", [T, T, T])),
            show(io_lib:format("~P|~tP|~w", [T, D + 2, T, D + 2, T]))
    end,
    show(io_lib:format("~p", [[T, {T}]])),
    show(["s: ", try_format("~s", T)]),
    show(["ts: ", try_format("~ts", T)]),
    loop(N - 1, S3).

try_format(F, T) ->
    try io_lib:format(F, [T])
    catch error:badarg -> "badarg"
    end.

utf8(L) ->
    case lists:all(fun(C) -> C < 16#D800 end, L) of
        true -> << <<C/utf8>> || C <- L >>;
        false -> <<"x">>
    end.

latin1(L) -> << <<(C band 255)>> || C <- L >>.

show(Chars) ->
    io:put_chars([esc(C) || C <- lists:flatten(Chars)]),
    io:put_chars("\n").

esc(C) when C > 126 -> "\\x{" ++ integer_to_list(C, 16) ++ "}";
esc(C) -> C.

next(S) -> (S * 1103515245 + 12345) band 16#7FFFFFFF.
rnd(N, S) -> S1 = next(S), {(S1 bsr 7) rem N, S1}.

gen_chars(S) ->
    {Len, S1} = rnd(30, S),
    {Kind, S2} = rnd(6, S1),
    gen_chars(Len, Kind, S2, []).

gen_chars(0, _, S, Acc) -> {Acc, S};
gen_chars(N, Kind, S, Acc) ->
    {R, S1} = rnd(100, S),
    {C, S2} = if
                  R < 70 -> {X, Sx} = rnd(95, S1), {X + 32, Sx};
                  Kind =:= 0 -> {X, Sx} = rnd(95, S1), {X + 32, Sx};
                  Kind =:= 1 -> {X, Sx} = rnd(96, S1), {X + 160, Sx};
                  Kind =:= 2 -> {X, Sx} = rnd(32, S1), {X, Sx};
                  Kind =:= 3 -> {X, Sx} = rnd(2000, S1), {X + 256, Sx};
                  Kind =:= 4 -> {X, Sx} = rnd(40, S1), {X + 120, Sx};
                  true -> {X, Sx} = rnd(8, S1), {lists:nth(X + 1, "\n\t\r\e\v\f\b\""), Sx}
              end,
    gen_chars(N - 1, Kind, S2, [C | Acc]).
