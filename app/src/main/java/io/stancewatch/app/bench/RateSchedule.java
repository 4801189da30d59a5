package io.stancewatch.app.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed send schedule at a given rate, counted from its creation: the n-th send is due n intervals
 * after the start. A late send does not push the later ones back, so the rate holds over the run and a
 * stall is caught up afterwards, as a real backlog would be.
 */
public final class RateSchedule {

    private final long intervalNanos;
    private final long startNanos = System.nanoTime();

    /**
     * A schedule of {@code perSecond} sends a second, starting now.
     *
     * @throws IllegalArgumentException if the rate is not positive
     */
    public RateSchedule(final int perSecond) {
        if (perSecond <= 0) {
            throw new IllegalArgumentException("the rate must be positive, got " + perSecond);
        }
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
    }

    /** Blocks until send number {@code index} (from 0) is due; returns at once when it is overdue. */
    public void awaitTurn(final long index) {
        final long due = startNanos + index * intervalNanos;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
