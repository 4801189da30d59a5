package io.stancewatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.stancewatch.processor.Topics;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class ProcessorNamesTest {

    private final ProcessorNames names = new ProcessorNames("stancewatch", Topics.defaults());

    @Test
    void shouldSuffixEveryNameWhenNamingARun() {
        final ProcessorNames run = names.forRun("r1");

        assertThat(run.applicationId()).isEqualTo("stancewatch-r1");
        assertThat(run.topics()).isEqualTo(
                new Topics("articles-r1", "articles.dlq-r1", "stance-alerts-r1", "stance-states-r1"));
    }

    @Test
    void shouldCompactOnlyStatesAndUseOneArticlesPartitionWhenLayingOutAReplay() {
        final TopicLayout layout = new LayoutOptions().replayLayout();

        assertThat(layout.newTopics(names)).extracting(NewTopic::name, NewTopic::numPartitions,
                        topic -> topic.configs() == null ? null : topic.configs().get(TopicConfig.CLEANUP_POLICY_CONFIG))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("articles", 1, null),
                        org.assertj.core.groups.Tuple.tuple("articles.dlq", 1, null),
                        org.assertj.core.groups.Tuple.tuple("stance-alerts", 1, null),
                        org.assertj.core.groups.Tuple.tuple("stance-states", 1, TopicConfig.CLEANUP_POLICY_COMPACT));
    }

    @Test
    void shouldLeavePartitionsToTheBrokerWhenNoneAreGiven() {
        final TopicLayout layout = new TopicLayout(Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(layout.newTopics(names)).extracting(NewTopic::numPartitions).containsOnly(-1);
    }
}
