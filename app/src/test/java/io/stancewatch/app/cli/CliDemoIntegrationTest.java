package io.stancewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.app.testing.StackExtension;
import io.stancewatch.app.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs {@code stancewatch demo --once} with the bundled sample feed against the shared test stack. */
@ExtendWith(StackExtension.class)
class CliDemoIntegrationTest {

    @Test
    void shouldPrintEachAlertAsItFiresWhenSamplesAreProcessed(final TestStack stack) {
        final CliRun run = CliRun.of("demo", "--once", "--bootstrap-servers", stack.bootstrapServers(),
                "--schema-registry-url", stack.schemaRegistryUrl());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("bootstrap.servers=" + stack.bootstrapServers())
                .contains("[NEW] EU/MNE: HRV OPPOSE")
                .contains("[CHANGED] EU/MNE: HRV OPPOSE -> SUPPORT")
                .containsPattern("demo: 10 sample articles processed, [1-9]\\d* alerts");
    }
}
