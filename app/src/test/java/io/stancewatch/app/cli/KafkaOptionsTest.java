package io.stancewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class KafkaOptionsTest {

    @TempDir
    Path dir;

    @Test
    void shouldPassConfigFileThroughWhenItHoldsClientSettings() throws IOException {
        final Path config = Files.writeString(dir.resolve("client.properties"), String.join("\n",
                "bootstrap.servers=broker-a:9093",
                "security.protocol=SASL_SSL",
                "sasl.mechanism=PLAIN",
                "schema.registry.url=https://registry.example",
                "basic.auth.user.info=user:secret"));

        final Properties props = parse("--config", config.toString()).clientProperties();

        assertThat(props)
                .containsEntry("bootstrap.servers", "broker-a:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("schema.registry.url", "https://registry.example")
                .containsEntry("basic.auth.user.info", "user:secret");
    }

    @Test
    void shouldLetOptionsWinWhenConfigFileSaysOtherwise() throws IOException {
        final Path config = Files.writeString(dir.resolve("client.properties"),
                "bootstrap.servers=broker-a:9093\nschema.registry.url=https://registry.example\n");

        final Properties props = parse("--config", config.toString(), "--bootstrap-servers", "broker-b:9092",
                "--schema-registry-url", "http://other:8081").requireCluster();

        assertThat(props)
                .containsEntry("bootstrap.servers", "broker-b:9092")
                .containsEntry("schema.registry.url", "http://other:8081");
    }

    @Test
    void shouldNameTheMissingRegistryWhenOnlyBrokersAreGiven() {
        final KafkaOptions options = parse("--bootstrap-servers", "broker-b:9092");

        assertThatThrownBy(options::requireCluster)
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("Missing the schema registry: give --schema-registry-url");
    }

    private static KafkaOptions parse(final String... args) {
        final IngestCommand command = new IngestCommand();
        final String[] withInput = new String[args.length + 2];
        withInput[0] = "--input";
        withInput[1] = "feed.jsonl";
        System.arraycopy(args, 0, withInput, 2, args.length);
        new CommandLine(command).parseArgs(withInput);
        return command.kafka;
    }
}
