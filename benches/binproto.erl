%% A small binary protocol: messages encoded to binaries with bit syntax and decoded back
%% by matching, 100,000 round trips; binary construction and matching.
%%
%% Frame: Type:8, Id:32, Flags:3, Prio:5, NameLen:16, Name/binary, Count:16, Count x
%% Value:32/signed, Crc:16 (a sum of the payload bytes).
-module(binproto).
-export([start/0]).

-ifdef(SMALL).
-define(ROUNDS, 10000).
-else.
-define(ROUNDS, 100000).
-endif.

start() ->
    {Bytes, Sum} = loop(0, 0, 0),
    io:format("checksum: ~w ~w~n", [Bytes, Sum]).

loop(?ROUNDS, Bytes, Sum) -> {Bytes, Sum};
loop(I, Bytes, Sum) ->
    Msg = message(I),
    Frame = encode(Msg),
    {Msg, <<>>} = decode(Frame),
    {_, Id, _, _, _, Values} = Msg,
    loop(I + 1, Bytes + byte_size(Frame), (Sum + Id + lists:sum(Values)) band 16#FFFFFFF).

message(I) ->
    Name = name(I rem 7),
    Values = [(I * K) rem 100003 - 50000 || K <- lists:seq(1, I rem 9)],
    {I rem 4, I * 7919 band 16#FFFFFFFF, I rem 8, I rem 32, Name, Values}.

name(0) -> <<"temperature">>;
name(1) -> <<"humidity">>;
name(2) -> <<"pressure">>;
name(3) -> <<"voltage">>;
name(4) -> <<"current">>;
name(5) -> <<"rssi">>;
name(6) -> <<"uptime-seconds">>.

encode({Type, Id, Flags, Prio, Name, Values}) ->
    Vs = << <<V:32/signed>> || V <- Values >>,
    Payload = <<Type:8, Id:32, Flags:3, Prio:5, (byte_size(Name)):16, Name/binary,
                (length(Values)):16, Vs/binary>>,
    <<Payload/binary, (crc(Payload, 0)):16>>.

decode(<<Type:8, Id:32, Flags:3, Prio:5, NameLen:16, Name:NameLen/binary,
         Count:16, Rest/binary>> = Frame) ->
    VLen = Count * 4,
    <<Vs:VLen/binary, Crc:16, Tail/binary>> = Rest,
    PayloadLen = byte_size(Frame) - byte_size(Tail) - 2,
    <<Payload:PayloadLen/binary, _/binary>> = Frame,
    Crc = crc(Payload, 0),
    {{Type, Id, Flags, Prio, Name, values(Vs)}, Tail}.

values(<<V:32/signed, Rest/binary>>) -> [V | values(Rest)];
values(<<>>) -> [].

crc(<<B, Rest/binary>>, Acc) -> crc(Rest, (Acc + B) band 16#FFFF);
crc(<<>>, Acc) -> Acc.
