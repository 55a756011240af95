package dev.panj.sim.random;

import java.util.function.DoubleSupplier;

/** A sequence of uniforms keyed by an entity and a purpose: the n-th draw is {@code uniform(a, b, n)}. */
public final class KeyedSequence implements DoubleSupplier {
    private final KeyedRandom keyed;
    private final long a;
    private final long b;
    private long counter;

    public KeyedSequence(KeyedRandom keyed, long a, long b) {
        this.keyed = keyed;
        this.a = a;
        this.b = b;
    }

    @Override
    public double getAsDouble() {
        return keyed.uniform(a, b, counter++);
    }
}
