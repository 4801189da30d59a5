package io.stancewatch.app.cli;

import io.stancewatch.ingest.ArticleLineParser;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The body size limit of the commands that ingest articles. */
public final class BodyLimitOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--max-body-bytes", paramLabel = "BYTES",
            defaultValue = "" + ArticleLineParser.DEFAULT_MAX_BODY_BYTES,
            description = "Reject articles whose body is larger, in UTF-8 bytes (default: ${DEFAULT-VALUE}).")
    int maxBodyBytes;

    /**
     * The limit.
     *
     * @throws ParameterException (a usage error) when it is not positive
     */
    int maxBodyBytes() {
        if (maxBodyBytes < 1) {
            throw new ParameterException(mixee.commandLine(),
                    "--max-body-bytes must be at least 1, was " + maxBodyBytes);
        }
        return maxBodyBytes;
    }
}
