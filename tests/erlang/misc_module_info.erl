-module(misc_module_info).
-export([start/0, visible/1]).
%% ?MODULE, module_info/0,1 (exports sorted), function_exported, erlang:is_builtin style queries.

visible(X) -> X.

start() ->
    io:format("~w~n", [?MODULE]),
    io:format("~w~n", [?MODULE:module_info(module)]),
    io:format("~w~n", [lists:sort(?MODULE:module_info(exports))]),
    io:format("~w~n", [lists:sort(module_info(exports))]),
    io:format("~w~n", [erlang:function_exported(?MODULE, visible, 1)]),
    io:format("~w~n", [erlang:function_exported(?MODULE, hidden, 0)]),
    io:format("~w~n", [hidden()]),
    io:format("~w~n", [?LINE > 0]),
    io:format("~s~n", [?FUNCTION_NAME]),
    io:format("~w~n", [?FUNCTION_ARITY]).

hidden() -> hidden_result.
