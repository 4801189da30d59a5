package io.stancewatch.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Where the unpacked Apicurio Registry distribution is: the folder holding
 * {@code apicurio-registry-app-<version>-runner.jar} and its {@code lib/}.
 *
 * <p>The build unpacks it into {@code <build directory>/apicurio}, next to the runnable jar and to
 * {@code classes/}, so the default is found from where this class was loaded. The system property
 * {@value #HOME_PROPERTY} or the environment variable {@value #HOME_ENVIRONMENT_VARIABLE} point elsewhere.
 */
public final class ApicurioDistribution {

    /** System property naming the distribution folder. */
    public static final String HOME_PROPERTY = "stancewatch.apicurio.home";
    /** Environment variable naming the distribution folder, used when the system property is not set. */
    public static final String HOME_ENVIRONMENT_VARIABLE = "STANCEWATCH_APICURIO_HOME";
    /** The folder under the build directory that {@code maven-dependency-plugin} unpacks into. */
    static final String DEFAULT_FOLDER = "apicurio";
    private static final String RUNNER_SUFFIX = "-runner.jar";

    private final Path home;
    private final Path runnerJar;

    private ApicurioDistribution(final Path home, final Path runnerJar) {
        this.home = home;
        this.runnerJar = runnerJar;
    }

    /** Finds the distribution from the system property, the environment, or next to this module's classes. */
    public static ApicurioDistribution locate() {
        return locate(System::getProperty, System::getenv, defaultHome());
    }

    static ApicurioDistribution locate(final UnaryOperator<String> systemProperties,
                                       final UnaryOperator<String> environment,
                                       final Optional<Path> defaultHome) {
        final Optional<String> configured = nonBlank(systemProperties.apply(HOME_PROPERTY))
                .or(() -> nonBlank(environment.apply(HOME_ENVIRONMENT_VARIABLE)));
        if (configured.isPresent()) {
            return at(Path.of(configured.get()), "set by " + HOME_PROPERTY + " / " + HOME_ENVIRONMENT_VARIABLE);
        }
        return at(defaultHome.orElseThrow(() -> missing("(the location of the StanceWatch classes is unknown)")),
                "the default next to the StanceWatch classes");
    }

    /** Uses the distribution in {@code home}, failing with instructions when it is not there. */
    static ApicurioDistribution at(final Path home, final String origin) {
        final Path absolute = home.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw missing(absolute + " (" + origin + ") does not exist");
        }
        final List<Path> runners;
        try (Stream<Path> files = Files.list(absolute)) {
            runners = files.filter(file -> file.getFileName().toString().endsWith(RUNNER_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + absolute, e);
        }
        if (runners.isEmpty()) {
            throw missing(absolute + " (" + origin + ") holds no *" + RUNNER_SUFFIX);
        }
        if (runners.size() > 1) {
            throw new EmbeddedStackException("Apicurio Registry distribution " + absolute + " holds several runner jars "
                    + runners + ": keep one");
        }
        return new ApicurioDistribution(absolute, runners.get(0));
    }

    public Path home() {
        return home;
    }

    /** The Quarkus runner jar to start with {@code java -jar}. */
    public Path runnerJar() {
        return runnerJar;
    }

    private static Optional<Path> defaultHome() {
        try {
            final Path codeSource = Path.of(ApicurioDistribution.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            // Both app/target/classes and app/target/stancewatch-app-*.jar sit directly in the build directory.
            return Optional.ofNullable(codeSource.getParent()).map(buildDirectory -> buildDirectory.resolve(DEFAULT_FOLDER));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> nonBlank(final String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }

    private static EmbeddedStackException missing(final String detail) {
        return new EmbeddedStackException("Apicurio Registry distribution not found: " + detail
                + ". Run ./mvnw -pl app -am package to unpack it into app/target/" + DEFAULT_FOLDER
                + ", or point -D" + HOME_PROPERTY + " or " + HOME_ENVIRONMENT_VARIABLE
                + " at an unpacked io.apicurio:apicurio-registry-app:2.6.x:all tar.gz.");
    }
}
