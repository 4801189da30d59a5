package io.stancewatch.app.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when the processor has fully processed its input: the application's committed offsets have reached
 * the end of the articles topic and of every repartition topic it reads.
 *
 * <p>Committed offsets are the right signal because Kafka Streams flushes its output before it commits: an
 * input offset that is committed means the alerts and states it caused are on their topics. Committed
 * offsets are read first and end offsets after, so a record that an upstream stage committed before the
 * snapshot is counted in the downstream end offset the snapshot compares with. The processor must run
 * at-least-once here: with exactly-once the transaction markers at the end of the repartition topics keep
 * the end offset one past the last committed record.
 */
final class ProcessingProgress {

    private static final String REPARTITION_SUFFIX = "-repartition";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final Admin admin;
    private final String applicationId;
    private final String inputTopic;

    ProcessingProgress(final Admin admin, final String applicationId, final String inputTopic) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.inputTopic = Objects.requireNonNull(inputTopic, "inputTopic");
    }

    /**
     * Waits until nothing is left to process, polling every 200 ms.
     *
     * @param stillRunning checked on every poll, so a processor that died ends the wait at once
     * @throws ProcessingTimeoutException naming what is still behind when {@code timeout} passes first
     * @throws IllegalStateException when {@code stillRunning} turns false
     */
    void awaitCaughtUp(final Duration timeout, final BooleanSupplier stillRunning)
            throws InterruptedException, ExecutionException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, Long> behind = lag();
        while (!behind.isEmpty()) {
            if (!stillRunning.getAsBoolean()) {
                throw new IllegalStateException("the processor stopped before it had processed every article");
            }
            if (System.nanoTime() > deadline) {
                throw new ProcessingTimeoutException("the processor had not caught up after " + timeout.toSeconds()
                        + " s; records still to process: " + new TreeMap<>(describe(behind)));
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
            behind = lag();
        }
    }

    /** The partitions whose committed offset is behind their end, with how far behind. */
    Map<TopicPartition, Long> lag() throws InterruptedException, ExecutionException {
        final Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
        final Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        partitions.addAll(inputPartitions());
        final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        final Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        final Map<TopicPartition, Long> behind = new HashMap<>();
        ends.forEach((partition, end) -> {
            final OffsetAndMetadata offset = committed.get(partition);
            final long position = offset == null ? 0 : offset.offset();
            if (end.offset() > position) {
                behind.put(partition, end.offset() - position);
            }
        });
        return behind;
    }

    /**
     * The articles partitions and those of the application's repartition topics: a partition the
     * application has not committed on yet has no committed offset, and must count as unread.
     */
    private Set<TopicPartition> inputPartitions() throws InterruptedException, ExecutionException {
        final Set<String> topics = new HashSet<>();
        topics.add(inputTopic);
        admin.listTopics().names().get().stream()
                .filter(name -> name.startsWith(applicationId + "-") && name.endsWith(REPARTITION_SUFFIX))
                .forEach(topics::add);
        final Set<TopicPartition> partitions = new HashSet<>();
        admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
                description.partitions().forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
        return partitions;
    }

    private static Map<String, Long> describe(final Map<TopicPartition, Long> behind) {
        final Map<String, Long> named = new HashMap<>();
        behind.forEach((partition, lag) -> named.put(partition.toString(), lag));
        return named;
    }

    /** The processor did not catch up in time. */
    static final class ProcessingTimeoutException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProcessingTimeoutException(final String message) {
            super(message);
        }
    }
}
