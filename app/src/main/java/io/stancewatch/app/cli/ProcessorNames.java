package io.stancewatch.app.cli;

import io.stancewatch.processor.Topics;
import java.util.Objects;

/**
 * The application id and the topics of one processor deployment.
 *
 * @param applicationId the Kafka Streams application id (consumer group, internal topic prefix)
 * @param topics the four topics the topology reads and writes
 */
public record ProcessorNames(String applicationId, Topics topics) {

    /** Checks that both are present. */
    public ProcessorNames {
        if (Objects.requireNonNull(applicationId, "applicationId").isBlank()) {
            throw new IllegalArgumentException("the application id may not be blank");
        }
        Objects.requireNonNull(topics, "topics");
    }

    /**
     * The same names with {@code -<runId>} appended: a replay or demo on a shared cluster gets topics and a
     * consumer group of its own, so runs never read each other's records, offsets or state.
     */
    public ProcessorNames forRun(final String runId) {
        final String suffix = "-" + runId;
        return new ProcessorNames(applicationId + suffix, new Topics(topics.articles() + suffix,
                topics.articlesDlq() + suffix, topics.alerts() + suffix, topics.states() + suffix));
    }
}
