-module(otp_erl_error_format).
%% erl_error:format_exception/3: the class and the explanation of common
%% reasons (stack lines are left out: their format changed in OTP 29).
-export([start/0]).
start() ->
    St = [],
    [io:format("~s~n---~n", [erl_error:format_exception(C, R, St)])
     || {C, R} <- [{error, badarg}, {error, badarith}, {error, {badmatch, 3}}, {error, undef},
                   {error, {case_clause, x}}, {error, if_clause}, {error, function_clause},
                   {exit, normal}, {exit, {shutdown, x}}, {throw, ball}, {error, other},
                   {error, {try_clause, [1]}}]],
    io:format("~s~n", [erl_error:format_exception(error, badarg, [])]),
    ok.
