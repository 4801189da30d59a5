package io.stancewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceSignal;
import io.stancewatch.schemas.StanceState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpecificAvroSerdeTest {

    private static final String SCOPE = SpecificAvroSerdeTest.class.getSimpleName();
    private static final String TOPIC = "articles";
    private static final Map<String, Object> CONFIG = Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);

    private final MockSchemaRegistryClient registry = MockSchemaRegistryClient.forScope(SCOPE);

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistryClient.dropScope(SCOPE);
    }

    static Stream<Arguments> everyRecordType() {
        return Stream.of(
                Arguments.of(Article.class, SampleRecords.article("gazette-17")),
                Arguments.of(StanceSignal.class, SampleRecords.signal()),
                Arguments.of(StanceAlert.class, SampleRecords.alert()),
                Arguments.of(StanceState.class, SampleRecords.state()));
    }

    @ParameterizedTest
    @MethodSource("everyRecordType")
    <T extends SpecificRecord> void shouldReadBackEqualRecordWhenRoundTrippedThroughMockRegistry(
            final Class<T> type, final T record) {
        final SpecificAvroSerde<T> serde = SpecificAvroSerde.of(type, CONFIG, false);

        final byte[] bytes = serde.serializer().serialize("topic-of-" + type.getSimpleName(), record);
        final T read = serde.deserializer().deserialize("topic-of-" + type.getSimpleName(), bytes);

        assertThat(read).isEqualTo(record).isNotSameAs(record);
    }

    @Test
    void shouldReadIntoConfiguredClassWhenSerdeIsCreatedByClassName() {
        final SpecificAvroSerde<StanceSignal> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
                SchemaRegistryConfig.SPECIFIC_AVRO_VALUE_TYPE, StanceSignal.class.getName()), false);
        final StanceSignal signal = SampleRecords.signal();

        assertThat(serde.deserializer().deserialize("signals", serde.serializer().serialize("signals", signal)))
                .isEqualTo(signal);
    }

    @Test
    void shouldNamePropertyWhenDeserializerCreatedByClassNameHasNoType() {
        final SpecificAvroDeserializer<StanceSignal> deserializer = new SpecificAvroDeserializer<>();

        assertThatThrownBy(() -> deserializer.configure(CONFIG, true))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("specific.avro.key.type");
    }

    @Test
    void shouldRejectTypeWhenItIsNotGeneratedRecord() {
        final SpecificAvroDeserializer<StanceSignal> deserializer = new SpecificAvroDeserializer<>();
        final Map<String, Object> config = Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
                SchemaRegistryConfig.SPECIFIC_AVRO_VALUE_TYPE, String.class);

        assertThatThrownBy(() -> deserializer.configure(config, false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("specific.avro.value.type")
                .hasMessageContaining("java.lang.String")
                .hasMessageContaining("not a generated Avro record");
    }

    @Test
    void shouldWriteMagicByteAndRegisteredIdWhenSerializing() {
        final Article article = SampleRecords.article("a-1");
        final byte[] bytes = articleSerde().serializer().serialize(TOPIC, article);

        final int registeredId = registry.getId("articles-value", Article.getClassSchema());
        assertThat(bytes[0]).isZero();
        assertThat(WireBytes.schemaIdOf(bytes)).isEqualTo(registeredId);
        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(WireBytes.avroBinary(Article.getClassSchema(), article));
    }

    @Test
    void shouldReturnNullWhenRecordOrPayloadIsNull() {
        final SpecificAvroSerde<Article> serde = articleSerde();

        assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
        assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void shouldNameMagicByteWhenPayloadDoesNotStartWithZero() {
        final byte[] bytes = articleSerde().serializer().serialize(TOPIC, SampleRecords.article("a-1"));
        bytes[0] = 0x7b;

        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown magic byte 0x7b")
                .hasMessageContaining("expected 0")
                .hasMessageContaining(TOPIC);
    }

    @Test
    void shouldRejectPayloadWhenShorterThanHeader() {
        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(TOPIC, new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("3 bytes")
                .hasMessageContaining("too short");
    }

    @Test
    void shouldNameIdAndRegistryWhenSchemaIdIsUnknown() {
        final byte[] bytes = {0, 0, 0, 0, 42, 2, 'x'};

        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("schema id 42 not found in registry mock://" + SCOPE);
    }

    @Test
    void shouldRejectPayloadWhenAvroDataIsTruncated() {
        final byte[] bytes = articleSerde().serializer().serialize(TOPIC, SampleRecords.article("a-1"));
        final byte[] truncated = Arrays.copyOf(bytes, bytes.length - 10);

        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(TOPIC, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("truncated or corrupt")
                .hasMessageContaining("schema id " + WireBytes.schemaIdOf(bytes));
    }

    @Test
    void shouldRejectPayloadWhenStringLengthClaimsMoreBytesThanSent() {
        final int id = registry.register("articles-value", Article.getClassSchema());
        // Header, then the zig-zag varint of a 1,000,000,000-byte id string, then a few bytes.
        final byte[] bytes = {0, 0, 0, 0, (byte) id, (byte) 0x80, (byte) 0xa8, (byte) 0xd6, (byte) 0xb9, 0x07, 'a', 'b'};

        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("truncated or corrupt")
                .hasMessageContaining("string of 1000000000 bytes announced");
    }

    @Test
    void shouldNameFieldWhenRequiredFieldIsNull() {
        final Article article = SampleRecords.article("a-1");
        article.setTitle(null);

        assertThatThrownBy(() -> articleSerde().serializer().serialize(TOPIC, article))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("io.stancewatch.schemas.Article")
                .hasMessageContaining("title")
                .hasMessageContaining(TOPIC);
    }

    @Test
    void shouldRejectPayloadWhenBytesRemainAfterRecord() {
        final byte[] bytes = articleSerde().serializer().serialize(TOPIC, SampleRecords.article("a-1"));
        final byte[] padded = Arrays.copyOf(bytes, bytes.length + 3);

        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(TOPIC, padded))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("bytes left after the Article");
    }

    @Test
    void shouldReuseIdWhenSameSchemaIsRegisteredAgain() {
        final byte[] first = articleSerde().serializer().serialize(TOPIC, SampleRecords.article("a-1"));
        final byte[] second = articleSerde().serializer().serialize(TOPIC, SampleRecords.article("a-2"));
        final int directId = registry.register("articles-value", Article.getClassSchema());

        assertThat(Arrays.copyOf(second, 5)).isEqualTo(Arrays.copyOf(first, 5));
        assertThat(WireBytes.schemaIdOf(first)).isEqualTo(directId);
        assertThat(registry.versions("articles-value")).hasSize(1);
    }

    @Test
    void shouldRegisterUnderKeySubjectWhenConfiguredForKeys() {
        SpecificAvroSerde.of(Article.class, CONFIG, true).serializer().serialize(TOPIC, SampleRecords.article("a-1"));

        assertThat(registry.subjects()).containsExactly("articles-key");
    }

    @Test
    void shouldReadDataOfOlderSchemaWhenReaderClassIsNewer() {
        final Schema older = SampleRecords.ARTICLE_WITHOUT_URL;
        final int olderId = registry.register("articles-value", older);
        final GenericRecord old = SampleRecords.articleWithoutUrl("old-1", "Written before articles had links.");

        final Article read = articleSerde().deserializer().deserialize(TOPIC, WireBytes.framed(olderId, older, old));

        assertThat(read.getId()).isEqualTo("old-1");
        assertThat(read.getUrl()).isNull();
        assertThat(read.getBody()).isEqualTo("Written before articles had links.");
        assertThat(read.getPublishedAt()).isEqualTo(SampleRecords.STATED_AT);
    }

    @Test
    void shouldNameSubjectWhenAutoRegisterIsOffAndSchemaIsNotRegistered() {
        final SpecificAvroSerde<Article> serde = SpecificAvroSerde.of(Article.class,
                Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
                        SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, "false"), false);
        registry.register("articles-value", SchemaBuilder.record("io.stancewatch.schemas.Article").fields()
                .requiredString("id").endRecord());

        assertThatThrownBy(() -> serde.serializer().serialize(TOPIC, SampleRecords.article("a-1")))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("articles-value");
    }

    @Test
    void shouldWriteWithLatestSchemaWhenUseLatestVersionIsOn() throws IOException {
        final Schema newer = articleWithExtraField();
        registry.register("articles-value", Article.getClassSchema());
        final int newerId = registry.register("articles-value", newer);
        final SpecificAvroSerde<Article> serde = SpecificAvroSerde.of(Article.class,
                Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE,
                        SchemaRegistryConfig.AUTO_REGISTER_SCHEMAS, false,
                        SchemaRegistryConfig.USE_LATEST_VERSION, true), false);
        final Article article = SampleRecords.article("a-1");

        final byte[] bytes = serde.serializer().serialize(TOPIC, article);

        assertThat(WireBytes.schemaIdOf(bytes)).isEqualTo(newerId);
        final GenericRecord asNewer = new GenericDatumReader<GenericRecord>(newer)
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertThat(asNewer.get("language").toString()).isEqualTo("und");
        assertThat(asNewer.get("title").toString()).isEqualTo(article.getTitle());
        assertThat(serde.deserializer().deserialize(TOPIC, bytes)).isEqualTo(article);
    }

    @Test
    void shouldExplainWhenWriterSchemaCannotBeReadAsClass() {
        final Schema clashing = SchemaBuilder.record("io.stancewatch.schemas.Article").fields()
                .requiredInt("id").endRecord();
        final int clashingId = registry.register("other-value", clashing);
        final GenericRecord record = new GenericData.Record(clashing);
        record.put("id", 7);

        assertThatThrownBy(() -> articleSerde().deserializer().deserialize(TOPIC, WireBytes.framed(clashingId, clashing, record)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Writer schema id " + clashingId)
                .hasMessageContaining("cannot be read as io.stancewatch.schemas.Article");
    }

    @Test
    void shouldReadEveryRecordBackWhenOneSerdeIsSharedByThreads() throws Exception {
        final SpecificAvroSerde<Article> serde = articleSerde();
        final ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            final List<Future<List<Article>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                final int thread = t;
                results.add(threads.submit(() -> roundTripMany(serde, "t" + thread)));
            }
            for (int t = 0; t < 4; t++) {
                final List<Article> read = results.get(t).get();
                assertThat(read).hasSize(200);
                for (int i = 0; i < read.size(); i++) {
                    assertThat(read.get(i)).isEqualTo(SampleRecords.article("t" + t + "-" + i));
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Article> roundTripMany(final SpecificAvroSerde<Article> serde, final String prefix) {
        final List<Article> read = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            final byte[] bytes = serde.serializer().serialize(TOPIC, SampleRecords.article(prefix + "-" + i));
            read.add(serde.deserializer().deserialize(TOPIC, bytes));
        }
        return read;
    }

    private static SpecificAvroSerde<Article> articleSerde() {
        return SpecificAvroSerde.of(Article.class, CONFIG, false);
    }

    private static Schema articleWithExtraField() {
        final Schema current = Article.getClassSchema();
        final List<Schema.Field> fields = new ArrayList<>();
        for (final Schema.Field field : current.getFields()) {
            fields.add(new Schema.Field(field, field.schema()));
        }
        fields.add(new Schema.Field("language", Schema.create(Schema.Type.STRING), "BCP 47 tag", "und"));
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }
}
