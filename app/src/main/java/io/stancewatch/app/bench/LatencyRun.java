package io.stancewatch.app.bench;

import io.stancewatch.app.bench.AlertLatencyCollector.Latencies;
import io.stancewatch.ingest.ArticleProducer;
import io.stancewatch.ingest.ArticleProducerConfig;
import io.stancewatch.ingest.IngestReport;
import io.stancewatch.schemas.Article;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * Article-to-alert latency of a running pipeline at a paced rate. Articles go through the real ingest
 * producer ({@link ArticleProducer}, with its defaults) with {@code ingestedAt} set to the moment of the
 * send; each alert is timed from that moment to its arrival at a {@code read_committed} consumer (see
 * {@link AlertLatencyCollector}). Sends follow a fixed schedule, so a slow send does not lower the
 * rate afterwards: it is caught up, as a real backlog would be. The first seconds are a warm-up, timed
 * apart: a freshly started application's first transactions wait on the broker (the producers' first
 * writes to each partition are retried, see docs/BENCHMARK.md), which is start-up, not the steady
 * state the rate is about.
 */
final class LatencyRun {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);

    private LatencyRun() {
    }

    /**
     * Runs the pipeline, sends {@code feed} at {@code ratePerSecond} to {@code articlesTopic}, waits until
     * everything is processed and every committed alert has been read, and returns the latencies: those
     * of alerts caused by the first {@code warmUpArticles} of the feed apart from the rest.
     */
    static LatencyResult measure(final Topology pipeline, final Properties streamsProperties,
                                 final String articlesTopic, final String alertsTopic, final SyntheticFeed feed,
                                 final int warmUpArticles, final int ratePerSecond,
                                 final Properties clientProperties, final Admin admin)
            throws InterruptedException, ExecutionException {
        final ConcurrentHashMap<String, Long> ingestedAt = new ConcurrentHashMap<>();
        final String applicationId = streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        final CommittedProgress progress = new CommittedProgress(admin, applicationId, articlesTopic);
        try (AlertLatencyCollector collector =
                     new AlertLatencyCollector(clientProperties, alertsTopic, ingestedAt, feed.size() * 4);
             RunningStreams streams = RunningStreams.start(pipeline, streamsProperties, START_TIMEOUT);
             ArticleProducer producer = ArticleProducer.create(
                     ArticleProducerConfig.producerProperties(clientProperties, Optional.empty()), articlesTopic)) {
            final long sent = sendPaced(feed, ratePerSecond, producer, ingestedAt,
                    index -> {
                        if (index == warmUpArticles) {
                            collector.timeFrom(System.currentTimeMillis());
                        }
                    });
            producer.flush();
            final IngestReport delivery = producer.report(sent, 0);
            if (!delivery.allValidDelivered()) {
                throw new IllegalStateException("Ingest did not deliver every paced article: " + delivery.summary());
            }
            progress.awaitNothingRemaining("the paced pipeline", DRAIN_TIMEOUT,
                    () -> streams.requireAlive("the paced pipeline"));
            final long committedAlerts =
                    CommittedTopicReader.count(clientProperties, alertsTopic, DRAIN_TIMEOUT);
            awaitRead(collector, committedAlerts);
            final Latencies latencies = collector.stop();
            final long sentInWarmUp = Math.min(sent, warmUpArticles);
            return new LatencyResult(sent - sentInWarmUp, sentInWarmUp, collector.alerts(), ratePerSecond,
                    latencies.timed(), latencies.warmUp());
        }
    }

    private static long sendPaced(final SyntheticFeed feed, final int ratePerSecond, final ArticleProducer producer,
                                  final ConcurrentHashMap<String, Long> ingestedAt, final LongConsumer beforeSend) {
        final RateSchedule schedule = new RateSchedule(ratePerSecond);
        long sent = 0;
        final Iterator<Article> articles = feed.iterator();
        while (articles.hasNext()) {
            final Article next = articles.next();
            schedule.awaitTurn(sent);
            beforeSend.accept(sent);
            final long now = System.currentTimeMillis();
            // An id sent again keeps its first ingest time: its alert, if any, was caused by the first copy.
            ingestedAt.putIfAbsent(next.getId(), now);
            producer.send(Article.newBuilder(next).setIngestedAt(Instant.ofEpochMilli(now)).build());
            sent++;
        }
        return sent;
    }

    private static void awaitRead(final AlertLatencyCollector collector, final long committedAlerts)
            throws InterruptedException {
        final long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (collector.alerts() < committedAlerts) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Read " + collector.alerts() + " of " + committedAlerts
                        + " committed alerts within " + DRAIN_TIMEOUT.toSeconds() + " s");
            }
            TimeUnit.MILLISECONDS.sleep(CommittedProgress.POLL_INTERVAL.toMillis());
        }
    }

    /**
     * The outcome of a latency run.
     *
     * @param articles articles sent after the warm-up
     * @param warmUpArticles articles sent first, at the same rate
     * @param alerts alerts read, warm-up included
     * @param ratePerSecond the rate asked for
     * @param latency percentiles of the alerts caused by articles after the warm-up
     * @param warmUpLatency percentiles of the alerts caused by warm-up articles
     */
    record LatencyResult(long articles, long warmUpArticles, long alerts, int ratePerSecond, LatencyStats latency,
                         LatencyStats warmUpLatency) {
    }
}
