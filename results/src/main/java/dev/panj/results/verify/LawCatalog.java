package dev.panj.results.verify;

import dev.panj.sim.config.VerificationLaw;

/** The implementation of each law a verification scenario can name. */
final class LawCatalog {
    private LawCatalog() {
    }

    static Law of(VerificationLaw law) {
        return switch (law) {
            case RANDOM_SEARCH -> new RandomSearchLaw();
            case RANDOM_BARRIER_PATROL -> new RandomBarrierPatrolLaw();
            case SENSOR_LINE -> new SensorLineLaw();
            case LAYERED_DETECTION -> new LayeredDetectionLaw();
            case BARRIER_PATROL -> new BarrierPatrolLaw();
            case LANCHESTER_DETERMINISTIC -> new DeterministicLanchesterLaw();
            case LANCHESTER_STOCHASTIC -> new StochasticLanchesterLaw();
            case ERLANG_C -> new ErlangCLaw();
            case LITTLE -> new LittleLaw();
            case POISSON_THINNING -> new PoissonThinningLaw();
            case ALARM_ERLANG_B -> new AlarmErlangBLaw();
            case ALARM_ERLANG_C -> new AlarmErlangCLaw();
        };
    }
}
