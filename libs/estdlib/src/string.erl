%% The `string' module of the atomvm-rs standard library: the unicode
%% chardata API of OTP 20+ and the older list-only functions that code
%% still calls. Written for this project from OTP's documentation and
%% experiments against OTP 25, 27 and 29.
%%
%% How text is handled:
%% - A binary argument is UTF-8; its pieces come back as binaries. A
%%   flat list of code points comes back as lists (the "rest" results are
%%   tails of the argument). Deep or mixed chardata is flattened first
%%   and its results are flat lists: equal as text to OTP's, but OTP
%%   returns other (deep, mixed) structures for such arguments.
%% - A grapheme cluster is a code point followed by any combining marks
%%   (and other "extend" characters: ZWJ, variation selectors, emoji
%%   modifiers, tags), or the pair CR LF. This is a subset of Unicode's
%%   extended grapheme clusters: Hangul syllable sequences, regional
%%   indicator pairs, prepend and spacing marks are separate graphemes
%%   here. A cluster of more than one code point is a list of them.
%% - A pattern (split, find, replace) matches only where its end is a
%%   grapheme boundary. Known difference: OTP trims and takes trailing
%%   single-code-point separators inside a cluster in some cases (e.g.
%%   trim("a\r\n", trailing, "\n") is "a\r" on OTP, unchanged here), and
%%   lexemes/2 with "\n" splits inside CR LF on OTP, not here.
%% - Case mapping covers Latin-1, Latin Extended-A, Greek, Cyrillic,
%%   Armenian and the full-width Latin letters, plus the special case of
%%   sharp s (uppercase "SS", casefold "ss"). Other scripts are left as
%%   they are.
%% - equal/4 supports only the normalization `none'; the others raise
%%   {unsupported, {normalization, Form}}.
-module(string).

-export([length/1, to_graphemes/1, equal/2, equal/3, equal/4,
         is_empty/1, reverse/1, slice/2, slice/3, pad/2, pad/3, pad/4,
         trim/1, trim/2, trim/3, chomp/1, take/2, take/3, take/4,
         lexemes/2, nth_lexeme/3, split/2, split/3, find/2, find/3,
         replace/3, replace/4, prefix/2, uppercase/1, lowercase/1,
         titlecase/1, casefold/1, to_integer/1, to_float/1,
         next_grapheme/1, next_codepoint/1, jaro_similarity/2]).

%% The pre-unicode API.
-export([len/1, concat/2, chr/2, rchr/2, str/2, rstr/2, span/2,
         cspan/2, substr/2, substr/3, sub_string/2, sub_string/3,
         tokens/2, join/2, chars/2, chars/3, copies/2, words/1, words/2,
         sub_word/2, sub_word/3, strip/1, strip/2, strip/3, left/2,
         left/3, right/2, right/3, centre/2, centre/3, to_lower/1,
         to_upper/1]).

-compile({no_auto_import, [length/1]}).

-define(WS, [$\s, $\t, $\n, 16#0B, 16#0C, $\r, [$\r, $\n], 16#85, 16#200E,
             16#200F, 16#2028, 16#2029]).

%%% ---------------------------------------------------------------
%%% Chardata in and out
%%% ---------------------------------------------------------------

%% {Kind, CodePoints}: Kind says how pieces are given back.
in(S) when is_binary(S) -> {bin, decode(S, S)};
in(S) when is_list(S) ->
    case is_flat(S) of
        true -> {list, S};
        false -> {list, flat(S, [])}
    end;
in(S) -> erlang:error(function_clause, [S]).

%% As in/1, with OTP's reason for a bad argument of some functions.
in(S, _) when is_binary(S); is_list(S) -> in(S);
in(S, Reason) -> erlang:error(Reason, [S]).

out(bin, Cps) -> encode(Cps);
out(list, Cps) -> Cps.

is_flat([C | T]) when is_integer(C), C >= 0, C =< 16#10FFFF -> is_flat(T);
is_flat([]) -> true;
is_flat(_) -> false.

flat([C | T], Tail) when is_integer(C), C >= 0, C =< 16#10FFFF ->
    [C | flat(T, Tail)];
flat([L | T], Tail) when is_list(L) -> flat(L, flat(T, Tail));
flat([B | T], Tail) when is_binary(B) -> decode(B, flat(T, Tail), B);
flat([], Tail) -> Tail;
flat(B, Tail) when is_binary(B) -> decode(B, Tail, B);
flat(Other, _) -> erlang:error({badarg, Other}).

decode(B, Orig) -> decode(B, [], Orig).

decode(<<C/utf8, R/binary>>, Tail, Orig) -> [C | decode(R, Tail, Orig)];
decode(<<>>, Tail, _) -> Tail;
decode(Bad, _, _) -> erlang:error({badarg, Bad}).

encode(Cps) -> << <<C/utf8>> || C <- Cps >>.

%% Text of S as a flat list of code points (errors: badarg).
cps(S) -> element(2, in(S)).

%%% ---------------------------------------------------------------
%%% Graphemes
%%% ---------------------------------------------------------------

%% {Grapheme, Rest} of a non-empty code point list.
gc([$\r, $\n | T]) -> {[$\r, $\n], T};
gc([C | T]) ->
    case extends(T, []) of
        {[], _} -> {C, T};
        {Ext, Rest} -> {[C | Ext], Rest}
    end.

extends([C | T], Acc) ->
    case is_extend(C) of
        true -> extends(T, [C | Acc]);
        false -> {lists:reverse(Acc), [C | T]}
    end;
extends([], Acc) -> {lists:reverse(Acc), []}.

is_extend(C) when C < 16#300 -> false;
is_extend(C) when C =< 16#36F -> true;
is_extend(C) when C >= 16#483, C =< 16#489 -> true;
is_extend(C) when C >= 16#591, C =< 16#5BD -> true;
is_extend(C) when C >= 16#610, C =< 16#61A -> true;
is_extend(C) when C >= 16#64B, C =< 16#65F -> true;
is_extend(C) when C >= 16#1AB0, C =< 16#1AFF -> true;
is_extend(C) when C >= 16#1DC0, C =< 16#1DFF -> true;
is_extend(C) when C =:= 16#200C; C =:= 16#200D -> true;
is_extend(C) when C >= 16#20D0, C =< 16#20FF -> true;
is_extend(C) when C >= 16#FE00, C =< 16#FE0F -> true;
is_extend(C) when C >= 16#FE20, C =< 16#FE2F -> true;
is_extend(C) when C >= 16#1F3FB, C =< 16#1F3FF -> true;
is_extend(C) when C >= 16#E0020, C =< 16#E007F -> true;
is_extend(C) when C >= 16#E0100, C =< 16#E01EF -> true;
is_extend(_) -> false.

gcs([]) -> [];
gcs(L) -> {G, R} = gc(L), [G | gcs(R)].

%% The code points of a grapheme, in front of Tail.
gc_cps(G, Tail) when is_integer(G) -> [G | Tail];
gc_cps(G, Tail) -> G ++ Tail.

%% The separators/characters arguments: a list whose elements are the
%% graphemes (a code point, or a list of them such as [$\r, $\n]):
%% "\r\n" there is CR and LF, which do not match a CR LF cluster.
gc_set(L) when is_list(L) -> [norm_gc(G) || G <- L];
gc_set(_) -> erlang:error(badarg).

norm_gc([C]) when is_integer(C) -> C;
norm_gc(G) when is_list(G) -> flat(G, []);
norm_gc(G) -> G.

%%% ---------------------------------------------------------------
%%% Measuring and comparing
%%% ---------------------------------------------------------------

length(S) -> count(cps(S), 0).

count([], N) -> N;
count(L, N) -> {_, R} = gc(L), count(R, N + 1).

to_graphemes(S) -> gcs(cps(S)).

is_empty([]) -> true;
is_empty(<<>>) -> true;
is_empty([H | T]) -> is_empty(H) andalso is_empty(T);
is_empty(_) -> false.

equal(A, B) -> cps(A) =:= cps(B).

equal(A, B, false) -> equal(A, B);
equal(A, B, true) -> casefold(cps(A)) =:= casefold(cps(B)).

equal(A, B, IgnoreCase, none) -> equal(A, B, IgnoreCase);
equal(_, _, _, Norm) -> erlang:error({unsupported, {normalization, Norm}}).

reverse(S) -> lists:reverse(gcs(cps(S))).

%%% ---------------------------------------------------------------
%%% Slicing and padding
%%% ---------------------------------------------------------------

slice(S, Start) -> slice(S, Start, infinity).

slice(S, Start, Len) when is_integer(Start), Start >= 0,
                          (Len =:= infinity orelse
                           (is_integer(Len) andalso Len >= 0)) ->
    {K, L} = in(S),
    out(K, take_gcs(drop_gcs(L, Start), Len));
slice(S, Start, Len) -> erlang:error(function_clause, [S, Start, Len]).

drop_gcs(L, 0) -> L;
drop_gcs([], _) -> [];
drop_gcs(L, N) -> {_, R} = gc(L), drop_gcs(R, N - 1).

take_gcs(L, infinity) -> L;
take_gcs(_, 0) -> [];
take_gcs([], _) -> [];
take_gcs(L, N) -> {G, R} = gc(L), gc_cps(G, take_gcs(R, N - 1)).

pad(S, Len) -> pad(S, Len, trailing, $\s).

pad(S, Len, Dir) -> pad(S, Len, Dir, $\s).

pad(S, Len, Dir, Char) when is_integer(Len) ->
    N = Len - length(S),
    pad_dir(Dir, S, N, Char);
pad(S, Len, Dir, Char) -> erlang:error(function_clause, [S, Len, Dir, Char]).

pad_dir(trailing, S, N, C) when N > 0 -> [S | lists:duplicate(N, C)];
pad_dir(trailing, S, _, _) -> [S];
pad_dir(leading, S, N, C) when N > 0 -> [lists:duplicate(N, C), S];
pad_dir(leading, S, _, _) -> [[], S];
pad_dir(both, S, N, C) when N > 0 ->
    Half = lists:duplicate(N div 2, C),
    case N rem 2 of
        0 -> [Half, S, Half];
        1 -> [Half, S, Half, C]
    end;
pad_dir(both, S, _, _) -> [[], S, []];
pad_dir(Dir, S, N, C) -> erlang:error(function_clause, [S, N, Dir, C]).

%%% ---------------------------------------------------------------
%%% Trimming and taking
%%% ---------------------------------------------------------------

trim(S) -> trim(S, both, ?WS).

trim(S, Dir) -> trim(S, Dir, ?WS).

trim(S, Dir, Chars) when Dir =:= leading; Dir =:= trailing; Dir =:= both ->
    Set = gc_set(Chars),
    {K, L} = in(S),
    L1 = case Dir of
             trailing -> L;
             _ -> skip_set(L, Set)
         end,
    L2 = case Dir of
             leading -> L1;
             _ -> cut_trailing(L1, Set)
         end,
    out(K, L2);
trim(S, Dir, Chars) -> erlang:error(function_clause, [S, Dir, Chars]).

%% Drops leading graphemes that are in Set.
skip_set([], _) -> [];
skip_set(L, Set) ->
    {G, R} = gc(L),
    case lists:member(G, Set) of
        true -> skip_set(R, Set);
        false -> L
    end.

%% Drops the trailing graphemes that are in Set.
cut_trailing(L, Set) ->
    Gs = gcs(L),
    Kept = lists:reverse(lists:dropwhile(fun(G) -> lists:member(G, Set) end,
                                         lists:reverse(Gs))),
    lists:foldr(fun gc_cps/2, [], Kept).

chomp(S) ->
    {K, L} = in(S),
    out(K, chomp_cps(L)).

%% Drops every trailing newline (LF or CR LF).
chomp_cps(L) ->
    lists:reverse(drop_newlines(lists:reverse(L))).

drop_newlines([$\n, $\r | T]) -> drop_newlines(T);
drop_newlines([$\n | T]) -> drop_newlines(T);
drop_newlines(L) -> L.

take(S, Chars) -> take(S, Chars, false, leading).

take(S, Chars, Complement) -> take(S, Chars, Complement, leading).

take(S, Chars, Complement, Dir) when is_boolean(Complement) ->
    Set = gc_set(Chars),
    In = fun(G) -> lists:member(G, Set) =/= Complement end,
    {K, L} = in(S),
    case Dir of
        leading ->
            {Taken, Rest} = take_leading(L, In, []),
            {out(K, Taken), out(K, Rest)};
        trailing ->
            Gs = lists:reverse(gcs(L)),
            {TakenR, RestR} = lists:splitwith(In, Gs),
            {out(K, lists:foldl(fun gc_cps/2, [], RestR)),
             out(K, lists:foldl(fun gc_cps/2, [], TakenR))};
        _ -> erlang:error(function_clause, [S, Chars, Complement, Dir])
    end;
take(S, Chars, Complement, Dir) -> erlang:error(function_clause, [S, Chars, Complement, Dir]).

take_leading([], _, Acc) -> {lists:reverse(Acc), []};
take_leading(L, In, Acc) ->
    {G, R} = gc(L),
    case In(G) of
        true -> take_leading(R, In, lists:reverse(gc_cps(G, []), Acc));
        false -> {lists:reverse(Acc), L}
    end.

%%% ---------------------------------------------------------------
%%% Lexemes, splitting, finding, replacing
%%% ---------------------------------------------------------------

lexemes(S, Seps) ->
    Set = gc_set(Seps),
    {K, L} = in(S),
    [out(K, Lx) || Lx <- lexemes_cps(L, Set)].

lexemes_cps(L, Set) ->
    case skip_set(L, Set) of
        [] -> [];
        L1 ->
            {Lx, Rest} = until_set(L1, Set, []),
            [Lx | lexemes_cps(Rest, Set)]
    end.

until_set([], _, Acc) -> {lists:reverse(Acc), []};
until_set(L, Set, Acc) ->
    {G, R} = gc(L),
    case lists:member(G, Set) of
        true -> {lists:reverse(Acc), L};
        false -> until_set(R, Set, lists:reverse(gc_cps(G, []), Acc))
    end.

nth_lexeme(S, N, Seps) when is_integer(N), N > 0 ->
    Set = gc_set(Seps),
    {K, L} = in(S),
    case lists:nthtail(N - 1, lexemes_cps(L, Set) ++ lists:duplicate(N, [])) of
        [Lx | _] -> out(K, Lx)
    end;
nth_lexeme(S, N, Seps) -> erlang:error(function_clause, [S, N, Seps]).

split(S, Pattern) -> split(S, Pattern, leading).

split(S, Pattern, Where) when Where =:= leading; Where =:= trailing;
                              Where =:= all ->
    P = cps(Pattern),
    {K, L} = in(S, {badmatch, S}),
    [out(K, Part) || Part <- split_cps(L, P, Where)];
split(S, Pattern, Where) -> erlang:error(function_clause, [S, Pattern, Where]).

split_cps(L, [], _) -> [L];
split_cps(L, P, leading) ->
    case search(L, P, []) of
        nomatch -> [L];
        {Before, After} -> [Before, After]
    end;
split_cps(L, P, trailing) ->
    case last_search(L, P, [], nomatch) of
        nomatch -> [L];
        {Before, After} -> [Before, After]
    end;
split_cps(L, P, all) ->
    case search(L, P, []) of
        nomatch -> [L];
        {Before, After} -> [Before | split_cps(After, P, all)]
    end.

%% The first occurrence of P in L that ends on a grapheme boundary:
%% {Before, After}, or nomatch.
search([], _, _) -> nomatch;
search(L, P, Acc) ->
    case match_prefix(P, L) of
        {ok, After} -> {lists:reverse(Acc), After};
        nomatch ->
            [C | T] = L,
            search(T, P, [C | Acc])
    end.

last_search([], _, _, Found) -> Found;
last_search(L, P, Acc, Found) ->
    Found1 = case match_prefix(P, L) of
                 {ok, After} -> {lists:reverse(Acc), After};
                 nomatch -> Found
             end,
    [C | T] = L,
    last_search(T, P, [C | Acc], Found1).

match_prefix(P, L) -> match_prefix(P, L, none).

%% A match must end on a grapheme boundary: not before a combining mark,
%% not between the CR and the LF of a CR LF.
match_prefix([C | P], [C | L], _) -> match_prefix(P, L, C);
match_prefix([], [$\n | _], $\r) -> nomatch;
match_prefix([], [C | _] = L, _) ->
    case is_extend(C) of
        true -> nomatch;
        false -> {ok, L}
    end;
match_prefix([], [], _) -> {ok, []};
match_prefix(_, _, _) -> nomatch.

find(S, Pattern) -> find(S, Pattern, leading).

find(S, Pattern, Dir) when Dir =:= leading; Dir =:= trailing ->
    P = cps(Pattern),
    {K, L} = in(S, {badmatch, S}),
    case P of
        [] -> S;
        _ ->
            R = case Dir of
                    leading -> search(L, P, []);
                    trailing -> last_search(L, P, [], nomatch)
                end,
            case R of
                nomatch -> nomatch;
                {Before, _} -> out(K, lists:nthtail(erlang:length(Before), L))
            end
    end;
find(S, Pattern, Dir) -> erlang:error(function_clause, [S, Pattern, Dir]).

replace(S, Pattern, Replacement) -> replace(S, Pattern, Replacement, leading).

replace(S, Pattern, Replacement, Where) ->
    lists:join(Replacement, split(S, Pattern, Where)).

prefix(S, Prefix) ->
    P = cps(Prefix),
    {K, L} = in(S),
    case lists:prefix(P, L) of
        true -> out(K, lists:nthtail(erlang:length(P), L));
        false -> nomatch
    end.

%%% ---------------------------------------------------------------
%%% Case
%%% ---------------------------------------------------------------

uppercase(S) -> {K, L} = in(S, {badarg, S}), out(K, map_case(fun up/1, L)).

lowercase(S) -> {K, L} = in(S, {badarg, S}), out(K, map_case(fun low/1, L)).

casefold(S) -> {K, L} = in(S, {badarg, S}), out(K, map_case(fun fold/1, L)).

titlecase(S) ->
    {K, L} = in(S),
    case L of
        [] -> out(K, []);
        [C | T] -> out(K, title(C) ++ T)
    end.

%% Each mapping gives a list (a code point can map to several).
map_case(F, L) -> lists:append([F(C) || C <- L]).

up(16#DF) -> "SS";
up(C) -> [upper_cp(C)].

low(C) -> [lower_cp(C)].

fold(16#DF) -> "ss";
fold(C) -> [lower_cp(C)].

title(16#DF) -> "Ss";
title(C) -> [upper_cp(C)].

upper_cp(C) when C >= $a, C =< $z -> C - 32;
upper_cp(C) when C < 16#B5 -> C;
upper_cp(16#B5) -> 16#39C;
upper_cp(C) when C >= 16#E0, C =< 16#FE, C =/= 16#F7 -> C - 32;
upper_cp(16#FF) -> 16#178;
upper_cp(16#131) -> $I;
upper_cp(16#17F) -> $S;
upper_cp(C) when C >= 16#100, C =< 16#137; C >= 16#14A, C =< 16#177 ->
    C band (bnot 1);
upper_cp(C) when C >= 16#139, C =< 16#148; C >= 16#179, C =< 16#17E ->
    case C band 1 of 0 -> C - 1; 1 -> C end;
upper_cp(16#3C2) -> 16#3A3;
upper_cp(C) when C >= 16#3B1, C =< 16#3CB -> C - 32;
upper_cp(16#3AC) -> 16#386;
upper_cp(C) when C >= 16#3AD, C =< 16#3AF -> C - 37;
upper_cp(16#3CC) -> 16#38C;
upper_cp(C) when C =:= 16#3CD; C =:= 16#3CE -> C - 63;
upper_cp(C) when C >= 16#430, C =< 16#44F -> C - 32;
upper_cp(C) when C >= 16#450, C =< 16#45F -> C - 80;
upper_cp(C) when C >= 16#460, C =< 16#481; C >= 16#48A, C =< 16#4BF;
                 C >= 16#4D0, C =< 16#52F ->
    C band (bnot 1);
upper_cp(C) when C >= 16#561, C =< 16#586 -> C - 48;
upper_cp(C) when C >= 16#FF41, C =< 16#FF5A -> C - 32;
upper_cp(C) -> C.

lower_cp(C) when C >= $A, C =< $Z -> C + 32;
lower_cp(C) when C < 16#C0 -> C;
lower_cp(C) when C =< 16#DE, C =/= 16#D7 -> C + 32;
lower_cp(16#178) -> 16#FF;
lower_cp(16#130) -> $i;
lower_cp(C) when C >= 16#100, C =< 16#137; C >= 16#14A, C =< 16#177 ->
    C bor 1;
lower_cp(C) when C >= 16#139, C =< 16#148; C >= 16#179, C =< 16#17E ->
    case C band 1 of 1 -> C + 1; 0 -> C end;
lower_cp(C) when C >= 16#391, C =< 16#3AB, C =/= 16#3A2 -> C + 32;
lower_cp(16#386) -> 16#3AC;
lower_cp(C) when C >= 16#388, C =< 16#38A -> C + 37;
lower_cp(16#38C) -> 16#3CC;
lower_cp(C) when C =:= 16#38E; C =:= 16#38F -> C + 63;
lower_cp(C) when C >= 16#410, C =< 16#42F -> C + 32;
lower_cp(C) when C >= 16#400, C =< 16#40F -> C + 80;
lower_cp(C) when C >= 16#460, C =< 16#481; C >= 16#48A, C =< 16#4BF;
                 C >= 16#4D0, C =< 16#52F ->
    C bor 1;
lower_cp(C) when C >= 16#531, C =< 16#556 -> C + 48;
lower_cp(C) when C >= 16#FF21, C =< 16#FF3A -> C + 32;
lower_cp(C) -> C.

%%% ---------------------------------------------------------------
%%% Numbers
%%% ---------------------------------------------------------------

to_integer(S) ->
    try in(S) of
        {K, L} ->
            case int_part(L) of
                {error, _} = E -> E;
                {Digits, Rest} -> {list_to_integer(Digits), out(K, Rest)}
            end
    catch
        error:_ -> {error, badarg}
    end.

%% {SignAndDigits, Rest} or {error, no_integer}.
int_part([S | T]) when S =:= $+; S =:= $- ->
    case digits(T, []) of
        {[], _} -> {error, no_integer};
        {Ds, Rest} -> {[S | Ds], Rest}
    end;
int_part(L) ->
    case digits(L, []) of
        {[], _} -> {error, no_integer};
        {Ds, Rest} -> {Ds, Rest}
    end.

digits([D | T], Acc) when D >= $0, D =< $9 -> digits(T, [D | Acc]);
digits(L, Acc) -> {lists:reverse(Acc), L}.

%% [sign] digits ("." | ",") digits [("e" | "E") [sign] digits]
to_float(S) ->
    try in(S) of
        {K, L} ->
            case float_part(L) of
                error -> {error, no_float};
                {Text, Rest} ->
                    try list_to_float(Text) of
                        F -> {F, out(K, Rest)}
                    catch
                        error:_ -> {error, no_float}
                    end
            end
    catch
        error:_ -> {error, badarg}
    end.

float_part(L) ->
    case int_part(L) of
        {error, _} -> error;
        {IntText, [P | T]} when P =:= $.; P =:= $, ->
            case digits(T, []) of
                {[], _} -> error;
                {Frac, Rest} ->
                    Mant = IntText ++ "." ++ Frac,
                    case Rest of
                        [E | ET] when E =:= $e; E =:= $E ->
                            case int_part(ET) of
                                {error, _} -> {Mant, Rest};
                                {ExpText, Rest2} -> {Mant ++ "e" ++ ExpText, Rest2}
                            end;
                        _ -> {Mant, Rest}
                    end
            end;
        {_, _} -> error
    end.

%%% ---------------------------------------------------------------
%%% Stepping
%%% ---------------------------------------------------------------

next_grapheme(S) ->
    case next_codepoint(S) of
        [] -> [];
        {error, _} = E -> E;
        [C | Rest] ->
            case C of
                $\r ->
                    case next_codepoint(Rest) of
                        [$\n | Rest2] -> [[$\r, $\n] | Rest2];
                        _ -> [C | Rest]
                    end;
                _ -> next_ext(C, [], Rest)
            end
    end.

next_ext(C, Ext, Rest) ->
    case next_codepoint(Rest) of
        [E | Rest2] ->
            case is_extend(E) of
                true -> next_ext(C, [E | Ext], Rest2);
                false -> gc_result(C, Ext, Rest)
            end;
        _ -> gc_result(C, Ext, Rest)
    end.

gc_result(C, [], Rest) -> [C | Rest];
gc_result(C, Ext, Rest) -> [[C | lists:reverse(Ext)] | Rest].

%% The first code point and the rest, keeping the rest's structure.
next_codepoint([]) -> [];
next_codepoint(<<>>) -> [];
next_codepoint(<<C/utf8, R/binary>>) -> [C | R];
next_codepoint(B) when is_binary(B) -> {error, B};
next_codepoint([C | T]) when is_integer(C), C >= 0, C =< 16#10FFFF -> [C | T];
next_codepoint([H | T]) when is_list(H); is_binary(H) ->
    case next_codepoint(H) of
        [] -> next_codepoint(T);
        {error, Bad} -> {error, [Bad | T]};
        [C | []] -> [C | T];
        [C | <<>>] -> [C | T];
        [C | R] -> [C | [R | T]]
    end;
next_codepoint(S) -> erlang:error(function_clause, [S]).

%%% ---------------------------------------------------------------
%%% Jaro similarity (OTP 27)
%%% ---------------------------------------------------------------

%% The arithmetic is in string_jaro: it needs float constants, so this module
%% stays loadable on a VM built without floats (only this function fails there).
jaro_similarity(A, B) ->
    string_jaro:similarity(list_to_tuple(gcs(cps(A))), list_to_tuple(gcs(cps(B)))).

%%% ---------------------------------------------------------------
%%% The pre-unicode API: flat lists of characters
%%% ---------------------------------------------------------------

len(S) when is_list(S) -> erlang:length(S).

concat(A, B) -> A ++ B.

chr(S, C) when is_integer(C) -> chr(S, C, 1).

chr([C | _], C, I) -> I;
chr([_ | T], C, I) -> chr(T, C, I + 1);
chr([], _, _) -> 0.

rchr(S, C) when is_integer(C) -> rchr(S, C, 1, 0).

rchr([C | T], C, I, _) -> rchr(T, C, I + 1, I);
rchr([_ | T], C, I, L) -> rchr(T, C, I + 1, L);
rchr([], _, _, L) -> L.

str(_, []) -> 0;
str(S, Sub) when is_list(Sub) -> str(S, Sub, 1).

str([_ | T] = S, Sub, I) ->
    case lists:prefix(Sub, S) of
        true -> I;
        false -> str(T, Sub, I + 1)
    end;
str([], _, _) -> 0.

rstr(_, []) -> 0;
rstr(S, Sub) when is_list(Sub) -> rstr(S, Sub, 1, 0).

rstr([_ | T] = S, Sub, I, L) ->
    case lists:prefix(Sub, S) of
        true -> rstr(T, Sub, I + 1, I);
        false -> rstr(T, Sub, I + 1, L)
    end;
rstr([], _, _, L) -> L.

span(S, Chars) when is_list(Chars) -> span(S, Chars, 0, true).

cspan(S, Chars) when is_list(Chars) -> span(S, Chars, 0, false).

span([C | T], Chars, N, In) ->
    case lists:member(C, Chars) of
        In -> span(T, Chars, N + 1, In);
        _ -> N
    end;
span([], _, N, _) -> N.

substr(S, Start) when is_integer(Start), Start >= 1 ->
    lists:nthtail(Start - 1, S).

substr(S, Start, Len) when is_integer(Start), Start >= 1,
                           is_integer(Len), Len >= 0 ->
    lists:sublist(lists:nthtail(Start - 1, S), Len).

sub_string(S, Start) -> substr(S, Start).

sub_string(S, Start, Stop) -> substr(S, Start, Stop - Start + 1).

tokens(S, Seps) -> tokens(S, Seps, [], []).

tokens([C | T], Seps, Tok, Acc) ->
    case lists:member(C, Seps) of
        true when Tok =:= [] -> tokens(T, Seps, [], Acc);
        true -> tokens(T, Seps, [], [lists:reverse(Tok) | Acc]);
        false -> tokens(T, Seps, [C | Tok], Acc)
    end;
tokens([], _, [], Acc) -> lists:reverse(Acc);
tokens([], _, Tok, Acc) -> lists:reverse([lists:reverse(Tok) | Acc]).

join([], Sep) when is_list(Sep) -> [];
join([H | T], Sep) -> H ++ lists:append([Sep ++ X || X <- T]).

chars(C, N) -> chars(C, N, []).

chars(C, N, Tail) when is_integer(N), N >= 0 -> lists:duplicate(N, C) ++ Tail.

copies(S, N) when is_list(S), is_integer(N), N >= 0 ->
    lists:append(lists:duplicate(N, S)).

words(S) -> words(S, $\s).

%% As OTP: text with no word at all counts as one word.
words(S, C) when is_integer(C) -> erlang:max(1, erlang:length(tokens(S, [C]))).

sub_word(S, N) -> sub_word(S, N, $\s).

sub_word(S, N, C) when is_integer(N), N >= 1, is_integer(C) ->
    case tokens(S, [C]) of
        Ws when erlang:length(Ws) >= N -> lists:nth(N, Ws);
        _ -> []
    end.

strip(S) -> strip(S, both).

strip(S, Dir) -> strip(S, Dir, $\s).

strip(S, left, C) -> strip_left(S, C);
strip(S, right, C) -> strip_right(S, C);
strip(S, both, C) -> strip_right(strip_left(S, C), C).

strip_left([C | T], C) -> strip_left(T, C);
strip_left(S, _) when is_list(S) -> S.

strip_right(S, C) ->
    lists:reverse(strip_left(lists:reverse(S), C)).

left(S, N) -> left(S, N, $\s).

left(S, N, C) when is_integer(N), N >= 0 ->
    L = erlang:length(S),
    if
        L >= N -> lists:sublist(S, N);
        true -> S ++ lists:duplicate(N - L, C)
    end.

right(S, N) -> right(S, N, $\s).

right(S, N, C) when is_integer(N), N >= 0 ->
    L = erlang:length(S),
    if
        L >= N -> lists:nthtail(L - N, S);
        true -> lists:duplicate(N - L, C) ++ S
    end.

centre(S, N) -> centre(S, N, $\s).

centre(S, 0, _) when is_list(S) -> [];
centre(S, N, C) when is_integer(N), N > 0 ->
    L = erlang:length(S),
    if
        L > N -> lists:sublist(lists:nthtail((L - N) div 2, S), N);
        true ->
            Left = (N - L) div 2,
            lists:duplicate(Left, C) ++ S ++ lists:duplicate(N - L - Left, C)
    end.

to_lower(C) when is_integer(C) -> lower_latin1(C);
to_lower(S) when is_list(S) -> [lower_latin1(C) || C <- S].

to_upper(C) when is_integer(C) -> upper_latin1(C);
to_upper(S) when is_list(S) -> [upper_latin1(C) || C <- S].

lower_latin1(C) when C >= $A, C =< $Z -> C + 32;
lower_latin1(C) when C >= 16#C0, C =< 16#DE, C =/= 16#D7 -> C + 32;
lower_latin1(C) -> C.

upper_latin1(C) when C >= $a, C =< $z -> C - 32;
upper_latin1(C) when C >= 16#E0, C =< 16#FE, C =/= 16#F7 -> C - 32;
upper_latin1(C) -> C.
