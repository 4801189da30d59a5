package io.stancewatch.app.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** How many partitions and replicas the topics get when a command creates them. */
public final class LayoutOptions {

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of each topic the command creates (default: the broker's).")
    Integer partitions;

    @Option(names = "--replication-factor", paramLabel = "N",
            description = "Replicas of each topic the command creates (default: the broker's).")
    Short replicationFactor;

    /** The layout with the given values, or the broker's defaults. */
    TopicLayout layout() {
        final Optional<Integer> count = Optional.ofNullable(partitions);
        return new TopicLayout(count, count, Optional.ofNullable(replicationFactor));
    }

    /** The layout of a replay: the articles topic has one partition, so the feed is processed in file order. */
    TopicLayout replayLayout() {
        return new TopicLayout(Optional.of(1), Optional.of(partitions == null ? 1 : partitions),
                Optional.ofNullable(replicationFactor));
    }
}
