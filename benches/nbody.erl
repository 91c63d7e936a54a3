%% The n-body simulation of the Computer Language Benchmarks Game (five bodies, symplectic
%% integrator), written with tuples and floats: float arithmetic and boxing.
-module(nbody).
-export([start/0]).

-ifdef(SMALL).
-define(STEPS, 20000).
-else.
-define(STEPS, 200000).
-endif.
-define(PI, 3.141592653589793).
-define(SOLAR_MASS, (4 * ?PI * ?PI)).
-define(DAYS_PER_YEAR, 365.24).
-define(DT, 0.01).

start() ->
    Bodies = offset_momentum(bodies()),
    E0 = energy(Bodies),
    Final = advance(?STEPS, Bodies),
    E1 = energy(Final),
    %% Energies rounded to 1e-9, as integers, so the checksum does not depend on float
    %% formatting.
    io:format("checksum: ~w ~w~n", [round(E0 * 1.0e9), round(E1 * 1.0e9)]).

%% {X, Y, Z, VX, VY, VZ, Mass}
bodies() ->
    D = ?DAYS_PER_YEAR,
    [{0.0, 0.0, 0.0, 0.0, 0.0, 0.0, ?SOLAR_MASS},
     {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
      1.66007664274403694e-03 * D, 7.69901118419740425e-03 * D, -6.90460016972063023e-05 * D,
      9.54791938424326609e-04 * ?SOLAR_MASS},
     {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
      -2.76742510726862411e-03 * D, 4.99852801234917238e-03 * D, 2.30417297573763929e-05 * D,
      2.85885980666130812e-04 * ?SOLAR_MASS},
     {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
      2.96460137564761618e-03 * D, 2.37847173959480950e-03 * D, -2.96589568540237556e-05 * D,
      4.36624404335156298e-05 * ?SOLAR_MASS},
     {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
      2.68067772490389322e-03 * D, 1.62824170038242295e-03 * D, -9.51592254519715870e-05 * D,
      5.15138902046611451e-05 * ?SOLAR_MASS}].

offset_momentum(Bodies) ->
    {PX, PY, PZ} = lists:foldl(
                     fun({_, _, _, VX, VY, VZ, M}, {AX, AY, AZ}) ->
                             {AX + VX * M, AY + VY * M, AZ + VZ * M}
                     end, {0.0, 0.0, 0.0}, Bodies),
    [{X, Y, Z, VX, VY, VZ, M} | Rest] = Bodies,
    [{X, Y, Z, VX - PX / ?SOLAR_MASS, VY - PY / ?SOLAR_MASS, VZ - PZ / ?SOLAR_MASS, M} | Rest].

energy(Bodies) -> energy(Bodies, 0.0).

energy([], E) -> E;
energy([{X, Y, Z, VX, VY, VZ, M} | Rest], E) ->
    E1 = E + 0.5 * M * (VX * VX + VY * VY + VZ * VZ),
    energy(Rest, lists:foldl(
                   fun({X2, Y2, Z2, _, _, _, M2}, Acc) ->
                           DX = X - X2, DY = Y - Y2, DZ = Z - Z2,
                           Acc - M * M2 / math:sqrt(DX * DX + DY * DY + DZ * DZ)
                   end, E1, Rest)).

advance(0, Bodies) -> Bodies;
advance(N, Bodies) ->
    advance(N - 1, move(velocities(Bodies))).

%% Updates every pair's velocities, then returns the bodies in their original order.
velocities([]) -> [];
velocities([B | Rest]) ->
    {B1, Rest1} = pairs(B, Rest, []),
    [B1 | velocities(Rest1)].

pairs(B, [], Acc) -> {B, lists:reverse(Acc)};
pairs({X, Y, Z, VX, VY, VZ, M}, [{X2, Y2, Z2, VX2, VY2, VZ2, M2} | Rest], Acc) ->
    DX = X - X2, DY = Y - Y2, DZ = Z - Z2,
    D2 = DX * DX + DY * DY + DZ * DZ,
    Mag = ?DT / (D2 * math:sqrt(D2)),
    MM2 = M2 * Mag, MM = M * Mag,
    pairs({X, Y, Z, VX - DX * MM2, VY - DY * MM2, VZ - DZ * MM2, M},
          Rest,
          [{X2, Y2, Z2, VX2 + DX * MM, VY2 + DY * MM, VZ2 + DZ * MM, M2} | Acc]).

move([]) -> [];
move([{X, Y, Z, VX, VY, VZ, M} | Rest]) ->
    [{X + ?DT * VX, Y + ?DT * VY, Z + ?DT * VZ, VX, VY, VZ, M} | move(Rest)].
