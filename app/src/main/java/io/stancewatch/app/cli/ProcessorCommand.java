package io.stancewatch.app.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands that run the processor share: the cluster options and the topic names. picocli reads
 * the annotated fields of the subclasses and of this class alike.
 */
abstract class ProcessorCommand {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicOptions topicOptions;
}
