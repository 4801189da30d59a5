/**
 * The Confluent Schema Registry protocol, written for StanceWatch: a registry client (HTTP, or in-memory for
 * {@code mock://} scopes) and a Kafka serde for generated Avro records in the Confluent wire format, so the
 * topics interoperate with any Confluent-compatible registry (Confluent, Apicurio's ccompat API, Redpanda,
 * Karapace) and with Confluent's own serializers.
 *
 * <p>Entry point: {@link io.stancewatch.serde.SpecificAvroSerde}, configured with the property names of
 * {@link io.stancewatch.serde.SchemaRegistryConfig}.
 */
package io.stancewatch.serde;
