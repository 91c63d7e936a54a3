-module(rec_nested).
-export([start/0]).
%% Records inside records: nested access and nested update.

-record(addr, {city, zip}).
-record(person, {name, addr = #addr{}}).

start() ->
    P = #person{name = ann, addr = #addr{city = oslo, zip = 150}},
    io:format("~w~n", [P]),
    io:format("~w~n", [P#person.addr#addr.city]),
    P2 = P#person{addr = (P#person.addr)#addr{zip = 999}},
    io:format("~w~n", [P2]),
    io:format("~w~n", [#person{}]),
    #person{addr = #addr{zip = Z}} = P2,
    io:format("~w~n", [Z]),
    People = [P, P2, #person{name = bob, addr = #addr{city = rome}}],
    io:format("~w~n", [[C || #person{addr = #addr{city = C}} <- People]]).
