-module(fmt_pretty_tagged).
%% ~p of tuples whose first element is an atom (tags short and long)
-export([start/0]).

start() ->
    Long = lists:seq(1, 25),
    io:format("~p~n", [{ok, Long}]),
    io:format("~p~n", [{error, {badmatch, Long}, [{m, f, 1}, {m, g, 2}]}]),
    io:format("~p~n", [{a_rather_long_tag_name, Long, Long}]),
    io:format("~p~n", [{an_extremely_long_tag_name_that_takes_more_than_half_the_line, Long}]),
    io:format("~p~n", [{'EXIT', self_pid_placeholder, {shutdown, {failed_to_start_child, worker, Long}}}]),
    io:format("~p~n", [{state, 1, "two", three, {four, 4}, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], #{6 => six}}]),
    io:format("~p~n", [[{tag, Long}, {tag2, Long}]]),
    io:format("~p~n", [{x, {y, {z, {w, {v, Long}}}}}]),
    io:format("~p~n", [{'quoted tag', Long}]),
    io:format("~p~n", [{tag}]),
    io:format("~p~n", [{tag, [a, b | c], Long}]),
    ok.
