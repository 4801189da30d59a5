package io.stancewatch.app.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether an exactly-once Streams application has finished its input: its committed offsets have
 * reached the end of the input topic and of every repartition topic it reads.
 *
 * <p>Under exactly-once an offset is committed in the same transaction as the output it caused, so a
 * fully committed input means every alert and state it led to is visible to a {@code read_committed}
 * consumer. Kafka Streams commits the consumer's position once a partition is drained, which skips
 * the transaction markers at the end of its repartition topics, so "committed = end" is reached.
 */
public final class CommittedProgress {

    /** How often progress is polled: the resolution of a throughput measurement. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private static final String REPARTITION_SUFFIX = "-repartition";

    private final Admin admin;
    private final String applicationId;
    private final String inputTopic;

    /**
     * @param admin a client of the cluster the application runs on
     * @param applicationId the application's id (its consumer group and internal topic prefix)
     * @param inputTopic the topic the application reads
     */
    public CommittedProgress(final Admin admin, final String applicationId, final String inputTopic) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.inputTopic = Objects.requireNonNull(inputTopic, "inputTopic");
    }

    /**
     * Waits until {@link #remaining()} is zero, polling every {@link #POLL_INTERVAL}.
     *
     * @param whileRunning called before every poll; throws to end the wait when the application died
     * @throws IllegalStateException naming {@code what} and the records left when {@code timeout} passes
     */
    public void awaitNothingRemaining(final String what, final Duration timeout, final Runnable whileRunning)
            throws InterruptedException, ExecutionException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        long remaining = remaining();
        while (remaining > 0) {
            whileRunning.run();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " had " + remaining + " records left to process after "
                        + timeout.toSeconds() + " s");
            }
            TimeUnit.MILLISECONDS.sleep(POLL_INTERVAL.toMillis());
            remaining = remaining();
        }
    }

    /** Records of the input topic not yet committed. */
    public long uncommittedInput() throws InterruptedException, ExecutionException {
        return uncommitted(false);
    }

    /** Records not yet committed, summed over the input and repartition partitions. */
    public long remaining() throws InterruptedException, ExecutionException {
        return uncommitted(true);
    }

    private long uncommitted(final boolean withRepartitions) throws InterruptedException, ExecutionException {
        final Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
        final Set<TopicPartition> partitions = new HashSet<>(partitionsOf(inputTopic));
        if (withRepartitions) {
            partitions.addAll(committed.keySet());
        }
        final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        final Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        long remaining = 0;
        for (final Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
            final OffsetAndMetadata offset = committed.get(end.getKey());
            remaining += Math.max(0, end.getValue().offset() - (offset == null ? 0 : offset.offset()));
        }
        return withRepartitions ? remaining + uncommittedRepartitionRecords(committed.keySet()) : remaining;
    }

    /** Records in repartition partitions that the application has not committed any offset for yet. */
    private long uncommittedRepartitionRecords(final Set<TopicPartition> committed)
            throws InterruptedException, ExecutionException {
        final Set<String> repartitionTopics = new HashSet<>();
        for (final String topic : admin.listTopics().names().get()) {
            if (topic.startsWith(applicationId + "-") && topic.endsWith(REPARTITION_SUFFIX)) {
                repartitionTopics.add(topic);
            }
        }
        final Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (final String topic : repartitionTopics) {
            partitionsOf(topic).stream()
                    .filter(partition -> !committed.contains(partition))
                    .forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        }
        if (latest.isEmpty()) {
            return 0;
        }
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(ListOffsetsResultInfo::offset)
                .sum();
    }

    private Set<TopicPartition> partitionsOf(final String topic) throws InterruptedException, ExecutionException {
        final TopicDescription description = admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic);
        final Set<TopicPartition> partitions = new HashSet<>();
        description.partitions().forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        return partitions;
    }
}
