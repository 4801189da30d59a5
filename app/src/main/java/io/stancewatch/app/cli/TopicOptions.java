package io.stancewatch.app.cli;

import io.stancewatch.processor.Topics;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The topic names and application id of the processor, shared by {@code process}, {@code replay} and
 * {@code demo}, with the defaults every StanceWatch client agrees on.
 */
public final class TopicOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--application-id", defaultValue = "stancewatch",
            description = "Kafka Streams application id: names the consumer group and internal topics "
                    + "(default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--articles-topic", defaultValue = "articles", description = "Input topic (default: ${DEFAULT-VALUE}).")
    String articles;

    @Option(names = "--dlq-topic", defaultValue = "articles.dlq",
            description = "Dead-letter topic for articles that could not be processed (default: ${DEFAULT-VALUE}).")
    String deadLetters;

    @Option(names = "--alerts-topic", defaultValue = "stance-alerts",
            description = "Alert output topic (default: ${DEFAULT-VALUE}).")
    String alerts;

    @Option(names = "--states-topic", defaultValue = "stance-states",
            description = "Compacted state output topic (default: ${DEFAULT-VALUE}).")
    String states;

    /** The names as given; a usage error names an illegal or repeated topic name. */
    public ProcessorNames names() {
        try {
            return new ProcessorNames(applicationId, new Topics(articles, deadLetters, alerts, states));
        } catch (final IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), e.getMessage());
        }
    }
}
