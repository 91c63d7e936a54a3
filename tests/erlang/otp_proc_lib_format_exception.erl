%% proc_lib:format/1 of a crash report: the exception lines (the text of
%% erl_error:format_exception/3, indented once, not prefixed a second time).
-module(otp_proc_lib_format_exception).
-export([start/0]).

start() ->
    lists:foreach(fun show/1, [{error, badarg}, {exit, normal}, {throw, oops},
                               {error, {badmatch, 3}}]).

show({Class, Reason}) ->
    Report = [[{initial_call, {m, f, []}}, {pid, self()}, {registered_name, []},
               {error_info, {Class, Reason, []}}], []],
    Lines = string:split(lists:flatten(proc_lib:format(Report)), "\n", all),
    [io:format("~s~n", [L]) || L <- Lines, string:find(L, "exception") =/= nomatch],
    ok.
