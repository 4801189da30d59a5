package io.stancewatch.app.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version printed by {@code --version}: the runnable jar's {@code Implementation-Version}, or
 * {@code development} when running from classes.
 */
public final class ManifestVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        final String version = StanceWatchCommand.class.getPackage().getImplementationVersion();
        return new String[] {"stancewatch " + (version == null ? "development" : version),
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
    }
}
