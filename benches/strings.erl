%% String building and formatting: io_lib:format with several directives, flattening,
%% integer/list conversions and list-of-characters processing, 50,000 records.
-module(strings).
-export([start/0]).

-ifdef(SMALL).
-define(RECORDS, 5000).
-else.
-define(RECORDS, 50000).
-endif.

start() ->
    {Len, Hash} = loop(0, 0, 0),
    io:format("checksum: ~w ~w~n", [Len, Hash]).

loop(?RECORDS, Len, Hash) -> {Len, Hash};
loop(I, Len, Hash) ->
    Line = lists:flatten(record(I)),
    Fields = split(Line, $;),
    Up = [upper(F) || F <- Fields],
    Joined = lists:append(lists:join(",", Up)),
    loop(I + 1, Len + length(Joined), hash(Joined, Hash)).

record(I) ->
    Name = lists:nth(I rem 5 + 1, ["alpha", "beta", "gamma", "delta", "epsilon"]),
    io_lib:format("~5..0w;~s;~p;~w;~.16b;~-8s|;~8.3f;~e;~c~n",
                  [I, Name, {I, [I rem 3, Name]}, I * I, I, Name, I / 7, I * 1.5, $a + I rem 26]).

split(S, Sep) -> split(S, Sep, [], []).

split([], _, Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]);
split([Sep | T], Sep, Cur, Acc) -> split(T, Sep, [], [lists:reverse(Cur) | Acc]);
split([C | T], Sep, Cur, Acc) -> split(T, Sep, [C | Cur], Acc).

upper(S) -> [if C >= $a, C =< $z -> C - 32; true -> C end || C <- S].

hash([], H) -> H;
hash([C | T], H) -> hash(T, (H * 31 + C) band 16#FFFFFFF).
