-module(select_val_atoms).
-export([start/0]).
%% Jump tables on atoms: many clauses selected by an atom value.

start() ->
    Days = [mon, tue, wed, thu, fri, sat, sun, holiday, 'Mon', 1],
    [io:format("~w ~w ~w~n", [D, day_num(D), weekend(D)]) || D <- Days],
    io:format("~w~n", [[color(C) || C <- [red, green, blue, black, white]]]).

day_num(mon) -> 1;
day_num(tue) -> 2;
day_num(wed) -> 3;
day_num(thu) -> 4;
day_num(fri) -> 5;
day_num(sat) -> 6;
day_num(sun) -> 7;
day_num(_) -> unknown.

weekend(D) ->
    case D of
        sat -> true;
        sun -> true;
        mon -> false; tue -> false; wed -> false; thu -> false; fri -> false;
        _ -> not_a_day
    end.

color(red) -> {255, 0, 0};
color(green) -> {0, 255, 0};
color(blue) -> {0, 0, 255};
color(white) -> {255, 255, 255};
color(_) -> {0, 0, 0}.
