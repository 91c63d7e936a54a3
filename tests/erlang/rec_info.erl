-module(rec_info).
-export([start/0]).
%% #rec.field indexes and record_info/2.

-record(item, {sku, qty = 0, price}).

start() ->
    io:format("~w~n", [#item.sku]),
    io:format("~w~n", [#item.qty]),
    io:format("~w~n", [#item.price]),
    io:format("~w~n", [record_info(fields, item)]),
    io:format("~w~n", [record_info(size, item)]),
    I = #item{sku = 1, price = 10},
    io:format("~w~n", [element(#item.price, I)]),
    io:format("~w~n", [setelement(#item.qty, I, 5)]),
    io:format("~w~n", [lists:keyfind(2, #item.sku, [#item{sku = 1}, #item{sku = 2, qty = 7}])]).
