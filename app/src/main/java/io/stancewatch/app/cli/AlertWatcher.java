package io.stancewatch.app.cli;

import io.stancewatch.schemas.StanceAlert;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the alert topic from its beginning on a thread of its own and hands each alert to a listener as
 * it arrives (read_committed, no consumer group). {@link #awaitPositions} lets a caller wait until it has
 * seen everything up to given offsets.
 */
final class AlertWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertWatcher.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, StanceAlert> consumer;
    private final Consumer<StanceAlert> listener;
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final AtomicLong seen = new AtomicLong();
    private final Thread thread;
    private volatile boolean stopped;

    AlertWatcher(final Properties clientProperties, final String topic, final Deserializer<StanceAlert> deserializer,
                 final Consumer<StanceAlert> listener) {
        final Properties props = new Properties();
        props.putAll(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), deserializer);
        this.listener = listener;
        final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.thread = new Thread(this::pollUntilStopped, "stancewatch-alert-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Alerts handed to the listener so far. */
    long seen() {
        return seen.get();
    }

    /**
     * Waits until the watcher has read up to {@code ends} on every partition.
     *
     * @throws IllegalStateException when that takes longer than {@code timeout}
     */
    void awaitPositions(final Map<TopicPartition, Long> ends, final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        while (!ends.entrySet().stream().allMatch(end -> positions.getOrDefault(end.getKey(), 0L) >= end.getValue())) {
            if (System.nanoTime() > deadline || !thread.isAlive()) {
                throw new IllegalStateException("the alert watcher did not reach the end of the alerts within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private void pollUntilStopped() {
        try {
            while (!stopped) {
                for (final ConsumerRecord<String, StanceAlert> record : consumer.poll(POLL)) {
                    seen.incrementAndGet();
                    listener.accept(record.value());
                }
                consumer.assignment().forEach(partition -> positions.put(partition, consumer.position(partition)));
            }
        } catch (final WakeupException e) {
            LOG.debug("Alert watcher woken up to stop");
        } catch (final RuntimeException e) {
            LOG.error("The alert watcher stopped", e);
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10).toMillis());
    }
}
