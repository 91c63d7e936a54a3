-module(bin_match_binary).
-export([start/0]).
%% Matching binaries: prefixes, fixed-size sub-binaries, splitting on a byte.

start() ->
    io:format("~p~n", [cmd(<<"GET /index">>)]),
    io:format("~p~n", [cmd(<<"PUT /x">>)]),
    io:format("~p~n", [cmd(<<"BAD">>)]),
    <<First:2/binary, _:1/binary, Last/binary>> = id(<<"abXcd">>),
    io:format("~p ~p~n", [First, Last]),
    io:format("~p~n", [split(id(<<"a,bc,,def">>), $,)]),
    io:format("~w~n", [case id(<<"xyz">>) of <<"xy", C>> -> C; _ -> none end]),
    io:format("~w~n", [case id(<<"xyzz">>) of <<"xy", C2>> -> C2; _ -> none end]).

id(X) -> X.

cmd(<<"GET ", Path/binary>>) -> {get, Path};
cmd(<<"PUT ", Path/binary>>) -> {put, Path};
cmd(Other) -> {unknown, Other}.

split(Bin, Sep) -> split(Bin, Sep, <<>>, []).
split(<<>>, _, Cur, Acc) -> lists:reverse([Cur | Acc]);
split(<<Sep, R/binary>>, Sep, Cur, Acc) -> split(R, Sep, <<>>, [Cur | Acc]);
split(<<C, R/binary>>, Sep, Cur, Acc) -> split(R, Sep, <<Cur/binary, C>>, Acc).
