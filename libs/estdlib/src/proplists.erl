%% The `proplists' module of the atomvm-rs standard library. Written for
%% this project from OTP 25's documentation and experiments against
%% OTP 25.
%%
%% A property list is a list of properties: an atom A is shorthand for
%% {A, true}; a tuple whose first element is K is a property with key K
%% (only {K, V} has a value); anything else is ignored. Where a key
%% occurs more than once, the first occurrence wins. Bad arguments raise
%% what OTP 25 raises (function_clause on non-lists and improper lists,
%% {bad_generator, T} from compact/1 and split/2's key list).
%%
%% Known difference from OTP 25: get_keys/1 returns each key once, in
%% order of first occurrence; OTP returns them in the (hash) order of a
%% `sets' set, which the VM cannot reproduce (no erlang:phash/2).
-module(proplists).

-export([get_value/2, get_value/3, get_all_values/2, lookup/2,
         lookup_all/2, is_defined/2, get_bool/2, get_keys/1, delete/2,
         append_values/2, compact/1, property/1, property/2, unfold/1,
         split/2, to_map/1, from_map/1]).
-export([substitute_aliases/2, substitute_negations/2, expand/2,
         normalize/2, to_map/2]).

get_value(Key, List) ->
    get_value(Key, List, undefined).

%% The value of the first property with Key: true for the atom Key, V
%% for {Key, V}, Default for a longer or shorter tuple or no property.
get_value(Key, [P | Ps], Default) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, Value} -> Value;
                _ -> Default
            end;
        true -> get_value(Key, Ps, Default)
    end;
get_value(_Key, [], Default) ->
    Default.

%% Every value for Key in order ({Key, V} and the atom Key only).
get_all_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | get_all_values(Key, Ps)];
        true ->
            case P of
                {K, Value} when K =:= Key -> [Value | get_all_values(Key, Ps)];
                _ -> get_all_values(Key, Ps)
            end
    end;
get_all_values(_Key, []) ->
    [].

%% The first property with Key, normalised ({Key, true} for the atom),
%% or none.
lookup(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> {Key, true};
        tuple_size(P) >= 1, element(1, P) =:= Key -> P;
        true -> lookup(Key, Ps)
    end;
lookup(_Key, []) ->
    none.

%% Every property with Key, in order, normalised like lookup/2.
lookup_all(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [{Key, true} | lookup_all(Key, Ps)];
        tuple_size(P) >= 1, element(1, P) =:= Key -> [P | lookup_all(Key, Ps)];
        true -> lookup_all(Key, Ps)
    end;
lookup_all(_Key, []) ->
    [].

is_defined(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key -> true;
        true -> is_defined(Key, Ps)
    end;
is_defined(_Key, []) ->
    false.

%% true if the first property with Key is the atom or {Key, true}.
get_bool(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> true;
        tuple_size(P) >= 1, element(1, P) =:= Key ->
            case P of
                {_, true} -> true;
                _ -> false
            end;
        true -> get_bool(Key, Ps)
    end;
get_bool(_Key, []) ->
    false.

%% Each key once, in order of first occurrence (see the module comment).
get_keys(List) ->
    get_keys(List, #{}, []).

get_keys([P | Ps], Seen, Acc) ->
    case prop_key(P) of
        {ok, K} ->
            case maps:is_key(K, Seen) of
                true -> get_keys(Ps, Seen, Acc);
                false -> get_keys(Ps, maps:put(K, [], Seen), [K | Acc])
            end;
        none -> get_keys(Ps, Seen, Acc)
    end;
get_keys([], _Seen, Acc) ->
    lists:reverse(Acc, []).

%% The list without any property with Key.
delete(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> delete(Key, Ps);
        tuple_size(P) >= 1, element(1, P) =:= Key -> delete(Key, Ps);
        true -> [P | delete(Key, Ps)]
    end;
delete(_Key, []) ->
    [].

%% The values of Key concatenated: list values are appended, other
%% values (true for the atom) added as one element.
append_values(Key, [P | Ps]) ->
    if
        is_atom(P), P =:= Key -> [true | append_values(Key, Ps)];
        true ->
            case P of
                {K, Value} when K =:= Key, is_list(Value) ->
                    Value ++ append_values(Key, Ps);
                {K, Value} when K =:= Key ->
                    [Value | append_values(Key, Ps)];
                _ ->
                    append_values(Key, Ps)
            end
    end;
append_values(_Key, []) ->
    [].

%% {A, true} becomes A for atoms A; everything else is kept.
compact(List) ->
    [property(P) || P <- List].

property({Key, true}) when is_atom(Key) -> Key;
property(Property) -> Property.

property(Key, true) when is_atom(Key) -> Key;
property(Key, Value) -> {Key, Value}.

%% Atoms A become {A, true}; everything else is kept.
unfold([P | Ps]) ->
    if
        is_atom(P) -> [{P, true} | unfold(Ps)];
        true -> [P | unfold(Ps)]
    end;
unfold([]) ->
    [].

%% {Lists, Rest}: for each key of Keys (in order) the properties with
%% that key in their order in List, and the properties with none of the
%% keys. A key given twice gets the same list twice.
split(List, Keys) ->
    Store0 = maps:from_list([{K, []} || K <- Keys]),
    {Store, Rest} = split_1(List, Store0, []),
    {[lists:reverse(maps:get(K, Store), []) || K <- Keys], Rest}.

split_1([P | Ps], Store, Rest) ->
    case prop_key(P) of
        {ok, K} ->
            case maps:find(K, Store) of
                {ok, Ks} -> split_1(Ps, maps:put(K, [P | Ks], Store), Rest);
                error -> split_1(Ps, Store, [P | Rest])
            end;
        none -> split_1(Ps, Store, [P | Rest])
    end;
split_1([], Store, Rest) ->
    {Store, lists:reverse(Rest, [])}.

%% A map of the first property for each key: {K, V} gives K => V, the
%% atom K gives K => true, a tuple of another size hides the key.
to_map(List) ->
    maps:from_list(to_map_1(List, #{}, [])).

to_map_1([P | Ps], Seen, Acc) ->
    case prop_key(P) of
        {ok, K} ->
            case maps:is_key(K, Seen) of
                true -> to_map_1(Ps, Seen, Acc);
                false ->
                    Seen1 = maps:put(K, [], Seen),
                    case P of
                        {_, V} -> to_map_1(Ps, Seen1, [{K, V} | Acc]);
                        _ when is_atom(P) -> to_map_1(Ps, Seen1, [{K, true} | Acc]);
                        _ -> to_map_1(Ps, Seen1, Acc)
                    end
            end;
        none -> to_map_1(Ps, Seen, Acc)
    end;
to_map_1([], _Seen, Acc) ->
    Acc.

from_map(Map) ->
    maps:to_list(Map).

%% The key of a property, or none for a term that is not one.
prop_key(P) when is_atom(P) -> {ok, P};
prop_key(P) when tuple_size(P) >= 1 -> {ok, element(1, P)};
prop_key(_) -> none.

%%% ---------------------------------------------------------------
%%% Normalisation stages
%%% ---------------------------------------------------------------

%% {K1, K2}: a property with key K1 gets key K2 (an atom K1 becomes
%% K2, or {K2, true} if K2 is not an atom).
substitute_aliases(Aliases, List) ->
    [alias(Aliases, P) || P <- List].

alias([{K1, K2} | As], P) ->
    case prop_key(P) of
        {ok, K1} when is_atom(P) -> property(K2, true);
        {ok, K1} -> setelement(1, P, K2);
        _ -> alias(As, P)
    end;
alias([], P) -> P.

%% {K1, K2}: K1 and {K1, true} become {K2, false}; any other property
%% with key K1 becomes K2 (that is, {K2, true}).
substitute_negations(Negations, List) ->
    [negate(Negations, P) || P <- List].

negate([{K1, K2} | Ns], P) ->
    case prop_key(P) of
        {ok, K1} when P =:= K1; P =:= {K1, true} -> {K2, false};
        {ok, K1} -> property(K2, true);
        _ -> negate(Ns, P)
    end;
negate([], P) -> P.

%% {Property, Expansion}: if the first property with Property's key is
%% Property (an atom A standing for {A, true}), it is replaced by the
%% elements of Expansion and the later properties with that key are
%% dropped. The first expansion of a key wins.
expand(Expansions, List) ->
    Marked = expand_1(Expansions, [], List),
    lists:append([case E of
                      {'$proplists_expansion', Exp} -> Exp;
                      _ -> [E]
                  end || E <- Marked]).

expand_1([{Prop, Exp} | Es], Done, List) ->
    {ok, K} = prop_key(Prop),
    case lists:member(K, Done) of
        true -> expand_1(Es, Done, List);
        false -> expand_1(Es, [K | Done], expand_key(K, unfold_one(Prop), Exp, List))
    end;
expand_1([], _, List) -> List.

expand_key(K, Prop, Exp, [P | Ps]) ->
    case prop_key(P) of
        {ok, K} ->
            case unfold_one(P) =:= Prop of
                true ->
                    [{'$proplists_expansion', Exp} |
                     [Q || Q <- Ps, prop_key(Q) =/= {ok, K}]];
                false -> [P | Ps]
            end;
        _ -> [P | expand_key(K, Prop, Exp, Ps)]
    end;
expand_key(_, _, _, []) -> [].

unfold_one(A) when is_atom(A) -> {A, true};
unfold_one(P) -> P.

normalize(List, Stages) -> compact(apply_stages(List, Stages)).

to_map(List, Stages) -> to_map(apply_stages(List, Stages)).

apply_stages(List, [{aliases, As} | Ss]) -> apply_stages(substitute_aliases(As, List), Ss);
apply_stages(List, [{negations, Ns} | Ss]) -> apply_stages(substitute_negations(Ns, List), Ss);
apply_stages(List, [{expand, Es} | Ss]) -> apply_stages(expand(Es, List), Ss);
apply_stages(List, []) -> List.
