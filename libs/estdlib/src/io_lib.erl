%% The `io_lib' module of the atomvm-rs standard library.
%%
%% Text formatting as OTP's io_lib does it: format/2,3 (fwrite) with the
%% control sequences ~p ~P ~w ~W ~s ~e ~f ~g ~b ~B ~x ~X ~+ ~# ~c ~i ~n ~~,
%% field width, precision, pad character, left adjustment, `*' arguments
%% and the `t' (unicode) and `l' (no strings) modifiers; write/1,2,
%% print/1,4 (line breaking lives in io_lib_pretty), atom/string/char
%% writers and the character-list predicates.
%% Written for this project from OTP's documentation and experiments
%% against OTP 25, 27 and 29.
%%
%% Known differences from OTP:
%% - io:printable_range() is always latin1 (there is no +pc flag), so ~tp
%%   shows a list as a string only if its characters are Latin-1.
%% - The length of a string with characters beyond Latin-1 (field widths of
%%   ~ts) counts code points, where OTP counts grapheme clusters.
%% - Under chars_limit, ~ts and ~tp cut text at code points where OTP cuts
%%   at grapheme clusters.
%% - Atoms `maybe' and `else' are quoted (reserved words since OTP 27).
%% - ~tp of a binary that is not valid UTF-8 but starts with a valid
%%   multi-byte sequence shows as OTP 25 and 27 show it (OTP 29 differs).
-module(io_lib).

-export([format/2, format/3, fwrite/2, fwrite/3, write/1, write/2, write/3,
         print/1, print/4, write_atom/1, write_atom_as_latin1/1,
         quote_atom/2, write_string/1, write_string/2,
         write_latin1_string/1, write_latin1_string/2,
         write_string_as_latin1/1, write_string_as_latin1/2,
         write_unicode_string/1, write_char/1, write_latin1_char/1,
         write_unicode_char/1, write_char_as_latin1/1, write_binary/2,
         char_list/1, deep_char_list/1, latin1_char_list/1,
         deep_latin1_char_list/1, deep_unicode_char_list/1,
         printable_list/1, printable_latin1_list/1,
         printable_unicode_list/1, indentation/2, nl/0, chars_length/1,
         scan_format/2, unscan_format/1, build_text/1, build_text/2,
         reserved_word/1]).

%%% ------------------------------------------------------------------
%%% format
%%% ------------------------------------------------------------------

format(Format, Args) ->
    try do_format(Format, Args, [])
    catch _:_ -> erlang:error(badarg, [Format, Args])
    end.

format(Format, Args, Options) ->
    try do_format(Format, Args, Options)
    catch _:_ -> erlang:error(badarg, [Format, Args])
    end.

fwrite(Format, Args) -> format(Format, Args).

fwrite(Format, Args, Options) -> format(Format, Args, Options).

do_format(Format, Args, Options) ->
    case opt(chars_limit, Options, -1) of
        CL when CL < 0 -> build(scan(Format, Args), 0);
        CL -> build_limited(scan(Format, Args), CL)
    end.

%% scan_format/2 and unscan_format/1 use OTP's map form of a control.
scan_format(Format, Args) ->
    try [to_spec_map(I) || I <- scan(Format, Args)]
    catch _:_ -> erlang:error(badarg, [Format, Args])
    end.

unscan_format(Items) ->
    {lists:flatten([unscan_item(I) || I <- Items]),
     lists:append([As || #{args := As} <- Items])}.

build_text(Items) ->
    try build([from_spec_map(I) || I <- Items], 0)
    catch _:_ -> erlang:error(badarg, [Items])
    end.

build_text(Items, Options) ->
    try
        case opt(chars_limit, Options, -1) of
            CL when CL < 0 -> build([from_spec_map(I) || I <- Items], 0);
            CL -> build_limited([from_spec_map(I) || I <- Items], CL)
        end
    catch _:_ -> erlang:error(badarg, [Items, Options])
    end.

to_spec_map({ctl, C, As, F, Adj, P, Pad, Enc, Str}) ->
    #{control_char => C, args => As, width => F, adjust => Adj,
      precision => P, pad_char => Pad, encoding => Enc, strings => Str};
to_spec_map(C) -> C.

from_spec_map(#{control_char := C, args := As, width := F, adjust := Adj,
                precision := P, pad_char := Pad, encoding := Enc} = M) ->
    Str = case M of
              #{strings := S} -> S;
              _ -> true
          end,
    {ctl, C, As, F, Adj, P, Pad, Enc, Str};
from_spec_map(C) -> C.

unscan_item(#{control_char := C, width := F, adjust := Adj, precision := P,
              pad_char := Pad, encoding := Enc} = M) ->
    Str = case M of
              #{strings := S} -> S;
              _ -> true
          end,
    W = case {F, Adj} of
            {none, _} -> "";
            {_, left} -> integer_to_list(-F);
            {_, right} -> integer_to_list(F)
        end,
    Pr = case {P, Pad} of
             {none, $\s} -> "";
             {none, _} -> ".";
             _ -> [$. | integer_to_list(P)]
         end,
    PadS = case Pad of
               $\s -> "";
               _ -> [$., Pad]
           end,
    E = case Enc of unicode -> "t"; _ -> "" end,
    L = case Str of false -> "l"; _ -> "" end,
    [$~, W, Pr, PadS, E, L, C];
unscan_item(C) -> [C].

%% The format as a list: plain elements, and controls
%% {ctl, Char, Args, Width, Adjust, Precision, Pad, Encoding, Strings}.
scan(Format, Args) when is_atom(Format) ->
    scan_list(atom_to_list(Format), Args);
scan(Format, Args) when is_binary(Format) ->
    scan_list(binary_to_list(Format), Args);
scan(Format, Args) when is_list(Format), is_list(Args) ->
    scan_list(Format, Args).

scan_list([$~ | Fmt0], Args0) ->
    {F, Adj, Fmt1, Args1} = width(Fmt0, Args0),
    {P, Fmt2, Args2} = precision(Fmt1, Args1),
    {Pad, Fmt3, Args3} = pad(Fmt2, Args2),
    {Enc, Str, Fmt4} = modifiers(Fmt3, latin1, true),
    [C | Fmt5] = Fmt4,
    {As, Args4} = take_args(C, Args3),
    [{ctl, C, As, F, Adj, P, Pad, Enc, Str} | scan_list(Fmt5, Args4)];
scan_list([C | Fmt], Args) ->
    [C | scan_list(Fmt, Args)];
scan_list([], []) ->
    [].

width([$- | Fmt0], Args0) ->
    {F, Fmt, Args} = number(Fmt0, Args0),
    adjust(-F, Fmt, Args);
width(Fmt0, Args0) ->
    {F, Fmt, Args} = number(Fmt0, Args0),
    adjust(F, Fmt, Args).

adjust(none, Fmt, Args) -> {none, right, Fmt, Args};
adjust(F, Fmt, Args) when F < 0 -> {-F, left, Fmt, Args};
adjust(F, Fmt, Args) -> {F, right, Fmt, Args}.

precision([$. | Fmt], Args) -> number(Fmt, Args);
precision(Fmt, Args) -> {none, Fmt, Args}.

number([$* | Fmt], [A | Args]) when is_integer(A) -> {A, Fmt, Args};
number([C | _] = Fmt, Args) when is_integer(C), C >= $0, C =< $9 ->
    digits(Fmt, Args, 0);
number(Fmt, Args) -> {none, Fmt, Args}.

digits([C | Fmt], Args, N) when is_integer(C), C >= $0, C =< $9 ->
    digits(Fmt, Args, N * 10 + (C - $0));
digits(Fmt, Args, N) -> {N, Fmt, Args}.

pad([$., $* | Fmt], [Pad | Args]) -> {Pad, Fmt, Args};
pad([$., Pad | Fmt], Args) -> {Pad, Fmt, Args};
pad(Fmt, Args) -> {$\s, Fmt, Args}.

modifiers([$t | Fmt], _Enc, Str) -> modifiers(Fmt, unicode, Str);
modifiers([$l | Fmt], Enc, _Str) -> modifiers(Fmt, Enc, false);
modifiers(Fmt, Enc, Str) -> {Enc, Str, Fmt}.

take_args(C, [A, B | Args]) when C =:= $W; C =:= $P; C =:= $x; C =:= $X ->
    {[A, B], Args};
take_args(C, [A | Args])
  when C =:= $w; C =:= $p; C =:= $s; C =:= $e; C =:= $f; C =:= $g;
       C =:= $b; C =:= $B; C =:= $+; C =:= $#; C =:= $c; C =:= $i ->
    {[A], Args};
take_args(C, Args) when (C =:= $~ orelse C =:= $n), is_list(Args) ->
    {[], Args}.

%% Build the text, tracking the column (what ~p starts at).
build([{ctl, _, _, _, _, _, _, _, _} = Ctl | Items], Col) ->
    S = control(Ctl, Col),
    [S | build(Items, indentation(S, Col))];
build([$\n | Items], _Col) ->
    [$\n | build(Items, 0)];
build([$\t | Items], Col) ->
    [$\t | build(Items, ((Col + 8) div 8) * 8)];
build([C | Items], Col) ->
    [C | build(Items, Col + 1)];
build([], _Col) ->
    [].

control({ctl, $s, [A], F, Adj, P, Pad, latin1, _}, _Col) when is_atom(A) ->
    string(latin1_chars(atom_to_list(A)), F, Adj, P, Pad, latin1);
control({ctl, $s, [A], F, Adj, P, Pad, unicode, _}, _Col) when is_atom(A) ->
    string(atom_to_list(A), F, Adj, P, Pad, unicode);
control({ctl, $s, [L], F, Adj, P, Pad, latin1, _}, _Col) ->
    string(lists:flatten(latin1_chars(L)), F, Adj, P, Pad, latin1);
control({ctl, $s, [L], F, Adj, P, Pad, unicode, _}, _Col) ->
    string(lists:flatten(unicode_chars(L)), F, Adj, P, Pad, unicode);
control({ctl, $e, [A], F, Adj, P, Pad, _, _}, _Col) when is_float(A) ->
    fmt_e(A, F, Adj, P, Pad);
control({ctl, $f, [A], F, Adj, P, Pad, _, _}, _Col) when is_float(A) ->
    fmt_f(A, F, Adj, P, Pad);
control({ctl, $g, [A], F, Adj, P, Pad, _, _}, _Col) when is_float(A) ->
    fmt_g(A, F, Adj, P, Pad);
control({ctl, $b, [A], F, Adj, P, Pad, _, _}, _Col) when is_integer(A) ->
    radix(A, F, Adj, base(P), Pad, "", true);
control({ctl, $B, [A], F, Adj, P, Pad, _, _}, _Col) when is_integer(A) ->
    radix(A, F, Adj, base(P), Pad, "", false);
control({ctl, C, [A, Prefix], F, Adj, P, Pad, _, _}, _Col)
  when (C =:= $x orelse C =:= $X), is_integer(A) ->
    Pre = if
              is_atom(Prefix) -> atom_to_list(Prefix);
              true ->
                  true = deep_char_list(Prefix),
                  Prefix
          end,
    radix(A, F, Adj, base(P), Pad, Pre, C =:= $x);
control({ctl, C, [A], F, Adj, P, Pad, _, _}, _Col)
  when (C =:= $+ orelse C =:= $#), is_integer(A) ->
    B = base(P),
    radix(A, F, Adj, B, Pad, integer_to_list(B) ++ "#", C =:= $+);
control({ctl, $c, [A], F, Adj, P, Pad, unicode, _}, _Col) when is_integer(A) ->
    char(A, F, Adj, P, Pad);
control({ctl, $c, [A], F, Adj, P, Pad, latin1, _}, _Col) when is_integer(A) ->
    char(A band 255, F, Adj, P, Pad);
control({ctl, $~, [], F, Adj, P, Pad, _, _}, _Col) ->
    char($~, F, Adj, P, Pad);
control({ctl, $n, [], none, _, _, _, _, _}, _Col) ->
    "\n";
control({ctl, $n, [], F, right, _, _, _, _}, _Col) ->
    dup($\n, F);
control({ctl, $i, [_], _, _, _, _, _, _}, _Col) ->
    [];
control({ctl, $w, [A], F, Adj, P, Pad, Enc, _}, _Col) ->
    field(write1(A, -1, Enc), F, Adj, P, Pad);
control({ctl, $W, [A, D], F, Adj, P, Pad, Enc, _}, _Col) when is_integer(D) ->
    field(write1(A, D, Enc), F, Adj, P, Pad);
control({ctl, $p, [A], F, Adj, P, Pad, Enc, Str}, Col) ->
    pretty(A, -1, F, Adj, P, Pad, Enc, Str, -1, Col);
control({ctl, $P, [A, D], F, Adj, P, Pad, Enc, Str}, Col) when is_integer(D) ->
    pretty(A, D, F, Adj, P, Pad, Enc, Str, -1, Col).

pretty(T, D, none, Adj, P, Pad, Enc, Str, CL, Col) ->
    pretty(T, D, 80, Adj, P, Pad, Enc, Str, CL, Col);
pretty(T, D, F, Adj, none, Pad, Enc, Str, CL, Col) ->
    pretty(T, D, F, Adj, Col + 1, Pad, Enc, Str, CL, Col);
pretty(T, D, F, right, P, _Pad, Enc, Str, CL, _Col) ->
    io_lib_pretty:print(T, [{column, P}, {line_length, F}, {depth, D},
                            {encoding, Enc}, {strings, Str},
                            {chars_limit, CL}]).

%%% Under a chars_limit: the controls ~p ~P ~w ~W and ~s of a list or
%%% binary share what the limit leaves after the rest of the text, each
%%% getting an equal part of what is left when its turn comes.

build_limited(Items0, CL) ->
    Items = lists:append([small(I) || I <- Items0]),
    {NP, NW, Other} = lists:foldl(fun count/2, {0, 0, 0}, Items),
    case NP + NW of
        0 -> Items;
        N -> limited(Items, NP, N, sub(CL, Other), 0)
    end.

%% A control whose text does not depend on the limit becomes characters.
small({ctl, C, _, _, _, _, _, _, _} = Ctl) when C =:= $p; C =:= $P; C =:= $w; C =:= $W ->
    [Ctl];
small({ctl, $s, [A], _, _, _, _, _, _} = Ctl) when not is_atom(A) -> [Ctl];
small({ctl, _, _, _, _, _, _, _, _} = Ctl) -> lists:flatten(control(Ctl, 0));
small(C) -> [C].

count({ctl, C, _, _, _, _, _, _, _}, {P, W, O}) when C =:= $p; C =:= $P -> {P + 1, W, O};
count({ctl, _, _, _, _, _, _, _, _}, {P, W, O}) -> {P, W + 1, O};
count(C, {P, W, O}) when is_list(C); is_binary(C) -> {P, W, O + chars_length(C)};
count(C, {P, W, O}) when is_integer(C) -> {P, W, O + 1}.

limited([{ctl, C, _, _, _, _, _, _, _} = Ctl | Items], NP0, N, Left, Col) ->
    Max = case Left < 0 of
              true -> Left;
              false -> Left div N
          end,
    S = control_limited(Ctl, Max, Col),
    NP = case C =:= $p orelse C =:= $P of
             true -> NP0 - 1;
             false -> NP0
         end,
    Left1 = case Left < 0 of
                true -> Left;
                false -> sub(Left, chars_length(S))
            end,
    Col1 = case NP > 0 of
               true -> indentation(S, Col);
               false -> Col
           end,
    [S | limited(Items, NP, N - 1, Left1, Col1)];
limited([$\n | Items], NP, N, Left, _Col) ->
    [$\n | limited(Items, NP, N, Left, 0)];
limited([$\t | Items], NP, N, Left, Col) ->
    [$\t | limited(Items, NP, N, Left, ((Col + 8) div 8) * 8)];
limited([C | Items], NP, N, Left, Col) ->
    [C | limited(Items, NP, N, Left, Col + 1)];
limited([], _, _, _, _) ->
    [].

control_limited({ctl, $s, [L], F, Adj, P, Pad, latin1, _}, CL, _Col) ->
    Chars = case CL < 0 orelse (is_integer(F) andalso CL >= F) of
                true -> lists:flatten(latin1_chars(L));
                false -> cut_chars([L], sub(CL, 3), fun latin1_next/1)
            end,
    string(Chars, limit_field(F, CL), Adj, P, Pad, latin1);
control_limited({ctl, $s, [L], F, Adj, P, Pad, unicode, _}, CL, _Col) ->
    Chars = case CL < 0 orelse (is_integer(F) andalso CL >= F) of
                true -> lists:flatten(unicode_chars(L));
                false -> cut_chars(lists:flatten(unicode_chars(L)), sub(CL, 3),
                                   fun plain_next/1)
            end,
    string(Chars, limit_field(F, CL), Adj, P, Pad, unicode);
control_limited({ctl, $w, [A], F, Adj, P, Pad, Enc, _}, CL, _Col) ->
    field(write(A, [{depth, -1}, {encoding, Enc}, {chars_limit, CL}]), F, Adj, P, Pad);
control_limited({ctl, $W, [A, D], F, Adj, P, Pad, Enc, _}, CL, _Col) when is_integer(D) ->
    field(write(A, [{depth, D}, {encoding, Enc}, {chars_limit, CL}]), F, Adj, P, Pad);
control_limited({ctl, $p, [A], F, Adj, P, Pad, Enc, Str}, CL, Col) ->
    pretty(A, -1, F, Adj, P, Pad, Enc, Str, CL, Col);
control_limited({ctl, $P, [A, D], F, Adj, P, Pad, Enc, Str}, CL, Col) when is_integer(D) ->
    pretty(A, D, F, Adj, P, Pad, Enc, Str, CL, Col).

limit_field(F, CL) when CL < 0; F =:= none -> F;
limit_field(F, CL) -> max(3, min(F, CL)).

sub(T, _) when T < 0 -> T;
sub(T, E) when T >= E -> T - E;
sub(_, _) -> 0.

%% The first N characters, then the rest if it is at most three characters,
%% else "...". Next: fun(Stack) -> {Char, Stack} | done.
cut_chars(Stack, N, Next) ->
    {Head, Rest} = take_chars(Stack, N, Next, []),
    {More, _} = take_chars(Rest, 4, Next, []),
    case length(More) of
        4 -> Head ++ "...";
        _ -> Head ++ More
    end.

take_chars(Stack, 0, _Next, Acc) -> {lists:reverse(Acc), Stack};
take_chars(Stack, N, Next, Acc) ->
    case Next(Stack) of
        done -> {lists:reverse(Acc), []};
        {C, Stack1} -> take_chars(Stack1, N - 1, Next, [C | Acc])
    end.

%% Characters of latin1 chardata one at a time, checking them as they come.
latin1_next([]) -> done;
latin1_next([[] | S]) -> latin1_next(S);
latin1_next([[C | Cs] | S]) when is_integer(C), C >= 0, C =< 255 -> {C, [Cs | S]};
latin1_next([[L | Cs] | S]) -> latin1_next([L, Cs | S]);
latin1_next([<<>> | S]) -> latin1_next(S);
latin1_next([<<C, B/binary>> | S]) -> {C, [B | S]}.

plain_next([]) -> done;
plain_next([C | Cs]) -> {C, Cs}.

base(none) -> 10;
base(B) when is_integer(B), B >= 2, B =< 36 -> B.

%% Characters of ~s (no t): Latin-1 characters, binaries as bytes.
latin1_chars([C | Cs]) when is_integer(C), C >= 0, C =< 255 ->
    [C | latin1_chars(Cs)];
latin1_chars([L | Cs]) ->
    [latin1_chars(L) | latin1_chars(Cs)];
latin1_chars([]) -> [];
latin1_chars(B) when is_binary(B) -> binary_to_list(B).

%% Characters of ~ts: any characters, binaries as UTF-8 (else bytes).
unicode_chars([C | Cs]) when is_integer(C), C >= 0 ->
    [C | unicode_chars(Cs)];
unicode_chars([L | Cs]) ->
    [unicode_chars(L) | unicode_chars(Cs)];
unicode_chars([]) -> [];
unicode_chars(B) when is_binary(B) ->
    case utf8_list(B, []) of
        error -> binary_to_list(B);
        L -> L
    end.

utf8_list(<<C/utf8, R/binary>>, Acc) -> utf8_list(R, [C | Acc]);
utf8_list(<<>>, Acc) -> lists:reverse(Acc);
utf8_list(_, _) -> error.

%% A string in a field: width F, precision P (characters taken).
string(S, none, _Adj, none, _Pad, _Enc) -> S;
string(S, F, Adj, none, Pad, _Enc) -> fit(S, F, Adj, length(S), Pad);
string(S, none, _Adj, P, Pad, _Enc) -> fit(S, P, left, length(S), Pad);
string(S, F, Adj, P, Pad, _Enc) when F > P ->
    N = length(S),
    Body = if
               N > P -> lists:sublist(S, P);
               N < P -> S ++ dup(Pad, P - N);
               true -> S
           end,
    adj(Body, dup(Pad, F - P), Adj);
string(S, F, Adj, F, Pad, _Enc) ->
    fit(S, F, Adj, length(S), Pad).

fit(S, F, _Adj, N, _Pad) when N > F -> lists:sublist(S, F);
fit(S, F, Adj, N, Pad) when N < F -> adj(S, dup(Pad, F - N), Adj);
fit(S, _F, _Adj, _N, _Pad) -> S.

adj(Data, [], _) -> Data;
adj(Data, Pad, left) -> [Data | Pad];
adj(Data, Pad, right) -> [Pad | Data].

%% A term's text in a field: too long shows as asterisks.
field(T, none, _Adj, none, _Pad) -> T;
field(T, none, Adj, P, Pad) -> field(T, P, Adj, P, Pad);
field(T, F, Adj, P0, Pad) ->
    L = chars_length(T),
    P = min(L, case P0 of none -> F; _ -> min(P0, F) end),
    if
        L > P -> adj(dup($*, P), dup(Pad, F - P), Adj);
        true -> adj(T, dup(Pad, F - L), Adj)
    end.

radix(Int, F, Adj, Base, Pad, Prefix, Lower) ->
    Digits = case Int < 0 of
                 true -> integer_to_list(-Int, Base);
                 false -> integer_to_list(Int, Base)
             end,
    D = case Lower of
            true -> lower(Digits);
            false -> Digits
        end,
    S = case Int < 0 of
            true -> [$-, Prefix | D];
            false -> [Prefix | D]
        end,
    field(S, F, Adj, none, Pad).

lower([C | Cs]) when C >= $A, C =< $Z -> [C + 32 | lower(Cs)];
lower([C | Cs]) -> [C | lower(Cs)];
lower([]) -> [].

char(C, none, _Adj, none, _Pad) -> [C];
char(C, F, _Adj, none, _Pad) -> dup(C, F);
char(C, none, _Adj, P, _Pad) -> dup(C, P);
char(C, F, Adj, P, Pad) when F >= P -> adj(dup(C, P), dup(Pad, F - P), Adj).

dup(_C, 0) -> [];
dup(C, N) when is_integer(N), N > 0 -> [C | dup(C, N - 1)].

%%% Floats: ~e ~f ~g round the 21 significant digits of float_to_list/1.

fmt_e(X, F, Adj, none, Pad) -> fmt_e(X, F, Adj, 6, Pad);
fmt_e(X, none, _Adj, P, _Pad) when P >= 2 -> float_e(X, P);
fmt_e(X, F, Adj, P, Pad) when P >= 2 -> field(float_e(X, P), F, Adj, F, Pad).

fmt_f(X, F, Adj, none, Pad) -> fmt_f(X, F, Adj, 6, Pad);
fmt_f(X, none, _Adj, P, _Pad) when P >= 1 -> float_f(X, P);
fmt_f(X, F, Adj, P, Pad) when P >= 1 -> field(float_f(X, P), F, Adj, F, Pad).

fmt_g(X, F, Adj, none, Pad) -> fmt_g(X, F, Adj, 6, Pad);
fmt_g(X, F, Adj, P, Pad) when P >= 1 ->
    A = abs(X),
    %% Integer bounds (and A * 10 < 1 for A < 0.1): no float literal, so this module loads
    %% on a VM built without floats.
    E = if
            A * 10 < 1 -> -2;
            A < 1 -> -1;
            A < 10 -> 0;
            A < 100 -> 1;
            A < 1000 -> 2;
            A < 10000 -> 3;
            true -> big
        end,
    if
        P =< 1, E =:= -1 -> fmt_f(X, F, Adj, P - 1 - E, Pad);
        is_integer(E), P - 1 > E, E >= -1 -> fmt_f(X, F, Adj, P - 1 - E, Pad);
        P =< 1 -> fmt_e(X, F, Adj, 2, Pad);
        true -> fmt_e(X, F, Adj, P, Pad)
    end.

%% {Digits, Exp}: X = 0.D1D2... * 10^Exp, 21 digits.
float_digits(X) ->
    S = float_to_list(abs(X)),
    {Mant, [$e | ExpS]} = lists:splitwith(fun(C) -> C =/= $e end, S),
    {[C || C <- Mant, C =/= $.], list_to_integer(ExpS) + 1}.

sign(X) when X < 0 -> "-";
sign(X) when X > 0 -> "";
sign(X) ->
    case <<X/float>> of
        <<1:1, _:63>> -> "-";
        _ -> ""
    end.

float_e(X, P) ->
    {Ds, E} = float_digits(X),
    {Rounded, Carry} = round_digits(Ds, P),
    {Mant, Exp} = case Carry of
                      true -> {[$1 | lists:sublist(Rounded, P - 1)], E};
                      false -> {Rounded, E - 1}
                  end,
    [H | T] = Mant,
    ExpS = if
               Exp >= 0 -> [$e, $+ | integer_to_list(Exp)];
               true -> [$e | integer_to_list(Exp)]
           end,
    sign(X) ++ [H, $. | T] ++ ExpS.

float_f(X, P) ->
    {Ds0, E0} = float_digits(X),
    {Ds, E} = if
                  E0 =< 0 -> {dup($0, -E0 + 1) ++ Ds0, 1};
                  true -> {Ds0, E0}
              end,
    %% keep E integer digits and P decimals
    {Rounded, Carry} = round_digits(Ds, E + P),
    All = case Carry of
              true -> [$1 | Rounded];
              false -> Rounded
          end,
    {Int, Frac} = lists:split(length(All) - P, All),
    sign(X) ++ Int ++ [$. | Frac].

%% The first N digits of Ds rounded half up (padded with zeros), and
%% whether the rounding carried out of the first digit.
round_digits(Ds, N) ->
    {Head, Rest} = take(Ds, N),
    Up = case Rest of
             [D | _] when D >= $5 -> true;
             _ -> false
         end,
    case Up of
        false -> {Head, false};
        true -> increment(Head)
    end.

take(Ds, N) when length(Ds) >= N -> lists:split(N, Ds);
take(Ds, N) -> {Ds ++ dup($0, N - length(Ds)), []}.

increment(Ds) ->
    {R, C} = inc(lists:reverse(Ds), []),
    {R, C}.

inc([], Acc) -> {Acc, true};
inc([$9 | T], Acc) -> inc(T, [$0 | Acc]);
inc([D | T], Acc) -> {lists:reverse(T, [D + 1 | Acc]), false}.

%%% ------------------------------------------------------------------
%%% write (~w)
%%% ------------------------------------------------------------------

write(Term) -> write1(Term, -1, latin1).

write(Term, Options) when is_list(Options) ->
    D = opt(depth, Options, -1),
    Enc = opt(encoding, Options, latin1),
    case opt(chars_limit, Options, -1) of
        _ when D =:= 0 -> "...";
        0 -> "...";
        L when L < 0 -> write1(Term, D, Enc);
        L -> io_lib_pretty:write_limited(Term, D, L, Enc)
    end;
write(Term, Depth) ->
    write1(Term, Depth, latin1).

write(Term, D, true) -> print(Term, 1, 80, D);
write(Term, D, false) -> write(Term, D).

write1(_, 0, _) -> "...";
write1(T, _, _) when is_integer(T) -> integer_to_list(T);
write1(T, _, _) when is_float(T) -> float_to_list(T, [short]);
write1(A, _, latin1) when is_atom(A) -> write_atom_as_latin1(A);
write1(A, _, _) when is_atom(A) -> write_atom(A);
write1(T, _, _) when is_pid(T) -> pid_to_list(T);
write1(T, _, _) when is_port(T) -> erlang:port_to_list(T);
write1(T, _, _) when is_reference(T) -> erlang:ref_to_list(T);
write1(T, D, _) when is_bitstring(T) -> write_binary(T, D);
write1([], _, _) -> "[]";
write1({}, _, _) -> "{}";
write1([_ | _], 1, _) -> "[...]";
write1([H | T], D, E) ->
    [$[, write1(H, D - 1, E), write_tail(T, D - 1, E), $]];
write1(F, _, _) when is_function(F) -> erlang:fun_to_list(F);
write1(M, D, E) when is_map(M) -> write_map(M, D, E);
write1(T, 1, _) when is_tuple(T) -> "{...}";
write1(T, D, E) when is_tuple(T) ->
    [${, write1(element(1, T), D - 1, E), write_elems(T, 2, D - 1, E), $}].

write_tail([], _, _) -> "";
write_tail(_, 1, _) -> "|...";
write_tail([H | T], D, E) -> [$,, write1(H, D - 1, E) | write_tail(T, D - 1, E)];
write_tail(Other, D, E) -> [$|, write1(Other, D - 1, E)].

write_elems(T, I, _, _) when I > tuple_size(T) -> "";
write_elems(_, _, 1, _) -> ",...";
write_elems(T, I, D, E) ->
    [$,, write1(element(I, T), D - 1, E) | write_elems(T, I + 1, D - 1, E)].

write_map(_, 1, _) -> "#{}";
write_map(M, D, E) ->
    case maps:to_list(M) of
        [] -> "#{}";
        [{K, V} | KVs] ->
            [$#, ${, write_assoc(K, V, D - 1, E),
             write_assocs(KVs, D - 1, D - 1, E), $}]
    end.

write_assocs(_, 1, _, _) -> ",...";
write_assocs([], _, _, _) -> "";
write_assocs([{K, V} | KVs], D, D0, E) ->
    [$,, write_assoc(K, V, D0, E) | write_assocs(KVs, D - 1, D0, E)].

write_assoc(K, V, D, E) -> [write1(K, D, E), " => ", write1(V, D, E)].

write_binary(B, D) when is_integer(D) ->
    [$<, $<, bin_body(B, D), $>, $>].

bin_body(<<>>, _) -> [];
bin_body(_, 1) -> "...";
bin_body(<<X:8>>, _) -> integer_to_list(X);
bin_body(<<X:8, Rest/bitstring>>, D) ->
    [integer_to_list(X), $, | bin_body(Rest, D - 1)];
bin_body(B, _) ->
    L = bit_size(B),
    <<X:L>> = B,
    [integer_to_list(X), $:, integer_to_list(L)].

opt(Key, Options, Default) ->
    case lists:keyfind(Key, 1, Options) of
        {Key, V} -> V;
        _ -> Default
    end.

%%% ------------------------------------------------------------------
%%% print (~p)
%%% ------------------------------------------------------------------

print(Term) -> io_lib_pretty:print(Term, 1, 80, -1).

print(Term, Column, LineLength, Depth) ->
    io_lib_pretty:print(Term, Column, LineLength, Depth).

%%% ------------------------------------------------------------------
%%% atoms, strings, characters
%%% ------------------------------------------------------------------

write_atom(A) -> atom_text(A, unicode).

write_atom_as_latin1(A) -> atom_text(A, as_latin1).

atom_text(A, Mode) ->
    Cs = atom_to_list(A),
    case quote_atom(A, Cs) of
        true -> [$' | quoted(Mode, Cs, $')];
        false -> Cs
    end.

quote_atom(A, Cs) ->
    case reserved_word(A) of
        true -> true;
        false ->
            case Cs of
                [C | Rest] when C >= $a, C =< $z -> not name_chars(Rest);
                [C | Rest] when C >= 223, C =< 255, C =/= 247 ->
                    not name_chars(Rest);
                _ -> true
            end
    end.

reserved_word(W) ->
    lists:member(W, ['after', 'and', 'andalso', 'band', 'begin', 'bnot',
                     'bor', 'bsl', 'bsr', 'bxor', 'case', 'catch', 'cond',
                     'div', 'else', 'end', 'fun', 'if', 'let', 'maybe',
                     'not', 'of', 'or', 'orelse', 'receive', 'rem', 'try',
                     'when', 'xor']).

name_chars([C | Cs]) ->
    case name_char(C) of
        true -> name_chars(Cs);
        false -> false
    end;
name_chars([]) -> true.

name_char(C) when C >= $a, C =< $z -> true;
name_char(C) when C >= $A, C =< $Z -> true;
name_char(C) when C >= $0, C =< $9 -> true;
name_char($_) -> true;
name_char($@) -> true;
name_char(C) when C >= 223, C =< 255, C =/= 247 -> true;
name_char(C) when C >= 192, C =< 222, C =/= 215 -> true;
name_char(_) -> false.

write_string(S) -> write_string(S, $").
write_string(S, Q) -> [Q | quoted(unicode, S, Q)].
write_unicode_string(S) -> write_string(S).
write_latin1_string(S) -> write_latin1_string(S, $").
write_latin1_string(S, Q) -> [Q | quoted(latin1, S, Q)].
write_string_as_latin1(S) -> write_string_as_latin1(S, $").
write_string_as_latin1(S, Q) -> [Q | quoted(as_latin1, S, Q)].

%% The characters of S between quotes Q, escaped; Mode is unicode (keep
%% characters from 160 up), latin1 (160..255 only) or as_latin1 (beyond
%% 255 as \x{H}).
quoted(_Mode, [], Q) -> [Q];
quoted(Mode, [C | Cs], Q) -> esc(Mode, C, Q, quoted(Mode, Cs, Q)).

esc(_, Q, Q, T) -> [$\\, Q | T];
esc(_, $\\, _, T) -> [$\\, $\\ | T];
esc(_, C, _, T) when C >= $\s, C =< $~ -> [C | T];
esc(latin1, C, _, T) when C >= 160, C =< 255 -> [C | T];
esc(unicode, C, _, T) when C >= 160 -> [C | T];
esc(as_latin1, C, _, T) when C >= 160, C =< 255 -> [C | T];
esc(as_latin1, C, _, T) when C > 255 ->
    "\\x{" ++ integer_to_list(C, 16) ++ "}" ++ T;
esc(_, $\n, _, T) -> [$\\, $n | T];
esc(_, $\r, _, T) -> [$\\, $r | T];
esc(_, $\t, _, T) -> [$\\, $t | T];
esc(_, $\v, _, T) -> [$\\, $v | T];
esc(_, $\b, _, T) -> [$\\, $b | T];
esc(_, $\f, _, T) -> [$\\, $f | T];
esc(_, $\e, _, T) -> [$\\, $e | T];
esc(_, $\d, _, T) -> [$\\, $d | T];
esc(_, C, _, T) when C < 160 ->
    [$\\, (C bsr 6) + $0, ((C bsr 3) band 7) + $0, (C band 7) + $0 | T].

write_char($\s) -> "$\\s";
write_char(C) when is_integer(C), C >= 0 -> [$$ | esc(unicode, C, -1, [])].
write_unicode_char(C) -> write_char(C).
write_latin1_char(C) when is_integer(C), C >= 0, C =< 255 ->
    [$$ | esc(latin1, C, -1, [])].
write_char_as_latin1(C) when is_integer(C), C >= 0 ->
    [$$ | esc(as_latin1, C, -1, [])].

%%% ------------------------------------------------------------------
%%% predicates
%%% ------------------------------------------------------------------

-define(UNI(C), (is_integer(C) andalso
                 (C >= 0 andalso C < 16#D800 orelse
                  C > 16#DFFF andalso C < 16#FFFE orelse
                  C > 16#FFFF andalso C =< 16#10FFFF))).

latin1_char_list([C | Cs]) when is_integer(C), C >= 0, C =< 255 ->
    latin1_char_list(Cs);
latin1_char_list([]) -> true;
latin1_char_list(_) -> false.

char_list([C | Cs]) when ?UNI(C) -> char_list(Cs);
char_list([]) -> true;
char_list(_) -> false.

deep_latin1_char_list(L) -> deep(L, [], fun(C) -> is_integer(C) andalso C >= 0 andalso C =< 255 end).

deep_char_list(L) -> deep(L, [], fun(C) -> ?UNI(C) end).

deep_unicode_char_list(L) -> deep_char_list(L).

deep([C | Cs], More, Ok) when is_list(C) -> deep(C, [Cs | More], Ok);
deep([C | Cs], More, Ok) ->
    case Ok(C) of
        true -> deep(Cs, More, Ok);
        false -> false
    end;
deep([], [Cs | More], Ok) -> deep(Cs, More, Ok);
deep([], [], _) -> true;
deep(_, _, _) -> false.

printable_list(L) -> printable_latin1_list(L).

printable_latin1_list([C | Cs]) when is_integer(C), C >= $\s, C =< $~ ->
    printable_latin1_list(Cs);
printable_latin1_list([C | Cs]) when is_integer(C), C >= 160, C =< 255 ->
    printable_latin1_list(Cs);
printable_latin1_list([C | Cs]) when is_integer(C), C >= $\b, C =< $\r ->
    printable_latin1_list(Cs);
printable_latin1_list([$\e | Cs]) -> printable_latin1_list(Cs);
printable_latin1_list([]) -> true;
printable_latin1_list(_) -> false.

printable_unicode_list([C | Cs]) when is_integer(C), C >= $\s, C =< $~ ->
    printable_unicode_list(Cs);
printable_unicode_list([C | Cs])
  when is_integer(C), C >= 160, C < 16#D800;
       is_integer(C), C > 16#DFFF, C < 16#FFFE;
       is_integer(C), C > 16#FFFF, C =< 16#10FFFF ->
    printable_unicode_list(Cs);
printable_unicode_list([C | Cs]) when is_integer(C), C >= $\b, C =< $\r ->
    printable_unicode_list(Cs);
printable_unicode_list([$\e | Cs]) -> printable_unicode_list(Cs);
printable_unicode_list([]) -> true;
printable_unicode_list(_) -> false.

nl() -> "\n".

%% The column after printing String from column I (tabs every 8).
indentation([$\n | Cs], _I) -> indentation(Cs, 0);
indentation([$\t | Cs], I) -> indentation(Cs, ((I + 8) div 8) * 8);
indentation([C | Cs], I) when is_integer(C) -> indentation(Cs, I + 1);
indentation([C | Cs], I) -> indentation(Cs, indentation(C, I));
indentation([], I) -> I;
indentation(B, I) when is_binary(B) -> indentation(binary_to_list(B), I).

%% Number of characters in a deep character list.
chars_length(S) -> chars_length(S, 0).

chars_length([C | Cs], N) when is_integer(C) -> chars_length(Cs, N + 1);
chars_length([L | Cs], N) -> chars_length(Cs, chars_length(L, N));
chars_length([], N) -> N;
chars_length(B, N) when is_binary(B) -> N + byte_size(B).
