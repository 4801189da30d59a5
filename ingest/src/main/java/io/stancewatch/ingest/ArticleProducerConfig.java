package io.stancewatch.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Builds the properties of the article producer: what the user gave (a client properties file, the command
 * line) wins, then the defaults that make ingest safe are filled in with {@code putIfAbsent}.
 *
 * <p>Defaults: idempotence and {@code acks=all}, so a retried batch is written once and survives a broker
 * failover; the producer's own retries within a bounded {@code delivery.timeout.ms}, so a broker restart is
 * ridden out but a dead cluster ends the run with an error instead of hanging; zstd compression and a short
 * linger, because articles are text and arrive in bursts.
 */
public final class ArticleProducerConfig {

    /** How long a record may take from send to acknowledgement, retries included, unless configured. */
    public static final Duration DEFAULT_DELIVERY_TIMEOUT = Duration.ofMinutes(2);

    static final int DEFAULT_LINGER_MS = 20;
    static final int DEFAULT_BATCH_SIZE = 256 * 1024;
    static final int DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
    static final String DEFAULT_COMPRESSION = "zstd";
    static final String CLIENT_ID_PREFIX = "stancewatch-ingest";

    private ArticleProducerConfig() {
    }

    /**
     * The producer properties for {@code base} (bootstrap servers, registry URL, security settings...).
     *
     * @param base the user's client properties; not modified
     * @param deliveryTimeout an explicit delivery timeout, which wins over {@code base}
     */
    public static Properties producerProperties(final Properties base, final Optional<Duration> deliveryTimeout) {
        Objects.requireNonNull(base, "base");
        final Properties props = new Properties();
        props.putAll(base);
        deliveryTimeout.ifPresent(timeout ->
                props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(timeout.toMillis())));
        props.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, DEFAULT_COMPRESSION);
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, Integer.toString(DEFAULT_LINGER_MS));
        props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(DEFAULT_BATCH_SIZE));
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID_PREFIX);
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                Long.toString(DEFAULT_DELIVERY_TIMEOUT.toMillis()));
        // The producer refuses a delivery timeout shorter than linger + request timeout, so a short delivery
        // timeout brings the request timeout down with it instead of failing at start-up.
        final long delivery = longValue(props, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
        final long linger = longValue(props, ProducerConfig.LINGER_MS_CONFIG);
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                Long.toString(Math.max(1, Math.min(DEFAULT_REQUEST_TIMEOUT_MS, delivery - linger))));
        // send() blocks while metadata is missing (no broker); that wait is bounded by the same budget.
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(delivery));
        return props;
    }

    /** The delivery timeout of properties made by {@link #producerProperties}: how long a send may take. */
    public static Duration deliveryTimeout(final Properties producerProperties) {
        return Duration.ofMillis(longValue(producerProperties, ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));
    }

    private static long longValue(final Properties props, final String name) {
        final String value = String.valueOf(props.get(name)).strip();
        try {
            return Long.parseLong(value);
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number of milliseconds, was '" + value + "'", e);
        }
    }
}
