%% The `queue' module of the atomvm-rs standard library: FIFO queues as
%% a pair of lists. Written for this project from OTP's documentation and
%% experiments against OTP 25.
%%
%% A queue is {Rear, Front}: Front holds the oldest items first, Rear the
%% newest first. Invariant: if one list is empty, the other has at most
%% one item. When an operation empties one side, the other side is split
%% in half to refill it (so that the printed form of a queue is the same
%% as OTP's for the same operations).
-module(queue).

-compile({no_auto_import, [get/1]}).

-export([new/0, is_queue/1, is_empty/1, len/1, to_list/1, from_list/1,
         member/2, in/2, in_r/2, out/1, out_r/1, get/1, get_r/1, peek/1,
         peek_r/1, drop/1, drop_r/1, reverse/1, join/2, split/2,
         filter/2, filtermap/2, fold/3, any/2, all/2, delete/2,
         delete_r/2, delete_with/2, delete_with_r/2]).

%% Okasaki's API.
-export([cons/2, head/1, tail/1, snoc/2, daeh/1, last/1, liat/1,
         lait/1, init/1]).

new() -> {[], []}.

is_queue({R, F}) when is_list(R), is_list(F) -> true;
is_queue(_) -> false.

is_empty({[], []}) -> true;
is_empty({R, F}) when is_list(R), is_list(F) -> false;
is_empty(Q) -> erlang:error(badarg, [Q]).

len({R, F}) when is_list(R), is_list(F) -> length(R) + length(F);
len(Q) -> erlang:error(badarg, [Q]).

to_list({R, F}) when is_list(R), is_list(F) -> F ++ lists:reverse(R, []);
to_list(Q) -> erlang:error(badarg, [Q]).

from_list(L) when is_list(L) -> f2r(L);
from_list(L) -> erlang:error(badarg, [L]).

member(X, {R, F}) when is_list(R), is_list(F) ->
    lists:member(X, F) orelse lists:member(X, R);
member(X, Q) -> erlang:error(badarg, [X, Q]).

%% Front list F (oldest first) as a queue: its second half goes to the
%% rear.
f2r(F) ->
    {Keep, Move} = lists:split(length(F) div 2, F),
    {lists:reverse(Move, []), Keep}.

%% Rear list R (newest first) as a queue: its second half (the oldest
%% items) goes to the front.
r2f(R) ->
    {Keep, Move} = lists:split(length(R) div 2, R),
    {Keep, lists:reverse(Move, [])}.

%%% ---------------------------------------------------------------
%%% Adding and removing
%%% ---------------------------------------------------------------

in(X, {[_] = R, []}) -> {[X], R};
in(X, {R, F}) when is_list(R), is_list(F) -> {[X | R], F};
in(X, Q) -> erlang:error(badarg, [X, Q]).

in_r(X, {[], [_] = F}) -> {F, [X]};
in_r(X, {R, F}) when is_list(R), is_list(F) -> {R, [X | F]};
in_r(X, Q) -> erlang:error(badarg, [X, Q]).

out({[], []} = Q) -> {empty, Q};
out({[X], []}) -> {{value, X}, {[], []}};
out({R, [X]}) -> {{value, X}, r2f(R)};
out({R, [X | F]}) -> {{value, X}, {R, F}};
out({R, []}) when is_list(R) -> out(r2f(R));
out(Q) -> erlang:error(badarg, [Q]).

out_r({[], []} = Q) -> {empty, Q};
out_r({[], [X]}) -> {{value, X}, {[], []}};
out_r({[X], F}) -> {{value, X}, f2r(F)};
out_r({[X | R], F}) -> {{value, X}, {R, F}};
out_r({[], F}) when is_list(F) -> out_r(f2r(F));
out_r(Q) -> erlang:error(badarg, [Q]).

get({[], []} = Q) -> erlang:error(empty, [Q]);
get({R, F}) when is_list(R), is_list(F) -> get(R, F);
get(Q) -> erlang:error(badarg, [Q]).

get(_, [X | _]) -> X;
get(R, []) -> lists:last(R).

get_r({[], []} = Q) -> erlang:error(empty, [Q]);
get_r({[X | _], F}) when is_list(F) -> X;
get_r({[], F}) when is_list(F) -> lists:last(F);
get_r(Q) -> erlang:error(badarg, [Q]).

peek({[], []}) -> empty;
peek({R, F}) when is_list(R), is_list(F) -> {value, get(R, F)};
peek(Q) -> erlang:error(badarg, [Q]).

peek_r({[], []}) -> empty;
peek_r({[X | _], F}) when is_list(F) -> {value, X};
peek_r({[], F}) when is_list(F) -> {value, lists:last(F)};
peek_r(Q) -> erlang:error(badarg, [Q]).

drop({[], []} = Q) -> erlang:error(empty, [Q]);
drop({R, F} = Q) when is_list(R), is_list(F) ->
    {{value, _}, Q1} = out(Q),
    Q1;
drop(Q) -> erlang:error(badarg, [Q]).

drop_r({[], []} = Q) -> erlang:error(empty, [Q]);
drop_r({R, F} = Q) when is_list(R), is_list(F) ->
    {{value, _}, Q1} = out_r(Q),
    Q1;
drop_r(Q) -> erlang:error(badarg, [Q]).

%%% ---------------------------------------------------------------
%%% Whole queues
%%% ---------------------------------------------------------------

reverse({R, F}) when is_list(R), is_list(F) -> {F, R};
reverse(Q) -> erlang:error(badarg, [Q]).

join({R, F} = Q, {[], []}) when is_list(R), is_list(F) -> Q;
join({[], []}, {R, F} = Q) when is_list(R), is_list(F) -> Q;
join({R1, F1}, {R2, F2}) when is_list(R1), is_list(F1), is_list(R2),
                              is_list(F2) ->
    {R2, F1 ++ lists:reverse(R1, F2)};
join(Q1, Q2) -> erlang:error(badarg, [Q1, Q2]).

split(0, {R, F} = Q) when is_list(R), is_list(F) -> {{[], []}, Q};
split(N, {R, F} = Q) when is_integer(N), N >= 1, is_list(R), is_list(F) ->
    LF = length(F),
    Len = LF + length(R),
    if
        N > Len -> erlang:error(badarg, [N, Q]);
        N =:= LF -> {f2r(F), r2f(R)};
        N =:= Len -> {Q, {[], []}};
        N < LF ->
            {[First | Taken], Rest} = lists:split(N, F),
            {{lists:reverse(Taken, []), [First]}, {R, Rest}};
        true ->
            {[Newest | Older], Move} = lists:split(Len - N, R),
            {{Move, F}, {[Newest], lists:reverse(Older, [])}}
    end;
split(N, Q) -> erlang:error(badarg, [N, Q]).

%% {R, F} with the invariant restored.
rebalance([], F) -> f2r(F);
rebalance(R, []) -> r2f(R);
rebalance(R, F) -> {R, F}.

%% Fun returns true (keep), false (drop) or a list (put in its place).
filter(Fun, {R, F}) when is_function(Fun, 1), is_list(R), is_list(F) ->
    F1 = filter_front(Fun, F),
    R1 = filter_rear(Fun, R),
    rebalance(R1, F1);
filter(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

filter_front(_, []) -> [];
filter_front(Fun, [X | T]) ->
    case Fun(X) of
        true -> [X | filter_front(Fun, T)];
        false -> filter_front(Fun, T);
        L when is_list(L) -> L ++ filter_front(Fun, T)
    end.

%% The rear in queue order (its last element first), results reversed.
filter_rear(_, []) -> [];
filter_rear(Fun, [X | T]) ->
    Rest = filter_rear(Fun, T),
    case Fun(X) of
        true -> [X | Rest];
        false -> Rest;
        L when is_list(L) -> lists:reverse(L, Rest)
    end.

filtermap(Fun, {R, F}) when is_function(Fun, 1), is_list(R), is_list(F) ->
    F1 = lists:filtermap(Fun, F),
    R1 = lists:reverse(lists:filtermap(Fun, lists:reverse(R, [])), []),
    rebalance(R1, F1);
filtermap(Fun, Q) -> erlang:error(badarg, [Fun, Q]).

fold(Fun, Acc, {R, F}) when is_function(Fun, 2), is_list(R), is_list(F) ->
    lists:foldr(Fun, lists:foldl(Fun, Acc, F), R);
fold(Fun, Acc, Q) -> erlang:error(badarg, [Fun, Acc, Q]).

any(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    lists:any(Pred, F) orelse lists:any(Pred, R);
any(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

all(Pred, {R, F}) when is_function(Pred, 1), is_list(R), is_list(F) ->
    lists:all(Pred, F) andalso lists:all(Pred, R);
all(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete(X, Q) -> delete_with(fun(Y) -> Y =:= X end, Q).

delete_r(X, Q) -> delete_with_r(fun(Y) -> Y =:= X end, Q).

delete_with(Pred, {R, F} = Q) when is_function(Pred, 1), is_list(R), is_list(F) ->
    case del_first(Pred, F) of
        {ok, F1} -> rebalance(R, F1);
        none ->
            case del_first(Pred, lists:reverse(R, [])) of
                {ok, R1} -> rebalance(lists:reverse(R1, []), F);
                none -> Q
            end
    end;
delete_with(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

delete_with_r(Pred, {R, F} = Q) when is_function(Pred, 1), is_list(R), is_list(F) ->
    case del_first(Pred, R) of
        {ok, R1} -> rebalance(R1, F);
        none ->
            case del_first(Pred, lists:reverse(F, [])) of
                {ok, F1} -> rebalance(R, lists:reverse(F1, []));
                none -> Q
            end
    end;
delete_with_r(Pred, Q) -> erlang:error(badarg, [Pred, Q]).

del_first(_, []) -> none;
del_first(Pred, [X | T]) ->
    case Pred(X) of
        true -> {ok, T};
        false ->
            case del_first(Pred, T) of
                {ok, T1} -> {ok, [X | T1]};
                none -> none
            end
    end.

%%% ---------------------------------------------------------------
%%% Okasaki's names
%%% ---------------------------------------------------------------

cons(X, Q) -> in_r(X, Q).

head({[], []} = Q) -> erlang:error(empty, [Q]);
head(Q) -> get(Q).

tail(Q) -> drop(Q).

snoc(Q, X) -> in(X, Q).

daeh(Q) -> get_r(Q).

last(Q) -> get_r(Q).

liat(Q) -> drop_r(Q).

lait(Q) -> drop_r(Q).

init(Q) -> drop_r(Q).
