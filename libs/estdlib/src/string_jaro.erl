%% Jaro similarity of two tuples of grapheme clusters, for
%% string:jaro_similarity/2 (OTP 27) of the atomvm-rs standard library. Its own
%% module because it needs float constants: `string' then loads on a VM built
%% without floats, where only this function is missing.
-module(string_jaro).
-export([similarity/2]).

similarity(GA, GB) ->
    LA = tuple_size(GA),
    LB = tuple_size(GB),
    if
        LA =:= 0, LB =:= 0 -> 1.0;
        LA =:= 0; LB =:= 0 -> 0.0;
        true ->
            Win = erlang:max(0, erlang:max(LA, LB) div 2 - 1),
            {MatchA, UsedB} = jaro_match(1, LA, GA, GB, LB, Win, [], []),
            M = erlang:length(MatchA),
            case M of
                0 -> 0.0;
                _ ->
                    MatchB = [element(J, GB) || J <- lists:sort(UsedB)],
                    T = half_transpositions(MatchA, MatchB, 0) div 2,
                    (M / LA + M / LB + (M - T) / M) / 3
            end
    end.

jaro_match(I, LA, _, _, _, _, MA, Used) when I > LA -> {lists:reverse(MA), Used};
jaro_match(I, LA, GA, GB, LB, Win, MA, Used) ->
    G = element(I, GA),
    Lo = erlang:max(1, I - Win),
    Hi = erlang:min(LB, I + Win),
    case first_free(Lo, Hi, G, GB, Used) of
        none -> jaro_match(I + 1, LA, GA, GB, LB, Win, MA, Used);
        J -> jaro_match(I + 1, LA, GA, GB, LB, Win, [G | MA], [J | Used])
    end.

first_free(J, Hi, _, _, _) when J > Hi -> none;
first_free(J, Hi, G, GB, Used) ->
    case element(J, GB) =:= G andalso not lists:member(J, Used) of
        true -> J;
        false -> first_free(J + 1, Hi, G, GB, Used)
    end.

half_transpositions([X | A], [X | B], N) -> half_transpositions(A, B, N);
half_transpositions([_ | A], [_ | B], N) -> half_transpositions(A, B, N + 1);
half_transpositions([], [], N) -> N.
