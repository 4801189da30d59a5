package io.stancewatch.serde;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One version of a subject as the registry knows it.
 *
 * @param id the global schema id written into every record's header
 * @param version the version of the schema within its subject, from 1
 * @param schema the Avro schema
 */
public record RegisteredSchema(int id, int version, Schema schema) {

    /** Checks that the schema is present. */
    public RegisteredSchema {
        Objects.requireNonNull(schema, "schema");
    }
}
