package io.stancewatch.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.schemas.Article;
import io.stancewatch.schemas.StanceAlert;
import io.stancewatch.schemas.StanceState;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.avro.registry.confluent.shaded.io.confluent.kafka.schemaregistry.avro.AvroSchema;
import org.apache.flink.avro.registry.confluent.shaded.io.confluent.kafka.schemaregistry.client.CachedSchemaRegistryClient;
import org.apache.flink.avro.registry.confluent.shaded.io.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException;
import org.apache.flink.avro.shaded.org.apache.avro.generic.GenericDatumReader;
import org.apache.flink.avro.shaded.org.apache.avro.io.DecoderFactory;
import org.apache.flink.formats.avro.registry.confluent.ConfluentRegistryAvroDeserializationSchema;
import org.apache.flink.formats.avro.registry.confluent.ConfluentRegistryAvroSerializationSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves that our serde and Confluent's own registry client agree on the REST protocol and the wire
 * format. Confluent's artifacts are not on Maven Central; their client ships relocated inside Flink's
 * {@code flink-sql-avro-confluent-registry} jar (with a relocated Avro, hence the two {@code Schema} and
 * {@code GenericRecord} types here), together with Flink's Confluent-format serialization schemas. Both
 * sides talk HTTP to the same in-test registry.
 */
class ConfluentInteroperabilityTest {

    private static final String SCOPE = ConfluentInteroperabilityTest.class.getSimpleName();

    private FakeConfluentRegistry server;
    private CachedSchemaRegistryClient confluentClient;
    private Map<String, Object> ourConfig;

    @BeforeEach
    void startRegistry() throws IOException {
        server = FakeConfluentRegistry.start(SCOPE);
        confluentClient = new CachedSchemaRegistryClient(server.url(), 100);
        ourConfig = Map.of(SchemaRegistryConfig.SCHEMA_REGISTRY_URL, server.url());
    }

    @AfterEach
    void stopRegistry() {
        server.close();
    }

    @Test
    void shouldLetConfluentDeserializerReadRecordWhenOurSerdeWroteIt() throws Exception {
        final StanceAlert alert = SampleRecords.alert();
        final byte[] ours = SpecificAvroSerde.of(StanceAlert.class, ourConfig, false).serializer()
                .serialize("stance-alerts", alert);

        final var theirs = ConfluentRegistryAvroDeserializationSchema.forGeneric(
                relocated(StanceAlert.getClassSchema()), server.url()).deserialize(ours);

        assertThat(theirs.get("alertId").toString()).isEqualTo(alert.getAlertId());
        assertThat(theirs.get("changeType").toString()).isEqualTo(alert.getChangeType().name());
        assertThat(theirs.get("holdouts").toString()).isEqualTo("[HUN, SVK]");
        assertThat(theirs.get("detectedAt")).isEqualTo(alert.getDetectedAt().toEpochMilli());
        assertThat(((List<?>) theirs.get("evidence"))).hasSize(1);
        final var evidence = (org.apache.flink.avro.shaded.org.apache.avro.generic.GenericRecord)
                ((List<?>) theirs.get("evidence")).get(0);
        assertThat(evidence.get("sentence").toString()).isEqualTo(alert.getEvidence().get(0).getSentence());
        final int ourId = WireBytes.schemaIdOf(ours);
        assertThat(new Schema.Parser().parse(confluentClient.getSchemaById(ourId).canonicalString()))
                .isEqualTo(StanceAlert.getClassSchema());
    }

    @Test
    void shouldReadRecordAndWriteSameBytesWhenConfluentSerializerWroteIt() throws Exception {
        final StanceState state = SampleRecords.state();
        final byte[] theirs = ConfluentRegistryAvroSerializationSchema.forGeneric("stance-states-value",
                relocated(StanceState.getClassSchema()), server.url()).serialize(relocatedRecord(state));

        final SpecificAvroSerde<StanceState> serde = SpecificAvroSerde.of(StanceState.class, ourConfig, false);

        assertThat(serde.deserializer().deserialize("stance-states", theirs)).isEqualTo(state);
        assertThat(serde.serializer().serialize("stance-states", state)).isEqualTo(theirs);
    }

    @Test
    void shouldAgreeOnIdWhenBothClientsRegisterSameSchema() throws IOException, RestClientException {
        final int theirId = confluentClient.register("articles-value",
                new AvroSchema(Article.getClassSchema().toString()));
        final SchemaRegistryClient ourClient = new HttpSchemaRegistryClient(new SchemaRegistryConfig(ourConfig));

        assertThat(ourClient.getId("articles-value", Article.getClassSchema())).isEqualTo(theirId);
        assertThat(ourClient.register("articles-value", Article.getClassSchema())).isEqualTo(theirId);
        assertThat(confluentClient.getLatestSchemaMetadata("articles-value").getId()).isEqualTo(theirId);
        assertThat(server.registry().versions("articles-value")).hasSize(1);
        assertThat(server.requests()).filteredOn(request -> request.method().equals("POST")
                && request.path().startsWith("/subjects/articles-value/versions")).hasSize(2);
    }

    @Test
    void shouldReadIntoCurrentClassWhenConfluentSerializerWroteOlderSchema() throws Exception {
        final Schema older = SampleRecords.ARTICLE_WITHOUT_URL;
        final GenericRecord old = SampleRecords.articleWithoutUrl("old-7", "An article from before links were kept.");
        final byte[] theirs = ConfluentRegistryAvroSerializationSchema.forGeneric("articles-value",
                relocated(older), server.url()).serialize(relocatedRecord(older, old));

        final Article read = SpecificAvroSerde.of(Article.class, ourConfig, false).deserializer()
                .deserialize("articles", theirs);

        assertThat(read.getId()).isEqualTo("old-7");
        assertThat(read.getUrl()).isNull();
        assertThat(read.getIngestedAt()).isEqualTo(SampleRecords.DETECTED_AT);
    }

    private static org.apache.flink.avro.shaded.org.apache.avro.Schema relocated(final Schema schema) {
        return new org.apache.flink.avro.shaded.org.apache.avro.Schema.Parser().parse(schema.toString());
    }

    private static org.apache.flink.avro.shaded.org.apache.avro.generic.GenericRecord relocatedRecord(
            final org.apache.avro.specific.SpecificRecord record) throws IOException {
        return relocatedRecord(record.getSchema(), record);
    }

    // Crosses from our Avro to the relocated one through the binary encoding, which both understand.
    private static org.apache.flink.avro.shaded.org.apache.avro.generic.GenericRecord relocatedRecord(
            final Schema schema, final Object record) throws IOException {
        final byte[] binary = WireBytes.avroBinary(schema, record);
        return new GenericDatumReader<org.apache.flink.avro.shaded.org.apache.avro.generic.GenericRecord>(
                relocated(schema)).read(null, DecoderFactory.get().binaryDecoder(binary, null));
    }
}
