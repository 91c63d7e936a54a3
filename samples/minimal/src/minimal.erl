%% The smallest useful build: Erlang without the standard library (erlang:display/1 and the
%% BIFs only), for boards of 256 KB of flash and 64 KB of RAM such as qemu_cortex_m3.
-module(minimal).
-export([start/0]).

start() ->
    erlang:display(hello_from_erlang),
    Parent = self(),
    Pid = spawn(fun() ->
        receive
            {From, N} -> From ! {self(), N * 2}
        end
    end),
    Pid ! {Parent, 21},
    receive
        {Pid, R} -> erlang:display({answer, R})
    end,
    erlang:display([{schedulers, erlang:system_info(schedulers)}, #{vm => atomvm_rs}]),
    ok.
