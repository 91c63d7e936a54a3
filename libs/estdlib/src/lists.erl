%% The `lists' module of the atomvm-rs standard library.
%%
%% The API of OTP 25's `lists' (every exported function), with OTP 25's
%% results, order of fun calls and exception reasons for bad arguments.
%% Written for this project from OTP's documentation and experiments
%% against OTP 25.
%%
%% Not defined here because the VM implements them as BIFs (an import
%% of a BIF resolves to the BIF first): reverse/2, member/2, keyfind/3.
%% keymember/3 and keysearch/3 (BIFs in OTP) are built on keyfind/3.
%%
%% Known differences from OTP 25:
%% - sort/1 is a stable sort. OTP's sort/1 is not strictly stable for
%%   elements that compare equal without being identical (1 and 1.0):
%%   their relative order can differ. Other terms cannot tell.
%% - merge/1, umerge/1 and the three-list merges (merge3/3, rmerge3/3,
%%   umerge3/3, rumerge3/3) given an improper list can raise badarg where
%%   OTP raises function_clause, or the other way round. The two-list
%%   merges match OTP on those too.
%% - merge/1 and umerge/1 of lists that are not sorted (outside their
%%   contract) can give a different order than OTP's.
%%
%% Implementation notes:
%% - Lists are built body-recursively where that needs no more memory
%%   than an accumulator would (map, zip, ...), and with an accumulator
%%   plus lists:reverse/2 (a BIF) in loops that must run in constant
%%   stack (sorting, merges, seq, split).
%% - sort/1,2, usort/1,2, keysort/2 and ukeysort/2 are bottom-up natural
%%   merge sorts (runs: non-decreasing, or strictly decreasing reversed).
%%   Intermediate runs are alternately ascending ("A-form") and
%%   descending ("D-form") so that no pass has to reverse its output; in
%%   D-form, elements that compare equal appear in the reverse of their
%%   original order, so merges of D-form runs prefer the right-hand run
%%   on ties. The unique sorts drop duplicates while forming runs and
%%   while merging, keeping the first occurrence.
%% - No float arithmetic and no maps (the VM may lack them): uniq/1,2
%%   sort instead of hashing.
-module(lists).

-export([all/2, any/2, append/1, append/2, concat/1, delete/2,
         droplast/1, dropwhile/2, duplicate/2, enumerate/1, enumerate/2,
         filter/2, filtermap/2, flatlength/1, flatmap/2, flatten/1,
         flatten/2, foldl/3, foldr/3, foreach/2, join/2, keydelete/3,
         keymap/3, keymember/3, keymerge/3, keyreplace/4, keysearch/3,
         keysort/2, keystore/4, keytake/3, last/1, map/2, mapfoldl/3,
         mapfoldr/3, max/1, merge/1, merge/2, merge/3, merge3/3, min/1,
         nth/2, nthtail/2, partition/2, prefix/2, reverse/1, rkeymerge/3,
         rmerge/2, rmerge/3, rmerge3/3, rukeymerge/3, rumerge/2,
         rumerge/3, rumerge3/3, search/2, seq/2, seq/3, sort/1, sort/2,
         split/2, splitwith/2, sublist/2, sublist/3, subtract/2,
         suffix/2, sum/1, takewhile/2, ukeymerge/3, ukeysort/2,
         umerge/1, umerge/2, umerge/3, umerge3/3, uniq/1, uniq/2,
         unzip/1, unzip3/1, usort/1, usort/2, zf/2, zip/2, zip3/3,
         zipwith/3, zipwith3/4]).
%% Added in OTP 26.
-export([enumerate/3, zip/3, zip3/4, zipwith/4, zipwith3/5]).

%% min/2 and max/2 here are the local list helpers, not erlang's BIFs.
-compile({no_auto_import, [min/2, max/2]}).
%% lists:reverse/2, lists:member/2 and lists:keyfind/3 are the VM's BIFs:
%% calling them remotely is meant (OTP 28+ warns of such a call).
-compile(nowarn_unexported_function).

%%% ---------------------------------------------------------------
%%% Basics
%%% ---------------------------------------------------------------

append(A, B) -> A ++ B.

append([]) -> [];
append([Last]) -> Last;
append([First | More]) -> First ++ append(More).

subtract(A, B) -> A -- B.

%% As in OTP: [] and [X] come back as they are, [X | NotAList] is a
%% function_clause, longer lists go through the BIF (badarg for an
%% improper tail).
reverse([] = L) -> L;
reverse([_] = L) -> L;
reverse([A, B | Rest]) -> lists:reverse(Rest, [B, A]).

nth(1, [Elem | _]) -> Elem;
nth(N, [_ | Rest]) when N > 1 -> nth(N - 1, Rest).

nthtail(1, [_ | Rest]) -> Rest;
nthtail(N, [_ | Rest]) when N > 1 -> nthtail(N - 1, Rest);
nthtail(0, L) when is_list(L) -> L.

prefix([X | Xs], [X | Ys]) -> prefix(Xs, Ys);
prefix([], L) when is_list(L) -> true;
prefix([_ | _], L) when is_list(L) -> false.

suffix(Suffix, L) ->
    Skip = length(L) - length(Suffix),
    Skip >= 0 andalso nthtail(Skip, L) =:= Suffix.

droplast([_]) -> [];
droplast([H | T]) -> [H | droplast(T)].

last([H | T]) -> last_of(T, H).

last_of([H | T], _) -> last_of(T, H);
last_of([], Last) -> Last.

%% Built from the top down so that the loop is a tail call.
seq(From, To) when is_integer(From), is_integer(To), From - 1 =< To ->
    count_down(To, From, []).

count_down(N, Low, Acc) when N >= Low -> count_down(N - 1, Low, [N | Acc]);
count_down(_, _, Acc) -> Acc.

seq(From, To, Step)
  when is_integer(From), is_integer(To), is_integer(Step),
       (Step > 0 andalso From - Step =< To) orelse
       (Step < 0 andalso From - Step >= To) ->
    Count = (To - From + Step) div Step,
    step_down(Count, From + Step * (Count - 1), Step, []);
seq(From, From, 0) when is_integer(From) ->
    [From];
seq(_, _, _) ->
    erlang:error(badarg).

step_down(0, _, _, Acc) -> Acc;
step_down(Count, X, Step, Acc) -> step_down(Count - 1, X - Step, Step, [X | Acc]).

sum(L) -> sum_acc(L, 0).

sum_acc([H | T], Acc) -> sum_acc(T, Acc + H);
sum_acc([], Acc) -> Acc.

duplicate(N, X) when is_integer(N), N >= 0 -> dup_acc(N, X, []).

dup_acc(0, _, Acc) -> Acc;
dup_acc(N, X, Acc) -> dup_acc(N - 1, X, [X | Acc]).

%% The first of equal minima (maxima) wins, as in OTP.
min([H | T]) -> min(T, H).

min([H | T], Min) when H < Min -> min(T, H);
min([_ | T], Min) -> min(T, Min);
min([], Min) -> Min.

max([H | T]) -> max(T, H).

max([H | T], Max) when H > Max -> max(T, H);
max([_ | T], Max) -> max(T, Max);
max([], Max) -> Max.

sublist(L, 1, Len) when is_list(L), is_integer(Len), Len >= 0 ->
    sublist(L, Len);
sublist([], Start, _) when is_integer(Start), Start >= 2 ->
    [];
sublist([_ | T], Start, Len) when is_integer(Start), Start >= 2 ->
    sublist(T, Start - 1, Len).

sublist(L, Len) when is_integer(Len), is_list(L) ->
    take(L, Len).

%% Stops at Len elements even if what follows is not a list; a list
%% that ends early just gives fewer elements; a negative Len fails.
take(_, 0) -> [];
take([H | T], N) when N > 0 -> [H | take(T, N - 1)];
take(L, N) when is_list(L), N > 0 -> [].

delete(X, [X | T]) -> T;
delete(X, [H | T]) -> [H | delete(X, T)];
delete(_, []) -> [].

%%% ---------------------------------------------------------------
%%% Zipping
%%% ---------------------------------------------------------------

zip([A | As], [B | Bs]) -> [{A, B} | zip(As, Bs)];
zip([], []) -> [].

zip3([A | As], [B | Bs], [C | Cs]) -> [{A, B, C} | zip3(As, Bs, Cs)];
zip3([], [], []) -> [].

zipwith(F, [A | As], [B | Bs]) -> [F(A, B) | zipwith(F, As, Bs)];
zipwith(F, [], []) when is_function(F, 2) -> [].

zipwith3(F, [A | As], [B | Bs], [C | Cs]) ->
    [F(A, B, C) | zipwith3(F, As, Bs, Cs)];
zipwith3(F, [], [], []) when is_function(F, 3) -> [].

%% The OTP 26 forms with a How: fail (as the short forms), trim (stop
%% at the end of the shortest list) or {pad, Defaults} (fill the shorter
%% lists with the default of their position).
zip(As, Bs, How) -> zipwith(fun(A, B) -> {A, B} end, As, Bs, How).

zip3(As, Bs, Cs, How) ->
    zipwith3(fun(A, B, C) -> {A, B, C} end, As, Bs, Cs, How).

zipwith(F, As, Bs, fail) -> zipwith(F, As, Bs);
zipwith(F, As, Bs, trim) when is_function(F, 2) -> zw_trim(F, As, Bs);
zipwith(F, As, Bs, {pad, {DA, DB}}) when is_function(F, 2) ->
    zw_pad(F, As, Bs, DA, DB);
zipwith(F, As, Bs, How) -> erlang:error(function_clause, [F, As, Bs, How]).

zw_trim(F, [A | As], [B | Bs]) -> [F(A, B) | zw_trim(F, As, Bs)];
zw_trim(_, As, Bs) when is_list(As), is_list(Bs) -> [].

zw_pad(F, [A | As], [B | Bs], DA, DB) -> [F(A, B) | zw_pad(F, As, Bs, DA, DB)];
zw_pad(F, [], [B | Bs], DA, DB) -> [F(DA, B) | zw_pad(F, [], Bs, DA, DB)];
zw_pad(F, [A | As], [], DA, DB) -> [F(A, DB) | zw_pad(F, As, [], DA, DB)];
zw_pad(_, [], [], _, _) -> [].

zipwith3(F, As, Bs, Cs, fail) -> zipwith3(F, As, Bs, Cs);
zipwith3(F, As, Bs, Cs, trim) when is_function(F, 3) -> zw3_trim(F, As, Bs, Cs);
zipwith3(F, As, Bs, Cs, {pad, {DA, DB, DC}}) when is_function(F, 3) ->
    zw3_pad(F, As, Bs, Cs, {DA, DB, DC});
zipwith3(F, As, Bs, Cs, How) ->
    erlang:error(function_clause, [F, As, Bs, Cs, How]).

zw3_trim(F, [A | As], [B | Bs], [C | Cs]) -> [F(A, B, C) | zw3_trim(F, As, Bs, Cs)];
zw3_trim(_, As, Bs, Cs) when is_list(As), is_list(Bs), is_list(Cs) -> [].

zw3_pad(_, [], [], [], _) -> [];
zw3_pad(F, As, Bs, Cs, {DA, DB, DC} = D) ->
    {A, As1} = pad_next(As, DA),
    {B, Bs1} = pad_next(Bs, DB),
    {C, Cs1} = pad_next(Cs, DC),
    [F(A, B, C) | zw3_pad(F, As1, Bs1, Cs1, D)].

pad_next([H | T], _) -> {H, T};
pad_next([], D) -> {D, []}.

unzip(Pairs) -> unzip_acc(Pairs, [], []).

unzip_acc([{A, B} | T], As, Bs) -> unzip_acc(T, [A | As], [B | Bs]);
unzip_acc([], As, Bs) -> {lists:reverse(As, []), lists:reverse(Bs, [])}.

unzip3(Triples) -> unzip3_acc(Triples, [], [], []).

unzip3_acc([{A, B, C} | T], As, Bs, Cs) ->
    unzip3_acc(T, [A | As], [B | Bs], [C | Cs]);
unzip3_acc([], As, Bs, Cs) ->
    {lists:reverse(As, []), lists:reverse(Bs, []), lists:reverse(Cs, [])}.

enumerate(L) when is_list(L) -> number_from(1, L).

enumerate(First, L) when is_integer(First), is_list(L) -> number_from(First, L).

number_from(I, [H | T]) -> [{I, H} | number_from(I + 1, T)];
number_from(_, []) -> [].

enumerate(First, Step, L) when is_integer(First), is_integer(Step), is_list(L) ->
    number_step(First, Step, L).

number_step(I, S, [H | T]) -> [{I, H} | number_step(I + S, S, T)];
number_step(_, _, []) -> [].

%%% ---------------------------------------------------------------
%%% Flattening and joining
%%% ---------------------------------------------------------------

concat(Things) -> flatmap(fun to_chars/1, Things).

to_chars(X) when is_integer(X) -> integer_to_list(X);
to_chars(X) when is_float(X) -> float_to_list(X);
to_chars(X) when is_atom(X) -> atom_to_list(X);
to_chars(X) when is_list(X) -> X.

flatten(L) when is_list(L) -> flat(L, [], []).

flatten(L, Tail) when is_list(L), is_list(Tail) -> flat(L, [], Tail).

%% Left to right; Pending holds the tails of the enclosing lists.
flat([H | T], Pending, Tail) when is_list(H) -> flat(H, [T | Pending], Tail);
flat([H | T], Pending, Tail) -> [H | flat(T, Pending, Tail)];
flat([], [Next | Pending], Tail) -> flat(Next, Pending, Tail);
flat([], [], Tail) -> Tail.

flatlength(L) -> flatlen(L, [], 0).

flatlen([H | T], Pending, N) when is_list(H) -> flatlen(H, [T | Pending], N);
flatlen([_ | T], Pending, N) -> flatlen(T, Pending, N + 1);
flatlen([], [Next | Pending], N) -> flatlen(Next, Pending, N);
flatlen([], [], N) -> N.

join(_, []) -> [];
join(Sep, [H | T]) -> [H | sep_each(Sep, T)].

sep_each(Sep, [H | T]) -> [Sep, H | sep_each(Sep, T)];
sep_each(_, []) -> [].

%%% ---------------------------------------------------------------
%%% Tuple lists
%%% ---------------------------------------------------------------

%% Element N of a tuple is compared with == (so 1 matches 1.0); list
%% members that are not tuples of at least N elements never match.

keymember(Key, N, L) -> lists:keyfind(Key, N, L) =/= false.

keysearch(Key, N, L) ->
    case lists:keyfind(Key, N, L) of
        false -> false;
        Tuple -> {value, Tuple}
    end.

keydelete(Key, N, L) when is_integer(N), N > 0 -> kdel(Key, N, L).

kdel(Key, N, [H | T]) when element(N, H) == Key -> T;
kdel(Key, N, [H | T]) -> [H | kdel(Key, N, T)];
kdel(_, _, []) -> [].

keyreplace(Key, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    krep(Key, N, L, New).

krep(Key, N, [H | T], New) when element(N, H) == Key -> [New | T];
krep(Key, N, [H | T], New) -> [H | krep(Key, N, T, New)];
krep(_, _, [], _) -> [].

keytake(Key, N, L) when is_integer(N), N > 0 -> ktake(Key, N, L, []).

ktake(Key, N, [H | T], Seen) when element(N, H) == Key ->
    {value, H, lists:reverse(Seen, T)};
ktake(Key, N, [H | T], Seen) -> ktake(Key, N, T, [H | Seen]);
ktake(_, _, [], _) -> false.

keystore(Key, N, L, New) when is_integer(N), N > 0, is_tuple(New) ->
    kstore(Key, N, L, New).

kstore(Key, N, [H | T], New) when element(N, H) == Key -> [New | T];
kstore(Key, N, [H | T], New) -> [H | kstore(Key, N, T, New)];
kstore(_, _, [], New) -> [New].

keymap(F, N, [H | T]) ->
    [setelement(N, H, F(element(N, H))) | keymap(F, N, T)];
keymap(F, N, []) when is_integer(N), N >= 1, is_function(F, 1) -> [].

%%% ---------------------------------------------------------------
%%% Higher-order functions
%%% ---------------------------------------------------------------

%% all/any/map/foldl look at their list with a case: a non-list raises
%% {case_clause, L}, an improper tail function_clause, as in OTP.

all(Pred, L) when is_function(Pred, 1) ->
    case L of
        [_ | _] -> all_loop(Pred, L);
        [] -> true
    end.

all_loop(Pred, [H | T]) ->
    case Pred(H) of
        true -> all_loop(Pred, T);
        false -> false
    end;
all_loop(_, []) -> true.

any(Pred, L) when is_function(Pred, 1) ->
    case L of
        [_ | _] -> any_loop(Pred, L);
        [] -> false
    end.

any_loop(Pred, [H | T]) ->
    case Pred(H) of
        false -> any_loop(Pred, T);
        true -> true
    end;
any_loop(_, []) -> false.

map(F, L) when is_function(F, 1) ->
    case L of
        [_ | _] -> map_loop(F, L);
        [] -> []
    end.

map_loop(F, [H | T]) -> [F(H) | map_loop(F, T)];
map_loop(_, []) -> [].

flatmap(F, L) when is_function(F, 1) -> flatmap_loop(F, L).

flatmap_loop(F, [H | T]) -> F(H) ++ flatmap_loop(F, T);
flatmap_loop(_, []) -> [].

foldl(F, Acc, L) when is_function(F, 2) ->
    case L of
        [_ | _] -> foldl_loop(F, Acc, L);
        [] -> Acc
    end.

foldl_loop(F, Acc, [H | T]) -> foldl_loop(F, F(H, Acc), T);
foldl_loop(_, Acc, []) -> Acc.

foldr(F, Acc, L) when is_function(F, 2) -> foldr_loop(F, Acc, L).

foldr_loop(F, Acc, [H | T]) -> F(H, foldr_loop(F, Acc, T));
foldr_loop(_, Acc, []) -> Acc.

%% A comprehension: {bad_filter, V} and {bad_generator, T} as in OTP.
filter(Pred, L) when is_function(Pred, 1) -> [X || X <- L, Pred(X)].

partition(Pred, L) when is_function(Pred, 1) -> part(Pred, L, [], []).

part(Pred, [H | T], Yes, No) ->
    case Pred(H) of
        true -> part(Pred, T, [H | Yes], No);
        false -> part(Pred, T, Yes, [H | No])
    end;
part(_, [], Yes, No) ->
    {lists:reverse(Yes, []), lists:reverse(No, [])}.

filtermap(F, L) when is_function(F, 1) -> fmap(F, L).

fmap(F, [H | T]) ->
    case F(H) of
        true -> [H | fmap(F, T)];
        {true, V} -> [V | fmap(F, T)];
        false -> fmap(F, T)
    end;
fmap(_, []) -> [].

zf(F, L) -> filtermap(F, L).

foreach(F, L) when is_function(F, 1) -> each(F, L).

each(F, [H | T]) ->
    _ = F(H),
    each(F, T);
each(_, []) -> ok.

mapfoldl(F, Acc, L) when is_function(F, 2) -> mfl(F, Acc, L).

mfl(F, Acc0, [H | T]) ->
    {Y, Acc1} = F(H, Acc0),
    {Ys, Acc} = mfl(F, Acc1, T),
    {[Y | Ys], Acc};
mfl(_, Acc, []) -> {[], Acc}.

mapfoldr(F, Acc, L) when is_function(F, 2) -> mfr(F, Acc, L).

mfr(F, Acc0, [H | T]) ->
    {Ys, Acc1} = mfr(F, Acc0, T),
    {Y, Acc} = F(H, Acc1),
    {[Y | Ys], Acc};
mfr(_, Acc, []) -> {[], Acc}.

takewhile(Pred, L) when is_function(Pred, 1) -> tw(Pred, L).

tw(Pred, [H | T]) ->
    case Pred(H) of
        true -> [H | tw(Pred, T)];
        false -> []
    end;
tw(_, []) -> [].

dropwhile(Pred, L) when is_function(Pred, 1) -> dw(Pred, L).

dw(Pred, [H | T] = L) ->
    case Pred(H) of
        true -> dw(Pred, T);
        false -> L
    end;
dw(_, []) -> [].

search(Pred, L) when is_function(Pred, 1) -> find(Pred, L).

find(Pred, [H | T]) ->
    case Pred(H) of
        true -> {value, H};
        false -> find(Pred, T)
    end;
find(_, []) -> false.

splitwith(Pred, L) when is_function(Pred, 1) -> sw(Pred, L, []).

sw(Pred, [H | T] = L, Taken) ->
    case Pred(H) of
        true -> sw(Pred, T, [H | Taken]);
        false -> {lists:reverse(Taken, []), L}
    end;
sw(_, [], Taken) -> {lists:reverse(Taken, []), []}.

split(N, L) when is_integer(N), N >= 0, is_list(L) -> split_at(N, L, []);
split(_, _) -> erlang:error(badarg).

split_at(0, Rest, Taken) -> {lists:reverse(Taken, []), Rest};
split_at(N, [H | T], Taken) -> split_at(N - 1, T, [H | Taken]);
split_at(_, [], _) -> erlang:error(badarg).

%%% ---------------------------------------------------------------
%%% uniq: duplicates are =:= (as map keys in OTP). Without maps, the
%%% elements (or keys) are sorted stably, tagged with their positions,
%%% so that each == group can be searched for =:= twins; the survivors
%%% are put back in their original order by position: O(n log n).
%%% ---------------------------------------------------------------

uniq(L) -> uniq_sorted(keysort(1, with_pos(L, 1))).

uniq(F, L) when is_function(F, 1) -> uniq_sorted(keysort(1, with_key_pos(F, L, 1))).

%% [{Elem, Pos}] or [{Key, Pos, Elem}]. Sorted (stably, on the key
%% alone), == keys are neighbours, in their original order.
with_pos([H | T], I) -> [{H, I} | with_pos(T, I + 1)];
with_pos([], _) -> [].

with_key_pos(F, [H | T], I) -> [{F(H), I, H} | with_key_pos(F, T, I + 1)];
with_key_pos(_, [], _) -> [].

uniq_sorted(Sorted) -> [X || {_, X} <- keysort(1, first_exact(Sorted, [], []))].

%% Keeps [{Pos, Elem}] of the first of each =:= key. Group: the keys of
%% the current == group (lists:member/2 compares with =:=).
first_exact([Tagged | T], Group, Kept) ->
    K = element(1, Tagged),
    case Group of
        [G | _] when G == K ->
            case lists:member(K, Group) of
                true -> first_exact(T, Group, Kept);
                false -> first_exact(T, [K | Group], [pos_elem(Tagged) | Kept])
            end;
        _ ->
            first_exact(T, [K], [pos_elem(Tagged) | Kept])
    end;
first_exact([], _, Kept) -> Kept.

pos_elem({X, I}) -> {I, X};
pos_elem({_, I, X}) -> {I, X}.

%%% ---------------------------------------------------------------
%%% Sorting: term order
%%% ---------------------------------------------------------------

sort([_, _ | _] = L) -> sort_runs(false, runs(false, L, []));
sort([_] = L) -> L;
sort([] = L) -> L.

usort([_, _ | _] = L) -> sort_runs(true, runs(true, L, []));
usort([_] = L) -> L;
usort([] = L) -> L.

%% Splits a list into maximal runs (non-decreasing, or strictly
%% decreasing ones, reversed). Returns the runs in D-form, last first.
%% Unique (U = true): an element == to the one before it is dropped
%% (the earlier one stays).
runs(U, [X | T], Runs) -> run_start(U, X, T, Runs);
runs(_, [], Runs) -> Runs.

run_start(U, X, [Y | T], Runs) when X < Y -> up(U, T, Y, [Y, X], Runs);
run_start(U, X, [Y | T], Runs) when X > Y -> down(U, T, Y, [Y, X], Runs);
run_start(true, X, [_ | T], Runs) -> run_start(true, X, T, Runs);
run_start(false, X, [Y | T], Runs) -> up(false, T, Y, [Y, X], Runs);
run_start(_, X, [], Runs) -> [[X] | Runs].

up(false, [Z | T], Last, Run, Runs) when Last =< Z -> up(false, T, Z, [Z | Run], Runs);
up(true, [Z | T], Last, Run, Runs) when Last < Z -> up(true, T, Z, [Z | Run], Runs);
up(true, [Z | T], Last, Run, Runs) when Last == Z -> up(true, T, Last, Run, Runs);
up(U, T, _, Run, Runs) -> runs(U, T, [Run | Runs]).

down(U, [Z | T], Last, Run, Runs) when Z < Last -> down(U, T, Z, [Z | Run], Runs);
down(true, [Z | T], Last, Run, Runs) when Z == Last -> down(true, T, Last, Run, Runs);
down(U, T, _, Run, Runs) -> runs(U, T, [lists:reverse(Run, []) | Runs]).

%% Runs in D-form, last first: turn into A-form, first first, and merge.
%% Unique (U = true): the runs have no two equal elements, and the
%% merges drop the later of two equal elements, so the result has none.
sort_runs(_, [Run]) -> lists:reverse(Run, []);
sort_runs(U, Runs) -> merge_a(U, pass_d(U, Runs, [])).

%% Merges neighbours of a last-first list of D-form runs into a
%% first-first list of A-form runs.
pass_d(U, [Right, Left | More], Acc) -> pass_d(U, More, [merge_d(U, Left, Right) | Acc]);
pass_d(_, [Only], Acc) -> [lists:reverse(Only, []) | Acc];
pass_d(_, [], Acc) -> Acc.

%% A-form runs, first first: merge until one is left.
merge_a(_, [Run]) -> Run;
merge_a(U, Runs) -> sort_runs(U, pass_a(U, Runs, [])).

%% Merges neighbours of a first-first list of A-form runs into a
%% last-first list of D-form runs.
pass_a(U, [Left, Right | More], Acc) -> pass_a(U, More, [merge_asc(U, Left, Right) | Acc]);
pass_a(_, [Only], Acc) -> [lists:reverse(Only, []) | Acc];
pass_a(_, [], Acc) -> Acc.

%% Two A-form lists into one D-form list (left wins ties; unique: the
%% right one goes). The heads travel apart from their tails.
merge_asc(U, [A | As], [B | Bs]) -> ma(U, A, As, B, Bs, []).

ma(false, A, As, B, Bs, Acc) when A =< B ->
    case As of
        [A1 | As1] -> ma(false, A1, As1, B, Bs, [A | Acc]);
        [] -> lists:reverse(Bs, [B, A | Acc])
    end;
ma(true, A, As, B, Bs, Acc) when A < B ->
    case As of
        [A1 | As1] -> ma(true, A1, As1, B, Bs, [A | Acc]);
        [] -> lists:reverse(Bs, [B, A | Acc])
    end;
ma(true, A, As, B, Bs, Acc) when A == B ->
    case Bs of
        [B1 | Bs1] -> ma(true, A, As, B1, Bs1, Acc);
        [] -> lists:reverse(As, [A | Acc])
    end;
ma(U, A, As, B, Bs, Acc) ->
    case Bs of
        [B1 | Bs1] -> ma(U, A, As, B1, Bs1, [B | Acc]);
        [] -> lists:reverse(As, [A, B | Acc])
    end.

%% Two D-form lists into one A-form list (right goes first on ties;
%% unique: the left one stays).
merge_d(U, [A | As], [B | Bs]) -> md(U, A, As, B, Bs, []).

md(U, A, As, B, Bs, Acc) when A > B ->
    case As of
        [A1 | As1] -> md(U, A1, As1, B, Bs, [A | Acc]);
        [] -> lists:reverse(Bs, [B, A | Acc])
    end;
md(true, A, As, B, Bs, Acc) when A == B ->
    case Bs of
        [B1 | Bs1] -> md(true, A, As, B1, Bs1, Acc);
        [] -> lists:reverse(As, [A | Acc])
    end;
md(U, A, As, B, Bs, Acc) ->
    case Bs of
        [B1 | Bs1] -> md(U, A, As, B1, Bs1, [B | Acc]);
        [] -> lists:reverse(As, [A, B | Acc])
    end.

%%% ---------------------------------------------------------------
%%% Merging: term order
%%% ---------------------------------------------------------------

%% The public two-list merges end here: what is left of the list that
%% outlived the other joins the result unchanged. As in OTP, a rest
%% that is not a proper list is a badarg.
finish(Acc, Rest) ->
    _ = length(Rest),
    lists:reverse(Acc, Rest).

%% Sorted lists; on ties the earlier list's element comes first.
merge(Lists) -> merge_all(fun merge/2, non_empty(Lists)).

non_empty([[] | T]) -> non_empty(T);
non_empty([L | T]) -> [L | non_empty(T)];
non_empty([]) -> [].

%% Merges neighbours until one list is left: the earlier list of a pair
%% stays the first argument.
merge_all(_, []) -> [];
merge_all(_, [L]) -> L;
merge_all(Merge, Ls) -> merge_all(Merge, merge_pairs(Merge, Ls)).

merge_pairs(Merge, [A, B | More]) -> [Merge(A, B) | merge_pairs(Merge, More)];
merge_pairs(_, Rest) -> Rest.

merge(As, []) -> As;
merge(As, [B | Bs]) -> mg_b(As, B, Bs, []).

%% B waits for the next element of As.
mg_b([A | As], B, Bs, Acc) when A =< B -> mg_b(As, B, Bs, [A | Acc]);
mg_b([A | As], B, Bs, Acc) -> mg_a(A, As, Bs, [B | Acc]);
mg_b([], B, Bs, Acc) -> finish(Acc, [B | Bs]).

%% A waits for the next element of Bs.
mg_a(A, As, [B | Bs], Acc) when A =< B -> mg_b(As, B, Bs, [A | Acc]);
mg_a(A, As, [B | Bs], Acc) -> mg_a(A, As, Bs, [B | Acc]);
mg_a(A, As, [], Acc) -> finish(Acc, [A | As]).

merge3(As, [], Cs) -> merge(As, Cs);
merge3(As, Bs, []) -> merge(As, Bs);
merge3(As, Bs, Cs) -> merge(merge(As, Bs), Cs).

%% Lists sorted in descending order: reverse(rmerge(reverse(A),
%% reverse(B))) == merge(A, B), so the second list wins ties.
rmerge(As, []) -> As;
rmerge(As, [B | Bs]) -> rmerge_b(As, B, Bs, []).

rmerge_b([A | As], B, Bs, Acc) when A > B -> rmerge_b(As, B, Bs, [A | Acc]);
rmerge_b([A | As], B, Bs, Acc) -> rmerge_a(A, As, Bs, [B | Acc]);
rmerge_b([], B, Bs, Acc) -> finish(Acc, [B | Bs]).

rmerge_a(A, As, [B | Bs], Acc) when A > B -> rmerge_b(As, B, Bs, [A | Acc]);
rmerge_a(A, As, [B | Bs], Acc) -> rmerge_a(A, As, Bs, [B | Acc]);
rmerge_a(A, As, [], Acc) -> finish(Acc, [A | As]).

rmerge3(As, [], Cs) -> rmerge(As, Cs);
rmerge3(As, Bs, []) -> rmerge(As, Bs);
rmerge3(As, Bs, Cs) -> rmerge(rmerge(As, Bs), Cs).

%% Unique merges. In umerge(As, Bs) an element of Bs is dropped when
%% the element just before it in the merged order is an element of As
%% that compares == to it (for lists without duplicates: when it is in
%% As too).
umerge(Lists) -> merge_all(fun umerge/2, non_empty(Lists)).

umerge([], Bs) -> Bs;
umerge([A | As], Bs) -> um_wait_a(A, As, Bs, []).

%% A is next from As and nothing before it can swallow an element of Bs.
um_wait_a(A, As, [B | _] = Bs, Acc) when A =< B -> um_after_a(As, Bs, A, [A | Acc]);
um_wait_a(A, As, [B | Bs], Acc) -> um_wait_a(A, As, Bs, [B | Acc]);
um_wait_a(A, As, [], Acc) -> finish(Acc, [A | As]).

%% Prev (from As) was the last element taken.
um_after_a([A | As], [B | _] = Bs, _, Acc) when A =< B -> um_after_a(As, Bs, A, [A | Acc]);
um_after_a([A | As], [B | Bs], Prev, Acc) when B == Prev -> um_wait_a(A, As, Bs, Acc);
um_after_a([A | As], [B | Bs], _, Acc) -> um_wait_a(A, As, Bs, [B | Acc]);
um_after_a([], [B | Bs], Prev, Acc) when B == Prev -> finish(Acc, Bs);
um_after_a([], Bs, _, Acc) -> finish(Acc, Bs);
um_after_a(As, [], _, Acc) -> finish(Acc, As).

umerge3(As, [], Cs) -> umerge(As, Cs);
umerge3(As, Bs, []) -> umerge(As, Bs);
umerge3(As, Bs, Cs) -> umerge(umerge(As, Bs), Cs).

%% Descending lists: an element of Bs is dropped when the element just
%% after it in the merged order is an element of As that compares ==.
rumerge(As, []) -> As;
rumerge(As, [B | Bs]) -> rum_b(As, B, Bs, []).

%% B is next from Bs; no element of As is pending.
rum_b([A | As], B, Bs, Acc) when A =< B -> rum_ab(A, As, B, Bs, Acc);
rum_b([A | As], B, Bs, Acc) -> rum_b(As, B, Bs, [A | Acc]);
rum_b([], B, Bs, Acc) -> finish(Acc, [B | Bs]).

%% B goes before A; whether B survives depends on what follows it.
rum_ab(A, As, B, [C | Cs], Acc) when A =< C -> rum_ab(A, As, C, Cs, [B | Acc]);
rum_ab(A, As, B, [C | Cs], Acc) when A == B -> rum_b(As, C, Cs, [A | Acc]);
rum_ab(A, As, B, [C | Cs], Acc) -> rum_b(As, C, Cs, [A, B | Acc]);
rum_ab(A, As, B, [], Acc) when A == B -> finish(Acc, [A | As]);
rum_ab(A, As, B, [], Acc) -> finish(Acc, [B, A | As]).

rumerge3(As, [], Cs) -> rumerge(As, Cs);
rumerge3(As, Bs, []) -> rumerge(As, Bs);
rumerge3(As, Bs, Cs) -> rumerge(rumerge(As, Bs), Cs).

%%% ---------------------------------------------------------------
%%% Sorting and merging with an ordering fun (F(A, B): A =< B)
%%% ---------------------------------------------------------------

sort(F, [X, Y | T]) ->
    case F(X, Y) of
        true -> fsort_runs(F, fup(F, T, Y, [Y, X], []));
        false -> fsort_runs(F, fdown(F, T, Y, [Y, X], []))
    end;
sort(F, [_] = L) when is_function(F, 2) -> L;
sort(F, [] = L) when is_function(F, 2) -> L.

usort(F, [_, _ | _] = L) when is_function(F, 2) -> fdrop_eq(F, sort(F, L));
usort(F, [_] = L) when is_function(F, 2) -> L;
usort(F, [] = L) when is_function(F, 2) -> L.

%% Sorted input: Y equals the kept X when F(Y, X) holds too.
fdrop_eq(F, [X | T]) -> [X | fdrop_eq(F, X, T)].

fdrop_eq(F, X, [Y | T]) ->
    case F(Y, X) of
        true -> fdrop_eq(F, X, T);
        false -> [Y | fdrop_eq(F, Y, T)]
    end;
fdrop_eq(_, _, []) -> [].

fruns(F, [X, Y | T], Runs) ->
    case F(X, Y) of
        true -> fup(F, T, Y, [Y, X], Runs);
        false -> fdown(F, T, Y, [Y, X], Runs)
    end;
fruns(_, [X], Runs) -> [[X] | Runs];
fruns(_, [], Runs) -> Runs.

fup(F, [Z | T] = L, Last, Run, Runs) ->
    case F(Last, Z) of
        true -> fup(F, T, Z, [Z | Run], Runs);
        false -> fruns(F, L, [Run | Runs])
    end;
fup(F, L, _, Run, Runs) -> fruns(F, L, [Run | Runs]).

fdown(F, [Z | T] = L, Last, Run, Runs) ->
    case F(Last, Z) of
        false -> fdown(F, T, Z, [Z | Run], Runs);
        true -> fruns(F, L, [lists:reverse(Run, []) | Runs])
    end;
fdown(F, L, _, Run, Runs) -> fruns(F, L, [lists:reverse(Run, []) | Runs]).

fsort_runs(_, [Run]) -> lists:reverse(Run, []);
fsort_runs(F, Runs) -> fmerge_a(F, fpass_d(F, Runs, [])).

fpass_d(F, [Right, Left | More], Acc) ->
    fpass_d(F, More, [fmerge_d(F, Left, Right, []) | Acc]);
fpass_d(_, [Only], Acc) -> [lists:reverse(Only, []) | Acc];
fpass_d(_, [], Acc) -> Acc.

fmerge_a(_, [Run]) -> Run;
fmerge_a(F, Runs) -> fsort_runs(F, fpass_a(F, Runs, [])).

fpass_a(F, [Left, Right | More], Acc) ->
    fpass_a(F, More, [fmerge_asc(F, Left, Right, []) | Acc]);
fpass_a(_, [Only], Acc) -> [lists:reverse(Only, []) | Acc];
fpass_a(_, [], Acc) -> Acc.

fmerge_asc(F, [A | As1] = As, [B | Bs1] = Bs, Acc) ->
    case F(A, B) of
        true -> fmerge_asc(F, As1, Bs, [A | Acc]);
        false -> fmerge_asc(F, As, Bs1, [B | Acc])
    end;
fmerge_asc(_, [], Bs, Acc) -> lists:reverse(Bs, Acc);
fmerge_asc(_, As, [], Acc) -> lists:reverse(As, Acc).

fmerge_d(F, [A | As1] = As, [B | Bs1] = Bs, Acc) ->
    case F(A, B) of
        false -> fmerge_d(F, As1, Bs, [A | Acc]);
        true -> fmerge_d(F, As, Bs1, [B | Acc])
    end;
fmerge_d(_, [], Bs, Acc) -> lists:reverse(Bs, Acc);
fmerge_d(_, As, [], Acc) -> lists:reverse(As, Acc).

merge(F, As, [B | Bs]) when is_function(F, 2) -> fmg_b(F, As, B, Bs, []);
merge(F, As, []) when is_function(F, 2) -> As.

fmg_b(F, [A | As], B, Bs, Acc) ->
    case F(A, B) of
        true -> fmg_b(F, As, B, Bs, [A | Acc]);
        false -> fmg_a(F, A, As, Bs, [B | Acc])
    end;
fmg_b(_, [], B, Bs, Acc) -> finish(Acc, [B | Bs]).

fmg_a(F, A, As, [B | Bs], Acc) ->
    case F(A, B) of
        true -> fmg_b(F, As, B, Bs, [A | Acc]);
        false -> fmg_a(F, A, As, Bs, [B | Acc])
    end;
fmg_a(_, A, As, [], Acc) -> finish(Acc, [A | As]).

rmerge(F, As, [B | Bs]) when is_function(F, 2) -> frmerge_b(F, As, B, Bs, []);
rmerge(F, As, []) when is_function(F, 2) -> As.

frmerge_b(F, [A | As], B, Bs, Acc) ->
    case F(A, B) of
        false -> frmerge_b(F, As, B, Bs, [A | Acc]);
        true -> frmerge_a(F, A, As, Bs, [B | Acc])
    end;
frmerge_b(_, [], B, Bs, Acc) -> finish(Acc, [B | Bs]).

frmerge_a(F, A, As, [B | Bs], Acc) ->
    case F(A, B) of
        false -> frmerge_b(F, As, B, Bs, [A | Acc]);
        true -> frmerge_a(F, A, As, Bs, [B | Acc])
    end;
frmerge_a(_, A, As, [], Acc) -> finish(Acc, [A | As]).

umerge(F, [], Bs) when is_function(F, 2) -> Bs;
umerge(F, [A | As], Bs) when is_function(F, 2) -> fum_wait_a(F, A, As, Bs, []).

fum_wait_a(F, A, As, [B | Bs1] = Bs, Acc) ->
    case F(A, B) of
        true -> fum_after_a(F, As, Bs, A, [A | Acc]);
        false -> fum_wait_a(F, A, As, Bs1, [B | Acc])
    end;
fum_wait_a(_, A, As, [], Acc) -> finish(Acc, [A | As]).

fum_after_a(F, [A | As], [B | Bs1] = Bs, Prev, Acc) ->
    case F(A, B) of
        true -> fum_after_a(F, As, Bs, A, [A | Acc]);
        false ->
            case F(B, Prev) of
                true -> fum_wait_a(F, A, As, Bs1, Acc);
                false -> fum_wait_a(F, A, As, Bs1, [B | Acc])
            end
    end;
fum_after_a(F, [], [B | Bs1] = Bs, Prev, Acc) ->
    case F(B, Prev) of
        true -> finish(Acc, Bs1);
        false -> finish(Acc, Bs)
    end;
fum_after_a(_, As, [], _, Acc) -> finish(Acc, As).

rumerge(F, As, []) when is_function(F, 2) -> As;
rumerge(F, As, [B | Bs]) when is_function(F, 2) -> frum_b(F, As, B, Bs, []).

frum_b(F, [A | As], B, Bs, Acc) ->
    case F(A, B) of
        true -> frum_ab(F, A, As, B, Bs, Acc);
        false -> frum_b(F, As, B, Bs, [A | Acc])
    end;
frum_b(_, [], B, Bs, Acc) -> finish(Acc, [B | Bs]).

frum_ab(F, A, As, B, [C | Cs], Acc) ->
    case F(A, C) of
        true -> frum_ab(F, A, As, C, Cs, [B | Acc]);
        false ->
            case F(B, A) of
                true -> frum_b(F, As, C, Cs, [A | Acc]);
                false -> frum_b(F, As, C, Cs, [A, B | Acc])
            end
    end;
frum_ab(F, A, As, B, [], Acc) ->
    case F(B, A) of
        true -> finish(Acc, [A | As]);
        false -> finish(Acc, [B, A | As])
    end.

%%% ---------------------------------------------------------------
%%% Sorting and merging tuples on element N
%%% ---------------------------------------------------------------

%% The runs pass reads every key (element/2 raises badarg for a bad
%% tuple); the merges after it can then compare keys in guards.

keysort(N, L) when is_integer(N), N > 0 ->
    case L of
        [_, _ | _] -> ksort_runs(N, false, kruns(N, false, L, []));
        [_] -> L;
        [] -> L
    end.

ukeysort(N, L) when is_integer(N), N > 0 ->
    case L of
        [_, _ | _] -> ksort_runs(N, true, kruns(N, true, L, []));
        [_] -> L;
        [] -> L
    end.

%% As runs/3, on keys (runs/3 explains U).
kruns(N, U, [X | T], Runs) -> krun_start(N, U, X, element(N, X), T, Runs);
kruns(_, _, [], Runs) -> Runs.

krun_start(N, U, X, KX, [Y | T], Runs) ->
    KY = element(N, Y),
    if
        KX < KY -> kup(N, U, T, KY, [Y, X], Runs);
        KX > KY -> kdown(N, U, T, KY, [Y, X], Runs);
        U -> krun_start(N, U, X, KX, T, Runs);
        true -> kup(N, U, T, KY, [Y, X], Runs)
    end;
krun_start(_, _, X, _, [], Runs) -> [[X] | Runs].

kup(N, U, [Z | T] = L, Last, Run, Runs) ->
    KZ = element(N, Z),
    if
        Last < KZ -> kup(N, U, T, KZ, [Z | Run], Runs);
        Last == KZ, U -> kup(N, U, T, Last, Run, Runs);
        Last == KZ -> kup(N, U, T, KZ, [Z | Run], Runs);
        true -> kruns(N, U, L, [Run | Runs])
    end;
kup(N, U, L, _, Run, Runs) -> kruns(N, U, L, [Run | Runs]).

kdown(N, U, [Z | T] = L, Last, Run, Runs) ->
    KZ = element(N, Z),
    if
        KZ < Last -> kdown(N, U, T, KZ, [Z | Run], Runs);
        KZ == Last, U -> kdown(N, U, T, Last, Run, Runs);
        true -> kruns(N, U, L, [lists:reverse(Run, []) | Runs])
    end;
kdown(N, U, L, _, Run, Runs) -> kruns(N, U, L, [lists:reverse(Run, []) | Runs]).

ksort_runs(_, _, [Run]) -> lists:reverse(Run, []);
ksort_runs(N, U, Runs) -> kmerge_a(N, U, kpass_d(N, U, Runs, [])).

kpass_d(N, U, [Right, Left | More], Acc) ->
    kpass_d(N, U, More, [kmerge_d(N, U, Left, Right) | Acc]);
kpass_d(_, _, [Only], Acc) -> [lists:reverse(Only, []) | Acc];
kpass_d(_, _, [], Acc) -> Acc.

kmerge_a(_, _, [Run]) -> Run;
kmerge_a(N, U, Runs) -> ksort_runs(N, U, kpass_a(N, U, Runs, [])).

kpass_a(N, U, [Left, Right | More], Acc) ->
    kpass_a(N, U, More, [kmerge_asc(N, U, Left, Right) | Acc]);
kpass_a(_, _, [Only], Acc) -> [lists:reverse(Only, []) | Acc];
kpass_a(_, _, [], Acc) -> Acc.

%% As merge_asc/3 and merge_d/3, on keys; the heads' keys travel with
%% them.
kmerge_asc(N, U, [A | As], [B | Bs]) -> kma(N, U, A, element(N, A), As, B, element(N, B), Bs, []).

kma(N, false, A, KA, As, B, KB, Bs, Acc) when KA =< KB ->
    case As of
        [A1 | As1] -> kma(N, false, A1, element(N, A1), As1, B, KB, Bs, [A | Acc]);
        [] -> lists:reverse(Bs, [B, A | Acc])
    end;
kma(N, true, A, KA, As, B, KB, Bs, Acc) when KA < KB ->
    case As of
        [A1 | As1] -> kma(N, true, A1, element(N, A1), As1, B, KB, Bs, [A | Acc]);
        [] -> lists:reverse(Bs, [B, A | Acc])
    end;
kma(N, true, A, KA, As, _, KB, Bs, Acc) when KA == KB ->
    case Bs of
        [B1 | Bs1] -> kma(N, true, A, KA, As, B1, element(N, B1), Bs1, Acc);
        [] -> lists:reverse(As, [A | Acc])
    end;
kma(N, U, A, KA, As, B, _, Bs, Acc) ->
    case Bs of
        [B1 | Bs1] -> kma(N, U, A, KA, As, B1, element(N, B1), Bs1, [B | Acc]);
        [] -> lists:reverse(As, [A, B | Acc])
    end.

kmerge_d(N, U, [A | As], [B | Bs]) -> kmd(N, U, A, element(N, A), As, B, element(N, B), Bs, []).

kmd(N, U, A, KA, As, B, KB, Bs, Acc) when KA > KB ->
    case As of
        [A1 | As1] -> kmd(N, U, A1, element(N, A1), As1, B, KB, Bs, [A | Acc]);
        [] -> lists:reverse(Bs, [B, A | Acc])
    end;
kmd(N, true, A, KA, As, _, KB, Bs, Acc) when KA == KB ->
    case Bs of
        [B1 | Bs1] -> kmd(N, true, A, KA, As, B1, element(N, B1), Bs1, Acc);
        [] -> lists:reverse(As, [A | Acc])
    end;
kmd(N, U, A, KA, As, B, _, Bs, Acc) ->
    case Bs of
        [B1 | Bs1] -> kmd(N, U, A, KA, As, B1, element(N, B1), Bs1, [B | Acc]);
        [] -> lists:reverse(As, [A, B | Acc])
    end.

%% The public key merges read each key once, in the body (badarg for a
%% bad tuple). State: the pending element of one list and its key.

keymerge(N, As, Bs) when is_integer(N), N > 0 ->
    case Bs of
        [] -> As;
        [B | Bs1] -> km_b(N, As, B, element(N, B), Bs1, [])
    end.

km_b(N, [A | As], B, KB, Bs, Acc) ->
    KA = element(N, A),
    if
        KA =< KB -> km_b(N, As, B, KB, Bs, [A | Acc]);
        true -> km_a(N, A, KA, As, Bs, [B | Acc])
    end;
km_b(_, [], B, _, Bs, Acc) -> finish(Acc, [B | Bs]).

km_a(N, A, KA, As, [B | Bs], Acc) ->
    KB = element(N, B),
    if
        KA =< KB -> km_b(N, As, B, KB, Bs, [A | Acc]);
        true -> km_a(N, A, KA, As, Bs, [B | Acc])
    end;
km_a(_, A, _, As, [], Acc) -> finish(Acc, [A | As]).

rkeymerge(N, As, Bs) when is_integer(N), N > 0 ->
    case Bs of
        [] -> As;
        [B | Bs1] -> rkm_b(N, As, B, element(N, B), Bs1, [])
    end.

rkm_b(N, [A | As], B, KB, Bs, Acc) ->
    KA = element(N, A),
    if
        KA > KB -> rkm_b(N, As, B, KB, Bs, [A | Acc]);
        true -> rkm_a(N, A, KA, As, Bs, [B | Acc])
    end;
rkm_b(_, [], B, _, Bs, Acc) -> finish(Acc, [B | Bs]).

rkm_a(N, A, KA, As, [B | Bs], Acc) ->
    KB = element(N, B),
    if
        KA > KB -> rkm_b(N, As, B, KB, Bs, [A | Acc]);
        true -> rkm_a(N, A, KA, As, Bs, [B | Acc])
    end;
rkm_a(_, A, _, As, [], Acc) -> finish(Acc, [A | As]).

ukeymerge(N, As, Bs) when is_integer(N), N > 0 ->
    case As of
        [] -> Bs;
        [A | As1] -> ukm_wait_a(N, A, element(N, A), As1, Bs, [])
    end.

ukm_wait_a(N, A, KA, As, [B | Bs1], Acc) ->
    KB = element(N, B),
    if
        KA =< KB -> ukm_after_a(N, As, B, KB, Bs1, KA, [A | Acc]);
        true -> ukm_wait_a(N, A, KA, As, Bs1, [B | Acc])
    end;
ukm_wait_a(_, A, _, As, [], Acc) -> finish(Acc, [A | As]).

%% B (key KB) is pending; the last element taken came from As (key KP).
ukm_after_a(N, [A | As], B, KB, Bs, KP, Acc) ->
    KA = element(N, A),
    if
        KA =< KB -> ukm_after_a(N, As, B, KB, Bs, KA, [A | Acc]);
        KB == KP -> ukm_wait_a(N, A, KA, As, Bs, Acc);
        true -> ukm_wait_a(N, A, KA, As, Bs, [B | Acc])
    end;
ukm_after_a(_, [], _, KB, Bs, KP, Acc) when KB == KP -> finish(Acc, Bs);
ukm_after_a(_, [], B, _, Bs, _, Acc) -> finish(Acc, [B | Bs]).

rukeymerge(N, As, Bs) when is_integer(N), N > 0 ->
    case Bs of
        [] -> As;
        [B | Bs1] -> rukm_b(N, As, B, element(N, B), Bs1, [])
    end.

rukm_b(N, [A | As], B, KB, Bs, Acc) ->
    KA = element(N, A),
    if
        KA =< KB -> rukm_ab(N, A, KA, As, B, KB, Bs, Acc);
        true -> rukm_b(N, As, B, KB, Bs, [A | Acc])
    end;
rukm_b(_, [], B, _, Bs, Acc) -> finish(Acc, [B | Bs]).

rukm_ab(N, A, KA, As, B, KB, [C | Cs], Acc) ->
    KC = element(N, C),
    if
        KA =< KC -> rukm_ab(N, A, KA, As, C, KC, Cs, [B | Acc]);
        KA == KB -> rukm_b(N, As, C, KC, Cs, [A | Acc]);
        true -> rukm_b(N, As, C, KC, Cs, [A, B | Acc])
    end;
rukm_ab(_, A, KA, As, _, KB, [], Acc) when KA == KB -> finish(Acc, [A | As]);
rukm_ab(_, A, _, As, B, _, [], Acc) -> finish(Acc, [B, A | As]).
