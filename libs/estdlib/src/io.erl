%% The `io' module of the atomvm-rs standard library.
%%
%% Output goes straight to the console through the VM's
%% atomvm:put_chars/2 (there is no io server process). format/2,3 first
%% offer the format to the VM's native atomvm:format_fast/3, which writes
%% the simple formats (plain ~w ~p ~s ~b ~c ~i ~n ~~ whose text it produces
%% exactly as io_lib does, ~p only when the term fits on its line) about
%% 20 times faster, and answers fallback for everything else: standard_io and
%% user write to stdout, standard_error to stderr. Text is formatted by
%% io_lib. Input: the VM has no console input, so reads return eof (what
%% OTP returns when stdin is at its end), after writing the prompt.
%% Written for this project from OTP's documentation and experiments
%% against OTP 25, 27 and 29.
-module(io).

-export([format/1, format/2, format/3, fwrite/1, fwrite/2, fwrite/3,
         put_chars/1, put_chars/2, nl/0, nl/1, write/1, write/2,
         columns/0, columns/1, rows/0, rows/1, get_line/1, get_line/2,
         read/1, read/2, get_chars/2, get_chars/3, printable_range/0,
         setopts/1, setopts/2, getopts/0, getopts/1]).

format(Format) -> format(Format, []).

format(Format, Args) ->
    case atomvm:format_fast(stdout, Format, Args) of
        ok -> ok;
        fallback ->
            case text(Format, Args) of
                {ok, Chars} -> out(stdout, Chars);
                error -> erlang:error(badarg, [Format, Args])
            end
    end.

format(Dev, Format, Args) ->
    case device(Dev) of
        error -> erlang:error(badarg, [Dev, Format, Args]);
        Fd ->
            case atomvm:format_fast(Fd, Format, Args) of
                ok -> ok;
                fallback ->
                    case text(Format, Args) of
                        {ok, Chars} -> out(Fd, Chars);
                        error -> erlang:error(badarg, [Dev, Format, Args])
                    end
            end
    end.

fwrite(Format) -> format(Format).
fwrite(Format, Args) -> format(Format, Args).
fwrite(Dev, Format, Args) -> format(Dev, Format, Args).

text(Format, Args) ->
    try io_lib:format(Format, Args) of
        Chars -> {ok, Chars}
    catch
        error:{unsupported, _} = R -> erlang:error(R);
        _:_ -> error
    end.

put_chars(Chars) ->
    try out(stdout, Chars)
    catch _:_ -> erlang:error(badarg, [Chars])
    end.

put_chars(Dev, Chars) ->
    case device(Dev) of
        error -> erlang:error(badarg, [Dev, Chars]);
        Fd ->
            try out(Fd, Chars)
            catch _:_ -> erlang:error(badarg, [Dev, Chars])
            end
    end.

nl() -> out(stdout, "\n").

nl(Dev) -> put_chars(Dev, "\n").

write(Term) -> out(stdout, io_lib:write(Term)).

write(Dev, Term) -> put_chars(Dev, io_lib:write(Term)).

columns() -> {error, enotsup}.
columns(_Dev) -> {error, enotsup}.
rows() -> {error, enotsup}.
rows(_Dev) -> {error, enotsup}.

get_line(Prompt) -> get_line(standard_io, Prompt).

get_line(Dev, Prompt) ->
    prompt(Dev, Prompt),
    eof.

get_chars(Prompt, N) -> get_chars(standard_io, Prompt, N).

get_chars(Dev, Prompt, N) when is_integer(N), N >= 0 ->
    prompt(Dev, Prompt),
    eof.

read(Prompt) -> read(standard_io, Prompt).

read(Dev, Prompt) ->
    prompt(Dev, Prompt),
    eof.

printable_range() -> latin1.

setopts(Opts) -> setopts(standard_io, Opts).
setopts(_Dev, Opts) when is_list(Opts) -> {error, enotsup}.

getopts() -> getopts(standard_io).
getopts(_Dev) -> [{binary, false}, {encoding, latin1}].

%% A prompt is written as ~ts of chardata, else as ~tp.
prompt(Dev, Prompt) ->
    Fd = case device(Dev) of
             error -> erlang:error(badarg, [Dev, Prompt]);
             F -> F
         end,
    Text = case is_list(Prompt) orelse is_atom(Prompt) orelse is_binary(Prompt) of
               true -> catch io_lib:format("~ts", [Prompt]);
               false -> catch io_lib:format("~tp", [Prompt])
           end,
    case Text of
        {'EXIT', _} -> out(Fd, "???");
        _ -> out(Fd, Text)
    end.

device(standard_io) -> stdout;
device(user) -> stdout;
device(standard_error) -> stderr;
device(P) when is_pid(P) -> stdout;
device(_) -> error.

out(Fd, Chars) ->
    atomvm:put_chars(Fd, Chars).
