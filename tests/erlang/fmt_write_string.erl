-module(fmt_write_string).
%% io_lib:write_string, write_latin1_string, write_char, write_atom
-export([start/0]).

start() ->
    W = fun(X) -> io:format("~w~n", [lists:flatten(X)]) end,
    W(io_lib:write_string("abc")),
    W(io_lib:write_string("a\"b\\c\n\t\r\v\b\f\e\d")),
    W(io_lib:write_string([0, 1, 31, 127, 128, 159, 160, 255, 256, 1000])),
    W(io_lib:write_string("it's", $')),
    W(io_lib:write_latin1_string("a\"b")),
    W(io_lib:write_latin1_string([0, 200, 255], $')),
    W(io_lib:write_string_as_latin1([955, 233, $a])),
    W(io_lib:write_char($a)),
    W(io_lib:write_char($\s)),
    W(io_lib:write_char($\n)),
    W(io_lib:write_char(0)),
    W(io_lib:write_char(955)),
    W(io_lib:write_latin1_char(233)),
    W(io_lib:write_char_as_latin1(955)),
    W(io_lib:write_atom('a b')),
    W(io_lib:write_atom_as_latin1(list_to_atom([955]))),
    W(io_lib:write_atom(list_to_atom([955]))),
    W(io_lib:write_atom(list_to_atom([233, $a]))),
    W(io_lib:write_atom(list_to_atom([$a, 215]))),
    W(io_lib:write_atom(list_to_atom([$a, 216]))),
    W(io_lib:write_atom(list_to_atom([200, $a]))),
    ok.
