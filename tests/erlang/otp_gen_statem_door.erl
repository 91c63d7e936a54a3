-module(otp_gen_statem_door).
%% gen_statem state_functions with state_enter: a code lock with a state
%% timeout that relocks, postponed casts, sys:get_state.
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, locked/3, open/3, terminate/3]).
start() ->
    register(tester, self()),
    {ok, P} = gen_statem:start_link({local, door}, ?MODULE, [1, 2], []),
    io:format("~p~n", [gen_statem:call(door, {button, 1})]),
    io:format("~p~n", [gen_statem:call(door, {button, 2})]),
    {St, Dt} = sys:get_state(door),
    io:format("~w~n", [{St, lists:sort(maps:to_list(Dt))}]),
    gen_statem:cast(door, hello),
    io:format("~w~n", [gen_statem:call(door, get)]),
    receive relocked -> ok end,
    io:format("~w~n", [gen_statem:call(door, get)]),
    io:format("~p~n", [catch gen_statem:call(no_door, x)]),
    io:format("~p~n", [catch gen_statem:call(door, slow, 10)]),
    io:format("~p~n", [gen_statem:stop(P)]),
    ok.
init(Code) -> {ok, locked, #{code => Code, buf => []}}.
callback_mode() -> [state_functions, state_enter].
locked(enter, Old, D) -> io:format("enter locked from ~p~n", [Old]), {keep_state, D#{buf => []}};
locked({call, F}, {button, B}, #{code := C, buf := Buf} = D) ->
    NB = Buf ++ [B],
    case NB of
        C -> {next_state, open, D, [{reply, F, open}]};
        _ -> {keep_state, D#{buf => NB}, [{reply, F, locked}]}
    end;
locked({call, F}, get, D) -> {keep_state_and_data, [{reply, F, {locked, lists:sort(maps:to_list(D))}}]};
locked({call, _F}, slow, _D) -> receive after 100 -> ok end, keep_state_and_data;
locked(cast, hello, _) -> io:format("cast in locked~n"), keep_state_and_data.
open(enter, Old, _D) -> io:format("enter open from ~p~n", [Old]), {keep_state_and_data, [{state_timeout, 20, lock}]};
open(cast, hello, _) -> io:format("postponing~n"), {keep_state_and_data, [postpone]};
open({call, F}, get, D) -> {keep_state_and_data, [{reply, F, {open, maps:get(buf, D)}}]};
open(state_timeout, lock, D) -> io:format("state timeout~n"), tester ! relocked, {next_state, locked, D}.
terminate(R, S, _) -> io:format("terminate ~p in ~p~n", [R, S]).
