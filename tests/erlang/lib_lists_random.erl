-module(lib_lists_random).
-export([start/0]).
%% Sorting functions against simple reference implementations, on
%% pseudo-random lists (a fixed linear congruential generator).

start() ->
    Seeds = lists:seq(1, 300),
    Results = [check(S) || S <- Seeds],
    Bad = [{S, What} || {S, What} <- lists:zip(Seeds, Results), What =/= []],
    io:format("~w checks, failures: ~w~n", [length(Seeds), Bad]),
    %% A few actual results.
    {L1, _} = rand_list(12, 5, 42),
    io:format("~w~n~w~n~w~n", [L1, lists:sort(L1), lists:usort(L1)]),
    T1 = tag(L1),
    io:format("~w~n~w~n", [lists:keysort(1, T1), lists:ukeysort(1, T1)]),
    ok.

check(Seed) ->
    {Len, S1} = next(Seed),
    {L, _} = rand_list(Len rem 60, 1 + Seed rem 20, S1),
    T = tag(L),
    Le = fun(A, B) -> A =< B end,
    KLe = fun({A, _}, {B, _}) -> A =< B end,
    Checks =
        [{sort, lists:sort(L) =:= isort(L)},
         {usort, lists:usort(L) =:= dedup(isort(L))},
         {sort2, lists:sort(Le, L) =:= isort(L)},
         {sort2_desc, lists:sort(fun(A, B) -> A >= B end, L) =:= lists:reverse(isort(L))},
         {usort2, lists:usort(Le, L) =:= dedup(isort(L))},
         {keysort, lists:keysort(1, T) =:= ikeysort(T)},
         {sort2_key, lists:sort(KLe, T) =:= ikeysort(T)},
         {ukeysort, lists:ukeysort(1, T) =:= kdedup(ikeysort(T))},
         {usort2_key, lists:usort(KLe, T) =:= kdedup(ikeysort(T))},
         {merge, lists:merge(isort(L), isort(lists:reverse(L))) =:= isort(L ++ L)},
         {umerge, lists:umerge(dedup(isort(L)), dedup(isort(tl0(L)))) =:= dedup(isort(L))},
         {uniq, lists:uniq(L) =:= uniq_ref(L)}],
    [Name || {Name, false} <- Checks].

tl0([]) -> [];
tl0([_ | T]) -> T.

tag(L) -> lists:zip(L, lists:seq(1, length(L))).

%% Stable insertion sorts.
isort(L) -> lists:foldl(fun ins/2, [], L).
ins(X, [Y | T]) when Y =< X -> [Y | ins(X, T)];
ins(X, T) -> [X | T].

ikeysort(L) -> lists:foldl(fun kins/2, [], L).
kins({K, _} = X, [{KY, _} = Y | T]) when KY =< K -> [Y | kins(X, T)];
kins(X, T) -> [X | T].

dedup([X, X | T]) -> dedup([X | T]);
dedup([X | T]) -> [X | dedup(T)];
dedup([]) -> [].

kdedup([{K, _} = X, {K, _} | T]) -> kdedup([X | T]);
kdedup([X | T]) -> [X | kdedup(T)];
kdedup([]) -> [].

uniq_ref(L) -> uniq_ref(L, []).
uniq_ref([H | T], Seen) ->
    case lists:member(H, Seen) of
        true -> uniq_ref(T, Seen);
        false -> [H | uniq_ref(T, [H | Seen])]
    end;
uniq_ref([], _) -> [].

rand_list(0, _, S) -> {[], S};
rand_list(N, Range, S) ->
    {X, S1} = next(S),
    {T, S2} = rand_list(N - 1, Range, S1),
    {[X rem Range | T], S2}.

next(S) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    {S1 div 65536, S1}.
