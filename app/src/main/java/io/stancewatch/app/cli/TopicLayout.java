package io.stancewatch.app.cli;

import io.stancewatch.app.embedded.TopicProvisioner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The processor's topics as they should be created: the compacted state topic keeps one record per key
 * forever; the others keep the broker's retention. Partition count and replication factor are the
 * broker's defaults unless given.
 *
 * @param articlesPartitions partitions of the articles topic; one keeps a replayed feed in file order
 * @param partitions partitions of the other topics
 * @param replicationFactor replication of every topic
 */
record TopicLayout(Optional<Integer> articlesPartitions, Optional<Integer> partitions,
                   Optional<Short> replicationFactor) {

    /** The topics to create for {@code names}. */
    List<NewTopic> newTopics(final ProcessorNames names) {
        return List.of(
                new NewTopic(names.topics().articles(), articlesPartitions, replicationFactor),
                new NewTopic(names.topics().articlesDlq(), partitions, replicationFactor),
                new NewTopic(names.topics().alerts(), partitions, replicationFactor),
                new NewTopic(names.topics().states(), partitions, replicationFactor)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
    }

    /** Creates the topics that are missing and returns their names; existing topics are left as they are. */
    Set<String> ensure(final Admin admin, final ProcessorNames names) {
        return TopicProvisioner.ensureTopics(admin, newTopics(names));
    }
}
