package io.stancewatch.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.bench.BenchPipeline;
import io.stancewatch.app.bench.CommittedTopicReader;
import io.stancewatch.app.bench.RunningStreams;
import io.stancewatch.app.bench.SyntheticFeed;
import io.stancewatch.app.testing.StackExtension;
import io.stancewatch.app.testing.TestStack;
import io.stancewatch.processor.Topics;
import io.stancewatch.processor.dlq.DeadLetterHeaders;
import io.stancewatch.processor.extract.RuleBasedStanceExtractor;
import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceState;
import io.stancewatch.serde.SpecificAvroDeserializer;
import io.stancewatch.serde.SpecificAvroSerializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Puts poison pills between valid articles on a real broker and registry: a wrong magic byte, an unknown
 * schema id, truncated Avro, and well-formed Avro with absurd content (empty body, a 5 MB body, control
 * characters, strings that are not UTF-8). Each must reach the dead-letter topic with headers naming the
 * error and its source topic, partition and offset; every valid article around them must be processed;
 * the processor must still be RUNNING at the end.
 */
@ExtendWith(StackExtension.class)
class PoisonPillIntegrationTest {

    private static final int FIVE_MEGABYTES = 5 * 1024 * 1024;
    private static final String LARGE_RECORDS = Integer.toString(8 * 1024 * 1024);

    @TempDir
    Path stateDir;

    @Test
    void shouldDeadLetterEveryPoisonPillAndProcessTheArticlesAroundThemWhenTheFeedIsMixed(final TestStack stack)
            throws Exception {
        final Properties client = PipelineFixture.clientProperties(stack.bootstrapServers(), stack.schemaRegistryUrl());
        final Topics topics = PipelineFixture.uniqueTopics("poison");
        PipelineFixture.createTopics(client, topics, Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, LARGE_RECORDS));
        final List<Article> valid = articlesWithSignals(4);
        final Map<String, byte[]> records = mixedFeed(client, topics.articles(), valid);

        // Given the poison pills and the valid articles on the articles topic
        final Map<String, Long> offsets = send(client, topics.articles(), records);

        // When the processor runs over them
        final String applicationId = "poison-" + UUID.randomUUID();
        final Properties streams = BenchPipeline.streamsProperties(client, applicationId, topics, stateDir, Map.of());
        final KafkaStreams.State stateAtEnd;
        try (RunningStreams run = RunningStreams.start(
                BenchPipeline.stanceTopology(topics, streams, RuleBasedStanceExtractor.loadDefault()), streams,
                PipelineFixture.PROCESSING_TIMEOUT)) {
            PipelineFixture.awaitCaughtUp(client, applicationId, topics.articles(), () -> run.requireAlive(applicationId));
            stateAtEnd = run.state();
        }

        // Then every pill is dead-lettered once, with its reason and origin, and nothing else is
        final Map<String, Map<String, String>> deadLetters = deadLetterHeadersByKey(client, topics.articlesDlq());
        final Set<String> pills = new TreeSet<>(records.keySet());
        valid.forEach(article -> pills.remove(article.getId()));
        assertThat(deadLetters.keySet()).isEqualTo(pills);
        deadLetters.forEach((key, headers) -> {
            assertThat(headers.get(DeadLetterHeaders.ERROR_CLASS)).as("error class of %s", key).isNotBlank();
            assertThat(headers.get(DeadLetterHeaders.ERROR_MESSAGE)).as("error message of %s", key).isNotBlank();
            assertThat(headers.get(DeadLetterHeaders.STAGE)).as("stage of %s", key).isNotBlank();
            assertThat(headers.get(DeadLetterHeaders.SOURCE_TOPIC)).as("source topic of %s", key)
                    .isEqualTo(topics.articles());
            assertThat(headers.get(DeadLetterHeaders.SOURCE_PARTITION)).as("source partition of %s", key).isEqualTo("0");
            assertThat(headers.get(DeadLetterHeaders.SOURCE_OFFSET)).as("source offset of %s", key)
                    .isEqualTo(Long.toString(offsets.get(key)));
        });
        // ... the valid articles were all read for stances
        assertThat(articleIdsInEvidenceOfStates(client, topics))
                .containsAll(valid.stream().map(Article::getId).toList());
        // ... and the processor never stopped
        assertThat(stateAtEnd).isEqualTo(KafkaStreams.State.RUNNING);
    }

    /** Valid articles of the synthetic feed that the extractor reads stances from. */
    private static List<Article> articlesWithSignals(final int count) {
        return SyntheticFeed.withDefaultTemplates(11, 200).stream()
                .filter(article -> article.getId().startsWith("syn-"))
                .filter(article -> !RuleBasedStanceExtractor.loadDefault().extract(article).isEmpty())
                .collect(Collectors.toMap(Article::getId, article -> article, (first, again) -> first,
                        LinkedHashMap::new))
                .values().stream().limit(count).toList();
    }

    /** Record key to value bytes, valid articles and pills interleaved, in sending order. */
    private static Map<String, byte[]> mixedFeed(final Properties client, final String topic,
                                                 final List<Article> valid) {
        final Map<String, Object> configs = BenchPipeline.configMap(client);
        final byte[][] encoded = new byte[valid.size()][];
        try (SpecificAvroSerializer<Article> serializer = new SpecificAvroSerializer<>()) {
            serializer.configure(configs, false);
            for (int i = 0; i < valid.size(); i++) {
                encoded[i] = serializer.serialize(topic, valid.get(i));
            }
            final byte[] sample = encoded[0];
            final int schemaId = AvroArticleBytes.schemaIdOf(sample);
            final Map<String, byte[]> feed = new LinkedHashMap<>();
            feed.put(valid.get(0).getId(), encoded[0]);

            final byte[] wrongMagic = sample.clone();
            wrongMagic[0] = 7;
            feed.put("pill-wrong-magic-byte", wrongMagic);
            final byte[] unknownSchema = sample.clone();
            unknownSchema[1] = 0x3F;
            feed.put("pill-unknown-schema-id", unknownSchema);
            feed.put(valid.get(1).getId(), encoded[1]);
            feed.put("pill-truncated-avro", Arrays.copyOf(sample, sample.length / 2));
            feed.put("pill-empty-body", serializer.serialize(topic, withBody(valid.get(0), "pill-empty-body", "")));
            feed.put(valid.get(2).getId(), encoded[2]);
            feed.put("pill-five-megabyte-body", serializer.serialize(topic,
                    withBody(valid.get(0), "pill-five-megabyte-body", "word ".repeat(FIVE_MEGABYTES / 5))));
            feed.put("pill-control-characters", serializer.serialize(topic,
                    withBody(valid.get(0), "pill-control-characters", "Text with a bell \u0007 and a NUL \u0000.")));
            feed.put("pill-invalid-utf8", AvroArticleBytes.withRawBody(schemaId, "pill-invalid-utf8",
                    concat("Bytes that are not UTF-8: ".getBytes(StandardCharsets.UTF_8),
                            new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE})));
            feed.put(valid.get(3).getId(), encoded[3]);
            return feed;
        }
    }

    /** Sends each record as raw bytes and returns the offset each key landed at. */
    private static Map<String, Long> send(final Properties client, final String topic, final Map<String, byte[]> records)
            throws Exception {
        final Map<String, Object> configs = BenchPipeline.configMap(client);
        configs.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, LARGE_RECORDS);
        configs.put(ProducerConfig.ACKS_CONFIG, "all");
        final Map<String, Long> offsets = new HashMap<>();
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(configs, new StringSerializer(), new ByteArraySerializer())) {
            for (final Map.Entry<String, byte[]> record : records.entrySet()) {
                offsets.put(record.getKey(),
                        producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue())).get().offset());
            }
        }
        return offsets;
    }

    private static Map<String, Map<String, String>> deadLetterHeadersByKey(final Properties client, final String topic) {
        final Map<String, Map<String, String>> byKey = new TreeMap<>();
        CommittedTopicReader.forEach(client, topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                Duration.ofMinutes(1), record -> {
                    final String key = new String(record.key(), StandardCharsets.UTF_8);
                    assertThat(byKey).as("dead letters of %s", key).doesNotContainKey(key);
                    byKey.put(key, headers(record));
                });
        return byKey;
    }

    private static Map<String, String> headers(final ConsumerRecord<byte[], byte[]> record) {
        final Map<String, String> headers = new HashMap<>();
        for (final Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    /** Every article quoted by any state written: each state update quotes the article that caused it. */
    private static Set<String> articleIdsInEvidenceOfStates(final Properties client, final Topics topics) {
        final Set<String> ids = new TreeSet<>();
        CommittedTopicReader.forEach(client, topics.states(), new StringDeserializer(),
                new SpecificAvroDeserializer<>(StanceState.class), Duration.ofSeconds(60),
                record -> record.value().getEvidence().forEach(evidence -> ids.add(evidence.getArticleId())));
        return ids;
    }

    private static Article withBody(final Article template, final String id, final String body) {
        return Article.newBuilder(template).setId(id).setBody(body).build();
    }

    private static byte[] concat(final byte[] first, final byte[] second) {
        final byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
