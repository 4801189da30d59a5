package io.stancewatch.app.cli;

import io.stancewatch.app.embedded.EmbeddedStack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stancewatch stack}: runs the embedded Kafka broker and schema registry until interrupted, so other
 * {@code stancewatch} commands (or any Kafka client) can attach to them.
 */
@Command(name = "stack", mixinStandardHelpOptions = true,
        description = {"Run an embedded Kafka broker and schema registry until interrupted (Ctrl-C).",
            "Prints bootstrap.servers=... and schema.registry.url=... for other clients."})
final class StackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:STANCEWATCH_DATA_DIR}",
            description = "Keep topics and schemas here across restarts (env STANCEWATCH_DATA_DIR); "
                    + "temporary when not given.")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        final PrintWriter out = spec.commandLine().getOut();
        try (ShutdownSignal shutdown = ShutdownSignal.install();
             EmbeddedStack stack = EmbeddedStack.start(Optional.ofNullable(dataDir))) {
            printAddresses(out, stack.bootstrapServers(), stack.schemaRegistryUrl());
            out.println("Running; press Ctrl-C to stop.");
            out.flush();
            shutdown.await();
        }
        return StanceWatchCommand.EXIT_OK;
    }

    /** Prints the two addresses on their own lines, in the form a properties file takes. */
    static void printAddresses(final PrintWriter out, final String bootstrapServers, final String schemaRegistryUrl) {
        out.println("bootstrap.servers=" + bootstrapServers);
        out.println("schema.registry.url=" + schemaRegistryUrl);
        out.flush();
    }
}
