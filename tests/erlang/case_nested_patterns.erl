-module(case_nested_patterns).
-export([start/0]).
%% Deep structural patterns mixing tuples, lists, atoms, integers.

start() ->
    Inputs = [
        {point, 1, 2},
        {line, {point, 0, 0}, {point, 3, 4}},
        {poly, [{point, 0, 0}, {point, 1, 0}, {point, 0, 1}]},
        {poly, []},
        [{a, 1}, {b, 2}],
        [[1, 2], [3]],
        {tagged, {inner, [x, y, {z, 9}]}},
        {point, a, b},
        nothing
    ],
    [io:format("~w~n", [describe(I)]) || I <- Inputs].

describe({point, X, Y}) when is_integer(X), is_integer(Y) -> {pt, X + Y};
describe({line, {point, X1, Y1}, {point, X2, Y2}}) -> {len2, (X2 - X1) * (X2 - X1) + (Y2 - Y1) * (Y2 - Y1)};
describe({poly, []}) -> empty_poly;
describe({poly, [{point, X, _} | Rest]}) -> {poly, X, length(Rest)};
describe([{K1, V1}, {K2, V2}]) -> {pairs, [K1, K2], V1 + V2};
describe([[A | _], [B]]) -> {lists, A, B};
describe({tagged, {inner, [_, _, {z, Z}]}}) -> {z, Z};
describe({point, _, _} = P) -> {bad_point, P};
describe(_) -> unknown.
