%% The console handler of the atomvm-rs logger (the handler `default').
%% Written for this project; OTP's module of the same name writes to a
%% device or file through a formatter, this one has one fixed format:
%%
%%     LEVEL: TEXT
%%
%% one event per write to stdout (config type standard_io, the default)
%% or stderr (type standard_error), where LEVEL is the level's name and
%% TEXT is
%%   - for {string, S}: S;
%%   - for {Format, Args}: io_lib:format(Format, Args);
%%   - for {report, R}: the report callback's text when the metadata has
%%     report_cb (a fun/1 returning {Format, Args}, or a fun/2 returning
%%     chardata), else "Key: Value" pairs separated by ", " (a map's
%%     keys sorted).
%% A TEXT of several lines is written as is; the line ends with "\n".
-module(logger_std_h).

-export([log/2, adding_handler/1, removing_handler/1, format_event/1]).

adding_handler(Config) ->
    Type = case maps:get(config, Config, #{}) of
               #{type := T} -> T;
               _ -> standard_io
           end,
    case Type of
        standard_io -> {ok, Config#{config => #{type => Type}}};
        standard_error -> {ok, Config#{config => #{type => Type}}};
        Other -> {error, {handler_not_added, {invalid_type, Other}}}
    end.

removing_handler(_Config) ->
    ok.

log(Event, Config) ->
    Text = format_event(Event),
    case maps:get(config, Config, #{}) of
        #{type := standard_error} ->
            catch io:put_chars(standard_error, Text);
        _ ->
            io:put_chars(Text)
    end,
    ok.

format_event(#{level := Level, msg := Msg} = Event) ->
    Meta = maps:get(meta, Event, #{}),
    Body = msg_text(Msg, Meta),
    lists:flatten([atom_to_list(Level), ": ", chars(Body), "\n"]).

msg_text({string, S}, _Meta) ->
    S;
msg_text({report, R}, #{report_cb := Cb}) when is_function(Cb, 1) ->
    {Format, Args} = Cb(R),
    io_lib:format(Format, Args);
msg_text({report, R}, #{report_cb := Cb}) when is_function(Cb, 2) ->
    Cb(R, #{depth => unlimited, chars_limit => unlimited, single_line => false});
msg_text({report, R}, _Meta) ->
    report_text(R);
msg_text({Format, Args}, _Meta) ->
    io_lib:format(Format, Args).

report_text(R) when is_map(R) ->
    report_text(lists:sort(maps:to_list(R)));
report_text(L) when is_list(L) ->
    join([[key_text(K), ": ", io_lib:format("~p", [V])] || {K, V} <- L], ", ").

key_text(K) when is_atom(K) -> atom_to_list(K);
key_text(K) -> io_lib:format("~p", [K]).

join([], _Sep) -> [];
join([H], _Sep) -> [H];
join([H | T], Sep) -> [H, Sep | join(T, Sep)].

chars(B) when is_binary(B) -> binary_to_list(B);
chars(L) when is_list(L) -> [chars(E) || E <- L];
chars(C) when is_integer(C) -> C;
chars(A) when is_atom(A) -> atom_to_list(A).

