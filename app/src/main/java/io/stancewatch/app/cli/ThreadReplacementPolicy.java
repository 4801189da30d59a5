package io.stancewatch.app.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when a stream thread dies: it is replaced, up to a few times within a window, and after that
 * the whole client shuts down.
 *
 * <p>Why: bad records never get here, the topology's dead-letter handlers take them. What does get here is
 * the environment (a registry or broker outage that outlived the client's retries, a full disk) or a bug.
 * The first kind heals, so a new thread that resumes from the last commit is worth a try; the second comes
 * back on the same record at once, and replacing threads forever would hide it in a crash loop. Shutting
 * down after the budget makes {@code process} exit with status 1, where a supervisor or a person sees it.
 */
final class ThreadReplacementPolicy implements StreamsUncaughtExceptionHandler {

    /** Replacements allowed within {@link #DEFAULT_WINDOW} before the client shuts down. */
    static final int DEFAULT_MAX_REPLACEMENTS = 3;
    /** The window in which replacements are counted. */
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(ThreadReplacementPolicy.class);

    private final int maxReplacements;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> recentReplacements = new ArrayDeque<>();

    ThreadReplacementPolicy(final int maxReplacements, final Duration window, final Clock clock) {
        this.maxReplacements = maxReplacements;
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    ThreadReplacementPolicy() {
        this(DEFAULT_MAX_REPLACEMENTS, DEFAULT_WINDOW, Clock.systemUTC());
    }

    @Override
    public synchronized StreamThreadExceptionResponse handle(final Throwable exception) {
        final Instant now = clock.instant();
        while (!recentReplacements.isEmpty() && recentReplacements.peekFirst().isBefore(now.minus(window))) {
            recentReplacements.removeFirst();
        }
        if (recentReplacements.size() < maxReplacements) {
            recentReplacements.addLast(now);
            LOG.error("Stream thread died; replacing it ({} of {} allowed within {})",
                    recentReplacements.size(), maxReplacements, window, exception);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        LOG.error("Stream thread died again after {} replacements within {}; shutting the processor down",
                maxReplacements, window, exception);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
}
