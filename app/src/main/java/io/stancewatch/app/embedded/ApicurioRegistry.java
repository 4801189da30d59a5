package io.stancewatch.app.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A real Confluent-API schema registry: Apicurio Registry 2.6 (its published JVM distribution) running as a
 * child JVM on 127.0.0.1, with its global compatibility set to {@code BACKWARD}.
 *
 * <p>Storage is Apicurio's SQL storage on an H2 database file in the data directory's {@code registry/}
 * folder, so subjects, versions and schema ids survive a restart on the same directory; without a data
 * directory the file lives in a temporary directory that {@link #close()} deletes. The registry's output is
 * appended to {@code registry/apicurio.log} there. The child never outlives this JVM (see
 * {@link ParentBoundProcess}).
 */
public final class ApicurioRegistry extends EmbeddedServer {

    /** The path of the Confluent-compatible API under the registry's root. */
    public static final String CONFLUENT_API_PATH = "/apis/ccompat/v7";
    private static final String STORAGE_SUBDIRECTORY = "registry";
    private static final String LOG_FILE = "apicurio.log";
    private static final String DATABASE_NAME = "registry";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    /** A JVM recording its class-data-sharing archive writes ~60 MB when it exits. */
    private static final Duration RECORDING_STOP_GRACE = Duration.ofSeconds(60);
    private static final int LOG_LINES_ON_FAILURE = 30;

    private final Settings settings;
    private final ApicurioDistribution distribution;
    private final Path storageDirectory;
    private final int port;
    private final HttpClient http;
    private ParentBoundProcess process;
    private ClassDataArchive classData;

    private ApicurioRegistry(final Settings settings, final ApicurioDistribution distribution) {
        super(WorkingDirectory.of(settings.dataDirectory(), "stancewatch-registry-"));
        this.settings = settings;
        this.distribution = distribution;
        this.storageDirectory = directory().subdirectory(STORAGE_SUBDIRECTORY);
        this.port = LoopbackPorts.requestedOrFree(settings.port());
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    /**
     * Starts the registry and returns once its Confluent API answers and its compatibility is
     * {@code BACKWARD}.
     *
     * @throws EmbeddedStackException when the distribution is missing, or the registry dies or does not
     *                                answer within the start-up timeout (the message quotes its last log lines)
     */
    public static ApicurioRegistry start(final Settings settings) {
        Objects.requireNonNull(settings, "settings");
        final ApicurioDistribution distribution = settings.distributionHome()
                .map(home -> ApicurioDistribution.at(home, "given in the settings"))
                .orElseGet(ApicurioDistribution::locate);
        return startOrClose(new ApicurioRegistry(settings, distribution));
    }

    /** The Confluent API root, {@code http://127.0.0.1:<port>/apis/ccompat/v7}: the {@code schema.registry.url}. */
    public String url() {
        return "http://" + LoopbackPorts.LOOPBACK_HOST + ":" + port + CONFLUENT_API_PATH;
    }

    /** The file the registry's output is appended to. */
    public Path logFile() {
        return storageDirectory.resolve(LOG_FILE);
    }

    @Override
    void startServer() {
        final long startNanos = System.nanoTime();
        classData = ClassDataArchive.forJar(distribution.runnerJar());
        process = ParentBoundProcess.start("Apicurio Registry", command(), storageDirectory, logFile());
        try {
            awaitConfluentApi(startNanos);
            RegistryCompatibility.requireGlobalLevel(http, url(), RegistryCompatibility.BACKWARD);
        } catch (RuntimeException e) {
            stopServer();
            throw e;
        }
    }

    @Override
    void stopServer() {
        try {
            process.stop(classData.isRecording() ? RECORDING_STOP_GRACE : STOP_GRACE);
            classData.publishRecording();
        } finally {
            process = null;
        }
    }

    @Override
    String description() {
        return "Apicurio Registry on " + url();
    }

    @Override
    String startDetails() {
        return "storage " + storageDirectory + ", log " + logFile();
    }

    private List<String> command() {
        final List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Xmx" + settings.maxHeap());
        // C1 only: the registry serves a handful of requests, so fast start-up beats peak throughput.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(classData.jvmOptions());
        command.add("-Dquarkus.http.host=" + LoopbackPorts.LOOPBACK_HOST);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + storageDirectory.resolve(DATABASE_NAME));
        // Apicurio opens 20 pooled connections up front by default; one embedded user needs very few.
        command.add("-Dquarkus.datasource.jdbc.initial-size=1");
        command.add("-Dquarkus.datasource.jdbc.min-size=1");
        command.add("-Dquarkus.datasource.jdbc.max-size=8");
        command.add("-jar");
        command.add(distribution.runnerJar().toString());
        return command;
    }

    private void awaitConfluentApi(final long startNanos) {
        final long deadline = startNanos + settings.startupTimeout().toNanos();
        final HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/subjects"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        String lastProblem = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw startFailure("exited with code " + process.exitValue());
            }
            try {
                final HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                lastProblem = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException notListeningYet) {
                lastProblem = notListeningYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedStackException("Interrupted while waiting for Apicurio Registry on " + url(), e);
            }
            pause();
        }
        throw startFailure("did not answer GET " + probe.uri() + " within " + settings.startupTimeout().toSeconds()
                + " s (last: " + lastProblem + ")");
    }

    private EmbeddedStackException startFailure(final String what) {
        return new EmbeddedStackException("Apicurio Registry (" + distribution.runnerJar() + ", port " + port + ") "
                + what + ". Last lines of " + logFile() + ":\n" + String.join("\n", lastLogLines()));
    }

    private List<String> lastLogLines() {
        try {
            final List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - LOG_LINES_ON_FAILURE), lines.size());
        } catch (IOException e) {
            return List.of("(cannot read the log: " + e.getMessage() + ")");
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStackException("Interrupted while waiting for Apicurio Registry", e);
        }
    }

    /** The java binary running this JVM, so the registry gets the same Java the user already has. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * How to run the registry.
     *
     * @param dataDirectory    where to keep the registry's storage and log; empty for a temporary directory
     * @param port             the HTTP port on 127.0.0.1; 0 picks a free one
     * @param distributionHome the unpacked distribution; empty to {@link ApicurioDistribution#locate() locate} it
     * @param startupTimeout   how long to wait for the Confluent API to answer
     * @param maxHeap          the child JVM's {@code -Xmx} value, e.g. {@code 384m}
     */
    public record Settings(Optional<Path> dataDirectory, int port, Optional<Path> distributionHome,
                           Duration startupTimeout, String maxHeap) {

        public Settings {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
            Objects.requireNonNull(distributionHome, "distributionHome");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            if (startupTimeout.isNegative() || startupTimeout.isZero()) {
                throw new IllegalArgumentException("startupTimeout must be positive, got " + startupTimeout);
            }
            if (!maxHeap.matches("\\d+[kKmMgG]?")) {
                throw new IllegalArgumentException("maxHeap must look like 384m, got '" + maxHeap + "'");
            }
        }

        /** A temporary data directory, a free port, the located distribution, 180 s to start, 384 MiB heap. */
        public static Settings defaults() {
            return new Settings(Optional.empty(), 0, Optional.empty(), Duration.ofSeconds(180), "384m");
        }

        public Settings withDataDirectory(final Optional<Path> directory) {
            return new Settings(directory, port, distributionHome, startupTimeout, maxHeap);
        }

        public Settings withPort(final int newPort) {
            return new Settings(dataDirectory, newPort, distributionHome, startupTimeout, maxHeap);
        }

        public Settings withDistributionHome(final Path home) {
            return new Settings(dataDirectory, port, Optional.of(home), startupTimeout, maxHeap);
        }

        public Settings withStartupTimeout(final Duration timeout) {
            return new Settings(dataDirectory, port, distributionHome, timeout, maxHeap);
        }
    }
}
