package io.stancewatch.app.cli;

import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
import static org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThreadReplacementPolicyTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2030-03-04T09:00:00Z"));
    private final ThreadReplacementPolicy policy = new ThreadReplacementPolicy(2, Duration.ofMinutes(10), clock);
    private final RuntimeException failure = new IllegalStateException("store failed");

    @Test
    void shouldReplaceThreadWhenFailuresStayWithinBudget() {
        assertThat(policy.handle(failure)).isEqualTo(REPLACE_THREAD);
        clock.advance(Duration.ofMinutes(1));
        assertThat(policy.handle(failure)).isEqualTo(REPLACE_THREAD);
    }

    @Test
    void shouldShutDownClientWhenBudgetIsSpentWithinWindow() {
        policy.handle(failure);
        policy.handle(failure);
        clock.advance(Duration.ofMinutes(10));

        assertThat(policy.handle(failure)).isEqualTo(SHUTDOWN_CLIENT);
    }

    @Test
    void shouldReplaceThreadAgainWhenOldFailuresLeaveTheWindow() {
        policy.handle(failure);
        policy.handle(failure);
        clock.advance(Duration.ofMinutes(10).plusMillis(1));

        assertThat(policy.handle(failure)).isEqualTo(REPLACE_THREAD);
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(final Instant start) {
            this.now = start;
        }

        void advance(final Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
