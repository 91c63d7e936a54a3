%% The `timer' module of the atomvm-rs standard library. Written for this
%% project from OTP's documentation and experiments against OTP 25-29.
%%
%% There is no timer server: send_after/send_interval use the VM's timers
%% (erlang:send_after/3) or a small process per interval, and a timer
%% reference is {send_local, Ref} or {interval, Pid} (OTP's are opaque too).
-module(timer).

-export([sleep/1, hours/1, minutes/1, seconds/1, hms/3]).
-export([tc/1, tc/2, tc/3, tc/4, now_diff/2]).
-export([send_after/2, send_after/3, send_interval/2, send_interval/3,
         apply_after/4, apply_interval/4, apply_repeatedly/4,
         exit_after/2, exit_after/3, kill_after/1, kill_after/2, cancel/1]).

%% The largest timeout a receive accepts.
-define(MAX_TIMEOUT, 16#ffffffff).

%% Suspends the caller for Time milliseconds (or forever for infinity).
%% Longer times than a receive accepts are slept in steps; anything that
%% is not a valid timeout raises timeout_value, as on OTP.
sleep(Time) when is_integer(Time), Time > ?MAX_TIMEOUT ->
    receive after ?MAX_TIMEOUT -> sleep(Time - ?MAX_TIMEOUT) end;
sleep(Time) ->
    receive after Time -> ok end.

%% Milliseconds in the given number of hours, minutes, seconds (plain
%% arithmetic: floats are accepted, other terms raise badarith).
hours(Hours) -> Hours * 3600000.

minutes(Minutes) -> Minutes * 60000.

seconds(Seconds) -> Seconds * 1000.

hms(Hours, Minutes, Seconds) ->
    hours(Hours) + minutes(Minutes) + seconds(Seconds).

%% Time the call, in microseconds (or the unit given): {Time, Value}.
tc(Fun) -> tc(Fun, microsecond).

tc(Fun, Unit) when is_function(Fun, 0) -> measure(Fun, Unit);
tc(Fun, Args) when is_function(Fun, length(Args)) ->
    measure(fun() -> apply(Fun, Args) end, microsecond).

tc(M, F, A) -> tc(M, F, A, microsecond).

tc(M, F, A, Unit) -> measure(fun() -> apply(M, F, A) end, Unit).

measure(Fun, Unit) ->
    T0 = erlang:monotonic_time(),
    V = Fun(),
    {erlang:convert_time_unit(erlang:monotonic_time() - T0, native, Unit), V}.

%% Microseconds from T1 to T2, both erlang:timestamp() triples.
now_diff({A2, B2, C2}, {A1, B1, C1}) ->
    ((A2 - A1) * 1000000 + B2 - B1) * 1000000 + C2 - C1.

-define(VALID_TIME(T), (is_integer(T) andalso T >= 0)).

send_after(Time, Msg) -> send_after(Time, self(), Msg).

send_after(Time, Dest, Msg) when ?VALID_TIME(Time), is_pid(Dest);
                                 ?VALID_TIME(Time), is_atom(Dest) ->
    {ok, {send_local, erlang:send_after(Time, Dest, Msg)}};
send_after(_, _, _) ->
    {error, badarg}.

send_interval(Time, Msg) -> send_interval(Time, self(), Msg).

send_interval(Time, Dest, Msg) when ?VALID_TIME(Time) ->
    interval(Time, Dest, fun() -> Dest ! Msg end);
send_interval(_, _, _) ->
    {error, badarg}.

apply_after(Time, M, F, A) when ?VALID_TIME(Time), is_atom(M), is_atom(F), is_list(A) ->
    Pid = spawn(fun() -> receive cancel -> ok after Time -> apply(M, F, A) end end),
    {ok, {once, Pid}};
apply_after(_, _, _, _) ->
    {error, badarg}.

apply_interval(Time, M, F, A) when ?VALID_TIME(Time), is_atom(M), is_atom(F), is_list(A) ->
    interval(Time, self(), fun() -> spawn(M, F, A) end);
apply_interval(_, _, _, _) ->
    {error, badarg}.

apply_repeatedly(Time, M, F, A) when ?VALID_TIME(Time), is_atom(M), is_atom(F), is_list(A) ->
    interval(Time, self(), fun() -> apply(M, F, A) end);
apply_repeatedly(_, _, _, _) ->
    {error, badarg}.

exit_after(Time, Reason) -> exit_after(Time, self(), Reason).

exit_after(Time, Pid, Reason) when ?VALID_TIME(Time) ->
    apply_after(Time, erlang, exit, [Pid, Reason]);
exit_after(_, _, _) ->
    {error, badarg}.

kill_after(Time) -> exit_after(Time, self(), kill).

kill_after(Time, Pid) -> exit_after(Time, Pid, kill).

%% A process that runs Action every Time ms until cancelled or until the
%% process it serves (Owner) ends.
interval(Time, Owner, Action) ->
    Pid = spawn(fun() ->
                        Ref = case is_pid(Owner) of
                                  true -> erlang:monitor(process, Owner);
                                  false -> undefined
                              end,
                        interval_loop(Time, Ref, Action)
                end),
    {ok, {interval, Pid}}.

interval_loop(Time, Ref, Action) ->
    receive
        cancel -> ok;
        {'DOWN', Ref, process, _, _} -> ok
    after Time ->
            Action(),
            interval_loop(Time, Ref, Action)
    end.

cancel({send_local, Ref}) ->
    _ = erlang:cancel_timer(Ref),
    {ok, cancel};
cancel({interval, Pid}) when is_pid(Pid) ->
    Pid ! cancel,
    {ok, cancel};
cancel({once, Pid}) when is_pid(Pid) ->
    Pid ! cancel,
    {ok, cancel};
cancel(_) ->
    {error, badarg}.
