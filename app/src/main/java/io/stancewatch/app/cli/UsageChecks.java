package io.stancewatch.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks of option values that picocli's types cannot express; a failure is a usage error (exit 2). */
final class UsageChecks {

    private UsageChecks() {
    }

    /** Returns {@code value} if it is at least 1, else fails naming the option. */
    static int requirePositive(final int value, final String optionName, final CommandLine commandLine) {
        if (value < 1) {
            throw new ParameterException(commandLine, optionName + " must be at least 1, was " + value);
        }
        return value;
    }
}
