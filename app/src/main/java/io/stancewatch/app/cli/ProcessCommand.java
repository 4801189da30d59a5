package io.stancewatch.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stancewatch process}: creates the topics that are missing and runs the topology until SIGINT or
 * SIGTERM, then closes it cleanly. Exits 1 if the processor shut itself down (see
 * {@link ThreadReplacementPolicy}).
 */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Create missing topics and run the stance processor until interrupted.")
final class ProcessCommand extends ProcessorCommand implements Callable<Integer> {

    /** How long the processor may take to join its group and start processing. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(2);


    @Mixin
    LayoutOptions layoutOptions;

    @Override
    public Integer call() throws Exception {
        final Properties client = kafka.requireCluster();
        final ProcessorNames names = topicOptions.names();
        final PrintWriter out = spec.commandLine().getOut();
        try (Admin admin = Admin.create(client)) {
            final Set<String> created = layoutOptions.layout().ensure(admin, names);
            if (!created.isEmpty()) {
                out.println("process: created topics " + created);
            }
        }
        final Properties streamsProperties = ProcessorWiring.streamsProperties(client, names,
                kafka.dataDir().map(dir -> dir.resolve("streams")), Map.of());
        try (ShutdownSignal shutdown = ShutdownSignal.install()) {
            final ProcessorRun run = ProcessorRun.start(ProcessorWiring.topology(names, streamsProperties),
                    streamsProperties, START_TIMEOUT, shutdown::requestStop);
            out.println("process: " + names.applicationId() + " running, " + names.topics().articles() + " -> "
                    + names.topics().alerts() + ", " + names.topics().states() + "; Ctrl-C to stop");
            out.flush();
            shutdown.await();
            run.close();
            if (run.hasFailed()) {
                spec.commandLine().getErr().println("process: the processor shut down after repeated failures;"
                        + " see the log");
                return StanceWatchCommand.EXIT_FAILED;
            }
            out.println("process: stopped");
            return StanceWatchCommand.EXIT_OK;
        }
    }
}
