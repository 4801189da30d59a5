package io.stancewatch.app.bench;

import io.stancewatch.schemas.Evidence;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.serde.SpecificAvroDeserializer;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads alerts as a {@code read_committed} consumer on its own thread and times each from the ingest of
 * the article that caused it to its arrival here. The causing article is the newest of the alert's
 * evidence, looked up in the ingest times the sender recorded; alerts naming no recorded article are
 * counted but not timed. Alerts caused by articles ingested before the moment given to {@link #timeFrom}
 * (every alert, until it is called) are the warm-up's and timed apart.
 */
final class AlertLatencyCollector implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<String, StanceAlert> consumer;
    private final Map<String, Long> ingestedAtMillis;
    private final Thread thread;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final long[] latencies;
    private final long[] warmUpLatencies;
    private int timed;
    private int warmUpTimed;
    private volatile long timedFromMillis = Long.MAX_VALUE;
    private long alerts;
    private volatile RuntimeException failure;

    /**
     * Starts reading {@code topic} from its beginning.
     *
     * @param ingestedAtMillis article id to ingest time (epoch ms), filled by the sender as it sends
     * @param capacity the most latencies kept
     */
    AlertLatencyCollector(final Properties clientProperties, final String topic,
                          final ConcurrentHashMap<String, Long> ingestedAtMillis, final int capacity) {
        final Map<String, Object> configs = new HashMap<>();
        clientProperties.forEach((key, value) -> configs.put(String.valueOf(key), value));
        configs.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        configs.remove(ConsumerConfig.GROUP_ID_CONFIG);
        final SpecificAvroDeserializer<StanceAlert> deserializer = new SpecificAvroDeserializer<>(StanceAlert.class);
        deserializer.configure(configs, false);
        this.consumer = new KafkaConsumer<>(configs, new StringDeserializer(), deserializer);
        final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.ingestedAtMillis = ingestedAtMillis;
        this.latencies = new long[capacity];
        this.warmUpLatencies = new long[capacity];
        this.thread = new Thread(this::pollUntilStopped, "bench-alert-latency");
        thread.setDaemon(true);
        thread.start();
    }

    /** Alerts read so far. */
    synchronized long alerts() {
        return alerts;
    }

    /** Alerts caused by articles ingested from {@code epochMillis} on are timed; earlier ones are warm-up. */
    void timeFrom(final long epochMillis) {
        timedFromMillis = epochMillis;
    }

    /** Stops reading and returns the percentiles of what was timed, warm-up apart. */
    Latencies stop() throws InterruptedException {
        stopping.set(true);
        consumer.wakeup();
        thread.join(Duration.ofSeconds(30).toMillis());
        if (failure != null) {
            throw failure;
        }
        synchronized (this) {
            return new Latencies(LatencyStats.of(Arrays.copyOf(warmUpLatencies, warmUpTimed)),
                    LatencyStats.of(Arrays.copyOf(latencies, timed)));
        }
    }

    private void pollUntilStopped() {
        try {
            while (!stopping.get()) {
                for (final ConsumerRecord<String, StanceAlert> record : consumer.poll(POLL)) {
                    record(System.currentTimeMillis(), record.value());
                }
            }
        } catch (final WakeupException e) {
            // stop() asked us to end the poll early.
        } catch (final RuntimeException e) {
            failure = e;
        } finally {
            consumer.close();
        }
    }

    private synchronized void record(final long arrivedAtMillis, final StanceAlert alert) {
        alerts++;
        long causeIngestedAt = Long.MIN_VALUE;
        for (final Evidence evidence : alert.getEvidence()) {
            final Long ingested = ingestedAtMillis.get(evidence.getArticleId());
            if (ingested != null) {
                causeIngestedAt = Math.max(causeIngestedAt, ingested);
            }
        }
        if (causeIngestedAt == Long.MIN_VALUE) {
            return;
        }
        if (causeIngestedAt < timedFromMillis) {
            if (warmUpTimed < warmUpLatencies.length) {
                warmUpLatencies[warmUpTimed++] = arrivedAtMillis - causeIngestedAt;
            }
        } else if (timed < latencies.length) {
            latencies[timed++] = arrivedAtMillis - causeIngestedAt;
        }
    }

    /**
     * The latencies of one run.
     *
     * @param warmUp of alerts caused by warm-up articles
     * @param timed of alerts caused by the articles after the warm-up
     */
    record Latencies(LatencyStats warmUp, LatencyStats timed) {
    }

    @Override
    public void close() throws InterruptedException {
        if (!stopping.get()) {
            stop();
        }
    }
}
