%% The `erl_error' module of the atomvm-rs standard library: the text of
%% an exception with its stack, as in crash reports and the shell
%% ("exception error: bad argument" then "  in function  M:F/A (File,
%% line N)" lines). Written for this project from experiments against
%% OTP 25/27/29.
%%
%% format_exception/3 only; the explanations cover the common error
%% reasons (badarg, badarith, badmatch, case_clause, if_clause, undef,
%% try_clause, badfun, badarity, badkey, badmap, noproc); others are
%% printed as terms with ~tp. OTP's per-argument error_info details are
%% not provided.
-module(erl_error).

-export([format_exception/3, format_exception/4]).

format_exception(Class, Reason, Stack) ->
    format_exception(Class, Reason, Stack, #{}).

format_exception(Class, Reason, Stack, _Options) ->
    Head = ["exception ", atom_to_list(Class), ": ", explain(Class, Reason)],
    Frames = case {Class, Reason, Stack} of
                 %% undef names the missing function, which heads the stack
                 {error, undef, [{_, _, _, _} | Rest]} -> Rest;
                 _ -> Stack
             end,
    [Head | frames(Frames, "in function  ")].

explain(error, badarg) -> "bad argument";
explain(error, badarith) -> "an error occurred when evaluating an arithmetic expression";
explain(error, {badmatch, V}) -> io_lib:format("no match of right hand side value ~tp", [V]);
explain(error, {case_clause, V}) -> io_lib:format("no case clause matching ~tp", [V]);
explain(error, {try_clause, V}) -> io_lib:format("no try clause matching ~tp", [V]);
explain(error, if_clause) -> "no true branch found when evaluating an if expression";
explain(error, {badfun, F}) -> io_lib:format("bad function ~tp", [F]);
explain(error, {badkey, K}) -> io_lib:format("bad key: ~tp", [K]);
explain(error, {badmap, M}) -> io_lib:format("bad map: ~tp", [M]);
explain(error, noproc) -> "no such process or port";
explain(_, R) -> io_lib:format("~tp", [R]).

frames([], _Label) ->
    [];
frames([{M, F, Args, Loc} | T], Label) when is_list(Args) ->
    [["\n  ", Label, mfa(M, F, length(Args), Loc),
      "\n     called as ", io_lib:format("~tw:~tw", [M, F]), args(Args)]
     | frames(T, "in call from ")];
frames([{M, F, A, Loc} | T], Label) when is_integer(A) ->
    [["\n  ", Label, mfa(M, F, A, Loc)] | frames(T, "in call from ")];
frames([_ | T], Label) ->
    frames(T, Label).

mfa(M, F, A, Loc) ->
    Base = io_lib:format("~tw:~tw/~w", [M, F, A]),
    case {lists:keyfind(file, 1, Loc), lists:keyfind(line, 1, Loc)} of
        {{file, File}, {line, Line}} -> [Base, io_lib:format(" (~ts, line ~w)", [File, Line])];
        _ -> Base
    end.

args(Args) ->
    ["(", lists:join(",", [io_lib:format("~tw", [A]) || A <- Args]), ")"].
