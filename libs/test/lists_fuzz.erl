-module(lists_fuzz).
-export([run/1, run/2]).

%% Differential fuzzer: OTP's lists against the estdlib's, loaded under
%% the name estdlib_lists (libs/test/fuzz-lists.sh makes that copy).
%%
%% run(N): N random calls per function, good and bad arguments (non-
%% lists, improper lists, bad indices, non-funs, funs of the wrong arity
%% or returning non-booleans). run(-N): only proper lists. run(N, Names)
%% restricts to the functions named. A call agrees when both give the
%% same value or the same exception class and reason, and (except for the
%% sorts and merges, whose order of comparisons is their own) the funs
%% were called with the same arguments in the same order.
run(N) -> run(N, all).

run(N, Only) ->
    put(clean, N < 0),
    rand:seed(exsss, {7, 8, 9}),
    Exps = [FA || {F, _} = FA <- lists:module_info(exports),
                  F =/= module_info,
                  not lists:member(FA, [{reverse, 2}, {member, 2}, {keyfind, 3}]),
                  Only =:= all orelse lists:member(F, Only)],
    Bad = lists:flatmap(fun(FA) -> fuzz(FA, abs(N)) end, Exps),
    io:format("~p functions, ~p mismatches~n", [length(Exps), length(Bad)]),
    Counts = lists:foldl(fun({FA, _, _, _}, Acc) -> orddict:update_counter(FA, 1, Acc) end,
                         [], Bad),
    io:format("~p~n", [Counts]),
    [io:format("~p~n  args ~p~n  otp  ~p~n  ours ~p~n", [FA, A, R1, R2])
     || {FA, A, R1, R2} <- first_few(Bad, [])],
    length(Bad).

%% At most three mismatches per function.
first_few([{FA, _, _, _} = B | T], Seen) ->
    case length([x || S <- Seen, S =:= FA]) < 3 of
        true -> [B | first_few(T, [FA | Seen])];
        false -> first_few(T, Seen)
    end;
first_few([], _) -> [].

fuzz({F, A} = FA, N) ->
    lists:flatmap(fun(_) ->
        Args = args(F, A),
        R1 = call(lists, F, Args),
        R2 = call(estdlib_lists, F, Args),
        case same(F, R1, R2) of
            true -> [];
            false -> [{FA, Args, R1, R2}]
        end
    end, lists:seq(1, N)).

same(F, {R, T1}, {R, T2}) -> T1 =:= T2 orelse order_free(F);
same(_, _, _) -> false.

order_free(F) -> lists:member(F, [sort, usort, umerge, rumerge, merge, rmerge]).

call(M, F, Args) ->
    erase(trace),
    R = try {ok, apply(M, F, Args)} catch C:E -> {C, E} end,
    {R, lists:reverse(case get(trace) of undefined -> []; T -> T end)}.

tr(X) -> put(trace, [X | case get(trace) of undefined -> []; T -> T end]).

pick(L) -> lists:nth(rand:uniform(length(L)), L).
chance(P) -> rand:uniform() < P.

elem() -> pick([0, 1, 2, 3, 4, 5, 1.0, 2.0, a, b, c, {1}, {1.0}, [1], [], "ab"]).
small() -> pick([0, 1, 2, 3, 4, 5, 1.0, 3.0]).
tup() -> list_to_tuple([pick([0,1,2,3,1.0,2.0,a]) || _ <- lists:seq(1, pick([1,2,2,3,3]))] ++ [make_ref_like()]).
make_ref_like() -> rand:uniform(1000).

len() -> pick([0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 10, 13, 20]).
lst(G) -> [G() || _ <- lists:seq(1, len())].
maybe_bad(L) ->
    case get(clean) =:= true orelse rand:uniform(20) > 3 of true -> L; false -> maybe_bad2(L) end.
maybe_bad2(L) ->
    case rand:uniform(3) of
        1 -> x;
        2 -> L ++ x;
        3 -> case L of [] -> [a | b]; _ -> L ++ b end;
        _ -> L
    end.
ilist() -> maybe_bad(lst(fun small/0)).
elist() -> maybe_bad(lst(fun elem/0)).
tlist() -> maybe_bad(lst(fun() -> case chance(0.03) of true -> notatuple; false -> tup() end end)).
sorted(G) -> maybe_bad(lists:sort(lst(G))).
usorted(G) -> maybe_bad(lists:usort(lst(G))).
rsorted(G) -> maybe_bad(lists:reverse(lists:sort(lst(G)))).
rusorted(G) -> maybe_bad(lists:reverse(lists:usort(lst(G)))).
sortedish(G) -> case rand:uniform(4) of 1 -> sorted(G); 2 -> usorted(G); 3 -> maybe_bad(lst(G)); 4 -> sorted(G) end.
rsortedish(G) -> case rand:uniform(4) of 1 -> rsorted(G); 2 -> rusorted(G); 3 -> maybe_bad(lst(G)); 4 -> rsorted(G) end.
ksorted(I) -> maybe_bad(lists:keysort(I, lst(fun tup2/0))).
ukeyed(I) -> maybe_bad(lists:ukeysort(I, lst(fun tup2/0))).
rksorted(I) -> maybe_bad(lists:reverse(lists:keysort(I, lst(fun tup2/0)))).
rukeyed(I) -> maybe_bad(lists:reverse(lists:ukeysort(I, lst(fun tup2/0)))).
tup2() -> {pick([0,1,2,3,1.0,2.0]), pick([0,1,2,1.0]), rand:uniform(100)}.
idx() -> case rand:uniform(12) of 1 -> 0; 2 -> -1; 3 -> a; _ -> pick([1, 1, 2, 2, 3]) end.
nat() -> case rand:uniform(12) of 1 -> -1; 2 -> a; _ -> rand:uniform(8) - 1 end.
deep() -> maybe_bad([case rand:uniform(4) of 1 -> lst(fun elem/0); 2 -> [lst(fun small/0), small()]; _ -> small() end || _ <- lists:seq(1, len())]).

%% Funs (tracing their calls)
pred() -> case rand:uniform(25) of
              1 -> notfun;
              2 -> fun(X, _) -> X end;
              3 -> fun(X) -> tr(X), case X of 3 -> maybe; _ -> true end end;
              _ -> T = pick([0, 1, 2, 3, 4]), fun(X) -> tr(X), X > T end
          end.
fun1() -> case rand:uniform(25) of
              1 -> notfun;
              2 -> fun(X, _) -> X end;
              _ -> fun(X) -> tr(X), {X} end
          end.
fun2() -> case rand:uniform(25) of
              1 -> notfun;
              2 -> fun(X) -> X end;
              _ -> fun(X, Y) -> tr({X, Y}), {X, Y} end
          end.
fun3() -> case rand:uniform(25) of
              1 -> notfun;
              _ -> fun(X, Y, Z) -> tr({X, Y, Z}), {X, Y, Z} end
          end.
ord() -> case rand:uniform(30) of
             1 -> notfun;
             2 -> fun(X) -> X end;
             3 -> fun(_, _) -> maybe end;
             _ -> pick([fun(X, Y) -> tr({X, Y}), X =< Y end,
                        fun(X, Y) -> tr({X, Y}), X >= Y end,
                        fun(X, Y) -> tr({X, Y}), key(X) =< key(Y) end])
         end.
key(X) when is_tuple(X) -> element(1, X);
key(X) -> X.
folder() -> case rand:uniform(25) of 1 -> notfun; _ -> fun(X, Acc) -> tr({X, Acc}), [X | Acc] end end.
mapfolder() -> case rand:uniform(25) of 1 -> notfun; 2 -> fun(X, _) -> X end; _ -> fun(X, Acc) -> tr({X, Acc}), {{X}, [X | Acc]} end end.
fmapper() -> case rand:uniform(25) of 1 -> notfun; _ -> fun(X) -> tr(X), case X of 1 -> true; 2 -> {true, two}; 3 -> bad; _ -> false end end end.
flatmapper() -> case rand:uniform(25) of 1 -> notfun; 2 -> fun(X) -> X end; _ -> fun(X) -> tr(X), [X, X] end end.
keyfun() -> case rand:uniform(25) of 1 -> notfun; _ -> fun(X) -> tr(X), key(X) end end.

args(all, 2) -> [pred(), elist()];
args(any, 2) -> [pred(), elist()];
args(append, 1) -> [maybe_bad([ilist() || _ <- lists:seq(1, len())])];
args(append, 2) -> [ilist(), ilist()];
args(concat, 1) -> [maybe_bad(lst(fun() -> pick([a, 12, "xy", [], -3, {t}]) end))];
args(delete, 2) -> [elem(), elist()];
args(droplast, 1) -> [elist()];
args(dropwhile, 2) -> [pred(), ilist()];
args(duplicate, 2) -> [nat(), elem()];
args(enumerate, 1) -> [elist()];
args(enumerate, 2) -> [pick([0, 1, -5, 10, a]), elist()];
args(filter, 2) -> [pred(), ilist()];
args(filtermap, 2) -> [fmapper(), ilist()];
args(zf, 2) -> [fmapper(), ilist()];
args(flatlength, 1) -> [deep()];
args(flatmap, 2) -> [flatmapper(), ilist()];
args(flatten, 1) -> [deep()];
args(flatten, 2) -> [deep(), pick([[], [z], x, [y|z]])];
args(foldl, 3) -> [folder(), acc0, ilist()];
args(foldr, 3) -> [folder(), acc0, ilist()];
args(foreach, 2) -> [fun1(), ilist()];
args(join, 2) -> [sep, elist()];
args(keydelete, 3) -> [small(), idx(), tlist()];
args(keyreplace, 4) -> [small(), idx(), tlist(), pick([{new}, notuple])];
args(keysearch, 3) -> [small(), idx(), tlist()];
args(keymember, 3) -> [small(), idx(), tlist()];
args(keytake, 3) -> [small(), idx(), tlist()];
args(keystore, 4) -> [small(), idx(), tlist(), pick([{new}, notuple])];
args(keymap, 3) -> [fun1(), idx(), tlist()];
args(keysort, 2) -> [idx(), tlist()];
args(ukeysort, 2) -> [idx(), tlist()];
args(keymerge, 3) -> I = idx(), [I, ksorted(ki(I)), ksorted(ki(I))];
args(ukeymerge, 3) -> I = idx(), case rand:uniform(2) of 1 -> [I, ukeyed(ki(I)), ukeyed(ki(I))]; 2 -> [I, ksorted(ki(I)), ksorted(ki(I))] end;
args(rkeymerge, 3) -> I = idx(), [I, rksorted(ki(I)), rksorted(ki(I))];
args(rukeymerge, 3) -> I = idx(), case rand:uniform(2) of 1 -> [I, rukeyed(ki(I)), rukeyed(ki(I))]; 2 -> [I, rksorted(ki(I)), rksorted(ki(I))] end;
args(last, 1) -> [elist()];
args(map, 2) -> [fun1(), elist()];
args(mapfoldl, 3) -> [mapfolder(), acc0, ilist()];
args(mapfoldr, 3) -> [mapfolder(), acc0, ilist()];
args(max, 1) -> [elist()];
args(min, 1) -> [elist()];
args(merge, 1) -> [maybe_bad([sorted(fun small/0) || _ <- lists:seq(1, len())])];
args(umerge, 1) -> [maybe_bad([case rand:uniform(3) of 1 -> sorted(fun small/0); _ -> usorted(fun small/0) end || _ <- lists:seq(1, len())])];
args(merge, 2) -> [sortedish(fun small/0), sortedish(fun small/0)];
args(rmerge, 2) -> [rsortedish(fun small/0), rsortedish(fun small/0)];
args(umerge, 2) -> [sortedish(fun small/0), sortedish(fun small/0)];
args(rumerge, 2) -> [rsortedish(fun small/0), rsortedish(fun small/0)];
args(merge3, 3) -> [sorted(fun small/0), sorted(fun small/0), sorted(fun small/0)];
args(rmerge3, 3) -> [rsorted(fun small/0), rsorted(fun small/0), rsorted(fun small/0)];
args(umerge3, 3) -> [usorted(fun small/0), usorted(fun small/0), usorted(fun small/0)];
args(rumerge3, 3) -> [rusorted(fun small/0), rusorted(fun small/0), rusorted(fun small/0)];
args(merge, 3) -> fmerge_args(fun sortedish/1);
args(umerge, 3) -> fmerge_args(fun sortedish/1);
args(rmerge, 3) -> fmerge_args(fun rsortedish/1);
args(rumerge, 3) -> fmerge_args(fun rsortedish/1);
args(nth, 2) -> [idx(), elist()];
args(nthtail, 2) -> [nat(), elist()];
args(partition, 2) -> [pred(), ilist()];
args(prefix, 2) -> [pick([[], [1], [1,2], [1.0], x, [1|x]]), ilist()];
args(suffix, 2) -> [pick([[], [1], [1,2], [1.0], x, [1|x]]), ilist()];
args(reverse, 1) -> [elist()];
args(search, 2) -> [pred(), ilist()];
args(seq, 2) -> [pick([-2, 0, 1, 3, 5, a]), pick([-3, 0, 1, 2, 5, 9, a])];
args(seq, 3) -> [pick([-2, 0, 1, 3, 5, a]), pick([-3, 0, 1, 2, 5, 9, a]), pick([-3, -2, -1, 0, 1, 2, 3, 7, a])];
args(sort, 1) -> [maybe_bad(lst(fun elem_noflt/0))];
args(usort, 1) -> [elist()];
args(sort, 2) -> [ord(), maybe_bad(lst(fun elem_or_tup/0))];
args(usort, 2) -> [ord(), maybe_bad(lst(fun elem_or_tup/0))];
args(split, 2) -> [nat(), elist()];
args(splitwith, 2) -> [pred(), ilist()];
args(sublist, 2) -> [nat(), elist()] ;
args(sublist, 3) -> [elist(), idx(), nat()];
args(subtract, 2) -> [ilist(), ilist()];
args(sum, 1) -> [case rand:uniform(10) of 1 -> [1, a]; _ -> ilist() end];
args(takewhile, 2) -> [pred(), ilist()];
args(uniq, 1) -> [elist()];
args(uniq, 2) -> [keyfun(), maybe_bad(lst(fun elem_or_tup/0))];
args(unzip, 1) -> [maybe_bad([case chance(0.05) of true -> {a}; false -> {elem(), elem()} end || _ <- lists:seq(1, len())])];
args(unzip3, 1) -> [maybe_bad([case chance(0.05) of true -> {a, b}; false -> {elem(), elem(), elem()} end || _ <- lists:seq(1, len())])];
args(zip, 2) -> L = len(), [maybe_bad(n(L)), maybe_bad(n(L + pick([0,0,0,1,-1])))];
args(zip3, 3) -> L = len(), [maybe_bad(n(L)), maybe_bad(n(L)), maybe_bad(n(L + pick([0,0,0,1,-1])))];
args(zipwith, 3) -> L = len(), [fun2(), maybe_bad(n(L)), maybe_bad(n(L + pick([0,0,0,1,-1])))];
args(zipwith3, 4) -> L = len(), [fun3(), maybe_bad(n(L)), maybe_bad(n(L)), maybe_bad(n(L + pick([0,0,0,1,-1])))].

n(L) when L < 0 -> [];
n(L) -> [small() || _ <- lists:seq(1, L)].
ki(I) when is_integer(I), I >= 1, I =< 2 -> I;
ki(_) -> 1.
elem_noflt() -> pick([0, 1, 2, 3, 4, 5, a, b, c, {1}, {2, a}, [1], [], "ab"]).
elem_or_tup() -> case rand:uniform(2) of 1 -> small(); 2 -> {small(), rand:uniform(9)} end.
fmerge_args(G) ->
    F = ord(),
    [F, G(fun small/0), G(fun small/0)].
