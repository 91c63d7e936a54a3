%% The `array' module of the atomvm-rs standard library: functional,
%% extendible arrays indexed from 0. Written for this project from OTP's
%% documentation and experiments against OTP 25.
%%
%% An array is {array, Size, Fixed, Default, Shift, Tree}: a radix tree
%% of 16-slot tuples; Shift is 4 times the number of inner levels; a
%% subtree holding only defaults is the atom e. Entries never set hold
%% the default, and the sparse_* functions skip every entry equal (=:=)
%% to the default, as OTP's do. The printed form differs from OTP's
%% record. The OTP 28+ additions (append/2, slice/3, ...) are missing.
-module(array).

-export([new/0, new/1, new/2, is_array/1, size/1, default/1, fix/1,
         relax/1, is_fix/1, get/2, set/3, reset/2, resize/1, resize/2,
         to_list/1, sparse_to_list/1, from_list/1, from_list/2,
         to_orddict/1, sparse_to_orddict/1, from_orddict/1,
         from_orddict/2, map/2, sparse_map/2, foldl/3, sparse_foldl/3,
         foldr/3, sparse_foldr/3, sparse_size/1]).

-compile({no_auto_import, [size/1, get/1]}).

-define(W, 16).
-define(MASK, 15).

new() -> new([]).

new(Opts) -> make(Opts, 0, false, undefined, [Opts]).

new(Size, Opts) when is_list(Opts) -> make([{size, Size} | Opts], 0, false, undefined, [Size, Opts]);
new(Size, Opts) -> make([{size, Size}, Opts], 0, false, undefined, [Size, Opts]).

make([], Size, Fixed, D, _) -> {array, Size, Fixed, D, 0, e};
make([N | T], _, _, D, Args) when is_integer(N), N >= 0 -> make(T, N, true, D, Args);
make([{size, N} | T], _, _, D, Args) when is_integer(N), N >= 0 -> make(T, N, true, D, Args);
make([fixed | T], S, _, D, Args) -> make(T, S, true, D, Args);
make([{fixed, B} | T], S, _, D, Args) when is_boolean(B) -> make(T, S, B, D, Args);
make([{default, D} | T], S, F, _, Args) -> make(T, S, F, D, Args);
make(N, _, _, D, Args) when is_integer(N), N >= 0 -> make([], N, true, D, Args);
make(Opt, S, F, D, Args) when is_tuple(Opt); is_atom(Opt) -> make([Opt], S, F, D, Args);
make(_, _, _, _, Args) -> erlang:error(badarg, Args).

is_array({array, S, F, _, Sh, _}) when is_integer(S), is_boolean(F), is_integer(Sh) -> true;
is_array(_) -> false.

size({array, S, _, _, _, _}) -> S;
size(A) -> erlang:error(badarg, [A]).

default({array, _, _, D, _, _}) -> D;
default(A) -> erlang:error(badarg, [A]).

fix({array, S, _, D, Sh, T}) -> {array, S, true, D, Sh, T};
fix(A) -> erlang:error(badarg, [A]).

relax({array, S, _, D, Sh, T}) -> {array, S, false, D, Sh, T};
relax(A) -> erlang:error(badarg, [A]).

is_fix({array, _, F, _, _, _}) -> F;
is_fix(A) -> erlang:error(badarg, [A]).

%%% ---------------------------------------------------------------
%%% Access
%%% ---------------------------------------------------------------

get(I, {array, S, F, D, Sh, T} = A) when is_integer(I), I >= 0 ->
    if
        I < S -> lookup(I, T, Sh, D);
        F -> erlang:error(badarg, [I, A]);
        true -> D
    end;
get(I, A) -> erlang:error(badarg, [I, A]).

lookup(_, e, _, D) -> D;
lookup(I, Leaf, 0, _) -> element((I band ?MASK) + 1, Leaf);
lookup(I, Node, Sh, D) -> lookup(I, element(((I bsr Sh) band ?MASK) + 1, Node), Sh - 4, D).

set(I, V, {array, S, F, D, Sh, T} = A) when is_integer(I), I >= 0 ->
    if
        I >= S, F -> erlang:error(badarg, [I, V, A]);
        true ->
            {Sh1, T1} = grow(I, Sh, T),
            {array, erlang:max(S, I + 1), F, D, Sh1, store(I, V, T1, Sh1, D)}
    end;
set(I, V, A) -> erlang:error(badarg, [I, V, A]).

%% Adds levels until index I fits.
grow(I, Sh, T) when I < (?W bsl Sh) -> {Sh, T};
grow(I, Sh, e) -> grow(I, Sh + 4, e);
grow(I, Sh, T) -> grow(I, Sh + 4, setelement(1, erlang:make_tuple(?W, e), T)).

store(I, V, e, 0, D) -> setelement((I band ?MASK) + 1, erlang:make_tuple(?W, D), V);
store(I, V, e, Sh, D) -> store(I, V, erlang:make_tuple(?W, e), Sh, D);
store(I, V, Leaf, 0, _) -> setelement((I band ?MASK) + 1, Leaf, V);
store(I, V, Node, Sh, D) ->
    Slot = ((I bsr Sh) band ?MASK) + 1,
    setelement(Slot, Node, store(I, V, element(Slot, Node), Sh - 4, D)).

reset(I, {array, S, F, D, _, _} = A) when is_integer(I), I >= 0 ->
    if
        I < S -> set(I, D, A);
        F -> erlang:error(badarg, [I, A]);
        true -> A
    end;
reset(I, A) -> erlang:error(badarg, [I, A]).

resize({array, _, _, _, _, _} = A) -> resize(sparse_size(A), A);
resize(A) -> erlang:error(badarg, [A]).

%% Shrinking drops the entries beyond the new size (growing the array
%% again shows defaults there), as on OTP 29; OTP 25 and 27 keep them.
resize(N, {array, S, F, D, Sh, T}) when is_integer(N), N >= S ->
    {array, N, F, D, Sh, T};
resize(N, {array, _, F, D, _, _} = A) when is_integer(N), N >= 0 ->
    A1 = from_list(lists:sublist(to_list(A), N), D),
    setelement(3, A1, F);
resize(N, A) -> erlang:error(badarg, [N, A]).

%% One more than the index of the last entry that is not the default.
sparse_size(A) ->
    case sparse_foldr(fun(I, _, none) -> I; (_, _, Acc) -> Acc end, none, A) of
        none -> 0;
        I -> I + 1
    end.

%%% ---------------------------------------------------------------
%%% Conversions
%%% ---------------------------------------------------------------

to_list({array, S, _, D, Sh, T}) -> [lookup(I, T, Sh, D) || I <- seq(S)];
to_list(A) -> erlang:error(badarg, [A]).

sparse_to_list({array, S, _, D, Sh, T}) ->
    [V || I <- seq(S), (V = lookup(I, T, Sh, D)) =/= D];
sparse_to_list(A) -> erlang:error(badarg, [A]).

to_orddict({array, S, _, D, Sh, T}) -> [{I, lookup(I, T, Sh, D)} || I <- seq(S)];
to_orddict(A) -> erlang:error(badarg, [A]).

sparse_to_orddict({array, S, _, D, Sh, T}) ->
    [{I, V} || I <- seq(S), (V = lookup(I, T, Sh, D)) =/= D];
sparse_to_orddict(A) -> erlang:error(badarg, [A]).

seq(0) -> [];
seq(S) -> lists:seq(0, S - 1).

from_list(L) -> from_list(L, undefined).

from_list(L, D) when is_list(L) ->
    from_pairs(0, L, new([{default, D}]), [L, D]);
from_list(L, D) -> erlang:error(badarg, [L, D]).

from_pairs(I, [V | T], A, Args) -> from_pairs(I + 1, T, set(I, V, A), Args);
from_pairs(_, [], A, _) -> A;
from_pairs(_, _, _, Args) -> erlang:error(badarg, Args).

from_orddict(L) -> from_orddict(L, undefined).

from_orddict(L, D) when is_list(L) -> from_od(L, -1, new([{default, D}]), [L, D]);
from_orddict(L, D) -> erlang:error(badarg, [L, D]).

from_od([{I, V} | T], Prev, A, Args) when is_integer(I), I > Prev ->
    from_od(T, I, set(I, V, A), Args);
from_od([], _, A, _) -> A;
from_od(Rest, _, _, _) -> erlang:error({badarg, Rest}).

%%% ---------------------------------------------------------------
%%% Higher-order functions (index first)
%%% ---------------------------------------------------------------

map(F, {array, S, _, _, _, _} = A) when is_function(F, 2) ->
    from_index_values(A, [{I, F(I, V)} || {I, V} <- to_orddict(A)], S);
map(F, A) -> erlang:error(badarg, [F, A]).

sparse_map(F, {array, S, _, _, _, _} = A) when is_function(F, 2) ->
    from_index_values(A, [{I, F(I, V)} || {I, V} <- sparse_to_orddict(A)], S);
sparse_map(F, A) -> erlang:error(badarg, [F, A]).

%% Puts the pairs into A (same size, fixedness and default).
from_index_values(A, Pairs, _) ->
    lists:foldl(fun({I, V}, Acc) -> set_in(I, V, Acc) end, A, Pairs).

set_in(I, V, {array, S, F, D, Sh, T}) ->
    {array, S, F, D, Sh, store(I, V, T, Sh, D)}.

foldl(F, Acc, A) when is_function(F, 3) ->
    lists:foldl(fun({I, V}, Ac) -> F(I, V, Ac) end, Acc, to_orddict(A));
foldl(F, Acc, A) -> erlang:error(badarg, [F, Acc, A]).

sparse_foldl(F, Acc, A) when is_function(F, 3) ->
    lists:foldl(fun({I, V}, Ac) -> F(I, V, Ac) end, Acc, sparse_to_orddict(A));
sparse_foldl(F, Acc, A) -> erlang:error(badarg, [F, Acc, A]).

foldr(F, Acc, A) when is_function(F, 3) ->
    lists:foldr(fun({I, V}, Ac) -> F(I, V, Ac) end, Acc, to_orddict(A));
foldr(F, Acc, A) -> erlang:error(badarg, [F, Acc, A]).

sparse_foldr(F, Acc, A) when is_function(F, 3) ->
    lists:foldr(fun({I, V}, Ac) -> F(I, V, Ac) end, Acc, sparse_to_orddict(A));
sparse_foldr(F, Acc, A) -> erlang:error(badarg, [F, Acc, A]).
